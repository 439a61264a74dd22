package extract

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot walks up from the test's working directory to the directory
// holding go.mod.
func pdfRepoRoot(t testing.TB) string {
	t.Helper()
	dir, _ := os.Getwd()
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

// needTool skips when a system tool is missing, except under CI, where
// the test must run.
func pdfNeedTool(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not installed (CI must install it)", n)
			}
			t.Skipf("%s is not installed", n)
		}
	}
}

func pdfFixture(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(pdfRepoRoot(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pdfTexts(doc *Document) []string {
	out := make([]string, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		out[i] = p.Text
	}
	return out
}

// TestPDFFixtureFidelity holds every committed PDF fixture (Chromium Type 3
// and CID TrueType, cairo CID fonts, 22 pages with running headers and page
// numbers, RC4-40, AES-128, AES-256 and PDF 2.0 variants) to the fidelity
// targets against its source text.
func TestPDFFixtureFidelity(t *testing.T) {
	res, err := EvalDir(context.Background(), filepath.Join(pdfRepoRoot(t), "testdata", "extract"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range res {
		if !strings.HasPrefix(r.File, "pdf-") {
			continue
		}
		n++
		if r.Err != nil {
			t.Errorf("%s: %v", r.File, r.Err)
			continue
		}
		t.Logf("%-28s chars %.4f paragraphs %.4f %s", r.File, r.Chars, r.Paragraphs, r.Engine)
		if !r.OK() {
			t.Errorf("%s: chars %.4f paragraphs %.4f, want >= %.3f and >= %.2f", r.File, r.Chars, r.Paragraphs, MinCharRatio, MinParagraphRatio)
		}
	}
	if n < 7 {
		t.Fatalf("found %d PDF fixtures, want at least 7", n)
	}
}
