package anonymize

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsHanEveryRune checks the bit set of isHan against unicode.Han over
// every code point, negative and past the last one too.
func TestIsHanEveryRune(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, unicode.Is says %v", r, got, want)
		}
	}
}

// TestRuneEdgesAsUTF8 checks lastRune, firstRuneOf, mayStart and mayEnd
// against the utf8 package on every character of three bytes (valid or
// a surrogate), with and without a byte cut off, and on short and
// invalid strings.
func TestRuneEdgesAsUTF8(t *testing.T) {
	var all runeBits
	for i := range all {
		all[i] = ^uint64(0)
	}
	var none runeBits
	check := func(s string) {
		t.Helper()
		if r, _ := utf8.DecodeLastRuneInString(s); lastRune(s) != r {
			t.Fatalf("lastRune(%q) = %U, utf8 says %U", s, lastRune(s), r)
		}
		if r, _ := utf8.DecodeRuneInString(s); firstRuneOf(s) != r {
			t.Fatalf("firstRuneOf(%q) = %U, utf8 says %U", s, firstRuneOf(s), r)
		}
		first, _ := utf8.DecodeRuneInString(s)
		last, _ := utf8.DecodeLastRuneInString(s)
		if !mayStart(&all, s) || mayStart(&none, s) != (first >= 1<<16) {
			t.Fatalf("mayStart(%q) wrong", s)
		}
		if !mayEnd(&all, s) || mayEnd(&none, s) != (last >= 1<<16) {
			t.Fatalf("mayEnd(%q) wrong", s)
		}
	}
	for _, s := range []string{"", "a", "ab", "abc", "\xff", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "x\xe4\xb8\xad\x80", "😀", "a😀", "中", "中a", "é", "aé"} {
		check(s)
	}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x70; c1 <= 0xC5; c1++ {
			for _, c2 := range []int{0x41, 0x80, 0x9F, 0xBF, 0xC0} {
				s := string([]byte{byte(c0), byte(c1), byte(c2)})
				check(s)
				check("中" + s)
				check(s + "中")
				check(s[1:])
			}
		}
	}
}
