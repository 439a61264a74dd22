package anonymize

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkAnonymizeWarm23 is BenchmarkAnonymize (the committed fixture)
// after one whole pass, every lazily built table built: for callgrind,
// which counts measured17a alone
// (--toggle-collect='huibao/anonymize.measured17a'), as
// BenchmarkAnonymizeReportsWarm17a does for reports-dev.
func BenchmarkAnonymizeWarm23(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	docs := [][]string{benchText(b)}
	a := New(testSeg(b), nil, Placeholder)
	warm17a(a, docs)
	b.ResetTimer()
	for b.Loop() {
		measured17a(a, docs)
	}
}

// tourPhraseRef16 is tourPhrase16 before speed23: tourPhraseLen16 asked
// at every position (the reference).
func tourPhraseRef16(text string, f Finding) bool {
	start := f.Start
	if v := firstPrefix(f.Text, routeVerbs16); v != "" && len(f.Text) > len(v) {
		start += len(v)
	}
	p := start
	for back := 0; back <= 3; back++ {
		if n, ok := tourPhraseLen16(text[p:]); ok && p+n >= f.End {
			return true
		}
		if p == 0 {
			break
		}
		_, w := utf8.DecodeLastRuneInString(text[:p])
		p -= w
	}
	return false
}

// regionalFormRef16 is regionalForm16 before speed23: every form searched
// for in the window (the reference).
func regionalFormRef16(text string, s, e int) bool {
	lo := s - 12
	if lo < 0 {
		lo = 0
	}
	for lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo++
	}
	for _, o := range regionalForms16 {
		hi := min(s+len(o), len(text))
		if hi <= lo {
			continue
		}
		win := text[lo:hi]
		for off := 0; ; {
			i := strings.Index(win[off:], o)
			if i < 0 || lo+off+i > s {
				break
			}
			if e <= lo+off+i+len(o) {
				return true
			}
			off += i + len(o)
		}
	}
	return false
}

// speed23Spans calls check with every span of up to eight runes of the
// development texts and of random texts of pieces (rune-aligned, as the
// findings' are).
func speed23Spans(t *testing.T, k uint64, pieces []string, check func(text string, s, e int)) {
	speed20TextsN(t, k, 3000, 20, pieces, func(text string) {
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for a := range offs {
			for b := a + 1; b < len(offs) && b <= a+8; b++ {
				check(text, offs[a], offs[b])
			}
		}
	})
}

// TestTourPhrase23: tourPhrase16, which asks tourPhraseLen16 only where a
// modifier's first character stands, answers as before speed23 for every
// span of the development texts and of random texts of the modifiers,
// facilities, route verbs and their pieces.
func TestTourPhrase23(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, tourMods16, tourFacilities16, routeVerbs16, []string{"红", "景", "区", "游", "\xe6\x99"})
	yes := 0
	speed23Spans(t, 23, pieces, func(text string, s, e int) {
		f := Finding{Type: LOCATION, Start: s, End: e, Text: text[s:e]}
		got, want := tourPhrase16(text, f), tourPhraseRef16(text, f)
		if got != want {
			t.Fatalf("%q [%d,%d): tourPhrase16 %v, before speed23 %v", text, s, e, got, want)
		}
		if want {
			yes++
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d tourism phrases: the test does not test", yes)
	}
}

// TestRegionalForm23: regionalForm16, gated on the forms' last characters
// within reach, answers as before speed23 for every span of the
// development texts and of random texts of the forms and their pieces, and
// at every byte (not only a rune's start) of the random texts.
func TestRegionalForm23(t *testing.T) {
	pieces := slices.Concat(speed15Pieces, regionalForms16, []string{"黄梅", "梆子", "河北", "戏", "剧", "曲", "\xe6\x88"})
	for _, o := range regionalForms16 {
		rs := []rune(o)
		pieces = append(pieces, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed23Spans(t, 24, pieces, func(text string, s, e int) {
		if got, want := regionalForm16(text, s, e), regionalFormRef16(text, s, e); got != want {
			t.Fatalf("%q [%d,%d): regionalForm16 %v, before speed23 %v", text, s, e, got, want)
		} else if want {
			yes++
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d spans in a form: the test does not test", yes)
	}
	rng := rand.New(rand.NewPCG(23, 25))
	for range 3000 {
		text := randPieces(rng, pieces, rng.IntN(12))
		for s := 0; s <= len(text)+2; s++ {
			for e := s; e <= s+16; e++ {
				if got, want := regionalForm16(text, s, e), regionalFormRef16(text, s, e); got != want {
					t.Fatalf("%q [%d,%d): regionalForm16 %v, before speed23 %v", text, s, e, got, want)
				}
			}
		}
	}
}

// honourNamesRef16 is honourNames16 before speed23: the role read before
// the verb's first character was looked at (the reference).
func honourNamesRef16(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 2; s+3 < n; s++ {
		if !surnameAny15(l, tt.runes[s]) || !honourRoleAt16(tt, s) {
			continue
		}
		e := s + 3
		if !hanName11(tt, s+1, e) || !hasAnyPrefix13(tt.text[tt.off[e]:], honourVerbs16) {
			continue
		}
		bad := false
		for _, c := range tt.runes[s+1 : e] {
			if hardStop[c] || c == '某' || notGiven36.has(c) && !givenOK16.has(c) {
				bad = true
				break
			}
		}
		if bad || l.common[tt.sub(s-1, s+1)] || personNouns[tt.sub(s+1, e)] || isRoleWord(tt.sub(s+1, e)) || isRoleWord(tt.sub(s, e)) {
			continue
		}
		if coveredBeyond15(fs, tt.off[s], tt.off[e]) || firmPersonAt16(fs, tt.off[s], tt.off[e]) || strongOver33(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "honour-name,pers16", Score: contextScore + 1})
	}
	return out
}

// TestHonourNames23: honourNames16, which looks for the verb's first
// character before it reads a role, finds what it found before speed23 on
// the development texts and on random texts of roles, trades, surnames,
// given names and the honour verbs.
func TestHonourNames23(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, honourVerbs16, []string{"技师", "工程师", "护林员", "职工", "书记", "村民", "王", "李", "欧阳", "建业", "振兴", "明", "获", "被评", "，", "。"})
	yes := 0
	speed20TextsN(t, 26, 20000, 12, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := honourNames16(tt, nil), honourNamesRef16(tt, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: honourNames16 %v, before speed23 %v", text, got, want)
		}
		yes += len(want)
	})
	// the frame itself: a role, a surname, two characters, a verb
	roles := []string{"技师", "高级工程师", "护林员", "职工", "村支书", "代表团", "学生", "某某", "，"}
	given := []string{"建", "业", "振", "兴", "志", "和", "某", "的", "一", "。", "成", "员"}
	rng := rand.New(rand.NewPCG(23, 26))
	for range 5000 {
		text := randPieces(rng, pieces, rng.IntN(3)) + roles[rng.IntN(len(roles))] + randPieces(rng, []string{"王", "李", "吴", "字", "甲"}, 1) +
			randPieces(rng, given, 2) + randPieces(rng, honourVerbs16, 1) + randPieces(rng, pieces, rng.IntN(3))
		tt := newTokText(seg, text)
		got, want := honourNames16(tt, nil), honourNamesRef16(tt, nil)
		tt.release()
		if !slices.Equal(got, want) {
			t.Fatalf("%q: honourNames16 %v, before speed23 %v", text, got, want)
		}
		yes += len(want)
	}
	if yes < 500 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}

// TestSpacedFormsMemo23: spacedForms26 answers from its memo, on a second
// and a third asking, what it found the first time and what it finds
// without a memo, for names spaced apart in random texts.
func TestSpacedFormsMemo23(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 27))
	pieces := []string{"岩", "甲", "乙", "王", "建", "国", " ", "  ", "　", "，", "县", "\n", "，岩 甲 乙，", " 王　建  国 ", "，甲 乙"}
	names := []string{"岩甲乙", "王建国", "甲乙", "岩甲", "王 建", "建国乙甲乙", "乙"}
	yes := 0
	for range 3000 {
		var spaced []string
		for range 1 + rng.IntN(3) {
			spaced = append(spaced, randPieces(rng, pieces, rng.IntN(14)))
		}
		memo := map[string][]string{}
		for range 3 {
			for _, w := range names {
				got, want := spacedForms26(w, spaced, memo), spacedForms26(w, spaced, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("%q in %q: with the memo %q, without %q", w, spaced, got, want)
				}
				yes += len(want)
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d spaced forms: the test does not test", yes)
	}
}
