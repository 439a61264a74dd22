// Command train-span trains the learned PLACE/ORG span tagger of package
// anonymize (anonymize/spantagger.go) and its learned guard
// (anonymize/spanguard.go), and measures them on held-out sets.
//
//	go run ./scripts/train-span -biases 0             # train without span-train1/2, score them, write no model
//	go run ./scripts/train-span -final -biases 0 -out anonymize/data/span_model.bin.gz -guard-out anonymize/data/span_guard.bin.gz
//
// Training text, all development data: the de-identification sets of our
// own writing (testdata/deid-own…, every must_mask occurrence a span,
// persons and numbers left out), the reports-dev excerpts, the LOC and ORG
// spans of the development news file, and report sentences and negatives
// generated from templates of our own (synth.go) with a fixed seed. The
// guard learns from the pieces taggers propose over text they were not
// trained on (folds by set, guard.go). Held-out sets are scored with the
// whole pipeline (report.Analyze), as `huibao eval deid` does. The script
// prints counts and base names only, never text.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"huibao/anonymize"
	"huibao/report"
	"huibao/segment"
)

// forbidden are sets nobody may train or score on here: the lead's unseen
// sets (deid-own85 and above) and every test file (*_test*).
var forbidden = regexp.MustCompile(`deid-own(8[5-9]|9[0-9]|[0-9]{3,})|_test`)

func main() {
	trainList := flag.String("train", defaultTrain(), "comma-separated reports-dev-layout directories to train on")
	heldList := flag.String("heldout", "testdata/span-train1,testdata/span-train2", "comma-separated directories to score (with -final: trained on too)")
	scoreList := flag.String("score", "", "more comma-separated directories to score (trained-on sets: a check that nothing was lost)")
	news := flag.String("news", "../shared/data/ner/peoples_daily_dev.txt", "BIO development file whose LOC and ORG spans join the training (empty: none)")
	synthN := flag.Int("synth", 4000, "generated report sentences")
	negN := flag.Int("neg", 8000, "generated sentences of ordinary kind phrases (negatives, synth.go)")
	reportCopies := flag.Int("report-copies", 1, "extra times each report line is trained on (reports outweigh news)")
	epochs := flag.Int("epochs", 8, "perceptron passes")
	dropout := flag.Bool("dropout", true, "also train on every text without the rules' findings")
	biases := flag.String("biases", "-8,-4,0,4", "B-label biases to score, comma-separated")
	margins := flag.String("margins", "0", "least span margins to score, comma-separated")
	grows := flag.String("grows", "4", "least margins of a span beside a rule finding, comma-separated")
	sures := flag.String("sures", "50", "least margins of a span with no other sign of a name, comma-separated")
	bias := flag.Float64("bias", 0, "B-label bias written with the model")
	final := flag.Bool("final", false, "also train on the -heldout sets (the shipped model)")
	out := flag.String("out", "", "model file to write (empty: none)")
	guard := flag.Bool("guard", true, "train the learned guard (folds by set) and score with it")
	guardFolds := flag.Int("guard-folds", 4, "folds of the guard's training")
	guardMins := flag.String("guard-mins", "0.5,0.7,0.8,0.9,0.95", "least guard probabilities to score, comma-separated")
	guardMin := flag.Float64("guard-min", 0.9, "least guard probability written with the guard")
	keepWeight := flag.Float64("keep-weight", 3, "weight of guard negatives inside a keep phrase")
	otherWeight := flag.Float64("other-weight", 1, "weight of the other guard negatives")
	guardEpochs := flag.Int("guard-epochs", 30, "passes of the guard's training")
	guardL2 := flag.Float64("guard-l2", 0.001, "L2 penalty of the guard's training")
	guardBias := flag.Float64("guard-bias", 0, "B-label bias of the fold taggers that propose the guard's pieces (higher: more pieces)")
	guardOut := flag.String("guard-out", "", "guard file to write (empty: none)")
	soft := flag.String("soft", "ordinary,ordinary-word,ordinary-bare,ordinary-margin,accepted", "hand-written guards the learned guard may overrule (anonymize.SpanGuardSoft names, all: every one)")
	flag.Parse()

	train := splitList(*trainList)
	held := splitList(*heldList)
	for _, d := range append(append(append([]string{}, train...), held...), *news) {
		if d != "" && forbidden.MatchString(d) {
			fmt.Fprintln(os.Stderr, "train-span: refusing", filepath.Base(d))
			os.Exit(2)
		}
	}
	seg, err := segment.Default()
	if err != nil {
		fatal(err)
	}
	a := anonymize.New(seg, nil, "")
	var texts []anonymize.SpanTrainText
	var sets [][]anonymize.SpanTrainText
	dirs := train
	if *final {
		dirs = append(dirs, held...)
	}
	for _, d := range dirs {
		ts, err := reportTexts(d, *reportCopies)
		if err != nil {
			fatal(err)
		}
		texts = append(texts, ts...)
		sets = append(sets, ts)
	}
	nRep := len(texts)
	if *news != "" {
		ts, err := newsTexts(*news)
		if err != nil {
			fatal(err)
		}
		texts = append(texts, ts...)
	}
	nNews := len(texts) - nRep
	syn := synthTexts(*synthN, 11)
	texts = append(texts, syn...)
	neg := negTexts(*negN, 13)
	texts = append(texts, neg...)
	for c := 0; c < 8 && len(neg) > 0; c++ { // eight sets of negatives, dealt into the guard's folds
		sets = append(sets, neg[c*len(neg)/8:(c+1)*len(neg)/8])
	}
	t0 := time.Now()
	topt := anonymize.SpanTraining{Epochs: *epochs, Seed: 1, RuleDropout: *dropout}
	m, st := anonymize.TrainSpanTagger(a, texts, topt)
	fmt.Printf("trained on %d report lines from %d sets, %d news sentences, %d generated, %d generated negatives: %d texts read, %d runes, %d spans (left out: %d persons, %d numbers, %d inside keep phrases) in %s\n",
		nRep, len(dirs), nNews, len(syn), len(neg), st.Texts, st.Runes, st.Spans, st.Persons, st.Numbers, st.InKeep, time.Since(t0).Round(time.Second))
	var g *anonymize.SpanGuard
	softBits, err := anonymize.SpanGuardSoft(*soft)
	if err != nil {
		fatal(err)
	}
	if *guard {
		t1 := time.Now()
		g = trainGuard(a, sets, texts[nRep:len(texts)-len(neg)], guardOptions{folds: *guardFolds, keepWeight: *keepWeight, otherWeight: *otherWeight, epochs: *guardEpochs, l2: *guardL2, soft: softBits, bias: *guardBias, tagger: topt})
		fmt.Printf("guard trained in %s\n", time.Since(t1).Round(time.Second))
	}

	scoreDirs := append(append([]string{}, held...), splitList(*scoreList)...)
	for _, d := range scoreDirs {
		if forbidden.MatchString(d) {
			fmt.Fprintln(os.Stderr, "train-span: refusing to score", filepath.Base(d))
			os.Exit(2)
		}
	}
	if len(scoreDirs) > 0 {
		restore := anonymize.UseSpanTagger(nil, 0, 0, 0)
		base := scoreAll(scoreDirs)
		restore()
		fmt.Printf("%-22s %s\n", "rules alone", base)
		if g != nil {
			m.SetBias(float32(*bias))
			restore := anonymize.UseSpanTagger(m, 0, 4, 50)
			fmt.Printf("%-22s %s\n", "hand guards", scoreAll(scoreDirs))
			restore()
		}
		// the operating grid: every bias, margin, grow and sure, with the
		// learned guard at every least probability (or the hand guards
		// alone when no guard was trained)
		mins := []float64{-1}
		if g != nil {
			mins = floats(*guardMins)
		}
		for _, b := range floats(*biases) {
			for _, mg := range floats(*margins) {
				for _, gr := range floats(*grows) {
					for _, su := range floats(*sures) {
						for _, mn := range mins {
							m.SetBias(float32(b))
							restore := anonymize.UseSpanTagger(m, float32(mg), float32(gr), float32(su))
							name := fmt.Sprintf("bias %g margin %g grow %g sure %g", b, mg, gr, su)
							restoreGuard := func() {}
							if mn >= 0 {
								restoreGuard = anonymize.UseSpanGuard(g, float32(mn))
								name += fmt.Sprintf(" guard %g", mn)
							}
							fmt.Printf("%-22s %s\n", name, scoreAll(scoreDirs))
							restoreGuard()
							restore()
						}
					}
				}
			}
		}
	}
	if *out != "" {
		m.SetBias(float32(*bias))
		n := writeModel(*out, m)
		fmt.Printf("wrote %s (%d bytes, bias %g)\n", filepath.Base(*out), n, *bias)
	}
	if *guardOut != "" && g != nil {
		g.SetMin(float32(*guardMin))
		n := writeModel(*guardOut, g)
		fmt.Printf("wrote %s (%d bytes, least probability %g)\n", filepath.Base(*guardOut), n, *guardMin)
	}
}

// writeModel writes a model to path and returns its size; any error is
// fatal.
func writeModel(path string, m io.WriterTo) int64 {
	f, err := os.Create(path)
	if err != nil {
		fatal(err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fatal(err)
	}
	return n
}

// defaultTrain lists the development sets: own … own48, reports-dev and
// the sets written to be trained on (testdata/span-train*, when present)
// but span-train1 and 2, the default held-out sets.
func defaultTrain() string {
	ds := []string{"testdata/deid-own"}
	for i := 2; i <= 72; i++ {
		ds = append(ds, "testdata/deid-own"+strconv.Itoa(i))
	}
	ds = append(ds, "../shared/data/reports-dev")
	more, _ := filepath.Glob("testdata/span-train*")
	sort.Strings(more)
	for _, m := range more {
		if b := filepath.Base(m); b != "span-train1" && b != "span-train2" {
			ds = append(ds, m)
		}
	}
	return strings.Join(ds, ",")
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func floats(s string) []float64 {
	var out []float64
	for _, f := range splitList(s) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "train-span:", err)
	os.Exit(1)
}

// reportTexts turns a set into training lines: each non-empty line of a
// document with the document's identifiers and phrases.
func reportTexts(dir string, copies int) ([]anonymize.SpanTrainText, error) {
	docs, err := report.ReadDeidSet(dir)
	if err != nil {
		return nil, err
	}
	var out []anonymize.SpanTrainText
	for _, d := range docs {
		for _, line := range strings.Split(string(d.Data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			out = append(out, anonymize.SpanTrainText{Text: line, Names: d.Gold.MustMask, Keep: d.Gold.MustKeep, Copies: copies})
		}
	}
	return out, nil
}

// newsTexts returns the sentences of a BIO file that hold a LOC or ORG
// span, with those spans.
func newsTexts(path string) ([]anonymize.SpanTrainText, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := anonymize.ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Base(path), err)
	}
	var out []anonymize.SpanTrainText
	for _, s := range sents {
		var sp [][2]int
		for _, g := range s.Gold {
			if g.Type == anonymize.LOCATION || g.Type == anonymize.ORG {
				sp = append(sp, [2]int{g.Start, g.End})
			}
		}
		if len(sp) > 0 {
			out = append(out, anonymize.SpanTrainText{Text: s.Text, Spans: sp})
		}
	}
	return out, nil
}

// score is the de-identification score of some sets.
type score struct{ masked, mustMask, kept, mustKeep int }

func (s score) String() string {
	return fmt.Sprintf("masked %d/%d = %.4f  kept %d/%d = %.4f", s.masked, s.mustMask, float64(s.masked)/float64(max(s.mustMask, 1)), s.kept, s.mustKeep, float64(s.kept)/float64(max(s.mustKeep, 1)))
}

// scoreAll scores every set as `huibao eval deid` does (report.ScoreDeid)
// and prints one line per set.
func scoreAll(dirs []string) string {
	var tot score
	var per []string
	for _, d := range dirs {
		docs, err := report.ReadDeidSet(d)
		if err != nil {
			fatal(err)
		}
		r := report.ScoreDeid(context.Background(), docs, report.Options{})
		s := score{masked: r.Masked, mustMask: r.MustMask, kept: r.Kept, mustKeep: r.MustKeep}
		per = append(per, fmt.Sprintf("%s %d/%d %d/%d", filepath.Base(d), s.masked, s.mustMask, s.kept, s.mustKeep))
		tot.masked += s.masked
		tot.mustMask += s.mustMask
		tot.kept += s.kept
		tot.mustKeep += s.mustKeep
	}
	return tot.String() + "  [" + strings.Join(per, "; ") + "]"
}
