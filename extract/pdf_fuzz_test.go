package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzPDF feeds mutated PDFs to the reader: it must return a document or an
// *Error, within the deadline, and never panic. The seed corpus is the
// committed fixtures plus small synthetic files; crashers found by
// `go test -fuzz FuzzPDF` are kept in testdata/fuzz/FuzzPDF.
func FuzzPDF(f *testing.F) {
	root := pdfRepoRoot(f)
	for _, pat := range []string{"testdata/extract/pdf-science.*.pdf", "testdata/pdf/*.pdf"} {
		files, _ := filepath.Glob(filepath.Join(root, pat))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil && len(b) < pdfFuzzSeedMax {
				f.Add(b)
			}
		}
	}
	var lines []synthLine
	wrap("一、总体情况（一）强化平台建设。全年新增企业12家，完成投资3.5亿元。", 20, 760, true, &lines)
	doc := synthDoc([][]synthLine{lines, lines})
	f.Add(doc)
	f.Add(doc[:len(doc)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		if Detect(data) != PDF {
			return
		}
		// OCR takes seconds a page; the fuzzer tests the text layer.
		old := ocrDisabled
		ocrDisabled = "disabled while fuzzing"
		defer func() { ocrDisabled = old }()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		d, err := Extract(ctx, "fuzz.pdf", data, Options{})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if e.Code == CodeTimeout {
				t.Fatalf("timed out")
			}
			return
		}
		for _, p := range d.Paragraphs {
			if p.Text == "" {
				t.Fatal("empty paragraph")
			}
		}
	})
}

// pdfFuzzSeedMax keeps big fixtures out of the seed corpus.
var pdfFuzzSeedMax = 200 << 10
