package anonymize

import "strings"

// late19p.go: persons of surnames no table holds (言, 库, 拓, 同, 卯: rare
// surnames that are ordinary characters) in frames that vouch for a name,
// and persons glossed by their real name. late19p runs right after
// roleNames16 (anonymize.go):
//
//   - paddedVouched19p: a name padded between its one-character surname and
//     a two-character given name (言  雨桐), whatever the surname, when a
//     role stands right before the padding (副县长  拓  海军) or a person
//     already found is its neighbour in a list set apart by spaces or 、
//     (阳  春燕  肖  卫东  言  雨桐, 詹  秀云、库  振东、宁海燕); leaks36 reads
//     only surnames of the tables;
//   - listedRoleNames19p: a role + three Han characters + 分别/共同/一同
//     (副主任卯光荣分别召开) or + 、 and another role's person
//     (项目经理同建军、技术负责人甲乙丙): the frame of pers19 with the clause
//     broken by a list instead of a verb of work;
//   - glossNames19p: a real name glossed in brackets (（本名甲乙丙）, 真名,
//     真实姓名) and the quoted net name it glosses (主播“朵朵妈”（本名…）);
//   - givenBodies19p: a volunteer team or studio named after its founder's
//     given name (甲乙丙发起的乙丙义工团): the founder, a surname of any tier
//     and the two characters the body repeats, before a verb of founding or
//     found already, and the given name in the body are masked.
//
// A name found so is masked wherever it stands in the text.
func late19p(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 5 {
		return fs
	}
	var out []Finding
	if tt.spaceMay() {
		out = append(out, paddedVouched19p(tt, fs)...)
	}
	out = append(out, listedRoleNames19p(tt, fs)...)
	if tt.mayContain("名") {
		out = append(out, glossNames19p(tt, fs)...)
	}
	founders, givens := givenBodies19p(tt, fs)
	out = append(out, founders...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	// a body's given name is masked where it stands, not everywhere: it
	// stands inside its founder's name too
	return add19(fs, givens)
}

// personEndsAt19p reports whether a person finding of fs (not a weak guess)
// ends at byte e.
func personEndsAt19p(fs []Finding, e int) bool {
	for i := range fs {
		if fs[i].Type == PERSON && fs[i].End == e && fs[i].Start < e && !weak19(&fs[i]) {
			return true
		}
	}
	return false
}

// listSep19p separates the items of a list of names: spaces and 、.
func listSep19p(r rune) bool { return spaceRune(r) || r == '、' }

// paddedVouched19p: see the file comment, first class.
func paddedVouched19p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 0; s+3 < n; s++ {
		r := rs[s]
		if !isHan(r) || !spaceRune(rs[s+1]) || nameStops19.has(r) || firstStops19.has(r) || numeralRune(r) {
			continue
		}
		g := s + 1
		for g < n && spaceRune(rs[g]) {
			g++
		}
		e := g + 2
		if g-s-1 > 3 || e > n || !isHan(rs[g]) || !isHan(rs[g+1]) || e < n && isHan(rs[e]) {
			continue
		}
		// the given name: no title or function character (王  书记)
		bad := false
		for _, c := range rs[g:e] {
			if notGiven36.has(c) && !givenOK16.has(c) || nameStops19.has(c) || numeralRune(c) {
				bad = true
			}
		}
		// after it: a line end, a space, a list comma or a clause's end
		if bad || e < n && !(spaceRune(rs[e]) || strings.ContainsRune("\n\r、，。；）)", rs[e])) {
			continue
		}
		// before it: a line start, a separator or punctuation, never a Han
		// character glued on (the surname is a word's last character)
		if s > 0 && isHan(rs[s-1]) {
			continue
		}
		// letter-spaced words (项  目  建设) are no padded names: no single
		// Han character set apart right before
		if s >= 2 && spaceRune(rs[s-1]) && isHan(rs[s-2]) && (s == 2 || !isHan(rs[s-3])) {
			continue
		}
		p := s
		for p > 0 && spaceRune(rs[p-1]) {
			p--
		}
		vouched := p < s && p > 0 && isHan(rs[p-1]) && roleBefore19(tt, p)
		// a person found as the list's item before or after
		if !vouched {
			q := s
			for q > 0 && listSep19p(rs[q-1]) {
				q--
			}
			vouched = q < s && q > 0 && personEndsAt19p(fs, tt.off[q])
		}
		if !vouched && e < n {
			q := e
			for q < n && listSep19p(rs[q]) {
				q++
			}
			vouched = q > e && q < n && personAt19(fs, tt.off[q])
		}
		if !vouched || tt.runeCovered(fs, s) || tt.runeCovered(fs, g) || coveredBy13(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-vouched19p", Score: contextScore + 1})
	}
	return out
}

// sharedVerbs19p follow the last of several persons that share a
// predicate (甲、副主任乙丙丁分别召开): 分别, 共同, 一同.
var sharedVerbs19p = []string{"分别", "共同", "一同"}

// listedRoleNames19p: see the file comment, second class.
func listedRoleNames19p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for j := 2; j+4 < n; j++ {
		if !isHan(rs[j]) || !listedRoleNext19p.has(rs[j+3]) || !roleBefore19(tt, j) { // speed27.go: the frame's opening first
			continue
		}
		e := j + 3
		if !framedSpan19(tt, j, e) {
			continue
		}
		ok := false
		for _, w := range sharedVerbs19p {
			ok = ok || hasPrefixAt15b(tt, e, w)
		}
		// 、 and another role's person: a person found within ten
		// characters after the comma, right after a role
		if !ok && rs[e] == '、' {
			for i := range fs {
				f := &fs[i]
				if f.Type != PERSON || weak19(f) || f.Start <= tt.off[e] {
					continue
				}
				if p := tt.runeAt(f.Start); p-e <= 10 && p > e+2 && roleBefore19(tt, p) {
					ok = true
					break
				}
			}
		}
		if !ok || overlapsSure18w(fs, tt.off[j], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(j, e), Start: tt.off[j], End: tt.off[e], Evidence: "listed-role19p", Score: 3})
	}
	return out
}

// glossWords19p gloss a net name or pen name with the person's real name.
var glossWords19p = []string{"本名", "真名", "真实姓名"}

// glossNames19p: see the file comment, third class.
func glossNames19p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	l := getLexicon()
	var out []Finding
	for _, w := range glossWords19p {
		for _, p := range occurrences19(tt, w) {
			if p == 0 || !strings.ContainsRune("（(，,", rs[p-1]) {
				continue
			}
			s := p + len([]rune(w))
			if s < n && strings.ContainsRune("：:为是", rs[s]) {
				s++
			}
			e := s
			for e < n && e-s < 4 && isHan(rs[e]) {
				e++
			}
			if e-s < 2 || e-s > 3 || e < n && !strings.ContainsRune("）)，,、；;。", rs[e]) || !surnameAny15(l, rs[s]) {
				continue
			}
			if !tt.runeCovered(fs, s) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "gloss19p:" + w, Score: 3})
			}
			// the quoted net name right before the bracket (主播“甲甲妈”（本名…）)
			b := p - 1
			if b < 2 || rs[b-1] != '”' {
				continue
			}
			q := b - 2
			for q >= 0 && b-1-q <= 12 && rs[q] != '“' && rs[q] != '\n' {
				q--
			}
			if q < 0 || rs[q] != '“' || b-1-(q+1) < 2 || b-1-(q+1) > 10 {
				continue
			}
			a, z := q+1, b-1
			if tt.runeCovered(fs, a) || tt.runeCovered(fs, z-1) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(a, z), Start: tt.off[a], End: tt.off[z], Evidence: "gloss19p:netname", Score: 3})
		}
	}
	return out
}

// givenBodyKinds19p are bodies of volunteers or a craft named after their
// founder's given name (乙丙义工团, 乙丙工作室).
var givenBodyKinds19p = []string{"义工团", "义工队", "志愿服务队", "志愿队", "志愿者协会", "爱心团", "爱心社", "服务队", "工作室", "调解室"}

// foundVerbs19p follow a founder's name (甲乙丙发起的…).
var foundVerbs19p = []string{"发起", "创办", "组建", "成立", "牵头", "领办", "创建", "创立"}

// givenBodies19p: see the file comment, fourth class.
func givenBodies19p(tt *tokText, fs []Finding) (founders, givens []Finding) {
	rs := tt.runes
	n := len(rs)
	l := getLexicon()
	for _, kind := range givenBodyKinds19p {
		for _, p := range occurrences19(tt, kind) {
			g := p - 2
			if g < 0 || !isHan(rs[g]) || !isHan(rs[g+1]) || nameStops19.has(rs[g]) || nameStops19.has(rs[g+1]) {
				continue
			}
			given := string(rs[g:p])
			for _, q := range indexAll16(tt, given) {
				s, e := q-1, q+2
				if s < 0 || q == g || e > n || !surnameAny15(l, rs[s]) || l.common[tt.sub(s, e)] || s > 0 && isHan(rs[s-1]) && !roleBefore19(tt, s) {
					continue
				}
				ok := personAt19(fs, tt.off[s])
				for _, w := range foundVerbs19p {
					ok = ok || hasPrefixAt15b(tt, e, w)
				}
				if !ok {
					continue
				}
				if !tt.runeCovered(fs, s) {
					founders = append(founders, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "given-body19p:founder", Score: 3})
				}
				if !tt.runeCovered(fs, g) {
					givens = append(givens, Finding{Type: PERSON, Text: given, Start: tt.off[g], End: tt.off[p], Evidence: "given-body19p:" + kind, Score: 3})
				}
				break
			}
		}
	}
	return founders, givens
}
