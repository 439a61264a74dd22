package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// rowsOf builds tagger feature rows: one row per position holding the
// given feature indices, noFeat elsewhere.
func rowsOf(pos ...[]uint32) []uint32 {
	out := make([]uint32, len(pos)*nFeatTemplates)
	for i := range out {
		out[i] = noFeat
	}
	for i, fs := range pos {
		copy(out[i*nFeatTemplates:], fs)
	}
	return out
}

// tinyTagger is an untrained tagger over 2^4 features.
func tinyTagger() *PersonTagger {
	return &PersonTagger{bits: 4, w: make([]float32, (1<<4)*nTags)}
}

func TestReadTrainingBIOIgnored(t *testing.T) {
	const file = "张 B-PER\n三 I-PER\n在 O\n东 X\n山 X\n镇 X\n\n\n李 B-PER\n四 I-PER\n和 O\n五 X\n\n"
	sents, err := ReadTrainingBIO(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	want := [][]Span{
		{{Type: PERSON, Start: 0, End: 6}, {Type: Ignored, Start: 9, End: 18}},
		{{Type: PERSON, Start: 0, End: 6}, {Type: Ignored, Start: 9, End: 12}},
	}
	for i, s := range sents {
		if !slices.Equal(s.Gold, want[i]) {
			t.Errorf("sentence %d gold %v, want %v", i, s.Gold, want[i])
		}
	}
	if got := sents[0].Text[9:18]; got != "东山镇" {
		t.Errorf("ignored span reads %q", got)
	}
	// the ordinary reader (scoring) reads X as O
	plain, err := ReadBIO(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range plain {
		for _, g := range s.Gold {
			if g.Type == Ignored {
				t.Errorf("ReadBIO kept an ignored span %v", g)
			}
		}
	}
}

func TestConstrainedViterbiKeepsKnownLabels(t *testing.T) {
	m := tinyTagger()
	// feature 1 pulls hard towards B, feature 2 towards I, feature 3 to O
	m.w[1*nTags+tagB] = 5
	m.w[2*nTags+tagI] = 5
	m.w[3*nTags+tagO] = 5
	feats := rowsOf([]uint32{3}, []uint32{1}, []uint32{2}, []uint32{3})
	if got := m.viterbi(feats, 4, 0); !slices.Equal(got, []uint8{tagO, tagB, tagI, tagO}) {
		t.Fatalf("unconstrained %v", got)
	}
	// position 1 known O: the model would say B there; position 2 is
	// unknown and may no longer be I (I never follows O)
	labels := []uint8{tagO, tagO, tagO, tagO}
	known := []bool{true, true, false, true}
	got := m.constrainedViterbi(feats, labels, known)
	for i, k := range known {
		if k && got[i] != labels[i] {
			t.Errorf("position %d: got %d, known label %d", i, got[i], labels[i])
		}
	}
	if got[2] == tagI {
		t.Errorf("constrained path %v puts I after O", got)
	}
	// the unknown position keeps the model's choice when nothing forbids it
	known = []bool{true, false, false, true}
	got = m.constrainedViterbi(feats, labels, known)
	if !slices.Equal(got, []uint8{tagO, tagB, tagI, tagO}) {
		t.Errorf("latent positions %v, want the model's B I", got)
	}
	// all known: the labels themselves
	if got := m.constrainedViterbi(feats, labels, nil); !slices.Equal(got, labels) {
		t.Errorf("nil mask: %v", got)
	}
}

func TestIgnoredPositionsGetNoUpdate(t *testing.T) {
	// feature 7 stands only at position 1 (gold B-PER where known), 9 at
	// position 0 (O), 11 at position 2 (B-PER, a one-character name after
	// the ignored one, so a transition out of position 1 would be learnt)
	feats := rowsOf([]uint32{9}, []uint32{7}, []uint32{11})
	labels := []uint8{tagO, tagB, tagB}
	touched := func(m *PersonTagger, f int) bool {
		for y := 0; y < nTags; y++ {
			if m.w[f*nTags+y] != 0 {
				return true
			}
		}
		return false
	}
	all := trainTaggerIgnore([]taggerExample{{feats: feats, labels: labels}}, 4, 0, 3, 1, false)
	if !touched(all, 7) || all.trans == ([nTags + 1][nTags]float32{}) {
		t.Fatal("known labels did not train feature 7 and the transitions: the checks below could not fail")
	}
	m := trainTaggerIgnore([]taggerExample{{feats: feats, labels: labels, known: []bool{true, false, true}}}, 4, 0, 3, 1, false)
	if touched(m, 7) {
		t.Errorf("the ignored position's feature was updated: %v", m.w[7*nTags:8*nTags])
	}
	if !touched(m, 11) {
		t.Error("the known B-PER after the ignored position did not train")
	}
	if m.trans != ([nTags + 1][nTags]float32{}) {
		t.Errorf("transitions into or out of the ignored position were updated: %v", m.trans)
	}
	// latent: where the model's own path agrees with every known label
	// (here all O, as an untrained model predicts) nothing is learnt, even
	// though the ignored position's stored label says B
	if m := trainTaggerIgnore([]taggerExample{{feats: feats, labels: []uint8{tagO, tagB, tagO}, known: []bool{true, false, true}}}, 4, 0, 3, 1, true); touched(m, 7) || touched(m, 9) || touched(m, 11) || m.trans != ([nTags + 1][nTags]float32{}) {
		t.Errorf("latent: an agreeing prediction was updated: %v %v", m.w[7*nTags:8*nTags], m.trans)
	}
	// trainTagger (the span tagger's entry) leaves the ignored position out
	if m := trainTagger([]taggerExample{{feats: feats, labels: labels, known: []bool{true, false, true}}}, 4, 0, 3, 1); touched(m, 7) {
		t.Error("trainTagger updated an ignored position")
	}
}

func TestIgnoredMaskLeavesPersonsKnown(t *testing.T) {
	seg := testSeg(t)
	text := "东山镇张三同志在会上发言"
	tt := newTokText(seg, text)
	at := func(s string) int { return strings.Index(text, s) }
	gold := []Span{
		{Type: PERSON, Start: at("张三"), End: at("同志")},
		{Type: Ignored, Start: 0, End: at("同志")}, // an ignored span over the name too
	}
	ex := prepareTaggerExamples(seg, []NERSentence{{Text: text, Gold: gold}}, 4, 0, false, 0)
	if len(ex) != 1 {
		t.Fatalf("%d examples", len(ex))
	}
	e := ex[0]
	if e.known == nil {
		t.Fatal("no mask for a sentence with an ignored span")
	}
	for i, r := range tt.runes {
		wantKnown := i >= 3 // 东山镇 unknown, the name and the rest known
		if e.known[i] != wantKnown {
			t.Errorf("rune %d %q known=%v, want %v", i, string(r), e.known[i], wantKnown)
		}
	}
	if e.labels[3] != tagB || e.labels[4] != tagI {
		t.Errorf("labels %v: the person lost its label", e.labels)
	}
	// a sentence without ignored spans trains as before: no mask
	ex = prepareTaggerExamples(seg, []NERSentence{{Text: text, Gold: gold[:1]}}, 4, 0, false, 0)
	if ex[0].known != nil {
		t.Errorf("mask %v without an ignored span", ex[0].known)
	}
}

func TestReportWeightScalesUpdates(t *testing.T) {
	feats := rowsOf([]uint32{9}, []uint32{7}, []uint32{11})
	labels := []uint8{tagO, tagB, tagI}
	one := trainTaggerIgnore([]taggerExample{{feats: feats, labels: labels}}, 4, 0, 2, 1, false)
	half := trainTaggerIgnore([]taggerExample{{feats: feats, labels: labels, weight: 0.5}}, 4, 0, 2, 1, false)
	nonzero := 0
	for i := range one.w {
		if one.w[i] != 0 {
			nonzero++
		}
		if half.w[i] != one.w[i]/2 {
			t.Fatalf("weight %d: %v at weight 0.5, %v at weight 1", i, half.w[i], one.w[i])
		}
	}
	if nonzero == 0 {
		t.Fatal("nothing trained: the check could not fail")
	}
}
