package extract

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sourceLines reads a NAME.source.txt fixture as paragraphs.
func sourceLines(t *testing.T, rel string) []string {
	t.Helper()
	var out []string
	for _, l := range strings.Split(string(pdfFixture(t, rel)), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// wantSameParagraphs extracts data and requires exactly the paragraphs of
// want (Compare at 1.0 on characters and paragraphs).
func wantSameParagraphs(t *testing.T, name string, data []byte, want []string) *Document {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	doc, err := Extract(ctx, name, data, Options{})
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	got := pdfTexts(doc)
	if sim := Compare(got, want); sim.Chars < 1 || sim.Paragraphs < 1 {
		t.Errorf("%s: chars %.4f paragraphs %.4f against the source\n%s", name, sim.Chars, sim.Paragraphs, strings.Join(got, "\n"))
	}
	return doc
}

// TestPDFUnitedFixture reads a committed file merged by pdfunite (two
// copies of one report; the merged trailer's /Size is below its highest
// object number, which once lost the page tree). Lines repeated because
// the report is there twice are body text, not page furniture.
func TestPDFUnitedFixture(t *testing.T) {
	one := wantSameParagraphs(t, "science.pdf", pdfFixture(t, "testdata/extract/pdf-science.chromium.pdf"), sourceLines(t, "testdata/extract/pdf-science.source.txt"))
	two := wantSameParagraphs(t, "twice.pdf", pdfFixture(t, "testdata/extract/pdf-twice.pdfunite.pdf"), sourceLines(t, "testdata/extract/pdf-twice.source.txt"))
	if one != nil && two != nil && two.Pages != 2*one.Pages {
		t.Errorf("merged file has %d pages, want %d", two.Pages, 2*one.Pages)
	}
}

// TestPDFUniteAtRunTime merges the shared example report with a fixture
// and with itself through pdfunite and requires the paragraphs of the
// parts, in order.
func TestPDFUniteAtRunTime(t *testing.T) {
	pdfNeedTool(t, "pdfunite")
	ex := filepath.Join(pdfRepoRoot(t), "..", "shared", "examples", "talent-work-briefing")
	if _, err := os.Stat(ex + ".pdf"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/examples missing under CI: %v", err)
		}
		t.Skipf("../shared/examples not present: %v", err)
	}
	txt, err := os.ReadFile(ex + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	tdoc, err := Extract(context.Background(), "example.txt", txt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	exLines := pdfTexts(tdoc)
	sci := filepath.Join(pdfRepoRoot(t), "testdata", "extract", "pdf-science.chromium.pdf")
	sciLines := sourceLines(t, "testdata/extract/pdf-science.source.txt")
	cases := []struct {
		name  string
		parts []string
		want  [][]string
	}{
		{"example-twice", []string{ex + ".pdf", ex + ".pdf"}, [][]string{exLines, exLines}},
		{"example-science-example", []string{ex + ".pdf", sci, ex + ".pdf"}, [][]string{exLines, sciLines, exLines}},
	}
	tmp := t.TempDir()
	for _, c := range cases {
		out := filepath.Join(tmp, c.name+".pdf")
		if b, err := exec.Command("pdfunite", append(c.parts, out)...).CombinedOutput(); err != nil {
			t.Fatalf("pdfunite: %v %s", err, b)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, w := range c.want {
			want = append(want, w...)
		}
		wantSameParagraphs(t, c.name+".pdf", data, want)
	}
}
