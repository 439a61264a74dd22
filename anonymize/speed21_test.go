package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// kindHitsRef21 is a loop of occurrencesSig18 over ws in the list's order
// (the reference of kindsByLast21.hits: what orgs14 did before speed21).
func kindHitsRef21(tt *tokText, sig sigList16, ws []string) []siteHit19 {
	var hs []siteHit19
	for k := range ws {
		for _, e := range occurrencesSig18(tt, sig, ws, k) {
			hs = append(hs, siteHit19{int32(k), int32(e)})
		}
	}
	return hs
}

// TestOrgTailsByLast21: the one walk of orgTailsByLast21 finds what the
// loop of occurrencesSig18 over orgTails14 found, in the same order, on
// every development text and on random texts of tails, their pieces,
// broken bytes and characters above the Basic Multilingual Plane (many
// with more than 32 hits, the sorted branch).
func TestOrgTailsByLast21(t *testing.T) {
	seg := testSeg(t)
	hits := 0
	pieces := slices.Concat(orgTails14, []string{"大", "药", "基", "金", "会", "场", "中心", "茶", "\xe5", "\xe5\x9b", "\xff", "𠀀", "a", "，"})
	speed20TextsN(t, 21, 3000, 60, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var buf [32]siteHit19
		got, want := orgTailsByLast21.hits(tt, buf[:0]), kindHitsRef21(tt, orgTailsSig14, orgTails14)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: orgTailsByLast21 %v, occurrencesSig18 %v", text, got, want)
		}
		hits += len(want)
	})
	if hits < 10000 {
		t.Fatalf("only %d hits: the test does not test", hits)
	}
}

// TestKindsByLast21Panics: a word that overlaps itself or is empty has no
// table (the walk would find what occurrences19 skips).
func TestKindsByLast21Panics(t *testing.T) {
	for _, ws := range [][]string{{"公司", "路路"}, {""}, {"𠀀"}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Fatalf("newKindsByLast21(%q) did not panic", ws)
				}
			}()
			newKindsByLast21(ws)
		}()
	}
}

// functionFacilityRef14 is functionFacility14 before speed21, without the
// gate on its kinds (the reference).
func functionFacilityRef14(text string) bool {
	for _, lv := range facilityLevels14 {
		if !strings.HasPrefix(text, lv) {
			continue
		}
		rest := text[len(lv):]
		for kind, uses := range functionFacilities14 {
			if !strings.HasSuffix(rest, kind) {
				continue
			}
			if slices.Contains(uses, strings.TrimSuffix(rest, kind)) {
				return true
			}
		}
	}
	return false
}

// TestFunctionFacility21: functionFacility14, gated on its kinds, answers
// as before speed21 on every stretch of up to eight characters of the
// development texts and on random texts of levels, uses and kinds.
func TestFunctionFacility21(t *testing.T) {
	pieces := []string{"县", "市", "村", "超市", "电站", "工作室", "室", "站", "雕刻", "慈善", "光伏发电", "小水", "心理咨询", "甲", "\xe5", "𠀀"}
	for _, us := range functionFacilities14 {
		pieces = append(pieces, us...)
	}
	yes := 0
	check := func(w string) {
		got, want := functionFacility14(w), functionFacilityRef14(w)
		if got != want {
			t.Fatalf("%q: functionFacility14 %v, before speed21 %v", w, got, want)
		}
		if want {
			yes++
		}
	}
	speed20TextsN(t, 22, 20000, 4, pieces, func(text string) {
		rs := []rune(text)
		if len(rs) > 200 {
			rs = rs[:200]
		}
		for i := range rs {
			for j := i + 1; j <= len(rs) && j-i <= 8; j++ {
				check(string(rs[i:j]))
			}
		}
	})
	if yes < 100 {
		t.Fatalf("only %d facilities: the test does not test", yes)
	}
}

// TestDirectionSloganMay21: insideDirectionSlogan34 is never true where
// directionSloganMay21 is false, for a finding of one to three characters
// at every position of the development texts and of random texts of
// directions, moves, place kinds, NULs and broken bytes.
func TestDirectionSloganMay21(t *testing.T) {
	seg := testSeg(t)
	yes := 0
	pieces := []string{"东", "西", "南", "北", "菜", "气", "运", "输", "调", "村", "甲", "\x00", "\xe5", "\xff", "𠀀", "a", "，"}
	speed20TextsN(t, 23, 3000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for i := range tt.runes {
			for j := i + 1; j <= len(tt.runes) && j-i <= 3; j++ {
				f := Finding{Start: tt.off[i], End: tt.off[j], Text: text[tt.off[i]:tt.off[j]]}
				want := insideDirectionSlogan34(text, f)
				if want && !directionSloganMay21(tt, &f) {
					t.Fatalf("%q %v: insideDirectionSlogan34 true, directionSloganMay21 false", text, f)
				}
				if want {
					yes++
				}
			}
		}
	})
	if yes < 100 {
		t.Fatalf("only %d slogans: the test does not test", yes)
	}
}

// TestGenericTailMay21: genericTail34 is never true of a suffix of a word
// genericTailMay21 rejects, on every stretch of up to twelve characters
// of the development texts and of random texts of levels, places, bodies,
// school kinds and nationalities.
func TestGenericTailMay21(t *testing.T) {
	pieces := slices.Concat(genericBodies34, schoolKinds34, levels34, []string{"族", "民族", "蒙古", "回", "金城街道", "菏泽市", "中心", "银行", "\xe5", "𠀀"})
	yes := 0
	speed20TextsN(t, 24, 20000, 5, pieces, func(text string) {
		rs := []rune(text)
		if len(rs) > 200 {
			rs = rs[:200]
		}
		for i := range rs {
			for j := i + 1; j <= len(rs) && j-i <= 12; j++ {
				w := string(rs[i:j])
				if genericTailMay21(w) {
					if genericTail34(w) {
						yes++
					}
					continue
				}
				for k := range w {
					if genericTail34(w[k:]) {
						t.Fatalf("%q: genericTail34(%q) true, genericTailMay21 false", w, w[k:])
					}
				}
			}
		}
	})
	if yes < 100 {
		t.Fatalf("only %d generic tails: the test does not test", yes)
	}
}
