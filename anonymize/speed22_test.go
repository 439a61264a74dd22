package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// featureEndRef15 is the loop of features15 over the lengths before
// speed22: every length looked up in the gazetteer (the reference).
func featureEndRef15(tt *tokText, g *featureGaz15, s int) int {
	n := len(tt.runes)
	for l := min(g.maxLen, n-s); l >= 2; l-- {
		if _, ok := g.kind[tt.text[tt.off[s]:tt.off[s+l]]]; ok {
			return s + l
		}
	}
	return 0
}

// TestFeatureEnd22: featureEnd22, gated on the second and last
// characters, finds the name features15's loop found at every position
// where a name may start, on the development texts and on random texts of
// the gazetteer's names, their pieces, follow words and broken bytes.
func TestFeatureEnd22(t *testing.T) {
	seg := testSeg(t)
	g := featureGazetteer15()
	pieces := slices.Concat(speed15Pieces, []string{"流经", "景区", "河", "江", "山", "湖", "岛", "水", "\xe6\xb2", "𠀀"})
	k := 0
	for name := range g.kind {
		if k++; k > 300 {
			break
		}
		rs := []rune(name)
		pieces = append(pieces, name, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed20TextsN(t, 22, 3000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := 0; s+1 < len(tt.runes); s++ {
			if !g.first.has(tt.runes[s]) {
				continue
			}
			got, want := featureEnd22(tt, g, s), featureEndRef15(tt, g, s)
			if got != want {
				t.Fatalf("%q at %d: featureEnd22 %d, the loop %d", text, s, got, want)
			}
			if want > 0 {
				yes++
			}
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}

// TestRankEndsMay22: rankEndsMay22 says yes wherever rankEnds15 does, on
// the development texts and on random texts of ranks, padding, colons and
// names.
func TestRankEndsMay22(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, ranks15, []string{"第", "一", "十", "2", "名", "：", ":", " ", "　", "王", "甲乙", "（", "\xe5"})
	yes := 0
	speed20Positions(t, seg, 222, pieces, 0, "rankEndsMay22", "rankEnds15", func(tt *tokText, s int) (bool, bool) {
		want := rankEnds15(tt, s)
		return want && rankEndsMay22(tt, s), want // differ only where rankEnds15 holds and the gate says no
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d rank ends: the test does not test", yes)
	}
}

// TestGoVerbMay22: goVerbMay22 says yes wherever a verb of goVerbs15
// begins (firstPrefix, townAfterRole15's test), on the development texts
// and on random texts of the verbs, their pieces and broken bytes.
func TestGoVerbMay22(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, goVerbs15, []string{"前", "来", "走", "深", "县长", "书记", "镇", "\xe5\x88"})
	yes := 0
	speed20Positions(t, seg, 223, pieces, 0, "goVerbMay22", "firstPrefix", func(tt *tokText, s int) (bool, bool) {
		want := firstPrefix(tt.text[tt.off[s]:], goVerbs15) != ""
		return want && goVerbMay22(tt, s), want // differ only where a verb begins and the gate says no
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d verbs: the test does not test", yes)
	}
	if goVerbMay22(&tokText{}, 0) {
		t.Fatal("goVerbMay22 at the end of an empty text")
	}
}

// TestAffixCands22: prefixCands22 and suffixCands22 leave out only words
// that are no prefix (suffix) of the text, on the development texts' runs
// of characters and on random texts of urbanTrim15's verbs and
// committees, their pieces and broken bytes.
func TestAffixCands22(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, urbanTrimVerbs15, urbanCommittees15, []string{"会", "整", "业主", "甲乙小区", "\xe4\xbc", "\xe6"})
	yes := 0
	speed20TextsN(t, 224, 20000, 8, pieces, func(text string) {
		for _, w := range []string{text, text[:len(text)/2], text[len(text)/2:]} {
			for _, c := range []struct {
				ws   []string
				bits *runeBits
				pre  bool
			}{{urbanTrimVerbs15, &urbanTrimVerbFirst22, true}, {urbanCommittees15, &urbanCommitteeLast22, false}} {
				var got []string
				if c.pre {
					got = prefixCands22(w, c.ws, c.bits)
				} else {
					got = suffixCands22(w, c.ws, c.bits)
				}
				for _, x := range c.ws {
					if (c.pre && strings.HasPrefix(w, x)) || (!c.pre && strings.HasSuffix(w, x)) {
						yes++
						if got == nil {
							t.Fatalf("%q: %q left out", w, x)
						}
					}
				}
			}
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d affixes: the test does not test", yes)
	}
}

// TestRoleEndMay22: roleEndMay22 says yes wherever roleEndAt33 does, on
// the development texts and on random texts of role words, their pieces
// and surnames.
func TestRoleEndMay22(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, []string{"县长", "书记", "副县长", "主任", "局长", "镇长", "王", "李", "甲乙", "到", "\xe9\x95"})
	yes := 0
	speed20Positions(t, seg, 225, pieces, 0, "roleEndMay22", "roleEndAt33", func(tt *tokText, s int) (bool, bool) {
		want := roleEndAt33(tt, s)
		return want && roleEndMay22(tt, s), want // differ only where a role ends and the gate says no
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d role ends: the test does not test", yes)
	}
}

// TestListIntroMay22: listIntroMay22 says yes wherever an intro word of
// listNames15 ends before the position (firstSuffix, listNames15's test),
// on the development texts and on random texts of the intros, their
// pieces, names and 、.
func TestListIntroMay22(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, listIntrosStrong15, listIntrosWeak15, []string{"、", "甲乙", "王", "有", "领", "\xe5\xaf"})
	yes := 0
	speed20Positions(t, seg, 226, pieces, 0, "listIntroMay22", "firstSuffix", func(tt *tokText, s int) (bool, bool) {
		pre := tt.text[:tt.off[s]]
		want := firstSuffix(pre, listIntrosStrong15) != "" || firstSuffix(pre, listIntrosWeak15) != ""
		return want && listIntroMay22(tt, s), want // differ only where an intro ends and the gate says no
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d intros: the test does not test", yes)
	}
}

// TestRoleNames34May22: roleNames34May22 says yes wherever roleBefore34 or
// roleEndAt33 does, on the development texts and on random texts of the
// role words of both, their pieces and surnames.
func TestRoleNames34May22(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, roles34, []string{"县长", "书记", "主任", "王", "茶", "普", "甲乙", "\xe9\x95"})
	yes := 0
	speed20Positions(t, seg, 227, pieces, 1, "roleNames34May22", "roleBefore34 || roleEndAt33", func(tt *tokText, s int) (bool, bool) {
		want := roleBefore34(tt, s) || roleEndAt33(tt, s)
		return want && roleNames34May22(tt, s), want // differ only where a role ends and the gate says no
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d role ends: the test does not test", yes)
	}
}
