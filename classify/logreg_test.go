package classify

import (
	"strings"
	"testing"
)

// TestTrainLogisticSeparates checks that the logistic regression learns
// tokens that tell the classes apart, drops tokens of a single document,
// and trains the same model twice from the same examples.
func TestTrainLogisticSeparates(t *testing.T) {
	var ex []Example
	docs := []string{"a", "b", "c"}
	for i := 0; i < 12; i++ {
		d := docs[i%3]
		ex = append(ex,
			Example{Doc: d, Category: Achievement, Tokens: []string{"完成", "#NUM", "建成"}},
			Example{Doc: d, Category: Problem, Tokens: []string{"不足", "薄弱", "存在"}},
			Example{Doc: d, Category: Plan, Tokens: []string{"力争", "将", "加快"}},
			Example{Doc: d, Category: Other, Tokens: []string{"会议", "召开", "出席"}},
		)
	}
	ex = append(ex, Example{Doc: "a", Category: Other, Tokens: []string{"张三"}})
	m := TrainLogistic(ex, 2, DefaultLogistic)
	if m.Kind != KindLogistic || m.Docs != 3 {
		t.Fatalf("kind %q docs %d", m.Kind, m.Docs)
	}
	if _, ok := m.Weights["张三"]; ok {
		t.Error("a token of one document reached the model")
	}
	for _, c := range []struct {
		toks []string
		want string
	}{{[]string{"建成", "#NUM"}, Achievement}, {[]string{"薄弱"}, Problem}, {[]string{"力争", "加快"}, Plan}, {[]string{"召开"}, Other}} {
		s, n := m.Score(c.toks)
		if n == 0 {
			t.Fatalf("%v: no known token", c.toks)
		}
		got, _ := pick(s)
		if got != c.want {
			t.Errorf("%v: %s, want %s (%v)", c.toks, got, c.want, s)
		}
	}
	m2 := TrainLogistic(ex, 2, DefaultLogistic)
	b1, _ := m.MarshalIndent()
	b2, _ := m2.MarshalIndent()
	if string(b1) != string(b2) {
		t.Error("training is not deterministic")
	}
}

func TestParagraphFeatures(t *testing.T) {
	has := func(fs []string, f string) bool {
		for _, x := range fs {
			if x == f {
				return true
			}
		}
		return false
	}
	fs := ParagraphFeatures("今年新建厂房3座，累计投入资金1200万元。力争明年全部投产。", nil)
	for _, f := range []string{"#PAST", "#START:力争", "#FUT", "#NUMS:1"} {
		if !has(fs, f) {
			t.Errorf("missing %s in %v", f, fs)
		}
	}
	fs = ParagraphFeatures("“今年的工作成效明显，群众很满意，大家的干劲也越来越足了。”镇长李四在会上说。", nil)
	for _, f := range []string{"#QUOTE", "#NEWS"} {
		if !has(fs, f) {
			t.Errorf("missing %s in %v", f, fs)
		}
	}
	if has(fs, "#FUT") {
		t.Errorf("a quotation is no plan: %v", fs)
	}
	fs = ParagraphFeatures("2024年是全面实施规划的关键之年：", nil)
	for _, f := range []string{"#YEARLEAD", "#COLON", "#SHORT"} {
		if !has(fs, f) {
			t.Errorf("missing %s in %v", f, fs)
		}
	}
	if fs := ParagraphFeatures("", nil); len(fs) != 1 || fs[0] != "#SHORT" {
		t.Errorf("empty text: %v", fs)
	}
}

// TestAchievementCueYieldsToTargets: a perfective cue speaks for
// achievement, but a growth figure inside a target stays a plan.
func TestAchievementCueYieldsToTargets(t *testing.T) {
	in := Lines("关于全镇工作情况的汇报\n目前，全镇已建成村级服务中心12个，集体经济收入同比增长15%。\n今年的目标任务是：地区生产总值预计比上年增长6%，新建村级服务中心5个。")
	a := Analyze(in)
	if got := a.Results[1].Category; got != Achievement {
		t.Errorf("perfective paragraph: %s %v", got, a.Results[1].Evidence)
	}
	if !hasPrefix(a.Results[1].Evidence, "cue:") {
		t.Errorf("no cue in %v", a.Results[1].Evidence)
	}
	if got := a.Results[2].Category; got != Plan {
		t.Errorf("target paragraph: %s %v", got, a.Results[2].Evidence)
	}
	for _, e := range a.Results[2].Evidence {
		if strings.Contains(e, "比上年增长") {
			t.Errorf("a target's growth figure counted as achievement: %v", a.Results[2].Evidence)
		}
	}
}

// TestRecommendationInProblemSection: a recommendation under a problem
// heading is a plan; the problem it follows stays a problem.
func TestRecommendationInProblemSection(t *testing.T) {
	in := Lines("关于农村供水工程管护情况的调研报告\n一、存在的主要问题\n部分供水工程建成后无人管护，设施老化严重，群众反映强烈。\n建议县财政每年安排管护专项资金，由乡镇落实专人负责日常维护。")
	a := Analyze(in)
	if got := a.Results[2].Category; got != Problem {
		t.Errorf("problem paragraph: %s %v", got, a.Results[2].Evidence)
	}
	if got := a.Results[3].Category; got != Plan || !hasPrefix(a.Results[3].Evidence, "recommendation:") {
		t.Errorf("recommendation: %s %v", got, a.Results[3].Evidence)
	}
}

// TestBagAverages checks that a bagged fit averages fits over other
// example orders: its weights differ from the single fit's, by no more
// than fits of the same data can differ.
func TestBagAverages(t *testing.T) {
	var ex []Example
	for i, d := range []string{"a", "b", "c"} {
		ex = append(ex,
			Example{Doc: d, Category: Achievement, Tokens: []string{"完成", "#NUM", "建成", []string{"累计", "已", "实现"}[i]}},
			Example{Doc: d, Category: Problem, Tokens: []string{"不足", "薄弱", "存在", "#NUM"}},
			Example{Doc: d, Category: Plan, Tokens: []string{"力争", "将", "加快", "#NUM"}},
			Example{Doc: d, Category: Other, Tokens: []string{"会议", "召开", "出席"}})
	}
	p := LogisticParams{L2: 0.0005, Epochs: 5, Rate: 0.3, Balance: 1}
	one := TrainLogistic(ex, 2, p)
	p.Bag = 2
	two := TrainLogistic(ex, 2, p)
	vocab := []string{}
	for t := range one.Weights {
		vocab = append(vocab, t)
	}
	if len(vocab) == 0 {
		t.Fatal("no weights")
	}
	differ := false
	for _, tok := range vocab {
		if one.Weights[tok] != two.Weights[tok] {
			differ = true
		}
	}
	if !differ {
		t.Error("a second order changed no weight: bagging does nothing")
	}
	for _, tok := range vocab {
		for k := 0; k < 4; k++ {
			if d := one.Weights[tok][k] - two.Weights[tok][k]; d > 1 || d < -1 {
				t.Errorf("%s class %d: single %.3f and bagged %.3f too far apart", tok, k, one.Weights[tok][k], two.Weights[tok][k])
			}
		}
	}
}
