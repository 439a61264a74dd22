package anonymize

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Reference copies of the code speed29 replaced: each test below compares
// the new code with them on the development texts and random texts.

// genericWorksRef29 is genericWorks19 before speed29's gate.
func genericWorksRef29(w string) bool {
	return functionWorks19(w) || materialYard19(w)
}

// placeWorksRef19 is placeWorks19 before speed29: every suffix tried.
func placeWorksRef19(f Finding, fs []Finding) (Finding, bool) {
	for i := len(f.Text); i > 0; {
		_, n := utf8.DecodeLastRuneInString(f.Text[:i])
		i -= n
		if i == 0 {
			break
		}
		if !genericWorksRef29(f.Text[i:]) {
			continue
		}
		if head := f.Text[:i]; placeHead37(f, fs, head) {
			return cutToPlace37(f, len(head), "place-works19"), true
		} else if runeLen(head) == 1 {
			return f, true
		}
		return f, false
	}
	return f, false
}

// stemBeforeKindRef19 is stemBeforeKind19 before speed29.
func stemBeforeKindRef19(f Finding, after string) bool {
	if runeLen(f.Text) < 3 || firstPrefix(after, worksKinds19) == "" {
		return false
	}
	t := f.Text
	_, m := utf8.DecodeLastRuneInString(t)
	_, n := utf8.DecodeLastRuneInString(t[:len(t)-m])
	head := t[:len(t)-m-n]
	last, _ := utf8.DecodeLastRuneInString(head)
	return functionStem19(t[len(t)-m-n:]) && !placeLevelEnds21.has(last) && !strings.HasSuffix(head, "街道")
}

// practiceTailRef35 is practiceTail35 before speed29: the whole rest of
// the text searched.
func practiceTailRef35(text string, f Finding) (Finding, bool, bool) {
	for _, p := range practices35 {
		i := strings.Index(text[f.Start:], p)
		if i < 0 || f.Start+i >= f.End {
			continue
		}
		e := f.Start + i + len(p)
		if r, _ := utf8.DecodeRuneInString(text[e:]); r == '道' || r == '路' || strings.HasPrefix(text[e:], "古道") {
			return f, false, false
		}
		if i == 0 {
			return f, true, false
		}
		f.Text, f.End = f.Text[:i], f.Start+i
		f.Evidence += ",practice-tail35"
		return f, false, true
	}
	return f, false, false
}

// TestWorks29: genericWorks19, placeWorks19 and stemBeforeKind19, gated on
// the kinds' last and first characters, answer as before speed29 for every
// span of the development texts and of random texts of the works' pieces.
func TestWorks29(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, worksKinds19, yardKinds19, yardMaterials19, []string{"拦", "砂", "待", "转", "漫", "水", "镇", "乡", "街道", "柳河", "错", "车"})
	yes := 0
	speed23Spans(t, 29, pieces, func(text string, s, e int) {
		f := Finding{Type: LOCATION, Start: s, End: e, Text: text[s:e]}
		if got, want := genericWorks19(f.Text), genericWorksRef29(f.Text); got != want {
			t.Fatalf("%q: genericWorks19 %v, before speed29 %v", f.Text, got, want)
		}
		g1, ok1 := placeWorks19(f, nil)
		g2, ok2 := placeWorksRef19(f, nil)
		if g1 != g2 || ok1 != ok2 {
			t.Fatalf("%q [%d,%d): placeWorks19 %v %v, before speed29 %v %v", text, s, e, g1, ok1, g2, ok2)
		}
		if ok2 {
			yes++
		}
		if got, want := stemBeforeKind19(f, text[e:]), stemBeforeKindRef19(f, text[e:]); got != want {
			t.Fatalf("%q [%d,%d): stemBeforeKind19 %v, before speed29 %v", text, s, e, got, want)
		} else if want {
			yes++
		}
	})
	if yes < 500 {
		t.Fatalf("only %d works: the test does not test", yes)
	}
}

// TestPracticeTail29: practiceTail35, searching only where a practice
// would start inside the finding, answers as before speed29.
func TestPracticeTail29(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, practices35, []string{"转", "山", "湖", "道", "古道", "路", "雍错", "玛旁"})
	yes := 0
	speed23Spans(t, 30, pieces, func(text string, s, e int) {
		f := Finding{Type: LOCATION, Start: s, End: e, Text: text[s:e], Evidence: "gazetteer"}
		g1, d1, c1 := practiceTail35(text, f)
		g2, d2, c2 := practiceTailRef35(text, f)
		if g1 != g2 || d1 != d2 || c1 != c2 {
			t.Fatalf("%q [%d,%d): practiceTail35 %v %v %v, before speed29 %v %v %v", text, s, e, g1, d1, c1, g2, d2, c2)
		}
		if d2 || c2 {
			yes++
		}
	})
	if yes < 500 {
		t.Fatalf("only %d practices: the test does not test", yes)
	}
}

// TestFolkFrameMay29: where folkMay29 is false insideFolkWord18b is false
// too, and where the text's signature holds no trade frame of
// tradeFrames18b productFrame18b is false, for every span of up to eight
// characters of the development texts and of random texts of folk words,
// frames and their pieces, as a place and a person, with f.Text the
// span's bytes or another text.
func TestFolkFrameMay29(t *testing.T) {
	seg := testSeg(t)
	folk, frames := 0, 0
	words := slices.Sorted(maps.Keys(folkWords18b))
	pieces := slices.Concat(words, tradeFrames18b, []string{"伊玛", "芦", "笙", "马头", "之", "乡", "产", "业", "毛衫", "，", "\xff", "𠀀", "a"})
	speed20TextsN(t, 29, 1500, 10, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		fm := tt.sigAny28(sigFrames29, tradeFramesSig29)
		for s := 0; s < len(tt.runes); s++ {
			for e := s + 1; e <= len(tt.runes) && e-s <= 8; e++ {
				for _, typ := range []Type{LOCATION, PERSON} {
					for _, ft := range []string{tt.sub(s, e), "伊玛堪", "堪传"} {
						f := Finding{Type: typ, Text: ft, Start: tt.off[s], End: tt.off[e], Evidence: "gazetteer-short"}
						if _, _, ok := insideFolkWord18b(tt.text, f); ok {
							folk++
							if !folkMay29(tt, &f) {
								t.Fatalf("%q %v: folkMay29 false, insideFolkWord18b true", text, f)
							}
						}
						if productFrame18b(tt.text, f) {
							frames++
							if !fm {
								t.Fatalf("%q %v: no trade frame in the signature, productFrame18b true", text, f)
							}
						}
					}
				}
			}
		}
	})
	if folk < 1000 || frames < 1000 {
		t.Fatalf("only %d folk words and %d frames: the test does not test", folk, frames)
	}
}

// financeTermRef34 is financeTerm34 before speed29: the whole text joined.
func financeTermRef34(before, w, after string) bool {
	text := before + w + after
	s, e := len(before), len(before)+len(w)
	for _, t := range financeTerms34 {
		lo := s - len(t) + 1
		if lo < 0 {
			lo = 0
		}
		for p := lo; p <= s && p+len(t) <= len(text); p++ {
			if p+len(t) >= e && text[p:p+len(t)] == t {
				return true
			}
		}
	}
	return false
}

// TestFinanceTerm29: financeTerm34, joining only the window around f,
// answers as before speed29 for every span of the development texts and
// of random texts of the terms and their pieces, and at every byte (not
// only a rune's start) of the random texts, empty spans too.
func TestFinanceTerm29(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, financeTerms34, []string{"普惠", "小微", "微", "小", "贷款", "\xe5\xbe", "\xae", "普"})
	yes := 0
	speed23Spans(t, 31, pieces, func(text string, s, e int) {
		if got, want := financeTerm34(text[:s], text[s:e], text[e:]), financeTermRef34(text[:s], text[s:e], text[e:]); got != want {
			t.Fatalf("%q [%d,%d): financeTerm34 %v, before speed29 %v", text, s, e, got, want)
		} else if want {
			yes++
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d finance terms: the test does not test", yes)
	}
	rng := rand.New(rand.NewPCG(29, 34))
	for range 3000 {
		text := randPieces(rng, pieces, rng.IntN(12))
		for s := 0; s <= len(text); s++ {
			for e := s; e <= len(text) && e <= s+16; e++ {
				for _, w := range []string{text[s:e], "小微", ""} {
					if got, want := financeTerm34(text[:s], w, text[e:]), financeTermRef34(text[:s], w, text[e:]); got != want {
						t.Fatalf("%q|%q|%q: financeTerm34 %v, before speed29 %v", text[:s], w, text[e:], got, want)
					}
				}
			}
		}
	}
}

// TestListGates29: each first- or last-character gate of speed29 is true
// wherever its list's firstPrefix or firstSuffix finds a word, on every
// suffix and prefix of the development texts' spans and of random texts
// of the lists' words and pieces.
func TestListGates29(t *testing.T) {
	type gate struct {
		name  string
		ws    []string
		bits  *runeBits
		first bool
	}
	gates := []gate{
		{"worksFirst29", worksKinds19, &worksFirst29, true},
		{"worksLast29", slices.Concat(worksKinds19, yardKinds19), &worksLast29, false},
		{"functionKindFirst29", functionKinds37, &functionKindFirst29, true},
		{"functionKindLast29", functionKinds37, &functionKindLast29, false},
		{"agencyFirst29", nationalAgencies37, &agencyFirst29, true},
		{"provinceFirst29", provinces37, &provinceFirst29, true},
		{"genericKindLast29", genericKinds17c, &genericKindLast29, false},
		{"gradeKindLast29", gradeKinds17c, &gradeKindLast29, false},
		{"ministryFirst29", ministries24, &ministryFirst29, true},
	}
	var pieces []string
	for _, g := range gates {
		pieces = append(pieces, g.ws...)
	}
	pieces = append(pieces, speed15Pieces...)
	hits := make([]int, len(gates))
	speed23Spans(t, 32, pieces, func(text string, s, e int) {
		w := text[s:e]
		for i, g := range gates {
			if g.first {
				r, _ := utf8.DecodeRuneInString(w)
				if firstPrefix(w, g.ws) != "" {
					hits[i]++
					if !mayHaveRune(g.bits, r) {
						t.Fatalf("%s: %q opens with a word, the gate says none", g.name, w)
					}
				}
			} else {
				r, _ := utf8.DecodeLastRuneInString(w)
				if firstSuffix(w, g.ws) != "" {
					hits[i]++
					if !mayHaveRune(g.bits, r) {
						t.Fatalf("%s: %q ends in a word, the gate says none", g.name, w)
					}
				}
			}
		}
	})
	for i, g := range gates {
		if hits[i] < 100 {
			t.Fatalf("%s: only %d words found: the test does not test", g.name, hits[i])
		}
	}
}

// rankingTitleRef17c is rankingTitle17c before speed29's gate.
func rankingTitleRef17c(s string) bool {
	num, ok := strings.CutSuffix(s, "强镇")
	if !ok {
		for _, lv := range []string{"强县", "强乡", "强区", "强市", "强村", "强旗"} {
			if num, ok = strings.CutSuffix(s, lv); ok {
				break
			}
		}
	}
	if !ok || num == "" {
		return false
	}
	for _, r := range num {
		if !strings.ContainsRune("一二三四五六七八九十百千万0123456789", r) {
			return false
		}
	}
	return true
}

// TestRankingTitle29: rankingTitle17c, gated on 强 before the last
// character, answers as before speed29.
func TestRankingTitle29(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, []string{"强镇", "强县", "强乡", "强区", "强市", "强村", "强旗", "强", "千", "百", "50", "镇", "\xe5\xbc"})
	yes := 0
	speed23Spans(t, 33, pieces, func(text string, s, e int) {
		if got, want := rankingTitle17c(text[s:e]), rankingTitleRef17c(text[s:e]); got != want {
			t.Fatalf("%q: rankingTitle17c %v, before speed29 %v", text[s:e], got, want)
		} else if want {
			yes++
		}
	})
	if yes < 500 {
		t.Fatalf("only %d titles: the test does not test", yes)
	}
}
