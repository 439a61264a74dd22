package anonymize

import "sync"

// Speed work of the fourteenth session, second round (speed19): every
// change here keeps what is found, masked and written to the audit byte
// for byte (bench/anonymize-identical.sh); speed19_test.go compares each
// helper with the code it replaces.

// siteHit19 is one occurrence of a kind word of sites13: the kind's index
// in siteKinds13Words and the rune where it starts.
type siteHit19 struct {
	k, e int32
}

// siteKindsByLast19 is the table of siteKinds13Words (which never changes)
// for siteKindHits19: each kind's last character, a perfect hash from a
// last character to the kinds that end in it, and each kind's characters
// (newKindsByLast21 builds it, the same table for any word list).
var siteKindsByLast19 = newKindsByLast21(siteKinds13Words)

// siteKindGroup19 is the kinds that end in the character r.
type siteKindGroup19 struct {
	r     rune
	kinds []int32
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
	return siteKindsByLast19.hits(tt, dst)
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
