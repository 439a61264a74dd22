package anonymize

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"huibao/segment"
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
	speed20TextsN(t, k, 20000, 30, pieces, check)
}

// speed20Positions runs cmp at every rune position from `from` on of each
// text speed20Texts makes from k and pieces, fails at the first position
// where got (named gotName) and want (wantName) differ, and adds to *yes
// the positions where want holds.
func speed20Positions(t *testing.T, seg *segment.Segmenter, k uint64, pieces []string, from int, gotName, wantName string, cmp func(tt *tokText, s int) (got, want bool), yes *int) {
	t.Helper()
	speed20Texts(t, k, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := from; s < len(tt.runes); s++ {
			got, want := cmp(tt, s)
			if got != want {
				t.Fatalf("%q at %d: %s %v, %s %v", text, s, gotName, got, wantName, want)
			}
			if want {
				*yes++
			}
		}
	})
}

// speed20TextsN is speed20Texts with n random texts of up to m pieces.
func speed20TextsN(t *testing.T, k uint64, n, m int, pieces []string, check func(text string)) {
	for _, text := range fastTexts(t) {
		check(text)
	}
	rng := rand.New(rand.NewPCG(20, k))
	for range n {
		check(randPieces(rng, pieces, rng.IntN(m)))
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
	speed20Positions(t, seg, 1, pieces, 1, "roleBefore34", "before speed20", func(tt *tokText, s int) (bool, bool) {
		return roleBefore34(tt, s), roleBeforeRef34(tt, s)
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d role words: the test does not test", yes)
	}
}

// TestSurnameMay20: surnameMay20 is true wherever surnameLen14(tt, s, 3)
// > 0 at every position of the development texts
// and of random texts of surnames, compound surnames, the rules' extra
// surnames, other characters, broken bytes and characters above U+10000;
// and the union holds every character below U+10000 that begins a
// surname alone.
func TestSurnameMay20(t *testing.T) {
	seg := testSeg(t)
	first := surnameFirst20()
	yes := 0
	pieces := []string{"王", "欧阳", "司马", "欧", "阳", "时", "来", "查", "和", "种", "水", "过", "才", "明", "的", "，", "\xff", "\xe5\x9b", "𠀀", "𪚥", "a", " "}
	speed20Positions(t, seg, 2, pieces, 0, "surnameMay20 and surnameLen14", "surnameLen14", func(tt *tokText, s int) (bool, bool) {
		return surnameMay20(first, tt.runes[s]) && surnameLen14(tt, s, 3) > 0, surnameLen14(tt, s, 3) > 0
	}, &yes)
	if yes < 10000 {
		t.Fatalf("only %d surnames: the test does not test", yes)
	}
	l := getLexicon()
	for r := rune(0); r < 1<<16; r++ {
		if (l.isSurname(r) || rareSurnames14.has(r) || extraSurnames13.has(r) || ordinarySurnames13b.has(r)) && !first.has(r) {
			t.Fatalf("%q begins a surname but is not in surnameFirst20", r)
		}
	}
}

// TestBylineTok20: bylineTok20 answers as byline28[t.word] || t.word ==
// "联系人" for every token of the development texts, every word of
// byline28 and words that end like one.
func TestBylineTok20(t *testing.T) {
	seg := testSeg(t)
	yes := 0
	check := func(tk *tok) {
		got, want := bylineTok20(tk), byline28[tk.word] || tk.word == "联系人"
		if got != want {
			t.Fatalf("%q: bylineTok20 %v, before speed20 %v", tk.word, got, want)
		}
		if want {
			yes++
		}
	}
	pieces := []string{"编辑", "记者", "通讯员", "联系人", "人", "员", "组长", "副", "责任", "\xff", "𠀀", "a", "："}
	speed20Texts(t, 3, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for k := range tt.toks {
			check(&tt.toks[k])
		}
	})
	for w := range byline28 {
		for _, x := range []string{w, "联系人", "副" + w, w[:len(w)-1], "", "\xff", "𠀀"} {
			check(&tok{word: x})
		}
	}
	if yes < 100 {
		t.Fatalf("only %d by-line words: the test does not test", yes)
	}
}

// TestMinoritySecond20: minoritySecond20 is true for the second character
// of every element of the three traditions (so the gate in
// minorityInContext14 drops no word minorityElem14 holds), and at every
// position of the development texts and of random texts of elements and
// their pieces where minorityElem14 holds the two- or three-character word.
func TestMinoritySecond20(t *testing.T) {
	m := minorityInventory21()
	n := 0
	for k := range m.elems {
		for w := range m.elems[k] {
			rs := []rune(w)
			if len(rs) >= 2 && !minoritySecond20(m, rs[1]) {
				t.Fatalf("%q: second character not in minoritySecond20", w)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d elements: the test does not test", n)
	}
	seg := testSeg(t)
	pieces := []string{"次仁", "卓玛", "扎西", "巴特尔", "次", "仁", "卓", "玛", "书记", "一家", "，", "\xff", "𠀀", "a"}
	for k := range m.elems {
		ws := slices.Sorted(maps.Keys(m.elems[k]))
		pieces = append(pieces, ws[:min(len(ws), 20)]...)
	}
	yes := 0
	speed20Texts(t, 4, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := 0; s+2 <= len(tt.runes); s++ {
			for ln := 2; ln <= 3 && s+ln <= len(tt.runes); ln++ {
				if minorityElem14(m, tt.sub(s, s+ln)) {
					yes++
					if !minoritySecond20(m, tt.runes[s+1]) {
						t.Fatalf("%q at %d: minoritySecond20 false before an element", text, s)
					}
				}
			}
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d elements in the texts: the test does not test", yes)
	}
}

// TestBreedBranchMay20: where breedMay20 or branchMay20 is false,
// insideBreed33 or insideEthnicBranch33 is false too, for every span of up
// to eight characters of the development texts and of random texts of
// breeds, branches, their pieces and crafts, as a place, an organisation
// and a person, with f.Text the span's bytes or another text.
func TestBreedBranchMay20(t *testing.T) {
	seg := testSeg(t)
	breeds, branches := 0, 0
	pieces := slices.Concat(transBreeds33, ethnicBranches33, branchCrafts33, []string{"西门", "塔尔", "瑶", "苗", "白裤", "牛", "村", "山", "群众中", "，", "\xff", "𠀀", "a"})
	speed20TextsN(t, 5, 2000, 10, pieces, func(text string) { // (every span of a text: fewer, shorter texts)
		tt := newTokText(seg, text)
		defer tt.release()
		bm := breedMay20(tt)
		for s := 0; s < len(tt.runes); s++ {
			for e := s + 1; e <= len(tt.runes) && e-s <= 8; e++ {
				for _, typ := range []Type{LOCATION, ORG, PERSON} {
					for _, ft := range []string{tt.sub(s, e), "白裤瑶服饰", "中白裤瑶"} {
						f := Finding{Type: typ, Text: ft, Start: tt.off[s], End: tt.off[e]}
						if insideBreed33(tt.text, f) {
							breeds++
							if !bm {
								t.Fatalf("%q %v: breedMay20 false, insideBreed33 true", text, f)
							}
						}
						if insideEthnicBranch33(tt.text, f) {
							branches++
							if !branchMay20(tt, &f) {
								t.Fatalf("%q %v: branchMay20 false, insideEthnicBranch33 true", text, f)
							}
						}
					}
				}
			}
		}
	})
	if breeds < 1000 || branches < 1000 {
		t.Fatalf("only %d breeds and %d branches: the test does not test", breeds, branches)
	}
}

// TestRoleName33At20: roleName33At20, one bit test below U+10000, answers
// as roleNames33's three tests before speed20 for every character and a
// few values that are none.
func TestRoleName33At20(t *testing.T) {
	l := getLexicon()
	first := roleName33First20()
	yes := 0
	for r := rune(-2); r <= 0x110001; r++ {
		want := l.isSurname(r) || surnames33.has(r) || l.translit[r] >= 2
		if got := roleName33At20(l, first, r); got != want {
			t.Fatalf("%U: roleName33At20 %v, before speed20 %v", r, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Fatalf("only %d characters begin a name: the test does not test", yes)
	}
}

// TestOrgLens20: orgTailsLen20 and orgModsLen20 hold runeLen of each word
// of orgTails14 and orgModsOrNone14, in the lists' order.
func TestOrgLens20(t *testing.T) {
	if len(orgTailsLen20) != len(orgTails14) || len(orgModsLen20) != len(orgModsOrNone14) {
		t.Fatalf("tables of %d and %d lengths for lists of %d and %d words", len(orgTailsLen20), len(orgModsLen20), len(orgTails14), len(orgModsOrNone14))
	}
	for i, w := range orgTails14 {
		if orgTailsLen20[i] != runeLen(w) {
			t.Fatalf("orgTails14[%d] %q: %d, runeLen %d", i, w, orgTailsLen20[i], runeLen(w))
		}
	}
	for i, w := range orgModsOrNone14 {
		if orgModsLen20[i] != runeLen(w) {
			t.Fatalf("orgModsOrNone14[%d] %q: %d, runeLen %d", i, w, orgModsLen20[i], runeLen(w))
		}
	}
}
