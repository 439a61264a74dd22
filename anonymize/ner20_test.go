package anonymize

import (
	"strings"
	"testing"
)

// strictMasked20 masks paras under the strict policy, as eval ner does.
func strictMasked20(t *testing.T, paras []string) string {
	t.Helper()
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	return strings.Join(out, "\n")
}

// TestNationalMassStrict20: late19k keeps the national people's
// organizations readable under the default policy (TestNationalMass19k);
// under the strict policy they are masked whole like a ministry, not cut
// to their 中国 (中国|残联) or left readable (中国作协).
func TestNationalMassStrict20(t *testing.T) {
	got := strictMasked20(t, []string{"这个助残项目由省卫生厅和中国残联共同发起。"})
	checkMasked(t, got, []string{"残联"}, nil)
	got = strictMasked20(t, []string{"中国作协和县文化馆的负责人一同参观了新馆。"})
	checkMasked(t, got, []string{"作协"}, nil)
	// the default policy still keeps them
	got = maskedText(t, []string{"这个助残项目由省卫生厅和中国残联共同发起。"})
	checkMasked(t, got, nil, []string{"中国残联"})
}

// Round ner20 (ner20.go): persons of news text masked under another type
// or found by no rule, and spans of a person's shape that are no name.
// Each class has two sentences of our own that fail without its rule.
func TestNer20(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// japaneseMura20: a Japanese name in 村 read as a village
		{"武村正义说，双方将继续加强经贸合作。", []string{"PERSON:武村正义"}, []string{"LOCATION:武村"}},
		{"武村正义一行今天上午参观了开发区。", []string{"PERSON:武村正义"}, []string{"LOCATION:武村"}},
		// reportedSubject20: a news subject after a reporting phrase
		{"据报道，金正日当天视察了一家纺织厂。", []string{"PERSON:金正日"}, nil},
		{"据了解，朱力行已经完成了全部实验。", []string{"PERSON:朱力行"}, nil},
		// dynasty20: dynasties read as names
		{"这一带先后归属辽朝、金朝和元朝管辖。", nil, []string{"PERSON:金朝"}},
		{"女真人建立的金朝定都于此。", nil, []string{"PERSON:金朝"}},
		// countedThing20: plants counted by their measure word
		{"园内种有三千多株苏铁。", nil, []string{"PERSON:苏铁"}},
		{"公园新栽了二百株苏铁和一批桂花。", nil, []string{"PERSON:苏铁"}},
		// bodyTail20: a body's short form repeated alone
		{"国家杜马今天再次表决，杜马议会党团领导人随后发表声明。", []string{"ORG:杜马"}, []string{"PERSON:杜马"}},
		{"国家杜马昨天开会，会后杜马议会党团发表了声明。", []string{"ORG:杜马"}, []string{"PERSON:杜马"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}
