package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round leaks26: classes behind the misses of the
// training sets span-train30 … 32 (coasts, border ports, landmarks named
// alone, minority names), each recognised by the words around the name
// rather than by the name:
//   - a person found unspaced whose characters stand spaced apart
//     elsewhere in the document (a 述职 header's 岩 X X, 述职人：岩XX):
//     the spaced form is the same name (document level, spacedForms26);
//   - the items of a list closed by a count that equals the number of
//     items and a kind of sight, work or fort (甲、乙、丙三处观景点, 甲、乙
//     两处炮台): each item is one named place;
//   - a fishing port, beach, cove or land port (X渔港, X沙滩, X岙, X口岸)
//     whose stem gojieba reads as ordinary words or a person, at a stop;
//   - a quoted name right before the word for a hotel (“…”酒店, “…”宾馆)
//     or ending with the word for an eating place (“…小厨”, “…海鲜排档”);
//   - a place's other name in brackets right after a port or station the
//     rules found (…口岸（X）, …站（X）);
//   - a compound named by the work unit whose staff it housed (X厂家属院,
//     X局家属楼) or an apartment block of a two-character stem (X公寓)
//     at a stop, unless the stem is the kind of tenant (人才公寓);
//   - the other end of a ferry, freight or road route whose one end the
//     rules found (…至X航线, X至…货运专线);
//   - a company's brand with one of its trade words (驼X食品 of …驼X乳业
//     食品有限公司), also after a town the text names (document level,
//     firmTradeForms26).
// A name found so is masked wherever it stands in the text.

// leaks26 adds the findings of this round to the findings fs of one text.
func leaks26(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayHold('、') && (tt.mayHold('处') || tt.mayHold('座')) {
		out = append(out, countedListItems26(tt, fs)...)
	}
	if tt.mayHold2('渔', '港') || tt.mayHold2('沙', '滩') || tt.mayHold('岙') || tt.mayHold2('口', '岸') {
		out = append(out, shoreStems26(tt, fs)...)
	}
	if tt.mayHold('至') {
		out = append(out, routeOtherEnds26(tt, fs)...)
	}
	if tt.mayHold2('家', '属') || tt.mayHold2('公', '寓') {
		out = append(out, unitEstates26(tt, fs)...)
	}
	if tt.mayHold('”') && (mayContainAny21(tt, hotelKinds26) || mayContainAny21(tt, eateryKinds26)) {
		out = append(out, quotedHotels26(tt, fs)...)
	}
	if tt.mayHold('（') {
		out = append(out, portAliases26(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// spacedForms26 returns the forms of the person name w (two to four Han
// characters, no space) that stand in the texts with its characters
// spaced apart by one to three spaces (岩 X X): the same name, to be
// masked too. spaced holds the texts that have a space. memo (nil: none)
// holds the forms of each name already looked for in the same texts: a
// document names a person again and again, and each time every spaced
// text was searched (speed23); the slices it returns are shared, to read.
func spacedForms26(w string, spaced []string, memo map[string][]string) []string {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 4 || hasSpace(w) || len(spaced) == 0 {
		return nil
	}
	out, ok := memo[w]
	if !ok {
		out = spacedFormsIn26(w, spaced)
		if memo != nil {
			memo[w] = out
		}
	}
	return out
}

// spacedFormsIn26 is spacedForms26 without its memo, for a name w of two
// to four characters and no space.
func spacedFormsIn26(w string, spaced []string) []string {
	rs := []rune(w)
	first := string(rs[0])
	var out []string
	for _, t := range spaced {
		for b := 0; b < len(t); {
			k := strings.Index(t[b:], first)
			if k < 0 {
				break
			}
			s := b + k
			b = s + len(first)
			e, ok := spacedMatch26(t, s, rs)
			if !ok {
				continue
			}
			if form := t[s:e]; !slices.Contains(out, form) {
				out = append(out, form)
			}
		}
	}
	return out
}

// spacedMatch26 reports whether the runes rs stand in t from byte s, each
// after the first set off by one to three spaces (half or full width),
// and returns where the match ends. A Han character right before or after
// makes it part of a longer run, no name of its own.
func spacedMatch26(t string, s int, rs []rune) (int, bool) {
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(t[:s]); isHan(r) {
			return 0, false
		}
	}
	i := s
	for k, want := range rs {
		if k > 0 {
			sp := 0
			for i < len(t) && sp < 4 {
				if t[i] == ' ' {
					i++
				} else if strings.HasPrefix(t[i:], "　") {
					i += len("　")
				} else {
					break
				}
				sp++
			}
			if sp == 0 || sp > 3 {
				return 0, false
			}
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if r != want {
			return 0, false
		}
		i += w
	}
	if i < len(t) {
		if r, _ := utf8.DecodeRuneInString(t[i:]); isHan(r) {
			return 0, false
		}
	}
	return i, true
}

// countRunes26 are the numerals of a small count (两处, 三座, 4处).
var countRunes26 = map[rune]int{'两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6}

// countedKinds26 are kinds of sight, work and fort that a count of named
// ones ends with (三处观景点, 两处炮台, 三处汉代遗址).
var countedKinds26 = []string{"观景点", "景点", "观景台", "遗址", "古城", "城址", "炮台", "关隘", "古堡", "烽火台", "岛", "岛屿", "沙滩", "海滩", "码头", "渔港", "港口", "口岸", "灯塔", "古塔", "寺庙", "石窟", "山峰", "溶洞", "温泉", "湖泊", "景区"}

// countedListItems26 finds the items of a list closed by a count equal to
// the number of items and a kind of sight (甲、乙、丙三处观景点): a list
// that counts its items under one kind names one place in each. An item
// is two to four Han characters after a stop, a preposition or a place
// the rules found, no frequent word, no generic stem, no verb inside.
func countedListItems26(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	n := len(tt.runes)
	for i := 1; i+2 < n; i++ {
		// the measure word first, a rune test, before the numeral's map
		if m := tt.runes[i+1]; m != '处' && m != '座' {
			continue
		}
		c, ok := countRunes26[tt.runes[i]]
		if !ok {
			continue
		}
		// the kind within four characters after the count (三处|汉代|遗址)
		kind := false
		for k := i + 2; k <= i+6 && k < n && isHan(tt.runes[k]); k++ {
			if firstPrefix(tt.text[tt.off[k]:], countedKinds26) != "" {
				kind = true
				break
			}
		}
		if !kind {
			continue
		}
		// the items, back from the count over list commas: an item after a
		// list comma runs from it; the first one begins, within five
		// characters, where a name may (after a stop or a preposition, or
		// right after a place the rules found)
		var items [][2]int
		e := i
		for len(items) <= c {
			b := -1
			for k := e - 2; k >= 0 && k >= e-5 && isHan(tt.runes[k]); k-- {
				if k > 0 && tt.runes[k-1] == '、' {
					b = k
					break
				}
			}
			if b >= 0 && !strings.ContainsRune(tt.sub(b, e), '、') {
				items = append(items, [2]int{b, e})
				e = b - 1
				continue
			}
			for k := e - 2; k >= 0 && k >= e-5 && isHan(tt.runes[k]) && tt.runes[k] != '、'; k-- {
				if k == 0 || stop19.has(tt.runes[k-1]) || strings.ContainsRune("在对从把", tt.runes[k-1]) || placeEnds19(tt, fs, k) {
					b = k
					break
				}
			}
			if b >= 0 {
				items = append(items, [2]int{b, e})
			}
			break
		}
		if len(items) != c || c < 2 {
			continue
		}
		for _, it := range items {
			b, e := it[0], it[1]
			w := tt.sub(b, e)
			if l.common[w] || stemNot20[w] || genericPlaceStems[w] || nationalTerms[w] || !plainStem19(tt, b, e) || !landmarkStem24(tt, b, e) || startsWithin19(fs, tt.off[b], tt.off[e]) || overlapsEdge18(fs, tt.off[b], tt.off[e]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, b, e, "counted-list26"))
		}
	}
	return out
}

// shoreKinds26 are kinds of fishing port, beach, cove and land port whose
// stem names one (X渔港, X沙滩, X岙, X口岸).
var shoreKinds26 = []string{"渔港", "沙滩", "岙", "口岸"}

// shoreStemNot26 are stems of those kinds that name no one place: a grade,
// a scope, a kind or a quality (中心渔港, 一级渔港, 避风渔港, 天然沙滩, 智慧口岸).
var shoreStemNot26 = wordSet(`中心 一级 二级 三级 一类 二类 国家一类 国家二类 公路 铁路 陆路 边境 航空 水运 内陆 沿边 开放 进境 指定 陆地 国家级 省级 标准 避风 群众 沿海 天然 人工 优质 海水 海上 滨海 金色 黄金 周边 附近 全县 全市 各地 主要 重点 现代 综合 渔港 沙滩 海岛 智慧 数字 智能 平安 绿色 文明 美丽 特色 新型 一流 国际 区域 跨境`)

// shoreStems26 finds a fishing port, beach, cove or land port of a stem
// of two or three characters (four before 口岸) at a stop, after a
// preposition, a work verb or a place the rules found (…、X沙滩, 在X岙):
// no grade, kind or quality (中心渔港, 智慧口岸), no verb inside, nothing
// found across its edges; a cove's stem also no frequent word.
func shoreStems26(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, kind := range shoreKinds26 {
		kl := runeLen(kind)
		for _, k := range occurrences19(tt, kind) { // (occurrences19 skips a kind the text cannot hold)
			z := k + kl
			if kind == "岙" && z < len(tt.runes) && isHan(tt.runes[z]) && !strings.ContainsRune("新建村镇乡", tt.runes[z]) {
				continue // (岙 opens a longer word or a place's next part: …岙口, …岙里)
			}
			maxLn := 3
			if kind == "口岸" {
				maxLn = 4 // (a port's name is often a transliteration of four)
			}
			for ln := maxLn; ln >= 2; ln-- {
				b := k - ln
				if b < 0 || !(b == 0 || stop19.has(tt.runes[b-1]) || strings.ContainsRune("在对于从把将", tt.runes[b-1]) || placeEnds19(tt, fs, b) || verbBefore19(tt, b)) {
					continue
				}
				stem := tt.sub(b, k)
				if shoreStemNot26[stem] || stemNot20[stem] || genericPlaceStems[stem] || !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || startsWithin19(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
					continue
				}
				if kind == "岙" && l.common[stem] {
					continue
				}
				end := z
				if kind == "口岸" {
					end = k // only the stem: 口岸 stays readable, as leaks25 writes ports (〔地名〕口岸)
				}
				out = append(out, found19(tt, LOCATION, b, end, "shore-stem26"))
				break
			}
		}
	}
	return out
}

// routeWords26 follow the far end of a ferry, freight or road route
// (…至X|航线, …至X|陆海联运航线, …至X|二级公路).
var routeWords26 = []string{"一级公路", "二级公路", "三级公路", "四级公路", "旅游公路", "航线", "客运航线", "货运航线", "陆海联运", "海铁联运", "联运", "货运专线", "专线", "客运专线", "班线", "航班", "客滚", "滚装", "公路", "高速", "铁路", "栈道", "观景栈道", "步道", "绿道"}

// routeOtherEnds26 finds the end of a route that the rules left when they
// found the other one (…至X航线 after a found start, X至…货运专线 before a
// found end): two to five Han characters between 至 and the route's word,
// or between a stop or a work verb and 至; no frequent word, no scope, no
// verb inside.
func routeOtherEnds26(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	n := len(tt.runes)
	for _, z := range occurrences19(tt, "至") {
		if z < 2 || z+3 > n {
			continue
		}
		startFound := placeEnds19(tt, fs, z)
		endFound := false
		for i := range fs {
			if f := &fs[i]; f.Start == tt.off[z+1] && (f.Type == LOCATION || f.Type == ORG) && !weak19(f) {
				endFound = true
				break
			}
		}
		if startFound == endFound {
			continue
		}
		if startFound {
			// X after 至: the shortest run that a route's word follows
			for ln := 2; ln <= 5 && z+1+ln <= n; ln++ {
				e := z + 1 + ln
				if firstPrefix(tt.text[tt.off[e]:], routeWords26) == "" {
					continue
				}
				if routeEnd26(tt, fs, l, z+1, e) {
					out = append(out, found19(tt, LOCATION, z+1, e, "route-other-end26"))
				}
				break
			}
			continue
		}
		// X before 至, when a route's word follows the found end within
		// eight characters
		far := false
		for e := z + 2; e <= z+9 && e < n; e++ {
			if firstPrefix(tt.text[tt.off[e]:], routeWords26) != "" {
				far = true
				break
			}
			if !isHan(tt.runes[e]) {
				break
			}
		}
		if !far {
			continue
		}
		for ln := 2; ln <= 5 && z-ln >= 0; ln++ {
			b := z - ln
			if !(b == 0 || stop19.has(tt.runes[b-1]) || verbBefore19(tt, b)) {
				continue
			}
			if routeEnd26(tt, fs, l, b, z) {
				out = append(out, found19(tt, LOCATION, b, z, "route-other-end26"))
			}
			break
		}
	}
	return out
}

// routeEnd26 reports whether runes b..e may be a route's end: Han
// characters, no frequent word, no scope or generic stem (各乡镇, 县城), no
// verb inside, nothing found across its edges.
func routeEnd26(tt *tokText, fs []Finding, l *lexicon, b, e int) bool {
	w := tt.sub(b, e)
	if strings.ContainsRune("各全每本该周", tt.runes[b]) || strings.ContainsRune(w, '级') {
		return false // a scope or a grade (大X|二级|公路): no end's name
	}
	return !l.common[w] && !stemNot20[w] && !townWords19[w] && !genericPlaceStems[w] && !nationalTerms[w] && plainStem19(tt, b, e) && landmarkStem24(tt, b, e) && !startsWithin19(fs, tt.off[b], tt.off[e]) && !overlapsEdge18(fs, tt.off[b], tt.off[e])
}

// hotelKinds26 are words for a hotel that a quoted name stands right
// before (“…”酒店).
var hotelKinds26 = []string{"酒店", "宾馆", "大酒店", "饭店", "度假村", "山庄", "旅馆", "青年旅舍"}

// eateryKinds26 end a quoted name that is itself an eating place, tea
// house or tavern (“…小厨”, “…海鲜排档”, “…茶舍”).
var eateryKinds26 = []string{"小厨", "排档", "大排档", "小馆", "酒楼", "菜馆", "面馆", "饭馆", "小吃店", "私房菜", "鱼庄", "渔庄", "土菜馆", "食府", "茶舍", "茶馆", "咖啡馆", "豆腐坊", "酒馆"}

// quotedHotels26 finds a quoted name of two to eight Han characters right
// before the word for a hotel (“…”酒店) or ending with the word for an
// eating place (“…小厨”, “…海鲜排档”): it names one business, whatever
// words it is made of (a plant, a river), unless it is a campaign or a
// kind (“星级”酒店, quotedNot24).
func quotedHotels26(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, q := range quotes21(tt) {
		hotel := q.e+1 < len(tt.runes) && firstPrefix(tt.text[tt.off[q.e+1]:], hotelKinds26) != ""
		w := tt.sub(q.s, q.e)
		eatery := false
		for _, k := range eateryKinds26 {
			eatery = eatery || strings.HasSuffix(w, k) && q.e-q.s >= runeLen(k)+2
		}
		if !hotel && !eatery {
			continue
		}
		if n := q.e - q.s; n < 2 || n > 8 || !plainStem19(tt, q.s, q.e) {
			continue
		}
		bad := false
		for _, x := range quotedNot24 {
			bad = bad || strings.Contains(w, x)
		}
		if bad || coveredSure21(fs, tt.off[q.s], tt.off[q.e]) {
			continue
		}
		out = append(out, found19(tt, ORG, q.s, q.e, "quoted-hotel26"))
	}
	return out
}

// estateKinds26 are kinds of residential compound named by a work unit
// (…厂|家属院) or by a stem of their own (X公寓).
var estateKinds26 = []string{"家属院", "家属楼", "家属区", "公寓"}

// unitRunes26 end the name of a work unit whose staff a compound housed
// (纺织厂, 林业局, 粮站).
var unitRunes26 = runeBitsOf("厂局站所院社司校矿场行")

// tenantStems26 are the kinds of tenant an apartment block is for
// (人才公寓, 青年公寓): no name.
var tenantStems26 = wordSet(`人才 青年 职工 教师 学生 白领 专家 老年 长者 公租 廉租 保障 安置 员工 干部 单身 周转 酒店 服务 国际 商务 精品 高端`)

// unitEstates26 finds a compound named by a work unit (…、X厂家属院, 改造
// X局家属楼) of three to six characters with the unit's character, at a
// stop, after a work verb or a place the rules found, unless it opens
// with the county's own level (县粮食局); and an apartment block of a
// two-character stem at a stop or after a work verb (、X公寓) that is no
// kind of tenant. The stem must have no verb inside and cross nothing
// found.
func unitEstates26(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, kind := range estateKinds26 {
		kl := runeLen(kind)
		for _, k := range occurrences19(tt, kind) { // (occurrences19 skips a kind the text cannot hold)
			z := k + kl
			if kind == "公寓" {
				b := k - 2
				if b < 0 || !(b == 0 || stop19.has(tt.runes[b-1]) || verbBefore19(tt, b)) {
					continue
				}
				stem := tt.sub(b, k)
				if tenantStems26[stem] || stemNot20[stem] || genericPlaceStems[stem] || !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || startsWithin19(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
					continue
				}
				out = append(out, found19(tt, LOCATION, b, z, "unit-estate26"))
				continue
			}
			if k < 3 || !unitRunes26.has(tt.runes[k-1]) {
				continue
			}
			for ln := 3; ln <= 6 && k-ln >= 0; ln++ {
				b := k - ln
				if !(b == 0 || stop19.has(tt.runes[b-1]) || verbBefore19(tt, b) || placeEnds19(tt, fs, b)) {
					continue
				}
				if strings.ContainsRune("县市区镇乡省", tt.runes[b]) && !placeEnds19(tt, fs, b) {
					break // a body of the county itself (县粮食局家属院): no name
				}
				// (the unit's stem, runes b..k-1, is two characters or
				// more here, so a guard against a frequent word of one
				// character (县, 本) had nothing to catch and went)
				if !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
					break
				}
				out = append(out, found19(tt, LOCATION, b, z, "unit-estate26"))
				break
			}
		}
	}
	return out
}

// firmTradeForms26 returns the short forms of the company f that a report
// writes as its brand and one of its trade words (…驼X|乳业|食品 → 驼X食品,
// …青龙山|金X|食品 → 金X食品): after the places the firm is registered in,
// a county's as well as a town's the text names (青龙山 of 青龙山镇), the
// brand is the first word and every word after it a trade word. The
// brand must be a word of two Han characters or more that is no frequent
// word, trade or genre word; the form must be no frequent word.
func firmTradeForms26(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG {
		return nil
	}
	suf, company := orgSuffix(f.Text)
	if !company || suf == "" {
		return nil
	}
	limit := f.End - len(suf)
	words := wordsWithin(tt, f.Start, limit)
	if len(words) < 3 {
		return nil
	}
	if b := dropLeadingPlaces(tt.text, words); b != nil {
		words = b
	}
	// a town the text names in full before the brand (青龙山|金X|食品 beside 青龙山镇)
	for len(words) > 2 && (strings.Contains(tt.text, words[0]+"镇") || strings.Contains(tt.text, words[0]+"乡") || strings.Contains(tt.text, words[0]+"街道")) {
		words = words[1:]
	}
	l := getLexicon()
	brand := words[0]
	if runeLen(brand) < 2 || !allHan(brand) || l.common[brand] || industryWords[brand] || genreWords[brand] || l.places[brand] > 0 {
		return nil
	}
	trades := words[1:]
	for _, w := range trades {
		if !industryWords[w] {
			return nil
		}
	}
	var out []string
	for _, w := range []string{trades[len(trades)-1], strings.Join(trades, "")} {
		s := brand + w
		if l.common[s] || slices.Contains(out, s) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// portKinds26 end a port, station or airport whose other name a report
// gives in brackets right after it (…口岸（X）).
var portKinds26 = []string{"口岸", "港", "站", "码头", "机场", "渔港", "港区"}

// aliasNot26 are words in brackets after a port that give no other name
// (…口岸（筹）, （含…）, （试行）).
var aliasNot26 = []string{"筹", "含", "简称", "试行", "暂行", "草案", "下同", "以下", "即", "等", "公路", "铁路", "客运", "货运", "旅检", "货检", "一期", "二期", "三期", "临时", "季节性", "常年"}

// portAliases26 finds the other name of a port, station or airport in
// brackets right after it (…口岸（X）): two to four Han characters with no
// annotation word, generic stem or national term inside; the port itself
// the rules found, or a place right before the port's kind.
func portAliases26(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for _, o := range occurrences19(tt, "（") {
		c := -1
		for k := o + 1; k < n && k <= o+5; k++ {
			if tt.runes[k] == '）' {
				c = k
				break
			}
		}
		if c < 0 || c-o-1 < 2 || c-o-1 > 4 || !plainStem19(tt, o+1, c) {
			continue
		}
		before := tt.text[:tt.off[o]]
		if !hasAnySuffix14(before, portKinds26) {
			continue
		}
		found := false
		for i := range fs {
			if f := &fs[i]; f.End == tt.off[o] && (f.Type == LOCATION || f.Type == ORG) && !weak19(f) {
				found = true
				break
			}
		}
		if !found && !placeEndsBefore26(tt, fs, o) {
			continue
		}
		w := tt.sub(o+1, c)
		bad := nationalTerms[w] || stemNot20[w] || genericPlaceStems[w]
		for _, x := range aliasNot26 {
			bad = bad || strings.Contains(w, x)
		}
		if bad || startsWithin19(fs, tt.off[o+1], tt.off[c]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, o+1, c, "port-alias26"))
	}
	return out
}

// placeEndsBefore26 reports whether a place the rules found ends right
// before the port kind that ends before rune o (…珲春|口岸（…）).
func placeEndsBefore26(tt *tokText, fs []Finding, o int) bool {
	before := tt.text[:tt.off[o]]
	for _, k := range portKinds26 {
		if strings.HasSuffix(before, k) {
			if placeEnds19(tt, fs, o-runeLen(k)) {
				return true
			}
		}
	}
	return false
}

// wordsWithin returns gojieba's words of tt that lie wholly inside bytes
// [s, e), in order: the words of a firm's name before its legal form
// (firmTradeForms26, firmForms33, firmStyleForms15).
func wordsWithin(tt *tokText, s, e int) []string {
	var words []string
	for k := range tt.toks {
		t := &tt.toks[k]
		if tt.off[t.start] >= e {
			break
		}
		if tt.off[t.start] >= s && tt.off[t.end] <= e {
			words = append(words, t.word)
		}
	}
	return words
}
