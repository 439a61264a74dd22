package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// newsp11BIO turns inline "[name]" markup (one sentence per string) into
// the BIO text ReadTrainingBIO reads, every bracketed run a person.
func newsp11BIO(lines ...string) string {
	var b strings.Builder
	for _, ln := range lines {
		in := false
		first := false
		for _, r := range ln {
			switch {
			case r == '[':
				in, first = true, true
				continue
			case r == ']':
				in = false
				continue
			}
			tag := "O"
			if in && first {
				tag, first = "B-PER", false
			} else if in {
				tag = "I-PER"
			}
			b.WriteString(string(r) + " " + tag + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func newsp11Sents(t *testing.T, lines ...string) []NERSentence {
	t.Helper()
	s, err := ReadTrainingBIO(strings.NewReader(newsp11BIO(lines...)))
	if err != nil || len(s) != len(lines) {
		t.Fatalf("ReadTrainingBIO: %d sentences, %v", len(s), err)
	}
	return s
}

// TestRescoreExtraTrainsRescorerOnly checks that RescoreExtra sentences
// reach the span rescorer's training and never the character tagger's.
func TestRescoreExtraTrainsRescorerOnly(t *testing.T) {
	seg := testSeg(t)
	dev := newsp11Sents(t, "县长[王小明]在会上讲话。", "[陈立强]说，今年的收成不错。", "村里的桂冠属于[刘春花]一家。")
	extra := newsp11Sents(t, "[高志远]陶醉在家乡的山水之间。", "大会发来贺信，[孙丽娟]宣读了全文。", "牛群在坡上吃草，[马德福]在一旁看着。")
	opt := TaggerTraining{Epochs: 2, Features: NoCharBigrams, RescoreEpochs: 2}
	with := opt
	with.RescoreExtra = extra
	if got := with.RescorerExtra(); len(got) != len(extra) || got[0].Text != extra[0].Text {
		t.Fatalf("RescorerExtra has %d sentences, want the %d RescoreExtra ones", len(got), len(extra))
	}
	with.Extra = dev[:1]
	if got := with.RescorerExtra(); len(got) != 1+len(extra) || got[0].Text != dev[0].Text || got[1].Text != extra[0].Text {
		t.Fatalf("RescorerExtra does not hold Extra then RescoreExtra: %d sentences", len(got))
	}
	with.Extra = nil
	a := TrainPersonTagger(seg, dev, opt)
	b := TrainPersonTagger(seg, dev, with)
	if !slices.Equal(a.w, b.w) {
		t.Error("RescoreExtra changed the character tagger's weights")
	}
	ra := TrainSpanRescorer(seg, withExtra(dev, opt.RescorerExtra()), 2)
	rb := TrainSpanRescorer(seg, withExtra(dev, with.RescorerExtra()), 2)
	if slices.Equal(ra.w, rb.w) && slices.Equal(ra.wAdd, rb.wAdd) {
		t.Error("RescoreExtra did not reach the span rescorer's training")
	}
}

// TestRescorerLeavesTitledNamesToContextRules: a rescorer that adds every
// candidate from below the rules' threshold must not hide a name before an
// academic title from the context rules, which mask it under the default
// policy too (a rescored addition is masked by the strict policy only).
func TestRescorerLeavesTitledNamesToContextRules(t *testing.T) {
	seg := testSeg(t)
	all := &SpanRescorer{bits: rescoreBits, w: make([]float32, 1<<rescoreBits), wAdd: make([]float32, 1<<rescoreBits)}
	for i := range all.wAdd {
		all.wAdd[i] = 1 // every span likely
	}
	all.SetThresholds(0, 0.5)
	texts := map[string]string{
		"我们请来省农业大学田春生教授开展技术培训。": "田春生",
		"县里邀请林业大学何春来研究员现场指导。":   "何春来",
	}
	for _, pol := range []*Policy{DefaultPolicy(), StrictPolicy()} {
		a := New(seg, pol, Placeholder)
		withRescorer(t, all, func() {
			for text, name := range texts {
				if got := personsIn(t, a, text); !got[name] {
					t.Errorf("%s policy, %q: %s not masked (got %v)", pol.Name, text, name, got)
				}
			}
		})
	}
	if !leftToContextRules(Finding{Evidence: "surname+given,title-after:教授,given-is-word"}) || leftToContextRules(Finding{Evidence: "surname+given,title-after:说"}) {
		t.Error("leftToContextRules misreads the evidence")
	}
}
