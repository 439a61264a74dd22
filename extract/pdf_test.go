package extract

import (
	"context"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestPDFExampleMatchesText is the foundation acceptance: the example
// report's PDF (LibreOffice, CID fonts) gives the same cleaned paragraphs as
// its .txt version, headings on their own lines, and none of the resale
// furniture.
func TestPDFExampleMatchesText(t *testing.T) {
	dir := filepath.Join(pdfRepoRoot(t), "..", "shared", "examples")
	pdfData, err := os.ReadFile(filepath.Join(dir, "talent-work-briefing.pdf"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/examples missing under CI: %v", err)
		}
		t.Skipf("../shared/examples not present: %v", err)
	}
	txtData, err := os.ReadFile(filepath.Join(dir, "talent-work-briefing.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	pdoc, err := Extract(ctx, "example.pdf", pdfData, Options{})
	if err != nil {
		t.Fatal(err)
	}
	tdoc, err := Extract(ctx, "example.txt", txtData, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, want := pdfTexts(pdoc), pdfTexts(tdoc)
	if sim := Compare(got, want); sim.Chars < 1 || sim.Paragraphs < 1 {
		t.Errorf("PDF vs TXT: chars %.4f paragraphs %.4f\nPDF:\n%s", sim.Chars, sim.Paragraphs, strings.Join(got, "\n"))
	}
	all := strings.Join(got, "\n")
	for _, s := range []string{"酷乐文行", "仅供学习", "会员群", "订阅", "QQ206157060"} {
		if strings.Contains(all, s) {
			t.Errorf("furniture %q survived", s)
		}
	}
	heads := 0
	for _, p := range pdoc.Paragraphs {
		if p.Heading && p.Level == 1 {
			heads++
		}
	}
	if heads != 3 {
		t.Errorf("found %d level-1 headings, want 3", heads)
	}
}

func TestPDFEncryptedWithUserPassword(t *testing.T) {
	_, err := Extract(context.Background(), "locked.pdf", pdfFixture(t, "testdata/pdf/locked-user-password.pdf"), Options{})
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeEncrypted || !strings.Contains(e.Error(), "locked.pdf") {
		t.Fatalf("got %v, want %s naming the file", err, CodeEncrypted)
	}
}

// TestPDFOCR reads a scan (an image-only page) and a file whose fonts have
// no Unicode mapping through tesseract. Without OCR both must fail with
// no_text_layer rather than return codes as text.
func TestPDFOCR(t *testing.T) {
	files := []string{"testdata/pdf/scan-image-only.pdf", "testdata/pdf/no-unicode-map.pdf"}
	if ok, _ := OCRAvailable(); !ok {
		for _, f := range files {
			_, err := Extract(context.Background(), "scan.pdf", pdfFixture(t, f), Options{})
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeNoText {
				t.Errorf("%s without OCR: got %v, want %s", f, err, CodeNoText)
			}
		}
	}
	pdfNeedTool(t, "pdftoppm", "tesseract")
	if ok, why := OCRAvailable(); !ok {
		if os.Getenv("CI") == "true" {
			t.Fatal(why)
		}
		t.Skip(why)
	}
	src, err := os.ReadFile(filepath.Join(pdfRepoRoot(t), "testdata/extract/pdf-science.source.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(src)), "\n")
	for _, f := range files {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		doc, err := Extract(ctx, "scan.pdf", pdfFixture(t, f), Options{})
		cancel()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if !strings.HasPrefix(doc.Engine, "ocr/") {
			t.Errorf("%s: engine %q, want OCR", f, doc.Engine)
		}
		got := pdfTexts(doc)
		// The scan holds the top of a page, the other file a few lines plus
		// its header and footer, and OCR misreads some characters: measure
		// the share of OCR characters found, in order, in the source.
		a := []rune(squash(strings.Join(got, "")))
		w := []rune(squash(strings.Join(want, "")))
		matched := Ratio(a, w) * float64(len(a)+len(w)) / 2
		precision := matched / float64(len(a))
		t.Logf("%s: %d OCR characters, %.3f found in the source", f, len(a), precision)
		if len(a) < 100 || precision < 0.85 {
			t.Errorf("%s: OCR precision %.3f over %d characters:\n%s", f, precision, len(a), strings.Join(got, "\n"))
		}
		for _, p := range got {
			if !textPlausible(p) {
				t.Errorf("%s: implausible OCR text %q", f, p)
			}
		}
	}
}

// TestPDFChromiumDevReports prints real report excerpts from
// ../shared/data/reports-dev with Chromium (Noto CJK, Type 3 fonts) at run
// time and measures the reader against the source lines. Headings that run
// into their body on one line are split on both sides, as the reader does.
func TestPDFChromiumDevReports(t *testing.T) {
	dir := filepath.Join(pdfRepoRoot(t), "..", "shared", "data", "reports-dev", "docs")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/data/reports-dev missing under CI: %v", err)
		}
		t.Skipf("../shared/data/reports-dev not present: %v", err)
	}
	bin := "chromium"
	if _, err := exec.LookPath(bin); err != nil {
		bin = "chromium-browser"
	}
	pdfNeedTool(t, bin)
	tmp := t.TempDir()
	docs := []string{"02", "09", "17", "27"}
	if os.Getenv("HUIBAO_PDF_DEV_ALL") != "" {
		docs = docs[:0]
		for i := 1; i <= 30; i++ {
			docs = append(docs, fmt.Sprintf("%02d", i))
		}
	}
	for _, n := range docs {
		src, err := os.ReadFile(filepath.Join(dir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		var sb strings.Builder
		sb.WriteString("<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC';font-size:16px;line-height:1.8}p{margin:0;text-indent:2em;text-align:justify}</style></head><body>")
		for _, line := range strings.Split(string(src), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			for _, p := range splitRunIn(Paragraph{Text: line}) {
				want = append(want, p.Text)
			}
			sb.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
		sb.WriteString("</body></html>")
		page := filepath.Join(tmp, n+".html")
		out := filepath.Join(tmp, n+".pdf")
		if err := os.WriteFile(page, []byte(sb.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
			"--user-data-dir="+filepath.Join(tmp, "profile"), "--print-to-pdf="+out, "file://"+page)
		err = cmd.Run()
		cancel()
		if err != nil {
			t.Fatalf("chromium: %v", err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(context.Background(), n+".pdf", data, Options{Raw: true})
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		sim := Compare(pdfTexts(doc), want)
		t.Logf("reports-dev %s (%d pages): chars %.4f paragraphs %.4f", n, doc.Pages, sim.Chars, sim.Paragraphs)
		if sim.Chars < MinCharRatio || sim.Paragraphs < MinParagraphRatio {
			t.Errorf("reports-dev %s: chars %.4f paragraphs %.4f\n%s", n, sim.Chars, sim.Paragraphs, strings.Join(pdfTexts(doc), "\n"))
		}
	}
}
