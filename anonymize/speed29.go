package anonymize

import (
	"slices"
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
