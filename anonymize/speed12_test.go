package anonymize

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// villageBinarySearch is villageList.has as it was before speed12: a
// binary search over the sorted names, the reference for the hash index.
func villageBinarySearch(v *villageList, w string) bool {
	lo, hi := 0, len(v.off)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if v.name(m) < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(v.off) && v.name(lo) == w
}

// TestVillageIndex checks the hash index against the binary search over
// every name of the list and over strings near them that are mostly not
// names: each name's prefixes, the name with a character more, and pairs
// of neighbouring names joined; the binary search also needs the list
// sorted in byte order, which the test checks too.
func TestVillageIndex(t *testing.T) {
	v := getVillages()
	if len(v.off) < 1000 {
		t.Fatalf("village list has %d names", len(v.off))
	}
	hits, misses := 0, 0
	check := func(w string) {
		want := villageBinarySearch(v, w)
		if got := v.index.has(v, w); got != want {
			t.Fatalf("index.has(%q) = %v, binary search %v", w, got, want)
		}
		if want {
			hits++
		} else {
			misses++
		}
	}
	for i := range v.off {
		s := v.name(i)
		if i > 0 && v.name(i-1) > s {
			t.Fatalf("names out of order at %d: %q > %q", i, v.name(i-1), s)
		}
		if !v.index.has(v, s) {
			t.Fatalf("index misses name %d %q", i, s)
		}
		if i%7 != 0 {
			continue
		}
		check(s)
		for j := range s {
			if j > 0 {
				check(s[:j]) // a prefix, cut inside a character too
			}
		}
		check(s + "村")
		if i+1 < len(v.off) {
			check(s + v.name(i+1))
		}
		_, w := utf8.DecodeRuneInString(s)
		check(s[w:])
	}
	for _, w := range []string{"", "村", "\n", strings.Repeat("王", 40), "王家\n李家"} {
		check(w)
	}
	if hits < len(v.off)/7 || misses < len(v.off)/7 {
		t.Fatalf("checked %d names and %d others: too few of one kind", hits, misses)
	}
}

// TestVillageListHas checks villageList.has, the pair filter and the index
// together, against the binary search alone, on names and non-names.
func TestVillageListHas(t *testing.T) {
	v := getVillages()
	for i := 0; i < len(v.off); i += 97 {
		s := v.name(i)
		for _, w := range []string{s, s + "村", "新" + s, s[:len(s)-1]} {
			if got, want := v.has(w), villageBinarySearch(v, w); got != want {
				t.Fatalf("has(%q) = %v, binary search %v", w, got, want)
			}
		}
	}
}

// BenchmarkPersonTaggerReports is the person tagger alone (emissions and
// decoding) over the paragraphs of reports-dev, segmented and scored
// beforehand, for instruction counts of its inner loops.
func BenchmarkPersonTaggerReports(b *testing.B) {
	st := currentTagger()
	if st == nil || st.m == nil || st.m.q == nil {
		b.Fatal("embedded person model did not load")
	}
	seg := testSeg(b)
	type text struct {
		tt    *tokText
		cands []Finding
	}
	var texts []text
	for _, paras := range reportDocs(b) {
		for _, p := range paras {
			if p == "" {
				continue
			}
			tt := newTokText(seg, p)
			tt.fillPersonToks()
			texts = append(texts, text{tt, scorePersons(tt)})
		}
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, x := range texts {
			n += len(st.m.tag(x.tt, x.cands, st.bias))
		}
	}
	if n == 0 {
		b.Fatal("no labels")
	}
}

// TestClassRanks checks classRankTab against charClassTab at every
// character below U+10000.
func TestClassRanks(t *testing.T) {
	tab, c := charClassTab(), classRankTab()
	n := 0
	for r := range tab {
		if got := c.of(uint16(r)); got != tab[r] {
			t.Fatalf("%U: classRanks %x, charClassTab %x", r, got, tab[r])
		}
		if tab[r] != 0 {
			n++
		}
	}
	if n == 0 || n != len(c.class) {
		t.Fatalf("%d class characters, %d ranked", n, len(c.class))
	}
}

// TestWordHashFilters: the lexicon's filters hold every key of their maps
// with wordHash, and let few other strings through (the village names,
// mostly not places, as the strings asked); wordHash reads strings of
// every length up to 40 bytes, each byte changing the hash.
func TestWordHashFilters(t *testing.T) {
	l := getLexicon()
	for s := range l.places {
		if !l.placeNames.mayHave(s) {
			t.Fatalf("place filter misses %q", s)
		}
	}
	for s := range l.short {
		if !l.shortNames.mayHave(s) {
			t.Fatalf("short-form filter misses %q", s)
		}
	}
	v := getVillages()
	asked, passed := 0, 0
	for i := 0; i < len(v.off); i += 3 {
		s := v.name(i) + "县"
		if _, ok := l.places[s]; ok {
			continue
		}
		asked++
		if l.placeNames.mayHave(s) {
			passed++
		}
	}
	if asked < 10000 || passed*20 > asked {
		t.Fatalf("place filter passes %d of %d strings that are no place", passed, asked)
	}
	b := []byte(strings.Repeat("汇报工作", 4))[:40]
	for n := 0; n <= len(b); n++ {
		s := string(b[:n])
		h := wordHash(1, s)
		if h != wordHash(1, s) {
			t.Fatalf("wordHash(%q) not deterministic", s)
		}
		for i := 0; i < n; i++ {
			c := []byte(s)
			c[i] ^= 1
			if wordHash(1, string(c)) == h {
				t.Fatalf("wordHash ignores byte %d of %q", i, s)
			}
		}
	}
}

// TestClearPosReuse: a pooled tokText that served a long text and then
// short ones gives each text the same position sets as a fresh tokText
// (clearPos clears only what an earlier text set).
func TestClearPosReuse(t *testing.T) {
	seg := testSeg(t)
	long := strings.Repeat("张三、李四在红星村第3组开会：乡镇干部说，", 40)
	texts := []string{long, "第二组", long[:300], "", "全县各乡镇、村组", long + long, "村"}
	for round := 0; round < 3; round++ {
		for _, text := range texts {
			tt := newTokText(seg, text)
			fresh := &tokText{}
			fresh.clearPos(len(text))
			for k, r := range tt.runes {
				fresh.markPos(charClassOf(charClassTab(), r), k)
			}
			for x := uint32(posClasses); x != 0; x &= x - 1 {
				p := bits.TrailingZeros32(x)
				if len(tt.pos[p]) != len(fresh.pos[p]) {
					t.Fatalf("%q: class %d: %d words, fresh %d", text, p, len(tt.pos[p]), len(fresh.pos[p]))
				}
				for w := range tt.pos[p] {
					if tt.pos[p][w] != fresh.pos[p][w] {
						t.Fatalf("%q: class %d word %d: %x, fresh %x", text, p, w, tt.pos[p][w], fresh.pos[p][w])
					}
				}
			}
			tt.release()
		}
	}
}

// shortPlaceLoop is shortPlace as it was before speed12, trying every
// suffix: the reference for the suffixes grouped by last character.
func shortPlaceLoop(name string) string { return shortPlaceOf(name, placeSuffixes) }

// TestShortPlaceBySuffix: shortPlace gives every gazetteer name, and the
// names with their last character or suffix cut or changed, the short
// form of the loop over every suffix.
func TestShortPlaceBySuffix(t *testing.T) {
	l := getLexicon()
	n := 0
	for name := range l.places {
		rs := []rune(name)
		for _, w := range []string{name, string(rs[:len(rs)-1]), name + "区", name[:len(name)-1], "长阳土家族自治县", "湘西土家族苗族自治州", ""} {
			if got, want := shortPlace(w), shortPlaceLoop(w); got != want {
				t.Fatalf("shortPlace(%q) = %q, loop %q", w, got, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d names checked", n)
	}
}

// TestListMarks: listMarks holds exactly the characters listItems' loop
// acts on (a clause break or a separator), below U+10000; above it,
// clauseBreak holds none.
func TestListMarks(t *testing.T) {
	for r := rune(0); r < 1<<17; r++ {
		want := clauseBreak(r) || r == '、' || r == ' ' || r == '\t' || r == '　'
		if r >= 1<<16 {
			if want {
				t.Fatalf("%U above the plane acts in listItems", r)
			}
			continue
		}
		if listMarks.has(r) != want {
			t.Fatalf("%U: listMarks %v, want %v", r, listMarks.has(r), want)
		}
	}
}

// mayContainLoop is mayContain as it was before speed12, the reference.
func mayContainLoop(tt *tokText, s string) bool {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			return true
		}
		if tt.sig[r>>6&15]&(1<<(uint32(r)&63)) == 0 {
			return false
		}
		i += w
	}
	return true
}

// TestMayContainFast compares mayContain with the plain loop on the
// pieces of the test texts, shifted by a byte too, and on mixed strings.
func TestMayContainFast(t *testing.T) {
	seg := testSeg(t)
	n := 0
	for _, text := range append(fastTexts(t), "ＡＢ县委2025年张三、李四\xff王五") {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		other := newTokText(seg, "全县各乡镇")
		for i := 0; i+1 < len(text); i += 5 {
			for _, e := range []int{i + 1, i + 3, i + 6, i + 9, i + 14} {
				if e > len(text) {
					break
				}
				for _, x := range []*tokText{tt, other} {
					w := text[i:e]
					if got, want := x.mayContain(w), mayContainLoop(x, w); got != want {
						t.Fatalf("mayContain(%q) = %v, loop %v", w, got, want)
					}
					n++
				}
			}
		}
		other.release()
		tt.release()
	}
	if n < 1000 {
		t.Fatalf("only %d strings checked", n)
	}
}

// BenchmarkNewTokTextReports is newTokText (gojieba's tagging included)
// over the paragraphs of reports-dev, each tokText released for the next,
// for instruction counts of its own work.
func BenchmarkNewTokTextReports(b *testing.B) {
	seg := testSeg(b)
	var paras []string
	for _, ps := range reportDocs(b) {
		paras = append(paras, ps...)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, p := range paras {
			tt := newTokText(seg, p)
			n += len(tt.toks)
			tt.release()
		}
	}
	if n == 0 {
		b.Fatal("no tokens")
	}
}

// TestAnalyzeConcurrent: documents de-identified by four goroutines at
// once come out as when de-identified one after another (the tables built
// on first use, the pooled tokTexts and their position sets are shared or
// recycled across goroutines).
func TestAnalyzeConcurrent(t *testing.T) {
	texts := fastTexts(t)
	var docs [][]string
	for i := 0; i < len(texts); i += 7 {
		docs = append(docs, texts[i:min(i+7, len(texts))])
	}
	a := New(testSeg(t), nil, Placeholder)
	render := func(doc []string) string {
		red := a.Analyze(doc)
		var b strings.Builder
		for _, p := range doc {
			b.WriteString(red.Apply(p))
			b.WriteByte('\n')
		}
		return b.String()
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = render(d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range docs {
				i := (k + g*len(docs)/4) % len(docs) // each goroutine in its own order
				if got := render(docs[i]); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d, document %d differs", g, i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
