package anonymize

import (
	"testing"
	"unicode"
)

// The fast paths of the hot loops must answer exactly what the slow
// definitions they replace answer.

func TestIsHanMatchesUnicode(t *testing.T) {
	for _, r := range []rune{-1, -1 << 20, unicode.MaxRune + 1, 0x7fffffff} {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%d) = %v", r, isHan(r))
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v, unicode.Is says %v", r, isHan(r), !isHan(r))
		}
	}
}
