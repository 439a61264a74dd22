package anonymize

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// siteKindHitsRef19 is the loop of sites13 before speed19: occurrences19
// of each kind of siteKinds13Words, in the list's order (the reference).
func siteKindHitsRef19(tt *tokText) []siteHit19 {
	var hs []siteHit19
	for k, kind := range siteKinds13Words {
		for _, e := range occurrences19(tt, kind) {
			hs = append(hs, siteHit19{int32(k), int32(e)})
		}
	}
	return hs
}

// TestSiteKindHits19: siteKindHits19, one walk over the text with the
// kinds looked up by their last character, finds what the loop of
// occurrences19 over the 85 kinds found, in the same order, on every
// development text and on random texts of kind words, their pieces, broken
// bytes and characters above the Basic Multilingual Plane (many of them
// with more than 32 hits, the sorted branch).
func TestSiteKindHits19(t *testing.T) {
	seg := testSeg(t)
	n, hits := 0, 0
	check := func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var buf [64]siteHit19
		got, want := siteKindHits19(tt, buf[:0]), siteKindHitsRef19(tt)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: siteKindHits19 %v, occurrences19 %v", text, got, want)
		}
		n++
		hits += len(want)
	}
	for _, text := range fastTexts(t) {
		check(text)
	}
	pieces := slices.Concat(siteKinds13Words, []string{"红旗", "八一", "王家", "东湖", "小", "大", "新", "湿地", "公", "出口", "\xe5", "\xe5\x9b", "\xff", "𠀀", "a", "，", "桥桥桥"})
	rng := rand.New(rand.NewPCG(19, 1))
	for range 20000 {
		check(randPieces(rng, pieces, rng.IntN(60)))
	}
	if hits < 10000 {
		t.Fatalf("only %d hits in %d texts: the test does not test", hits, n)
	}
}

// TestSiteKindsNoBorder19 checks the premise of siteKindHits19: no kind
// word of sites13 overlaps itself (were one to, the walk would have to
// skip a match that begins before the last one's end, as occurrences19
// does), and selfOverlaps19 on words that do.
func TestSiteKindsNoBorder19(t *testing.T) {
	for _, w := range siteKinds13Words {
		if selfOverlaps19([]rune(w)) {
			t.Fatalf("%q overlaps itself: siteKindHits19 would find overlapping matches occurrences19 skips", w)
		}
	}
	for w, want := range map[string]bool{"路": false, "小区": false, "路路": true, "阿里阿": true, "大道": false, "大大道": false} {
		if got := selfOverlaps19([]rune(w)); got != want {
			t.Fatalf("selfOverlaps19(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRoleNameFirst19 checks roleNameFirst19, one bit test below U+10000,
// against the three tests of roleNames13 before speed19, for every
// character and a few values that are none.
func TestRoleNameFirst19(t *testing.T) {
	l := getLexicon()
	first := roleNameFirstBits19()
	yes := 0
	for r := rune(-2); r <= 0x110001; r++ {
		want := l.isSurname(r) || extraSurnames13.has(r) || l.compoundFirst.has(r)
		if got := roleNameFirst19(l, first, r); got != want {
			t.Fatalf("roleNameFirst19(%U) = %v, want %v", r, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 500 {
		t.Fatalf("only %d characters begin a name: the test does not test", yes)
	}
}
