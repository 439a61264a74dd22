package anonymize

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds speed29's gates for keepEach33's readers: a one-bit test
// on a character that every match needs, before the lists are compared.
// Each gate answers false only where the test it stands before is false.

// worksLast29 holds the last characters of the kinds of worksKinds19 and
// yardKinds19: a work of genericWorks19 ends in one of them, so a word
// that ends in none is no work, nor is any of its suffixes (placeWorks19
// tried each suffix of every place and body: about 1 M instructions per
// fixture pass).
var worksLast29 = lastRunes22(slices.Concat(worksKinds19, yardKinds19))

// worksMay29 reports false when no suffix of w is a generic work.
func worksMay29(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	return n > 0 && mayHaveRune(&worksLast29, r)
}

// worksFirst29 holds the first characters of worksKinds19, which
// stemBeforeKind19 asks after every place and body.
var worksFirst29 = firstRunesOf24(worksKinds19)

// regionalByLast29 holds the regional forms of regionalForms16 by their
// last character, for regionalForm16's one walk over its window.
var regionalByLast29 = func() map[rune][]string {
	m := map[rune][]string{}
	for _, o := range regionalForms16 {
		r, _ := utf8.DecodeLastRuneInString(o)
		m[r] = append(m[r], o)
	}
	return m
}()

// More lists whose sigAny28 answer a text keeps (bits of tokText.sigMemo,
// after speed28's sigBreeds28 and sigBranches28).
const (
	sigFolk29   = 2 // folkWordsSig29 (folkMay29)
	sigFrames29 = 3 // tradeFramesSig29 (keep18b's products)
)

// folkWordsSig29 is the sigList16 of folkWords18b, tradeFramesSig29 that
// of tradeFrames18b.
var (
	folkWordsSig29   = sigListOf(slices.Sorted(maps.Keys(folkWords18b)))
	tradeFramesSig29 = sigListOf(tradeFrames18b)
)

// folkMay29 reports false when insideFolkWord18b(tt.text, f) is surely
// false: tt's text holds no folk word of folkWords18b and f's text is the
// text's bytes from f.Start to f.End (a folk word insideFolkWord18b finds
// is f's text or lies in the text). keep18b asked it of every finding
// but the bodies, each time up to sixteen lookups (fixture: about 0.8 M
// instructions per pass).
func folkMay29(tt *tokText, f *Finding) bool {
	return tt.sigAny28(sigFolk29, folkWordsSig29) || f.Start < 0 || f.End > len(tt.text) || f.Start > f.End || f.Text != tt.text[f.Start:f.End]
}

// financeTermMax29 is the length in bytes of the longest term of
// financeTerms34, each of which holds 微 (financeTerm34's gate).
var financeTermMax29 = func() (m int) {
	for _, t := range financeTerms34 {
		if !strings.Contains(t, "微") {
			panic("financeTerms34: a term without 微: " + t)
		}
		m = max(m, len(t))
	}
	return
}()

// The first or last characters of keep37's lists, for its gates: a word
// of the list can open (end) a string only where its first (last)
// character does.
var (
	functionKindLast29  = lastRunes22(functionKinds37)
	functionKindFirst29 = firstRunesOf24(functionKinds37)
	agencyFirst29       = firstRunesOf24(nationalAgencies37)
	provinceFirst29     = firstRunesOf24(provinces37)
)

// The first or last characters of keep17c's lists, for its gates.
var (
	genericKindLast29 = lastRunes22(genericKinds17c)
	gradeKindLast29   = lastRunes22(gradeKinds17c)
	ministryFirst29   = firstRunesOf24(ministries24)
)
