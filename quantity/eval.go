package quantity

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"huibao/classify/devset"
)

// Miss is a gold quantity that was not read right.
type Miss struct {
	Doc  string
	Gold devset.Quantity
	Got  []Quantity // what was found overlapping it, if anything
}

// Score is the result of comparing found quantities with gold ones.
type Score struct {
	Gold        int    // gold quantities
	Right       int    // found with the right value and unit
	ApproxRight int    // of those, also with the right approx flag
	Misses      []Miss // the others
	Found       int    // quantities found in the documents
	Dates       []string
}

// Accuracy is the share of gold quantities read right.
func (s Score) Accuracy() float64 {
	if s.Gold == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Gold)
}

var reDateLike = regexp.MustCompile(`^(?:1[89]\d\d|20\d\d|[0-9xX×]{4})年$|^[0-9一二三四五六七八九十]+月份?$|^[0-9一二三四五六七八九十]+[日号]$`)

// Evaluate runs find over each line of each document and compares the
// results with the gold quantities. A gold quantity is read right when a
// found quantity overlaps one of its occurrences with the same value
// (both masked, or equal numbers) and the same unit.
func Evaluate(docs []devset.Doc, find func(line string) []Quantity) Score {
	var s Score
	for _, d := range docs {
		found := make([][]Quantity, len(d.Lines))
		for i, l := range d.Lines {
			found[i] = find(l)
			s.Found += len(found[i])
			for _, q := range found[i] {
				if q.Kind != KindOrdinal && reDateLike.MatchString(q.Text) {
					s.Dates = append(s.Dates, d.Name+": "+q.Text)
				}
			}
		}
		for _, g := range d.Gold.Quantities {
			s.Gold++
			var near []Quantity
			ok, approxOK := false, false
			for i, l := range d.Lines {
				for off := 0; ; {
					k := strings.Index(l[off:], g.Contains)
					if k < 0 {
						break
					}
					a, b := off+k, off+k+len(g.Contains)
					off = b
					for _, q := range found[i] {
						if q.End <= a || q.Start >= b {
							continue
						}
						near = append(near, q)
						if sameValue(q.Value, g.Value) && q.Unit == g.Unit {
							ok = true
							if q.Approx == g.Approx {
								approxOK = true
							}
						}
					}
				}
			}
			if ok {
				s.Right++
				if approxOK {
					s.ApproxRight++
				}
			} else {
				s.Misses = append(s.Misses, Miss{Doc: d.Name, Gold: g, Got: near})
			}
		}
	}
	return s
}

func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) < 1e-9*math.Max(1, math.Abs(*b))
}

// String formats a miss for a report.
func (m Miss) String() string {
	v := "null"
	if m.Gold.Value != nil {
		v = fmt.Sprint(*m.Gold.Value)
	}
	var got []string
	for _, q := range m.Got {
		gv := "null"
		if q.Value != nil {
			gv = fmt.Sprint(*q.Value)
		}
		got = append(got, fmt.Sprintf("%s=(%s,%s)", q.Text, gv, q.Unit))
	}
	g := "nothing"
	if len(got) > 0 {
		g = strings.Join(got, " ")
	}
	return fmt.Sprintf("%s: %q want (%s, %s) got %s", m.Doc, m.Gold.Contains, v, m.Gold.Unit, g)
}
