package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot walks up from the test's directory to the one holding go.mod.
func xRepoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// sharedDir returns ../shared/REL beside the repository, skipping the test
// when it is absent (failing under CI, where it must be there).
func xSharedDir(t testing.TB, rel string) string {
	p := filepath.Join(xRepoRoot(t), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing under CI", p)
		}
		t.Skipf("%s not present: %v", p, err)
	}
	return p
}

func TestRatio(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"abcd", "abcd", 1},
		{"abcd", "", 0},
		{"abcd", "bcde", 0.75},
		// difflib: SequenceMatcher(None, "abxcd", "abcd").ratio() == 8/9
		{"abxcd", "abcd", 8.0 / 9},
		// difflib takes the longest block first: "qabxcd" vs "abycdf"
		// matches "ab" and "cd", ratio 8/12.
		{"qabxcd", "abycdf", 8.0 / 12},
		{"全县新增市场主体", "全县新增主体", 12.0 / 14},
	}
	for _, c := range cases {
		got := Ratio([]rune(c.a), []rune(c.b))
		if d := got - c.want; d > 1e-9 || d < -1e-9 {
			t.Errorf("Ratio(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	s := Compare([]string{"一、总体情况", "全县经济平稳。", "增长6%。"}, []string{"一、总体情况", "全县经济平稳。增长6%。"})
	if s.Chars != 1 {
		t.Errorf("character ratio %v, want 1 when only the boundaries differ", s.Chars)
	}
	if s.Paragraphs >= 0.9 || s.Paragraphs <= 0.3 {
		t.Errorf("paragraph ratio %v for one split paragraph out of two", s.Paragraphs)
	}
}

// TestFixtureFidelity runs the measuring command's code on every fixture:
// each NAME.* file against NAME.source.txt.
func TestFixtureFidelity(t *testing.T) {
	dir := filepath.Join(xRepoRoot(t), "testdata", "extract")
	res, err := EvalDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) < 10 {
		t.Fatalf("only %d fixtures measured in %s", len(res), dir)
	}
	for _, r := range res {
		if r.Err != nil {
			if strings.HasPrefix(r.File, "pdf-") && !strings.Contains(r.Err.Error(), r.File) {
				t.Errorf("%s: error does not name the file: %v", r.File, r.Err)
			}
			t.Errorf("%s: %v", r.File, r.Err)
			continue
		}
		t.Logf("%-32s %-5s %-16s chars %.4f paragraphs %.4f", r.File, r.Format, r.Engine, r.Chars, r.Paragraphs)
		if !r.OK() {
			t.Errorf("%s: chars %.4f (min %.3f), paragraphs %.4f (min %.2f)", r.File, r.Chars, MinCharRatio, r.Paragraphs, MinParagraphRatio)
		}
	}
}
