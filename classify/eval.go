package classify

import (
	"fmt"
	"strings"

	"huibao/classify/devset"
	"huibao/segment"
)

// EvalMiss is a gold paragraph labelled wrongly.
type EvalMiss struct {
	Doc, Contains, Want, Got string
	Confidence               float64
}

// EvalResult is paragraph accuracy against gold labels.
type EvalResult struct {
	Total, Right  int
	Confusion     [4][4]int // [gold][predicted] in Classes order
	Misses        []EvalMiss
	Unfound       []string // gold strings not found in any line
	DocTypes      int      // documents whose type matched the gold type
	DocTypesTotal int
}

// Accuracy is the share of gold paragraphs labelled right.
func (e EvalResult) Accuracy() float64 {
	if e.Total == 0 {
		return 0
	}
	return float64(e.Right) / float64(e.Total)
}

func (e *EvalResult) add(doc devset.Doc, paras []Input, a *Analysis) {
	for _, g := range doc.Gold.Paragraphs {
		idx := -1
		for i, p := range paras {
			if strings.Contains(p.Text, g.Contains) {
				idx = i
				break
			}
		}
		gi := classIndex(g.Category)
		if idx < 0 || gi < 0 {
			e.Unfound = append(e.Unfound, doc.Name+": "+g.Contains)
			continue
		}
		got := a.Results[idx].Category
		e.Total++
		e.Confusion[gi][classIndex(got)]++
		if got == g.Category {
			e.Right++
		} else {
			e.Misses = append(e.Misses, EvalMiss{doc.Name, g.Contains, g.Category, got, a.Results[idx].Confidence})
		}
	}
	if doc.Gold.DocType != "" {
		e.DocTypesTotal++
		if sameDocType(a.DocType, doc.Gold.DocType) {
			e.DocTypes++
		}
	}
}

// sameDocType treats 工作汇报 and 汇报发言 as one genre, as the gold does,
// and a plan as 其他.
func sameDocType(got, want string) bool {
	norm := func(s string) string {
		switch s {
		case TypeBriefing, TypeSpeech:
			return TypeSpeech
		case TypePlan:
			return TypeOther
		}
		return s
	}
	return norm(got) == norm(want)
}

// Evaluate labels each document with c and compares with the gold.
func Evaluate(c *Classifier, docs []devset.Doc) EvalResult {
	var e EvalResult
	for _, d := range docs {
		paras := Lines(d.Text)
		e.add(d, paras, c.Analyze(paras))
	}
	return e
}

// EvaluateHoldout measures generalisation: for each document it trains a
// model on the project corpus, the extra reports and every other document
// (never on the gold labels, only on their headings), then labels the
// held-out document with it.
func EvaluateHoldout(seg *segment.Segmenter, docs []devset.Doc, extra map[string][]Input, w Weights) EvalResult {
	base := TrainingSet(seg, extra)
	per := make([][]Example, len(docs))
	for i, d := range docs {
		per[i] = Examples(seg, "dev/"+d.Name, Lines(d.Text))
	}
	var e EvalResult
	for i, d := range docs {
		train := append([]Example(nil), base...)
		for j := range docs {
			if j != i {
				train = append(train, per[j]...)
			}
		}
		c := &Classifier{Seg: seg, Model: TrainDefault(train), Weights: w}
		paras := Lines(d.Text)
		e.add(d, paras, c.Analyze(paras))
	}
	return e
}

// Report formats accuracy, the confusion matrix and the misses.
func (e EvalResult) Report(verbose bool) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "paragraph accuracy: %d/%d = %.1f%%\n", e.Right, e.Total, 100*e.Accuracy())
	if e.DocTypesTotal > 0 {
		fmt.Fprintf(&sb, "document type: %d/%d\n", e.DocTypes, e.DocTypesTotal)
	}
	sb.WriteString("\nconfusion (rows gold, columns predicted)\n")
	fmt.Fprintf(&sb, "%-12s", "")
	for _, c := range Classes {
		fmt.Fprintf(&sb, "%12s", c)
	}
	sb.WriteString("\n")
	for g, c := range Classes {
		fmt.Fprintf(&sb, "%-12s", c)
		for p := range Classes {
			fmt.Fprintf(&sb, "%12d", e.Confusion[g][p])
		}
		sb.WriteString("\n")
	}
	if verbose {
		if len(e.Misses) > 0 {
			sb.WriteString("\nmisses:\n")
		}
		for _, m := range e.Misses {
			fmt.Fprintf(&sb, "  %s: %q want %s got %s (%.2f)\n", m.Doc, m.Contains, m.Want, m.Got, m.Confidence)
		}
		for _, u := range e.Unfound {
			fmt.Fprintf(&sb, "  not found: %s\n", u)
		}
	}
	return sb.String()
}

// EvaluateContent measures the token model alone, without headings, cues
// or position: for each reports-dev document, a model is trained with
// train on the project corpus and every other document (distant labels)
// and its best class is compared with the gold label of each body
// paragraph. It tells how well paragraph content generalises where a
// report has no helpful headings.
func EvaluateContent(seg *segment.Segmenter, docs []devset.Doc, train func([]Example) *Model) EvalResult {
	base := TrainingSet(seg, nil)
	per := make([][]Example, len(docs))
	for i, d := range docs {
		per[i] = Examples(seg, "dev/"+d.Name, Lines(d.Text))
	}
	var e EvalResult
	for i, d := range docs {
		ex := append([]Example(nil), base...)
		for j := range docs {
			if j != i {
				ex = append(ex, per[j]...)
			}
		}
		m := train(ex)
		paras := Lines(d.Text)
		rs := structure(paras)
		for _, g := range d.Gold.Paragraphs {
			gi := classIndex(g.Category)
			for k, p := range paras {
				if !strings.Contains(p.Text, g.Contains) {
					continue
				}
				if rs[k].Role != RoleBody || gi < 0 {
					break
				}
				t := strings.TrimSpace(p.Text)
				words := seg.Cut(leadOf(t, MaxModelRunes))
				toks := featuresOf(words)
				if m.Kind == KindLogistic {
					toks = append(toks, ParagraphFeatures(t, words)...)
				}
				s, _ := m.Score(toks)
				got, conf := pick(s)
				e.Total++
				e.Confusion[gi][classIndex(got)]++
				if got == g.Category {
					e.Right++
				} else {
					e.Misses = append(e.Misses, EvalMiss{d.Name, g.Contains, g.Category, got, conf})
				}
				break
			}
		}
	}
	return e
}

// StripHeadings returns copies of docs without their heading lines, to
// measure how well content alone (cues, model, position) decides where a
// report's headings are missing or say nothing.
func StripHeadings(docs []devset.Doc) []devset.Doc {
	out := make([]devset.Doc, len(docs))
	for i, d := range docs {
		in := Lines(d.Text)
		rs := structure(in)
		var keep []string
		for k, p := range in {
			if rs[k].Role != RoleHeading {
				keep = append(keep, p.Text)
			}
		}
		out[i] = d
		out[i].Text = strings.Join(keep, "\n")
		out[i].Lines = keep
	}
	return out
}
