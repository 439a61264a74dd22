package anonymize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huibao/segment"
)

func testSeg(t testing.TB) *segment.Segmenter {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatalf("segmenter: %v", err)
	}
	return seg
}

// analyzeLines runs the anonymizer on a text, one paragraph per line, and
// returns the masked text and the redaction.
func analyzeLines(t testing.TB, a *Anonymizer, text string, extra ...string) (string, *Redaction) {
	lines := strings.Split(text, "\n")
	red := a.Analyze(lines, extra...)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = red.Apply(l)
	}
	return strings.Join(out, "\n"), red
}

func TestBriefingFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		t.Fatal(err)
	}
	a := New(testSeg(t), nil, Placeholder)
	out, red := analyzeLines(t, a, string(b), "张建国的汇报")
	for _, s := range []string{"张建国", "李文涛", "王海峰", "王书记", "丰禾食品有限公司", "丰禾", "南湖农业大学", "南湖农大",
		"绿源果蔬专业合作社", "白沙镇", "石桥村", "青石县", "青石", "赵 敏", "13812345678", "zhaomin@example.com", "123456789"} {
		if strings.Contains(out, s) {
			t.Errorf("%q survived masking", s)
		}
	}
	for _, s := range []string{"习近平新时代中国特色社会主义思想", "县人民医院", "县统计局", "省科技厅", "高新技术企业", "荣获", "申报", "力争",
		"院士工作站", "县委", "县政府", "乡村振兴", "农业农村局"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q was masked; want it kept", s)
		}
	}
	if got := red.Apply("张建国的汇报.docx"); strings.Contains(got, "张建国") {
		t.Errorf("file name not masked: %q", got)
	}
	// consistent placeholders: the same person gets the same one everywhere
	p := red.Apply("李文涛")
	if strings.Count(out, p) < 1 || !strings.HasPrefix(p, "〔人名") {
		t.Errorf("placeholder for a person = %q", p)
	}
	for _, e := range red.Entities() {
		if e.Placeholder == "" || e.Count < 1 {
			t.Errorf("entity %+v: want a placeholder and a count", e)
		}
	}
	// audit carries evidence for every entry
	for _, au := range red.Audit() {
		if au.Evidence == "" {
			t.Errorf("audit entry %q has no evidence", au.Text)
		}
	}
}

func TestStrictMasksGenericBodies(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	out, _ := analyzeLines(t, a, "县人民医院和北京大学的专家到中国各地调研。")
	for _, s := range []string{"北京大学", "北京"} {
		if strings.Contains(out, s) {
			t.Errorf("strict: %q survived: %s", s, out)
		}
	}
	d := New(testSeg(t), DefaultPolicy(), Placeholder)
	out, _ = analyzeLines(t, d, "县人民医院和北京大学的专家到中国各地调研。")
	if !strings.Contains(out, "中国") || strings.Contains(out, "北京大学") {
		t.Errorf("default: %s", out)
	}
}

// repoShared finds ../shared next to the repository root (the directory
// holding go.mod).
func repoShared(t testing.TB) string {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// needShared returns the path of a file under ../shared, skipping the test
// when it is absent (failing under CI=true).
func needShared(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(repoShared(t), rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing (CI=true): the shared data must be beside the repository", p)
		}
		t.Skipf("%s not found: shared data absent", p)
	}
	return p
}

func TestExampleReport(t *testing.T) {
	p := needShared(t, "examples/talent-work-briefing.txt")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, string(b), "talent-work-briefing")
	for _, s := range []string{"喻俊志", "彭雄奇", "金成机械有限公司", "高洁建材有限公司", "金藤甘薯研究院", "上海交通大学", "上海交大", "山科大", "206157060"} {
		if strings.Contains(out, s) {
			t.Errorf("%q survived masking", s)
		}
	}
	for _, s := range []string{"荣获", "申报", "力争", "高新技术企业", "院士工作站", "省科技厅", "县政府"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q was masked", s)
		}
	}
}
