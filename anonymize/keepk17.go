package anonymize

import "strings"

// This file holds round late17k1: generic bodies and facilities of the
// newest development sets that a recognizer masked as names, each kept by
// its class:
//   - a service centre, school or shop named by generic words alone: who it
//     serves (失能特困人员, 邻里, 党群), its grade (高水平, 现代化) or trade
//     (职业) before 中心, 学校 or 店 — a kind, not a name; a province, city
//     or county level character may open it (省|高水平现代化职业学校); after
//     a place (沙滩村|党群服务中心) the finding is cut back to the place
//     (genericServiceBodyK17);
//   - an honour a party or trade body gives a shop (党员诚信店, 放心店): the
//     grade word names no shop (honourShopK17);
//   - a quoted folk title read as a quoted body (“土专家”“田秀才”, found as
//     an organisation by quoted-body14): beside another folk title it is a
//     title too (quotedFolkBodyK17).

// keepK17 drops the findings of fs that are ordinary phrases of the classes
// above and cuts a place's generic service centre back to the place.
func keepK17(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFindingK17)
}

func keepFindingK17(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if f.Type != ORG && f.Type != LOCATION {
		return f, false
	}
	if strings.HasPrefix(f.Evidence, "gazetteer") {
		return f, false
	}
	switch {
	case honourShopK17(f.Text):
		return f, true
	case f.Type == ORG && quotedFolkBodyK17(tt.text, f):
		return f, true
	case f.Type == ORG:
		return genericServiceBodyK17(f)
	}
	return f, false
}

// serviceKindsK17 are the kinds of public service body that generic words
// may name; longest first.
var serviceKindsK17 = []string{"职业学校", "照护中心", "服务中心", "学校", "中心"}

// serviceWordsK17 are the words a service centre or school of no name is
// described by beyond genericWords17c: whom it serves (失能, 特困人员,
// 邻里, 党群), how (集中, 照护) and its grade (高水平, 现代化, 优质). A
// name's own stem (红岩, 育才) is none of them.
var serviceWordsK17 = wordSet(`失能 半失能 特困 特困人员 人员 老年人 老人 儿童 留守儿童 困境儿童
集中 照护 护理 康复 托养 托育 邻里 党群 党员 群众 政务 矛盾纠纷 调解
高水平 现代化 优质 职业 技工 中等职业 城东 城西 城南 城北`)

// directionsK17 are the parts of a town a generic centre may stand in; a
// stem of them alone (城东中心) is too bare to tell and stays.
var directionsK17 = wordSet(`城东 城西 城南 城北`)

// serviceStemK17 reports whether stem is made of generic and service words
// alone, with a service or generic word beyond a direction.
func serviceStemK17(stem string) bool {
	if runeLen(stem) < 2 || directionsK17[stem] {
		return false
	}
	return madeOfEitherK17(stem)
}

// madeOfEitherK17 reads stem longest word first from serviceWordsK17 and
// genericWords17c together.
func madeOfEitherK17(stem string) bool {
	return madeOfWords(stem, func(w string) bool { return serviceWordsK17[w] || genericWords17c[w] })
}

// genericServiceBodyK17 drops a service centre or school of generic words
// alone (失能特困人员集中照护中心, 邻里中心, 省|高水平现代化职业学校) and cuts a
// place ending in a level word before such a stem back to the place
// (屿头乡沙滩村|党群服务中心).
func genericServiceBodyK17(f Finding) (Finding, bool) {
	for _, kind := range serviceKindsK17 {
		stem, ok := strings.CutSuffix(f.Text, kind)
		if !ok {
			continue
		}
		// a level character opens a grade (省|高水平…): read past it
		bare := stem
		// a verb's complement glued before the level (创成|省…, 建成|省…)
		for _, g := range []string{"成", "为", "入"} {
			if rest, ok := strings.CutPrefix(stem, g); ok && strings.ContainsAny(rest[:min(len(rest), 3)], "省市县") {
				stem, bare = rest, rest
			}
		}
		for _, lv := range []string{"省", "市", "县"} {
			if rest, ok := strings.CutPrefix(stem, lv); ok && runeLen(rest) >= 4 {
				bare = rest
			}
		}
		if stem == "" || serviceStemK17(bare) {
			if stem == "" && runeLen(kind) < 4 {
				return f, false
			}
			return f, true
		}
		for i := range stem {
			if i == 0 || !placeLevelEnds21.has(prevRune17c(stem, i)) {
				continue
			}
			tail := stem[i:]
			if runeLen(stem[:i]) >= 3 && serviceStemK17(tail) {
				g := f
				g.Type, g.Text, g.End = LOCATION, stem[:i], f.Start+i
				g.Evidence += ",place-of-service-kindK17"
				return g, false
			}
		}
		return f, false
	}
	return f, false
}

// honourWordsK17 are the honours a party branch, trade body or market
// authority gives shops (党员诚信店, 放心店, 示范店).
var honourWordsK17 = wordSet(`诚信 放心 示范 文明 星级 党员 党员诚信 党员示范`)

// honourShopK17 reports a shop named by honour words alone (诚信店,
// 党员诚信店, 放心店).
func honourShopK17(s string) bool {
	stem, ok := strings.CutSuffix(s, "店")
	return ok && runeLen(stem) >= 2 && madeOf17c(stem, honourWordsK17)
}

// quotedFolkBodyK17 reports a quoted item found as a body (“田秀才”) beside
// a quoted folk title (“土专家”): a title too.
func quotedFolkBodyK17(text string, f Finding) bool {
	if !strings.Contains(f.Evidence, "quoted") {
		return false
	}
	before, after := text[:f.Start], text[f.End:]
	if !strings.HasSuffix(before, "“") || !strings.HasPrefix(after, "”") {
		return false
	}
	before, after = strings.TrimSuffix(before, "“"), strings.TrimPrefix(after, "”")
	for _, t := range folkTitles17c {
		if t == f.Text {
			continue
		}
		if strings.HasSuffix(before, "“"+t+"”") || strings.HasSuffix(before, "“"+t+"”、") ||
			strings.HasPrefix(after, "“"+t+"”") || strings.HasPrefix(after, "、“"+t+"”") {
			return true
		}
	}
	return false
}
