package anonymize

import (
	"slices"
	"sync"
)

// Speed work of the fourteenth session, second round (speed19): every
// change here keeps what is found, masked and written to the audit byte
// for byte (bench/anonymize-identical.sh); speed19_test.go compares each
// helper with the code it replaces.

// siteHit19 is one occurrence of a kind word of sites13: the kind's index
// in siteKinds13Words and the rune where it starts.
type siteHit19 struct {
	k, e int32
}

// The kind words of sites13 by their last character, built once at
// package initialisation from siteKinds13Words (which never changes):
// siteKindLast19 holds every last character; siteKindSlot19 maps a last
// character r to siteKindGroups19[siteKindSlot19[r%len]], a perfect hash
// (the modulus is the smallest with no two last characters in one slot),
// and siteKindRunes19 holds each kind's characters.
var (
	siteKindLast19   runeBits
	siteKindSlot19   []int8
	siteKindGroups19 []siteKindGroup19
	siteKindRunes19  [][]rune
)

// siteKindGroup19 is the kinds that end in the character r.
type siteKindGroup19 struct {
	r     rune
	kinds []int32
}

func init() {
	slot := map[rune]int{}
	for k, w := range siteKinds13Words {
		rs := []rune(w)
		siteKindRunes19 = append(siteKindRunes19, rs)
		r := rs[len(rs)-1]
		siteKindLast19.set(r)
		g, ok := slot[r]
		if !ok {
			g = len(siteKindGroups19)
			slot[r] = g
			siteKindGroups19 = append(siteKindGroups19, siteKindGroup19{r: r})
		}
		siteKindGroups19[g].kinds = append(siteKindGroups19[g].kinds, int32(k))
	}
	if len(siteKindGroups19) > 127 {
		panic("speed19: more last characters of site kinds than an int8 slot holds")
	}
	for p := len(siteKindGroups19); ; p++ {
		t := make([]int8, p)
		for i := range t {
			t[i] = -1
		}
		ok := true
		for g, kg := range siteKindGroups19 {
			if h := int(kg.r) % p; t[h] >= 0 {
				ok = false
				break
			} else {
				t[h] = int8(g)
			}
		}
		if ok {
			siteKindSlot19 = t
			break
		}
	}
}

// selfOverlaps19 reports whether a proper prefix of rs is also its
// suffix, so that two occurrences of the word could overlap.
func selfOverlaps19(rs []rune) bool {
	for n := 1; n < len(rs); n++ {
		if string(rs[:n]) == string(rs[len(rs)-n:]) {
			return true
		}
	}
	return false
}

// siteKindHits19 appends to dst every occurrence in tt of each kind word
// of sites13, ordered by the kind's index in siteKinds13Words and then by
// position: what a loop of occurrences19 over siteKinds13Words returns,
// found in one walk over the text's characters, where that loop asked
// mayContain and then searched the text for each of the 85 kinds (sites13:
// 5.3 M instructions per reports-dev pass at speed18). occurrences19
// resumes after a match's end, so a word whose start is also its end
// (路路) would skip an overlapping second match that the walk finds: no
// kind word is such a word (TestSiteKindsNoBorder19).
func siteKindHits19(tt *tokText, dst []siteHit19) []siteHit19 {
	rs := tt.runes
	p := uint32(len(siteKindSlot19))
	for i, r := range rs {
		if !siteKindLast19.has(r) {
			continue
		}
		kg := &siteKindGroups19[siteKindSlot19[uint32(r)%p]]
	kinds:
		for _, k := range kg.kinds {
			w := siteKindRunes19[k]
			e := i + 1 - len(w)
			if e < 0 {
				continue
			}
			for j := 0; j < len(w)-1; j++ {
				if rs[e+j] != w[j] {
					continue kinds
				}
			}
			dst = append(dst, siteHit19{k, int32(e)})
		}
	}
	// by kind, then by position (the walk found them by their end): an
	// insertion sort for the few hits of most texts
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

// roleNameFirst19 is l.isSurname(r) || extraSurnames13.has(r) ||
// l.compoundFirst.has(r), the character that begins a name for
// roleNames13, asked of nearly every character of every text: below
// U+10000 one bit test in first, the union of the three sets
// (roleNameFirstBits19), above it the lexicon's map (the other two sets
// hold no such character).
func roleNameFirst19(l *lexicon, first *runeBits, r rune) bool {
	return first.has(r) || uint32(r) >= 1<<16 && l.isSurname(r)
}

// roleNameFirstBits19 is the union of l.surnameBits, extraSurnames13 and
// l.compoundFirst (roleNameFirst19), built on first use from the lexicon,
// which never changes once loaded.
var roleNameFirstBits19 = sync.OnceValue(func() *runeBits {
	l := getLexicon()
	b := unionBits(unionBits(l.surnameBits, extraSurnames13), l.compoundFirst)
	return &b
})
