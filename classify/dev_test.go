package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huibao/classify/devset"
	"huibao/segment"
)

// needShared returns ../shared/data/reports-dev, skipping the test when it
// is absent (failing under CI=true).
func needShared(t testing.TB) string {
	t.Helper()
	dir := devset.Find()
	if dir == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("../shared/data/reports-dev not found (required under CI=true)")
		}
		t.Skip("../shared/data/reports-dev not found")
	}
	return dir
}

func loadDev(t testing.TB) []devset.Doc {
	docs, err := devset.Load(needShared(t))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestHoldoutAccuracy is the honest figure: each reports-dev document is
// labelled by a model trained without it. The threshold is what was
// measured (97.5%, 158/162 after round classify4's rules; 157/162 after
// round classify3's, which were partly prompted by these documents'
// misses; 154/162 before them).
func TestHoldoutAccuracy(t *testing.T) {
	docs := loadDev(t)
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := EvaluateHoldout(seg, docs, nil, DefaultWeights)
	t.Log("\n" + e.Report(true))
	if e.Right < 158 {
		t.Errorf("held-out paragraph accuracy %d/%d = %.3f below the measured 158/162", e.Right, e.Total, e.Accuracy())
	}
	if len(e.Unfound) > 0 {
		t.Errorf("gold paragraphs not found: %v", e.Unfound)
	}
	if e.DocTypes < 22 {
		t.Errorf("document type right for %d/%d", e.DocTypes, e.DocTypesTotal)
	}
}

// TestHoldoutWithoutHeadings measures content alone: every heading line
// of reports-dev is removed before the leave-one-document-out run, as in
// reports whose headings are missing or say nothing (measured 143/154
// after round classify4's rules, 138/154 at its start, 133/154 before
// round classify3; single fits gave 133-138 by the order in which they
// visited the examples).
func TestHoldoutWithoutHeadings(t *testing.T) {
	docs := StripHeadings(loadDev(t))
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := EvaluateHoldout(seg, docs, nil, DefaultWeights)
	t.Logf("headings stripped: %d/%d", e.Right, e.Total)
	if e.Right < 143 {
		t.Errorf("held-out accuracy without headings %d/%d below the measured 143", e.Right, e.Total)
	}
}

// TestExampleSections is issue 2's acceptance: the three sections of the
// example report.
func TestExampleSections(t *testing.T) {
	dir := needShared(t)
	b, err := os.ReadFile(filepath.Join(dir, "..", "..", "examples", "talent-work-briefing.txt"))
	if err != nil {
		t.Skip(err)
	}
	in := Lines(string(b))
	a := Analyze(in)
	cat := ""
	checked := 0
	for i, p := range in {
		switch {
		case strings.HasPrefix(p.Text, "一、"):
			cat = Achievement
		case strings.HasPrefix(p.Text, "二、"):
			cat = Problem
		case strings.HasPrefix(p.Text, "三、"):
			cat = Plan
		}
		if cat != "" && a.Results[i].Role == RoleBody {
			checked++
			if a.Results[i].Category != cat {
				t.Errorf("paragraph %d: %s, want %s", i, a.Results[i].Category, cat)
			}
		}
	}
	if checked < 12 {
		t.Errorf("only %d section paragraphs checked", checked)
	}
}

// TestModelHoldsNoNames checks that no identifying string of the
// development set or the example reached the shipped model.
func TestModelHoldsNoNames(t *testing.T) {
	docs := loadDev(t)
	m := Shipped()
	if m == nil || len(m.Weights) < 300 {
		t.Fatal("shipped model missing or tiny")
	}
	names := []string{"喻俊志", "彭雄奇", "金成机械", "高洁建材", "金藤甘薯", "上海交通大学", "上海交大", "山科大", "酷乐文行"}
	for _, d := range docs {
		names = append(names, d.Gold.MustMask...)
	}
	for tok := range m.Weights {
		for _, n := range names {
			if len([]rune(n)) >= 2 && strings.Contains(tok, n) {
				t.Errorf("model token %q holds the name %q", tok, n)
			}
		}
	}
}

// TestContentModel measures the token model alone on reports-dev body
// paragraphs, held out per document: the logistic regression must keep
// what was measured (79/128) and beat naive Bayes on the same tokens.
func TestContentModel(t *testing.T) {
	docs := loadDev(t)
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	lr := EvaluateContent(seg, docs, TrainDefault)
	nb := EvaluateContent(seg, docs, func(ex []Example) *Model { return Train(ex, MinDocs) })
	t.Logf("content only: logistic %d/%d, naive Bayes %d/%d", lr.Right, lr.Total, nb.Right, nb.Total)
	if lr.Right < 79 {
		t.Errorf("logistic content accuracy %d/%d below the measured 79", lr.Right, lr.Total)
	}
	if lr.Right <= nb.Right {
		t.Errorf("logistic %d not above naive Bayes %d", lr.Right, nb.Right)
	}
}
