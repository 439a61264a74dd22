package anonymize

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

// NERSentence is one sentence of a BIO-annotated file with its gold spans
// (byte offsets into Text).
type NERSentence struct {
	Text string
	Gold []Span
}

// bioTypes maps the tag names of the BIO files to entity types.
var bioTypes = map[string]Type{
	"PER": PERSON, "PERSON": PERSON, "NR": PERSON,
	"ORG": ORG, "NT": ORG,
	"LOC": LOCATION, "NS": LOCATION, "GPE": LOCATION,
}

// ReadBIO reads a character-per-line BIO file ("字 TAG", blank line
// between sentences; tags B-PER/I-PER, B-ORG, B-LOC …). Tags of other
// types are ignored.
func ReadBIO(r io.Reader) ([]NERSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []NERSentence
	var b strings.Builder
	var gold []Span
	cur := -1 // index in gold of the open span
	flush := func() {
		if b.Len() > 0 {
			out = append(out, NERSentence{Text: b.String(), Gold: gold})
		}
		b.Reset()
		gold = nil
		cur = -1
	}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want \"char TAG\"", line)
		}
		ch, tag := f[0], f[1]
		start := b.Len()
		b.WriteString(ch)
		prefix, typ, _ := strings.Cut(tag, "-")
		t, known := bioTypes[strings.ToUpper(typ)]
		switch {
		case !known || prefix == "O":
			cur = -1
		case prefix == "B" || prefix == "S" || cur < 0 || gold[cur].Type != t:
			gold = append(gold, Span{Type: t, Start: start, End: b.Len()})
			cur = len(gold) - 1
		default: // I, M, E continue the open span
			gold[cur].End = b.Len()
		}
		if prefix == "E" || prefix == "S" {
			cur = -1
		}
	}
	flush()
	return out, sc.Err()
}

// NERScore is the score of one entity type.
type NERScore struct {
	Type      Type
	Gold      int     // gold spans
	Predicted int     // masked spans of this type
	Correct   int     // exact-span, same-type matches
	Caught    int     // gold spans no longer readable in the masked text
	Precision float64 // Correct / Predicted
	Recall    float64 // Correct / Gold
	F1        float64
	Privacy   float64 // Caught / Gold
}

// ScoreNER analyses every sentence as its own document and scores the
// masked spans against the gold spans. A gold span counts as caught (no
// longer readable) when at least half of its characters are masked, by an
// entity of any type.
func (a *Anonymizer) ScoreNER(ctx context.Context, sents []NERSentence) ([]NERScore, error) {
	scores := map[Type]*NERScore{}
	get := func(t Type) *NERScore {
		if scores[t] == nil {
			scores[t] = &NERScore{Type: t}
		}
		return scores[t]
	}
	for _, t := range []Type{PERSON, ORG, LOCATION} {
		get(t)
	}
	for i, s := range sents {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		red := a.Analyze([]string{s.Text})
		pred := red.Spans(s.Text)
		masked := make([]bool, len(s.Text))
		predSet := map[Span]bool{}
		for _, p := range pred {
			for k := p.Start; k < p.End; k++ {
				masked[k] = true
			}
			predSet[p] = true
			if p.Type == PERSON || p.Type == ORG || p.Type == LOCATION {
				get(p.Type).Predicted++
			}
		}
		for _, g := range s.Gold {
			sc := get(g.Type)
			sc.Gold++
			if predSet[g] {
				sc.Correct++
			}
			n, m := 0, 0
			for k, r := range s.Text[g.Start:g.End] {
				_ = r
				n++
				if masked[g.Start+k] {
					m++
				}
			}
			if 2*m >= n {
				sc.Caught++
			}
		}
	}
	var out []NERScore
	for _, t := range AllTypes {
		sc := scores[t]
		if sc == nil {
			continue
		}
		finishScore(sc)
		out = append(out, *sc)
	}
	return out, nil
}
