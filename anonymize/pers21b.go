package anonymize

import "strings"

// This file holds the second part of round pers21: plain names whose
// surname is also an ordinary word or missing from the surname table
// (龙, 权, 毕; 零, 丘) and whose given name may read as a word (建设,
// 文华), masked only where the frame says "person". pers21b runs right
// after pers21 (anonymize.go). Two classes:
//
//   - roleNames21: a person's role noun (roleBefore19's roles, or a noun of
//     two to four characters ending in 户, 农, 童, 员 or 长: 移民户, 留守儿童,
//     研究员, 屯长) right before a surname and two characters, and after
//     them the clause's verb (a verb or preposition token, 等, 获, 通过):
//     移民户甲乙丙在…, 屯长甲乙丙牵头…, 研究员甲乙丙等. A place read across
//     the role's end and the name (屯|长龙|文华 read as 长龙) gives way.
//   - idLineNames21: a name right before an identity number on a record
//     line (示范户：甲建设  身份证号：…, 户主 甲乙丙，身份证号…): a surname and one
//     or two characters between a colon, padding or the line's start and
//     padding or a comma before 身份证; the given name may be any word.
func pers21b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 5 {
		return fs
	}
	var out []Finding
	out = append(out, roleNames21(tt, &fs)...)
	if strings.Contains(tt.text, "身份证") {
		out = append(out, idLineNames21(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}

// frameSurnames21 are real surnames the surname tables lack because the
// character is an ordinary word (零 of Guangxi, 丘 of Guangdong); they are
// read only in roleNames21's frame.
var frameSurnames21 = runeBitsOf("零丘")

// personNounEnds21 end a role noun of the shape roleNames21 accepts.
var personNounEnds21 = runeBitsOf("户农童员长")

// prepSurnamesB21 are surnames that are also prepositions or conjunctions
// (驾驶员向交警出示): before a given name that is an ordinary word they
// open a clause, no name.
var prepSurnamesB21 = runeBitsOf("向于和与对把被为从将给跟同往")

// roleShape21 reports whether a role noun of roleBefore19 or of the shape
// of personNounEnds21 ends right before rune j.
func roleShape21(tt *tokText, j int) bool {
	rs := tt.runes
	if j < 2 || !isHan(rs[j-1]) {
		return false
	}
	if roleBefore19(tt, j) {
		return true
	}
	if !personNounEnds21.has(rs[j-1]) || !isHan(rs[j-2]) {
		return false
	}
	before := string(rs[max(0, j-4):j])
	for _, w := range notRole21 {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

// clauseVerbAt21 reports whether the clause's verb, a preposition, 等, 获
// or 通过 begins at rune e.
func clauseVerbAt21(tt *tokText, e int) bool {
	rs := tt.runes
	if e >= len(rs) || !isHan(rs[e]) {
		return false
	}
	if workVerbAt19(tt, e) || strings.ContainsRune("在等获被", rs[e]) || hasPrefixAt15b(tt, e, "通过") {
		return true
	}
	t := tt.tokenAt(e)
	return t != nil && t.start == e && t.n() >= 2 && (strings.HasPrefix(t.pos, "v") || t.pos == "p")
}

// roleNames21: see the file comment, first class.
func roleNames21(tt *tokText, fsp *[]Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	fs := *fsp
	var out []Finding
	for j := 2; j+3 < n; j++ {
		e := j + 3
		sur := rs[j]
		if !isHan(sur) || !(surnameAny15(l, sur) || frameSurnames21.has(sur)) || nameStops19.has(sur) && !prepSurnamesB21.has(sur) || firstStops19.has(sur) {
			continue
		}
		if !roleShape21(tt, j) || !clauseVerbAt21(tt, e) {
			continue
		}
		bad := false
		for _, r := range rs[j+1 : e] {
			if !isHan(r) || hardStop[r] || nameStops19.has(r) || notNameRune15.has(r) || r == '某' || isMaskRune(r) {
				bad = true
			}
		}
		given := tt.sub(j+1, e)
		w := tt.sub(j, e)
		if bad || l.common[w] || roleTails19[w] || roleTails19[given] {
			continue
		}
		if coveredBy13(fs, tt.off[j], tt.off[e]) {
			continue
		}
		// after a preposition surname, a noun the segmenter reads whole
		// is the preposition's object (向|交警)
		if t := tt.tokenAt(j + 1); prepSurnamesB21.has(sur) && t != nil && t.start == j+1 && t.end == e && t.dictWord() && (t.pos == "n" || t.pos == "nz" || t.pos == "nt") {
			continue
		}
		// a place read across the role's end and the name gives way
		s, en := tt.off[j], tt.off[e]
		clash := false
		for k := range fs {
			f := &fs[k]
			if f.End <= s || f.Start >= en || f.Start >= s && f.End <= en || weak19(f) {
				continue
			}
			if f.Type == LOCATION && f.Start < s && f.Start >= tt.off[j-2] && f.End <= en {
				continue
			}
			clash = true
		}
		if clash {
			continue
		}
		kept := fs[:0]
		for _, f := range fs {
			if f.Type == LOCATION && f.Start < s && f.Start >= tt.off[j-2] && f.End > s && f.End <= en {
				continue
			}
			kept = append(kept, f)
		}
		fs = kept
		out = append(out, Finding{Type: PERSON, Text: w, Start: s, End: en, Evidence: "role-name,pers21b", Score: contextScore + 1})
	}
	*fsp = fs
	return out
}

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
