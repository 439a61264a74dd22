package anonymize

import (
	"maps"
	"slices"
	"unicode/utf8"
)

// Speed work of the fifteenth session (speed21): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed21_test.go compares each helper
// with the code it replaces.

// kindsByLast21 finds every occurrence of each word of a fixed list in one
// walk over a text's characters, the words looked up by their last
// character in a perfect-hash table: siteKindHits19's method for any list
// (built once, at package initialisation, from a list that never changes).
type kindsByLast21 struct {
	id     int // bit of the table in lastMask30, or -1 (speed30.go)
	last   runeBits
	slot   []int8
	groups []siteKindGroup19
	runes  [][]rune
}

// newKindsByLast21 builds the table of ws. No word may be empty, lie
// above the Basic Multilingual Plane's bit set, or overlap itself
// (selfOverlaps19): the walk would find an overlapping second match that
// occurrences19 skips.
func newKindsByLast21(ws []string) *kindsByLast21 {
	t := &kindsByLast21{}
	slot := map[rune]int{}
	for k, w := range ws {
		rs := []rune(w)
		if len(rs) == 0 || selfOverlaps19(rs) {
			panic("speed21: a kind word that is empty or overlaps itself: " + w)
		}
		for _, r := range rs {
			if r >= 1<<16 {
				panic("speed21: a kind word above the Basic Multilingual Plane: " + w)
			}
		}
		t.runes = append(t.runes, rs)
		r := rs[len(rs)-1]
		t.last.set(r)
		g, ok := slot[r]
		if !ok {
			g = len(t.groups)
			slot[r] = g
			t.groups = append(t.groups, siteKindGroup19{r: r})
		}
		t.groups[g].kinds = append(t.groups[g].kinds, int32(k))
	}
	if len(t.groups) > 127 {
		panic("speed21: more last characters than an int8 slot holds")
	}
	for p := max(len(t.groups), 1); ; p++ {
		s := make([]int8, p)
		for i := range s {
			s[i] = -1
		}
		ok := true
		for g, kg := range t.groups {
			if h := int(kg.r) % p; s[h] >= 0 {
				ok = false
				break
			} else {
				s[h] = int8(g)
			}
		}
		if ok {
			t.slot = s
			register30(t)
			return t
		}
	}
}

// hits appends to dst every occurrence in tt of each word of the table's
// list, ordered by the word's index in the list and then by position: what
// a loop of occurrences19 over the list returns, in one walk.
func (t *kindsByLast21) hits(tt *tokText, dst []siteHit19) []siteHit19 {
	rs := tt.runes
	if t.id < 0 {
		for i, r := range rs {
			if t.last.has(r) {
				dst = t.endingAt30(rs, i, dst)
			}
		}
	} else {
		// (speed30: only the runes that end a word of some table, found
		// once per text for all tables)
		bit := uint16(1) << t.id
		for _, h := range tt.lastHits30() {
			if h.m&bit != 0 {
				dst = t.endingAt30(rs, int(h.i), dst)
			}
		}
	}
	// by word, then by position (the walk found them by their end)
	if len(dst) > 32 {
		slices.SortFunc(dst, func(a, b siteHit19) int {
			if a.k != b.k {
				return int(a.k - b.k)
			}
			return int(a.e - b.e)
		})
		return dst
	}
	for j := 1; j < len(dst); j++ {
		x := dst[j]
		i := j
		for ; i > 0 && (x.k < dst[i-1].k || x.k == dst[i-1].k && x.e < dst[i-1].e); i-- {
			dst[i] = dst[i-1]
		}
		dst[i] = x
	}
	return dst
}

// orgTailsByLast21 is the table of orgTails14: orgs14 finds its some
// hundred tails in one walk (it searched the text for each tail, 1.9 M
// instructions per reports-dev pass at speed20).
var orgTailsByLast21 = newKindsByLast21(orgTails14)

// functionFacilityKinds21 are the kinds of functionFacilities14 (超市,
// 电站, 工作室), sorted.
var functionFacilityKinds21 = slices.Sorted(maps.Keys(functionFacilities14))

// functionFacilityMay21 reports whether text ends in a kind of
// functionFacilities14, without which functionFacility14 is false: dst14
// asks it of every body and place, and functionFacility14 ranges over the
// map once for each of seven levels (most of dst14's 2.0 M instructions
// per reports-dev pass at speed20).
func functionFacilityMay21(text string) bool {
	return hasAnySuffix14(text, functionFacilityKinds21)
}

// oppositeKeys21 holds the directions of opposite34, the characters a
// direction slogan (南菜北运) opens with, for directionSloganMay21.
var oppositeKeys21 = func() (b runeBits) {
	for r := range opposite34 {
		b.set(r)
	}
	return
}()

// directionSloganMay21 reports false when insideDirectionSlogan34(tt.text,
// f) is surely false: a slogan (南菜北运) opens at f or one character
// before it with a direction of opposite34, or, were the text to hold a NUL
// (the zero rune opposite34 gives a non-direction), anywhere. keepFinding34
// asks it of every finding, and insideDirectionSlogan34 built two slices
// of runes for each (1.0 M instructions per reports-dev pass at speed20).
func directionSloganMay21(tt *tokText, f *Finding) bool {
	if tt.mayHold(0) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(tt.text[f.Start:]); oppositeKeys21.has(r) {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(tt.text[:f.Start])
	return n > 0 && oppositeKeys21.has(r)
}

// genericTailEnds21 are the words a generic tail of genericTail34 ends
// in: the generic bodies and the school kinds.
var genericTailEnds21 = slices.Concat(genericBodies34, schoolKinds34)

// genericTailMay21 reports false when no suffix of w is a generic tail
// (genericTail34 is true only of a generic body or of a word that ends in
// a school's kind): genericBodyAlone34 and placeGenericBody34 ask
// genericTail34 of each suffix of every body the rules found (1.1 M
// instructions per reports-dev pass at speed20).
func genericTailMay21(w string) bool {
	return hasAnySuffix14(w, genericTailEnds21)
}
