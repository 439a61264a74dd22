package classify

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"huibao/segment"
)

// Classes is the order of the categories in a Model's weight vectors.
var Classes = []string{Achievement, Problem, Plan, Other}

func classIndex(c string) int {
	for i, k := range Classes {
		if k == c {
			return i
		}
	}
	return -1
}

// Model is a multinomial naive Bayes model over gojieba tokens: for each
// token the log-probability under each class, centred on the mean over
// classes, so that a token's weights say how much it favours each class.
// It holds derived weights only, no text.
//
// A Model of Kind KindLogistic holds instead the weights of a logistic
// regression (see TrainLogistic), with a bias per class.
type Model struct {
	Version  int                   `json:"version"`
	Kind     string                `json:"kind,omitempty"` // "" for naive Bayes, KindLogistic
	Bias     [4]float64            `json:"bias"`
	Classes  []string              `json:"classes"`
	Docs     int                   `json:"training_documents"`
	Examples []int                 `json:"training_paragraphs"` // per class
	Weights  map[string][4]float64 `json:"weights"`
}

//go:embed model.json
var modelJSON []byte

var (
	modelOnce sync.Once
	shipped   *Model
)

// Shipped returns the model embedded in the binary (trained by
// scripts/train), or nil if it cannot be read.
func Shipped() *Model {
	modelOnce.Do(func() {
		var m Model
		if err := json.Unmarshal(modelJSON, &m); err == nil && len(m.Weights) > 0 {
			shipped = &m
		}
	})
	return shipped
}

// Features turns a text into the tokens the model scores: gojieba words,
// with numbers (Arabic, Chinese with a measure word, masked) folded into
// "#NUM" and punctuation dropped.
func Features(seg *segment.Segmenter, text string) []string {
	if seg == nil {
		return nil
	}
	return featuresOf(seg.Cut(text))
}

// featuresOf folds and filters words already cut.
func featuresOf(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if f, ok := feature(w); ok {
			out = append(out, f)
		}
	}
	return out
}

// feature maps one word to its model feature: numbers (Arabic, masked,
// percentages) to "#NUM", punctuation and spaces to nothing.
func feature(w string) (string, bool) {
	if w == "" {
		return "", false
	}
	b := w[0]
	if b < utf8.RuneSelf {
		switch {
		case b >= '0' && b <= '9':
			return "#NUM", true
		case b == ' ' || b == '\t':
			w = strings.TrimSpace(w)
			if w == "" {
				return "", false
			}
			return feature(w)
		case isMaskWord(w):
			return "#NUM", true
		case b < 'A' || b > 'z' || (b > 'Z' && b < 'a'):
			return "", false
		}
		return w, true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r >= 0x4E00 && r <= 0x9FFF {
		return w, true
	}
	switch {
	case strings.ContainsAny(w, "×%％") || isMaskWord(w) || unicode.IsDigit(r):
		return "#NUM", true
	case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r):
		return "", false
	}
	return w, true
}

func isMaskWord(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune("xX×*＊＿_-", r) {
			return false
		}
	}
	return true
}

// Score returns the model's per-class evidence for a token list: the mean
// centred log-probability of the known tokens (0 for an unknown text) and
// the number of known tokens.
func (m *Model) Score(tokens []string) ([4]float64, int) {
	var s [4]float64
	if m == nil {
		return s, 0
	}
	n := 0
	for _, t := range tokens {
		w, ok := m.Weights[t]
		if !ok {
			continue
		}
		n++
		for c := range s {
			s[c] += w[c]
		}
	}
	return m.combine(s, n), n
}

// combine turns the sum of n known tokens' weights into the model's
// per-class evidence.
func (m *Model) combine(s [4]float64, n int) [4]float64 {
	if m.Kind == KindLogistic {
		d := 1.0
		if n > 0 {
			d = math.Sqrt(float64(n))
		}
		for c := range s {
			s[c] = m.Bias[c] + s[c]/d
		}
		return s
	}
	if n > 0 {
		for c := range s {
			s[c] /= math.Sqrt(float64(n)) * 2
		}
	}
	return s
}

// Example is one labelled training paragraph, already tokenized.
type Example struct {
	Doc      string
	Category string
	Tokens   []string
}

// Train fits a naive Bayes model on the examples. Tokens seen in fewer
// than minDocs documents are dropped, so names and other rare strings of
// a single source never reach the model file.
func Train(examples []Example, minDocs int) *Model {
	alpha := TrainAlpha
	counts := map[string]*[4]float64{}
	docsOf := map[string]map[string]bool{}
	var totals [4]float64
	m := &Model{Version: 1, Classes: Classes, Examples: make([]int, len(Classes))}
	allDocs := map[string]bool{}
	for _, ex := range examples {
		c := classIndex(ex.Category)
		if c < 0 {
			continue
		}
		m.Examples[c]++
		allDocs[ex.Doc] = true
		for _, t := range ex.Tokens {
			if counts[t] == nil {
				counts[t] = &[4]float64{}
				docsOf[t] = map[string]bool{}
			}
			counts[t][c]++
			docsOf[t][ex.Doc] = true
		}
	}
	m.Docs = len(allDocs)
	vocab := make([]string, 0, len(counts))
	for t := range counts {
		if len(docsOf[t]) >= minDocs {
			vocab = append(vocab, t)
		}
	}
	sort.Strings(vocab)
	for _, t := range vocab {
		for c := range totals {
			totals[c] += counts[t][c]
		}
	}
	V := float64(len(vocab))
	m.Weights = make(map[string][4]float64, len(vocab))
	for _, t := range vocab {
		var w [4]float64
		mean := 0.0
		for c := range w {
			w[c] = math.Log((counts[t][c] + alpha) / (totals[c] + alpha*V))
			mean += w[c]
		}
		mean /= 4
		for c := range w {
			w[c] = math.Round((w[c]-mean)*1000) / 1000
		}
		m.Weights[t] = w
	}
	return m
}

// MarshalIndent writes the model as stable, diff-friendly JSON.
func (m *Model) MarshalIndent() ([]byte, error) {
	var sb strings.Builder
	head, err := json.Marshal(struct {
		Version  int        `json:"version"`
		Kind     string     `json:"kind,omitempty"`
		Bias     [4]float64 `json:"bias"`
		Classes  []string   `json:"classes"`
		Docs     int        `json:"training_documents"`
		Examples []int      `json:"training_paragraphs"`
	}{m.Version, m.Kind, m.Bias, m.Classes, m.Docs, m.Examples})
	if err != nil {
		return nil, err
	}
	sb.Write(head[:len(head)-1])
	sb.WriteString(",\"weights\":{\n")
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		kb, _ := json.Marshal(k)
		w := m.Weights[k]
		fmt.Fprintf(&sb, "%s:[%g,%g,%g,%g]", kb, w[0], w[1], w[2], w[3])
		if i < len(keys)-1 {
			sb.WriteString(",")
		}
		sb.WriteString("\n")
	}
	sb.WriteString("}}\n")
	return []byte(sb.String()), nil
}

// TrainAlpha is the additive smoothing of Train.
var TrainAlpha = 1.0
