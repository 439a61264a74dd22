// Command train-sweep compares settings of the paragraph model's logistic
// regression. For each setting it prints two figures: the accuracy of
// 5-fold cross-validation over the training documents (their distant
// labels, folds by document), which chooses the setting without any gold
// label, and the content-only figure on reports-dev (the model alone on
// gold-labelled body paragraphs, held out per document), which only
// reports it.
//
//	go run ./scripts/train-sweep
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
	l2s := flag.String("l2", "0.0001,0.0005,0.002,0.005", "L2 penalties to compare")
	epochs := flag.Int("epochs", classify.DefaultLogistic.Epochs, "AdaGrad epochs")
	rate := flag.Float64("rate", classify.DefaultLogistic.Rate, "AdaGrad rate")
	balances := flag.String("balance", "1", "class-weight powers to compare")
	content := flag.Bool("content", true, "also print the reports-dev content-only figure")
	flag.Parse()
	seg := segment.MustDefault()
	var docs []devset.Doc
	if d := devset.Find(); d != "" {
		var err error
		docs, err = devset.Load(d)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-sweep:", err)
		}
		_ = filepath.Base(d)
	}
	reports := map[string][]classify.Input{}
	for _, d := range docs {
		reports["dev/"+d.Name] = classify.Lines(d.Text)
	}
	ex := classify.TrainingSet(seg, reports)
	for _, s := range strings.Split(*l2s, ",") {
		for _, bs := range strings.Split(*balances, ",") {
			var l2, bal float64
			fmt.Sscan(s, &l2)
			fmt.Sscan(bs, &bal)
			p := classify.LogisticParams{L2: l2, Epochs: *epochs, Rate: *rate, Balance: bal}
			train := func(e []classify.Example) *classify.Model { return classify.TrainLogistic(e, classify.MinDocs, p) }
			right, total := crossValidate(ex, 5, train)
			line := fmt.Sprintf("L2 %-8g balance %g epochs %d rate %g: training-document CV %d/%d = %.1f%%", l2, bal, *epochs, *rate, right, total, 100*float64(right)/float64(total))
			if *content && len(docs) > 0 {
				e := classify.EvaluateContent(seg, docs, train)
				line += fmt.Sprintf("; reports-dev content %d/%d", e.Right, e.Total)
			}
			fmt.Println(line)
		}
	}
}

// crossValidate splits the examples into k folds by document (sorted
// names dealt in turn) and counts the held-out examples whose best class
// is their distant label, each class weighted alike.
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
			if fold[e.Doc] == f {
				if e.Category != "" {
					te = append(te, e)
				}
			} else {
				tr = append(tr, e)
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
