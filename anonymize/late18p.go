package anonymize

import "strings"

// late18p.go: persons of the eighteenth session's late round, each read by
// the company it keeps in the same text rather than by its own shape:
//   - a name in a list of 、 whose items share one frame with a masked
//     person beside it: a place and 的 (…镇的金满堂、…乡的欧阳秋实) or a
//     unit and a title (…局科长冷静、…中心主任万家和), where the name reads
//     as a word or its given name as one (listSiblings18p);
//   - a surname and a title of an association or cooperative that refer
//     back to a person of that surname in the same text (理事长黄秀兰 …
//     黄理事长) (backTitles18p);
//   - 老 and a surname that refer back to a person of that surname in the
//     same text wherever they stand (常满仓 … 跟着老常) (backFamiliar18p).
func late18p(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	if tt.mayContain("、") {
		out = append(out, listSiblings18p(tt, fs)...)
	}
	if len(out) > 0 {
		fs = add19(fs, out)
		out = out[:0]
	}
	heads := personHeads18p(fs)
	if len(heads) == 0 {
		return fs
	}
	out = append(out, backTitles18p(tt, fs, heads)...)
	out = append(out, backFamiliar18p(tt, fs, heads)...)
	if len(out) > 0 {
		fs = add19(fs, out)
	}
	return fs
}

// personHeads18p returns the single-character surnames of the persons of
// fs whose names are a surname and a given name of one or two characters.
func personHeads18p(fs []Finding) map[rune]bool {
	heads := map[rune]bool{}
	for _, f := range fs {
		if f.Type != PERSON || strings.ContainsAny(f.Text, " 　·") {
			continue
		}
		rs := []rune(f.Text)
		if len(rs) < 2 || len(rs) > 3 || !allHan(f.Text) {
			continue
		}
		heads[rs[0]] = true
	}
	return heads
}

// listItemEnd18p are the characters that end an item of a list of names.
var listItemEnd18p = runeBitsOf("、，。；被等")

// listSiblings18p finds names in a list of 、 whose frame is the frame of a
// masked person next to them (class: list siblings; a name that reads as a
// word, 冷静, 夏天, or whose given name is one, 金|有余, 万家|和, passes the
// name readers by, but the list says what it is). An item is a candidate
// when it is two or three characters (four after a compound surname) that
// begin with a surname, stand after a place or body found by the rules and
// 的, or after a title, and end at 、 or at the list's end; it is a person
// when the item before or after it across one 、 is a person in the same
// frame. The list is walked until nothing more is found, so that a run of
// such names in one list is read from one masked sibling.
func listSiblings18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	type cand struct {
		s, e  int
		place bool // 的-frame (true) or title frame (false)
	}
	var cands []cand
	for e := 2; e < n; e++ {
		if !listItemEnd18p.has(tt.runes[e]) {
			continue
		}
		for k := 2; k <= 4 && e-k >= 1; k++ {
			s := e - k
			if k == 4 && !l.isCompound(tt.sub(s, s+2)) {
				continue
			}
			if k < 4 && !surnameAny15(l, tt.runes[s]) && !l.isCompound(tt.sub(s, s+2)) {
				continue
			}
			if !allHan(tt.sub(s, e)) || overlapsOutside18p(fs, tt.off[s], tt.off[e]) || isRoleWord(tt.sub(s, e)) || l.common[tt.sub(s, e)] && k == 3 {
				continue
			}
			if tt.runes[s-1] == '的' && placeEnds19(tt, fs, s-1) {
				cands = append(cands, cand{s, e, true})
				continue
			}
			if b := tt.tokenBefore(s); b != nil && b.end == s && title18p(b.word) && tt.tokStart(s) {
				cands = append(cands, cand{s, e, false})
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// ends holds the rune ends of the persons in a frame: the 的-frame's
	// and the title frame's
	type end struct {
		e     int
		place bool
	}
	ends := map[end]bool{}
	for _, f := range fs {
		if f.Type != PERSON || f.Score < 2 {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s <= 0 || e > n {
			continue
		}
		if tt.runes[s-1] == '的' && placeEnds19(tt, fs, s-1) {
			ends[end{e, true}] = true
		} else if b := tt.tokenBefore(s); b != nil && b.end == s && title18p(b.word) {
			ends[end{e, false}] = true
		}
	}
	var out []Finding
	done := map[int]bool{}
	for changed := true; changed; {
		changed = false
		for i, c := range cands {
			if done[i] {
				continue
			}
			if !listNeighbour18p(tt, c.s, c.e, func(e int) bool { return ends[end{e, c.place}] }) {
				continue
			}
			done[i] = true
			changed = true
			ends[end{c.e, c.place}] = true
			out = append(out, Finding{Type: PERSON, Text: tt.sub(c.s, c.e), Start: tt.off[c.s], End: tt.off[c.e], Evidence: "list-sibling,late18p", Score: contextScore})
		}
	}
	return out
}

// listNeighbour18p reports whether the item before the one at [s, e)
// across a 、 or the one after it ends where isEnd says a person ends. The
// items are looked for within one clause.
func listNeighbour18p(tt *tokText, s, e int, isEnd func(int) bool) bool {
	n := len(tt.runes)
	for i := s - 1; i >= 0 && i > s-30; i-- {
		r := tt.runes[i]
		if r == '、' {
			if isEnd(i) {
				return true
			}
			break
		}
		if r == '，' || r == '。' || r == '；' || r == '：' || r == '\n' {
			break
		}
	}
	if e < n && tt.runes[e] == '、' {
		for i := e + 1; i < n && i < e+30; i++ {
			r := tt.runes[i]
			if listItemEnd18p.has(r) {
				return isEnd(i)
			}
			if r == '：' || r == '\n' {
				break
			}
		}
	}
	return false
}

// assocTitles18p are titles of associations, cooperatives and societies
// that a surname stands before when the text has named the holder (class:
// back references by title the title lists lack, 理事长黄秀兰 … 黄理事长).
var assocTitles18p = []string{"理事长", "副理事长", "监事长", "秘书长", "社长", "副社长"}

// backTitles18p finds a surname and one of assocTitles18p when a person of
// that surname is masked in the same text and the surname is no word's
// end (协会|理事长).
func backTitles18p(tt *tokText, fs []Finding, heads map[rune]bool) []Finding {
	var out []Finding
	for _, title := range assocTitles18p {
		for _, p := range occurrences19(tt, title) {
			s := p - 1
			if s < 0 || !heads[tt.runes[s]] || notSurname18p.has(tt.runes[s]) || !tt.tokStart(s) || !tt.tokStart(p) {
				continue
			}
			if s > 0 && isHan(tt.runes[s-1]) && !tt.tokStart(s) {
				continue
			}
			e := p + runeLen(title)
			if overlapsAny(fs, tt.off[s], tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "surname+title-back,late18p", Score: contextScore})
		}
	}
	return out
}

// backFamiliar18p finds 老 and a surname wherever they stand when a person
// of that surname is masked in the same text (class: familiar back
// references inside a clause, 跟着老常种枣, 都说老吕是, which familiar18p
// reads at a clause's start only). 老 must start its token and the pair be
// no dictionary word other than a name (老乡, 老于世故), nor the start of a
// longer word (老黄牛).
func backFamiliar18p(tt *tokText, fs []Finding, heads map[rune]bool) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, s := range occurrences19(tt, "老") {
		i := s + 1
		if i >= n || !heads[tt.runes[i]] || !tt.tokStart(s) || l.common[tt.sub(s, i+1)] {
			continue
		}
		t0 := tt.tokenAt(s)
		// 老常错/x: gojieba's unknown-word guess glues one character on
		if t0.pos == "x" && t0.end <= i+2 {
			t0 = &tok{start: s, end: i + 1, pos: "x"}
		}
		if t0.end > i+1 || t0.end == i+1 && t0.dictWord() && !strings.HasPrefix(t0.pos, "nr") {
			continue
		}
		if t0.end == i {
			if t1 := tt.tokenAt(i); t1.end > i+1 && t1.dictWord() {
				continue
			}
		}
		if overlapsAny(fs, tt.off[s], tt.off[i+1]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, i+1), Start: tt.off[s], End: tt.off[i+1], Evidence: "familiar-back,late18p", Score: contextScore})
	}
	return out
}

// overlapsOutside18p reports whether a finding of fs overlaps [s, e)
// without lying inside it: one inside (a weak reading of the same name,
// 欧阳 read as a place) gives way to the new finding in add19.
func overlapsOutside18p(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; f.Start < e && f.End > s && (f.Start < s || f.End > e) {
			return true
		}
	}
	return false
}

// title18p reports whether w is a title a name follows in a list of the
// honoured: the role words, the titles of clerks and group heads
// (titles18p, 会计 tagged a verb) and words ending in 长 or 员 (股长,
// 网格员), which only a masked sibling in the same frame makes count.
func title18p(w string) bool {
	if isRoleWord(w) || strings.HasSuffix(w, "长") || strings.HasSuffix(w, "员") {
		return true
	}
	for _, t := range titles18p {
		if t == w {
			return true
		}
	}
	return false
}
