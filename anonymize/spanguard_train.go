package anonymize

import (
	"math"
	"math/rand"
	"strings"
)

// SpanGuardExample is one piece the span tagger proposed over a labelled
// text: its hashed features and verdicts (no text) and what the gold says
// of it.
type SpanGuardExample struct {
	Feats []uint32
	// V are the verdicts of the hand-written guards (gv… bits)
	V uint32
	// Name: the piece overlaps an identifier of the gold that no rule
	// finding touches (masking the piece masks the identifier); Partial:
	// it overlaps only identifiers the rules already mask in part
	// (neither needed nor wrong: left out of training); Keep: it overlaps
	// an ordinary phrase of the gold and no identifier
	Name, Partial, Keep bool
	// Group is the caller's group of the text (its set), for
	// cross-validation by set
	Group int
}

// Hand reports whether the hand-written guards accept the piece.
func (x *SpanGuardExample) Hand() bool { return x.V&gvHand == 0 }

// Learnable reports whether a guard that may overrule the soft
// hand-written guards decides the piece: a hand-written guard rejects it,
// and only soft ones do, or none does and soft holds gvAccepted.
func (x *SpanGuardExample) Learnable(soft uint32) bool {
	if x.V&gvHand == 0 {
		return soft&gvAccepted != 0
	}
	return x.V&gvHand&^soft == 0
}

// SpanGuardExamples runs the anonymizer with the span tagger m (nil: the
// one in use) over each text and returns every piece the tagger proposes
// that passes the hard guards, labelled by the text's Names and Keep
// (Spans count as names). groups[i] is the group of texts[i].
func SpanGuardExamples(a *Anonymizer, m *SpanTagger, texts []SpanTrainText, groups []int) []SpanGuardExample {
	if m != nil {
		restore := UseSpanTagger(m, spanMinMargin, spanGrowMargin, spanSureMargin)
		defer restore()
	}
	var out []SpanGuardExample
	var cur *SpanTrainText
	var curGroup int
	var names, keeps [][2]int
	capture := func(tt *tokText, s, e int, feats []uint32, v uint32, rules []Finding) {
		if cur == nil || tt.text != cur.Text {
			return
		}
		bs, be := tt.off[s], tt.off[e]
		ex := SpanGuardExample{Feats: append([]uint32(nil), feats...), V: v, Group: curGroup}
		for _, r := range names {
			if bs >= r[1] || be <= r[0] {
				continue
			}
			touched := false
			for _, f := range rules {
				if !f.generic && f.Start < r[1] && f.End > r[0] {
					touched = true
					break
				}
			}
			if touched {
				ex.Partial = true
			} else {
				ex.Name = true
			}
		}
		if ex.Name {
			ex.Partial = false
		} else if !ex.Partial {
			for _, r := range keeps {
				if bs < r[1] && be > r[0] {
					ex.Keep = true
					break
				}
			}
		}
		out = append(out, ex)
	}
	spanGuardCapture.Store(&capture)
	defer spanGuardCapture.Store(nil)
	var st SpanTrainStats
	for i := range texts {
		t := &texts[i]
		cur, curGroup = t, 0
		if i < len(groups) {
			curGroup = groups[i]
		}
		names, keeps = names[:0], keeps[:0]
		names = append(names, t.Spans...)
		for _, o := range nameOccurrences(t.Text, t.Names, t.Keep, &st) {
			if hasHan(o.text) {
				names = append(names, [2]int{o.s, o.e})
			}
		}
		for _, k := range t.Keep {
			for j := 0; k != "" && j < len(t.Text); {
				p := strings.Index(t.Text[j:], k)
				if p < 0 {
					break
				}
				keeps = append(keeps, [2]int{j + p, j + p + len(k)})
				j += p + len(k)
			}
		}
		a.findIn(t.Text, false)
	}
	cur = nil
	return out
}

// SpanGuardTraining are the options of TrainSpanGuard.
type SpanGuardTraining struct {
	// Soft are the hand-written guards the model may overrule
	// (SpanGuardSoft); it learns from the pieces only they reject
	Soft   uint32
	Epochs int     // passes (0: 30)
	Rate   float32 // AdaGrad learning rate (0: 0.2)
	L2     float32 // L2 penalty per update on the touched weights (0: none)
	// KeepWeight weighs negatives that overlap a keep phrase, OtherWeight
	// the other negatives (0: 1)
	KeepWeight, OtherWeight float32
	Seed                    int64
}

// TrainSpanGuard fits a logistic guard to the learnable examples
// (positives: Name; Partial ones left out).
func TrainSpanGuard(ex []SpanGuardExample, opt SpanGuardTraining) *SpanGuard {
	g := newSpanGuard(guardBits)
	g.soft = opt.Soft & (gvHand | gvAccepted)
	if opt.Epochs <= 0 {
		opt.Epochs = 30
	}
	if opt.Rate <= 0 {
		opt.Rate = 0.2
	}
	if opt.KeepWeight <= 0 {
		opt.KeepWeight = 1
	}
	if opt.OtherWeight <= 0 {
		opt.OtherWeight = 1
	}
	acc := make([]float32, len(g.w))
	var order []int
	for i := range ex {
		if !ex[i].Partial && ex[i].Learnable(g.soft) {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	mask := uint32(1)<<g.bits - 1
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := &ex[i]
			y, wt := float32(0), opt.OtherWeight
			switch {
			case x.Name:
				y, wt = 1, 1
			case x.Keep:
				wt = opt.KeepWeight
			}
			p := g.Prob(x.Feats)
			grad := (p - y) * wt
			for _, f := range x.Feats {
				k := f & mask
				gk := grad + opt.L2*g.w[k]
				acc[k] += gk * gk
				g.w[k] -= opt.Rate * gk / float32(math.Sqrt(float64(acc[k]))+1e-6)
			}
		}
	}
	return g
}
