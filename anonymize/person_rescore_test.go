package anonymize

import (
	"bytes"
	"strings"
	"testing"
)

// WriteTo and ReadSpanRescorer round-trip the weights and thresholds;
// damaged files are errors, never panics.
func TestSpanRescorerRoundTrip(t *testing.T) {
	m := &SpanRescorer{bits: 10, w: make([]float32, 1<<10), wAdd: make([]float32, 1<<10)}
	for i := range m.w {
		m.w[i] = float32(i%17) - 8
		m.wAdd[i] = float32(i%5) * 0.25
	}
	m.SetThresholds(0.25, 0.6)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSpanRescorer(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.bits != 10 || got.threshold != 0.25 || got.addAt != 0.6 {
		t.Errorf("header: bits %d keep %v add %v", got.bits, got.threshold, got.addAt)
	}
	for i := range m.w {
		if got.w[i] != m.w[i] || got.wAdd[i] != m.wAdd[i] {
			t.Fatalf("weight %d: %v/%v, want %v/%v", i, got.w[i], got.wAdd[i], m.w[i], m.wAdd[i])
		}
	}
	b := buf.Bytes()
	for _, cut := range []int{0, 5, len(b) / 2, len(b) - 3} {
		if _, err := ReadSpanRescorer(bytes.NewReader(b[:cut])); err == nil {
			t.Errorf("file cut at %d of %d bytes read without error", cut, len(b))
		}
	}
	if _, err := ReadSpanRescorer(bytes.NewReader([]byte("not a model at all"))); err == nil {
		t.Error("garbage read without error")
	}
	// the embedded rescorer loads
	if currentRescorer() == nil {
		t.Error("embedded span rescorer did not load")
	}
}

// withRescorer runs f with the rules alone (no tagger) and rescorer m.
func withRescorer(t *testing.T, m *SpanRescorer, f func()) {
	t.Helper()
	prevT := usePersonTagger(nil, ScorerOnly, 0)
	prevR := useSpanRescorer(m)
	defer func() {
		activeTagger.Store(prevT)
		activeRescorer.Store(prevR)
	}()
	f()
}

// A rescorer that finds every span unlikely drops the dictionary words
// that no role vouches for and keeps names beside a role; one that finds
// every span likely adds the candidates just below the rules' threshold.
func TestRescorerDropsAndAdds(t *testing.T) {
	seg := testSeg(t)
	a := New(seg, StrictPolicy(), Placeholder)
	tt := newTokText(seg, "县委书记王建国出席。")
	biasFeat := rescoreFeatures(tt, 4, 7, "surname+given", 1, nil, rescoreBits)[0]
	const word = "小小的奖杯托在手心，殷红得像一团火。"
	const named = "县委书记王建国出席会议并讲话。"
	const below = "对于喜爱李白的读者来说，这是好书。"
	var before map[string]bool
	withRescorer(t, nil, func() { before = personsIn(t, a, word) })
	if !before["殷红"] {
		t.Skipf("the rules no longer read 殷红 as a name (%v): nothing to drop", before)
	}
	if got := personsIn(t, a, below); got["李白"] {
		t.Skipf("the rules already find 李白: nothing to add")
	}
	drop := &SpanRescorer{bits: rescoreBits, w: make([]float32, 1<<rescoreBits), wAdd: make([]float32, 1<<rescoreBits)}
	drop.w[biasFeat] = -20
	drop.SetThresholds(0.5, 0)
	withRescorer(t, drop, func() {
		if got := personsIn(t, a, word); got["殷红"] {
			t.Errorf("%q: 殷红 kept by a rescorer that drops every dictionary word", word)
		}
		if got := personsIn(t, a, named); !got["王建国"] {
			t.Errorf("%q: 王建国 beside a role dropped (got %v)", named, got)
		}
	})
	add := &SpanRescorer{bits: rescoreBits, w: make([]float32, 1<<rescoreBits), wAdd: make([]float32, 1<<rescoreBits)}
	add.wAdd[biasFeat] = 20
	add.SetThresholds(0, 0.5)
	withRescorer(t, add, func() {
		_, fs := a.find(below)
		found := false
		for _, f := range fs {
			if f.Type == PERSON && f.Text == "李白" {
				found = strings.Contains(f.Evidence, "rescored")
			}
		}
		if !found {
			t.Errorf("%q: 李白 not added from below the threshold (%v)", below, fs)
		}
	})
}

// TrainSpanRescorer learns from whole spans: trained on sentences where a
// dictionary word gojieba tags as a name is no name and others where such
// words are names, it rates a new sentence's word lower than a new name.
func TestTrainSpanRescorerLearns(t *testing.T) {
	seg := testSeg(t)
	gold := func(text, name string) NERSentence {
		s := NERSentence{Text: text}
		if name != "" {
			i := strings.Index(text, name)
			s.Gold = []Span{{Type: PERSON, Start: i, End: i + len(name)}}
		}
		return s
	}
	var sents []NERSentence
	for _, w := range []string{"他们再次摘得桂冠。", "这支队伍夺得桂冠。", "新人一举夺得桂冠。", "大家陶醉在美景中。", "游客陶醉在歌声里。", "孩子们陶醉在故事里。"} {
		sents = append(sents, gold(w, ""))
	}
	for _, n := range []string{"张建国", "李建华", "王建平"} {
		sents = append(sents, gold("昨天"+n+"来到村里。", n), gold("后来"+n+"回到家乡。", n))
	}
	m := TrainSpanRescorer(seg, sents, 8)
	p := func(text, span string) float32 {
		tt := newTokText(seg, text)
		i := strings.Index(text, span)
		s, e := tt.runeAt(i), tt.runeAt(i+len(span))
		for _, c := range scorePersons(tt) {
			if c.Start == i && c.End == i+len(span) {
				return prob(m.w, rescoreFeatures(tt, s, e, c.Evidence, c.Score, nil, m.bits))
			}
		}
		t.Skipf("%q: %q is no rule candidate", text, span)
		return 0
	}
	if pw, pn := p("她们终于夺得桂冠。", "桂冠"), p("上午张建国来到乡里。", "张建国"); !(pw < 0.5 && pn > 0.5) {
		t.Errorf("p(桂冠) = %.2f, p(张建国) = %.2f: want the word below 0.5 and the name above", pw, pn)
	}
}

// A good given-name character glued to a grammatical one (孙致|真的) ends
// the name: the three-character name is found, not its first two.
func TestThirdGivenCharacter(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	text := "了解孙致真的人都知道他。"
	got := personsIn(t, a, text)
	if !got["孙致真"] || got["孙致"] {
		t.Errorf("%q: got %v, want 孙致真", text, got)
	}
}

// A candidate just below the rules' threshold joined to a found name by a
// conjunction is a name; alone it is not.
func TestCoordinatedNames(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	withRescorer(t, nil, func() {
		if got := personsIn(t, a, "老指挥华清和李培华等人发了言。"); !got["华清"] || !got["李培华"] {
			t.Errorf("coordinated: got %v, want 华清 and 李培华", got)
		}
		if got := personsIn(t, a, "老指挥华清的学生都来了。"); got["华清"] {
			t.Errorf("alone: 华清 found (%v)", got)
		}
	})
}
