package anonymize

import "strings"

// This file holds round place19: small settlements, groups, estates, zones
// and landforms whose name is an ordinary word or begins with a function
// character, found by the division they are glued to. place19 runs right
// after roleNames16 (anonymize.go). Classes:
//
//   - glued settlements (gluedSettlements19): a stem right after a masked
//     division and before a kind of smaller place names that place, however
//     ordinary the stem (X镇|和村, X乡|中村, X街道|城郊村, X镇|雨里村, X村|宝坪组,
//     X镇|金色家园小区, X经济开发区|海浪片区, X工业园区|凤凰组团, X镇|石板沟,
//     X乡|大里圩, X镇|黄泥坑): glued so, the stem is no word of the sentence.
//     The kinds and the divisions they hang from are in gluedKinds19; grades
//     and kinds of place (中心村, 老旧小区, 城中村, 村民小组, 片区化, 组团式)
//     stay readable;
//   - listed siblings (listedGroups19, read by listed20.go): after a masked place and its kind
//     (X村五组、|六组, X片区、|复兴片区, X组和|下寨组), a list mark and a stem
//     before the same kind: the sibling of a named group or zone is named.
//
// The stems' stops are the grade and kind words of the earlier rounds
// (classStems, kindGradeStems16, categoryStems15, urbanGenericMods15), less
// those that name places as often as they grade them once glued to a
// division (城郊, 石板, 先锋, 红旗).

// gluedKind19 is a kind of smaller place, the divisions it hangs from and
// the characters after it that make it the start of a longer word.
type gluedKind19 struct {
	kind    string
	anchors []string // ends of the masked division before the stem
	minStem int
	maxStem int
	nextNot string
}

// gluedKinds19 are the kinds of the glued-settlement class, longest first
// among those sharing a first character.
var gluedKinds19 = []gluedKind19{
	{"社区", []string{"镇", "乡", "街道", "办事处"}, 2, 3, "级党居委服工网"},
	{"村", []string{"镇", "乡", "街道", "苏木", "办事处"}, 1, 3, "级庄落容貌务规医官寨史镇组社委集两干情居民部党里内外"},
	{"组团", []string{"区", "园", "县", "市", "镇", "城"}, 2, 3, "式化"},
	{"组", []string{"村", "社区", "屯", "嘎查"}, 1, 3, "织建成合团件委别队员长"},
	{"小区", []string{"镇", "乡", "街道", "社区", "办事处"}, 2, 4, "化级"},
	{"家园", []string{"镇", "乡", "街道", "社区", "办事处"}, 2, 3, "化级"},
	{"华庭", []string{"镇", "乡", "街道", "社区", "办事处"}, 2, 3, ""},
	{"片区", []string{"区", "园", "镇", "街道", "乡"}, 2, 3, "化级式"},
	{"新区", []string{"镇", "街道", "区", "园"}, 2, 3, "化级"},
	{"屯", []string{"镇", "乡", "村", "苏木"}, 2, 3, "田垦兵粮"},
	{"圩", []string{"镇", "乡", "村"}, 2, 3, "区堤田垸镇"},
	{"沟", []string{"镇", "乡", "村", "组"}, 2, 3, "通渠壑槽"},
	{"坑", []string{"镇", "乡", "村", "组"}, 2, 3, "塘洼道"},
	{"坳", []string{"镇", "乡", "村", "组"}, 2, 3, ""},
}

// gluedZoneWords19 are generic kinds of zone that may stand between a
// masked place and the glued zone (X|经济开发区|海浪片区).
var gluedZoneWords19 = []string{"边境经济合作区", "经济技术开发区", "经济开发区", "高新技术产业开发区", "工业园区", "产业园区", "工业集中区", "高新区", "经开区", "工业园", "产业园"}

// gluedStemAllow19 are stems of the earlier rounds' grade lists that name
// a place once glued to a division (X街道|城郊村, X镇|石板沟, X镇|先锋村).
var gluedStemAllow19 = wordSet(`城郊 石板 先锋 红旗 城边`)

// gluedSingleStop19 are the single characters that never stand as a
// village's whole stem after a division: determiners, numerals, pronouns
// and the characters of a kind of village (各村, 两村, 该村, 农村, 山村,
// 下村 the verb).
var gluedSingleStop19 = runeBitsOf("各每全本该此两某其另诸多几整乡农渔山城小大老旧原现我你他在到与及的了是为向从进驻出回边邻外内下一二三四五六七八九十百千个等")

// gluedNumerals19 begin a numbered group (五组, 十二组).
var gluedNumerals19 = runeBitsOf("一二三四五六七八九十")

// place19 adds the findings of this round to fs.
func place19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	fs = gluedSettlements19(tt, fs)
	fs = listedSiblings(tt, fs, &listedGroups19)
	return fs
}

// gluedAnchorEnd19 returns the rune after the masked division that f is,
// with a generic zone word after it skipped, and the division's text's
// end (the kind the stem hangs from); -1 when f is no such division.
func gluedAnchorEnd19(tt *tokText, f Finding) (int, string) {
	if f.Type != LOCATION && f.Type != ORG || f.generic {
		return -1, ""
	}
	e := tt.runeAt(f.End)
	if e < 0 || e >= len(tt.runes) {
		return -1, ""
	}
	rest := tt.text[f.End:]
	for _, z := range gluedZoneWords19 {
		if strings.HasPrefix(rest, z) {
			return e + runeLen(z), z
		}
	}
	return e, f.Text
}

// gluedStemOK19 reports whether runes s..e may be the stem of a glued
// place of kind k.
func gluedStemOK19(tt *tokText, k gluedKind19, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		// (not listStopBits: 和村, 雨里村, 城上村, 对江村 begin or end with
		// its function characters)
		if !isHan(r) || strings.ContainsRune("的了在是为把被将给等", r) || strings.ContainsRune("和与及或", r) && e-s > 1 {
			return false
		}
	}
	stem := tt.sub(s, e)
	for _, g := range gluedKinds19 {
		if strings.Contains(stem, g.kind) {
			return false // 杉乡|小区老旧|小区: a kind inside the stem is a place of its own
		}
	}
	if e-s == 1 {
		if k.kind == "组" {
			return gluedNumerals19.has(tt.runes[s]) // 六组: a numbered group
		}
		return k.kind == "村" && !gluedSingleStop19.has(tt.runes[s])
	}
	if k.kind == "组" && strings.IndexFunc(stem, func(r rune) bool { return !gluedNumerals19.has(r) }) < 0 {
		return true // 十二组
	}
	if strings.ContainsFunc(stem, func(r rune) bool { return gluedNumerals19.has(r) || toponymStemStop.has(r) }) && !gluedStemAllow19[stem] {
		return false // 三个村, 多个小区, 各村
	}
	if gluedStemAllow19[stem] {
		return true
	}
	if stem == "城中" && k.kind != "村" {
		return true // 城中社区 names one; 城中村 is a kind
	}
	if classStems[stem] || villageKinds16[stem] || kindGradeStems16[stem] || categoryStems15[stem] || urbanGenericMods15[stem] || genericVillagePrefix[stem] {
		return false
	}
	if strings.HasSuffix(stem, "小") || strings.HasPrefix(stem, "城") && strings.ContainsRune("东西南北", tt.runes[s+1]) {
		return false // 村民小|组, 城北|新区 the planning term
	}
	if l := getLexicon(); l.common[stem+k.kind] {
		return false // 新农村, 城中村: an ordinary word as a whole
	}
	// a verb inside the stem (新修|通组路, 建成|农村): the clause runs on
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		if t.start >= s && t.end <= e && t.end-t.start > 1 && !kindVerbNames16[tt.sub(t.start, t.end)] {
			switch t.pos {
			case "v", "vn", "vd", "ad", "d":
				return false
			}
		}
		i = t.end
	}
	if k.kind == "村" && strings.ContainsRune("农乡渔山", tt.runes[e-1]) {
		return false // 建成农|村, 美丽乡|村: the stem's end and 村 make a word
	}
	// a verb, adverb or conjunction standing alone as the stem (下辖|村,
	// 共有|村); not a pronoun's tag (大里/r|圩: the determiners are stopped
	// above by their characters)
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && !kindVerbNames16[stem] {
		switch t.pos {
		case "v", "vn", "vd", "p", "c", "d", "ad", "m", "q":
			return false
		}
	}
	return true
}

// gluedKindAt19 returns the kind of gluedKinds19 that starts at rune e and
// hangs from a division ending in anchor, with its end, or ok false.
func gluedKindAt19(tt *tokText, anchor string, e int) (gluedKind19, int, bool) {
	if e >= len(tt.runes) || !gluedKindFirst27.has(tt.runes[e]) { // speed27.go: no kind opens at e
		return gluedKind19{}, 0, false
	}
	rest := tt.text[tt.off[e]:]
	for _, k := range gluedKinds19 {
		if !strings.HasPrefix(rest, k.kind) {
			continue
		}
		ok := false
		for _, a := range k.anchors {
			if strings.HasSuffix(anchor, a) {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		end := e + runeLen(k.kind)
		if end < len(tt.runes) && strings.ContainsRune(k.nextNot, tt.runes[end]) {
			if !(k.kind == "村" && tt.runes[end] == '组' && end+1 < len(tt.runes) && strings.ContainsRune("建织成", tt.runes[end+1])) {
				continue // 村级, 组建, 片区化: a longer word (but 和村|组建)
			}
		}
		// an estate's kind after its own (康乐家园|小区)
		if k.kind != "小区" && strings.HasPrefix(tt.text[tt.off[end]:], "小区") {
			end += 2
		}
		return k, end, true
	}
	return gluedKind19{}, 0, false
}

// gluedSettlements19 adds the glued settlements (see the file comment).
func gluedSettlements19(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("村") && !tt.mayContain("组") && !tt.mayContain("区") && !tt.mayContain("社") &&
		!tt.mayContain("沟") && !tt.mayContain("坑") && !tt.mayContain("坳") && !tt.mayContain("圩") && !tt.mayContain("屯") &&
		!tt.mayContain("园") && !tt.mayContain("庭") {
		return fs
	}
	var add []Finding
	for _, f := range fs {
		s, anchor := gluedAnchorEnd19(tt, f)
		if s < 0 {
			continue
		}
		for ln := 1; ln <= 4 && s+ln < len(tt.runes); ln++ {
			k, end, ok := gluedKindAt19(tt, anchor, s+ln)
			if !ok || ln < k.minStem || ln > k.maxStem || !gluedStemOK19(tt, k, s, s+ln) {
				continue
			}
			if gluedTaken19(fs, tt.off[s], tt.off[end]) || stemMasked19(fs, tt.off[s], tt.off[s+ln]) {
				break // (a stem masked already keeps its kind readable: X镇|浑河|小区)
			}
			add = append(add, found19(tt, LOCATION, s, end, "glued-settlement19:"+k.kind))
			break
		}
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// gluedTaken19 reports whether a finding that is no part of bytes [s, e)
// overlaps them: a reading of its own that this round leaves alone.
func gluedTaken19(fs []Finding, s, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End <= s || f.Start >= e {
			continue
		}
		if f.Start < s || f.End > e {
			return true
		}
	}
	return false
}

// listedGroups19 is the listed-sibling row of this round (listed20.go):
// after a masked place and its kind, a list mark, a stem of one to three
// characters and the same kind (X村五组、|六组, X片区、|复兴片区, X组和|下寨组).
// (Only 、 and 和 in the text let it run, as before the fold.)
var listedGroups19 = listClass{
	evidence: "listed-sibling19",
	cues:     []string{"、", "和"},
	marks:    "、和及与",
	kindOf:   groupKind19,
	after:    listSide{1, 3, groupSibling19},
}

// groupKind19 returns the kind of group or zone a masked place f ends in or
// has right after it (X村|五组), and the rune after that kind.
func groupKind19(tt *tokText, f Finding) (string, int, int) {
	if f.Type != LOCATION {
		return "", -1, -1
	}
	e := tt.runeAt(f.End)
	if e < 0 || e >= len(tt.runes) {
		return "", -1, -1
	}
	for _, k := range []string{"组团", "片区", "组"} {
		if strings.HasSuffix(f.Text, k) {
			return k, -1, e
		}
		if strings.HasPrefix(tt.text[f.End:], k) {
			return k, -1, e + runeLen(k)
		}
	}
	return "", -1, -1
}

// groupSibling19 guards a listed group or zone (runes s..e its stem, end
// its kind's end): no longer word after the kind (组合, 片区化), a glued
// place's stem, no other finding across it.
func groupSibling19(tt *tokText, fs []Finding, kind string, s, e, end int) listStep {
	n := len(tt.runes)
	if kind == "组" && end < n && tt.runes[end] == '合' && !(end+1 < n && tt.runes[end+1] == '并') {
		return listStop // 组合: a longer word (but A组和B组|合并 is a merger)
	}
	if kind != "组" && end < n && strings.ContainsRune("化级式", tt.runes[end]) {
		return listStop
	}
	if !gluedStemOK19(tt, gluedKind19{kind: kind}, s, e) || gluedTaken19(fs, tt.off[s], tt.off[end]) {
		return listNext
	}
	return listTake
}

// stemMasked19 reports whether a place found on its own is bytes [s, e)
// exactly (浑河 of X镇|浑河|小区); a guess over more (区海浪) is no stem's.
func stemMasked19(fs []Finding, s, e int) bool {
	for i := range fs {
		if fs[i].Start == s && fs[i].End == e && fs[i].Type == LOCATION {
			return true
		}
	}
	return false
}
