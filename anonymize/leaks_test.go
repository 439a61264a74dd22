package anonymize

import (
	"strings"
	"testing"
)

// maskedText runs one document through Analyze and returns its paragraphs
// joined after redaction.
func maskedText(t *testing.T, paras []string) string {
	t.Helper()
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	return strings.Join(out, "\n")
}

// checkMasked fails for every leak (a string that must be gone) and every
// lost phrase (a string that must stay).
func checkMasked(t *testing.T, got string, leaks, keep []string) {
	t.Helper()
	for _, s := range leaks {
		if strings.Contains(got, s) {
			t.Errorf("%q survived masking:\n%s", s, got)
		}
	}
	for _, s := range keep {
		if !strings.Contains(got, s) {
			t.Errorf("%q was masked:\n%s", s, got)
		}
	}
}

// TestPlaceCutByGojieba: a town whose suffix gojieba glued to the next
// village's head (肇兴|镇堂|安村) is masked whole, and so is the village
// with its head; a preposition between two places (至) belongs to neither.
func TestPlaceCutByGojieba(t *testing.T) {
	got := maskedText(t, []string{
		"肇兴镇堂安村新建人饮工程2处，受益群众800余人。",
		"德隆乡上劳村完成示范村建设。",
		"新修坡月村至百魔洞旅游公路5公里。",
	})
	checkMasked(t, got, []string{"肇兴", "镇堂", "堂安", "德隆", "乡上", "上劳", "百魔洞"},
		[]string{"新建人饮工程", "至〔", "旅游公路"})
}

// TestWorkshopNames: a workshop or shop word (电子厂, 砖厂, 服饰店) after a
// made-up name is a company, and a company whose name gojieba cut into
// single characters before its kind words (润|丰|种业) is masked with them;
// 新建停车场 is a car park, and the phrase before a company is not its name.
func TestWorkshopNames(t *testing.T) {
	got := maskedText(t, []string{
		"查处宏旺电子厂、鑫达砖厂违法排污案件2起。",
		"培育巴桑民族服饰店等诚信示范店12家。",
		"金穗农机有限公司、润丰种业股份有限公司获评龙头企业。",
		"争取资金300万元，新建停车场2处，帮扶项目青禾家庭农场扩建完成。",
	})
	checkMasked(t, got, []string{"宏旺", "鑫达", "巴桑", "润丰", "青禾", "金穗"},
		[]string{"违法排污", "新建停车场2处", "帮扶项目〔", "诚信示范店", "获评龙头企业"})
}
