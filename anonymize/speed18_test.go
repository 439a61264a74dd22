package anonymize

import (
	"fmt"
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
// on random strings with invalid bytes and on sites13's kind words.
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

// TestMayHold18 checks the bit-test forms of mayContain that speed18
// put in the rules (mayHold3, sigList16.has) against mayContain itself,
// on texts of random pieces around a word they ask about, whole or cut
// after any of its characters (the test took only its first character
// or none before the review of rv14b).
func TestMayHold18(t *testing.T) {
	seg := testSeg(t)
	r := rand.New(rand.NewSource(182))
	words := append(append([]string{}, regionTerms24...), gluedNouns25...)
	for i := 0; i < 300; i++ {
		w := []rune(words[r.Intn(len(words))])
		text := randomText18(r, r.Intn(10)) + string(w[:r.Intn(len(w)+1)]) + randomText18(r, r.Intn(10))
		tt := newTokText(seg, text)
		for k, w := range regionTerms24 {
			if regionTermsSig24.has(tt, k) != tt.mayContain(w) {
				t.Fatalf("%q: regionTermsSig24.has(%q) differs from mayContain", text, w)
			}
		}
		for k, w := range gluedNouns25 {
			if gluedNounsSig25.has(tt, k) != tt.mayContain(w) {
				t.Fatalf("%q: gluedNounsSig25.has(%q) differs from mayContain", text, w)
			}
		}
		for _, w := range []string{"身份证", "旗舰店", "溶洞群", "互市点"} {
			rs := []rune(w)
			if tt.mayHold3(rs[0], rs[1], rs[2]) != tt.mayContain(w) {
				t.Fatalf("%q: mayHold3(%q) differs from mayContain", text, w)
			}
		}
	}
}

// TestOccurrencesSig18 checks occurrencesSig18 against occurrences19 for
// the lists it serves, on texts that hold some of their words.
func TestOccurrencesSig18(t *testing.T) {
	seg := testSeg(t)
	r := rand.New(rand.NewSource(183))
	lists := []struct {
		sig sigList16
		ws  []string
	}{{landmarkKindsSig30, landmarkKinds30}, {kinAfterSig13, kinAfter13}, {callVerbsSig13b, callVerbs13b}, {orgTailsSig14, orgTails14}, {orgFieldRolesSig14, orgFieldRoles14}, {ledBySig14, ledBy14}, {clauseKinSig14, clauseKin14}}
	for i := 0; i < 300; i++ {
		l := lists[r.Intn(len(lists))]
		text := randomText18(r, r.Intn(8)) + l.ws[r.Intn(len(l.ws))] + randomText18(r, r.Intn(8))
		if r.Intn(3) == 0 {
			text = randomText18(r, r.Intn(12))
		}
		tt := newTokText(seg, text)
		for k, w := range l.ws {
			got, want := occurrencesSig18(tt, l.sig, l.ws, k), occurrences19(tt, w)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%q, %q: occurrencesSig18 %v, occurrences19 %v", text, w, got, want)
			}
		}
	}
}

// ordinaryKind27Ref is ordinaryKind27 before speed18 (the reference).
func ordinaryKind27Ref(w string) bool {
	return kindWords27[w] || placeKinds27[w] || cropWord15(w) || genreWords[w] && !placeKindAfter27.has(lastRune(w))
}

// TestOrdinaryKind18 checks ordinaryKind27's first-character gate: the
// same answer as before for every word of its sets, their halves and
// random strings.
func TestOrdinaryKind18(t *testing.T) {
	var ws []string
	for _, m := range []map[string]bool{kindWords27, placeKinds27, cropWords15, herbsAndCrops13, produceWords, genreWords} {
		for w := range m {
			ws = append(ws, w, w[:len(w)/2], w+"村", "大"+w)
		}
	}
	r := rand.New(rand.NewSource(184))
	for i := 0; i < 20000; i++ {
		ws = append(ws, randomText18(r, r.Intn(5)))
	}
	for _, w := range ws {
		if got, want := ordinaryKind27(w), ordinaryKind27Ref(w); got != want {
			t.Fatalf("ordinaryKind27(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPeopleCountWords18 checks the premise of peopleCountAt's rune
// boundary gate: every word of its three sets is valid UTF-8, so a prefix
// that cuts a character in two is none of them.
func TestPeopleCountWords18(t *testing.T) {
	for _, m := range []map[string]bool{countedPersonNouns, closedListNouns, personNouns} {
		for w := range m {
			if !utf8.ValidString(w) {
				t.Fatalf("%q is no valid UTF-8", w)
			}
		}
	}
}
