package anonymize

import "strings"

// This file holds the second part of round pers21: plain names whose
// surname is also an ordinary word (权, 龙) and whose given name reads as
// a word (建设, 解放), masked only where the frame says "person".
// pers21b runs right after pers21 (anonymize.go). One class:
//
//   - idLineNames21: a name right before an identity number on a record
//     line (示范户：甲建设  身份证号：…, 户主 甲乙丙，身份证号…): a surname and one
//     or two characters between a colon, padding or the line's start and
//     padding or a comma before 身份证; the given name may be any word.
func pers21b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 5 {
		return fs
	}
	if !strings.Contains(tt.text, "身份证") {
		return fs
	}
	out := idLineNames21(tt, fs)
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// prepSurnamesB21 are surnames that are also prepositions or conjunctions;
// before an identity number they are read as surnames all the same.
var prepSurnamesB21 = runeBitsOf("向于和与对把被为从将给跟同往")

// idLineNames21: see the file comment, second class.
func idLineNames21(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	var out []Finding
	for _, p := range occurrences19(tt, "身份证") {
		// back over padding or a comma to the name's end
		e := p
		for e > 0 && (spaceRune(rs[e-1]) || rs[e-1] == '，' || rs[e-1] == ',') {
			e--
		}
		if e == p || e < 2 {
			continue
		}
		s := e
		for s > 0 && isHan(rs[s-1]) && e-s < 4 {
			s--
		}
		if e-s < 2 || e-s > 3 || s > 0 && !(spaceRune(rs[s-1]) || strings.ContainsRune("：:\n\r", rs[s-1])) {
			continue
		}
		if !surnameAny15(l, rs[s]) || nameStops19.has(rs[s]) && !prepSurnamesB21.has(rs[s]) {
			continue
		}
		bad := false
		for _, r := range rs[s+1 : e] {
			if hardStop[r] || notNameRune15.has(r) || r == '某' || isMaskRune(r) {
				bad = true
			}
		}
		if bad || coveredBy13(fs, tt.off[s], tt.off[e]) || strongAcross15(tt, fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "id-line-name,pers21b", Score: contextScore + 1})
	}
	return out
}
