package anonymize

import (
	"math/rand"
	"testing"
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
	for w := range townLevels14 {
		if !mayStart(&townLevels14First, w) {
			t.Errorf("townLevels14First misses %q", w)
		}
	}
	if mayStart(&kinTitlesFirst, "县委") {
		t.Error("kinTitlesFirst passes a word no kin title begins with")
	}
}
