package anonymize

import "strings"

// This file holds round leaks36: the person leaks left in deid-own73 … 78.
// leaks36 runs right after urban15 (anonymize.go):
//
//   - a name padded between its surname and given name (蒙  幸福, 岑  红军,
//     folded by extraction to ONE space), as honour lists, bylines, contact
//     lines, member lists and quoted speakers write it, whatever its given
//     name (an ordinary word like 幸福, 建设 included): a surname, one space,
//     one or two Han characters, standing between a line start, space,
//     punctuation or a role word (总经理, 联系人：, 授予) and a space, line
//     end, punctuation or 等/说/担任 (spacedNames36);
//   - in a line of names set apart by spaces (成员：冉  晓燕  向红军), an
//     unpadded name of two or three characters beginning with a surname,
//     standing between spaces or a line end next to a name already masked,
//     is a name too (spacedListNames36).
//
// A name found so is masked wherever it stands in the text.

// leaks36 adds the findings of this round to fs.
func leaks36(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	if out := spacedNames36(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if out := spacedListNames36(tt, fs); len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	return fs
}

// roleBefore36 are the words a padded name may follow unbroken (总经理闵  建新说).
var roleBefore36 = []string{"经理", "董事长", "书记", "主任", "局长", "县长", "镇长", "乡长", "站长", "所长", "校长", "院长", "社长", "会长", "村长", "组长", "队长", "主席", "委员", "代表", "技师", "医师", "联系人", "负责人", "授予", "表彰", "成员有", "记者", "通讯员", "厂长", "行长", "馆长", "园长", "老师", "教师", "网格员"}

// notGiven36 are words a padded "given name" may be that are titles or
// function words, not names (王  书记, 李  同志).
var notGiven36 = runeBitsOf("书记主任长员同志等和与及的在是了为说年月日区县乡镇村省市摄")

func surnameAny36(l *lexicon, r rune) bool {
	return l.isSurname(r) || surnames33.has(r) || surnames34.has(r) || surnames15.has(r)
}

// spacedNames36: see the file comment, first class.
func spacedNames36(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 0; s+2 < n; s++ {
		if !isHan(rs[s]) || !spaceRune(rs[s+1]) {
			continue
		}
		// a contact line names a person whatever the surname (联系人：苌  丽)
		contact := strings.HasSuffix(string(rs[max(0, s-4):s]), "联系人：") || strings.HasSuffix(string(rs[max(0, s-4):s]), "联系人:")
		if !contact && !surnameAny36(l, rs[s]) {
			continue
		}
		// before: line start, non-Han, or a role word
		if s > 0 && isHan(rs[s-1]) {
			ok := false
			for _, w := range roleBefore36 {
				if strings.HasSuffix(string(rs[max(0, s-4):s]), w) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
		}
		g := s + 1
		for g < n && spaceRune(rs[g]) {
			g++
		}
		if g-s-1 > 3 {
			continue
		}
		e := g
		for e < n && e-g < 3 && isHan(rs[e]) {
			e++
		}
		k := e - g
		// a two-character given name may run into 等/说/担任 (岑  红军等)
		if k == 3 {
			if c := rs[e-1]; c == '等' || c == '说' || c == '担' {
				e--
				k = 2
			} else {
				continue
			}
		}
		if k < 1 {
			continue
		}
		// letter-spaced words (项  目, 王 牌 产 品, 欧 阳 明) are no padded
		// names: no single character set apart right before or after
		if e+2 <= n && e < n && spaceRune(rs[e]) && isHan(rs[e+1]) && (e+2 == n || !isHan(rs[e+2])) {
			continue
		}
		if s >= 2 && spaceRune(rs[s-1]) && isHan(rs[s-2]) && (s == 2 || !isHan(rs[s-3])) {
			continue
		}
		// a one-character given name only after a role, a list mark or a contact cue
		if k == 1 && !contact && (s == 0 || !(isHan(rs[s-1]) || strings.ContainsRune("：:、，", rs[s-1]))) {
			continue
		}
		if e < n {
			c := rs[e]
			if !(spaceRune(c) || c == '\n' || c == '\r' || c == '等' || c == '说' || c == '担' || strings.ContainsRune("，、。；：:,（(）)“”", c)) {
				continue
			}
		}
		// the padding is the strong cue: a two-character given name may hold
		// characters the unpadded rules refuse (志成), and 志, 和, 为 of
		// notGiven36 (pers16.go: givenOK16, 黄  志成); one character may not
		bad := false
		for _, r := range rs[g:e] {
			if (notGiven36.has(r) && !(k == 2 && givenOK16.has(r))) || r == '某' || (k == 1 && (hardStop[r] || notNameRune15.has(r))) {
				bad = true
			}
		}
		if bad || coveredBy13(fs, tt.off[s], tt.off[e]) || strongAcross15(tt, fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,leaks36", Score: contextScore + 1})
	}
	return out
}

// spacedListNames36: see the file comment, second class.
func spacedListNames36(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for s := 1; s+2 <= n; s++ {
		if !spaceRune(rs[s-1]) || !isHan(rs[s]) || !surnameAny36(l, rs[s]) {
			continue
		}
		e := s
		for e < n && isHan(rs[e]) {
			e++
		}
		if e-s < 2 || e-s > 3 || (e < n && !spaceRune(rs[e]) && rs[e] != '\n' && rs[e] != '\r') {
			continue
		}
		bad := false
		for _, r := range rs[s+1 : e] {
			if hardStop[r] || notNameRune15.has(r) || notGiven36.has(r) || r == '某' {
				bad = true
			}
		}
		if bad || coveredBy13(fs, tt.off[s], tt.off[e]) {
			continue
		}
		// a masked name right before, across the spaces (莽秀珍  字开美)
		b := s - 1
		for b > 0 && spaceRune(rs[b-1]) {
			b--
		}
		near := b > 0 && isHan(rs[b-1]) && personEndsAt36(tt, fs, b)
		// or right after (冉  晓燕  向红军  周  颖)
		a := e
		for a < n && spaceRune(rs[a]) {
			a++
		}
		if !near && a > e && a < n && isHan(rs[a]) {
			for _, f := range fs {
				if f.Type == PERSON && f.Start == tt.off[a] {
					near = true
					break
				}
			}
		}
		if !near {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-list-name,leaks36", Score: contextScore + 1})
	}
	return out
}

// personEndsAt36 tells whether a person finding ends at rune b.
func personEndsAt36(tt *tokText, fs []Finding, b int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.End == tt.off[b] {
			return true
		}
	}
	return false
}
