package quantity

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
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

	// From the optional fields of a gold file (see EvaluateDir).
	NotGold   int      // occurrences of "not_quantities" strings
	NotWrong  []string // found quantities overlapping one of them (ordinals aside)
	Details   int      // gold quantities with kind, change, max or per given
	DetailsOK int      // of those, read right with every given field right
	DetailMis []string // the others, read right in value and unit only
}

// extra holds the fields of a gold file that devset does not read:
// "not_quantities" (strings that must yield no quantity: years, dates,
// plan names like 十四五, model names like 5G) and, per quantity, the
// optional "kind", "change", "max" (upper end of a range) and "per" (base
// of a per-unit phrase: 每亩850元 → 亩).
type extra struct {
	NotQuantities []string `json:"not_quantities"`
	Quantities    []struct {
		Contains string   `json:"contains"`
		Kind     string   `json:"kind"`
		Change   *bool    `json:"change"`
		Max      *float64 `json:"max"`
		Per      *string  `json:"per"`
	} `json:"quantities"`
}

// EvaluateDir loads a folder laid out like reports-dev and evaluates it
// as Evaluate does, also checking the optional not_quantities list and
// the kind, change, max and per fields of its gold files.
func EvaluateDir(dir string, find func(line string) []Quantity) (Score, error) {
	docs, err := devset.Load(dir)
	if err != nil {
		return Score{}, err
	}
	extras := make([]extra, len(docs))
	for i, d := range docs {
		b, err := os.ReadFile(filepath.Join(dir, "gold", d.Name+".json"))
		if errors.Is(err, os.ErrNotExist) {
			continue
		} else if err != nil {
			return Score{}, err
		}
		if err := json.Unmarshal(b, &extras[i]); err != nil {
			return Score{}, fmt.Errorf("gold/%s.json: %w", d.Name, err)
		}
	}
	return evaluate(docs, extras, find), nil
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
// (both masked, or equal numbers) and the same unit, or when it is the
// written high end of a range found as one (8% of 7%至8%: the range's max).
func Evaluate(docs []devset.Doc, find func(line string) []Quantity) Score {
	return evaluate(docs, nil, find)
}

// occurrences returns the byte ranges of sub in l.
func occurrences(l, sub string) [][2]int {
	var out [][2]int
	if sub == "" {
		return nil
	}
	for off := 0; ; {
		k := strings.Index(l[off:], sub)
		if k < 0 {
			return out
		}
		out = append(out, [2]int{off + k, off + k + len(sub)})
		off += k + len(sub)
	}
}

func evaluate(docs []devset.Doc, extras []extra, find func(line string) []Quantity) Score {
	var s Score
	for di, d := range docs {
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
		var ex *extra
		if extras != nil {
			ex = &extras[di]
			for _, nq := range ex.NotQuantities {
				for i, l := range d.Lines {
					for _, o := range occurrences(l, nq) {
						s.NotGold++
						for _, q := range found[i] {
							if q.Kind != KindOrdinal && q.End > o[0] && q.Start < o[1] {
								s.NotWrong = append(s.NotWrong, fmt.Sprintf("%s: %q read as %q", d.Name, nq, q.Text))
							}
						}
					}
				}
			}
		}
		for gi, g := range d.Gold.Quantities {
			s.Gold++
			var near []Quantity
			ok, approxOK := false, false
			var detail *Quantity // the quantity read right, for the detail check
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
						// 7%至8% read as one range: a gold 8% is its high end
						highEnd := q.Max != nil && a > q.Start && b == q.End && sameValue(q.Max, g.Value)
						if (sameValue(q.Value, g.Value) || highEnd) && q.Unit == g.Unit {
							ok = true
							if detail == nil {
								qq := q
								detail = &qq
							}
							if q.Approx == g.Approx {
								approxOK = true
							}
						}
					}
				}
			}
			if ex != nil && gi < len(ex.Quantities) && ex.Quantities[gi].Contains == g.Contains {
				e := ex.Quantities[gi]
				if e.Kind != "" || e.Change != nil || e.Max != nil || e.Per != nil {
					s.Details++
					switch {
					case detail == nil:
					case e.Kind != "" && detail.Kind != e.Kind:
						s.DetailMis = append(s.DetailMis, fmt.Sprintf("%s: %q kind %s, want %s", d.Name, g.Contains, detail.Kind, e.Kind))
					case e.Change != nil && detail.Change != *e.Change:
						s.DetailMis = append(s.DetailMis, fmt.Sprintf("%s: %q change %v, want %v", d.Name, g.Contains, detail.Change, *e.Change))
					case e.Max != nil && !sameValue(detail.Max, e.Max):
						s.DetailMis = append(s.DetailMis, fmt.Sprintf("%s: %q max %s, want %v", d.Name, g.Contains, fmtPtr(detail.Max), *e.Max))
					case e.Per != nil && detail.Per != *e.Per:
						s.DetailMis = append(s.DetailMis, fmt.Sprintf("%s: %q per %q, want %q", d.Name, g.Contains, detail.Per, *e.Per))
					default:
						s.DetailsOK++
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

func fmtPtr(v *float64) string {
	if v == nil {
		return "none"
	}
	return fmt.Sprint(*v)
}
