package anonymize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"huibao/segment"
)

// randPieces returns a string of n pieces drawn from pieces.
func randPieces(rng *rand.Rand, pieces []string, n int) string {
	s := ""
	for range n {
		s += pieces[rng.IntN(len(pieces))]
	}
	return s
}

// speed15Pieces are characters of one to four bytes, broken and short
// sequences, and lead bytes at the edges of the fast paths' range (E0,
// E1, EC, ED).
var speed15Pieces = []string{"西", "和", "县", "礼", "镇", "村", "a", " ", "　", "·", "é", "𠀀", "\xe3\x80", "\xff", "\xe0\xa4\x80", "\xe1\x80\x80", "\xec\xbf\xbf", "\xed\x9f\xbf", "\x80", "天", "水", "长", "道"}

// TestShortPairOf15: findLocations asks the short forms' pair filter
// with a token's first two runes, already decoded, where it asked
// shortPairOf with the token's word; both answer alike on every token of
// two runes or more of the development texts, of the gazetteer's short
// forms in text and of random strings of characters of every width,
// broken and short sequences.
func TestShortPairOf15(t *testing.T) {
	seg := testSeg(t)
	l := getLexicon()
	texts := fastTexts(t)
	n := 0
	for w := range l.short {
		if n++; n > 20000 {
			break
		}
		texts = append(texts, w+"县"+w[:len(w)-1])
	}
	rng := rand.New(rand.NewPCG(15, 15))
	for range 20000 {
		texts = append(texts, randPieces(rng, speed15Pieces, rng.IntN(5)))
	}
	yes, words := 0, 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		for _, tk := range tt.toks {
			if tk.n() < 2 {
				continue
			}
			words++
			got, want := l.hasShortPair(tt.runes[tk.start], tt.runes[tk.start+1]), shortPairOf(l, tk.word)
			if got != want {
				t.Fatalf("the pair filter of %q's runes = %v, shortPairOf %v", tk.word, got, want)
			}
			if got {
				yes++
			}
		}
		tt.release()
	}
	if yes < 100 || yes > words-100 {
		t.Errorf("%d of %d words pass: both answers not exercised", yes, words)
	}
}

// TestHasSpace15: hasSpace answers as strings.ContainsAny(s, " \u3000")
// on random strings with the space's bytes alone, doubled and broken (80
// 80 80, E3 without its tail), and tokText.spaceMay as hasSpace on the
// development texts and random texts, built by newTokText with and
// without gojieba.
func TestHasSpace15(t *testing.T) {
	pieces := []string{"\u3000", "、", "。", "\x80", "\x80\x80", "\xe3", "\xe3\x80", " ", "张", "a", "怀", "退", "\u3000\u3000", "𠀀"}
	rng := rand.New(rand.NewPCG(15, 2))
	var texts []string
	for range 30000 {
		texts = append(texts, randPieces(rng, pieces, rng.IntN(40)))
	}
	with := 0
	for _, s := range texts {
		if got, want := hasSpace(s), strings.ContainsAny(s, " \u3000"); got != want {
			t.Fatalf("hasSpace(%q) = %v, want %v", s, got, want)
		}
		if strings.Contains(s, "\u3000") {
			with++
		}
	}
	if with < 1000 || with > len(texts)-1000 {
		t.Errorf("%d of %d texts hold U+3000: both answers not exercised", with, len(texts))
	}
	seg := testSeg(t)
	dev := fastTexts(t)
	spaced := 0
	for i, s := range append(dev, texts[:3000]...) {
		for _, sg := range []*segment.Segmenter{seg, nil} {
			if sg == nil && i%10 != 0 {
				continue
			}
			tt := newTokText(sg, s)
			if got, want := tt.spaceMay(), hasSpace(s); got != want {
				t.Fatalf("spaceMay of %q = %v, want %v", s, got, want)
			} else if got {
				spaced++
			}
			tt.release()
		}
	}
	if spaced == 0 {
		t.Error("no text with a space")
	}
}

// TestTokKeys15: the token-at-a-time keys equal the rune-by-rune ones
// (packedEmissions' indices as its single loop formed them) on the
// development texts with and without gojieba and on random texts, and
// tokens that do not follow one another take the rune-by-rune path.
func TestTokKeys15(t *testing.T) {
	seg := testSeg(t)
	rng := rand.New(rand.NewPCG(15, 3))
	texts := fastTexts(t)
	for range 300 {
		texts = append(texts, randPieces(rng, []string{"张三", "县委书记", "在", "青山镇", "、", "李", "。", "a1", " ", "合作社"}, rng.IntN(30)))
	}
	long := 0
	for i, text := range texts {
		for _, sg := range []*segment.Segmenter{seg, nil} {
			if sg == nil && i%5 != 0 {
				continue
			}
			tt := newTokText(sg, text)
			pc := make([]uint8, len(tt.toks))
			for k := range pc {
				pc[k] = uint8(rng.IntN(64))
			}
			want := make([]uint32, len(tt.runes))
			tokKeysByRune15(want, tt.toks, tt.tokOf, pc)
			if got := tokKeys15(nil, tt.toks, tt.tokOf, pc); !slices.Equal(got[:len(want)], want) {
				t.Fatalf("%q: keys %v, rune by rune %v", text, got[:len(want)], want)
			}
			for _, k := range want {
				if k&0xC == 0x8 { // a rune inside a word of three or more
					long++
					break
				}
			}
			tt.release()
		}
	}
	if long == 0 {
		t.Error("no word of three characters or more")
	}
	// tokens that skip a rune (not newTokText's): the rune-by-rune path
	toks := []tok{{word: "张", pos: "nr", start: 0, end: 1}, {word: "三", pos: "nr", start: 2, end: 3}}
	tokOf := []int{0, 0, 1}
	pc := []uint8{5, 9}
	want := make([]uint32, 3)
	tokKeysByRune15(want, toks, tokOf, pc)
	if got := tokKeys15(nil, toks, tokOf, pc)[:3]; !slices.Equal(got, want) {
		t.Errorf("gapped tokens: keys %v, rune by rune %v", got, want)
	}
}

// TestShortFormFilter15: findLocations' token loop now passes over a word
// that is neither ns nor a made-up word of three characters when no
// short form begins with its first two characters (shortPairOf); such a
// word had no other reading there, so no short form may be missed: every
// such word of the development texts and every short form with a word of
// another tag is no short form (l.shortOf) when shortPairOf says no.
func TestShortFormFilter15(t *testing.T) {
	seg := testSeg(t)
	l := getLexicon()
	skipped := 0
	check := func(w string) {
		if !shortPairOf(l, w) {
			if full, ok := l.shortOf(w); ok {
				t.Fatalf("%q is the short form of %q, but shortPairOf says no", w, full)
			}
			skipped++
		}
	}
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		for _, tk := range tt.toks {
			if tk.n() >= 2 && tk.pos != "ns" && (tk.pos != "x" || tk.n() != 3) && l.shortFirst.has(tt.runes[tk.start]) {
				check(tk.word)
			}
		}
		tt.release()
	}
	for w := range l.short {
		if runeLen(w) >= 2 {
			check(w)
		}
	}
	if skipped == 0 {
		t.Error("no word passed over")
	}
}

// TestContainsPlace15: containsPlace, which looks up substrings only
// after the first two characters of some name, answers as placeIn with
// its predicate on every token and every span of up to eight characters
// of the development texts, on place names inside words, and on random
// strings of characters of every width and broken bytes.
func TestContainsPlace15(t *testing.T) {
	seg := testSeg(t)
	l := getLexicon()
	ref := func(w string) bool {
		return placeIn(w, func(s string) bool { return l.places[s] > 0 || l.short[s] != "" })
	}
	var words []string
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		for _, tk := range tt.toks {
			words = append(words, tk.word)
		}
		for s := 0; s < len(tt.runes); s += 3 {
			words = append(words, tt.sub(s, min(s+8, len(tt.runes))))
		}
		tt.release()
	}
	n := 0
	for p := range l.places {
		if n++; n > 3000 {
			break
		}
		words = append(words, "新"+p+"公司", p[:len(p)-1], "县"+p)
	}
	rng := rand.New(rand.NewPCG(15, 4))
	for range 5000 {
		words = append(words, randPieces(rng, speed15Pieces, rng.IntN(8)))
	}
	yes := 0
	for _, w := range words {
		got, want := containsPlace(w), ref(w)
		if got != want {
			t.Fatalf("containsPlace(%q) = %v, placeIn %v", w, got, want)
		}
		if got {
			yes++
		}
	}
	if yes < 100 || yes > len(words)-100 {
		t.Errorf("%d of %d words hold a place: both answers not exercised", yes, len(words))
	}
}

// TestSpanString15: spanString, which genreReading and villagesAfterTown
// now use for their look-ups, is string(tt.runes[s:e]) for every span of
// the development texts and of random texts with characters of every
// width, U+FFFD itself, surrogates' and broken bytes.
func TestSpanString15(t *testing.T) {
	seg := testSeg(t)
	rng := rand.New(rand.NewPCG(15, 5))
	texts := fastTexts(t)[:20]
	pieces := append([]string{"\uFFFD", "\xed\xa0\x80", "\xef\xbf\xbd"}, speed15Pieces...)
	for range 500 {
		texts = append(texts, randPieces(rng, pieces, rng.IntN(12)))
	}
	invalid := 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		if tt.invalid {
			invalid++
		}
		n := len(tt.runes)
		for s := 0; s <= n; s++ {
			for e := s; e <= min(n, s+6); e++ {
				if got, want := spanString(tt, s, e), string(tt.runes[s:e]); got != want {
					t.Fatalf("%q [%d,%d): %q, want %q", text, s, e, got, want)
				}
			}
		}
		tt.release()
	}
	if invalid == 0 {
		t.Error("no invalid text")
	}
}
