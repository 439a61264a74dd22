package anonymize

import "strings"

// This file holds round leaks18: the classes behind the identifiers the
// sixth round of unseen check sets found readable, extending the rules
// that stopped short of them:
//
//   - a scenic spot whose name gojieba cuts into single characters or a
//     numeral word (扁|都|口景区, 万年|冰洞景区), or whose kind it glues to
//     国家 (…|国家森林公园): scenicNamesBeforeKind (leaks10.go) walks over
//     such parts and checks the whole with looseNameHolds18; a count before
//     the kind (两大|景区) is no name (countHead18).

// nationalKindGlued18 reports whether the kind of scenic spot at rune k
// is the end of one word of gojieba's that begins with 国家 two
// characters before it (九道水|国家森林公园/nt): the name stands before 国家.
func nationalKindGlued18(tt *tokText, k int) bool {
	if k < 3 {
		return false
	}
	t := tt.tokenAt(k)
	return t != nil && t.start == k-2 && tt.runes[k-2] == '国' && tt.runes[k-1] == '家'
}

// looseNamePart18 reports whether token t, which is no noun or name, may
// still be part of a scenic spot's name: a single Han character gojieba
// read as an adjective, adverb, measure word or numeral (扁|都|口,
// 年|保玉则), or a numeral word of two characters that does not stand
// right before the kind (inside:万年|冰洞, 九道|水). A function character
// or a mask never is.
func looseNamePart18(tt *tokText, t *tok, inside bool) bool {
	r := tt.runes[t.start]
	if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) {
		return false
	}
	switch t.n() {
	case 1:
		switch t.pos {
		case "a", "d", "q":
			return true
		case "m":
			return !strings.ContainsRune("余多几来半每各数整", r) // not a count's approximation (余人)
		}
	case 2:
		// a numeral word opens the name, never ends it (七步沟|三大|景区)
		return inside && t.pos == "m" && isHan(tt.runes[t.start+1]) && !chineseNumeralRunes.has(tt.runes[t.start+1])
	}
	return false
}

// looseNameHolds18 checks a scenic spot's name at runes [s, k) that holds
// loose parts (looseNamePart18) among its toks tokens: it must not begin
// with a word of quantity, a determiner or an adverb that heads a clause
// (各|…, 都|…), nor be a count (三座, 两大), nor a frequent word; single
// characters alone make a name of three characters or more (扁都口).
func looseNameHolds18(tt *tokText, s, k, toks, loose int) bool {
	r := tt.runes[s]
	if toponymHeadStop.has(r) || toponymStemStop.has(r) || countStem13(tt.runes[s:k]) {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.pos == "m" && t.n() == 2 && toks == 1 {
		return false
	}
	if toks == loose && k-s < 3 {
		return false
	}
	w := tt.sub(s, k)
	l := getLexicon()
	return !l.common[w] && !l.commonTown[w] && !scenicModifiers[w] && !descWordEdge(w)
}

// countHead18 reports a numeral and a measure word or 大 (两大, 三个, 五处):
// a count of spots or sites before their kind, no name.
func countHead18(rs []rune) bool {
	return len(rs) == 2 && chineseNumeralRunes.has(rs[0]) && strings.ContainsRune("大个座处家批条所项类", rs[1])
}

// scopeWord18 reports a token that names the whole of an area or every
// one of its kind (全省, 全旗, 各县, 全市各级): such a word opens no body's
// or place's name, the body after it is a kind (全省供销合作社). 全国
// is not one: a national title (全国…特色学校) is read as a whole.
func scopeWord18(tt *tokText, p *tok) bool {
	if p.n() < 2 || p.n() > 3 {
		return false
	}
	r0 := tt.runes[p.start]
	return (r0 == '全' || r0 == '各') && genericLevel[tt.runes[p.start+1]] && tt.runes[p.start+1] != '国'
}
