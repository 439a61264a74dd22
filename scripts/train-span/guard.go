package main

import (
	"fmt"

	"huibao/anonymize"
)

// guardOptions are the settings of the learned guard's training.
type guardOptions struct {
	folds                   int
	keepWeight, otherWeight float64
	epochs                  int
	l2                      float64
	soft                    uint32
	bias                    float64 // the fold taggers' B-label bias while they propose pieces
	tagger                  anonymize.SpanTraining
}

// trainGuard trains the span tagger's learned guard on the pieces taggers
// propose over report text they were not trained on: the sets are dealt
// into folds, and for each fold a tagger trained on the other folds (and
// on extra, the news and generated text) proposes the pieces of the
// fold's lines. It prints the guard's cross-validated accuracy by fold
// beside the hand-written guards' (counts only) and returns the guard
// trained on every fold's pieces.
func trainGuard(a *anonymize.Anonymizer, sets [][]anonymize.SpanTrainText, extra []anonymize.SpanTrainText, o guardOptions) *anonymize.SpanGuard {
	k := max(o.folds, 2)
	var ex []anonymize.SpanGuardExample
	for f := 0; f < k; f++ {
		var train, held []anonymize.SpanTrainText
		var groups []int
		for i, s := range sets {
			if i%k == f {
				held = append(held, s...)
				for range s {
					groups = append(groups, f)
				}
			} else {
				train = append(train, s...)
			}
		}
		m, _ := anonymize.TrainSpanTagger(a, append(train, extra...), o.tagger)
		m.SetBias(float32(o.bias))
		ex = append(ex, anonymize.SpanGuardExamples(a, m, held, groups)...)
	}
	opt := anonymize.SpanGuardTraining{Soft: o.soft, Epochs: o.epochs, L2: float32(o.l2), KeepWeight: float32(o.keepWeight), OtherWeight: float32(o.otherWeight), Seed: 1}
	// cross-validation by fold: the pieces only soft guards reject, and
	// how many of them the guard accepts at some least probabilities
	mins := []float32{0.3, 0.4, 0.5, 0.6, 0.7, 0.8}
	type tally struct{ name, partial, keep, other int }
	var tot, handOK tally
	cv := make([]tally, len(mins))
	count := func(t *tally, e *anonymize.SpanGuardExample) {
		switch {
		case e.Name:
			t.name++
		case e.Partial:
			t.partial++
		case e.Keep:
			t.keep++
		default:
			t.other++
		}
	}
	for f := 0; f < k; f++ {
		var tr, te []anonymize.SpanGuardExample
		for _, e := range ex {
			if e.Group == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		g := anonymize.TrainSpanGuard(tr, opt)
		for i := range te {
			e := &te[i]
			if e.Hand() {
				count(&handOK, e)
			}
			if !e.Learnable(o.soft) {
				continue
			}
			count(&tot, e)
			p := g.Prob(e.Feats)
			for j, mn := range mins {
				if p >= mn {
					count(&cv[j], e)
				}
			}
		}
	}
	fmt.Printf("pieces (%d folds; of identifiers / in part masked / of keep phrases / other):\n", k)
	fmt.Printf("  %-22s %d / %d / %d / %d\n", "hand guards accept", handOK.name, handOK.partial, handOK.keep, handOK.other)
	fmt.Printf("  %-22s %d / %d / %d / %d\n", "only soft guards reject", tot.name, tot.partial, tot.keep, tot.other)
	for i, mn := range mins {
		fmt.Printf("  %-22s %d / %d / %d / %d\n", fmt.Sprintf("guard >= %.1f accepts", mn), cv[i].name, cv[i].partial, cv[i].keep, cv[i].other)
	}
	return anonymize.TrainSpanGuard(ex, opt)
}
