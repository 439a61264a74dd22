package anonymize

import "strings"

// This file holds round fac16: named facilities whose name is no place of
// the gazetteer and no stem class of sites13 — an ordinary word (白马, 运河,
// 茶山), a transliteration (聚乎更, 三盛公) or a landmark (十八梯) — before a
// kind of facility that the site and toponym rules lack. fac16 runs right
// after kind16 (anonymize.go), before tour16's named sites:
//
//   - a stem before a facility kind that is nearly always named (航电枢纽,
//     水利枢纽, 矿区, 灌区, 索道, 烈士陵园, 旧址, 小栈): any plain noun stem that
//     is no generic modifier names it (facNamed16, strong kinds);
//   - a stem before a kind that generic phrases end in as often (枢纽, 电站,
//     市场, 停车场, 公园, 驿站): the stem must look like a name — it stands
//     right after a place the rules found (X镇|上洋电站), it ends in a
//     landform or water character (运河, 分水岭, 十八梯), or gojieba reads it
//     as a place or abbreviation (facNameLike16);
//   - a qualifier may stand between the stem and the kind (十八梯|地下|停车场,
//     粤赣|省委|旧址, 运河|风情|公园), and a trade between a name and a market
//     (运河|轴承|市场) (facMiddles16);
//   - an irrigation district read together with the water-use word glued to
//     it (X镇引黄|灌区) gives the word back to keep37 (placeFunctionStem37,
//     the one owner of that class): 引黄灌区 is a kind.
//
// No stem is read right after a number (800|余人到|烈士陵园: facBounded16),
// nor one that a rule found as a place on its own (丰渠|灌区: the kind stays
// readable; facStemAt16).
//
// The stem and the kind are masked together, wherever they stand in the
// text; the kind alone, or after a generic stem (县城污水泵站, 智慧农贸市场,
// 公共停车场, 革命烈士陵园, 党群服务驿站), stays readable.

// facKinds16 are the facility kinds of this round and whether they are
// strong (a plain noun stem names them). Class comments say which class of
// leak each line fixes.
var facKinds16 = map[string]bool{
	// water-control hubs and hydropower (白马航电枢纽, 三盛公水利枢纽, 河套灌区, 上洋电站)
	"航电枢纽": true, "水利枢纽": true, "灌区": true, "枢纽": false, "水电站": false, "电站": false,
	// mines and mining areas (聚乎更矿区)
	"矿区": true,
	// cableways and parking (长江索道, 十八梯地下停车场)
	"索道": true, "停车场": false,
	// memorial sites (鄂豫皖苏区革命烈士陵园, 粤赣省委旧址)
	"烈士陵园": true, "陵园": true, "旧址": true,
	// small shops and inns (茶山小栈)
	"小栈": true, "驿站": false,
	// markets and parks named after a landmark (运河轴承市场, 运河风情公园)
	"市场": false, "商城": false, "公园": false,
}

// facTable16 finds the kinds of facKinds16 by their first character,
// longest first (烈士陵园 before 陵园).
var facTable16 = func() *urbanKindTable15 {
	var ks []string
	for k := range facKinds16 {
		ks = append(ks, k)
	}
	return newUrbanKindTable15(ks)
}()

// facMiddles16 are qualifiers that stand between a facility's name and its
// kind (十八梯|地下|停车场, 粤赣|省委|旧址, …苏区|革命|烈士陵园, 运河|风情|公园).
var facMiddles16 = wordSet(`地下 立体 智能 革命 省委 县委 市委 地委 特委 区委 苏维埃 红军 会议 风情 文化 休闲 湿地 生态 遗址`)

// facMarketKinds16 take a trade between their name and the kind
// (运河|轴承|市场, 甲|特产|市场).
var facMarketKinds16 = wordSet(`市场 商城`)

// facGeneric16 are stems that say what a facility serves, holds or is
// made of, or where it stands, not which one it is: 交通枢纽, 光伏电站,
// 原油码头, 废弃矿区, 引黄灌区, 观光索道, 党群服务驿站.
var facGeneric16 = wordSet(`交通 物流 综合 算力 数据 能源 信息 航空 铁路 公路 水运 港口 国际 区域 全国 国家 国内 省级 市级 县级 地方 内陆 沿海 枢纽
	污水 雨水 排涝 排水 提灌 灌溉 光伏 风电 风力 储能 蓄能 抽水蓄能 水力 火力 小水 水电 梯级 分布式 集中式 燃气 垃圾 生物质 充电 换电 变电 余热 地热
	原油 成品油 煤炭 集装箱 散货 客运 货运 观光 游览 旅游 停车 公共 社会 专用 临时 机械 地面
	革命 红色 烈士 英雄 先烈 纪念 遗址 古迹 文物
	废弃 遗留 采煤 露天 闭坑 关闭 采空 煤矿 矿山 稀土 有色 非煤 金属
	引黄 引水 提水 扬水 自流 井灌 渠灌 万亩 千亩 灌溉区
	党群 服务 党员 爱心 暖心 户外 劳动者 骑手 快递 邮政 志愿 志愿者 健康 人才 法律 读书 书香 职工 工会 妇女 青年 儿童 老年 便民 乡村 农家
	客源 出口 进口 资本 金融 劳动力 人力资源 技术 产权 消费 要素 期货 证券 房地产 土地 海外 境外 国外 城乡 县域 农村 城市 主要 细分 终端 目标 新兴 下沉
	批发 零售 交易 专业 商品 小商品 农产品 特产 农贸 集贸 蔬菜 水果 粮油 建材 家具 汽车 二手车 花卉 苗木 药材 中药材 牲畜 活畜 水产 海鲜
	城区 县城 城镇 集镇 中心 主题 生态 湿地 森林 地质 口袋 街心 滨河 滨江 社区 体育 文化 休闲 人民 植物 动物 遗址公园
	大型 中型 小型 大中型 重点 骨干 新建 在建 现有 已建 全部 各类`)

// facLandRunes16 end the landform or water a facility is named after
// (运河, 分水岭, 十八梯, 任山河).
var facLandRunes16 = runeBitsOf("河江湖山岭峰岩洞湾坝梯溪泉塘滩岛峡沟渠")

// facNamePOS16 are gojieba's tags of a place, a name, an abbreviation or a
// word it made up (白马/ns, 鄂豫皖/j, 聚乎/x): a stem word of this tag may
// take an abbreviation or place before it (鄂豫皖|苏区, facStemStart16).
func facNamePOS16(pos string) bool {
	switch pos {
	case "ns", "nz", "j", "x", "nrt", "nr":
		return true
	}
	return false
}

// facBadPOS16 are tags of no name's part: verbs, pronouns, prepositions,
// conjunctions, particles, measure words, locatives, time words,
// adjectives and distinguishing words, idioms, modal words, interjections
// and onomatopoeia (废弃|矿区, 推进|…, 配套|…). They stop a stem's words
// (facStemTokens16) and the short words read before a one-character word
// (facStemStart16).
func facBadPOS16(pos string) bool {
	switch pos {
	case "v", "vn", "vd", "p", "c", "r", "u", "uj", "ul", "uz", "ug", "ud", "uv", "q", "f", "t", "a", "ad", "an", "y", "e", "o", "b", "l":
		return true
	}
	return false
}

// fac16 adds the named facilities of this round to fs, with their other
// occurrences in the text (everywhere28).
func fac16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if out := facNamed16(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// facNamed16 finds a stem before a kind of facKinds16 (see the file's
// comment), at most one finding over any rune.
func facNamed16(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for e := 2; e < n; e++ {
		kl := facTable16.at(tt, e)
		if kl == 0 {
			continue
		}
		end := e + kl
		if !urbanKindEnds15(tt, e, end) {
			continue // 市场化, 公园里 …: the kind begins a longer word
		}
		if f, ok := facStemAt16(tt, fs, e, end, tt.sub(e, end)); ok && !overlapsAny(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	return out
}

// facStemAt16 reads the facility's name before the kind at e..end (kind is
// its text): an optional qualifier (facMiddles16) or, before a market, a
// trade, then the stem of two to six characters; it returns the stem,
// qualifier and kind as one LOCATION finding.
func facStemAt16(tt *tokText, fs []Finding, e, end int, kind string) (Finding, bool) {
	ks := e
	if !tt.tokStart(e) {
		return Finding{}, false // 污水泵|站: the kind's start is glued to the word before
	}
	// a qualifier or a market's trade between the stem and the kind
	middle := ""
	if t := tt.tokenBefore(e); t != nil && t.end == e && t.start < e {
		w := t.word
		if facMiddles16[w] || facMarketKinds16[kind] && t.n() == 2 && (t.pos == "n" || t.pos == "nz") && !urbanGenericMods15[w] && !classStems[w] {
			middle = w
			ks = t.start
		}
	}
	s, afterPlace := facStemStart16(tt, fs, ks)
	if s < 0 || ks-s < 2 || ks-s > 6 {
		return Finding{}, false
	}
	for i := range fs {
		if f := &fs[i]; f.Start == tt.off[s] && f.End == tt.off[ks] && (f.Type == LOCATION || f.Type == ORG) && !f.generic && !weak19(f) {
			return Finding{}, false // 丰渠|灌区: the stem found as a place on its own; the kind stays readable
		}
	}
	stem := tt.sub(s, ks)
	if numeralRune(tt.runes[s]) && strings.ContainsRune("是要", tt.runes[s+1]) {
		return Finding{}, false // 一是|灌区现代化改造: an enumeration's mark
	}
	if facGenericStem16(stem) || !facStemTokens16(tt, s, ks) || countStem13(tt.runes[s:ks]) {
		return Finding{}, false
	}
	if middle == "" && facMiddles16[stem] {
		return Finding{}, false
	}
	if l := getLexicon(); l.common[stem+middle+kind] || l.common[tt.sub(s, end)] {
		return Finding{}, false // a set phrase
	}
	if !afterPlace && !facBounded16(tt, fs, s) {
		return Finding{}, false // 区域|物流枢纽: the stem is the tail of a longer phrase
	}
	if afterPlace && ks-s == 2 && !facLandRunes16.has(tt.runes[ks-1]) {
		if t := tt.tokenAt(s); t != nil && t.start == s && t.end == ks && (t.pos == "n" || t.pos == "vn") {
			return Finding{}, false // 黄龙山|紫砂矿区: a thing's name after the place is what the site holds
		}
	}
	if facMarketKinds16[kind] {
		// a market is mostly the economic one (欧美市场, 客源市场): only
		// a place before it or a landmark's name makes it a marketplace
		// (X街道|甲特产市场, 运河|轴承市场), and no body or term of the
		// economy follows (市场监管所)
		if !afterPlace && !facLandRunes16.has(tt.runes[ks-1]) || facMarketNext16(tt, end) {
			return Finding{}, false
		}
	} else if !facKinds16[kind] && !afterPlace && !facNameLike16(tt, s, ks) {
		return Finding{}, false
	}
	return found19(tt, LOCATION, s, end, "fac16,"+kind), true
}

// facStemStart16 returns where the stem ending at rune ks begins, or -1,
// and whether a place or body the rules found ends right before it: the
// word before the kind, with the short words before it when it has one
// character (十八|梯, 聚乎|更, 粤|赣), or with the abbreviation or place
// before it (鄂豫皖|苏区); a place found inside the word before gives the
// stem its start (白樟镇|上洋: gojieba cut 镇上|洋).
func facStemStart16(tt *tokText, fs []Finding, ks int) (int, bool) {
	t := tt.tokenBefore(ks)
	if t == nil || t.end != ks || !allHan(t.word) {
		return -1, false
	}
	s := t.start
	if t.n() == 1 {
		// words of one or two characters before it, until the stem has
		// three characters or more (four at most)
		for s > 0 && ks-s < 3 {
			p := tt.tokenBefore(s)
			if p == nil || p.end != s || !allHan(p.word) {
				break
			}
			if r := facPlaceEndIn16(tt, fs, p.start, p.end); r > 0 {
				return r, true // 白樟镇|上洋: gojieba cut 镇上|洋
			}
			if p.n() > 2 || facBadPOS16(p.pos) || facOverlaps16(fs, tt.off[p.start], tt.off[p.end]) {
				break
			}
			s = p.start
		}
	} else if facNamePOS16(t.pos) {
		if p := tt.tokenBefore(s); p != nil && p.end == s && allHan(p.word) && (p.pos == "j" || p.pos == "ns") && ks-p.start <= 6 && !facOverlaps16(fs, tt.off[p.start], tt.off[p.end]) {
			s = p.start
		}
	}
	// a place found over the start of the stem: the stem begins where it ends
	if r := facPlaceEndIn16(tt, fs, s, ks); r > 0 {
		return r, true
	}
	if placeEnds19(tt, fs, s) {
		return s, true
	}
	// a character gojieba cut off the name's head right after a place
	// (新渥街道|浙|八味: 浙八味 is the name)
	if p := tt.tokenBefore(s); p != nil && p.end == s && p.n() == 1 && ks-p.start <= 5 && placeEnds19(tt, fs, p.start) &&
		isHan(tt.runes[p.start]) && !functionRuneBits.has(tt.runes[p.start]) && !facBadPOS16(p.pos) {
		return p.start, true
	}
	return s, false
}

// facPlaceEndIn16 returns the rune where a place or body the rules found
// ends inside runes s..e, having begun at or before s, or -1.
func facPlaceEndIn16(tt *tokText, fs []Finding, s, e int) int {
	for i := range fs {
		f := &fs[i]
		if (f.Type == LOCATION || f.Type == ORG) && !f.generic && !weak19(f) && f.Start <= tt.off[s] && f.End > tt.off[s] && f.End < tt.off[e] {
			if r := tt.runeAt(f.End); r > s {
				return r
			}
		}
	}
	return -1
}

// facOverlaps16 reports a finding over bytes b..e that is no generic or
// weak reading (粤 read alone as a province's short form gives way to 粤赣)
// nor a person (塔拉|更矿区: a person's name before a mining area is the
// head of the area's transliterated name).
func facOverlaps16(fs []Finding, b, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start < e && b < f.End && !f.generic && !weak19(f) && f.Type != PERSON {
			return true
		}
	}
	return false
}

// facStemTokens16 reports whether the words of runes s..ks may make a
// name: the first character is Han, begins no stem (toponymStemStop: 该,
// 各, 第 …) and is no administrative level (县, 乡 …), nor is the last of a
// two-character stem (…县|市场); none of its words has a tag of
// facBadPOS16, an adverb is only a one-character word after the first (a
// cut name's part: 聚乎|更) and a numeral is not the last word. A word that
// began before s (白樟镇|上洋: the word gojieba cut over the place's end)
// is skipped.
func facStemTokens16(tt *tokText, s, ks int) bool {
	if !isHan(tt.runes[s]) || toponymStemStop.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[ks-1]) && ks-s == 2 {
		return false
	}
	for i := s; i < ks; {
		t := tt.tokenAt(i)
		if t == nil {
			return false
		}
		if t.start < s {
			i = t.end // (白樟镇|上洋: the word gojieba cut over the place's end)
			continue
		}
		if facBadPOS16(t.pos) || t.pos == "d" && (i == s || t.n() > 1) || t.pos == "m" && t.end >= ks {
			return false
		}
		i = t.end
	}
	return true
}

// facGenericStem16 reports a stem that says what kind of facility it is
// (facGeneric16, the class stems of the toponym rule and urban15), or
// begins or ends with such a word (历史遗留|矿区, 智慧农贸|市场).
func facGenericStem16(stem string) bool {
	g := func(w string) bool {
		return facGeneric16[w] || classStems[w] || urbanGenericMods15[w] || siteGenericStems13[w] || areaStemWords23[w]
	}
	if g(stem) {
		return true
	}
	r := []rune(stem)
	if len(r) >= 3 && (g(string(r[:2])) || g(string(r[len(r)-2:]))) {
		return true
	}
	for _, uses := range functionFacilities14 {
		if hasAnySuffix14(stem, uses) { // (no use is "")
			return true
		}
	}
	return false
}

// facBounded16 reports whether a facility's name may begin at rune s: the
// text's start, no Han character, a glue character or a bound of leaks19
// (bounded19: a stop, a place found, a town's centre) before it, or a word
// tagged verb, preposition, conjunction, adverb or the particles 的/了
// (建成|运河风情公园, 依托|…); never right after a digit or numeral.
func facBounded16(tt *tokText, fs []Finding, s int) bool {
	if s > 0 && (isDigitRune(tt.runes[s-1]) || numeralRune(tt.runes[s-1])) {
		return false // 800|余人到|烈士陵园: a word after a number counts, it names nothing
	}
	if s == 0 || !isHan(tt.runes[s-1]) || siteGlue13.has(tt.runes[s-1]) || bounded19(tt, fs, s) {
		return true
	}
	p := tt.tokenBefore(s)
	if p == nil || p.end != s {
		return false
	}
	switch p.pos {
	case "v", "vn", "p", "c", "d", "uj", "ul":
		return true
	}
	return false
}

// facNameLike16 reports whether a stem before a kind generic phrases also
// end in looks like a name: it ends in a landform or water character
// (运河, 分水岭), or holds a word gojieba reads as a place, an
// abbreviation, a proper noun or made up (ns, j, nz, x: 鄂豫皖, 聚乎).
func facNameLike16(tt *tokText, s, ks int) bool {
	if facLandRunes16.has(tt.runes[ks-1]) {
		return true
	}
	for i := s; i < ks; {
		t := tt.tokenAt(i)
		if t == nil {
			return false
		}
		if t.pos == "ns" || t.pos == "j" || t.pos == "x" || t.pos == "nz" {
			return true
		}
		i = t.end
	}
	return false
}

// facMarketTerms16 follow 市场 in a body or a term of the economy
// (市场监管所, 市场主体, 市场化), never after a marketplace's name.
var facMarketTerms16 = []string{"监管", "管理", "主体", "准入", "经营", "秩序", "体系", "价格", "需求", "份额", "营销", "竞争", "监督", "化", "环境", "机制", "资源", "空间", "前景", "潜力", "占有", "拓展", "开拓", "规模", "行情", "信息", "监测", "调节", "配置", "运行", "经济", "部门", "所", "局", "服务中心", "发展中心"}

// facMarketNext16 reports a term of facMarketTerms16 right after rune e
// (市场|监管所): the economic market, no marketplace.
func facMarketNext16(tt *tokText, e int) bool {
	return hasAnyPrefix13(tt.text[tt.off[e]:], facMarketTerms16)
}
