package anonymize

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// enclosingQuoteWhole17b is enclosingQuote17b as it was before speed24,
// the quote marks searched for over the whole text (the reference of
// TestEnclosingQuoteBounded24).
func enclosingQuoteWhole17b(text string, f Finding) (int, int, bool) {
	open := strings.LastIndex(text[:f.Start], "“")
	if open < 0 || strings.Contains(text[open:f.Start], "”") {
		return 0, 0, false
	}
	rel := strings.Index(text[f.End:], "”")
	if rel < 0 || strings.Contains(text[f.End:f.End+rel], "“") {
		return 0, 0, false
	}
	qs, qe := open+len("“"), f.End+rel
	q := text[qs:qe]
	if n := utf8.RuneCountInString(q); n < 2 || n > 24 || strings.ContainsAny(q, "。；;\n") {
		return 0, 0, false
	}
	return qs, qe, true
}

// TestEnclosingQuoteBounded24: the quote marks searched for near the
// finding alone give what the whole-text search gave, for quotes of every
// length around the limit, marks far off, ASCII and four-byte characters.
func TestEnclosingQuoteBounded24(t *testing.T) {
	pieces := []string{"“", "”", "村", "a", "𠀀", "。", "镇", "乡", "“", "”", "x", "县"}
	rng := rand.New(rand.NewSource(24))
	found := 0
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.Intn(90); n > 0; n-- {
			p := pieces[rng.Intn(len(pieces))]
			for m := 1 + rng.Intn(4); m > 0; m-- {
				b.WriteString(p)
				if p == "“" || p == "”" || p == "。" {
					break
				}
			}
		}
		text := b.String()
		// a finding on character boundaries
		var cuts []int
		for k := range text {
			cuts = append(cuts, k)
		}
		cuts = append(cuts, len(text))
		if len(cuts) < 2 {
			continue
		}
		s := rng.Intn(len(cuts) - 1)
		e := s + 1 + rng.Intn(min(4, len(cuts)-1-s))
		f := Finding{Start: cuts[s], End: cuts[e], Text: text[cuts[s]:cuts[e]]}
		a1, b1, ok1 := enclosingQuote17b(text, f)
		a2, b2, ok2 := enclosingQuoteWhole17b(text, f)
		if a1 != a2 || b1 != b2 || ok1 != ok2 {
			t.Fatalf("%q [%d,%d): bounded %d %d %v, whole %d %d %v", text, f.Start, f.End, a1, b1, ok1, a2, b2, ok2)
		}
		if ok2 {
			found++
		}
	}
	if found < 100 {
		t.Errorf("only %d findings inside a quote: the inputs test too little", found)
	}
	t.Logf("%d findings inside a quote", found)
}
