package anonymize

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestOccurrences16a: occurrences19, its signature gate and its search by
// the last byte, finds the same positions as the loop of strings.Index it
// replaced, on the development texts and random strings of characters of
// every width and broken sequences, for kinds cut from the texts
// themselves (so most are found), kinds that overlap themselves (哈哈 in
// 哈哈哈), single bytes and broken characters.
func TestOccurrences16a(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	rng := rand.New(rand.NewPCG(16, 1))
	for range 5000 {
		texts = append(texts, randPieces(rng, speed15Pieces, rng.IntN(12)))
	}
	texts = append(texts, "哈哈哈哈哈", "、、、", "村村村村", "aaa")
	fixed := []string{"哈哈", "、、", "村村", "aa", "、", "至", "等", "“", "的", "村", "a", " ", "\xe3\x80", "\x80", "\xff", "县礼", "𠀀", "镇村"}
	found, calls := 0, 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		kinds := slices.Clone(fixed)
		if len(tt.runes) > 0 {
			for range 6 {
				s := rng.IntN(len(tt.runes))
				e := min(len(tt.runes), s+1+rng.IntN(3))
				kinds = append(kinds, tt.sub(s, e))
			}
			b := rng.IntN(len(text))
			kinds = append(kinds, text[b:min(len(text), b+1+rng.IntN(4))])
		}
		for _, k := range kinds {
			got, want := occurrences19(tt, k), occurrencesByIndex(tt, k)
			if !slices.Equal(got, want) {
				t.Fatalf("occurrences19(%q, %q) = %v, strings.Index finds %v", text, k, got, want)
			}
			calls++
			if len(want) > 0 {
				found++
			}
		}
		tt.release()
	}
	if found < calls/4 {
		t.Fatalf("only %d of %d searches found a kind: the test does not test", found, calls)
	}
}

// TestMayHold16a: mayHold and mayHold2, which the rules now ask with
// their kind words' characters, answer as mayContain with the word, on
// the development texts, for every character and pair of characters of
// the text and for characters and pairs it lacks (U+FFFD aside, which no
// kind word holds).
func TestMayHold16a(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	others := []rune("村社区籍遗址公司“”、至的。 ａ𠀀")
	no := 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		rs := append(slices.Clone(tt.runes), others...)
		for i, a := range rs {
			b := rs[(i*7+3)%len(rs)]
			if a == utf8.RuneError || b == utf8.RuneError {
				continue // (mayContain answers true for U+FFFD, as for broken text; no kind word holds it)
			}
			if got, want := tt.mayHold(a), tt.mayContain(string(a)); got != want {
				t.Fatalf("%q: mayHold(%q) = %v, mayContain %v", text, a, got, want)
			}
			got, want := tt.mayHold2(a, b), tt.mayContain(string([]rune{a, b}))
			if got != want {
				t.Fatalf("%q: mayHold2(%q, %q) = %v, mayContain %v", text, a, b, got, want)
			}
			if !got {
				no++
			}
		}
		tt.release()
	}
	if no == 0 {
		t.Fatal("no pair was missing: the test does not test")
	}
}

// TestFirstEthnicGroup16: beforeEthnicGroup's search from the places of
// 族 cuts where the loop of strings.Index over the peoples cut, on names
// made of random pieces: peoples, their parts, 族 alone, Han characters,
// broken bytes, a people at the start (fewer than two characters before
// it) and again later.
func TestFirstEthnicGroup16(t *testing.T) {
	pieces := append([]string{"族", "家族", "湘", "西", "黔东南", "回", "土", "苗", "\xe6\x97", "\x8f", "a", "自治"}, ethnicGroups...)
	rng := rand.New(rand.NewPCG(16, 2))
	cut := 0
	for range 50000 {
		s := randPieces(rng, pieces, rng.IntN(6))
		got, want := firstEthnicGroup16(s), firstEthnicGroupByIndex(s)
		if got != want {
			t.Fatalf("firstEthnicGroup16(%q) = %d, strings.Index finds %d", s, got, want)
		}
		if got > 0 {
			cut++
		}
	}
	for _, s := range []string{"苗族湘西苗族", "回族镇回族", "湘西土家族苗族", "黔东南苗族侗族", "户撒阿昌族"} {
		if got, want := firstEthnicGroup16(s), firstEthnicGroupByIndex(s); got != want {
			t.Fatalf("firstEthnicGroup16(%q) = %d, strings.Index finds %d", s, got, want)
		}
	}
	if cut < 1000 {
		t.Fatalf("only %d names cut: the test does not test", cut)
	}
}

// TestSigList16: a sigList16 answers as mayContainAny21 with the words it
// was made of, for the rules' lists and for random lists of characters
// of every width, broken sequences and U+FFFD (mayContain answers true
// from there on), on the development texts and random strings.
func TestSigList16(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	rng := rand.New(rand.NewPCG(16, 3))
	for range 3000 {
		texts = append(texts, randPieces(rng, speed15Pieces, rng.IntN(12)))
	}
	lists := [][]string{addressList21, relativeVerbList21, areaKindList23, hamletKindList23, originNouns23, speechAfter24, {""}, {"\uFFFD"}}
	pieces := append(slices.Clone(speed15Pieces), "\uFFFD", "说", "客商", "屯")
	for range 300 {
		var l []string
		for range 1 + rng.IntN(4) {
			l = append(l, randPieces(rng, pieces, 1+rng.IntN(3)))
		}
		lists = append(lists, l)
	}
	sigs := make([]sigList16, len(lists))
	for i, l := range lists {
		sigs[i] = sigListOf(l)
	}
	yes, no := 0, 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		for i, l := range lists {
			got, want := sigs[i].any(tt), mayContainAny21(tt, l)
			if got != want {
				t.Fatalf("%q: sigList16 of %q = %v, mayContainAny21 %v", text, l, got, want)
			}
			if got {
				yes++
			} else {
				no++
			}
		}
		tt.release()
	}
	if yes == 0 || no == 0 {
		t.Fatalf("%d yes, %d no: the test does not test", yes, no)
	}
}

// TestGluedNounLast16: gluedPersonNounNames18's gate lets through every
// character a person noun of either set ends in, so that it skips only
// tokens whose noun no look-up would find; and it skips most characters.
func TestGluedNounLast16(t *testing.T) {
	b := gluedNounLast16()
	for _, set := range []map[string]bool{personNouns17p, personListNouns18} {
		for w := range set {
			if !mayHaveRune(b, lastRune(w)) {
				t.Fatalf("the gate skips %q's last character", w)
			}
		}
	}
	n := 0
	for r := rune(0x4E00); r < 0x9FA6; r++ {
		if b.has(r) {
			n++
		}
	}
	if n == 0 || n > 200 {
		t.Fatalf("the gate lets %d Han characters through", n)
	}
}
