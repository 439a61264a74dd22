package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round tour16: ordinary phrases of culture-and-tourism
// reports (文旅工作汇报, 全域旅游, 非遗保护) that a recognizer masked, each
// kept by its class (found by the tour probe and TestTourSweep16):
//   - a generic tourism phrase: modifiers of the genre before a kind of
//     facility or product (红色旅游|景区, 经智慧|景区, 文创街区, 通景公路,
//     非|遗工坊, 国潮文|创), read as a scenic area, a place or a firm
//     (tourPhrase16);
//   - a regional opera named after a place (黄梅戏, 庐剧): the place's
//     short form or a name read inside it (regionalForm16);
//   - a verb phrase read as the name of a scenic area or reserve before its
//     kind (成功获批|国家级文化生态保护区) (scenicVerb16);
//   - a national body or event of culture and tourism (中国旅游研究院,
//     中国国际旅游交易会) (nationalCulture16);
//   - a word of the genre read as a given name (汪氏|宗祠, 徽州|古韵,
//     国潮) (genreGiven16).
//
// keep16 is the last round of Analyze's chain, after keep37 and before the
// policy's filter and keep21 (anonymize.go); occurrence16 tests a regional
// form again at each occurrence of a masked text (redaction.go). The file
// also holds one leak class, tourSites16, which runs right after fac16:
// festivals, halls, museums, old streets and scenic areas of a stem of
// their own (白云|花海节, 听溪|戏台).

// keep16 drops the findings of fs that are ordinary phrases of the classes
// above.
func keep16(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding16)
}

// keepFinding16 returns f, never cut, and whether f is an ordinary phrase
// of tour16's classes as a whole. The other findings (keepEach33's third
// argument) are not asked.
func keepFinding16(tt *tokText, f Finding, _ []Finding) (Finding, bool) {
	text := tt.text
	switch {
	case tourPhrase28(tt, f): // (tourPhrase16 over tt's runes: speed28.go)
		return f, true
	case regionalForm16(text, f.Start, f.End):
		return f, true
	case f.Type == LOCATION && strings.HasPrefix(f.Evidence, "scenic") && scenicVerb16(f.Text):
		return f, true
	case f.Type == ORG && nationalCulture16(f.Text):
		return f, true
	case f.Type == PERSON && genreGiven16[f.Text]:
		return f, true
	}
	return f, false
}

// ------------------------------------------------------ generic tourism phrases

// tourMods16 describe a kind of tourism, a product or a facility without
// naming it; longest first where one is the head of another.
var tourMods16 = []string{
	"红色旅游", "乡村旅游", "文化旅游", "生态旅游", "康养旅游", "研学旅行",
	"沉浸式", "红色", "旅游", "文旅", "农旅", "茶旅", "体旅", "智慧", "文创", "通景",
	"生态", "研学", "非遗", "康养", "夜游", "夜间", "民俗", "休闲", "网红", "精品",
	"特色", "主题", "国潮", "星级", "乡村", "田园", "亲子", "房车", "自驾", "徒步", "观光",
}

// tourFacilities16 end a generic tourism phrase (…|景区, …|工坊); their
// order does not matter: tourPhraseLen16 takes the longest that matches.
var tourFacilities16 = []string{
	"景区", "街区", "公路", "步道", "绿道", "营地", "露营地", "小镇", "基地", "线路", "专线",
	"商店", "产品", "平台", "集聚区", "园区", "综合体", "民宿", "工坊", "演出", "业态",
	"消费", "经济", "服务中心", "集散中心", "驿站",
}

// tourPhraseLen16 returns the length in bytes of the generic tourism
// phrase at the start of s (modifiers, then at most one facility) and
// whether it is one: two parts at least, or one modifier and a facility.
func tourPhraseLen16(s string) (int, bool) {
	n, parts := 0, 0
	for {
		m := firstPrefix(s[n:], tourMods16)
		if m == "" {
			break
		}
		n += len(m)
		parts++
	}
	if parts == 0 {
		return 0, false
	}
	if k := longestPrefix16(s[n:], tourFacilities16); k != "" {
		n += len(k)
		parts++
	}
	return n, parts >= 2
}

// longestPrefix16 returns the longest entry of ws that s begins with, or
// "" (firstPrefix returns the first in ws' order): a tourism phrase's
// facility, a national body's field (旅游饭店 before 旅游).
func longestPrefix16(s string, ws []string) string {
	best := ""
	for _, w := range ws {
		if len(w) > len(best) && strings.HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

// routeVerbs16 stand before a place on a route (经|智慧景区) and may be
// read into a finding.
var routeVerbs16 = []string{"经", "赴", "到", "至", "往"}

// tourPhrase16 reports a finding that lies inside a generic tourism phrase
// beginning at most three characters before it (非|遗工坊) or at its start
// after a route verb the finding swallowed (经|智慧|景区).
func tourPhrase16(text string, f Finding) bool {
	start := f.Start
	if v := firstPrefix(f.Text, routeVerbs16); v != "" && len(f.Text) > len(v) {
		start += len(v)
	}
	p := start
	for back := 0; back <= 3; back++ {
		if tourModAt23(text, p) { // (no modifier begins elsewhere: speed23.go)
			if n, ok := tourPhraseLen16(text[p:]); ok && p+n >= f.End {
				return true
			}
		}
		if p == 0 {
			break
		}
		_, w := utf8.DecodeLastRuneInString(text[:p])
		p -= w
	}
	return false
}

// ------------------------------------------------------ regional forms

// regionalForms16 are regional operas that carry a place's name or short
// form (黄梅戏 of 黄梅县, 庐剧 of 庐州). Crafts named after their place
// (宜兴紫砂, 徽州三雕) are no such form: there the place is the maker's.
var regionalForms16 = strings.Fields(`黄梅戏 花鼓戏 采茶戏 花灯戏 越剧 庐剧 豫剧 川剧 湘剧 赣剧 潮剧 粤剧 桂剧 滇剧 黔剧 晋剧 吕剧 淮剧 锡剧 婺剧 徽剧 汉剧 楚剧 扬剧 沪剧 甬剧 绍剧 闽剧 琼剧 邕剧 莆仙戏 梨园戏 高甲戏 歌仔戏 秦腔 蒲剧 评剧 京剧 昆曲 昆剧 黄梅调 河北梆子 山西梆子`)

// regionalForm16 reports a span [s, e) of text inside a regional form
// (黄梅 inside 黄梅戏) that begins at most four characters before s.
func regionalForm16(text string, s, e int) bool {
	lo := s - 12
	if lo < 0 {
		lo = 0
	}
	for lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo++
	}
	// (speed29: one pass over the window's bytes instead of a search for
	// each of the 45 forms: a form's last character is one of
	// regionalLast16, three bytes, and the form must end at e or after,
	// so only the ends from e on where such a character stands are
	// tried, with the forms ending in it; the search cost about 1.2 M
	// instructions per fixture pass. No form overlaps itself, so the
	// occurrences the search skipped held none.)
	hi := min(s+regionalFormMax16, len(text))
	for x := max(e, lo+3); x <= hi; x++ {
		c := text[x-3]
		if c&0xF0 != 0xE0 {
			continue
		}
		if r := rune(c&0x0F)<<12 | rune(text[x-2]&0x3F)<<6 | rune(text[x-1]&0x3F); regionalLast16.has(r) {
			for _, o := range regionalByLast29[r] {
				// the form ends at x and must begin in lo..s
				if p := x - len(o); p >= lo && p <= s && text[p:x] == o {
					return true
				}
			}
		}
	}
	return false
}

// occurrence16 reports whether the occurrence of e at byte i of s lies in
// a regional form (黄梅 of 黄梅县 inside 黄梅戏) although e is masked
// elsewhere in the document.
func occurrence16(e *entity, s string, i int) bool {
	if e.typ != LOCATION && e.typ != PERSON {
		return false
	}
	return regionalForm16(s, i, i+len(e.text))
}

// ------------------------------------------------------ verbs before a kind

// scenicVerbs16 end a verb phrase that a scenic area's rule read as its
// name (成功获批|国家级文化生态保护区).
var scenicVerbs16 = []string{"获批", "批准", "创建", "申报", "申创", "入选", "建成", "命名", "认定", "晋升", "列入", "获评", "荣获", "成功", "打造", "建设", "争创", "创成"}

// scenicVerb16 reports a scenic finding that is a verb phrase: it ends in
// a verb of scenicVerbs16 (成功获批).
func scenicVerb16(w string) bool {
	return firstSuffix(w, scenicVerbs16) != ""
}

// ------------------------------------------------------ national bodies

// cultureFields16 name the field of a national body of culture and
// tourism (中国|旅游|研究院).
var cultureFields16 = []string{"国际", "旅游", "文化", "艺术", "文物", "博物馆", "非物质文化遗产", "民间文艺", "曲艺", "戏剧", "美术", "摄影", "书法", "音乐", "舞蹈", "旅行社", "旅游饭店", "旅游景区", "乡村旅游", "文化产业", "文化遗产"}

// cultureKinds16 end a national body or event of culture and tourism;
// 家协会 before 协会, which firstSuffix would take first and leave the 家
// of 摄影家 to the fields (中国摄影家协会, 中国民间文艺家协会).
var cultureKinds16 = []string{"研究院", "家协会", "协会", "学会", "研究会", "联合会", "交易会", "博览会", "研究基地", "报社"}

// nationalCulture16 reports 中国 + fields of culture and tourism + the kind
// of a national body or event (中国旅游研究院, 中国国际旅游交易会).
func nationalCulture16(w string) bool {
	rest, ok := strings.CutPrefix(w, "中国")
	if !ok {
		return false
	}
	k := firstSuffix(rest, cultureKinds16)
	if k == "" {
		return false
	}
	rest = strings.TrimSuffix(rest, k)
	if rest == "" {
		return false
	}
	for rest != "" {
		f := longestPrefix16(rest, cultureFields16)
		if f == "" {
			return false
		}
		rest = rest[len(f):]
	}
	return true
}

// ------------------------------------------------------ genre words as names

// genreGiven16 are words of the genre that a surname rule read as a given
// name or a whole name (汪氏|宗祠, 徽州|古韵, 国潮).
var genreGiven16 = wordSet(`宗祠 祠堂 支祠 家庙 古韵 古风 国潮 乡愁 龙舟 花灯 剪纸 皮影 傩舞 舞龙 舞狮 庙会 灯会 民宿`)

// ------------------------------------------------------ named sites (leaks)

// tourSiteHeads16 end the name of a festival, a hall, a museum, an old
// street or a scenic area whose stem is a word of its own (白云|花海节,
// 听溪|戏台, 古樟|非遗馆, 初见|古街, 明月|风景名胜区); heads of two
// characters or more only: 观, 庵, 阁 end ordinary words too.
var tourSiteHeads16 = []string{
	"灯会", "庙会", "文化节", "艺术节", "旅游节", "音乐节", "花海节", "美食节", "文化旅游节",
	"旧居", "故居", "戏台", "书院", "古民居", "祠堂",
	"非遗馆", "陈列馆", "博物馆", "美术馆", "艺术馆", "纪念馆", "展览馆",
	"古街", "老街", "古巷", "历史街区", "古镇", "古村",
	"旅游区", "风景区", "风景名胜区", "旅游度假区", "森林公园", "湿地公园",
}

// tourStemNot16 are stems that name a festival's theme, a level, a
// field or a time, no one site (文化|艺术节, 县级|博物馆, 元宵|灯会).
var tourStemNot16 = wordSet(`全域 全县 全市 全镇 国际 世界 全国 民间 民族 群众 少儿 青少年 校园 社区 姓氏 宗族 家族 百家 冰雪 丰收 农民 美食 音乐 艺术 文化 旅游 民俗 非遗 红色 消夏 避暑 新春 春节 元宵 端午 中秋 国庆 重阳 七夕 夏季 秋季 冬季 春季 夏日 年度 首届 全民 山地 森林 湿地 海洋 滨海 草原 沙漠 茶叶 采茶 赏花 啤酒 龙虾 稻田 稻香 晒秋 开渔 开海 油菜 花灯 彩灯 灯笼 名人 革命 烈士 先烈 名家 书画 摄影 民宿 历史 传统 古代 近代 现代 当代 自然 地质 科技 农业 农耕 工业 城市 县城 城区 老城 新城 乡镇 街道 沿河 沿江 沿街 主要 重点 核心 知名 著名 周边 沿线 各个 各类 所有 全部 现有 已有 其他 其它 古老 百年 千年 明清 唐宋 省级 市级 县级 国家 国家级 一个 一批 部分 多个 茶马 丝路 运河 长城 长征 黄河 长江`)

// tourVerbs16 stand right before a named site in these reports (举办|白云花海节,
// 修缮|听溪戏台, 前往|初见古街).
var tourVerbs16 = wordSet(`举办 举行 承办 修缮 开放 前往 参观 游览 来到 走进 推出 升级 开发 保护 命名 创建 改造 提升 入驻 落户 亮相 参加 依托 经过 途经 抵达 到达 经 赴 至 到 在`)

// tourSites16 finds named sites and festivals of a two-character stem and
// a head of tourSiteHeads16 that begin at the text's start, after a stop,
// a word for a town's centre (townBefore19), 的, 届, a verb of the genre
// (tourVerbs16) or a work verb (workVerbs19), not after a place: it adds
// them to fs as they are, without add19's clash test.
func tourSites16(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	n := len(tt.runes)
	var out []Finding
	// every head's occurrences in one walk, head by head (speed26)
	for _, h := range tourHeadsByLast26.hits(tt, nil) {
		head, k := tourSiteHeads16[h.k], int(h.e)
		b := k - 2
		if b < 0 {
			continue
		}
		// not after a place the rules found: there the stem may be
		// the place's own epithet (北川|羌城旅游区)
		if !(b == 0 || stop19.has(tt.runes[b-1]) || townBefore19(tt, b) || tt.runes[b-1] == '的' || tt.runes[b-1] == '届' || verbBefore19(tt, b) || tourVerbBefore16(tt, b)) {
			continue
		}
		z := k + runeLen(head)
		if z < n && isHan(tt.runes[z]) && !tt.tokStart(z) {
			continue // the head runs on into a longer word
		}
		if b > 0 && isHan(tt.runes[b-1]) && !tt.tokStart(b) {
			continue // the stem is the tail of a longer word
		}
		stem := tt.sub(b, k)
		if t := tt.tokenAt(b); t != nil && t.start == b && t.end == k && strings.HasPrefix(t.pos, "v") {
			continue // a verb before the head (启动|老街…)
		}
		if festivalHead16(head) && themeStem16(tt, b, k) {
			continue // a festival of a theme (黄皮|文化节, 吉他|音乐节)
		}
		if tourStemNot16[stem] || festivalProduce15.has(tt.runes[k-1]) || !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || !innStem15(tt, stem, tt.sub(b, z)) || startsWithin19(fs, tt.off[b], tt.off[k]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, b, z, "tour-site16"))
	}
	if len(out) == 0 {
		return fs
	}
	return append(fs, out...)
}

// festivalHead16 reports a festival's head (…节, 灯会, 庙会): its stem may
// be a theme (themeStem16).
func festivalHead16(h string) bool {
	return strings.HasSuffix(h, "节") || strings.HasSuffix(h, "会")
}

// themeStem16 reports a stem of runes b..k that is one word of the
// dictionary gojieba tags as no person and no made-up word: a festival's
// theme (a fruit, an instrument, a craft: 黄皮/n, 吉他/ns), where a made-up
// word or a name names one festival (竹溪/nz|花海节, 白云/nr|花海节). A
// stem gojieba tags as a place (ns) counts as a theme here: a place's own
// festival is left to the place rules, which mask the place alone
// (竹山|文化节).
func themeStem16(tt *tokText, b, k int) bool {
	t := tt.tokenAt(b)
	if t == nil || t.start != b || t.end != k {
		return false
	}
	switch t.pos {
	case "nz", "x", "nr", "nrt":
		return false
	}
	return true
}

// tourVerbBefore16 reports whether a verb of tourVerbs16 ends right before
// rune s as a word of its own.
func tourVerbBefore16(tt *tokText, s int) bool {
	if s == 0 || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenBefore(s)
	return t != nil && tourVerbs16[t.word]
}
