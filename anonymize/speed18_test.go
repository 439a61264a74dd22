package anonymize

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// randomText18 returns a string of n pieces drawn from CJK, ASCII,
// punctuation, other planes and broken bytes, for the equivalence tests.
func randomText18(r *rand.Rand, n int) string {
	pieces := []string{"村", "镇", "路", "a", "1", " ", "、", "“", "，", "𠀀", "é", "\xe4", "\xe4\xb8", "\x80", "\xff", "\xed\xa0\x80", "\xe0\x80\x80", "张", "河", "园"}
	var b []byte
	for range n {
		b = append(b, pieces[r.Intn(len(pieces))]...)
	}
	return string(b)
}

// TestRuneLen18 checks that runeLen counts as utf8.RuneCountInString does,
// on the development texts and on random strings with invalid bytes.
func TestRuneLen18(t *testing.T) {
	r := rand.New(rand.NewSource(18))
	for i := 0; i < 20000; i++ {
		s := randomText18(r, r.Intn(12))
		if got, want := runeLen(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", s, got, want)
		}
	}
	for _, w := range siteKinds13Words {
		if got, want := runeLen(w), utf8.RuneCountInString(w); got != want {
			t.Fatalf("runeLen(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestFirstRunes18 checks firstRunes18 against []rune(s).
func TestFirstRunes18(t *testing.T) {
	r := rand.New(rand.NewSource(181))
	for i := 0; i < 20000; i++ {
		s := randomText18(r, r.Intn(8))
		rs := []rune(s)
		var want [3]rune
		copy(want[:], rs)
		n, r0, r1, r2 := firstRunes18(s)
		if n != len(rs) || [3]rune{r0, r1, r2} != want {
			t.Fatalf("firstRunes18(%q) = %d %q %q %q, want %d %q", s, n, r0, r1, r2, len(rs), want)
		}
	}
}
