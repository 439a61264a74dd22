package anonymize

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// speed17aWords returns the words of a word set, sorted (a fixed order
// for the random draws).
func speed17aWords(m map[string]bool) []string {
	var ws []string
	for w := range m {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws
}

// speed17aKindPieces are the pieces of keep26's kinds of body and of
// their level words, with characters that are none of them, broken
// sequences and characters above the Basic Multilingual Plane.
func speed17aKindPieces() []string {
	ps := slices.Concat(kindLevels21, serviceModifiers26, alliances26, zoneBodies26, peopleKinds26,
		speed17aWords(allianceParts26), speed17aWords(serviceKinds26), speed17aWords(kindBodies21),
		speed17aWords(genericBodies17), speed17aWords(genericZoneKinds21),
		[]string{"河", "湖", "林", "长制办公室", "长办", "长", "制", "办", "室", "委", "会", "院", "西和", "镇", "县", "“", "a", "\xff", "𠀀", "\xe3\x80"})
	return ps
}

// TestLevelKind26: levelKind26, one walk over the level words with each
// kind asked only where the name's last character allows it, answers as
// the four afterLevels21 walks it replaced (bodyKind26 before speed17a),
// on random names built of the kinds' own pieces and of every substring
// of up to ten characters of the development texts.
func TestLevelKind26(t *testing.T) {
	ref := func(w string) bool {
		return afterLevels21(w, chiefOffice26) || afterLevels21(w, allianceBody26) ||
			afterLevels21(w, describedKind26) || afterLevels21(w, zoneCommittee26)
	}
	pieces := speed17aKindPieces()
	rng := rand.New(rand.NewPCG(17, 1))
	yes, n := 0, 0
	check := func(w string) {
		got, want := levelKind26(w), ref(w)
		if got != want {
			t.Fatalf("levelKind26(%q) = %v, the four walks say %v", w, got, want)
		}
		n++
		if want {
			yes++
		}
	}
	for range 200000 {
		check(randPieces(rng, pieces, 1+rng.IntN(4)))
	}
	for _, text := range fastTexts(t) {
		rs := []rune(text)
		for e := 1; e <= len(rs); e++ {
			for s := max(0, e-10); s < e; s++ {
				check(string(rs[s:e]))
			}
		}
	}
	if yes < 2000 {
		t.Fatalf("only %d of %d names are kinds: the test does not test", yes, n)
	}
}

// TestTownShorts17: the town short forms shortTowns12 now looks up hold
// exactly the short forms whose full name is a level-4 town (the test
// shortTownAt12 made of every lookup), and the gate of their first
// characters and pairs lets every one of them through, at every position
// of the development texts and for every such short form itself.
func TestTownShorts17(t *testing.T) {
	l := getLexicon()
	ts := getTownShorts17()
	towns := 0
	for s, f := range l.short {
		town := l.places[f] == 4 && townName12(f)
		if got, ok := ts.full[s]; ok != town || ok && got != f {
			t.Fatalf("townShorts17[%q] = %q, %v; the lexicon says %q, town %v", s, got, ok, f, town)
		}
		if town {
			towns++
			rs := []rune(s)
			if len(rs) < 2 || !ts.first.has(rs[0]) && rs[0] < 1<<16 || !ts.hasPair(rs[0], rs[1]) {
				t.Fatalf("the gate refuses the town short form %q", s)
			}
		}
	}
	if len(ts.full) != towns || towns < 1000 {
		t.Fatalf("%d town short forms of %d short forms, %d in the table", towns, len(l.short), len(ts.full))
	}
	t.Logf("%d town short forms of %d short forms", towns, len(l.short))
	seg := testSeg(t)
	hits := 0
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		for s := 0; s+1 < len(tt.runes); s++ {
			for z := min(s+5, len(tt.runes)); z >= s+2; z-- {
				f, ok := l.shortOf(tt.sub(s, z))
				if !ok || l.places[f] != 4 || !townName12(f) {
					continue
				}
				hits++
				if !ts.first.has(tt.runes[s]) || !ts.hasPair(tt.runes[s], tt.runes[s+1]) {
					t.Fatalf("the gate refuses %q at %d of %q", tt.sub(s, z), s, text)
				}
			}
		}
		tt.release()
	}
	if hits < 100 {
		t.Fatalf("only %d town short forms in the texts: the test does not test", hits)
	}
}

// TestMediaPair28: mediaPair28 without its rune slice answers as the
// rune-slice version it replaced, on random strings of media characters,
// other characters of every width and broken sequences.
func TestMediaPair28(t *testing.T) {
	ref := func(w string) bool {
		rs := []rune(w)
		return len(rs) == 2 && rs[0] != rs[1] && mediaRunes28.has(rs[0]) && mediaRunes28.has(rs[1])
	}
	pieces := append([]string{"陆", "海", "岛", "江", "河", "空", "铁", "公", "水"}, speed15Pieces...)
	rng := rand.New(rand.NewPCG(17, 28))
	yes := 0
	for range 100000 {
		w := randPieces(rng, pieces, rng.IntN(4))
		if got, want := mediaPair28(w), ref(w); got != want {
			t.Fatalf("mediaPair28(%q) = %v, want %v", w, got, want)
		} else if want {
			yes++
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d media pairs: the test does not test", yes)
	}
}

// TestPersonChars11: personChars11's bit set of stop characters answers
// as the strings.ContainsRune over the same characters it replaced, on
// random spans of stop characters, Han characters of names, other
// characters of every width and broken sequences.
func TestPersonChars11(t *testing.T) {
	seg := testSeg(t)
	const stops = "的地得了是在被把将对从于为之其这那些么着过们吗呢吧啊说等"
	ref := func(tt *tokText, s, e int) bool {
		if s < 0 || e > len(tt.runes) || s >= e {
			return false
		}
		for _, r := range tt.runes[s:e] {
			if !isHan(r) || isMaskRune(r) || strings.ContainsRune(stops, r) {
				return false
			}
		}
		return true
	}
	pieces := append([]string{"的", "说", "等", "王", "建", "国", "某", "×"}, speed15Pieces...)
	rng := rand.New(rand.NewPCG(17, 11))
	yes := 0
	for range 3000 {
		tt := newTokText(seg, randPieces(rng, pieces, 1+rng.IntN(8)))
		for s := 0; s <= len(tt.runes); s++ {
			for e := s; e <= len(tt.runes); e++ {
				if got, want := personChars11(tt, s, e), ref(tt, s, e); got != want {
					t.Fatalf("personChars11(%q, %d, %d) = %v, want %v", tt.text, s, e, got, want)
				} else if want {
					yes++
				}
			}
		}
		tt.release()
	}
	if yes < 1000 {
		t.Fatalf("only %d spans of name characters: the test does not test", yes)
	}
}

// BenchmarkAnonymizeReportsWarm17a is BenchmarkAnonymizeReports after one
// whole pass over the documents, every lazily built table built: for
// callgrind, which counts measured17a alone
// (--toggle-collect='huibao/anonymize.measured17a'), the count of a few
// iterations divided by their number is one pass's, start-up left out.
// The passes run locked to one thread, which callgrind counts alone.
func BenchmarkAnonymizeReportsWarm17a(b *testing.B) {
	// callgrind toggles its count per thread: the passes must not move to
	// another thread when a gojieba call hands the processor over
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	docs := reportDocs(b)
	a := New(testSeg(b), nil, Placeholder)
	warm17a(a, docs)
	b.ResetTimer()
	for b.Loop() {
		measured17a(a, docs)
	}
}

// warm17a is measured17a under another name, which callgrind does not
// count.
//
//go:noinline
func warm17a(a *Anonymizer, docs [][]string) {
	for _, paras := range docs {
		red := a.Analyze(paras)
		for _, p := range paras {
			red.Apply(p)
		}
	}
}

// measured17a de-identifies the documents once, as
// BenchmarkAnonymizeReports does per iteration.
//
//go:noinline
func measured17a(a *Anonymizer, docs [][]string) {
	for _, paras := range docs {
		red := a.Analyze(paras)
		for _, p := range paras {
			red.Apply(p)
		}
	}
}

// contextPersons15bRef is contextPersons15b before speed17a, without the
// gate of nameEndMay15b.
func contextPersons15bRef(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	try := func(j int, endOK func(c int) bool, ev string) {
		if f, ok := nameFinding15b(tt, fs, j, endOK, ev); ok {
			out = append(out, f)
		}
	}
	objEnd := func(c int) bool {
		if c == n {
			return true
		}
		for _, w := range afterObject15b {
			if hasPrefixAt15b(tt, c, w) {
				return true
			}
		}
		return false
	}
	speechEnd := func(c int) bool {
		if c >= n || !speechFirst15b.has(tt.runes[c]) {
			return false
		}
		for _, w := range speechVerbs15b {
			if hasPrefixAt15b(tt, c, w) {
				k := c + runeLen(w)
				return k < n && speechAfter15b.has(tt.runes[k])
			}
		}
		return false
	}
	for k := range tt.toks {
		t := &tt.toks[k]
		if objectFirst15b.has(tt.tokFirst[k]) {
			for e := t.end; e <= min(n-1, t.start+3); e++ {
				if (tt.tokStart(e) || tt.tokenAt(e).pos == "x") && objectVerbs15b[tt.sub(t.start, e)] {
					try(e, objEnd, "object-of:"+tt.sub(t.start, e))
				}
			}
		}
		if k == 0 || clauseOpen15b.has(tt.runes[t.start-1]) {
			try(t.start, speechEnd, "clause-start-speech")
		}
	}
	return out
}

// TestContextPersons15b: contextPersons15b with its end gate finds what it
// found without, on the development texts and on sentences of a verb that
// takes a person or a speech verb around names of one, two and four
// characters of surname, at the text's end and inside it.
func TestContextPersons15b(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	for _, v := range []string{"约谈", "慰问", "走访", "看望"} {
		for _, name := range []string{"梁玥", "梁小玥", "欧阳振邦", "东方振邦", "司马相如"} {
			for _, after := range []string{"", "并了解情况。", "一家。", "等人", "同志", "说"} {
				texts = append(texts, "县长"+v+name+after, "。"+name+"说，“好”", name+"表示：“好”", "，"+name+"指出，")
			}
		}
	}
	found := 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		for _, fs := range [][]Finding{nil, findLocations(tt)} {
			got, want := contextPersons15b(tt, fs), contextPersons15bRef(tt, fs)
			if !slices.Equal(got, want) {
				t.Fatalf("contextPersons15b(%q) = %v, before the gate %v", text, got, want)
			}
			found += len(want)
		}
		tt.release()
	}
	if found < 20 {
		t.Fatalf("only %d names found: the test does not test", found)
	}
	t.Logf("%d names", found)
}
