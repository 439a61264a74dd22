package anonymize

import (
	"strings"
	"unicode/utf8"
)

// pers18w.go: persons of minutes and speeches that probe18p's frames read
// but a guess already standing over the name hid.

// overlapsSure18w reports whether a finding of fs other than a weak guess
// (weak19: a bare gojieba tag or a doubtful reading, which policy drops)
// overlaps bytes [s, e) (class: a frame that fixes a name, 缺席：钱建国（请假）,
// 高峰同志任副镇长, gave way to a doubtful place or person over part of it,
// 建国/ns-doubtful, 高峰/doubtful, and the doubtful guess was dropped at
// the end: the name stayed readable). add19 replaces the weak guess.
func overlapsSure18w(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e && !weak19(f) {
			return true
		}
	}
	return false
}

// countWords18w are the numerals of a count of comrades after a list of
// names (两位同志, 三名同志), with the number of items each asks for.
var countWords18w = map[rune]int{'两': 2, '二': 2, '三': 3, '四': 4, '五': 5}

// countedComrades18w finds the names of a clause that lists them before a
// count of comrades, 甲和乙两位同志, 甲、乙、丙三名同志 (class: names that read as
// words, 常青和冷静两位同志, which the name readers pass by as the
// adjectives gojieba tags them). The clause from its start to the count
// must split on 、/和/与/及 into exactly as many items as the count says,
// each of two or three characters of Han whose first is a surname of any
// tier and none a word that describes comrades (年轻和女性两位: no names).
// A name that reads as a frequent word is masked in its frame only; others
// wherever they stand.
func countedComrades18w(tt *tokText, fs []Finding) (framed, named []Finding) {
	l := getLexicon()
	for _, p := range occurrences19(tt, "同志") {
		if p < 4 || (tt.runes[p-1] != '位' && tt.runes[p-1] != '名') {
			continue
		}
		want := countWords18w[tt.runes[p-2]]
		if want == 0 {
			continue
		}
		end := p - 2
		s := end
		for s > 0 && !clauseStops18w.has(tt.runes[s-1]) {
			s--
		}
		var items [][2]int
		a := s
		for i := s; i <= end; i++ {
			if i == end || listSeps18w.has(tt.runes[i]) {
				items = append(items, [2]int{a, i})
				a = i + 1
			}
		}
		if len(items) != want {
			continue
		}
		ok := true
		for _, it := range items {
			k := it[1] - it[0]
			if k < 2 || k > 3 {
				ok = false
				break
			}
			for i := it[0]; i < it[1]; i++ {
				ok = ok && isHan(tt.runes[i])
			}
			w := tt.sub(it[0], it[1])
			if !ok || !surnameAny15(l, tt.runes[it[0]]) || comradeNotNames18p[w] || bodyEnds18p.has(tt.runes[it[1]-1]) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, it := range items {
			st, en := tt.off[it[0]], tt.off[it[1]]
			if overlapsSure18w(fs, st, en) {
				continue
			}
			if !l.common[tt.sub(it[0], it[1])] {
				named = append(named, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: st, End: en, Evidence: "counted-comrades,pers18w", Score: contextScore})
				continue
			}
			// a word-name takes its frame along, the separator after it
			// or the count, which stays readable (readableContext18w):
			// the word alone is masked nowhere (冷静分析)
			fe := it[1] + 1
			if it[1] == end {
				fe = p + 2
			}
			framed = append(framed, Finding{Type: PERSON, Text: tt.sub(it[0], fe), Start: st, End: tt.off[fe], Evidence: frameAfter18w, Score: contextScore})
		}
	}
	return framed, named
}

// clauseStops18w end the clause before a list of names.
var clauseStops18w = runeBitsOf("，。；：！？（）“”《》\n\t ")

// listSeps18w join the names of a list.
var listSeps18w = runeBitsOf("、和与及")

// pers18w adds the persons of this file's frames (see each function).
func pers18w(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 {
		return fs
	}
	framed, named := countedComrades18w(tt, fs)
	if tt.mayContain("由") || tt.mayContain("据") || tt.mayContain("经") {
		f2, n2 := framedWordNames18w(tt, fs)
		framed, named = append(framed, f2...), append(named, n2...)
	}
	named = append(named, familiarTokens18w(tt, fs)...)
	if len(named) > 0 {
		fs = add19(fs, everywhere28(tt, named))
	}
	if len(framed) > 0 {
		fs = add19(fs, framed)
	}
	return fs
}

// framedWordNames18w finds a name after 由/据/经 and before a verb of
// framedVerbs18p (由甲乙负责, 据甲乙说, 经甲乙同意) in two shapes the name
// readers and gluedNames18p pass by:
//   - a two-character word that gojieba itself tags as a person's or a
//     place's name, nr or ns, whose first character is a common surname
//     (class: given names that read as words, 由田野/nr负责, 据江河/ns说,
//     由高峰/nr主持); the bodies the frame also holds are nouns, n
//     (由公司负责, 由林业负责), and a place the place readers found stands;
//   - a name of three characters whose surname gojieba glued to the
//     preposition before it, the given name a word of its own (class:
//     由常|胜利负责, 据田|丰收介绍), not when the preposition and the surname
//     make a frequent word (经常|胜利).
//
// A word-name is masked in its frame only (高峰期 stays); others wherever
// they stand.
func framedWordNames18w(tt *tokText, fs []Finding) (framed, named []Finding) {
	l := getLexicon()
	n := len(tt.runes)
	for s := 1; s+3 <= n; s++ {
		if !framePreps18p.has(tt.runes[s-1]) || !commonSurname15(l, tt.runes[s]) {
			continue
		}
		for _, e := range []int{s + 2, s + 3} {
			if e >= n || !hasAnyPrefix13(tt.text[tt.off[e]:], framedVerbs18p) || !tt.tokStart(e) {
				continue
			}
			ok := true
			for i := s; i < e; i++ {
				ok = ok && isHan(tt.runes[i])
			}
			if !ok || bodyEnds18p.has(tt.runes[e-1]) {
				continue
			}
			t := tt.tokenAt(s)
			if e == s+2 {
				// 由|田野/nr|负责
				if t.start != s || t.end != e || (t.pos != "nr" && t.pos != "ns") || !tt.tokStart(s) {
					continue
				}
			} else {
				// 由常/x|胜利|负责: the preposition and the surname one
				// made-up token, the given name one word
				g := tt.tokenAt(s + 1)
				if t.start != s-1 || t.end != s+1 || l.common[tt.sub(s-1, s+1)] || g.start != s+1 || g.end != e {
					continue
				}
				if l.given[tt.runes[s+1]] <= 0 || l.given[tt.runes[s+2]] <= 0 {
					continue
				}
			}
			if overlapsSure18w(fs, tt.off[s], tt.off[e]) {
				continue
			}
			if l.common[tt.sub(s, e)] || l.common[tt.sub(s+1, e)] {
				// a word-name takes the preposition along, which stays
				// readable (readableContext18w): 田野调查 elsewhere stays
				framed = append(framed, Finding{Type: PERSON, Text: tt.sub(s-1, e), Start: tt.off[s-1], End: tt.off[e], Evidence: frameBefore18w, Score: contextScore})
			} else {
				named = append(named, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "framed-word-name,pers18w", Score: contextScore})
			}
			break
		}
	}
	return framed, named
}

// familiarTokens18w finds 老 or 小 and a common surname that gojieba made
// one token of any tag (老周/t, 老王/nr, 小李/x) at a clause's start before a
// verb (class: familiar forms familiar18p passes by because gojieba knew
// a word there, 老周带领大家…, 小李跑遍了…). Not a frequent word (老师, 小康),
// nor a surname that is a noun (老路, 小麦: surnameNouns15).
func familiarTokens18w(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, s := range familiarStarts18p(tt) {
		i := s + 1
		r := tt.runes[i]
		if !commonSurname15(l, r) || notFamiliar18p.has(r) || surnameNouns15.has(r) || l.common[tt.sub(s, i+1)] {
			continue
		}
		t := tt.tokenAt(s)
		if t.start != s || t.end != i+1 {
			continue
		}
		next := tt.tokenAt(i + 1)
		if next == nil || next.start != i+1 || next.pos == "" || next.pos[0] != 'v' {
			if tt.runes[i+1] != '：' && tt.runes[i+1] != '说' {
				continue
			}
		}
		if overlapsSure18w(fs, tt.off[s], tt.off[i+1]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, i+1), Start: tt.off[s], End: tt.off[i+1], Evidence: "familiar-token,pers18w", Score: contextScore})
	}
	return out
}

// The evidence of a word-name found with its frame: the frame's one
// character before it (由) or its text after it (和, 两位同志) stays readable.
const (
	frameBefore18w = "framed-word-name-before,pers18w"
	frameAfter18w  = "framed-word-name-after,pers18w"
)

// readableContext18w gives the bytes of a word-name finding of this file
// that stay readable: the preposition of 由田野, the separator or count of
// 常青和, 冷静两位同志 (class: a word-name masked with its frame only, so the
// word stays readable wherever it stands without one).
func readableContext18w(f Finding) (keep [2]int, ok bool) {
	if f.Type != PERSON {
		return keep, false
	}
	switch {
	case strings.HasPrefix(f.Evidence, frameBefore18w):
		_, w := utf8.DecodeRuneInString(f.Text)
		return [2]int{w, 0}, true
	case strings.HasPrefix(f.Evidence, frameAfter18w):
		rs := []rune(f.Text)
		if len(rs) > 2 {
			// 常青和: the separator; 冷静两位同志: the count
			for k := 2; k <= 3 && k < len(rs); k++ {
				if listSeps18w.has(rs[k]) || countWords18w[rs[k]] > 0 {
					return [2]int{0, len(string(rs[k:]))}, true
				}
			}
		}
	}
	return keep, false
}
