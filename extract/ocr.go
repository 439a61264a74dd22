package extract

import (
	"bufio"
	"bytes"
	"context"

	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// OCR of PDF pages without a usable text layer: pdftoppm (poppler-utils)
// rasterises a page, tesseract with the chi_sim model reads it as TSV word
// boxes, and the boxes become lines for the same paragraph builder the
// text layer uses.

// ocrDPI is the rasterisation resolution; 200 dpi reads body text well at
// about 5 s per A4 page.
const ocrDPI = 200

var (
	// ocrDisabled, when set, makes OCR unavailable with that reason (tests
	// use it to check the no-OCR path on machines that have tesseract).
	ocrDisabled string
	ocrOnce     sync.Once
	ocrError    string                   // empty when OCR is available
	ocrSem      = make(chan struct{}, 1) // one OCR at a time per process
)

// OCRAvailable reports whether pdftoppm and tesseract with the chi_sim
// model are installed, and if not, what is missing.
func OCRAvailable() (bool, string) {
	if ocrDisabled != "" {
		return false, ocrDisabled
	}
	ocrOnce.Do(func() {
		var missing []string
		if _, err := exec.LookPath("pdftoppm"); err != nil {
			missing = append(missing, "pdftoppm (Debian package poppler-utils)")
		}
		if _, err := exec.LookPath("tesseract"); err != nil {
			missing = append(missing, "tesseract (tesseract-ocr)")
		} else {
			out, _ := exec.Command("tesseract", "--list-langs").CombinedOutput()
			if !bytes.Contains(out, []byte("chi_sim")) {
				missing = append(missing, "the chi_sim model (tesseract-ocr-chi-sim)")
			}
		}
		if len(missing) > 0 {
			ocrError = "OCR is not available: install " + strings.Join(missing, ", ")
		}
	})
	return ocrError == "", ocrError
}

// ocrPages OCRs the given 1-based pages of the PDF in data and returns
// their lines. Temporary files are removed before it returns.
func ocrPages(ctx context.Context, data []byte, pages []int) ([]pdfLine, string, error) {
	if ok, why := OCRAvailable(); !ok {
		return nil, "", Errorf(CodeNoText, "the PDF has no usable text layer on %d page(s) (a scan, or fonts without a Unicode mapping); %s", len(pages), why)
	}
	// One OCR at a time per process: each tesseract run takes a CPU core.
	select {
	case ocrSem <- struct{}{}:
		defer func() { <-ocrSem }()
	case <-ctx.Done():
		return nil, "", Errorf(CodeTimeout, "waited too long for OCR of the scanned PDF")
	}
	dir, err := os.MkdirTemp("", "huibao-ocr-")
	if err != nil {
		return nil, "", Errorf(CodeInternal, "cannot create a temporary directory for OCR")
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, "", Errorf(CodeInternal, "cannot write a temporary file for OCR")
	}
	var lines []pdfLine
	for _, p := range pages {
		if ctx.Err() != nil {
			return nil, "", Errorf(CodeTimeout, "OCR of the scanned PDF took too long (page %d)", p)
		}
		prefix := filepath.Join(dir, "p"+strconv.Itoa(p))
		ps := strconv.Itoa(p)
		cmd := exec.CommandContext(ctx, "pdftoppm", "-r", strconv.Itoa(ocrDPI), "-gray", "-png", "-singlefile", "-f", ps, "-l", ps, in, prefix)
		if out, err := cmd.CombinedOutput(); err != nil {
			if ctx.Err() != nil {
				return nil, "", Errorf(CodeTimeout, "OCR of the scanned PDF took too long (page %d)", p)
			}
			_ = out // poppler's message may quote the file; not reported
			return nil, "", Errorf(CodeCorrupt, "page %d has no readable text layer (missing or unmapped fonts) and cannot be rasterised for OCR; the file looks damaged", p)
		}
		img := prefix + ".png"
		tsv, err := exec.CommandContext(ctx, "tesseract", img, "stdout", "-l", "chi_sim", "--psm", "3", "tsv").Output()
		os.Remove(img)
		if err != nil {
			if ctx.Err() != nil {
				return nil, "", Errorf(CodeTimeout, "OCR of the scanned PDF took too long (page %d)", p)
			}
			return nil, "", Errorf(CodeNoText, "OCR failed on page %d", p)
		}
		lines = append(lines, tsvLines(tsv, p, ocrDPI)...)
	}
	return lines, "ocr/tesseract", nil
}

type tsvWord struct {
	left, top, w, h int
	text            string
}

// tsvLines turns tesseract TSV output into lines in PDF points (y up,
// relative to the page top at 0).
func tsvLines(tsv []byte, page int, dpi float64) []pdfLine {
	type key struct{ block, par, line int }
	words := map[key][]tsvWord{}
	var order []key
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	pageH := 0
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] == "level" {
			continue
		}
		lvl, _ := strconv.Atoi(f[0])
		num := func(i int) int { n, _ := strconv.Atoi(f[i]); return n }
		if lvl == 1 {
			pageH = num(9)
		}
		if lvl != 5 || strings.TrimSpace(f[11]) == "" {
			continue
		}
		k := key{num(2), num(3), num(4)}
		if _, ok := words[k]; !ok {
			order = append(order, k)
		}
		words[k] = append(words[k], tsvWord{num(6), num(7), num(8), num(9), strings.TrimSpace(f[11])})
	}
	scale := 72 / dpi
	var out []pdfLine
	for _, k := range order {
		ws := words[k]
		sort.SliceStable(ws, func(a, b int) bool { return ws[a].left < ws[b].left })
		var sb strings.Builder
		x0, x1, bottom := ws[0].left, 0, 0
		var hs []float64
		for i, w := range ws {
			if i > 0 {
				a, _ := lastRune(sb.String())
				b := firstRuneOf(w.text)
				if !isCJK(a) && !isCJK(b) {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(w.text)
			x1 = max(x1, w.left+w.w)
			bottom = max(bottom, w.top+w.h)
			hs = append(hs, float64(w.h))
		}
		text := fullWidthPunct(sb.String())
		size := median(hs) * scale * 1.1
		out = append(out, pdfLine{
			page: page, y: float64(pageH-bottom) * scale, x0: float64(x0) * scale, x1: float64(x1) * scale,
			size: size, text: text, pageTop: float64(pageH) * scale, pageBottom: 0,
		})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].y > out[b].y })
	return out
}

// fullWidthPunct restores the full-width punctuation tesseract writes as
// ASCII when it stands next to Chinese text.
func fullWidthPunct(s string) string {
	rs := []rune(s)
	repl := map[rune]rune{',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}
	for i, r := range rs {
		fw, ok := repl[r]
		if !ok {
			continue
		}
		prevCJK := i > 0 && isCJK(rs[i-1])
		nextCJK := i+1 < len(rs) && isCJK(rs[i+1])
		if prevCJK || nextCJK {
			rs[i] = fw
		}
	}
	return string(rs)
}
