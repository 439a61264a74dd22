package anonymize

import (
	"sort"
	"strings"
)

// joinNamePieces12 mends foreign names that the recognizers found in two
// pieces (newsp12). Class: a transliterated name cut where gojieba's words
// end, each piece found on its own, so neither piece is the name and both
// count as wrong spans: two names joined by a dash (约翰—格伦 as one
// person), a dotted name whose tail was read apart (马·莱|万多|夫斯基), a
// one-character head before a transliterated tail (戈|麦尔斯基), two
// transliterated pieces one or two characters apart (亚斯特|任|布斯基).
// The 5-fold held-out errors of the development file had 8 of their 109
// wrong person spans in this class once the lexicon's counts no longer
// held the held-out names (joinTransliterated, person.go, needs its gap
// character to be counted as a transliteration character). Joining never
// unmasks a character: both pieces and the gap are masked as one name.
//
// Two person findings join when both read as foreign (a dot inside, a
// transliterated evidence, or every character a frequent transliteration
// character) and what stands between them is nothing, one dash, or one or
// two characters that occur in transliterated names and are no function
// word, stop or suffix character. Chinese names beside each other (张三、
// 李四) are left alone: a piece of Chinese shape is not foreign-looking.
func joinNamePieces12(tt *tokText, fs []Finding) []Finding {
	type piece struct{ s, e, k int }
	var ps []piece
	for k, f := range fs {
		if f.Type != PERSON {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s >= 0 && e-s == 2 && f.Evidence == "familiar-surname" && (tt.runes[s] == '小' || tt.runes[s] == '老') {
			s++ // 小戈|麦尔斯基: the surname of a familiar form, 小 stays readable
		}
		if s < 0 || e <= s || !foreignPiece12(tt, f, s, e) {
			continue
		}
		ps = append(ps, piece{s, e, k})
	}
	if len(ps) < 2 {
		return fs
	}
	sort.Slice(ps, func(a, b int) bool { return ps[a].s < ps[b].s })
	drop := map[int]bool{}
	var add []Finding
	for a := 0; a < len(ps); a++ {
		s, e := ps[a].s, ps[a].e
		parts := []int{ps[a].k}
		for a+1 < len(ps) && ps[a+1].s >= e && pieceGap12(tt, e, ps[a+1].s, e-s >= 2 && ps[a+1].e-ps[a+1].s >= 2) {
			a++
			e = ps[a].e
			parts = append(parts, ps[a].k)
		}
		if len(parts) == 1 || e-s > 12 {
			continue
		}
		w := tt.sub(s, e)
		if notForeignName(w) || getLexicon().places[w] > 0 {
			continue
		}
		best := 0.0
		for _, k := range parts {
			drop[k] = true
			best = max(best, fs[k].Score)
		}
		for k, f := range fs {
			// a person finding inside the joined name (任布斯 of
			// 亚斯特|任布斯|基) goes with the pieces
			if f.Type == PERSON && f.Start >= tt.off[s] && f.End <= tt.off[e] {
				drop[k] = true
			}
		}
		add = append(add, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "transliterated,pieces12", Score: best})
	}
	return joinedFindings(fs, drop, add)
}

// foreignPiece12 reports whether finding f (runes [s, e)) reads as a
// piece of a foreign name: a dot inside, a transliterated evidence, or
// every character a frequent transliteration character.
func foreignPiece12(tt *tokText, f Finding, s, e int) bool {
	if strings.ContainsAny(f.Text, "·•・．‧") || strings.HasPrefix(f.Evidence, "transliterated") {
		return true
	}
	return translitLooking(tt, s, e)
}

// pieceGap12 reports whether runes [s, e) may stand inside one foreign
// name between two of its pieces: nothing, one dash, or one or two
// characters seen in several transliterated names that are no function
// word, stop or suffix character, and no place word or place suffix
// (苏木); between two pieces of two characters or more (long), also one
// character that is no grammatical word alone (亚斯特|任|布斯基: 任 stands
// in few transliterations). Counts of names, not their ratio to ordinary
// text, decide: the ratio of a character such as 万 sits near 0 and moves
// with every name counted.
func pieceGap12(tt *tokText, s, e int, long bool) bool {
	switch n := e - s; {
	case n == 0:
		return true
	case n == 1 && nameDash12[tt.runes[s]]:
		return true
	case n > 2:
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || functionRunes[r] || givenStop[r] || runStop[r] || dotStop[r] {
			return false
		}
	}
	if t := tt.toks[tt.tokOf[s]]; e-s == 2 && t.start == s && t.end == e && (strings.HasPrefix(t.pos, "ns") || t.pos == "nt") || placeSuffix12[tt.sub(s, e)] {
		// a place word or level between two pieces (那仁宝拉格|苏木|乌兰图嘎
		// 嘎查: a township and a village, no name)
		return false
	}
	if e-s == 1 && long {
		// (pronouns alone pass: the true ones, 他 我 其 各, are stops
		// already, and gojieba tags 任 of 任何 r)
		if t := tt.toks[tt.tokOf[s]]; !(t.n() == 1 && gramPOS(t.pos) && t.pos != "r") {
			return true
		}
	}
	l := getLexicon()
	for _, r := range tt.runes[s:e] {
		if l.translitN[r] < 5 {
			return false
		}
	}
	return true
}

// placeSuffix12 holds the place suffixes (placeSuffixes, lexicon.go) as a
// set: a gap of two characters that is one (苏木) joins no pieces.
var placeSuffix12 = func() map[string]bool {
	m := map[string]bool{}
	for _, suf := range placeSuffixes {
		m[suf] = true
	}
	return m
}()

// nameDash12 are the dashes that join the parts of one foreign name in
// news text (约翰—格伦): a gap of one of them joins two pieces.
var nameDash12 = runeSet(`—－-‐―`)
