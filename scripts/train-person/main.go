// Command train-person trains the learned PERSON tagger of package
// anonymize on the development NER file, prints a k-fold cross-validation
// of every way to combine it with the rule scorer and the span rescorer
// (person_rescore.go), and writes the models that anonymize embeds.
//
//	go run ./scripts/train-person [-dev ../shared/data/ner/peoples_daily_dev.txt] [-k 5] [-epochs 8] [-augment 2] [-out anonymize/data/person_model.bin.gz] [-rescore 0.1,0.2 -rescore-add 0.3,0.5 -rescore-out anonymize/data/person_rescorer.bin.gz]
//	go run ./scripts/train-person -out "" -errors union/0        # held-out errors of one combination
//	go run ./scripts/train-person -out "" -errors union/16@0.1/0.3 # … with the rescorer's keep/add thresholds
//	go run ./scripts/train-person -out "" -dev A.bio -score B.bio -errors union/0 # errors on B.bio, the models trained on A.bio
//	go run ./scripts/train-person -extra a.bio,b.bio             # our own labelled text joins every fold's training side and the final models
//	go run ./scripts/train-person -out "" -extra a.bio -rescore-extra b.bio # b.bio trains the span rescorer only, not the tagger
//	go run ./scripts/train-person -out "" -extra a.bio -extra-only # train on the extra files alone, score the whole development file
//	go run ./scripts/train-person -out "" -extra a.bio -score b.bio # train on dev and a.bio, score b.bio (another own file)
//	go run ./scripts/train-person -out "" -modes shipped -brief  # cheap: held-out figures of the embedded models' combination only
//	go run ./scripts/train-person -out "" -rescore-out "" -extra testdata/ner-own1/news.bio,testdata/ner-own2/news.bio -report R1.bio,R2.bio -score R3.bio -brief  # report persons held out
//
// The embedded models were trained with
//
//	go run ./scripts/train-person -k 0 -extra testdata/ner-own1/news.bio,testdata/ner-own2/news.bio -rescore-extra testdata/ner-own3/news.bio -use union/-16.0@0.00/0.50
//
// (this writes both files byte-identical). testdata/ner-own3 trains the
// span rescorer only: as -extra it also weakened the tagger, which then
// lost report names (和丽萍, 韩立新); as -rescore-extra the tagger is the
// one trained without it and held-out caught rose 0.936 → 0.941 at equal
// precision (0.887). scripts/report-bio/pipeline.sh with REP=none still
// retrains the models without ner-own3. Report BIO (-report) did not
// raise masked identifiers on held-out report sets, with or without the
// ignore label (scripts/report-bio/README.md), so it does not train them.
//
// -report names BIO files of our own report sets (scripts/report-bio):
// they train as -extra files do, with -report-weight scaling the tagger's
// updates on them and -report-augment their made-up-name copies. A -report
// or -extra file may tag characters X (scripts/report-bio writes X on
// every must_mask string of a report set that is no person): they are
// neither a person nor "not a person" in training (anonymize.Ignored),
// left out of every perceptron update, or with -ignore-latent labelled by
// the best path that agrees with the known labels (constrained Viterbi);
// the span rescorer skips the candidates that touch them.
//
// The cross-validation scores the whole strict pipeline (rules, tagger,
// rescorer: Anonymizer.ScoreNER) on each held-out block, with the tagger
// and the rescorer trained without it; the row scorer/0.0 is the rules
// alone. The rules themselves and the lexicon counts of
// anonymize/data were developed on the whole development file, so even
// those rows overstate what unseen news gets.
//
// Train on development data only: the *_test files measure the result.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
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
	rescore := flag.String("rescore", "0.1,0.2,0.3", "span rescorer keep thresholds to try in cross-validation, comma-separated")
	rescoreAdd := flag.String("rescore-add", "0.5,0.7", "span rescorer add thresholds to try with each keep threshold, comma-separated")
	rescoreEpochs := flag.Int("rescore-epochs", 6, "span rescorer training passes")
	rescoreOut := flag.String("rescore-out", "anonymize/data/person_rescorer.bin.gz", "span rescorer file to write (empty: none)")
	use := flag.String("use", "", "write the models with this combination (mode/bias[@keep/add], as the table keys it) instead of the rule's choice; with -k 0 no cross-validation runs")
	minP := flag.Float64("min-precision", 0, "least held-out PERSON precision of the chosen combination (set it to the shipped models' figure from -modes shipped, so a retrained model never buys names caught with precision)")
	slack := flag.Float64("slack", 0.002, "how many fewer names caught (a share of the gold names) the chosen combination may have than the one catching most: about the fold-to-fold noise")
	errs := flag.String("errors", "", "instead of training, list the held-out PERSON errors of one combination (mode/bias, e.g. union/0) over the k folds")
	extra := flag.String("extra", "", "more BIO files of our own writing, comma-separated: they join the training side of every fold and the final models, never a held-out block")
	extraAugment := flag.Int("extra-augment", -1, "-augment for the -extra sentences (negative: the same as -augment)")
	extraOnly := flag.Bool("extra-only", false, "train on the -extra files alone and score the whole development file (an unseen estimate; writes no model)")
	scoreFile := flag.String("score", "", "instead of cross-validating, train on the development file and the -extra files (with -extra-only: the extra files alone) and score this BIO file, which must be none of them (writes no model)")
	modes := flag.String("modes", "", "score only these combinations, comma-separated as the table keys them (scorer/0.0, union/32.0, union/64.0@0.20/0.00); \"shipped\" adds the embedded models' combination and the rules alone")
	brief := flag.Bool("brief", false, "print the PERSON rows only")
	report := flag.String("report", "", "BIO files of our own report sets (scripts/report-bio; X tags ignored characters), comma-separated: they join training as -extra files do, with their own weight and augmentation")
	reportWeight := flag.Float64("report-weight", 1, "the size of the tagger's perceptron updates on -report sentences (1: as any other sentence)")
	reportAugment := flag.Int("report-augment", -1, "-augment for the -report sentences (negative: as -extra-augment)")
	rescoreExtra := flag.String("rescore-extra", "", "BIO files of our own writing, comma-separated, that only the span rescorer trains on (never the tagger): on every fold's training side and in the final rescorer")
	latent := flag.Bool("ignore-latent", false, "train the characters an -extra file tags X (ignored: neither person nor not) as latent labels (constrained Viterbi) instead of leaving them out of every update")
	flag.Parse()
	if strings.Contains(*dev, "test") {
		fmt.Fprintln(os.Stderr, "train-person: refusing to train on a test file")
		os.Exit(2)
	}
	var extraFiles, reportFiles, rescoreFiles []string
	for _, l := range []struct {
		list  string
		files *[]string
	}{{*extra, &extraFiles}, {*report, &reportFiles}, {*rescoreExtra, &rescoreFiles}} {
		for _, f := range strings.Split(l.list, ",") {
			if f = strings.TrimSpace(f); f == "" {
				continue
			}
			if strings.Contains(filepath.Base(f), "test") || strings.Contains(f, "shared/data/ner") {
				fmt.Fprintln(os.Stderr, "train-person: -extra, -report and -rescore-extra take our own writing only, not", filepath.Base(f))
				os.Exit(2)
			}
			*l.files = append(*l.files, f)
		}
	}
	sets := map[string]anonymize.TaggerFeatureSet{"all": anonymize.AllTaggerFeatures, "no-bigrams": anonymize.NoCharBigrams, "no-chars": anonymize.NoCharIdentity}
	off, ok := sets[*features]
	if !ok {
		fmt.Fprintln(os.Stderr, "train-person: -features is all, no-bigrams or no-chars")
		os.Exit(2)
	}
	opt := anonymize.TaggerTraining{Epochs: *epochs, Features: off, ScorerDropout: *dropout, Augment: *augment, RescoreEpochs: *rescoreEpochs, ExtraAugment: *extraAugment, IgnoreLatent: *latent, ReportWeight: float32(*reportWeight), ReportAugment: *reportAugment}
	for _, f := range extraFiles {
		s, err := readExtra(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		fmt.Printf("extra %s: %d sentences, %d persons, %d ignored spans\n", f, len(s), countType(s, anonymize.PERSON), countType(s, anonymize.Ignored))
		opt.Extra = append(opt.Extra, s...)
	}
	for _, f := range rescoreFiles {
		s, err := readExtra(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		fmt.Printf("rescorer-only %s: %d sentences, %d persons\n", f, len(s), countType(s, anonymize.PERSON))
		opt.RescoreExtra = append(opt.RescoreExtra, s...)
	}
	nIgn := 0
	for _, f := range reportFiles {
		s, err := readExtra(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		nIgn += countType(s, anonymize.Ignored)
		opt.Report = append(opt.Report, s...)
	}
	if len(reportFiles) > 0 {
		fmt.Printf("report: %d files, %d sentences, %d persons, %d ignored spans (weight %g)\n", len(reportFiles), len(opt.Report), countType(opt.Report, anonymize.PERSON), nIgn, *reportWeight)
	}
	for _, m := range strings.Split(*modes, ",") {
		switch m = strings.TrimSpace(m); m {
		case "":
		case "shipped":
			opt.Modes = append(opt.Modes, "scorer/0.0", anonymize.ShippedPersonCombination())
		default:
			opt.Modes = append(opt.Modes, m)
		}
	}
	var w io.Writer = os.Stdout
	if *brief {
		w = personRows{os.Stdout}
	}
	for _, l := range []struct {
		s   string
		out *[]float32
	}{{*rescore, &opt.Rescore}, {*rescoreAdd, &opt.RescoreAdd}} {
		for _, b := range strings.Split(l.s, ",") {
			if strings.TrimSpace(b) == "" {
				continue
			}
			f, err := strconv.ParseFloat(strings.TrimSpace(b), 32)
			if err != nil {
				fmt.Fprintln(os.Stderr, "train-person: bad -rescore or -rescore-add")
				os.Exit(2)
			}
			*l.out = append(*l.out, float32(f))
		}
	}
	if *errs != "" && *scoreFile != "" {
		if slices.Contains(extraFiles, *scoreFile) || slices.Contains(reportFiles, *scoreFile) || *scoreFile == *dev {
			fmt.Fprintln(os.Stderr, "train-person: -score names a training file")
			os.Exit(2)
		}
		if err := listErrorsOn(*dev, *scoreFile, opt, *errs); err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		return
	}
	if *extraOnly || *scoreFile != "" {
		if *extraOnly && len(opt.Extra)+len(opt.Report) == 0 {
			fmt.Fprintln(os.Stderr, "train-person: -extra-only needs -extra")
			os.Exit(2)
		}
		if slices.Contains(extraFiles, *scoreFile) || slices.Contains(reportFiles, *scoreFile) || *scoreFile == *dev {
			fmt.Fprintln(os.Stderr, "train-person: -score names a training file")
			os.Exit(2)
		}
		if err := unseen(*dev, *scoreFile, *extraOnly, opt, *biasList, w); err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		return
	}
	if *errs != "" {
		if err := listErrors(*dev, *k, opt, *errs); err != nil {
			fmt.Fprintln(os.Stderr, "train-person:", err)
			os.Exit(1)
		}
		return
	}
	biases, err := parseBiases(*biasList)
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-person:", err)
		os.Exit(2)
	}
	if err := run(*dev, *k, opt, biases, *slack, *minP, *use, *out, *rescoreOut, w); err != nil {
		fmt.Fprintln(os.Stderr, "train-person:", err)
		os.Exit(1)
	}
}

// parseBiases reads the comma-separated B-label biases.
func parseBiases(list string) ([]float32, error) {
	var biases []float32
	for _, b := range strings.Split(list, ",") {
		f, err := strconv.ParseFloat(strings.TrimSpace(b), 32)
		if err != nil {
			return nil, fmt.Errorf("bad -biases")
		}
		biases = append(biases, float32(f))
	}
	return biases, nil
}

// countType counts the gold spans of type t in the sentences.
func countType(sents []anonymize.NERSentence, t anonymize.Type) int {
	n := 0
	for _, s := range sents {
		for _, g := range s.Gold {
			if g.Type == t {
				n++
			}
		}
	}
	return n
}

// personRows passes on the lines of the cross-validation table that are
// no ORG or LOCATION rows.
type personRows struct{ w io.Writer }

func (p personRows) Write(b []byte) (int, error) {
	for _, l := range strings.SplitAfter(string(b), "\n") {
		if strings.Contains(l, " ORG ") || strings.Contains(l, " LOCATION ") {
			continue
		}
		if _, err := io.WriteString(p.w, l); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

// unseen trains on the development file and opt.Extra (extraOnly: on
// opt.Extra alone) and scores test, the development file when empty.
func unseen(dev, test string, extraOnly bool, opt anonymize.TaggerTraining, biasList string, w io.Writer) error {
	biases, err := parseBiases(biasList)
	if err != nil {
		return err
	}
	devSents, err := readDev(dev)
	if err != nil {
		return err
	}
	train, testSents := devSents, devSents
	if extraOnly {
		train = nil
	}
	if test != "" {
		if testSents, err = readDev(test); err != nil {
			return err
		}
	} else {
		test = dev
	}
	seg, err := segment.Default()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "trained on %d sentences, %d extra and %d report, scored on all %d of %s\n", len(train), len(opt.Extra), len(opt.Report), len(testSents), filepath.Base(test))
	_, err = anonymize.HoldoutPersonTagger(context.Background(), seg, train, testSents, opt, biases, w)
	return err
}

func run(dev string, k int, opt anonymize.TaggerTraining, biases []float32, slack, minP float64, use, out, rescoreOut string, tw io.Writer) error {
	mode, bias, th, addAt := anonymize.TaggerUnion, float32(0), float32(0), float32(0)
	var err error
	if use != "" {
		if mode, bias, th, addAt, err = parseCombo(use); err != nil {
			return err
		}
	}
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
		res, err := anonymize.CrossValidatePersonTagger(context.Background(), seg, sents, k, opt, biases, tw)
		if err != nil {
			return err
		}
		// privacy first: only the union modes (the tagger may add names,
		// never take one away) whose additions pay for themselves
		// (exact-span F1 no lower than the scorer's, give or take the
		// slack); of those, the ones catching within slack of the most
		// names caught, and of these the most precise (the span rescorer
		// trades a few names caught for precision: it may not cost more
		// than the slack). The slack is about the noise of the figures:
		// the union rows move by a few names between retrainings. With
		// minP, only combinations at least that precise count.
		base := res["scorer/0.0"]
		most := 0.0
		for name, sc := range res {
			if strings.HasPrefix(name, "union/") && sc.F1 >= base.F1-slack && sc.Precision >= minP {
				most = max(most, sc.Privacy)
			}
		}
		names := make([]string, 0, len(res))
		for name := range res {
			names = append(names, name)
		}
		sort.Strings(names) // on a tie the combination without the rescorer, sorted first, stays
		best := "scorer/0.0"
		for _, name := range names {
			sc, b := res[name], res[best]
			if !strings.HasPrefix(name, "union/") || sc.F1 < base.F1-slack || sc.Precision < minP || sc.Privacy < most-slack {
				continue
			}
			if best == "scorer/0.0" || sc.Precision > b.Precision || sc.Precision == b.Precision && sc.Privacy > b.Privacy {
				best = name
			}
		}
		fmt.Printf("chosen (union, precision >= %.3f, F1 and caught within %.3f of the scorer's F1 and of the most caught, then the most precise): %s %.3f/%.3f/%.3f\n", minP, slack, best, res[best].Precision, res[best].Recall, res[best].Privacy)
		if use != "" {
			sc, ok := res[use]
			fmt.Printf("written with %s as -use says (held out: %.3f/%.3f/%.3f, found %v)\n", use, sc.Precision, sc.Recall, sc.Privacy, ok)
		} else if mode, bias, th, addAt, err = parseCombo(best); err != nil {
			return err
		}
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
	fmt.Printf("wrote %s (%d bytes) from %d sentences, %d extra and %d report\n", out, n, len(sents), len(opt.Extra), len(opt.Report))
	if rescoreOut == "" {
		return nil
	}
	r := anonymize.TrainSpanRescorer(seg, append(sents, opt.RescorerExtra()...), max(opt.RescoreEpochs, 1))
	r.SetThresholds(th, addAt)
	rw, err := os.Create(rescoreOut)
	if err != nil {
		return err
	}
	n, err = r.WriteTo(rw)
	if cerr := rw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes; keep %.2f, add %.2f)\n", rescoreOut, n, th, addAt)
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

// readExtra reads an -extra file with its ignored (X) spans.
func readExtra(path string) ([]anonymize.NERSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := anonymize.ReadTrainingBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
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

// parseCombo reads "mode/bias[@keep/add]" as the cross-validation keys
// a combination.
func parseCombo(s string) (mode anonymize.TaggerMode, bias, keep, add float32, err error) {
	combo, th, _ := strings.Cut(s, "@")
	if mode, bias, err = parseMode(combo); err != nil {
		return
	}
	if th == "" {
		return
	}
	parts := strings.Split(th, "/")
	if len(parts) != 2 {
		return mode, bias, 0, 0, fmt.Errorf("bad rescorer thresholds in %q (want keep/add)", s)
	}
	var v [2]float64
	for i, p := range parts {
		if v[i], err = strconv.ParseFloat(p, 32); err != nil {
			return mode, bias, 0, 0, fmt.Errorf("bad rescorer thresholds in %q (want keep/add)", s)
		}
	}
	return mode, bias, float32(v[0]), float32(v[1]), nil
}

// listErrors prints the held-out PERSON errors of one combination.
func listErrors(dev string, k int, opt anonymize.TaggerTraining, combo string) error {
	if k < 2 {
		return fmt.Errorf("-errors needs -k of 2 or more")
	}
	return comboErrors(dev, "", k, opt, combo)
}

// listErrorsOn prints the PERSON errors of one combination on the file
// test, the models trained on dev (and the -extra files).
func listErrorsOn(dev, test string, opt anonymize.TaggerTraining, combo string) error {
	return comboErrors(dev, test, 0, opt, combo)
}

// comboErrors parses combo and prints its PERSON errors: on test when
// given, else over k folds of dev.
func comboErrors(dev, test string, k int, opt anonymize.TaggerTraining, combo string) error {
	combo, th, _ := strings.Cut(combo, "@")
	opt.Rescore, opt.RescoreAdd = nil, nil
	if th != "" {
		var v [2]float64
		parts := strings.Split(th, "/")
		if len(parts) != 2 {
			return fmt.Errorf("bad rescorer thresholds in %q (want keep/add)", th)
		}
		for i, p := range parts {
			f, err := strconv.ParseFloat(p, 32)
			if err != nil {
				return fmt.Errorf("bad rescorer thresholds in %q (want keep/add)", th)
			}
			v[i] = f
		}
		opt.Rescore, opt.RescoreAdd = []float32{float32(v[0])}, []float32{float32(v[1])}
	}
	mode, bias, err := parseMode(combo)
	if err != nil {
		return err
	}
	sents, err := readDev(dev)
	if err != nil {
		return err
	}
	seg, err := segment.Default()
	if err != nil {
		return err
	}
	if test == "" {
		return anonymize.CrossValidateErrors(context.Background(), seg, sents, k, opt, mode, bias, anonymize.PERSON, os.Stdout)
	}
	held, err := readDev(test)
	if err != nil {
		return err
	}
	return anonymize.HoldoutErrors(context.Background(), seg, sents, held, opt, mode, bias, anonymize.PERSON, os.Stdout)
}
