package anonymize

import "strings"

// This file holds round late19l: places of an ordinary-word stem read by
// the company they keep. late19l runs right after roleNames16
// (anonymize.go). Classes:
//
//   - listed divisions (listedDivisions19l, read by listed20.go): a township, town, subdistrict,
//     road or street of a stem of its own right before or after a masked
//     sibling of the same kind in a list (甲乙各庄乡、|〔X乡〕, 华北路、|〔X路〕,
//     〔X镇〕和|甲乙镇): the list names places of one kind, so the unmasked
//     one is named too, however ordinary its stem (华北, 茶园);
//   - mountain places (mountainPlaces19l): a two-character stem before 山
//     and a subdistrict or a mountain's side (甲乙山街道, 甲乙山南麓): 山 with
//     such a word after it is a mountain's name, even when the stem is an
//     ordinary word or adjective (笔架, 嵯峨) the gazetteer stops.
func late19l(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	fs = listedSiblings(tt, fs, &listedDivisions19l)
	fs = mountainPlaces19l(tt, fs)
	return fs
}

// listKinds19l are the kinds of the listed-division class, longest first.
var listKinds19l = []string{"街道", "乡", "镇", "路", "街"}

// listMarks19l join the items of a list.
const listMarks19l = "、和及与"

// listKindNext19l are characters after a kind that make it the start of
// a longer word (路线, 路网, 镇级, 乡村, 街区), not the place's kind.
var listKindNext19l = map[string]string{
	"乡":  "村镇级土亲愁里",
	"镇":  "级区域村街",
	"路":  "线网径演况灯面口基由",
	"街":  "区巷道头坊舞",
	"街道": "级办",
}

// listedKind19l returns the kind of listKinds19l f's text ends with, or "".
func listedKind19l(f Finding) string {
	if f.Type != LOCATION || f.generic {
		return ""
	}
	for _, k := range listKinds19l {
		if strings.HasSuffix(f.Text, k) && runeLen(f.Text) > runeLen(k) {
			return k
		}
	}
	return ""
}

// listedStemOK19l reports whether runes s..e may be the stem of a listed
// place of kind: the glued-place stops (levels, kinds, verbs), no list
// mark, and not an ordinary word with the kind (乡镇, 城镇, 马路).
func listedStemOK19l(tt *tokText, kind string, s, e int) bool {
	if s < 0 || e-s < 2 || !plainStem19(tt, s, e) {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if strings.ContainsRune(listMarks19l, r) {
			return false
		}
	}
	stem := tt.sub(s, e)
	for _, k := range listKinds19l {
		if strings.Contains(stem, k) {
			return false // 乡镇|街道: a kind inside the stem is a place of its own
		}
	}
	if l := getLexicon(); l.common[stem+kind] {
		return false
	}
	if gluedStemOK19(tt, gluedKind19{kind: kind}, s, e) {
		return true
	}
	// a determiner or numeral inside a longer stem (大相各庄, 三里河) is
	// part of the name; at its start (各乡, 三个镇) it is none
	if e-s < 3 || toponymStemStop.has(tt.runes[s]) || gluedNumerals19.has(tt.runes[s]) {
		return false
	}
	if classStems[stem] || kindGradeStems16[stem] || categoryStems15[stem] || urbanGenericMods15[stem] || genericVillagePrefix[stem] {
		return false
	}
	for i := s; i < e; {
		t := tt.toks[tt.tokOf[i]]
		if t.start >= s && t.end <= e && t.end-t.start > 1 {
			switch t.pos {
			case "v", "vn", "vd", "ad", "d", "m", "q":
				return false // a verb or count inside: the clause runs on
			}
		}
		i = t.end
	}
	return true
}

// ownedBy19l reports whether a place or body the rules found of their own
// (not gojieba's tag alone, 华北/ns) begins inside bytes [b0, b1): the
// stem found alone (大城子 of 大城子街道) is masked already, and replacing it
// would lose its other mentions (“大城子小米”).
func ownedBy19l(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start >= b0 && f.Start < b1 && (f.Type == LOCATION || f.Type == ORG) && !f.generic && !weak19(f) {
			return true
		}
	}
	return false
}

// coveredBy19l reports whether a place or body of the rules other than a
// generic body's guess holds bytes [b0, b1) (a stem found alone, 华北 of
// 华北路, is no cover: the listed place replaces it).
func coveredBy19l(fs []Finding, b0, b1 int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start <= b0 && f.End >= b1 && (f.Type == LOCATION || f.Type == ORG) && !f.generic && !strings.HasPrefix(f.Evidence, "generic-body") {
			return true
		}
	}
	return false
}

// kindEndsOK19l reports whether the kind ending at rune e ends the name
// (no longer word 路线, 乡村 begins there).
func kindEndsOK19l(tt *tokText, kind string, e int) bool {
	return e >= len(tt.runes) || !strings.ContainsRune(listKindNext19l[kind], tt.runes[e])
}

// listedDivisions19l is the listed-sibling row of this round (listed20.go):
// a stem of two to four characters and a township's, subdistrict's, road's
// or street's kind right before or after a masked place of that kind, a
// list mark between them (甲乙各庄乡、|〔X乡〕, 〔X镇〕和|甲乙镇).
var listedDivisions19l = listClass{
	evidence: "listed-division19l",
	cues:     []string{"、", "和", "及", "与"},
	marks:    listMarks19l,
	kindOf:   divisionKind19l,
	before:   listSide{2, 4, divisionBefore19l},
	after:    listSide{2, 4, divisionAfter19l},
}

// divisionKind19l returns the kind of listKinds19l a masked place f ends in
// (listedKind19l), the rune f starts at and the rune after f.
func divisionKind19l(tt *tokText, f Finding) (string, int, int) {
	kind := listedKind19l(f)
	if kind == "" {
		return "", -1, -1
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 {
		return "", -1, -1
	}
	return kind, s, e
}

// divisionBefore19l guards a listed division before the masked one (runes
// s..e its stem, end the list mark after its kind): none when the rules
// masked that sibling already (指导|〔X镇〕、〔Y镇〕); the stem begins at a
// word's start and not at a leading verb's (指导|盐官镇), is a listed
// stem and no place the rules found hold it or begin in it.
func divisionBefore19l(tt *tokText, fs []Finding, kind string, s, e, end int) listStep {
	if findingEndsAt19(fs, tt.off[end]) {
		return listStop
	}
	if t := tt.tokenAt(s); t == nil || t.start != s || leadVerb19l(t) {
		return listNext
	}
	if !listedStemOK19l(tt, kind, s, e) || coveredBy19l(fs, tt.off[s], tt.off[end]) || ownedBy19l(fs, tt.off[s], tt.off[end]) {
		return listNext
	}
	return listTake
}

// divisionAfter19l guards a listed division after the masked one (runes
// s..e its stem, end its kind's end): the first stem before the kind is
// the only one tried; the kind ends the name (no 路线, 乡村), the stem is a
// listed stem and no place the rules found hold it or begin in it.
func divisionAfter19l(tt *tokText, fs []Finding, kind string, s, e, end int) listStep {
	if !kindEndsOK19l(tt, kind, end) || !listedStemOK19l(tt, kind, s, e) || coveredBy19l(fs, tt.off[s], tt.off[end]) || ownedBy19l(fs, tt.off[s], tt.off[end]) {
		return listStop
	}
	return listTake
}

// mountainSides19l are words after 山 that make it a mountain's name: a
// subdistrict named after it or one of its sides.
var mountainSides19l = []string{"街道", "南麓", "北麓", "东麓", "西麓", "山麓"}

func mountainPlaces19l(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("山") || !tt.mayContain("街道") && !tt.mayContain("麓") {
		return fs
	}
	var add []Finding
	for _, side := range mountainSides19l {
		for _, k := range occurrences19(tt, "山"+side) {
			s := k - 2
			if s < 0 || !plainStem19(tt, s, k) {
				continue
			}
			if s > 0 && isHan(tt.runes[s-1]) && !isMaskRune(tt.runes[s-1]) {
				// the stem begins at a word's start or after a place (联合|笔架山街道)
				if t := tt.tokenAt(s); (t == nil || t.start != s) && !bounded19(tt, fs, s) {
					continue
				}
			}
			if !mountainStemOK19l(tt, s, k) {
				continue
			}
			end := k + 1
			if side == "街道" {
				end = k + 3
			}
			if coveredBy19l(fs, tt.off[s], tt.off[end]) {
				continue
			}
			add = append(add, found19(tt, LOCATION, s, end, "mountain-place19l:"+side))
		}
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// mountainStemNot19l are two-character words that make a generic mountain
// with 山 or end a clause before it (深山, 荒山, 座大山).
var mountainStemNot19l = wordSet(`这座 那座 一座 整座 周边 附近 后面 前面 对面 城区 城市 县城 周围 沿线 全部 所有 整个`)

// mountainStemOK19l reports whether runes s..e may be a mountain's stem:
// Han characters, no function or determiner character, not a verb,
// preposition or adverb standing alone, not a grade or kind word. An
// ordinary word (笔架, 嵯峨) is a stem: the gazetteer's stops do not apply
// before 山 and a side.
func mountainStemOK19l(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || isMaskRune(r) || strings.ContainsRune("的了在是为把被将给等和与及或座个山", r) {
			return false
		}
	}
	if toponymStemStop.has(tt.runes[s]) || gluedNumerals19.has(tt.runes[s]) {
		return false
	}
	stem := tt.sub(s, e)
	if mountainStemNot19l[stem] || classStems[stem] || kindGradeStems16[stem] || categoryStems15[stem] || urbanGenericMods15[stem] {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e {
		switch t.pos {
		case "v", "vn", "vd", "p", "c", "d", "ad", "m", "q", "r", "f":
			return false
		}
	}
	return true
}

// leadVerb19l reports whether token t is a verb, preposition, pronoun or
// adverb of two or more characters that leads a clause into a list.
func leadVerb19l(t *tok) bool {
	if t.n() < 2 {
		return false
	}
	switch t.pos {
	case "v", "vn", "vd", "p", "c", "d", "ad", "r":
		return true
	}
	return false
}
