package anonymize

import (
	"bytes"
	"strings"
	"testing"
)

// spanAdded returns the findings of text that the span tagger added.
func spanAdded(t *testing.T, text string) []Finding {
	t.Helper()
	_, fs := testAnonymizer(t).find(text)
	var out []Finding
	for _, f := range fs {
		if strings.HasPrefix(f.Evidence, "span tagger ") {
			out = append(out, f)
		}
	}
	return out
}

// testAnonymizer is an anonymizer with the default policy over the shared
// segmenter.
func testAnonymizer(t *testing.T) *Anonymizer {
	t.Helper()
	return New(testSeg(t), nil, "")
}

func TestSpanModelLoads(t *testing.T) {
	st := currentSpan()
	if st == nil || st.m == nil {
		t.Fatal("the embedded span model did not load")
	}
	if len(spanModelData) > 2<<20 {
		t.Errorf("span model is %d bytes, want < 2 MB", len(spanModelData))
	}
	// the file holds hashed weights only and round-trips
	m, err := ReadSpanTagger(bytes.NewReader(spanModelData))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadSpanTagger(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m2.m.bits != m.m.bits || m2.Bias() != m.Bias() || m2.m.trans != m.m.trans {
		t.Fatal("model header changed in a round trip")
	}
	diff := 0
	for i := range m.m.q {
		if d := int(m.m.q[i]) - int(m2.m.q[i]); d > 1 || d < -1 {
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("%d weights moved by more than one step in a round trip", diff)
	}
	if _, err := ReadSpanTagger(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("a corrupt model was read")
	}
}

// TestSpanTaggerAdds: names of kinds the rules miss, in sentences of our
// own writing, are masked only with the span tagger at work.
func TestSpanTaggerAdds(t *testing.T) {
	a := testAnonymizer(t)
	cases := []struct{ text, name string }{
		{"松涛小院民宿入选省级精品民宿。", "松涛小院"},
		// (槐坪一级公路 is now the rules' own: transit18b reads 槐 and 坪 as the short forms of a line's ends)
		{"推进槐树坪一级公路建设，年内完成路基工程。", "槐树坪一级公路"},
		{"翠竹人家和鹿鸣山居两家民宿被评为三星级。", "翠竹人家"},
	}
	for _, c := range cases {
		restore := UseSpanTagger(nil, 0, 0, 0)
		_, without := a.find(c.text)
		restore()
		if covered(without, c.text, c.name) {
			t.Errorf("the rules alone mask %s in %q: pick a case they miss", c.name, c.text)
			continue
		}
		_, with := a.find(c.text)
		if !covered(with, c.text, c.name) {
			t.Errorf("span tagger missed %s in %q: %+v", c.name, c.text, with)
		}
	}
}

// covered reports whether the findings cover every byte of name in text.
func covered(fs []Finding, text, name string) bool {
	i := strings.Index(text, name)
	if i < 0 {
		return false
	}
	for b := i; b < i+len(name); b++ {
		in := false
		for _, f := range fs {
			if f.Start <= b && b < f.End {
				in = true
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// TestSpanTaggerKeepsOrdinary: ordinary report phrases with place and
// body words get no span.
func TestSpanTaggerKeepsOrdinary(t *testing.T) {
	for _, text := range []string{
		"全县新增高标准农田三万亩，精品民宿十二家。",
		"乡镇污水处理厂全部建成投用。",
		"推动农贸市场提档升级，规范农村集贸市场管理。",
		"全国文明城市创建工作扎实推进，中国特色社会主义制度优势进一步彰显。",
		"加快建设四好农村路，旅游公路新增六十公里。",
		"我们召开了专题会议，研究部署安全生产工作。",
	} {
		if got := spanAdded(t, text); len(got) > 0 {
			t.Errorf("span tagger added %v in %q", got, text)
		}
	}
}

// TestSpanGuards: the guards reject one character, national terms,
// punctuation inside a span and connectives at its edges.
func TestSpanGuards(t *testing.T) {
	seg := testSeg(t)
	st := &spanState{sure: 0}
	tt := newTokText(seg, "中国和“云栖”民宿在槐安至柳溪")
	rs := tt.runes
	idx := func(s string) int { return strings.Index(string(rs), s) }
	at := func(s string) (int, int) {
		i := len([]rune(string(rs)[:idx(s)]))
		return i, i + len([]rune(s))
	}
	if s, e := at("中国"); true {
		if _, ok := spanFinding(tt, s, e, 200, st); ok {
			t.Error("a national term became a span")
		}
		if _, ok := spanFinding(tt, s, s+1, 200, st); ok {
			t.Error("a span of one character was added")
		}
	}
	if s, e := at("云栖”民宿"); true {
		if _, ok := spanFinding(tt, s, e, 200, st); ok {
			t.Error("a span with a quote inside was added")
		}
	}
	s, e := at("槐安至")
	if s2, e2 := trimSpan(tt, s, e); s2 != s || e2 != e-1 {
		t.Errorf("trimSpan kept the connective: %d..%d of %d..%d", s2, e2, s, e)
	}
	if f, ok := spanFinding(tt, s, e-1, 200, st); ok && !strings.HasPrefix(f.Evidence, "span tagger ") {
		t.Errorf("evidence %q does not name the span tagger", f.Evidence)
	}
}

// TestTrainSpanTagger: a tagger trained on a few sentences of our own
// writing finds a name of the trained kind in a new sentence.
func TestTrainSpanTagger(t *testing.T) {
	a := testAnonymizer(t)
	stems := []string{"青杠", "白鹤", "石笋", "红岩", "松坪", "竹溪", "花桥", "梨园", "云台", "金竹"}
	var texts []SpanTrainText
	for i, s := range stems {
		for _, fr := range []string{"完成%s人家提质改造。", "游客在%s人家用餐。", "今年%s人家接待游客三千人次。"} {
			text := strings.Replace(fr, "%s", s, 1)
			texts = append(texts, SpanTrainText{Text: text, Names: []string{s + "人家"}, Copies: i % 2})
		}
	}
	m, st := TrainSpanTagger(a, texts, SpanTraining{Epochs: 4, Seed: 1, RuleDropout: true})
	if st.Texts != len(texts) || st.Spans == 0 {
		t.Fatalf("read %d of %d texts, %d spans", st.Texts, len(texts), st.Spans)
	}
	tt := newTokText(a.seg, "完成桃坞人家提质改造。")
	sc := &spanScratch{}
	spans := tagSpans(m.m, tt, nil, sc, nil)
	found := false
	for _, sp := range spans {
		if tt.sub(sp.s, sp.e) == "桃坞人家" {
			found = true
		}
	}
	if !found {
		t.Errorf("trained tagger did not find 桃坞人家: %v", spans)
	}
}
