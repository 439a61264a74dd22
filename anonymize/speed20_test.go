package anonymize

import (
	"math/rand/v2"
	"testing"
)

// roleBeforeRef34 is roleNames34's role test before speed20: the rune
// length of each role word counted at every surname (the reference).
func roleBeforeRef34(tt *tokText, s int) bool {
	for _, w := range roles34 {
		if k := runeLen(w); s >= k && tt.sub(s-k, s) == w {
			return true
		}
	}
	return false
}

// speed20Texts runs check on every development text (fastTexts) and on
// 20000 random texts of pieces, with the seed's second word k.
func speed20Texts(t *testing.T, k uint64, pieces []string, check func(text string)) {
	for _, text := range fastTexts(t) {
		check(text)
	}
	rng := rand.New(rand.NewPCG(20, k))
	for range 20000 {
		check(randPieces(rng, pieces, rng.IntN(30)))
	}
}

// TestRoleBefore34: roleBefore34, gated on the character before s, answers
// as the loop of roleNames34 before speed20 at every position of the
// development texts and of random texts of role words, their pieces and
// surnames.
func TestRoleBefore34(t *testing.T) {
	seg := testSeg(t)
	yes := 0
	pieces := append([]string{"人", "主", "民宿", "业主", "工", "王", "茶", "自", "明", "，", "\xff", "𠀀", "a"}, roles34...)
	speed20Texts(t, 1, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := 1; s < len(tt.runes); s++ {
			got, want := roleBefore34(tt, s), roleBeforeRef34(tt, s)
			if got != want {
				t.Fatalf("%q at %d: roleBefore34 %v, before speed20 %v", text, s, got, want)
			}
			if want {
				yes++
			}
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d role words: the test does not test", yes)
	}
}
