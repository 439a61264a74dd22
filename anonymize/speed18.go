package anonymize

import (
	"sync"
	"unicode/utf8"
)

// Speed work of the fourteenth session (speed18): every change here keeps
// what is found, masked and written to the audit byte for byte
// (bench/anonymize-identical.sh); speed18_test.go compares each helper
// with the code it replaces.

// runeLen is utf8.RuneCountInString(s) without a runtime.decoderune call
// per character: ASCII bytes and three-byte sequences with a lead byte
// E1–EC (all of CJK) are counted here, anything else by
// utf8.DecodeRuneInString, so an invalid byte still counts as one rune.
// (sites13 asks the length of each of its 85 kind words in every text:
// 3.7 M instructions per reports-dev pass with the runtime's decoding.)
func runeLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c-0xE1 < 0x0C && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		n++
	}
	return n
}

// firstRunes18 returns runeLen(s) and the first three runes of s as
// []rune(s) holds them (utf8.RuneError for an invalid byte, 0 past the
// end), for the tests that converted a finding's text to a slice of runes
// to read its length and its first characters: the conversion decoded
// every character with a runtime call and often allocated.
func firstRunes18(s string) (n int, r0, r1, r2 rune) {
	n = runeLen(s)
	var rs [3]rune
	for k, i := 0, 0; k < 3 && i < len(s); k++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		rs[k] = r
		i += w
	}
	return n, rs[0], rs[1], rs[2]
}

// mayHold3 is mayContain for a word of the three characters a, b and c,
// three bit tests where mayContain decoded the word at every call (the
// rules' one-, two- and three-character triggers of each text: speed18).
func (tt *tokText) mayHold3(a, b, c rune) bool {
	return tt.mayHold(a) && tt.mayHold(b) && tt.mayHold(c)
}

// has is tt.mayContain(ws[i]) for the list ws that l was made of, a few
// bit tests where mayContain decoded the word (keep24's region terms and
// gluedPersonNoun25's nouns, asked of every text).
func (l sigList16) has(tt *tokText, i int) bool {
	for _, b := range l[i] {
		if tt.sig[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return true
}

// The sigList16 of the word lists of keep24 and gluedPersonNoun25.
var (
	regionTermsSig24 = sigListOf(regionTerms24)
	gluedNounsSig25  = sigListOf(gluedNouns25)
)

// occurrencesSig18 is occurrences19(tt, ws[i]) for the list ws that l was
// made of: its mayContain answered by the list's bits (sigList16.has).
func occurrencesSig18(tt *tokText, l sigList16, ws []string, i int) []int {
	if ws[i] != "" && !l.has(tt, i) {
		return nil
	}
	return indexAll16(tt, ws[i])
}

// The sigList16 of the kind lists that landmarks30, nameBeforeKin13 and
// nicknamesAfterCall13b search every text for.
var (
	landmarkKindsSig30 = sigListOf(landmarkKinds30)
	kinAfterSig13      = sigListOf(kinAfter13)
	callVerbsSig13b    = sigListOf(callVerbs13b)
)

// ordinaryKindFirst27 holds the first characters of every word that
// ordinaryKind27 looks up (kindWords27, placeKinds27, cropWord15's three
// sets, genreWords), built on first use, after every init: a word that
// begins with none of them is no ordinary kind, without the six map
// lookups (keep27 asks it of every window beside a list item).
var ordinaryKindFirst27 = sync.OnceValue(func() *runeBits {
	b := new(runeBits)
	for _, m := range []map[string]bool{kindWords27, placeKinds27, cropWords15, herbsAndCrops13, produceWords, genreWords} {
		*b = unionBits(*b, firstRuneBits(m))
	}
	return b
})
