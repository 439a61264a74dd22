package anonymize

import "strings"

// This file holds round leaks19: classes of names the rules passed by on
// report text written after every earlier rule, each stem unknown to the
// gazetteer or an ordinary word, each recognised by the kind it stands
// before and the place or list it stands in:
//   - family businesses named after their owner (才让家庭牧场, 阿依都农家乐);
//   - quoted names of shops, inns and farms before their kind (“牧人之家”藏家乐);
//   - residential compounds in a list or after their place (…镇和谐小区);
//   - streets and avenues at a junction, in a list or in their works
//     (团结路、建设路; …与益将大道交叉口);
//   - bridges, markets and gorges after their place or in a list
//     (…溪七都桥, …北园春市场, …乡达仓沟便民桥, …朵什峡谷).
// A name found so is masked wherever it stands in the text.

// leaks19 adds the findings of this round to the findings fs of one text.
func leaks19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayHold('家') {
		out = append(out, familyBusinesses19(tt, fs)...)
	}
	if tt.mayHold('”') {
		out = append(out, quotedBusinesses19(tt)...)
	}
	if tt.mayHold2('小', '区') || tt.mayHold2('新', '村') {
		out = append(out, compounds19(tt, fs)...)
	}
	if tt.mayHold('路') || tt.mayHold('街') || tt.mayHold2('大', '道') {
		out = append(out, streets19(tt, fs)...)
	}
	if tt.mayHold('桥') {
		out = append(out, bridges19(tt, fs)...)
	}
	if tt.mayHold2('市', '场') {
		out = append(out, markets19(tt, fs)...)
	}
	if tt.mayHold2('高', '速') {
		out = append(out, expressways19(tt, fs)...)
	}
	if tt.mayHold2('峡', '谷') || tt.mayHold('沟') {
		out = append(out, gorges19(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}

// weak19 reports whether a finding is a guess from gojieba's tag alone
// or one its own rule doubts (大道北 read as a place, 和平路 as a brand):
// later stages drop most of them, so they neither own a stem nor stop a
// name of this round.
func weak19(f *Finding) bool {
	return strings.HasPrefix(f.Evidence, "jieba:") || strings.Contains(f.Evidence, "doubtful")
}

// add19 adds each finding of out to fs unless it clashes with one there:
// a finding inside it gives way, and so does a person reading that runs
// into it from before (曲海村|吉美 read as 海村吉, a reading the place
// before the stem beats) and a weak guess (weak19); anything else that
// overlaps it stands, and the new finding is dropped (replaceUnlessClash).
func add19(fs, out []Finding) []Finding {
	for _, f := range out {
		fs = replaceUnlessClash(fs, f, func(g *Finding) bool {
			return !(g.Start >= f.Start && g.End <= f.End) && !(g.Type == PERSON && g.Start < f.Start && g.End <= f.End) && !weak19(g)
		})
	}
	return fs
}

// stop19 may stand right before a name: punctuation, the text's start,
// a list comma or a conjunction.
var stop19 = runeBitsOf("、，。；：！？（）“”《》「」—— \n\t与和及同至")

// occurrences19 returns the rune positions where kind starts in tt,
// none without a search when a character of kind is surely not in the
// text (mayContain), for most kinds in most paragraphs (speed16a.go).
func occurrences19(tt *tokText, kind string) []int {
	if kind != "" && !tt.mayContain(kind) {
		return nil
	}
	return indexAll16(tt, kind)
}

// placeEnds19 reports whether a place or body found by the rules ends
// right before rune s (…村|才让家庭牧场).
func placeEnds19(tt *tokText, fs []Finding, s int) bool {
	if s <= 0 || s > len(tt.runes) {
		return false
	}
	b := tt.off[s]
	for i := range fs {
		if f := &fs[i]; f.End == b && (f.Type == LOCATION || f.Type == ORG) && f.Start < b {
			return true
		}
	}
	return false
}

// bounded19 reports whether a name may begin at rune s: at the text's
// start, after a stop, a word for a town's centre, or right after a place
// or body the rules found.
func bounded19(tt *tokText, fs []Finding, s int) bool {
	return s == 0 || stop19.has(tt.runes[s-1]) || placeEnds19(tt, fs, s) || townBefore19(tt, s)
}

// townBefore19 reports whether a word for a town's centre ends right
// before rune s.
func townBefore19(tt *tokText, s int) bool {
	return s >= 2 && townWords19[tt.sub(s-2, s)] || s >= 3 && townWords19[tt.sub(s-3, s)]
}

// townWords19 name a town's centre or seat without naming it: a street,
// compound or market named after them stands in it (县城|团结路, 镇区|和谐小区,
// 乡政府所在地|光明小区).
var townWords19 = wordSet(`县城 城区 镇区 集镇 市区 老城 新城 主城区 老城区 新城区 镇上 乡上 所在地 驻地 镇驻地 乡驻地 城关`)

// villageEnd19 reports whether rune s follows the last character of a
// village, township or hamlet after another Han character (…曲海村|吉美).
func villageEnd19(tt *tokText, s int) bool {
	return s > 2 && strings.ContainsRune("村乡镇查组屯", tt.runes[s-1]) && isHan(tt.runes[s-2]) && !functionRunes[tt.runes[s-2]]
}

// plainStem19 reports whether runes s..e are Han characters, none a
// mask, a particle or punctuation and the first no function character
// unless it begins a word (和平) or follows a word for a town's centre,
// so that they may be a name's stem.
func plainStem19(tt *tokText, s, e int) bool {
	if s < 0 || e > len(tt.runes) || s >= e {
		return false
	}
	for k, r := range tt.runes[s:e] {
		if !isHan(r) || isMaskRune(r) {
			return false
		}
		if k > 0 && stemStop19.has(r) {
			return false
		}
		if k == 0 && functionRunes[r] { // unless it begins a word (和平|路) or follows a town's centre (镇区|和美小区)
			t := tt.tokenAt(s)
			if (t == nil || t.start != s || t.n() < 2) && !townBefore19(tt, s) {
				return false
			}
		}
	}
	return true
}

// stemStop19 stand in no name's stem; the other function characters may
// stand inside one (益将大道, 为 in 永为村).
var stemStop19 = runeBitsOf("的了是在和与及或而并也着过们吗呢吧啊说等、，。；：！？“”（）《》")

// workVerbs19 stand right before a street or road named in its works
// (建成|和平路东延段, 谋划|保神高速); gojieba tags some of them as nouns.
var workVerbs19 = wordSet(`完成 建成 启动 推进 改造 新建 打通 实施 加快 开工 建设 修建 拓宽 提升 贯通 连接 沿 经 经过 在 位于 途经 沿着 穿过 整治 硬化 黑化 改建 扩建 续建 延伸 打造 谋划 推动 依托 借助 配合 力争 争取 加速 保障 服务 对接 融入 接入 连通`)

// verbBefore19 reports whether a work verb ends right before rune s as a
// word of its own.
func verbBefore19(tt *tokText, s int) bool {
	if s == 0 || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && workVerbs19[t.word]
}

// startsWithin19 reports whether a place or body of fs starts within
// bytes b0..b1: the rules read a name there (浑河|小区), masked elsewhere
// by itself. A weak guess (weak19) that runs on past the stem (和平路 read
// as a brand) owns nothing. One that starts before b0 and runs
// into the stem (曲|海村吉 read as a person) is a rival reading that the
// place ending at b0 already beats.
func startsWithin19(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start >= b0 && f.Start < b1 && (f.Type == LOCATION || f.Type == ORG) && !f.generic && (f.End <= b1 || !weak19(f)) {
			return true
		}
	}
	return false
}

// endsIn19 reports whether the stem of runes s..e ends with a word of not
// (完成老旧|小区, 旅游公|路).
func endsIn19(tt *tokText, not map[string]bool, s, e int) bool {
	for k := s; k < e; k++ {
		if not[tt.sub(k, e)] {
			return true
		}
	}
	return false
}

// found19 makes a finding of runes s..e.
func found19(tt *tokText, t Type, s, e int, ev string) Finding {
	return Finding{Type: t, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: ev, Score: 4}
}

// stemBefore19 returns the start of the shortest stem of lo to hi
// characters that ends at rune e and passes ok, or -1; ok decides where a
// name may begin (bounded19 for most kinds). A stem the rules' findings
// fs already touch is theirs: -1.
func stemBefore19(tt *tokText, fs []Finding, e, lo, hi int, ok func(s int) bool) int {
	for ln := lo; ln <= hi; ln++ {
		s := e - ln
		if s < 0 {
			break
		}
		if !plainStem19(tt, s, e) {
			break // a longer stem holds the same bad character
		}
		if ok(s) {
			if startsWithin19(fs, tt.off[s], tt.off[e]) {
				return -1 // the rules already read the stem (浑河|小区): their reading stands
			}
			return s
		}
	}
	return -1
}

// familyKinds19 are businesses a family runs under its own name.
var familyKinds19 = []string{"家庭农场", "家庭牧场", "家庭林场", "家庭旅馆", "农家乐", "牧家乐", "藏家乐", "渔家乐", "农家院", "牧家院"}

// familyNot19 begin or are no owner's name: levels, kinds and quantifiers
// (示范家庭农场, 星级农家乐, 各类家庭农场).
var familyNot19 = wordSet(`示范 省级 市级 县级 州级 国家级 自治区级 星级 精品 特色 休闲 生态 乡村 规范 新型 现代 优秀 标准 标准化 一批 各类 全县 全村 全镇 全乡 本地 当地 周边 村民 农民 牧民 渔民 群众 农户 牧户 发展 培育 扶持 新建 新增 开办 经营 联办 大户 个体 重点 家庭 高端 传统 品牌 知名 网红 沿湖 沿河 沿江 沿海 海岛 山区 草原 庭院 小型 中型 大型 城郊 城市`)

// familyBusinesses19 finds the owner's name before a family business
// (…村才让家庭牧场, 、阿依都农家乐): two to four characters after a place
// or a stop, neither an ordinary word nor a level or kind. The name with
// its kind is the body.
func familyBusinesses19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, kind := range familyKinds19 {
		if !tt.mayContain(kind) {
			continue
		}
		for _, e := range occurrences19(tt, kind) {
			s := stemBefore19(tt, fs, e, 2, 4, func(s int) bool {
				if !bounded19(tt, fs, s) && !villageEnd19(tt, s) {
					return false
				}
				stem := tt.sub(s, e)
				if l.common[stem] || familyNot19[stem] {
					return false
				}
				for k := s + 1; k < e; k++ { // a level or kind inside (省级示范): no name
					if familyNot19[tt.sub(s, k)] || familyNot19[tt.sub(k, e)] {
						return false
					}
				}
				return !strings.HasSuffix(stem, "级")
			})
			if s < 0 {
				continue
			}
			out = append(out, found19(tt, ORG, s, e+runeLen(kind), "family-business19"))
		}
	}
	return out
}

// quotedKinds19 are kinds of shop, inn, farm or workshop that follow a
// quoted name (“牧人之家”藏家乐).
var quotedKinds19 = []string{"藏家乐", "农家乐", "牧家乐", "渔家乐", "家庭旅馆", "家庭农场", "家庭牧场", "民宿", "客栈", "电商服务站", "手作工作室", "茶舍", "饭庄", "餐厅", "驿站", "小吃店", "旅馆", "酒店"}

// quotedNot19 are groups of people whose 之家 is a kind of service point
// every county sets up (“职工之家”, “青年之家”), no business's name.
var quotedNot19 = wordSet(`职工 青年 妇女 老人 老年 儿童 党员 巾帼 退役军人 军人 人才 法官 检察官 劳模 工匠 志愿者 会员 家长 教师 学生 残疾人 代表 人大代表 委员 政协委员 侨胞 侨 科技工作者 快递员 骑手 新市民 农民工 环卫工人 司机 户外劳动者 爱心 模范职工 书香 读书 健康 文化 法律 律师 调解 心理 平安 温馨 幸福 和谐 创业 就业 新就业群体 村民 居民 农民 牧民 渔民 群众 老兵 战友 留守儿童 新时代 红色 网红 共享 精品 特色 星级 绿色 生态 智慧 数字 乡村 民族 民俗 传统 农家 渔家 牧家 庭院 示范 五星 四星 三星 标准 放心 诚信 文明 平安 两山 一站式 最美 红色`)

// quotedBusinesses19 finds a quoted name in 之家 of three to eight
// characters right before a kind of shop, inn or farm (“白牦牛之家”电商服务站):
// the quotes and the kind show it is the name of one business, unless a
// group of people stands before 之家 (“职工之家”) or gojieba knows the name as
// one word.
func quotedBusinesses19(tt *tokText) []Finding {
	var out []Finding
	l := getLexicon()
	for _, e := range occurrences19(tt, "”") {
		if firstPrefix(tt.text[tt.off[e+1]:], quotedKinds19) == "" {
			continue
		}
		s := e - 1
		for s >= 0 && e-s <= 9 && tt.runes[s] != '“' {
			s--
		}
		if s < 0 || tt.runes[s] != '“' {
			continue
		}
		s++
		if e-s < 3 || e-s > 8 {
			continue
		}
		name := tt.sub(s, e)
		// a name gojieba knows as one word is an ordinary one (“老鹰茶”家庭农场)
		ok := strings.HasSuffix(name, "之家") && !l.common[name] && !quotedNot19[strings.TrimSuffix(name, "之家")] && !(tt.tokStart(s) && tt.tokStart(e) && tt.tokOf[s] == tt.tokOf[e-1])
		for _, r := range tt.runes[s:e] {
			if !isHan(r) && r != '·' || isMaskRune(r) {
				ok = false
			}
		}
		if ok {
			out = append(out, found19(tt, ORG, s, e, "quoted-business19"))
		}
	}
	return out
}

// compoundKinds19 end the names of residential compounds.
var compoundKinds19 = []string{"小区", "新村"}

// compoundNot19 are kinds of compound, no compound's name (老旧小区,
// 安置小区, 平安小区 as a campaign's title).
var compoundNot19 = wordSet(`养殖 种植 养殖场 肉牛养殖 标准化养殖 老旧 安置 住宅 示范 新建 城区 城镇 移民 搬迁 集中 商品房 保障房 周边 平安 文明 绿色 智慧 美丽 宜居 无物业 封闭 封闭式 开放式 开放 高档 物业 居民 农村 城市 社区 片区 回迁 拆迁 棚改 改造 达标 星级 无邪教 节水 低碳 零发案 生态 完整 现代 社会主义 新农村 集中安置 易地搬迁 红色 智能 老 新 旧 各 每 全 本 该 部分 多个 个别 大型 小型 部分老旧 同类 其他 其余 一个 两个 三个 几个 多数`)

// compounds19 finds residential compounds named with any word after
// their place or in a list (…镇和谐小区、团结小区; 、运河新村): a stem of
// two to four characters that is no kind of compound.
func compounds19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range compoundKinds19 {
		for _, e := range occurrences19(tt, kind) {
			end := e + runeLen(kind)
			after := end < len(tt.runes) && strings.ContainsRune("、等和与及", tt.runes[end])
			s := stemBefore19(tt, fs, e, 2, 4, func(s int) bool {
				if !bounded19(tt, fs, s) && !(after && tt.runes[s-1] == '的') {
					return false
				}
				if endsIn19(tt, compoundNot19, s, e) || compoundNot19[tt.sub(s, s+1)] || compoundNot19[tt.sub(s, s+2)] {
					return false
				}
				// a place before it or a list around it
				return placeEnds19(tt, fs, s) || townBefore19(tt, s) || after || s > 0 && tt.runes[s-1] == '、'
			})
			if s < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, end, "compound19"))
		}
	}
	return out
}

// streetKinds19 end the names of streets, longest first.
var streetKinds19 = []string{"大道", "大街", "路", "街"}

// streetNot19 are kinds of street and metaphors in 路 or 街, no street's
// name (致富路, 步行街, 商业街).
var streetNot19 = wordSet(`致富 幸福 产业 发展 振兴 小康 扶贫 脱贫 旅游 资源 连心 民心 生命 安全 复兴 创业 求学 回家 上学 出行 成长 奋斗 改革 富民 共富 康庄 阳光 环山 环湖 通村 通组 入户 联网 断头 田间 机耕 生产 运输 景区 园区 产业园 步行 商业 美食 特色 风情 文化 小吃 酒吧 民俗 历史 仿古 休闲 夜市 骑楼 电商 直播 网红 主 次 老 新 古 背 后 一条 这条 那条 每条 各条 多条 乡村 农村 城市 城乡 主干 快速 慢行 绿道 示范 美丽 平安 文明 智慧 数字 丝绸之 一带一 道 山区道 公 旅游公 农村公 高速 国道 省道 县道 乡道 村道 道路 公路 铁路 马路 思路 出路 线路 水路 电路 销路 网路 环路 小路 大路 土路 山路 支路 干路 来路 去路 后路 退路 门路 套路 弯路 老街 新街 小街 大街 上街 逛街 沿街 临街 当街 满街 整街 一街 街街`)

// streetAfter19 follow a street's name in its works or at a junction.
var streetAfter19 = []string{"交叉口", "路口", "沿线", "两侧", "东延", "西延", "南延", "北延", "东段", "西段", "南段", "北段", "延伸段", "改造", "拓宽", "提升", "立面", "风貌", "白改黑", "黑化", "雨污", "管网", "书房", "美食街", "步行街", "商业街", "夜市", "老街", "历史文化街区", "街区", "一带", "沿街", "至", "、", "—", "和", "与", "及"}

// streets19 finds streets and avenues named with any word (团结路,
// 太姥大道) where their works, a junction or a list show them: a stem of
// two or three characters after a place or a stop, no kind of street
// and no metaphor, with a street's work after it or a list or junction
// around it.
func streets19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range streetKinds19 {
		for _, e := range occurrences19(tt, kind) {
			if (kind == "路" || kind == "街") && e > 0 && tt.runes[e-1] == '大' {
				continue // 大道, 大街 come with their own kind
			}
			end := e + runeLen(kind)
			if end < len(tt.runes) && strings.ContainsRune("线面径况子上边费口灯长陡险远窄宽烂滑难网况段桥", tt.runes[end]) && !strings.HasPrefix(tt.text[tt.off[end]:], "路口") {
				continue // 路线, 路面, 街上: no name ends here
			}
			ctx := firstPrefix(tt.text[tt.off[end]:], streetAfter19) != ""
			s := stemBefore19(tt, fs, e, 2, 3, func(s int) bool {
				if !bounded19(tt, fs, s) && !(ctx && verbBefore19(tt, s)) {
					return false
				}
				stem := tt.sub(s, e)
				if endsIn19(tt, streetNot19, s, e) || streetNot19[tt.sub(e-1, e)+kind] || streetNot19[stem+kind] {
					return false
				}
				return ctx || s > 0 && strings.ContainsRune("、与和至", tt.runes[s-1])
			})
			if s < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, end, "street19"))
		}
	}
	return out
}

// bridgeNot19 are kinds of bridge, no bridge's name (便民桥, 风雨桥,
// 连心桥).
var bridgeNot19 = wordSet(`路 公路 便民 人行 石拱 拱 漫水 风雨 过河 跨河 跨江 跨线 连心 同心 致富 危 公路 铁路 高架 钢构 钢架 木 石 便 吊 浮 廊 独木 生命 友谊 简易 临时 新建 危旧 老 新 旧 座 这座 那座 一座 两座 三座 各 每 全 大 小 特大 中 连心大 跨海 景观 步行 铁索 索 钢 混凝土 农 机耕 生产 漫水 平 双曲拱 板 梁`)

// bridges19 finds bridges named after their place or in a list
// (…溪七都桥, …乡三条桥, 、石门桥): a stem of two or three characters that
// is no kind of bridge and no count.
func bridges19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, kind := range []string{"大桥", "桥"} {
		for _, e := range occurrences19(tt, kind) {
			if kind == "桥" && e > 0 && tt.runes[e-1] == '大' {
				continue
			}
			end := e + runeLen(kind)
			if end < len(tt.runes) && strings.ContainsRune("梁头面涵下上墩洞", tt.runes[end]) {
				continue // 桥梁, 桥头: no name ends here
			}
			list := end < len(tt.runes) && strings.ContainsRune("、，。；等和", tt.runes[end])
			s := stemBefore19(tt, fs, e, 2, 3, func(s int) bool {
				if !bounded19(tt, fs, s) {
					return false
				}
				stem := tt.sub(s, e)
				place := placeEnds19(tt, fs, s)
				if endsIn19(tt, bridgeNot19, s, e) || bridgeNot19[tt.sub(s, s+1)] && !place {
					return false
				}
				if strings.ContainsRune("一二三四五六七八九十两几多", tt.runes[s]) && strings.ContainsRune("座条处个", tt.runes[s+1]) && !place {
					return false // 三座桥: a count
				}
				if place {
					return true
				}
				return list && !l.common[stem] && s > 0 && strings.ContainsRune("、，", tt.runes[s-1])
			})
			if s < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, end, "bridge19"))
		}
	}
	return out
}

// marketNot19 are kinds of market and trade, no market's name (农贸市场,
// 国内市场, 劳动力市场).
var marketNot19 = wordSet(`交易 零工 欧美 日韩 客源 生源 货源 农贸 批发 专业 菜 集贸 劳动力 人力资源 消费 国内 国际 海外 大 要素 资本 金融 房地产 期货 产权 土地 二手车 花卉 水产 农产品 蔬菜 果蔬 家具 建材 旧货 跳蚤 夜 早 年货 城乡 农村 城市 县域 本地 当地 外地 全国 全球 世界 欧洲 美国 东南亚 中东 非洲 高端 中端 低端 终端 线上 线下 网络 电商 细分 目标 潜在 新兴 传统 主要 周边 区域 省内 省外 县外 市内 市外 内 外 下沉 旅游 文旅 消费品 商品 服务 技术 数据 碳排放 碳 排污权 用能权 水权 林权 就业 人才 招聘 土地流转 生产 流通 零售 商贸 物流 冷链 活禽 牲畜 牛羊 畜禽 粮食 茶叶 药材 中药材 水果 小商品 服装 鞋 鞋帽 五金 电器 粮油 肉类 海鲜 水产品 便民 社区 乡镇 集镇 镇 村 乡 县 市 省 各 每 全 新 老 有形 无形 统一 开放 规范 标准化 智慧 农 牛 羊 猪 鸡 鸭 鱼 果 菜篮子`)

// marketKinds19 stand between a market's own name and 市场 (篁园服装市场).
var marketKinds19 = []string{"农贸", "服装", "批发", "蔬菜", "水果", "农产品", "建材", "家具", "小商品", "综合", "果蔬", "水产", "花卉", "茶叶", "牲畜", "活禽", "粮油"}

// markets19 finds markets named after their own place (乌鲁木齐北园春市场,
// 、篁园服装市场, …镇新街农贸市场): a stem of two or three characters after
// a place or in a list that is no kind of market or trade.
func markets19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, e := range occurrences19(tt, "市场") {
		end := e + 2
		if end < len(tt.runes) && strings.ContainsRune("化主监体准需份占价营", tt.runes[end]) {
			continue // 市场化, 市场主体: the market as an idea
		}
		k := e // the kind between the name and 市场
		for _, kind := range marketKinds19 {
			n := runeLen(kind)
			if e-n >= 0 && tt.sub(e-n, e) == kind {
				k = e - n
				break
			}
		}
		list := end < len(tt.runes) && strings.ContainsRune("、等和", tt.runes[end])
		s := stemBefore19(tt, fs, k, 2, 3, func(s int) bool {
			if !bounded19(tt, fs, s) {
				return false
			}
			stem := tt.sub(s, k)
			if marketNot19[stem] || marketNot19[tt.sub(s, s+1)] || marketNot19[tt.sub(k-1, k)] || marketNot19[tt.sub(k-2, k)] {
				return false
			}
			if placeEnds19(tt, fs, s) {
				return !l.common[stem] || k < e
			}
			return (list || s > 0 && tt.runes[s-1] == '、') && !l.common[stem]
		})
		if s < 0 {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, end, "market19"))
	}
	return out
}

// gorgeNot19 are kinds of gorge and ditch, no gorge's name (大峡谷,
// 排水沟, 山沟).
var gorgeNot19 = wordSet(`大 小 深 长 山 水 河 田 边 地 排水 截水 排洪 灌溉 鸿 代 阳 阴 明 暗 沟 干 支 毛 斗 农 一条 这条 各 每 全 两条 三条 深山 荒 乱石 泥石 峡 冲 壕 垄 渠 地下 城 村 乡 镇 山间 两岸 这处 一处`)

// gorges19 finds gorges and gullies after their place or before a
// facility named after them (…乡达仓沟便民桥, …县朵什峡谷): a stem of
// two to four characters that is no kind of ditch. A stem of three or
// four characters needs nothing more than a stop before it.
func gorges19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, kind := range []string{"峡谷", "沟"} {
		for _, e := range occurrences19(tt, kind) {
			end := e + runeLen(kind)
			if kind == "沟" && end < len(tt.runes) && strings.ContainsRune("通渠槽壑坎坑", tt.runes[end]) {
				continue // 沟通, 沟渠: no name ends here
			}
			if kind == "沟" && e > 0 && tt.runes[e-1] == '峡' {
				continue
			}
			rest := tt.text[tt.off[end]:]
			facility := strings.HasPrefix(rest, "便民桥") || strings.HasPrefix(rest, "大桥") || strings.HasPrefix(rest, "景区") || strings.HasPrefix(rest, "、")
			s := stemBefore19(tt, fs, e, 2, 4, func(s int) bool {
				if !bounded19(tt, fs, s) {
					return false
				}
				stem := tt.sub(s, e)
				place := placeEnds19(tt, fs, s)
				if gorgeNot19[stem] || gorgeNot19[tt.sub(s, s+1)] && e-s == 2 || l.common[stem] && !place {
					return false
				}
				if kind == "峡谷" {
					return place || facility || e-s >= 2 && s > 0 && strings.ContainsRune("、，与和", tt.runes[s-1])
				}
				return place && facility
			})
			if s < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, end, "gorge19"))
		}
	}
	return out
}

// expresswayNot19 stand before 高速 in no expressway's name (沿海高速,
// 城际高速, 全线高速).
// (我县高速公路, 本市高速出口: a pronoun before a level is the report's
// own county, no expressway's end, while 本 alone may be one, 本桓高速:
// expressway33.go)
var expresswayNot19 = wordSet(`我县 我市 我区 我州 我旗 我镇 我乡 本县 本市 本区 本州 本旗 本镇 本乡 该县 该市 该区 沿海 沿江 沿边 城际 全线 环线 绕城 机场 国家 省级 地方 新建 在建 已建 规划 双向 四车道 六车道 八车道 山区 连接 联网 出口 入口 上 下 通 进 出 走 乘 搭 经 过 的 条 各 全 主 至 到`)

// expressways19 finds an expressway named by the short forms of its two
// ends (保神高速, 宣泾高速) after a stop, a verb or a place: a stem of two
// or three characters that is no ordinary word, masked with 高速 so that
// it is masked wherever the text names the road again.
func expressways19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, e := range occurrences19(tt, "高速") {
		s := stemBefore19(tt, fs, e, 2, 3, func(s int) bool {
			stem := tt.sub(s, e)
			if l.common[stem] || endsIn19(tt, expresswayNot19, s, e) || expresswayNot19[tt.sub(s, s+1)] {
				return false
			}
			if e-s == 3 && !provinceRun33(tt.sub(s, e)) && (l.common[tt.sub(s+1, e)] || l.common[tt.sub(s, s+2)]) {
				return false // 全|长江高速: an ordinary word inside (but 京|港澳高速: expressway33.go)
			}
			if bounded19(tt, fs, s) {
				return true
			}
			// after a verb or a particle that ends a word of its own (谋划|保神高速)
			t := tt.tokenBefore(s)
			return tt.tokStart(s) && t != nil && (strings.HasPrefix(t.pos, "v") || workVerbs19[t.word] || t.word == "是" || t.word == "的")
		})
		if s < 0 {
			continue
		}
		out = append(out, found19(tt, LOCATION, s, e+2, "expressway19"))
	}
	return out
}
