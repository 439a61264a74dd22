package report

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir finds ../shared beside the repository root, or skips (fails
// under CI, where it must exist); benchmarks use it too.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
	s := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(s); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared is missing under CI: %v", err)
		}
		t.Skipf("../shared not present (%v); skipping tests on the example report", err)
	}
	return s
}

// TestExampleAcceptance is the foundation issue's acceptance on the example
// report in all three formats.
func TestExampleAcceptance(t *testing.T) {
	ex := filepath.Join(sharedDir(t), "examples")
	for _, ext := range []string{"txt", "docx", "pdf"} {
		t.Run(ext, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(ex, "talent-work-briefing."+ext))
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Analyze(context.Background(), "talent-work-briefing."+ext, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			out, _ := json.Marshal(rep)
			for _, s := range []string{"酷乐文行", "仅供学习", "会员群", "订阅", "QQ206157060",
				"喻俊志", "彭雄奇", "金成机械有限公司", "高洁建材有限公司", "金藤甘薯研究院", "上海交通大学", "上海交大", "山科大"} {
				if bytes.Contains(out, []byte(s)) {
					t.Errorf("output contains %q", s)
				}
			}
			if rep.Source.Format != ext || rep.Source.SHA256 == "" || rep.Source.Bytes != int64(len(data)) {
				t.Errorf("source = %+v", rep.Source)
			}
			if rep.Title == "" || rep.Text == "" {
				t.Errorf("title %q, text %d bytes", rep.Title, len(rep.Text))
			}
			// The three sections are classified by their headings.
			want := map[string]string{"一、主要工作成效": "achievement", "二、存在问题": "problem", "三、下步工作计划": "plan"}
			section := ""
			seen := map[string]int{}
			for _, p := range rep.Paragraphs {
				if c, ok := want[p.Text]; ok {
					section = c
					if !p.Heading {
						t.Errorf("%q not marked as a heading", p.Text)
					}
				}
				if section != "" {
					seen[section]++
					if p.Category != section {
						t.Errorf("paragraph %d (%.20s…) is %s, want %s", p.Index, p.Text, p.Category, section)
					}
				}
			}
			if seen["achievement"] < 4 || seen["problem"] < 4 || seen["plan"] < 7 {
				t.Errorf("sections not all found: %v", seen)
			}
			type qwant struct {
				text   string
				value  float64
				unit   string
				approx bool
				masked bool
			}
			for _, w := range []qwant{{"10多名", 10, "名", true, false}, {"两家", 2, "家", false, false}, {"×万元", 0, "万元", false, true}, {"×余次", 0, "次", true, true}} {
				found := false
				for _, q := range rep.Quantities {
					if q.Text != w.text {
						continue
					}
					found = true
					if q.Unit != w.unit || q.Approx != w.approx || q.Masked != w.masked ||
						(w.masked && q.Value != nil) || (!w.masked && (q.Value == nil || *q.Value != w.value)) {
						t.Errorf("quantity %s read as %+v", w.text, q.Quantity)
					}
				}
				if !found {
					t.Errorf("quantity %s not found", w.text)
				}
			}
			if rep.Audit != nil {
				t.Error("audit present without being asked for")
			}
		})
	}
}

func TestAuditOnRequest(t *testing.T) {
	text := "关于产业工作的汇报\n县委书记张建国同志到青禾农业科技有限公司调研，联系电话13912345678。\n"
	rep, err := Analyze(context.Background(), "a.txt", []byte(text), Options{Audit: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, a := range rep.Audit {
		got[a.Text] = true
		if a.Placeholder == "" || a.Type == "" {
			t.Errorf("incomplete audit entry %+v", a)
		}
	}
	for _, s := range []string{"张建国", "青禾农业科技有限公司", "13912345678"} {
		if !got[s] {
			t.Errorf("audit lacks %q: %+v", s, rep.Audit)
		}
		if strings.Contains(rep.Text, s) {
			t.Errorf("text keeps %q", s)
		}
	}
}

// TestBadInput: each bad file yields an error code and a message that names
// the (de-identified) file and, where the format is the problem, the
// supported formats; never a panic.
func TestBadInput(t *testing.T) {
	var notDocx bytes.Buffer
	zw := zip.NewWriter(&notDocx)
	w, _ := zw.Create("photos/readme.txt")
	w.Write([]byte("not a word document"))
	zw.Close()
	pdf, err := os.ReadFile(filepath.Join(sharedDir(t), "examples", "talent-work-briefing.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i/3)
	}
	cases := []struct {
		name, code string
		data       []byte
	}{
		{"empty.txt", "empty", nil},
		{"random.bin", "unsupported_format", random},
		{"renamed.docx", "unsupported_format", notDocx.Bytes()},
		{"truncated.pdf", "", pdf[:len(pdf)/3]},
		{"张建国的报告.pdf", "", []byte("%PDF-1.7\n1 0 obj garbage")},
	}
	for _, c := range cases {
		rep, err := Analyze(context.Background(), c.name, c.data, Options{})
		var e *Error
		if !errors.As(err, &e) || rep.Error == nil {
			t.Errorf("%s: no error (%v)", c.name, err)
			continue
		}
		if c.code != "" && e.Code != c.code {
			t.Errorf("%s: code %s, want %s", c.name, e.Code, c.code)
		}
		if !strings.Contains(e.Message, rep.Source.Name) {
			t.Errorf("%s: message %q does not name the file %q", c.name, e.Message, rep.Source.Name)
		}
		if strings.Contains(e.Message, "张建国") || strings.Contains(rep.Source.Name, "张建国") {
			t.Errorf("%s: the error leaks the name: %q", c.name, e.Message)
		}
		if c.code == "unsupported_format" && !strings.Contains(e.Message, "docx") {
			t.Errorf("%s: message does not list the supported formats: %q", c.name, e.Message)
		}
	}
}
