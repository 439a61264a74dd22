// Command train-sweep compares settings of the paragraph model. For each
// setting it prints the accuracy of 5-fold cross-validation over the
// training documents (their distant labels, folds by document), which can
// choose a setting without any gold label, and then, to report only, the
// gold figures: the model alone on body paragraphs (content, held out per
// document) of reports-dev and of the own check sets given, the whole
// classifier held out per document on reports-dev (with and without its
// headings), and the whole classifier on the own sets with a model
// trained like the shipped one.
//
//	go run ./scripts/train-sweep -l2 0.0001,0.0005 -own classify/testdata/own,classify/testdata/own2
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"huibao/classify"
	"huibao/classify/devset"
	"huibao/segment"
)

func main() {
	l2s := flag.String("l2", "0.0005", "L2 penalties to compare")
	balances := flag.String("balance", "1", "class-weight powers to compare")
	leads := flag.String("lead", "100", "MaxModelRunes values to compare (the lead the model reads)")
	epochs := flag.Int("epochs", classify.DefaultLogistic.Epochs, "AdaGrad epochs")
	bag := flag.Int("bag", classify.DefaultLogistic.Bag, "fits averaged")
	own := flag.String("own", "", "comma-separated own check sets to report on")
	full := flag.Bool("full", true, "also the whole classifier's figures")
	flag.Parse()
	seg := segment.MustDefault()
	var docs []devset.Doc
	shared := ""
	if d := devset.Find(); d != "" {
		var err error
		docs, err = devset.Load(d)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-sweep:", err)
		}
		shared = filepath.Join(d, "..", "..")
	}
	var owns [][]devset.Doc
	var ownNames []string
	for _, o := range strings.Split(*own, ",") {
		if o == "" {
			continue
		}
		d, err := devset.Load(o)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-sweep:", err)
			os.Exit(1)
		}
		owns = append(owns, d)
		ownNames = append(ownNames, filepath.Base(o))
	}
	extra := map[string][]classify.Input{}
	if b, err := os.ReadFile(filepath.Join(shared, "examples", "talent-work-briefing.txt")); err == nil {
		extra["example"] = classify.Lines(string(b))
	}
	for _, lead := range splitF(*leads) {
		classify.MaxModelRunes = int(lead)
		for _, l2 := range splitF(*l2s) {
			for _, bal := range splitF(*balances) {
				p := classify.LogisticParams{L2: l2, Epochs: *epochs, Bag: *bag, Rate: classify.DefaultLogistic.Rate, Balance: bal}
				old := classify.DefaultLogistic
				classify.DefaultLogistic = p
				reports := map[string][]classify.Input{}
				for k, v := range extra {
					reports[k] = v
				}
				for _, d := range docs {
					reports["dev/"+d.Name] = classify.Lines(d.Text)
				}
				ex := classify.TrainingSet(seg, reports)
				right, total := crossValidate(ex, 5, classify.TrainDefault)
				line := fmt.Sprintf("bag %d epochs %d lead %g L2 %g balance %g: training-document CV %d/%d = %.1f%%", *bag, *epochs, lead, l2, bal, right, total, 100*float64(right)/float64(total))
				cr, ct := 0, 0
				if len(docs) > 0 {
					e := classify.EvaluateContent(seg, docs, classify.TrainDefault)
					line += fmt.Sprintf("; content dev %d/%d", e.Right, e.Total)
					cr, ct = cr+e.Right, ct+e.Total
				}
				for i, o := range owns {
					e := classify.EvaluateContent(seg, o, classify.TrainDefault)
					line += fmt.Sprintf(" %s %d/%d", ownNames[i], e.Right, e.Total)
					cr, ct = cr+e.Right, ct+e.Total
				}
				line += fmt.Sprintf(" (all %d/%d)", cr, ct)
				if *full && len(docs) > 0 {
					h := classify.EvaluateHoldout(seg, docs, nil, classify.DefaultWeights)
					s := classify.EvaluateHoldout(seg, classify.StripHeadings(docs), nil, classify.DefaultWeights)
					line += fmt.Sprintf("; held-out %d/%d stripped %d/%d", h.Right, h.Total, s.Right, s.Total)
					c := &classify.Classifier{Seg: seg, Model: classify.TrainDefault(ex), Weights: classify.DefaultWeights}
					for i, o := range owns {
						e := classify.Evaluate(c, o)
						line += fmt.Sprintf(" %s %d/%d", ownNames[i], e.Right, e.Total)
					}
				}
				fmt.Println(line)
				classify.DefaultLogistic = old
			}
		}
	}
}

func splitF(s string) []float64 {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		var v float64
		if _, err := fmt.Sscan(f, &v); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// crossValidate splits the examples into k folds by document (sorted
// names dealt in turn) and counts the held-out examples with a label whose
// best class is that distant label.
func crossValidate(ex []classify.Example, k int, train func([]classify.Example) *classify.Model) (int, int) {
	seen := map[string]bool{}
	var names []string
	for _, e := range ex {
		if !seen[e.Doc] {
			seen[e.Doc] = true
			names = append(names, e.Doc)
		}
	}
	sort.Strings(names)
	fold := map[string]int{}
	for i, n := range names {
		fold[n] = i % k
	}
	right, total := 0, 0
	for f := 0; f < k; f++ {
		var tr, te []classify.Example
		for _, e := range ex {
			if fold[e.Doc] != f {
				tr = append(tr, e)
			} else if e.Category != "" {
				te = append(te, e)
			}
		}
		m := train(tr)
		for _, e := range te {
			s, _ := m.Score(e.Tokens)
			best := 0
			for c := range s {
				if s[c] > s[best] {
					best = c
				}
			}
			total++
			if classify.Classes[best] == e.Category {
				right++
			}
		}
	}
	return right, total
}
