package anonymize

import (
	"io"
	"slices"
	"testing"
)

// nerqExtra is made-up news-genre text of our own with names in brackets,
// standing in for the own-writing files train-person takes with -extra.
var nerqExtra = `记者[欧阳振宇]从市交通局获悉，今年新开通公交线路十二条。
来自山东的游客[葛兰芝]在古镇拍下了许多照片。
[欧阳振宇]说，明年还将增加夜班公交。
厂里的老师傅[葛兰芝]把手艺传给了年轻人。`

// Sentences of opt.Extra join every fold's training side and are never
// scored: the pooled gold counts are those of the development sentences
// alone, with and without them; the unseen direction (train on the extra
// sentences only) scores all the test sentences once.
func TestNerqExtraNeverHeldOut(t *testing.T) {
	seg := testSeg(t)
	dev := fixtureSentences(taggerFixture)
	extra := fixtureSentences(nerqExtra)
	gold := 0
	for _, s := range dev {
		gold += len(s.Gold)
	}
	opt := TaggerTraining{Epochs: 4, Features: NoCharBigrams, Modes: []string{"scorer/0.0", "union/0.0"}}
	base, err := CrossValidatePersonTagger(t.Context(), seg, dev, 2, opt, []float32{0}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	opt.Extra = extra
	with, err := CrossValidatePersonTagger(t.Context(), seg, dev, 2, opt, []float32{0}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range []map[string]NERScore{base, with} {
		keys := make([]string, 0, len(res))
		for k, sc := range res {
			keys = append(keys, k)
			if sc.Gold != gold {
				t.Errorf("%s scored %d gold names, the development sentences hold %d", k, sc.Gold, gold)
			}
		}
		slices.Sort(keys)
		if !slices.Equal(keys, []string{"scorer/0.0", "union/0.0"}) {
			t.Errorf("Modes not honoured: %v", keys)
		}
	}
	unseen, err := HoldoutPersonTagger(t.Context(), seg, nil, dev, opt, []float32{0}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if sc := unseen["union/0.0"]; sc.Gold != gold {
		t.Errorf("extra-only run scored %d gold names, want %d", sc.Gold, gold)
	}
	opt.Modes = []string{"union/7.0"}
	if _, err := CrossValidatePersonTagger(t.Context(), seg, dev, 2, opt, []float32{0}, io.Discard); err == nil {
		t.Error("a combination outside the biases tried gave no error")
	}
}

// TrainPersonTagger learns from opt.Extra: a tagger trained on the extra
// sentences alone tags their names, one trained without them has seen
// nothing and tags none of them.
func TestNerqTrainUsesExtra(t *testing.T) {
	seg := testSeg(t)
	extra := fixtureSentences(nerqExtra)
	count := func(m *PersonTagger) int {
		n := 0
		for _, s := range extra {
			tt := newTokText(seg, s.Text)
			labels := m.tag(tt, scorePersons(tt), 0)
			for _, g := range s.Gold {
				if a := tt.runeAt(g.Start); labels[a] == tagB {
					n++
				}
			}
		}
		return n
	}
	with := count(TrainPersonTagger(seg, nil, TaggerTraining{Epochs: 10, Features: AllTaggerFeatures, Extra: extra}))
	without := count(TrainPersonTagger(seg, nil, TaggerTraining{Epochs: 10, Features: AllTaggerFeatures}))
	if with < 3 || without != 0 {
		t.Errorf("names tagged in the extra sentences: %d trained with them, %d without (want >= 3 and 0)", with, without)
	}
}

// A country or foreign place that the learned tagger alone reads as a
// name is a place: the guard retypes it and keeps it masked; a name the
// tagger alone finds stays a person.
func TestNerqTaggerForeignPlace(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		text, span string
		want       Type
	}{
		{"秘鲁将开通直达航线，首航定于下月。", "秘鲁", LOCATION},
		{"新西兰将开放更多留学名额。", "新西兰", LOCATION},
		{"葛兰芝将在明天出席开幕式。", "葛兰芝", PERSON},
	} {
		tt := newTokText(seg, c.text)
		f := Finding{Type: PERSON, Text: c.span, Start: 0, End: len(c.span), Evidence: "tagger"}
		out := nerPersonGuard(tt, []Finding{f})
		if len(out) != 1 || out[0].Type != c.want || out[0].Text != c.span {
			t.Errorf("%q: tagger span %q became %+v, want one %v", c.text, c.span, out, c.want)
		}
	}
}

// A country's side that the tagger reads as a name (巴方) becomes a place
// and stays masked under the strict policy; the embedded model trained
// with our own writing no longer reads it as a name at all, so the guard
// is tested on a tagger finding directly.
func TestNerqSideGuard(t *testing.T) {
	seg := testSeg(t)
	text := "谈判陷入僵局，巴方拒绝了这一方案。"
	tt := newTokText(seg, text)
	s := len("谈判陷入僵局，")
	f := Finding{Type: PERSON, Text: "巴方", Start: s, End: s + len("巴方"), Evidence: "tagger"}
	out := nerPersonGuard(tt, []Finding{f})
	if len(out) != 1 || out[0].Type != LOCATION || out[0].Text != "巴方" {
		t.Errorf("tagger span 巴方 became %+v, want one LOCATION", out)
	}
}

// Made-up words read by what stands around them: an unknown word in a
// list of names is a name, one before a landform is a place, one glued to
// 至 before a route word is the route's far end; without that context
// they stay unread.
func TestNerqUnknownWordReadings(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		{"检查组成员朝克图、王秀兰、赵德明，深入各乡镇开展督查。", []string{"PERSON:朝克图"}, nil},
		{"今年将加快嵩岚平原生态修复。", []string{"LOCATION:嵩岚平原"}, nil},
		{"与邻县合作打造凤鸣山至樟坳旅游环线。", []string{"LOCATION:樟坳"}, nil},
		{"两地合作打造灵泉山至杏坡旅游环线。", []string{"LOCATION:杏坡"}, nil},
		// a list with one name found is no list of names
		{"调研组走访了朝克图、王秀兰家。", nil, []string{"PERSON:朝克图"}},
		// ordinary words before a landform stay readable
		{"这里是一望无际的大平原。", nil, []string{"LOCATION:一望无际的大平原"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}
