package anonymize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// SpanTrainText is one labelled text for TrainSpanTagger.
type SpanTrainText struct {
	Text string
	// Names are identifiers every occurrence of which is a span (longest
	// first), except persons and numbers, which other recognizers own,
	// and occurrences inside a Keep phrase.
	Names []string
	// Keep are ordinary phrases: no span inside them.
	Keep []string
	// Spans are byte ranges [start, end) of the text that are spans.
	Spans [][2]int
	// Copies is how many times the text is trained on (0: once).
	Copies int
}

// SpanTraining are the options of TrainSpanTagger.
type SpanTraining struct {
	Epochs int   // perceptron passes (0: 8)
	Seed   int64 // shuffling seed
	// RuleDropout trains on each text a second time without the rules'
	// findings, so the tagger also learns to find names on its own
	// evidence instead of only echoing the rules.
	RuleDropout bool
}

// SpanTrainStats counts what TrainSpanTagger read (never any text).
type SpanTrainStats struct {
	Texts, Runes, Spans int
	// Persons and Numbers count the occurrences of Names left out as
	// persons or as numbers; InKeep those inside a Keep phrase.
	Persons, Numbers, InKeep int
}

// TrainSpanTagger trains a span tagger on the texts, each read by the
// anonymizer's rules first (the findings the tagger reads as features).
// Train it on development data and our own writing only.
func TrainSpanTagger(a *Anonymizer, texts []SpanTrainText, opt SpanTraining) (*SpanTagger, SpanTrainStats) {
	var st SpanTrainStats
	var ex []taggerExample
	for _, t := range texts {
		e, bare, ok := spanExample(a, t, &st)
		if !ok {
			continue
		}
		for c := 0; c <= t.Copies; c++ {
			ex = append(ex, e)
			if opt.RuleDropout {
				ex = append(ex, bare)
			}
		}
	}
	epochs := opt.Epochs
	if epochs <= 0 {
		epochs = 8
	}
	m := trainTagger(ex, spanBits, 0, epochs, opt.Seed)
	return &SpanTagger{m: m}, st
}

// spanExample computes the features and gold labels of one text, with
// the rules' findings and (bare) without them.
func spanExample(a *Anonymizer, t SpanTrainText, st *SpanTrainStats) (ex, bare taggerExample, ok bool) {
	capture := func(tt *tokText, fs []Finding) {
		if ok || tt.text != t.Text || len(tt.runes) == 0 {
			return
		}
		ok = true
		labels := make([]uint8, len(tt.runes))
		mark := func(s, e int) {
			a, b := tt.runeAt(s), tt.runeAt(e)
			if a < 0 || b <= a {
				return
			}
			for i := a; i < b; i++ {
				if labels[i] != tagO {
					return // overlaps a span already marked
				}
			}
			labels[a] = tagB
			for i := a + 1; i < b; i++ {
				labels[i] = tagI
			}
			st.Spans++
		}
		for _, sp := range t.Spans {
			mark(sp[0], sp[1])
		}
		for _, o := range nameOccurrences(t.Text, t.Names, t.Keep, st) {
			switch {
			case !hasHan(o.text):
				st.Numbers++
			case personSpan(tt, fs, o.s, o.e):
				st.Persons++
			default:
				mark(o.s, o.e)
			}
		}
		rows := func(fs []Finding) []uint32 {
			feats := make([]uint32, 0, len(tt.runes)*nFeatTemplates)
			spanRows(tt, fs, spanBits, &spanScratch{}, func(_ int, hs *[nFeatTemplates]uint32) {
				feats = append(feats, hs[:]...)
			})
			return feats
		}
		ex = taggerExample{feats: rows(fs), labels: labels}
		bare = taggerExample{feats: rows(nil), labels: labels}
		st.Texts++
		st.Runes += len(labels)
	}
	spanCapture.Store(&capture)
	defer spanCapture.Store(nil)
	a.findIn(t.Text, false)
	return ex, bare, ok
}

// nameOccurrence is one occurrence of a name in a text (byte offsets).
type nameOccurrence struct {
	s, e int
	text string
}

// nameOccurrences finds every occurrence of the names in text, longest
// names first, none overlapping another or lying inside a keep phrase.
func nameOccurrences(text string, names, keep []string, st *SpanTrainStats) []nameOccurrence {
	if len(names) == 0 {
		return nil
	}
	var kept [][2]int
	for _, k := range keep {
		for i := 0; k != "" && i < len(text); {
			j := strings.Index(text[i:], k)
			if j < 0 {
				break
			}
			kept = append(kept, [2]int{i + j, i + j + len(k)})
			i += j + len(k)
		}
	}
	byLen := append([]string(nil), names...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i]) > len(byLen[j]) })
	var out []nameOccurrence
	taken := func(s, e int) bool {
		for _, o := range out {
			if s < o.e && e > o.s {
				return true
			}
		}
		return false
	}
	for _, n := range byLen {
		if n == "" {
			continue
		}
		for i := 0; i < len(text); {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			s, e := i+j, i+j+len(n)
			i = e
			if taken(s, e) {
				continue
			}
			inKeep := false
			for _, k := range kept {
				if s >= k[0] && e <= k[1] && !(s == k[0] && e == k[1]) {
					inKeep = true
				}
			}
			if inKeep {
				st.InKeep++
				continue
			}
			out = append(out, nameOccurrence{s: s, e: e, text: n})
		}
	}
	return out
}

// hasHan reports whether s holds a Han character.
func hasHan(s string) bool {
	for _, r := range s {
		if isHan(r) {
			return true
		}
	}
	return false
}

// personSpan reports whether bytes [s, e) of the text are a person's
// name: a PERSON finding covers them, or no place or body finding touches
// them and they look like a name (two to four characters, a surname
// first, no place or body suffix last).
func personSpan(tt *tokText, fs []Finding, s, e int) bool {
	placed := false
	for _, f := range fs {
		if f.Start < e && f.End > s {
			if f.Type == PERSON && f.Start <= s && f.End >= e {
				return true
			}
			if f.Type == LOCATION || f.Type == ORG {
				placed = true
			}
		}
	}
	if placed {
		return false
	}
	text := tt.text[s:e]
	n := utf8.RuneCountInString(text)
	if n < 2 || n > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	lx := getLexicon()
	if !lx.isSurname(r) && !lx.compound[string([]rune(text)[:min(2, n)])] {
		return false
	}
	return sufClass(lastRune(text))&(sufPlace|sufOrg) == 0
}
