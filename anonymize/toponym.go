package anonymize

import (
	"sort"
	"strings"
)

// This file holds one general recognizer for the places that have no
// gazetteer entry: reservoirs, lakes, mountains, caves, streets, bridges,
// temples, villages named with ordinary words. A place of that kind is a
// PROPER STEM of two to four Han characters right before a GEOGRAPHIC KIND
// (…水库, …山, …街, …村); the recognizer starts from the kind words (one
// bit test per character finds them) and looks left for the stem, then
// weighs the evidence that the stem is a name and not an ordinary word:
//
//   - the stem itself: gojieba reads it as a name, a word it made up, or
//     single characters, and it is not a frequent ordinary word (2); an
//     uncommon noun (1); a frequent ordinary word or a verb (0);
//   - a place found right before it (…镇|三合村, …镇|解放街: an address) (2);
//   - a house number after it (…路12号) (2);
//   - a word of position after the kind that only a particular place takes
//     (…山脚下, …水库库区, …路片区) (1);
//   - a verb or preposition of location before it (位于, 沿, 经) (1);
//   - a kind that ordinary phrases rarely end in (水库, 瀑布, 寺) (1);
//   - a list item beside a place of the same class (…街、…路) (2; another
//     class 1; a candidate of the same class whose stem is no ordinary
//     word 1), or a list sharing the word of position after its last item
//     (…江、…河沿线) (1);
//   - a village's numbered group after it (…村七组) (2); a route from a
//     place of its kind (…村至|…村) (1);
//   - a count right after a lone kind (…坝2座) takes one point away.
//
// Two points make a place for the default policy; one point makes a
// doubtful place that only the strict policy masks. Stems that make a
// class of places, not a place (小型, 病险, 产业, 旅游, 该, 全, 各), are never
// names, nor are kinds that begin a longer ordinary word (山区, 河长制,
// 岗位).

// topoClass groups the kinds whose places reports list side by side.
type topoClass uint8

const (
	topoWater topoClass = iota + 1
	topoMountain
	topoStreet
	topoStructure
	topoSettlement
	topoMarket
)

// toponymKinds are the geographic kinds a proper stem names, with their
// class. 市场 is left out: in reports and news alike it is mostly the
// economic market (国际市场, 旧货市场); so are 场, 岗 and 坡 (现场, 岗位,
// 坡耕地 end or begin too many ordinary words). 组 takes only a stem that
// is no ordinary word (村民小组, 工作组 are groups of people), 水 only a
// one-character river (澧水).
var toponymKinds = map[string]topoClass{
	"水库": topoWater, "湖": topoWater, "塘": topoWater, "河": topoWater, "溪": topoWater, "江": topoWater,
	"国控断面": topoWater, "省控断面": topoWater, "市控断面": topoWater,
	"渠": topoWater, "泉": topoWater, "潭": topoWater, "瀑布": topoWater, "滩": topoWater, "湾": topoWater,
	"山": topoMountain, "峰": topoMountain, "崖": topoMountain, "岩": topoMountain, "岭": topoMountain, "洞": topoMountain, "岛": topoMountain,
	"峡": topoMountain, "峡谷": topoMountain, "谷": topoMountain, "水": topoWater,
	"街": topoStreet, "路": topoStreet, "巷": topoStreet, "巷子": topoStreet, "大道": topoStreet, "大街": topoStreet,
	"胡同": topoStreet, "老街": topoStreet, "古街": topoStreet,
	"桥": topoStructure, "大桥": topoStructure, "坝": topoStructure, "渡": topoStructure, "渡口": topoStructure,
	"码头": topoStructure, "寺": topoStructure, "庙": topoStructure, "祠": topoStructure, "祠堂": topoStructure, "塔": topoStructure,
	"小区": topoSettlement, "街区": topoStreet, "遗址": topoStructure,
	"村": topoSettlement, "屯": topoSettlement, "组": topoSettlement, "寨": topoSettlement, "坪": topoSettlement,
	"广场": topoMarket, "公园": topoMarket, "古镇": topoMarket,
	// sites named after a person or a place (…故居, …王府, …陵, …纪念馆)
	"故居": topoStructure, "王府": topoStructure, "陵": topoStructure, "纪念馆": topoStructure,
}

// strongToponymKinds end few ordinary phrases: a noun before them is
// nearly always a name (…石门水库, 白水瀑布, …寺; a water-quality section
// is named after the place where it lies, …国控断面).
var strongToponymKinds = wordSet(`水库 瀑布 寺 庙 祠 峡谷 古镇 码头 渡口 国控断面 省控断面 市控断面`)

// stemOnlyKinds13 are kinds of site named after the place where they lie:
// only the place is masked (〔地名〕国控断面).
var stemOnlyKinds13 = wordSet(`国控断面 省控断面 市控断面`)

// toponymKindsByLast maps the last character of each kind to the kinds
// ending in it, longest first; toponymKindLast holds those characters.
var toponymKindsByLast, toponymKindLast = func() (map[rune][]string, runeBits) {
	m := map[rune][]string{}
	var b runeBits
	for k := range toponymKinds {
		r := lastRune(k)
		m[r] = append(m[r], k)
		b.set(r)
	}
	for _, ks := range m {
		sort.Slice(ks, func(i, j int) bool { return len(ks[i]) > len(ks[j]) || len(ks[i]) == len(ks[j]) && ks[i] < ks[j] })
	}
	return m, b
}()

// classStems are stems that make a class or type of place, not a place:
// size and state (小型, 病险), purpose and surface (产业, 旅游, 水泥), level
// and programme words (示范, 贫困, 美丽), users and goods (步行, 美食, 农贸).
// They are ordinary words whatever stands around them.
var classStems = wordSet(`小型 中型 大型 大中型 中小型 小微 微型 病险 骨干 重点 新建 在建 扩建 改建 续建 现有 原有 已建 老旧 主要 出境 入境 跨界 跨省 跨市 跨县 考核 监测 石拱 土石 浆砌 砌石 堆石 重力 拱形 钢筋 木质 石质 木拱 钢架 漫水 过水 人行 便民 优秀 模范 标兵 合格 达标 优胜 交界 接壤 相邻 毗邻 结合 临崖 临水 临河 临江 临街 临山 沿河 沿江 沿湖 沿山 沿街 嘎查 古道 窑址 古城 古墓 墓葬 城址 寺庙 建筑 备用 中小 调蓄 梯级 地下 平原 山塘 土地 城隍 周边 附近 沿线
住宅 居民 商品房 物业 考古 革命 文物 全县 全镇 全乡 全市 全区 全村 全州 全省 城区 农村 乡村 城乡 山区 库区 景区 园区 社区 本地 当地 外地 各地 各类 各种 各级 重要 一般 其他 其余 所有 相关 部分
产业 旅游 致富 小康 发展 扶贫 脱贫 生产 生活 生态 机耕 通村 通组 入户 入村 进村 出村 到户 连户 通户 环村 村组 乡村 林区 田间 田园 园区 水泥 沥青 砂石 柏油 硬化 泥结石 混凝土 石板
商业 步行 美食 小吃 特色 文化 休闲 娱乐 健身 体育 运动 景观 观光 瞭望 信号 通信 便民 连心 爱心 民心 湿地 森林 口袋 城市 农业 工业 专业 批发 零售 农贸 集贸 综合 蔬菜 水果 畜禽 牲畜 仔猪 农产品 建材 二手 跳蚤 夜间 早晚
示范 中心 移民 搬迁 空心 贫困 后进 落后 软弱 涣散 重点 难点 试点 典型 问题 整改 脱贫 帮扶 结对 包保 联系 行政 自然 美丽 精品 样板 标准 宜居 宜业 宜游 星级 红色 绿色 生态 历史 传统 古老 千年 百年
灌溉 排水 引水 防渗 输水 供水 蓄水 提水 调水 抗旱 防洪 拦河 拦水 淤地 谷坊 塘坝 泄洪 人工 天然 野生 深山 荒山 名山 群山 火山 江河 河道 河流 湖泊 水域
安置 搬迁 易地 集中 分散 临时 永久 应急 避险 避难 防火 消防 救援 安全 危险 地质 隐患 滑坡 泥石流 崩塌 断头 瓶颈 主干 干线 支线 支路 次干 快速 高速 国道 省道 县道 乡道 村道 专用
县城 城镇 集镇 乡镇 镇村 村庄 村寨 小区 街区 街道 片区 城中 城郊 近郊 远郊 郊区 东部 西部 南部 北部 中部 东侧 西侧 南侧 北侧 东面 西面 南面 北面 对面 上游 下游 中游 两岸 沿岸 左岸 右岸
这个 那个 这些 那些 每个 每条 每座 多个 多条 多座 几个 一个 一条 一座 两个 两条 两座 三个 三条 三座 若干`)

// toponymStemStop are characters that begin no stem: determiners,
// pronouns and words of quantity (该村, 各村, 每条路, 第二大街).
var toponymStemStop = runeBitsOf("该本全各这那某每此其第诸多几半整另别何哪我你他她它咱您")

// adminLevelRunes13 are the characters of administrative levels: a stem
// does not begin with one (乡管|村 is an abbreviation) nor end with one
// (…县|市场 is a county's body).
var adminLevelRunes13 = runeBitsOf("县乡镇村区市省州")

// bodyEndRunes13 end the names of bodies and offices (卫生室, 村委会,
// 合作社): no place's stem ends with one before its kind.
var bodyEndRunes13 = runeBitsOf("室院会部所站局社校委厂司队办处科")

// collectiveKinds13 are two kinds side by side that make a collective
// word (河湖, 江河, 路桥): the last character of a stem and a kind.
var collectiveKinds13 = wordSet(`河湖 江河 江湖 湖河 山河 河山 江山 山川 峰岭 山岭 岭山 溪河 沟渠 塘坝 库塘 河塘 山塘 水塘 湖塘 路桥 桥路 街巷 街路 路街 村寨 寨村 村屯 山村 渔村 江村`)

// toponymHeadStop are characters that never join a stem as its head at
// the start of a clause (共|新建, 又|…, 全|…).
var toponymHeadStop = runeBitsOf("该本全各这那某每此其第共又还再也都均已将并及和与或在从向对把被由为以于至到经沿自据按有是")

// toponymConts are the words a kind's token may continue into and still
// be the kind of a named place (…山脚下, …村民, …路口, …河畔).
var toponymConts = wordSet(`脚下 脚 下 上 顶 腰 麓 畔 边 民 委 委会 口 段 岸 底 农民 群众 居民`)

// toponymAfter are words after the kind that only a particular place
// takes: the foot or top of a mountain, a reservoir's area, a river's
// basin, a street's quarter (…山脚下, …水库库区, …河流域, …路片区).
var toponymAfter = []string{
	"脚下", "山脚", "之巅", "南麓", "北麓", "东麓", "西麓", "主峰", "山顶", "半山腰", "山腰",
	"流域", "沿岸", "两岸", "库区", "水域", "上游", "下游", "中游", "岸边", "湖畔", "河畔", "江畔", "大坝", "坝区", "灌区", "干渠",
	"景区", "风景区", "景点",
	"片区", "一带", "两侧", "沿线", "路口", "街区", "路段", "街头", "口岸",
	"村民", "村委会", "村委", "村党支部", "党支部", "村两委", "村集体",
}

// toponymSiteAfter14 are the former sites and remains of a particular
// place (…岩革命旧址, …桥遗址): a stem and kind before them name a place
// even when the stem is an ordinary word.
var toponymSiteAfter14 = []string{"革命旧址", "旧址", "遗址", "故址"}

// toponymAfterClass are words of position that only the places of one
// class take (…水漂流, …河县城段; …山国家级自然保护区).
var toponymAfterClass = map[topoClass][]string{
	topoWater:    {"漂流", "县城段", "城区段", "段", "干流", "支流", "水系", "沿线", "国家级", "省级"},
	topoMountain: {"国家级", "省级", "自然保护区", "风景名胜区", "森林公园", "地质公园", "沿线", "观景台", "景观台"},
}

// toponymPositionConts are the words of position a kind's token may
// continue into (…山脚下, …山腰 cut 山腰 by gojieba).
var toponymPositionConts = wordSet(`脚下 脚 顶 腰 麓 畔 边 岸`)

// routeRunes13 are the characters of a route before a place however
// gojieba cut them (…至|石灰窑村, …到|…).
var routeRunes13 = runeBitsOf("至到经沿")

// toponymLocatives are verbs and prepositions of location before a place
// (位于|…, 沿|…, 经|…).
var toponymLocatives = wordSet(`位于 地处 家住 住在 居住在 来自 坐落 坐落于 座落 地属 毗邻 紧邻 靠近 临近 沿 沿着 顺着 经 途经 经过 环 环绕 绕 登 登上 攀登 赴 前往 来到 走进 走访 游览 在 于 到 至 从 自 穿过 横跨 跨越`)

// siteVerbs13 say where something lies or someone lives: what follows
// them is a particular place (位于|人民路, 家住|…组).
var siteVerbs13 = wordSet(`位于 地处 坐落 坐落于 座落 家住 住在 居住在`)

// hasAnyPrefix13 reports whether s begins with one of ws.
func hasAnyPrefix13(s string, ws []string) bool {
	return firstPrefix(s, ws) != ""
}

// toponymLocativeBefore reports a verb or preposition of location
// (toponymLocatives) ending right before rune s.
func toponymLocativeBefore(tt *tokText, s int) bool {
	p := tt.tokenBefore(s)
	return p != nil && p.end == s && toponymLocatives[p.word]
}

// toponymCand is a stem + kind the recognizer weighs.
type toponymCand struct {
	s, ks, e int // runes: stem start, kind start, end
	class    topoClass
	score    int
	lex      int  // the stem's own points
	pos      bool // a word of position follows (…山脚下)
	ev       []string
}

// toponyms13 finds the places of tt that a proper stem and a geographic
// kind make, given the findings fs the other recognizers made; it returns
// only new findings.
func toponyms13(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var cands []toponymCand
	for i := tt.nextAt(rcToponymKind, 2); i < n; i = tt.nextAt(rcToponymKind, i+1) { // (speed7b.go: the characters of the class only)
		if !toponymKindLast.has(tt.runes[i]) {
			continue
		}
		for _, k := range toponymKindsByLast[tt.runes[i]] {
			kn := runeLen(k)
			ks := i + 1 - kn
			if ks < 2 || tt.sub(ks, i+1) != k {
				continue
			}
			if c, ok := toponymAt(tt, fs, ks, i+1, k); ok {
				cands = append(cands, c)
			}
			break
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// list items beside a place of the same class: twice, so that a third
	// item learns from the second
	for round := 0; round < 2; round++ {
		for ci := range cands {
			c := &cands[ci]
			if c.score >= 2 {
				continue
			}
			if !c.pos {
				// a list shares the word of position after its last
				// item (练江、丰乐河沿线)
				if sep := listSepAfter(tt, c.e); sep >= 0 {
					for _, o := range cands {
						if o.s == sep && o.pos && o.class == c.class {
							c.pos = true
							c.score++
							c.ev = append(c.ev, "list-position")
							break
						}
					}
				}
			}
			if b := toponymSibling(tt, fs, cands, ci); b > 0 {
				c.score += b
				c.ev = append(c.ev, "list-sibling")
			}
		}
	}
	var out []Finding
	for _, c := range cands {
		if c.score < 1 {
			continue
		}
		st, en := tt.off[c.s], tt.off[c.e]
		if stemOnlyKinds13[tt.sub(c.ks, c.e)] {
			en = tt.off[c.ks] // …|国控断面: the place is masked, the kind of site stays readable
		}
		f := Finding{Type: LOCATION, Text: tt.text[st:en], Start: st, End: en,
			Evidence: "toponym:" + tt.sub(c.ks, c.e) + "," + strings.Join(c.ev, ","), Score: 3}
		if c.score < 2 {
			f.generic = true // doubtful: the strict policy masks it
			f.Score = 1
		}
		out = append(out, f)
	}
	return out
}

// toponymAt weighs the kind k at runes [ks, e) of tt: it finds the stem
// before it and the evidence for it, or reports false when no stem can
// name a place there.
func toponymAt(tt *tokText, fs []Finding, ks, e int, k string) (toponymCand, bool) {
	c := toponymCand{ks: ks, e: e, class: toponymKinds[k]}
	// the kind ends a word, or its token continues into a word of
	// position (…山脚下) only
	if e < len(tt.runes) && !tt.tokStart(e) {
		t := tt.tokenAt(ks)
		// a token shorter than the kind (小|区内, 故|居民) puts its end inside
		// the next word: no kind there
		if t == nil || t.start != ks || t.end < e || !toponymConts[tt.sub(e, t.end)] && !(c.class == topoSettlement && groupNumberLen13(tt, e) == t.end-e) {
			return c, false
		}
	}
	l := getLexicon()
	lex := 0
	var stemTok *tok
	oneChar := false // a one-character stem in a word of two (练江, 澧水)
	if tt.tokStart(ks) {
		p := tt.tokenBefore(ks)
		if p == nil {
			return c, false
		}
		switch {
		case p.n() >= 2 && p.n() <= 4:
			c.s = p.start
			stemTok = p
		case p.n() == 1:
			// single characters gojieba could not join (凤|凰|岭)
			s := ks
			for s > 0 && ks-s < 4 {
				q := tt.tokenBefore(s)
				if q == nil || q.n() != 1 || !toponymSingle(q) {
					break
				}
				s = q.start
			}
			if ks-s == 1 {
				// one character, and a word of two before it that
				// the name begins with (小城|子|村), or a word of three
				// gojieba made up or read as a transliterated name (…|图|王府)
				if q := tt.tokenBefore(s); q != nil && (q.n() == 2 || q.n() == 3 && (q.pos == "x" || q.pos == "nrt")) && toponymWordPart(tt, q) {
					s = q.start
				}
			}
			if ks-s <= 1 && (c.class == topoWater || c.class == topoMountain) && runeLen(k) == 1 && toponymOneChar(tt, p, k) {
				oneChar = true // 溇|水, a river of one character and its kind cut apart
				c.s = p.start
				lex = 1
				break
			}
			if ks-s < 2 {
				return c, false
			}
			c.s = s
			lex = 2
		default:
			return c, false
		}
	} else {
		// the kind ends a word that holds the stem (石门水库, 解放街)
		t := tt.tokenAt(ks)
		if t == nil || t.end != e || t.start >= ks || t.pos == "i" || t.pos == "l" {
			return c, false
		}
		c.s = t.start
		stemTok = t
		if ks-c.s == 1 {
			r1 := tt.runes[c.s]
			if q := tt.tokenBefore(c.s); q != nil && q.n() <= 2 && (t.pos == "n" || t.pos == "x" || t.pos == "nz" || t.pos == "j" || t.pos == "ng") &&
				toponymWordPart(tt, q) && !villageVerbHeads[r1] && !gluedVerbRunes13.has(r1) &&
				(!l.common[t.word] || chineseNumeralRunes.has(r1)) {
				// the word before begins the name (八大|公山, 三|一村);
				// not before a verb glued to the kind (选派|驻村, 压实|包村)
				// nor an ordinary word (组组|通路), nor a place word of
				// gojieba's that stands alone (贡献|石塘)
				c.s = q.start
				stemTok = nil
				if !l.common[tt.sub(c.s, ks)] {
					lex = 2
				}
			} else if (c.class == topoWater || c.class == topoMountain) && t.n() == 2 && !l.commonTown[t.word] && !shoreWords13[t.word] && !collectiveKinds13[t.word] &&
				!gluedVerbRunes13.has(r1) && !toponymHeadStop.has(r1) && (t.pos == "ns" || t.pos == "nz" || t.pos == "j" || t.pos == "x") {
				oneChar = true // a river or mountain of one character and its kind (练江, 澧水)
				stemTok = nil
				lex = 1
			}
		}
		if !oneChar && (ks-c.s < 2 || ks-c.s > 4) {
			return c, false
		}
	}
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && f.Start == tt.off[c.s] && f.End == tt.off[ks] {
			return c, false // 浑河|小区: the place is masked already, its kind stays readable
		}
	}
	if k == "水" && !oneChar {
		return c, false // 水 names a river only in a word of two (澧水)
	}
	afterPlace := false
	for _, f := range fs {
		if f.End == tt.off[c.s] && f.Type == LOCATION && !f.generic {
			afterPlace = true
			break
		}
	}
	stem := tt.sub(c.s, ks)
	house := houseNumberAt(tt.text[tt.off[e]:]) // 新建路28号: an address whatever the stem
	// an address or a verb of lying somewhere vouches for a place named by
	// a frequent word (位于|建设路); a street so named (建设路, a frequent
	// word) needs its context to reach two points (城关镇|…, …路、建设路)
	sure := house || afterPlace && c.class == topoStreet
	if p := tt.tokenBefore(c.s); p != nil && siteVerbs13[p.word] {
		sure = true
	}
	if !hanName11(tt, c.s, ks) || toponymStemStop.has(tt.runes[c.s]) || classStems[stem] && !house || l.common[stem+k] && !sure && c.class != topoStreet || landmarkKinds[stem+k] {
		return c, false
	}
	if ks-c.s >= 3 && (classStems[tt.sub(c.s, c.s+2)] || classStems[tt.sub(ks-2, ks)]) {
		return c, false // 红色旅游|路: a class word inside a longer stem
	}
	if bodyEndRunes13.has(tt.runes[ks-1]) || nationalTerms[stem] || collectiveKinds13[tt.sub(ks-1, e)] || strings.Contains(stem, k) {
		return c, false // 卫生室|村医, 国家|公园, 河|湖, 大街小|街: a body, the nation, a pair of kinds, a set phrase
	}
	if c.class == topoStreet && strings.ContainsAny(stem, "街路巷") {
		return c, false // 背街小|巷, 大街小|巷: a set phrase of streets
	}
	if strings.Contains(stem, "长") && chiefHeads12.has(tt.runes[c.s]) {
		return c, false // 河长巡|河: a chief's patrol
	}
	if ks-c.s >= 2 && tt.runes[c.s] == tt.runes[c.s+1] {
		return c, false // 组组通|路, 村村通: every one of a kind, no name
	}
	if adminLevelRunes13.has(tt.runes[c.s]) || adminLevelRunes13.has(tt.runes[ks-1]) {
		return c, false // 县聘乡管|村, 桦南县|市场: a level word, or a place with its kind before a body
	}
	if ks-1 >= c.s && runeLen(k) == 1 && !afterPlace && (l.common[tt.sub(ks-1, e)] || landmarkKinds[tt.sub(ks-1, e)]) {
		return c, false // 高速公|路, 公交线|路: the kind ends an ordinary word (公路, 线路)
	}
	if sceneryPair(tt.runes[c.s:e]) {
		return c, false // 绿水青山: a set phrase of scenery
	}
	if countStem13(tt.runes[c.s:ks]) && !(afterPlace && ks-c.s >= 2) {
		return c, false // 三条路, 一河一策: a count, no name; …镇|三一村 is one
	}
	if last := string(tt.runes[ks-1]); l.common[stem] && runeLen(k) >= 2 && l.common[k] && (toponymKinds[last] == topoMountain || toponymKinds[last] == topoWater) && (c.class == topoMountain || c.class == topoWater) {
		return c, false // 高山|峡谷, 江河|湖泊: landscape words side by side
	}
	if toponymKindLast.has(tt.runes[ks-1]) && c.class == topoStreet {
		return c, false // 通村|路, 进村|路: a road to a kind of place
	}
	group := 0 // …村七组: the village's numbered group after it
	if c.class == topoSettlement {
		group = groupNumberLen13(tt, e)
	}
	if stemTok != nil && stemTok.end == ks && !house && group == 0 {
		switch stemTok.pos {
		case "v", "p", "c", "d", "r", "u", "m", "q", "f", "t", "vd", "ad", "uj", "ul", "uz", "ug", "ud", "uv", "y", "e", "o":
			return c, false // 冲入|水库, 前往|码头: a verb or adverb names nothing
		}
	}
	if stemTok != nil {
		if stemTok.end == ks {
			// the stem is a word of its own
			switch {
			case l.common[stem]:
				if stemTok.pos == "ns" {
					lex = 1
				}
			case stemTok.pos == "ns" || stemTok.pos == "nr" || stemTok.pos == "nrt" || stemTok.pos == "nrfg" || stemTok.pos == "nz" || stemTok.pos == "x" || stemTok.pos == "j":
				lex = 2
			case stemTok.pos == "n" || stemTok.pos == "ng" || stemTok.pos == "s" || stemTok.pos == "nt":
				lex = 1
			}
		} else if !l.common[stem] {
			// stem and kind are one word of gojieba's (…水库/n)
			switch stemTok.pos {
			case "ns", "nr", "nrt", "nrfg", "nz", "x", "j", "n":
				lex = 2
			}
		}
	}
	// a single character at the start of a clause or after a locative
	// verb that gojieba cut off the stem's word (，里|石门水库, 家住|石|门槛
	// 组): the name's head
	if ks-c.s <= 3 && c.s >= 1 {
		if q := tt.tokenBefore(c.s); q != nil && q.n() == 1 && isHan(tt.runes[q.start]) && !toponymHeadStop.has(tt.runes[q.start]) && !adminLevelRunes13.has(tt.runes[q.start]) &&
			!functionRuneBits.has(tt.runes[q.start]) && q.pos != "v" && q.pos != "p" && q.pos != "c" && q.pos != "d" && q.pos != "m" && q.pos != "q" && q.pos != "r" && q.pos != "u" &&
			(q.start == 0 || listItemEdge[tt.runes[q.start-1]] || tt.runes[q.start-1] == '“' || toponymLocativeBefore(tt, q.start)) {
			c.s = q.start
			if !l.common[tt.sub(c.s, ks)] {
				lex = 2
			}
			c.ev = append(c.ev, "clause-head")
		}
	}
	if k == "组" && (lex < 1 && !afterPlace || l.common[tt.sub(c.s, ks)] || !tt.tokStart(ks)) {
		return c, false // 工作组, 专家组, 教研组: a group of people
	}
	if lex > 0 {
		c.ev = append(c.ev, "stem")
	}
	if strongToponymKinds[k] && lex == 0 && !l.common[tt.sub(c.s, e)] {
		lex = 1 // a noun before 水库 or 寺 is nearly always a name (东风|水库)
		c.ev = append(c.ev, "stem-before-strong-kind")
	}
	c.score = lex
	c.lex = lex
	if strongToponymKinds[k] && lex > 0 {
		c.score++
		c.ev = append(c.ev, "strong-kind")
	}
	if group == 0 && !house && countAfter13(tt, e) && listSepBefore(tt, c.s) < 0 {
		c.score-- // 加固石拱坝2座: a kind counted, not a place named
		c.ev = append(c.ev, "count-after")
	}
	if group > 0 {
		c.score += 2
		c.e = e + group
		c.ev = append(c.ev, "village-group")
	}
	if afterPlace {
		c.score += 2
		c.ev = append(c.ev, "after-place")
	}
	rest := tt.text[tt.off[e]:]
	if house {
		c.score += 2
		c.ev = append(c.ev, "house-number")
	}
	if hasAnyPrefix13(rest, toponymSiteAfter14) {
		c.score += 2 // …岩|革命旧址: only a particular place has a former site
		c.ev = append(c.ev, "site-after")
	}
	if hasAnyPrefix13(rest, toponymAfter) || hasAnyPrefix13(rest, toponymAfterClass[c.class]) {
		c.score++
		c.pos = true
		c.ev = append(c.ev, "position-after")
	}
	if !c.pos && e < len(tt.runes) && !tt.tokStart(e) {
		if t := tt.tokenAt(ks); t != nil && t.start == ks && toponymPositionConts[tt.sub(e, t.end)] {
			c.score++ // …山|腰, …山|脚下 in one word of gojieba's
			c.pos = true
			c.ev = append(c.ev, "position-after")
		}
	}
	if toponymLocativeBefore(tt, c.s) || c.s > 0 && routeRunes13.has(tt.runes[c.s-1]) {
		c.score++
		c.ev = append(c.ev, "locative-before")
		if p := tt.tokenBefore(c.s); p != nil && siteVerbs13[p.word] {
			c.score++ // 位于|…路, 家住|…组: only a particular place lies somewhere
		}
	}
	if c.s >= 2 && routeRunes13.has(tt.runes[c.s-1]) && (tt.runes[c.s-2] == tt.runes[e-1] || placeEndsAtRune(tt, fs, c.s-1)) {
		c.score++ // …村至|…村: a route from a place to one of its kind
		c.ev = append(c.ev, "route-from-place")
	}
	return c, true
}

// toponymWordPart reports a word of one or two characters that may begin
// a name before a character gojieba cut off it (小城|子|村, 八大|公山, 三|一
// 村): Han characters, no function character, a noun, name, numeral or a
// word gojieba made up.
func toponymWordPart(tt *tokText, q *tok) bool {
	if !hanName11(tt, q.start, q.end) || toponymStemStop.has(tt.runes[q.start]) || toponymHeadStop.has(tt.runes[q.start]) {
		return false
	}
	switch q.pos {
	case "n", "ng", "nr", "ns", "nz", "nrt", "x", "j", "b":
		return !classStems[q.word]
	case "m":
		return q.n() == 1 && chineseNumeralRunes.has(tt.runes[q.start])
	}
	return false
}

// toponymOneChar reports whether the single character p before the
// one-character kind k may be a river's or mountain's whole name (溇|水):
// a rare character, or one gojieba reads as a name or could not place,
// that makes no ordinary word with the kind.
func toponymOneChar(tt *tokText, p *tok, k string) bool {
	r := tt.runes[p.start]
	l := getLexicon()
	if !isHan(r) || functionRuneBits.has(r) || toponymHeadStop.has(r) || toponymStemStop.has(r) || chineseNumeralRunes.has(r) || l.commonTown[p.word+k] || shoreWords13[p.word+k] {
		return false
	}
	return l.isRare(r) || p.pos == "ns" || p.pos == "nr"
}

// shoreWords13 are a river's or mountain's side, not its name (滨河, 临江).
var shoreWords13 = wordSet(`滨河 滨江 滨湖 滨海 滨溪 临河 临江 临湖 临水 临山 临崖 临岩 悬崖 山崖 沿河 沿江 沿湖 沿山 靠山 傍山 依山 近水 亲水`)

// gluedVerbRunes13 are verbs of motion and being that gojieba glues to a
// kind (走|村, 上|山, 有|水): such a character begins no stem.
var gluedVerbRunes13 = runeBitsOf("走进出入到去来回上下送带跑撞往有是为登爬翻过通连驻包联挂临")

// toponymSingle reports a single-character token that may be part of a
// stem: a Han character gojieba did not read as a function word.
func toponymSingle(q *tok) bool {
	r := firstRuneOf(q.word)
	if !isHan(r) || functionRuneBits.has(r) || toponymHeadStop.has(r) || isMaskRune(r) {
		return false
	}
	switch q.pos {
	case "v", "p", "c", "d", "m", "q", "r", "u", "f", "zg", "y", "e", "o":
		return false
	}
	return true
}

// countStem13 reports a stem made of numerals, with at most a measure
// word after them (三条, 一河): a count, not a name.
func countStem13(rs []rune) bool {
	k := 0
	for k < len(rs) && chineseNumeralRunes.has(rs[k]) {
		k++
	}
	return k == len(rs) || k > 0 && k == len(rs)-1 && strings.ContainsRune("条座个处座所家河山村路", rs[k])
}

// countAfter13 reports a count right after rune e: digits or numerals
// and a measure word (…坝2座, …桥三处).
func countAfter13(tt *tokText, e int) bool {
	i := e
	for i < len(tt.runes) && i-e < 6 && (chineseNumeralRunes.has(tt.runes[i]) || isDigitRune(tt.runes[i]) || tt.runes[i] == '.') {
		i++
	}
	return i > e && i < len(tt.runes) && strings.ContainsRune("座处条个口道孔公米亩家所", tt.runes[i])
}

// groupNumberLen13 returns the length in characters of a village
// group's number at rune e (七组, 3组, 十二组), or 0.
func groupNumberLen13(tt *tokText, e int) int {
	i := e
	for i < len(tt.runes) && i-e < 3 && (chineseNumeralRunes.has(tt.runes[i]) || isDigitRune(tt.runes[i])) {
		i++
	}
	if i == e || i >= len(tt.runes) || tt.runes[i] != '组' {
		return 0
	}
	return i + 1 - e
}

// houseNumberAt reports whether s begins with a house number: digits and
// 号 (…路12号, …街３８号).
func houseNumberAt(s string) bool {
	i := 0
	for i < len(s) {
		r, w := decodeRune(s[i:])
		if !isDigitRune(r) {
			break
		}
		i += w
	}
	return i > 0 && (strings.HasPrefix(s[i:], "号") || strings.HasPrefix(s[i:], "-"))
}

// toponymSibling returns the points a list neighbour gives candidate ci:
// an item joined to it by 、/和/与/及 that is a place of the same class (a
// candidate with two points, or a place finding ending in a kind of the
// same class) gives 2, any other place 1; a candidate of the same class
// whose stem is no ordinary word, beside one whose stem is none either,
// gives 1 (响X潭、月X湾: a list of named waters).
func toponymSibling(tt *tokText, fs []Finding, cands []toponymCand, ci int) int {
	c := cands[ci]
	best := 0
	consider := func(class topoClass) {
		if class == c.class {
			best = max(best, 2)
		} else {
			best = max(best, 1)
		}
	}
	weak := func(o toponymCand) {
		if o.class == c.class && o.lex >= 1 && c.lex >= 1 {
			best = max(best, 1)
		}
	}
	// neighbour weighs the list item on one side: one that ends at sep
	// (before) or begins there (after)
	neighbour := func(sep int, after bool) {
		b := tt.off[sep]
		for _, o := range cands {
			if !after && o.e == sep || after && o.s == sep {
				if o.score >= 2 {
					consider(o.class)
				}
				weak(o)
			}
		}
		for _, f := range fs {
			if (!after && f.End == b || after && f.Start == b) && f.Type == LOCATION && !f.generic {
				consider(toponymClassOf(f.Text))
			}
		}
	}
	// the item before: separator right before the stem
	if sep := listSepBefore(tt, c.s); sep >= 0 {
		neighbour(sep, false)
	}
	// the item after: separator right after the kind
	if sep := listSepAfter(tt, c.e); sep >= 0 {
		neighbour(sep, true)
	}
	return best
}

// listSepBefore returns where the list item before rune s ends when a
// list separator (、 和 与 及) stands right before s, or -1.
func listSepBefore(tt *tokText, s int) int {
	if s <= 1 {
		return -1
	}
	switch tt.runes[s-1] {
	case '、', '和', '与', '及':
		if tt.runes[s-1] != '、' && !tt.tokStart(s-1) {
			return -1
		}
		return s - 1
	}
	return -1
}

// listSepAfter returns where the list item after rune e begins when a
// list separator stands at e, or -1.
func listSepAfter(tt *tokText, e int) int {
	if e+1 >= len(tt.runes) {
		return -1
	}
	switch tt.runes[e] {
	case '、', '和', '与', '及':
		if tt.runes[e] != '、' && !(tt.tokStart(e) && tt.tokStart(e+1)) {
			return -1
		}
		return e + 1
	}
	return -1
}

// toponymClassOf returns the class of the kind a place name ends in, or 0.
func toponymClassOf(name string) topoClass {
	r := lastRune(name)
	if !toponymKindLast.has(r) {
		return 0
	}
	for _, k := range toponymKindsByLast[r] {
		if strings.HasSuffix(name, k) && len(name) > len(k) {
			return toponymKinds[k]
		}
	}
	return 0
}
