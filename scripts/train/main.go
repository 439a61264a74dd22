// Command train fits the paragraph classifier's logistic regression
// (classify.TrainDefault: gojieba words of each paragraph's lead plus
// paragraph features) and writes classify/model.json.
//
// Training data is distant supervision: the body paragraphs of reports
// whose section headings name their category (主要成效, 存在问题, 下步打算,
// 基本情况 …), from the reports written for the project (classify/corpus),
// the example report and the reports-dev documents in ../shared (their
// headings only; the gold labels are never read here). Only derived token
// weights are written, for tokens used in at least two documents.
//
//	go run ./scripts/train                 # write classify/model.json
//	go run ./scripts/train -holdout        # also print leave-one-document-out accuracy on reports-dev
//	                                       # (training on the example report too, unlike huibao eval classify --holdout)
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"huibao/classify"
	"huibao/classify/devset"
	"huibao/segment"
)

func main() {
	shared := flag.String("shared", "", "the shared data folder (default: ../shared next to the module)")
	out := flag.String("out", "classify/model.json", "where to write the model")
	holdout := flag.Bool("holdout", false, "print leave-one-document-out accuracy on reports-dev")
	grid := flag.Bool("grid", false, "with -holdout: try a small grid of evidence weights")
	flag.Parse()
	if *shared == "" {
		if d := devset.Find(); d != "" {
			*shared = filepath.Join(d, "..", "..")
		}
	}
	seg := segment.MustDefault()
	extra := map[string][]classify.Input{}
	if *shared != "" {
		if b, err := os.ReadFile(filepath.Join(*shared, "examples", "talent-work-briefing.txt")); err == nil {
			extra["example"] = classify.Lines(string(b))
		}
	}
	var docs []devset.Doc
	if *shared != "" {
		d, err := devset.Load(filepath.Join(*shared, "data", "reports-dev"))
		if err != nil {
			fmt.Fprintln(os.Stderr, "train: reports-dev:", err)
		}
		docs = d
	}
	all := map[string][]classify.Input{}
	for k, v := range extra {
		all[k] = v
	}
	for _, d := range docs {
		all["dev/"+d.Name] = classify.Lines(d.Text)
	}
	ex := classify.TrainingSet(seg, all)
	m := classify.TrainDefault(ex)
	b, err := m.MarshalIndent()
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s: %d tokens from %d documents, paragraphs per class %v (%v)\n", *out, len(m.Weights), m.Docs, m.Examples, classify.Classes)
	if *holdout && len(docs) > 0 {
		ws := []classify.Weights{classify.DefaultWeights}
		if *grid {
			ws = nil
			for _, mo := range []float64{0.3, 0.5, 0.7} {
				for _, ge := range []float64{0.25, 0.5} {
					w := classify.DefaultWeights
					w.Model, w.Genre = mo, ge
					ws = append(ws, w)
				}
			}
		}
		for _, w := range ws {
			e := classify.EvaluateHoldout(seg, docs, extra, w)
			fmt.Printf("holdout %+v: %.1f%%\n", w, 100*e.Accuracy())
			if !*grid {
				fmt.Print(e.Report(true))
			}
		}
	}
}
