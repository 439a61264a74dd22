package anonymize

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// This file holds round firm19. Classes:
//
//   - shops and small firms of a two-character brand before a trade word,
//     listed (tradeFirms19): 甲乙五金、丙丁家纺等商户, 引进甲乙快运、丙丁冷链等
//     物流企业, 对甲乙加油站、… 开展检查. The trade word after a stem that is
//     no description of the trade (建筑五金, 生鲜冷链, 乡村书店, 推光漆器 stay)
//     is the evidence, the list (、 or 等 beside it) the frame; the stem
//     starts after a stop, a masked place or a list verb (引进, 新开).
//   - public brands of a county in quotes (quotedBrands19): a regional brand
//     “甲乙红” or “甲乙好物” in a brand's frame (公共品牌, a product after
//     it, 打造/做强 before it), a service app “甲乙通” or “甲好办” in an
//     app's frame (小程序, 专区, 开通, 上线). Slogans stay: “开门红”,
//     “一码通”, “村村通”, “一网通办”, “家乡好物”.
//   - markets and trade cities (tradeMarkets19f): 甲乙大世界 (苗木大世界, 建材
//     大世界: a market's name whatever its stem) and 中国甲乙城 of a product
//     (中国陶瓷城), not 中国…名城 or a city (中国甲乙城市).
//   - schools and colleges of a proper stem alone (schools19): 甲乙小学教师…,
//     、甲乙中学、, 联合甲乙学院; not the kinds, levels and owners of a school
//     (实验小学, 中心小学, 公办小学, 新建小学, 职业学院, 农民学院).
//
// (A fifth class, chambers named by a region's merchants after 县 (县X商
// 联合会), was tried and left out: on our own sentences the rules already
// masked what it found, and what they did not it lost to later filters.)

// firmTradeWords19 are trades a small firm or shop names itself by after its
// brand (甲乙五金, 甲乙家纺); longest first where one ends another.
var firmTradeWords19 = strings.Fields(`加油站 照相馆 洗衣店 五金 家纺 快运 冷链 米业 漆器 宣纸 书店 餐厅 灯饰 锁业 木业 门窗 布艺 窗帘 陶艺 汽修 石材 茶庄 酒坊 面馆 粮行 眼镜 钟表 文具 影楼 家电 卫浴 瓷砖 涂料 纸业 彩印 车行 驾校 速递 酱园 醋坊 油坊 药房 家具 超市`)

// firmTradeStemNot19 are descriptions of a trade, no brand: what kind, where,
// how made, for whom (建筑五金, 生鲜冷链, 乡村书店, 推光漆器, 自助餐厅).
var firmTradeStemNot19 = wordSet(`特色 传统 农村 乡村 城市 城乡 社区 生鲜 冷链 智慧 绿色 电商 品牌 连锁 综合 大型 小型 中型 本地 地方 手工 建筑 日用 家居 家用 五金 实体 网上 网络 线上 线下 自助 职工 主题 网红 社会 高速 乡镇 城区 县城 医药 果蔬 农产 产品 现代 新型 推光 脱胎 彩绘 雕漆 螺钿 非遗 特种 精品 高端 中高 低端 品质 专业 公共 民营 国有 个体 私营 小微 重点 骨干 规上 龙头 示范 优质 放心 诚信 文明 平安 标准 星级 农资 快递 物流 货运 仓储 港口 航空 铁路 医疗 食品 水产 肉类 乳品 药品 疫苗 农业 工业 商业 旅游 文化 书画 古籍 儿童 少儿 校园 社会 加气 充电 机动 汽车 中心 中式 西式 快餐 美食 特价 平价 惠民 便民 爱心 共享 无人 智能 数字 民族 地域 区域 全国 省级 市级 县级 镇级 村级 国家 中国 临时 固定 流动 新开 新建 已建 在建 现有 全部 部分 各类 其他 其它 一般 主要 大小 城镇 城郊 街道 农家 家庭 个人 单位 企业 政府`)

// scopeStem19 reports a stem of scope, no name: one opening with a
// quantifier (全体|小学教师, 各类) or ending in a word of position (床上|家纺,
// 城乡中|小学 of 中小学).
func scopeStem19(stem string) bool {
	r0, _ := utf8.DecodeRuneInString(stem)
	r1, _ := utf8.DecodeLastRuneInString(stem)
	return strings.ContainsRune("全各本该每诸所某其此这那", r0) || strings.ContainsRune("上下内外中里前后间旁边", r1)
}

// verbStem19 reports a stem gojieba reads as one verb (引进|冷链、快递企业,
// 开展|家电下乡) inside a clause: the clause's verb before a trade, no
// brand. At the text's start or after 、 a verb may be a brand (远航快运).
func verbStem19(tt *tokText, s, e int) bool {
	if s == 0 || strings.HasSuffix(tt.text[:s], "、") {
		return false
	}
	i := tt.runeAt(s)
	if i < 0 || i >= len(tt.tokOf) {
		return false
	}
	k := tt.toks[tt.tokOf[i]]
	return k.start == i && tt.off[k.end] == e && strings.HasPrefix(k.pos, "v")
}

// tradeListVerbs19 may stand right before the first shop of a list (引进|甲乙快运).
var tradeListVerbs19 = strings.Fields(`引进 新开 集聚 聚集 入驻 抽查 检查 对 有 如 包括 以及 和 与 及 了 培育 扶持`)

// tradeFirms19 masks a two-character brand and its trade word listed
// among shops or firms (class: brand + trade word).
func tradeFirms19(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	text := tt.text
	var add []Finding
	for h := range stemsBeforeKinds19(tt, firmTradeByLast27, fs, &add) {
		s, ts, te := h.s, h.ts, h.te
		stem := text[s:ts]
		if !tradeStemOK19(stem) || verbStem19(tt, s, ts) {
			continue
		}
		if !tradeStemStart19(text, fs, s) || !tradeListFrame19(text, fs, s, te) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:te], Start: s, End: te, Evidence: "trade-firm19", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// stemHit19 is a kind word at [ts, te) with the two Han characters of its
// stem at [s, ts).
type stemHit19 struct{ s, ts, te int }

// stemsBeforeKinds19 yields, for every occurrence of a word of kinds in
// text (each word in turn, left to right), its stem of two Han characters
// when no finding of fs crosses the whole and none of *add (the caller's
// new findings so far) overlaps it: the search tradeFirms19 and schools19
// share.
//
// (kinds is the one-walk table of the word list, speed27.go: the hits come
// in the order of the old search of each word in turn.)
func stemsBeforeKinds19(tt *tokText, kinds *kindsByLast21, fs []Finding, add *[]Finding) iter.Seq[stemHit19] {
	text := tt.text
	return func(yield func(stemHit19) bool) {
		var hb [16]siteHit19
		for _, h := range kinds.hits(tt, hb[:0]) {
			ts := tt.off[h.e]
			te := tt.off[int(h.e)+len(kinds.runes[h.k])]
			s, ok := hanStemBefore19f(text, ts, 2)
			if !ok || crossesAny19(fs, s, te) || overlapsAny(*add, s, te) {
				continue
			}
			if !yield(stemHit19{s, ts, te}) {
				return
			}
		}
	}
}

// crossesAny19 reports a finding that crosses the span [s, e) or covers it
// whole; findings inside it (a place 甲乙 of 甲乙红, a person read in 老孙米业)
// give way to the name.
func crossesAny19(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start < e && s < f.End && (f.Start < s || f.End > e || f.Start == s && f.End == e) {
			return true
		}
	}
	return false
}

// hanStemBefore19f returns the start of the n Han characters right before
// byte i, if there are n.
func hanStemBefore19f(text string, i, n int) (int, bool) {
	s := i
	for k := 0; k < n; k++ {
		r, sz := utf8.DecodeLastRuneInString(text[:s])
		if sz == 0 || !isHan(r) {
			return 0, false
		}
		s -= sz
	}
	return s, true
}

// tradeStemOK19 reports whether a stem before a trade word may be a brand:
// two Han characters, no function or numeral character (老 + a surname is
// one: 老孙米业), no description of the trade, place level or trade word.
func tradeStemOK19(stem string) bool {
	if runeLen(stem) != 2 || !allHan(stem) || scopeStem19(stem) || firmTradeStemNot19[stem] || industryWords[stem] || moreTradeWords[stem] || genreWords[stem] || nationalTerms[stem] {
		return false
	}
	for i, c := range stem {
		if functionRuneBits.has(c) && c != '老' && !(c == '和' && i == 3) || numeralRune(c) && !orgBrandRunes14.has(c) || isMaskRune(c) {
			return false
		}
	}
	for _, w := range firmTradeWords19 {
		if strings.HasSuffix(stem, w) || strings.HasPrefix(stem, w) {
			return false
		}
	}
	return true
}

// tradeStemStart19 reports whether the stem at byte s starts a name: after
// the text's start, a stop or a list mark, a quote, a finding (a masked
// place: 甲镇|老孙米业) or a list verb (引进|甲乙快运).
func tradeStemStart19(text string, fs []Finding, s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s])
	if !isHan(r) {
		return true
	}
	for i := range fs {
		if fs[i].End == s && fs[i].Type != PERSON {
			return true
		}
	}
	for _, v := range tradeListVerbs19 {
		if strings.HasSuffix(text[:s], v) {
			return true
		}
	}
	return false
}

// tradeListFrame19 reports whether text[s:e] stands in a list of shops or
// firms: a 、 before it or after it, or 等 right after it.
func tradeListFrame19(text string, fs []Finding, s, e int) bool {
	if strings.HasSuffix(text[:s], "、") || strings.HasPrefix(text[e:], "、") || strings.HasPrefix(text[e:], "等") {
		return true
	}
	// a listed shop after its masked place (、甲镇|老孙米业获评)
	for i := range fs {
		if fs[i].End == s && fs[i].Type == LOCATION && strings.HasSuffix(text[:fs[i].Start], "、") {
			return true
		}
	}
	return false
}

// quotedBrandTails19 end a county's public brand in quotes: a regional
// product brand (甲乙红, 甲乙好物) or a service app (甲乙通, 甲好办).
var quotedBrandTails19 = []string{"好物", "好办", "快办", "易办", "红", "通"}

// quotedBrandStemNot19 are ordinary stems of slogans and generic shop
// titles in quotes (“开门红”, “满堂红”, “家乡好物”, “一码通”).
var quotedBrandStemNot19 = wordSet(`开门 满堂 一片 中国 全国 网 喜庆 大 火 正 朱 枣 玫瑰 胭脂 鲜 深 浅 长 走 爆 飘 全年 家乡 乡村 农村 年货 助农 山区 平价 本地 地方 优质 生活 居家 国货 精选 特色 农家 田园 乡土 好 事事 件件 都 很 也 就 普 交 沟 流 融 互 贯 打 联 直 开 疏 精 变 串 畅 一码 一卡 一网 一证 一站 一键 一号 一屏 一端`)

// brandFrameWords19 stand near a regional brand: a brand's words, a
// product after it, a market it reaches.
var brandFrameWords19 = strings.Fields(`品牌 商标 系列 产品 商超 销量 销售 亩产 亩均 上市 获评 认证 直播 商城 小店 线上 进商超 出口 订单 年销`)

// brandVerbs19 come before a brand or an app being built or used.
var brandVerbs19 = strings.Fields(`打造 培育 做强 做大 擦亮 叫响 唱响 推出 上线 开通 开设 开发 推广 依托 用好 创建 注册 升级`)

// appFrameWords19 stand near a service app: where it runs and what it serves.
var appFrameWords19 = strings.Fields(`小程序 APP App app 平台 专区 系统 公众号 手机 应用 窗口 服务 政务 线上 掌上 在线 办理`)

// quotedBrands19 masks a county's public brand or service app in quotes in
// its frame (class: public brands of a county).
func quotedBrands19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		n := runeLen(name)
		if n < 2 || n > 6 || !allHan(name) || crossesAny19(fs, s, e) {
			continue
		}
		tail := ""
		for _, t := range quotedBrandTails19 {
			if strings.HasSuffix(name, t) {
				tail = t
				break
			}
		}
		if tail == "" {
			continue
		}
		stem := strings.TrimSuffix(name, tail)
		if !quotedBrandStemOK19(stem, tail) || getLexicon().common[name] {
			continue
		}
		before, after := quoteListFrame18a(text, s, e)
		var ok bool
		switch tail {
		case "红", "好物":
			ok = hasAnyWord18a(after, brandFrameWords19) || hasAnyWord18a(before, brandVerbs19) ||
				tail == "红" && productAfterQuote19(text, e)
		default:
			ok = hasAnyWord18a(after, appFrameWords19) || hasAnyWord18a(before, appFrameWords19) || hasAnyWord18a(before, brandVerbs19)
		}
		if !ok {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-brand19", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// quotedBrandStemOK19 reports whether the stem before a brand's tail may
// name a place or brand: two or three Han characters (one or two before
// 好办: 宁好办), no numeral, no doubled character (“村村通”), no slogan stem.
func quotedBrandStemOK19(stem, tail string) bool {
	n := runeLen(stem)
	lo, hi := 2, 3
	if strings.HasSuffix(tail, "办") {
		lo, hi = 1, 2
	}
	if n < lo || n > hi || quotedBrandStemNot19[stem] {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(stem); tail == "通" && strings.ContainsRune("贷险融", r) {
		return false // a bank's loan or insurance product (“链贷通”), no county's app
	}
	rs := []rune(stem)
	for i, c := range rs {
		if numeralRune(c) || functionRuneBits.has(c) || isMaskRune(c) || i > 0 && c == rs[i-1] {
			return false
		}
	}
	return true
}

// productAfterQuote19 reports a product word glued after the closing quote
// of a regional brand (“甲乙红”苹果, “甲乙红”羊肉): two or more Han characters
// up to the clause's next break that start with no verb of a slogan
// (实现“开门红”目标 stays).
func productAfterQuote19(text string, e int) bool {
	rest := strings.TrimPrefix(text[e:], "”")
	k := 0
	for _, c := range rest {
		if !isHan(c) {
			break
		}
		k++
		if k >= 2 {
			break
		}
	}
	if k < 2 {
		return false
	}
	// a programme's or a campaign's words after it: a slogan (“夕阳红”助老项目)
	clause := clauseCut18a([]rune(rest), 12, false)
	for _, w := range []string{"目标", "开局", "行动", "活动", "工程", "计划", "任务", "项目", "服务", "志愿", "助老", "关爱"} {
		if strings.Contains(clause, w) {
			return false
		}
	}
	return true
}

// tradeMarkets19f masks markets and trade cities: 甲乙大世界 and 中国甲乙城 of a
// product (class: markets and trade cities).
func tradeMarkets19f(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	text := tt.text
	var add []Finding
	for i := 0; tt.mayContain("大世界"); { // (speed27.go: a text without its characters skipped)
		o := strings.Index(text[i:], "大世界")
		if o < 0 {
			break
		}
		ts := i + o
		te := ts + len("大世界")
		i = te
		s, ok := hanStemBefore19f(text, ts, 2)
		if !ok || overlapsAny(add, s, te) {
			continue
		}
		if st := text[s:ts]; !allHan(st) || functionRuneBits.has([]rune(st)[0]) {
			continue
		}
		if crossesAny19(fs, s, te) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:te], Start: s, End: te, Evidence: "market19", Score: 5, label: "机构"})
	}
	for i := 0; tt.mayContain("中国"); {
		o := strings.Index(text[i:], "中国")
		if o < 0 {
			break
		}
		s := i + o
		i = s + len("中国")
		rs := firstRunes27(text[i:]) // (speed27.go: it read the whole rest of the text into runes)
		if len(rs) < 3 || rs[2] != '城' || !isHan(rs[0]) || !isHan(rs[1]) || rs[1] == '名' || rs[0] == '之' || rs[1] == '之' {
			continue
		}
		if len(rs) > 3 && strings.ContainsRune("市镇区乡县乡际建", rs[3]) {
			continue // 中国甲乙城市, 中国城镇: a city's title or kind
		}
		e := i + len(string(rs[:3]))
		if crossesAny19(fs, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:e], Start: s, End: e, Evidence: "market19", Score: 5, label: "机构"})
	}
	return addReplacing(fs, add)
}

// schoolStemNot19 are kinds, levels, ranks and owners of a school, no name
// (实验小学, 中心小学, 民族中学, 公办小学, 新建小学, 职业学院, 农民学院).
var schoolStemNot19 = wordSet(`实验 中心 民族 希望 城区 城镇 城关 乡镇 乡村 农村 村级 公办 民办 私立 新建 改建 扩建 在建 寄宿 完全 普通 重点 示范 附属 职业 特殊 特教 双语 外国 外语 艺术 体育 师范 技工 技师 卫生 农业 工业 商业 高级 初级 完小 小学 中学 初中 高中 全县 全市 全镇 本地 各类 所有 周边 薄弱 规范 标准 优质 一流 名校 县城 市区 片区 学区 集团 联合 九年 十二 老年 社区 开放 工匠 田间 农民 网络 干部 电商 直播 党员 乡贤 青年 妇女 儿童 家长 市民 居民 新型 现代 智慧 数字 绿色 平安 文明 书香 足球 篮球 科技 红色 国防 法治 劳动 音乐 美术 医学 商学 工学 理工 财经 政法 警官 护理 幼儿 学前 成人 广播 电视 函授 自考 网上 空中`)

// schoolKinds19 end a school's name after its stem.
var schoolKinds19 = []string{"小学", "中学", "学院"}

// schoolVerbs19 may stand right before a school named alone (联合|甲乙学院).
var schoolVerbs19 = strings.Fields(`联合 依托 与 和 及 同 携手 引进 共建 对接 组织 由 在 到 赴 走进`)

// schools19 masks schools and colleges of a proper two-character stem
// standing alone (甲乙小学教师…, 、甲乙中学、, 联合甲乙学院) (class: schools
// with a proper name); the kinds, levels and owners of schools stay
// (实验小学, 中心小学, 公办小学), and so does a college of a frequent word.
func schools19(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	text := tt.text
	l := getLexicon()
	var add []Finding
	for h := range stemsBeforeKinds19(tt, schoolKindsByLast27, fs, &add) {
		s, ts, te, w := h.s, h.ts, h.te, text[h.ts:h.te]
		stem := text[s:ts]
		if schoolStemNot19[stem] || !allHan(stem) || scopeStem19(stem) || l.places[stem] > 0 || w == "学院" && l.common[stem] {
			continue
		}
		bad := false
		for _, c := range stem {
			if functionRuneBits.has(c) || numeralRune(c) || isMaskRune(c) || c == '县' || c == '市' || c == '镇' || c == '乡' || c == '村' || c == '区' || c == '第' {
				bad = true
			}
		}
		if bad || verbStem19(tt, s, ts) || !schoolStart19(text, fs, s) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:te], Start: s, End: te, Evidence: "school19", Score: 5, label: "机构"})
	}
	return addReplacing(fs, add)
}

// schoolStart19 reports whether a school's stem at byte s starts a name:
// after the text's start, a stop or mark, a masked place (甲镇|乙丙小学) or
// a verb of partnership (联合|甲乙学院).
func schoolStart19(text string, fs []Finding, s int) bool {
	if s == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:s])
	if !isHan(r) {
		return true
	}
	for i := range fs {
		if fs[i].End == s && fs[i].Type == LOCATION {
			return true
		}
	}
	for _, v := range schoolVerbs19 {
		if strings.HasSuffix(text[:s], v) {
			return true
		}
	}
	return false
}

// firm19 runs the round's classes in order.
func firm19(tt *tokText, fs []Finding) []Finding {
	fs = tradeFirms19(tt, fs)
	fs = quotedBrands19(tt, fs)
	fs = tradeMarkets19f(tt, fs)
	fs = schools19(tt, fs)
	return fs
}
