// Command train-person trains the learned PERSON tagger of package
// anonymize on the development NER file, prints a k-fold cross-validation
// of every way to combine it with the rule scorer, and writes the model
// that anonymize embeds.
//
//	go run ./scripts/train-person [-dev ../shared/data/ner/peoples_daily_dev.txt] [-k 5] [-epochs 8] [-augment 2] [-out anonymize/data/person_model.bin.gz]
//	go run ./scripts/train-person -out "" -errors union/0   # held-out errors of one combination
//
// Train on development data only: the *_test files measure the result.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"huibao/anonymize"
	"huibao/segment"
)

func main() {
	dev := flag.String("dev", "../shared/data/ner/peoples_daily_dev.txt", "BIO development file to train on")
	k := flag.Int("k", 5, "cross-validation folds (0: none)")
	epochs := flag.Int("epochs", 8, "perceptron epochs")
	out := flag.String("out", "anonymize/data/person_model.bin.gz", "model file to write (empty: none)")
	features := flag.String("features", "no-bigrams", "feature set: all, no-bigrams (no character pairs or word identities) or no-chars (lexicon, gojieba, context and scorer evidence only)")
	dropout := flag.Bool("dropout", false, "also train on every sentence without the scorer's candidates")
	augment := flag.Int("augment", 2, "train on every sentence naming a person this many more times, the names replaced by made-up ones")
	biasList := flag.String("biases", "0,16,32,64", "B-label biases to try in cross-validation, comma-separated")
	errs := flag.String("errors", "", "instead of training, list the held-out PERSON errors of one combination (mode/bias, e.g. union/0) over the k folds")
	flag.Parse()
	if strings.Contains(*dev, "test") {
		fmt.Fprintln(os.Stderr, "train-person: refusing to train on a test file")
		os.Exit(2)
	}
	sets := map[string]anonymize.TaggerFeatureSet{"all": anonymize.AllTaggerFeatures, "no-bigrams": anonymize.NoCharBigrams, "no-chars": anonymize.NoCharIdentity}
	off, ok := sets[*features]
	if !ok {
		fmt.Fprintln(os.Stderr, "train-person: -features is all, no-bigrams or no-chars")
		os.Exit(2)
	}
	opt := anonymize.TaggerTraining{Epochs: *epochs, Features: off, ScorerDropout: *dropout, Augment: *augment}
	if *errs != "" {
		if err := listErrors(*dev, *k, opt, *errs); err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		return
	}
	var biases []float32
	for _, b := range strings.Split(*biasList, ",") {
		f, err := strconv.ParseFloat(strings.TrimSpace(b), 32)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-person: bad -biases")
			os.Exit(2)
		}
		biases = append(biases, float32(f))
	}
	if err := run(*dev, *k, opt, biases, *out); err != nil {
		fmt.Fprintln(os.Stderr, "train-person:", err)
		os.Exit(1)
	}
}

func run(dev string, k int, opt anonymize.TaggerTraining, biases []float32, out string) error {
	mode, bias := anonymize.TaggerUnion, float32(0)
	f, err := os.Open(dev)
	if err != nil {
		return err
	}
	sents, err := anonymize.ReadBIO(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", dev, err)
	}
	seg, err := segment.Default()
	if err != nil {
		return err
	}
	if k > 1 {
		res, err := anonymize.CrossValidatePersonTagger(context.Background(), seg, sents, k, opt, biases, os.Stdout)
		if err != nil {
			return err
		}
		// privacy first: only modes that keep every scorer candidate (the
		// tagger may add names, never take one away) and whose additions
		// pay for themselves (exact-span F1 no lower than the scorer's),
		// then the most names caught
		base := res["scorer/0.0"]
		best := "scorer/0.0"
		for name, sc := range res {
			b := res[best]
			if !strings.HasPrefix(name, "union/") {
				continue
			}
			if sc.F1 >= base.F1 && (sc.Privacy > b.Privacy || sc.Privacy == b.Privacy && sc.F1 > b.F1) {
				best = name
			}
		}
		fmt.Printf("chosen (keeps the scorer's names; most caught at F1 >= scorer's): %s %.3f/%.3f/%.3f\n", best, res[best].Precision, res[best].Recall, res[best].Privacy)
		m, b, _ := strings.Cut(best, "/")
		for _, c := range []anonymize.TaggerMode{anonymize.ScorerOnly, anonymize.TaggerOnly, anonymize.TaggerUnion, anonymize.TaggerRerank, anonymize.TaggerFirst} {
			if c.String() == m {
				mode = c
			}
		}
		f, _ := strconv.ParseFloat(b, 32)
		bias = float32(f)
	}
	if out == "" {
		return nil
	}
	m := anonymize.TrainPersonTagger(seg, sents, opt)
	m.SetCombination(mode, bias)
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes) from %d sentences\n", out, n, len(sents))
	return nil
}

// readDev reads the development file.
func readDev(dev string) ([]anonymize.NERSentence, error) {
	f, err := os.Open(dev)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := anonymize.ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dev, err)
	}
	return sents, nil
}

// parseMode reads "mode/bias" as the cross-validation prints it.
func parseMode(s string) (anonymize.TaggerMode, float32, error) {
	m, b, _ := strings.Cut(s, "/")
	f, err := strconv.ParseFloat(b, 32)
	if b == "" {
		f, err = 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("bad bias in %q", s)
	}
	for _, c := range []anonymize.TaggerMode{anonymize.ScorerOnly, anonymize.TaggerOnly, anonymize.TaggerUnion, anonymize.TaggerRerank, anonymize.TaggerFirst} {
		if c.String() == m {
			return c, float32(f), nil
		}
	}
	return 0, 0, fmt.Errorf("unknown mode in %q", s)
}

// listErrors prints the held-out PERSON errors of one combination.
func listErrors(dev string, k int, opt anonymize.TaggerTraining, combo string) error {
	mode, bias, err := parseMode(combo)
	if err != nil {
		return err
	}
	if k < 2 {
		return fmt.Errorf("-errors needs -k of 2 or more")
	}
	sents, err := readDev(dev)
	if err != nil {
		return err
	}
	seg, err := segment.Default()
	if err != nil {
		return err
	}
	return anonymize.CrossValidateErrors(context.Background(), seg, sents, k, opt, mode, bias, anonymize.PERSON, os.Stdout)
}
