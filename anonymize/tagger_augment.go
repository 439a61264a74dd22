package anonymize

import (
	"math"
	"math/rand"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Data augmentation for the PERSON tagger: the development file holds
// fewer than a thousand names, so a tagger trained on it alone memorises
// them. Each training sentence that names a person is added again with
// every gold PERSON span replaced by a made-up name of the same shape —
// a Chinese name drawn from the surname table and the given-name character
// counts, a transliterated one from the transliteration character counts —
// so the tagger learns the contexts names stand in rather than the names.

// nameSampler draws made-up names from the embedded character counts.
type nameSampler struct {
	surname, given, translit weightedRunes
}

// weightedRunes draws characters in proportion to their weights.
type weightedRunes struct {
	r   []rune
	cum []float64
}

func (w *weightedRunes) add(r rune, x float64) {
	if x <= 0 {
		return
	}
	t := x
	if n := len(w.cum); n > 0 {
		t += w.cum[n-1]
	}
	w.r = append(w.r, r)
	w.cum = append(w.cum, t)
}

func (w *weightedRunes) draw(rng *rand.Rand) rune {
	x := rng.Float64() * w.cum[len(w.cum)-1]
	return w.r[sort.SearchFloat64s(w.cum, x)]
}

var (
	samplerOnce sync.Once
	samplerVal  *nameSampler
)

// getNameSampler builds the sampler once: surnames weighted by how often
// they begin a name, given-name characters by a damped count (so rare
// characters are drawn too), transliteration characters by their count.
// Characters that never stand in a name (function words) are left out.
func getNameSampler() *nameSampler {
	samplerOnce.Do(func() {
		l := getLexicon()
		rows, _ := charCounts(string(readGz("data/chars.txt.gz")))
		keys := make([]rune, 0, len(rows))
		for r := range rows {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		ns := &nameSampler{}
		for _, r := range keys {
			c := rows[r]
			if !isHan(r) || givenStop[r] || functionRunes[r] {
				continue
			}
			if _, ok := l.surname[r]; ok {
				ns.surname.add(r, c[1]+1)
			}
			if l.given[r] > -1 {
				ns.given.add(r, math.Sqrt(c[0]))
			}
			if c[2] >= 3 {
				ns.translit.add(r, math.Sqrt(c[2]))
			}
		}
		samplerVal = ns
	})
	return samplerVal
}

// fake returns a made-up name of the same shape as name: Chinese names
// keep their length (a compound surname becomes a single one plus a given
// name character), transliterated ones their length and their dots.
func (ns *nameSampler) fake(name string, rng *rand.Rand) string {
	rs := []rune(name)
	l := getLexicon()
	var b strings.Builder
	_, sur := l.surname[rs[0]]
	chinese := (sur || len(rs) >= 3 && l.compound[string(rs[:2])]) && len(rs) <= 4
	for _, r := range rs {
		if !isHan(r) {
			chinese = false
		}
	}
	if chinese {
		b.WriteRune(ns.surname.draw(rng))
		for range rs[1:] {
			b.WriteRune(ns.given.draw(rng))
		}
		return b.String()
	}
	for _, r := range rs {
		if isHan(r) {
			b.WriteRune(ns.translit.draw(rng))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// augmentSentence returns s with every PERSON span replaced by a made-up
// name (other spans shifted), or false when s names no person.
func augmentSentence(s NERSentence, ns *nameSampler, rng *rand.Rand) (NERSentence, bool) {
	gold := append([]Span(nil), s.Gold...)
	sort.Slice(gold, func(i, j int) bool { return gold[i].Start < gold[j].Start })
	any := false
	for _, g := range gold {
		if g.Type == PERSON && g.End > g.Start && utf8.ValidString(s.Text[g.Start:g.End]) {
			any = true
		}
	}
	if !any {
		return s, false
	}
	var b strings.Builder
	out := NERSentence{}
	pos, shift := 0, 0
	for _, g := range gold {
		if g.Start < pos {
			continue // overlapping gold spans: keep the first
		}
		b.WriteString(s.Text[pos:g.Start])
		txt := s.Text[g.Start:g.End]
		if g.Type == PERSON {
			txt = ns.fake(txt, rng)
		}
		start := g.Start + shift
		b.WriteString(txt)
		shift += len(txt) - (g.End - g.Start)
		out.Gold = append(out.Gold, Span{Type: g.Type, Start: start, End: start + len(txt)})
		pos = g.End
	}
	b.WriteString(s.Text[pos:])
	out.Text = b.String()
	return out, true
}
