package anonymize

import (
	"math/rand"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestSortedSpans compares the cursor with overlapsAny on random sorted,
// disjoint findings and random questions, mostly in rising order and now
// and then going back.
func TestSortedSpans(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	hits := 0
	for round := 0; round < 300; round++ {
		var fs []Finding
		for p := rng.Intn(4); p < 200; {
			s := p + rng.Intn(6)
			e := s + 1 + rng.Intn(9)
			fs = append(fs, Finding{Start: s, End: e})
			p = e + rng.Intn(5)
		}
		c := sortedSpans{fs: fs}
		s := 0
		for q := 0; q < 150; q++ {
			if rng.Intn(10) == 0 {
				s = rng.Intn(200) // back (or anywhere)
			} else {
				s += rng.Intn(4)
			}
			e := s + rng.Intn(7)
			want := overlapsAny(fs, s, e)
			if got := c.overlaps(s, e); got != want {
				t.Fatalf("round %d: overlaps(%d, %d) = %v, overlapsAny %v (findings %v)", round, s, e, got, want, fs)
			}
			if want {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Fatal("no question overlapped: the test asks nothing")
	}
}

// TestSpeed8Filters checks that every word of the sets filtered by
// speed8.go's character sets passes its filter (a word added after the
// filter was built would be missed).
func TestSpeed8Filters(t *testing.T) {
	for w := range kinTitles {
		if !mayStart(&kinTitlesFirst, w) {
			t.Errorf("kinTitlesFirst misses %q", w)
		}
	}
	for w := range industryWords {
		if !mayStart(&industryWordsFirst, w) {
			t.Errorf("industryWordsFirst misses %q", w)
		}
	}
	for w := range brandIndustry {
		if !mayStart(&brandIndustryFirst, w) {
			t.Errorf("brandIndustryFirst misses %q", w)
		}
	}
	for w := range townLevels14 {
		if !mayStart(&townLevels14First, w) {
			t.Errorf("townLevels14First misses %q", w)
		}
	}
	if mayStart(&kinTitlesFirst, "县委") {
		t.Error("kinTitlesFirst passes a word no kin title begins with")
	}
}

// TestASCIIScans compares hasPlateLetter and longestDigitRun, which step
// over blocks of eight non-ASCII bytes, with plain byte loops on texts
// mixing Chinese, digits, letters and broken bytes.
func TestASCIIScans(t *testing.T) {
	rng := rand.New(rand.NewSource(88))
	parts := []string{"县", "镇政府", "2023", "年", "139", "0", "A", "Z", "a", "，", "\xff", "\xe5", " ", "QQ", "办公室主任张三"}
	plates, runs := 0, 0
	for round := 0; round < 2000; round++ {
		text := ""
		for n := rng.Intn(12); n > 0; n-- {
			text += parts[rng.Intn(len(parts))]
		}
		wantPlate, best, cur := false, 0, 0
		for i := 0; i < len(text); i++ {
			wantPlate = wantPlate || text[i] >= 'A' && text[i] <= 'Z'
			if text[i] >= '0' && text[i] <= '9' {
				cur++
				best = max(best, cur)
			} else {
				cur = 0
			}
		}
		if got := hasPlateLetter(text); got != wantPlate {
			t.Fatalf("hasPlateLetter(%q) = %v", text, got)
		}
		if got := longestDigitRun(text); got != best {
			t.Fatalf("longestDigitRun(%q) = %d, want %d", text, got, best)
		}
		if wantPlate {
			plates++
		}
		if best >= 4 {
			runs++
		}
	}
	if plates == 0 || runs == 0 {
		t.Fatal("no text with a capital letter or a run of digits: the test asks nothing")
	}
}

// TestRedactionHits checks that Apply and Spans give the same answers
// from the hits finish kept as from scanning again, for the document's
// own texts and for pieces cut from them (which scan afresh).
func TestRedactionHits(t *testing.T) {
	texts := fastTexts(t)
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze(texts)
	if len(red.hits) == 0 {
		t.Fatal("finish kept no hits")
	}
	bare := *red
	bare.hits = nil // scans every text
	masked := 0
	for _, s := range texts {
		for _, x := range []string{s, s[len(s)/3:], s[:len(s)/2]} {
			if got, want := red.Apply(x), bare.Apply(x); got != want {
				t.Fatalf("Apply(%q) = %q from the kept hits, %q scanning", x, got, want)
			}
			if got, want := red.Spans(x), bare.Spans(x); !slices.Equal(got, want) {
				t.Fatalf("Spans(%q) = %v from the kept hits, %v scanning", x, got, want)
			}
		}
		if red.Apply(s) != s {
			masked++
		}
	}
	if masked == 0 {
		t.Fatal("nothing masked: the test compares nothing")
	}
}

// TestDigitWindowsBlocks compares digitWindows, which steps over blocks
// of eight non-ASCII bytes, with the windows of a plain byte loop.
func TestDigitWindowsBlocks(t *testing.T) {
	rng := rand.New(rand.NewSource(808))
	parts := []string{"电话", "13909391234", "0939-", "12", "号", "，", "\xe5", "QQ", "206157060", "县人民医院", " "}
	found := 0
	for round := 0; round < 2000; round++ {
		text := ""
		for n := rng.Intn(14); n > 0; n-- {
			text += parts[rng.Intn(len(parts))]
		}
		want := plainDigitWindows(text)
		if got := digitWindows(text); !slices.Equal(got, want) {
			t.Fatalf("digitWindows(%q) = %v, want %v", text, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no window found: the test asks nothing")
	}
}

// plainDigitWindows is digitWindows with a byte loop: runs of three or
// more digits padded, merged, widened to characters, kept with seven
// digits.
func plainDigitWindows(text string) [][2]int {
	var out [][2]int
	var runs [][2]int
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j-i >= 3 {
			runs = append(runs, [2]int{max(0, i-digitWindowPad), min(len(text), j+digitWindowPad)})
		}
		i = max(j, i+1)
	}
	var merged [][2]int
	for _, r := range runs {
		if n := len(merged); n > 0 && r[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], r[1])
		} else {
			merged = append(merged, r)
		}
	}
	for _, w := range merged {
		s, e := w[0], w[1]
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		digits := 0
		for i := s; i < e; i++ {
			if text[i] >= '0' && text[i] <= '9' {
				digits++
			}
		}
		if digits >= 7 {
			out = append(out, [2]int{s, e})
		}
	}
	return out
}
