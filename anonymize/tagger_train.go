package anonymize

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"math/rand"
	"strings"

	"huibao/segment"
)

// taggerExample is one training sentence: its features and gold labels.
// known, when set, marks the positions whose label is known; the others
// (an Ignored span) are neither a positive nor a negative example.
type taggerExample struct {
	feats  []uint32
	labels []uint8
	known  []bool
	weight float32 // the size of its perceptron updates (0: 1)
}

// TaggerTraining are the options of TrainPersonTagger.
type TaggerTraining struct {
	Epochs   int              // perceptron passes over the sentences
	Features TaggerFeatureSet // templates left out
	// ScorerDropout adds each sentence a second time without the rule
	// scorer's candidates, so the tagger also learns to find names on its
	// own evidence instead of only echoing the scorer.
	ScorerDropout bool
	// Augment adds each sentence that names a person this many more
	// times, every PERSON span replaced by a made-up name of the same
	// shape (tagger_augment.go), so the tagger learns contexts, not names.
	Augment int
	// Rescore lists the span rescorer's thresholds cross-validation tries
	// with the scorer and union modes (0: no rescorer); RescoreEpochs its
	// training passes.
	Rescore       []float32
	RescoreAdd    []float32 // the add thresholds tried with each of Rescore
	RescoreEpochs int
	// Extra are more labelled sentences (our own writing) that join the
	// training side of every cross-validation fold and the model
	// TrainPersonTagger returns, never a held-out block, so
	// cross-validated figures stay an estimate on the development file
	// alone.
	Extra []NERSentence
	// ExtraAugment is Augment for the Extra sentences (negative: the
	// same as Augment).
	ExtraAugment int
	// Report are labelled sentences of our own report sets
	// (scripts/report-bio, read by ReadTrainingBIO): they join training
	// as Extra does, their perceptron updates scaled by ReportWeight (0:
	// 1), augmented ReportAugment times (negative: as the Extra sentences
	// are). The span rescorer trains on them unweighted.
	Report        []NERSentence
	ReportWeight  float32
	ReportAugment int
	// RescoreExtra are labelled sentences of our own writing that only
	// the span rescorer trains on (never the character tagger), on the
	// training side of every fold as Extra is.
	RescoreExtra []NERSentence
	// IgnoreLatent chooses how Ignored positions train: false, they are
	// left out of every update (no emission update at them, no transition
	// update into or out of them); true, they are latent: the gold path is
	// the best path that agrees with the known labels (constrained
	// Viterbi) and the perceptron updates towards it everywhere.
	IgnoreLatent bool
	// Modes, when set, limits cross-validation to these combinations,
	// named as its table keys them ("scorer/0.0", "union/32.0",
	// "union/64.0@0.20/0.00"): a cheap run of the shipped combination.
	Modes []string
}

// Ignored is the pseudo-type of gold spans that are neither a positive
// nor a negative PERSON example: in our report BIO (scripts/report-bio)
// the places, bodies, shops and numbers of a set's must_mask, which a
// person tagger should not learn to mask as persons but which must not be
// taught as ordinary text either (the pipeline masks them, and a tagger
// that does so by accident helps it). ReadTrainingBIO reads them from the
// tag X; only training uses them.
const Ignored Type = "X"

// ReadTrainingBIO reads a BIO file as ReadBIO does and adds, for every
// run of characters tagged X, a gold span of type Ignored.
func ReadTrainingBIO(r io.Reader) ([]NERSentence, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	sents, err := ReadBIO(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	k, pos, open := 0, 0, -1 // sentence index, byte offset, open X span in its Gold
	started := false
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			if started {
				k++
			}
			started, pos, open = false, 0, -1
			continue
		}
		if len(f) != 2 || k >= len(sents) {
			continue // ReadBIO has refused such a line already
		}
		started = true
		start := pos
		pos += len(f[0])
		if f[1] != "X" {
			open = -1
			continue
		}
		s := &sents[k]
		if open >= 0 {
			s.Gold[open].End = pos
			continue
		}
		s.Gold = append(s.Gold, Span{Type: Ignored, Start: start, End: pos})
		open = len(s.Gold) - 1
	}
	return sents, sc.Err()
}

// ignoredFindings returns the Ignored spans of s as findings.
func ignoredFindings(s NERSentence) []Finding {
	var out []Finding
	for _, g := range s.Gold {
		if g.Type == Ignored {
			out = append(out, Finding{Start: g.Start, End: g.End})
		}
	}
	return out
}

// prepareTaggerExamples computes features and gold PERSON labels of the
// sentences (gold spans of other types are O).
// Characters of Ignored spans that no PERSON span covers get no known
// label.
func prepareTaggerExamples(seg *segment.Segmenter, sents []NERSentence, bits uint, off TaggerFeatureSet, dropout bool, augment int) []taggerExample {
	out := make([]taggerExample, 0, len(sents))
	if augment > 0 {
		ns := getNameSampler()
		rng := rand.New(rand.NewSource(7))
		var extra []NERSentence
		for _, s := range sents {
			for k := 0; k < augment; k++ {
				a, ok := augmentSentence(s, ns, rng)
				if !ok {
					break
				}
				extra = append(extra, a)
			}
		}
		sents = append(append([]NERSentence(nil), sents...), extra...)
	}
	for _, s := range sents {
		tt := newTokText(seg, s.Text)
		if len(tt.runes) == 0 {
			continue
		}
		cands := scorePersons(tt)
		labels := make([]uint8, len(tt.runes))
		for _, g := range s.Gold {
			if g.Type != PERSON {
				continue
			}
			a, b := tt.runeAt(g.Start), tt.runeAt(g.End)
			if a < 0 || b <= a {
				continue
			}
			labels[a] = tagB
			for i := a + 1; i < b; i++ {
				labels[i] = tagI
			}
		}
		known := ignoredMask(tt, s.Gold, labels)
		out = append(out, taggerExample{feats: taggerFeaturesBits(tt, cands, nil, bits, off), labels: labels, known: known})
		if dropout {
			out = append(out, taggerExample{feats: taggerFeaturesBits(tt, nil, nil, bits, off), labels: labels, known: known})
		}
	}
	return out
}

// ignoredMask returns which runes of tt have a known label: nil when the
// gold spans hold no Ignored span (every label known), else false on the
// runes of Ignored spans that labels leave O.
func ignoredMask(tt *tokText, gold []Span, labels []uint8) []bool {
	var known []bool
	for _, g := range gold {
		if g.Type != Ignored {
			continue
		}
		a, b := tt.runeAt(g.Start), tt.runeAt(g.End)
		if a < 0 || b <= a {
			continue
		}
		for i := a; i < b; i++ {
			if labels[i] != tagO {
				continue
			}
			if known == nil {
				known = make([]bool, len(labels))
				for j := range known {
					known[j] = true
				}
			}
			known[i] = false
		}
	}
	return known
}

// constrainedViterbi returns the best labels under the model's current
// weights that agree with labels wherever known is true (the latent gold
// path of a partly labelled sentence). With known nil it returns labels.
func (m *PersonTagger) constrainedViterbi(feats []uint32, labels []uint8, known []bool) []uint8 {
	if known == nil {
		return labels
	}
	n := len(labels)
	neg := float32(math.Inf(-1))
	em := make([][nTags]float32, n)
	for i := range em {
		em[i] = m.emissions(feats[i*nFeatTemplates : (i+1)*nFeatTemplates])
		if known[i] {
			for y := range em[i] {
				if uint8(y) != labels[i] {
					em[i][y] = neg
				}
			}
		}
	}
	out := m.viterbiEmLoop(em, 0)
	for i := range out {
		if known[i] && out[i] != labels[i] {
			// no path agrees (the known labels break B/I order):
			// the labels as they stand, O where unknown
			out = append(out[:0], labels...)
			break
		}
	}
	return out
}

// trainTagger runs the averaged structured perceptron over the examples;
// unknown positions (taggerExample.known) take part in no update.
func trainTagger(ex []taggerExample, bits uint, off TaggerFeatureSet, epochs int, seed int64) *PersonTagger {
	return trainTaggerIgnore(ex, bits, off, epochs, seed, false)
}

// trainTaggerIgnore is trainTagger with a choice for an example's unknown
// positions (taggerExample.known): latent false, they take part in no
// update; true, the gold path is the constrained Viterbi path and updates
// run everywhere.
func trainTaggerIgnore(ex []taggerExample, bits uint, off TaggerFeatureSet, epochs int, seed int64, latent bool) *PersonTagger {
	size := (1 << bits) * nTags
	m := &PersonTagger{bits: bits, off: off, w: make([]float32, size)}
	// averaging by the lazy "total and last touched" trick
	total := make([]float64, size)
	stamp := make([]int32, size)
	var transTotal [nTags + 1][nTags]float64
	var transStamp [nTags + 1][nTags]int32
	step := int32(1)
	upd := func(i int, d float32) {
		total[i] += float64(step-stamp[i]) * float64(m.w[i])
		stamp[i] = step
		m.w[i] += d
	}
	updT := func(x, y int, d float32) {
		transTotal[x][y] += float64(step-transStamp[x][y]) * float64(m.trans[x][y])
		transStamp[x][y] = step
		m.trans[x][y] += d
	}
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			e := ex[k]
			n := len(e.labels)
			wt := e.weight
			if wt == 0 {
				wt = 1
			}
			pred := m.viterbi(e.feats, n, 0)
			gold := m.constrainedViterbi(e.feats, e.labels, e.known)
			for i := 0; i < n; i++ {
				if !latent && e.known != nil && (!e.known[i] || i > 0 && !e.known[i-1]) {
					if !e.known[i] {
						continue // an ignored position: no update at all
					}
					// a known label after an ignored one: its emission
					// only, no transition from the unknown label
					if g, p := gold[i], pred[i]; g != p {
						for _, h := range e.feats[i*nFeatTemplates : (i+1)*nFeatTemplates] {
							if h == noFeat {
								continue
							}
							upd(int(h)*nTags+int(g), wt)
							upd(int(h)*nTags+int(p), -wt)
						}
					}
					continue
				}
				g, p := gold[i], pred[i]
				gp, pp := nTags, nTags // the start state
				if i > 0 {
					gp, pp = int(gold[i-1]), int(pred[i-1])
				}
				if g != p {
					for _, h := range e.feats[i*nFeatTemplates : (i+1)*nFeatTemplates] {
						if h == noFeat {
							continue
						}
						upd(int(h)*nTags+int(g), wt)
						upd(int(h)*nTags+int(p), -wt)
					}
				}
				if g != p || gp != pp {
					updT(gp, int(g), wt)
					updT(pp, int(p), -wt)
				}
			}
			step++
		}
	}
	for i := range m.w {
		total[i] += float64(step-stamp[i]) * float64(m.w[i])
		m.w[i] = float32(total[i] / float64(step))
	}
	for x := range m.trans {
		for y := range m.trans[x] {
			transTotal[x][y] += float64(step-transStamp[x][y]) * float64(m.trans[x][y])
			m.trans[x][y] = float32(transTotal[x][y] / float64(step))
		}
	}
	return m
}

// TrainPersonTagger trains a PERSON tagger on BIO sentences and
// opt.Extra. Train it on development data and our own writing only, never
// on the files it is measured on.
func TrainPersonTagger(seg *segment.Segmenter, sents []NERSentence, opt TaggerTraining) *PersonTagger {
	ex := prepareTaggerExamples(seg, sents, taggerBits, opt.Features, opt.ScorerDropout, opt.Augment)
	if len(opt.Extra) > 0 {
		aug := opt.ExtraAugment
		if aug < 0 {
			aug = opt.Augment
		}
		ex = append(ex, prepareTaggerExamples(seg, opt.Extra, taggerBits, opt.Features, opt.ScorerDropout, aug)...)
	}
	if len(opt.Report) > 0 {
		aug := opt.ReportAugment
		if aug < 0 {
			aug = opt.ExtraAugment
		}
		if aug < 0 {
			aug = opt.Augment
		}
		rep := prepareTaggerExamples(seg, opt.Report, taggerBits, opt.Features, opt.ScorerDropout, aug)
		for i := range rep {
			rep[i].weight = opt.ReportWeight
		}
		ex = append(ex, rep...)
	}
	return trainTaggerIgnore(ex, taggerBits, opt.Features, opt.Epochs, 1, opt.IgnoreLatent)
}

// rescorerExtra returns the sentences beyond the development file the
// span rescorer trains on: opt.Extra, opt.Report and opt.RescoreExtra.
func (opt TaggerTraining) rescorerExtra() []NERSentence {
	return withExtra(withExtra(opt.Extra, opt.Report), opt.RescoreExtra)
}

// RescorerExtra returns the sentences beyond the development file the
// span rescorer trains on (Extra, Report and RescoreExtra), for a trainer writing the
// final models.
func (opt TaggerTraining) RescorerExtra() []NERSentence { return opt.rescorerExtra() }

// withExtra returns sents followed by extra, without changing sents.
func withExtra(sents, extra []NERSentence) []NERSentence {
	if len(extra) == 0 {
		return sents
	}
	return append(append(make([]NERSentence, 0, len(sents)+len(extra)), sents...), extra...)
}

// taggerSplit is one training side and the block scored with its models.
type taggerSplit struct{ train, test []NERSentence }

// foldSplits cuts sents into k contiguous blocks: each block is held out
// once, the others train.
func foldSplits(sents []NERSentence, k int) []taggerSplit {
	out := make([]taggerSplit, 0, k)
	for f := 0; f < k; f++ {
		lo, hi := f*len(sents)/k, (f+1)*len(sents)/k
		out = append(out, taggerSplit{append(append([]NERSentence{}, sents[:lo]...), sents[hi:]...), sents[lo:hi]})
	}
	return out
}

// CrossValidatePersonTagger splits the sentences into k contiguous blocks,
// trains on k-1 of them (and opt.Extra) and scores the held-out block with
// every combination mode, and writes the pooled PERSON figures (and ORG
// and LOCATION, which the combination may shift) per mode to w. It returns
// the pooled PERSON scores per "mode/bias"; each mode is tried with every
// B-label bias of biases. The process-wide tagger is restored
// afterwards.
func CrossValidatePersonTagger(ctx context.Context, seg *segment.Segmenter, sents []NERSentence, k int, opt TaggerTraining, biases []float32, w io.Writer) (map[string]NERScore, error) {
	return scoreTaggerSplits(ctx, seg, foldSplits(sents, k), opt, biases, w)
}

// HoldoutPersonTagger trains the tagger and rescorer on train (and
// opt.Extra) and scores every combination mode on test, written and
// returned as CrossValidatePersonTagger does: with train empty and our
// own writing in opt.Extra, an unseen estimate of how that writing
// carries over to the test sentences.
func HoldoutPersonTagger(ctx context.Context, seg *segment.Segmenter, train, test []NERSentence, opt TaggerTraining, biases []float32, w io.Writer) (map[string]NERScore, error) {
	return scoreTaggerSplits(ctx, seg, []taggerSplit{{train, test}}, opt, biases, w)
}

// scoreTaggerSplits trains on each split's training side (and opt.Extra),
// scores its test side with every combination of opt.Modes (all when
// empty), and pools the counts.
func scoreTaggerSplits(ctx context.Context, seg *segment.Segmenter, splits []taggerSplit, opt TaggerTraining, biases []float32, w io.Writer) (map[string]NERScore, error) {
	prev := usePersonTagger(nil, ScorerOnly, 0)
	defer activeTagger.Store(prev)
	prevR := useSpanRescorer(nil)
	defer activeRescorer.Store(prevR)
	type setting struct {
		mode TaggerMode
		bias float32
		th   float32 // rescorer keep threshold, 0: none
		add  float32 // rescorer add threshold, 0: none
	}
	key := func(m setting) string {
		k := fmt.Sprintf("%s/%.1f", m.mode, m.bias)
		if m.th > 0 || m.add > 0 {
			k += fmt.Sprintf("@%.2f/%.2f", m.th, m.add)
		}
		return k
	}
	var all []setting
	all = append(all, setting{ScorerOnly, 0, 0, 0})
	for _, m := range []TaggerMode{TaggerOnly, TaggerUnion, TaggerRerank, TaggerFirst} {
		for _, b := range biases {
			all = append(all, setting{m, b, 0, 0})
		}
	}
	adds := append([]float32{0}, opt.RescoreAdd...)
	for _, th := range append([]float32{0}, opt.Rescore...) {
		for _, ad := range adds {
			if th <= 0 && ad <= 0 {
				continue
			}
			all = append(all, setting{ScorerOnly, 0, th, ad})
			for _, b := range biases {
				all = append(all, setting{TaggerUnion, b, th, ad})
			}
		}
	}
	modes := all
	if len(opt.Modes) > 0 {
		want := map[string]bool{}
		for _, m := range opt.Modes {
			want[m] = true
		}
		modes = nil
		for _, m := range all {
			if want[key(m)] {
				modes = append(modes, m)
				delete(want, key(m))
			}
		}
		if len(want) > 0 {
			var miss []string
			for m := range want {
				miss = append(miss, m)
			}
			return nil, fmt.Errorf("no combination %v among the biases and rescorer thresholds given", miss)
		}
	}
	needRescorer := false
	for _, m := range modes {
		needRescorer = needRescorer || m.th > 0 || m.add > 0
	}
	pooled := map[setting]map[Type]*NERScore{}
	for _, m := range modes {
		pooled[m] = map[Type]*NERScore{}
	}
	an := New(seg, StrictPolicy(), Placeholder)
	for f, sp := range splits {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var model *PersonTagger
		for _, m := range modes {
			if m.mode != ScorerOnly {
				model = TrainPersonTagger(seg, sp.train, opt)
				break
			}
		}
		var resc *SpanRescorer
		if needRescorer {
			resc = TrainSpanRescorer(seg, withExtra(sp.train, opt.rescorerExtra()), max(opt.RescoreEpochs, 1))
		}
		for _, m := range modes {
			usePersonTagger(model, m.mode, m.bias)
			if m.th > 0 || m.add > 0 {
				r := *resc
				r.SetThresholds(m.th, m.add)
				useSpanRescorer(&r)
			} else {
				useSpanRescorer(nil)
			}
			sc, err := an.ScoreNER(ctx, sp.test)
			if err != nil {
				return nil, err
			}
			for _, s := range sc {
				p := pooled[m][s.Type]
				if p == nil {
					p = &NERScore{Type: s.Type}
					pooled[m][s.Type] = p
				}
				p.Gold += s.Gold
				p.Predicted += s.Predicted
				p.Correct += s.Correct
				p.Caught += s.Caught
			}
		}
		fmt.Fprintf(w, "fold %d/%d done\n", f+1, len(splits))
	}
	out := map[string]NERScore{}
	fmt.Fprintf(w, "%-13s %5s %5s %5s %-8s %6s %6s %6s %6s\n", "mode", "bias", "keep", "add", "type", "P", "R", "F1", "caught")
	for _, m := range modes {
		for _, t := range []Type{PERSON, ORG, LOCATION} {
			p := pooled[m][t]
			if p == nil {
				continue
			}
			finishScore(p)
			fmt.Fprintf(w, "%-13s %5.1f %5.2f %5.2f %-8s %6.3f %6.3f %6.3f %6.3f\n", m.mode, m.bias, m.th, m.add, t, p.Precision, p.Recall, p.F1, p.Privacy)
			if t == PERSON {
				out[key(m)] = *p
			}
		}
	}
	return out, nil
}

// finishScore computes the rates of a score from its counts.
func finishScore(sc *NERScore) {
	if sc.Predicted > 0 {
		sc.Precision = float64(sc.Correct) / float64(sc.Predicted)
	}
	if sc.Gold > 0 {
		sc.Recall = float64(sc.Correct) / float64(sc.Gold)
		sc.Privacy = float64(sc.Caught) / float64(sc.Gold)
	}
	if sc.Precision+sc.Recall > 0 {
		sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
	}
}

// CrossValidateErrors trains on k-1 contiguous blocks of the sentences
// (and opt.Extra) as CrossValidatePersonTagger does, combines the model with the scorer by
// mode and bias, and writes the held-out errors of type t (see
// WriteNERErrors), so development errors can be read without the tagger
// having seen them; with opt.Rescore, a span rescorer trained on the same
// folds drops candidates below the first threshold. The process-wide
// tagger and rescorer are restored afterwards.
func CrossValidateErrors(ctx context.Context, seg *segment.Segmenter, sents []NERSentence, k int, opt TaggerTraining, mode TaggerMode, bias float32, t Type, w io.Writer) error {
	return splitErrors(ctx, seg, foldSplits(sents, k), opt, mode, bias, t, w)
}

// HoldoutErrors trains on train (and opt.Extra) as HoldoutPersonTagger
// does and writes the errors of type t on test, as CrossValidateErrors
// does on each held-out block: the errors of a split made elsewhere (a
// block whose lexicon counts were derived without it, for instance).
func HoldoutErrors(ctx context.Context, seg *segment.Segmenter, train, test []NERSentence, opt TaggerTraining, mode TaggerMode, bias float32, t Type, w io.Writer) error {
	return splitErrors(ctx, seg, []taggerSplit{{train, test}}, opt, mode, bias, t, w)
}

// splitErrors writes the errors of type t on each split's test side, the
// tagger (and with opt.Rescore the rescorer) trained on its training side.
func splitErrors(ctx context.Context, seg *segment.Segmenter, splits []taggerSplit, opt TaggerTraining, mode TaggerMode, bias float32, t Type, w io.Writer) error {
	prev := usePersonTagger(nil, ScorerOnly, 0)
	defer activeTagger.Store(prev)
	prevR := useSpanRescorer(nil)
	defer activeRescorer.Store(prevR)
	an := New(seg, StrictPolicy(), Placeholder)
	tally := map[string][2]int{}
	for _, sp := range splits {
		if err := ctx.Err(); err != nil {
			return err
		}
		usePersonTagger(TrainPersonTagger(seg, sp.train, opt), mode, bias)
		if len(opt.Rescore) > 0 && len(opt.RescoreAdd) > 0 {
			r := TrainSpanRescorer(seg, withExtra(sp.train, opt.rescorerExtra()), max(opt.RescoreEpochs, 1))
			r.SetThresholds(opt.Rescore[0], opt.RescoreAdd[0])
			useSpanRescorer(r)
		}
		for _, s := range sp.test {
			writeSentenceErrors(w, an, s, t, tally)
		}
	}
	WriteErrorTally(w, tally)
	return nil
}

// ShippedPersonCombination names the combination the embedded models
// carry, as cross-validation keys it ("union/64.0@0.20/0.00").
func ShippedPersonCombination() string {
	st := currentTagger()
	k := fmt.Sprintf("%s/%.1f", st.mode, st.bias)
	if r := currentRescorer(); r != nil && (r.threshold > 0 || r.addAt > 0) {
		k += fmt.Sprintf("@%.2f/%.2f", r.threshold, r.addAt)
	}
	return k
}
