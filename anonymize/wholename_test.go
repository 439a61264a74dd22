package anonymize

import (
	"strings"
	"testing"
)

// TestWholeNames: names that a recognizer used to mask only in part, or
// not at all, in text of our own writing. A part left readable (马 of 马家村,
// 五里 of 五里墩村, 兰大 after 兰州大学) is a leak; an ordinary phrase swallowed
// into a name (市政府多次) is damage.
func TestWholeNames(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	paras := []string{
		"马家村、柳树湾村通过合作社带动农户增收，户均增收3000余元。",
		"小屯村、王家庄村、五里墩村入选省级美丽乡村。",
		"积极对接兰州大学，与兰大共建实验室1个。",
		"张掖市委、市政府多次给予肯定。",
		"经办人身份证号：622223199001011234，编号110105194912310021。",
	}
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	got := strings.Join(out, "\n")
	for _, s := range []string{"马家", "家村", "五里", "墩村", "兰大", "兰州", "张掖", "622223199001011234"} {
		if strings.Contains(got, s) {
			t.Errorf("%q survived masking:\n%s", s, got)
		}
	}
	for _, s := range []string{"市政府多次给予肯定", "编号110105194912310021"} {
		if !strings.Contains(got, s) {
			t.Errorf("%q was masked:\n%s", s, got)
		}
	}
}
