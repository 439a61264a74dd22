package anonymize

import "testing"

// Round ner21 (ner21.go): ordinary words that gojieba's dictionary tags
// nr, used as words by their frame, are no persons; names of the same
// shape in news frames stay masked. Each frame has sentences of our own
// that fail without its rule.
func TestNer21(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// an adverb of degree or repetition before it
		{"这位老将又卫冕成功。", nil, []string{"PERSON:卫冕"}},
		// a causative before it
		{"琴声悠扬，令人陶冶其中。", nil, []string{"PERSON:陶冶"}},
		// a verb whose object is a thing, also inside a token gojieba
		// made up (二不洗, 三夺)
		{"周末他常去城里洗桑拿。", nil, []string{"PERSON:桑拿"}},
		{"老人们在广场上煮汤圆。", nil, []string{"PERSON:汤圆"}},
		{"这支老牌球队三夺桂冠。", nil, []string{"PERSON:桂冠"}},
		// a measure word or pronoun of events or kinds before it
		{"午后下了一场雷雨。", nil, []string{"PERSON:雷雨"}},
		{"远处传来一阵雷鸣。", nil, []string{"PERSON:雷鸣"}},
		{"礼品店里摆着各式贺卡。", nil, []string{"PERSON:贺卡"}},
		// 着 after it
		{"这家茶馆的茶客们陶醉着，久久不愿离去。", nil, []string{"PERSON:陶醉"}},
		// names of the same shape in news frames stay masked
		{"在昨天的比赛中，雷鸣率队获胜。", []string{"PERSON:雷鸣"}, nil},
		{"记者采访了汤圆，她说今年收成很好。", []string{"PERSON:汤圆"}, nil},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
	// a word in a frame that is a speaker elsewhere in the text stays a
	// person at both places
	n := 0
	for _, g := range findingsOf(t, a, "汤圆说，他每年冬至都要煮汤圆。") {
		if g == "PERSON:汤圆" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("汤圆说，他每年冬至都要煮汤圆。: want PERSON:汤圆 twice, got %d", n)
	}
}
