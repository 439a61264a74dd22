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
