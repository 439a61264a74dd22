package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"huibao/extract/internal/pdf"
)

func init() { register(PDF, readPDF) }

// Limits that keep a hostile PDF from exhausting time or memory.
const (
	pdfMaxPages       = 3000
	pdfMaxGlyphsPage  = 200000
	pdfMaxGlyphsTotal = 4000000
)

// pdfLine is one rebuilt text line (or one OCR line) on a page, in the
// page's user space (y up).
type pdfLine struct {
	page       int
	y          float64 // baseline
	x0, x1     float64
	size       float64 // median em size
	text       string
	rotated    bool
	pageTop    float64
	pageBottom float64
}

// readPDF reads a PDF with a text layer through the in-tree ledongthuc/pdf
// copy, rebuilding lines from glyph positions; pages whose text is
// implausible (unmapped fonts, scans) go to OCR when it is installed.
func readPDF(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	r, err := openPDF(data)
	if err != nil {
		return nil, err
	}
	var pages []pdf.Page
	if err := guard(func() { pages = r.Pages(pdfMaxPages + 1) }); err != nil || len(pages) == 0 {
		// The table opened but leads to no pages: index the file by
		// scanning it, as for a damaged one.
		r2, err2 := pdf.Rebuild(bytes.NewReader(data), int64(len(data)))
		if err2 != nil || r2 == nil || guard(func() { pages = r2.Pages(pdfMaxPages + 1) }) != nil || len(pages) == 0 {
			return nil, Errorf(CodeCorrupt, "the PDF has no readable page tree")
		}
		r = r2
	}
	if len(pages) > pdfMaxPages {
		return nil, Errorf(CodeTooLarge, "the PDF has more than %d pages", pdfMaxPages)
	}
	doc := &Document{Pages: len(pages), Engine: "pdf/ledongthuc-huibao"}
	fc := pdf.NewFontCache()
	stop := func() bool { return ctx.Err() != nil }
	var lines []pdfLine
	var needOCR []int // 1-based pages
	total := 0
	for i, p := range pages {
		if ctx.Err() != nil {
			return nil, Errorf(CodeTimeout, "reading the PDF took too long (page %d of %d)", i+1, len(pages))
		}
		var gs []pdf.Glyph
		var gerr error
		var llx, lly, urx, ury float64
		var images bool
		if err := guard(func() {
			llx, lly, urx, ury = p.MediaBox()
			gs, gerr = p.Glyphs(fc, pdfMaxGlyphsPage, stop)
			images = p.HasImages()
		}); err != nil {
			gerr = err
		}
		if errors.Is(gerr, pdf.ErrAborted) {
			return nil, Errorf(CodeTimeout, "reading the PDF took too long (page %d of %d)", i+1, len(pages))
		}
		if errors.Is(gerr, pdf.ErrBudget) {
			return nil, Errorf(CodeTooLarge, "the PDF decodes to more than %d MB", pdf.MaxDocumentBytes>>20)
		}
		if errors.Is(gerr, pdf.ErrTooManyGlyphs) {
			return nil, Errorf(CodeTooLarge, "page %d is too complex (more than %d characters or operators)", i+1, pdfMaxGlyphsPage)
		}
		total += len(gs)
		if total > pdfMaxGlyphsTotal {
			return nil, Errorf(CodeTooLarge, "the PDF shows more than %d characters", pdfMaxGlyphsTotal)
		}
		gs = clipGlyphs(gs, llx, lly, urx, ury)
		gs, lly, ury = uprightGlyphs(gs, llx, lly, urx, ury)
		for j := range gs {
			gs[j].Text = pdfGlyphText(gs[j].Text)
		}
		if !glyphsPlausible(gs) || (len(gs) == 0 && images) {
			if len(gs) > 0 || images {
				needOCR = append(needOCR, i+1)
			}
			continue
		}
		for _, l := range buildLines(gs) {
			l.page, l.pageTop, l.pageBottom = i+1, ury, lly
			lines = append(lines, l)
		}
	}
	if len(needOCR) > 0 {
		ocrLines, engine, err := ocrPages(ctx, data, needOCR)
		if err != nil {
			return nil, err
		}
		lines = append(lines, ocrLines...)
		sort.SliceStable(lines, func(a, b int) bool { return lines[a].page < lines[b].page })
		if len(needOCR) == len(pages) {
			doc.Engine = engine
		} else {
			doc.Engine += "+" + engine
		}
	}
	if !opt.Raw {
		lines, doc.Removed = removeFurniture(lines, len(pages))
	}
	doc.Paragraphs = buildParagraphs(lines)
	doc.Title = pdfTitle(r, doc.Paragraphs)
	return doc, nil
}

// guard runs f and turns a panic from third-party code into an error whose
// text never quotes file content.
func guard(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed PDF data (%T)", p)
		}
	}()
	f()
	return nil
}

func openPDF(data []byte) (*pdf.Reader, error) {
	var r *pdf.Reader
	var err error
	if perr := guard(func() { r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data))) }); perr != nil {
		err = perr
	}
	if err == nil && r != nil {
		return r, nil
	}
	msg := err.Error()
	if errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "encrypt") {
		if errors.Is(err, pdf.ErrInvalidPassword) {
			return nil, Errorf(CodeEncrypted, "the PDF is encrypted with a user password; open it with the password and save an unprotected copy")
		}
		return nil, Errorf(CodeEncrypted, "the PDF uses an encryption method huibao cannot open")
	}
	// A damaged or truncated file: rebuild the cross-reference table by
	// scanning for objects.
	if r2, err2 := pdf.Rebuild(bytes.NewReader(data), int64(len(data))); err2 == nil && r2 != nil {
		return r2, nil
	}
	return nil, Errorf(CodeCorrupt, "the PDF is damaged or truncated and cannot be read")
}

// clipGlyphs drops glyphs far outside the media box (hidden text) and exact
// duplicates drawn twice for a bold effect.
func clipGlyphs(gs []pdf.Glyph, llx, lly, urx, ury float64) []pdf.Glyph {
	out := gs[:0]
	var prev *pdf.Glyph
	for i := range gs {
		g := gs[i]
		if g.X < llx-5 || g.X > urx+5 || g.Y < lly-5 || g.Y > ury+5 || g.Size <= 0 || math.IsNaN(g.X+g.Y+g.Size) {
			continue
		}
		if prev != nil && prev.Text == g.Text && math.Abs(prev.X-g.X) < 0.15*g.Size && math.Abs(prev.Y-g.Y) < 0.15*g.Size {
			continue
		}
		out = append(out, g)
		prev = &out[len(out)-1]
	}
	return out
}

// buildLines groups glyphs into lines by baseline and orders them left to
// right. CJK neighbours join without a space; Latin words keep one.
func buildLines(gs []pdf.Glyph) []pdfLine {
	if len(gs) == 0 {
		return nil
	}
	idx := make([]int, len(gs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return gs[idx[a]].Y > gs[idx[b]].Y })
	var groups [][]pdf.Glyph
	var cur []pdf.Glyph
	var y, sz float64
	for _, i := range idx {
		g := gs[i]
		if len(cur) > 0 && math.Abs(g.Y-y) <= 0.4*math.Max(sz, g.Size) && !(g.Rotated || cur[0].Rotated) {
			cur = append(cur, g)
			continue
		}
		if len(cur) > 0 {
			groups = append(groups, cur)
		}
		cur = []pdf.Glyph{g}
		y, sz = g.Y, g.Size
	}
	groups = append(groups, cur)
	var lines []pdfLine
	for _, grp := range groups {
		sort.SliceStable(grp, func(a, b int) bool { return grp[a].X < grp[b].X })
		var sb strings.Builder
		sizes := make([]float64, 0, len(grp))
		var last *pdf.Glyph
		x0, x1 := math.Inf(1), math.Inf(-1)
		for i := range grp {
			g := &grp[i]
			t := g.Text
			if t == "" {
				continue // a glyph whose text an /ActualText span carries
			}
			if strings.TrimSpace(t) == "" {
				if sb.Len() > 0 && !strings.HasSuffix(sb.String(), " ") {
					sb.WriteByte(' ')
				}
				continue
			}
			if last != nil && !strings.HasSuffix(sb.String(), " ") {
				gap := g.X - (last.X + last.W)
				lr, _ := lastRune(last.Text)
				fr := firstRuneOf(t)
				if (gap > 0.25*g.Size && !isCJK(lr) && !isCJK(fr)) || gap > 2*g.Size {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(t)
			sizes = append(sizes, g.Size)
			x0 = math.Min(x0, g.X)
			x1 = math.Max(x1, g.X+g.W)
			last = g
		}
		text := strings.TrimSpace(sb.String())
		if text == "" {
			continue
		}
		sort.Float64s(sizes)
		lines = append(lines, pdfLine{y: grp[0].Y, x0: x0, x1: x1, size: sizes[len(sizes)/2], text: text, rotated: grp[0].Rotated})
	}
	return lines
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

func firstRuneOf(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// isCJK reports whether r is a Han character or CJK/full-width punctuation,
// between which Chinese text puts no spaces.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		(r >= 0x2018 && r <= 0x201F) || r == 0x2014 || r == 0x2026 || r == 0x00D7 || r == 0x00B7
}

// glyphsPlausible decides whether a page's decoded text is real text rather
// than codes without a Unicode mapping or mojibake.
func glyphsPlausible(gs []pdf.Glyph) bool {
	var sb strings.Builder
	unmapped := 0
	for _, g := range gs {
		if g.Unmapped {
			unmapped++
			continue
		}
		sb.WriteString(g.Text)
	}
	if len(gs) == 0 {
		return true
	}
	if float64(unmapped) > 0.05*float64(len(gs)) {
		return false
	}
	return textPlausible(sb.String())
}

// commonHan holds frequent characters of Chinese official writing; real
// text draws most of its characters from them, wrongly mapped fonts do not.
const commonHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"

var commonSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range commonHan {
		m[r] = true
	}
	return m
}()

// textPlausible applies the plausibility test to decoded text.
func textPlausible(s string) bool {
	total, bad, odd, han, common := 0, 0, 0, 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		total++
		switch {
		case r == unicode.ReplacementChar || unicode.IsControl(r) || (r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000:
			bad++
		case unicode.Is(unicode.Han, r):
			han++
			if commonSet[r] {
				common++
			}
		case r < 0x80, isCJK(r), r >= 0x2000 && r <= 0x27BF, r >= 0x2460 && r <= 0x24FF, r == 0xB0, r == 0xB1, r == 0xA7:
		default:
			odd++
		}
	}
	if total == 0 {
		return true
	}
	if bad*50 > total || odd*5 > total {
		return false
	}
	if han >= 40 && common*100 < han*20 {
		return false
	}
	return true
}

var (
	reFurniturePageNo = rePageNumber
	rePageNoToken     = regexp.MustCompile(`^\s*[-—–－]\s*\d{1,4}\s*[-—–－]|[-—–－]\s*\d{1,4}\s*[-—–－]\s*$|第\s*\d{1,4}\s*页|^\s*\d{1,4}\s*/\s*\d{1,4}\s|\s\d{1,4}\s*/\s*\d{1,4}\s*$`)
)

// removeFurniture drops running headers and footers, page numbers and
// repeated watermark lines, returning the kept lines and the removed text.
func removeFurniture(lines []pdfLine, pages int) ([]pdfLine, []string) {
	if len(lines) == 0 {
		return lines, nil
	}
	// For each page, find the band of its top and bottom lines.
	type span struct{ top, bottom float64 }
	byPage := map[int]*span{}
	for _, l := range lines {
		s := byPage[l.page]
		if s == nil {
			s = &span{top: l.y, bottom: l.y}
			byPage[l.page] = s
		}
		s.top = math.Max(s.top, l.y)
		s.bottom = math.Min(s.bottom, l.y)
	}
	isMargin := func(l pdfLine) bool {
		h := l.pageTop - l.pageBottom
		if h <= 0 {
			h = 842
		}
		s := byPage[l.page]
		atEdge := l.y >= s.top-0.5 || l.y <= s.bottom+0.5
		return atEdge || l.y > l.pageTop-0.1*h || l.y < l.pageBottom+0.1*h
	}
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case unicode.IsSpace(r):
				return -1
			case unicode.IsDigit(r):
				return '#'
			}
			return r
		}, s)
	}
	marginPages := map[string]map[int]bool{}
	anyPages := map[string]map[int]bool{}
	// The neighbours of each repeated line: running headers and watermarks
	// sit beside different text on each page, while a line repeated because
	// the file holds the same report (or the same template) twice, as
	// merged files do, sits beside the same lines every time.
	contexts := map[string]map[string]bool{}
	for i, l := range lines {
		var prev, next string
		if i > 0 && lines[i-1].page == l.page {
			prev = norm(lines[i-1].text)
		}
		if i+1 < len(lines) && lines[i+1].page == l.page {
			next = norm(lines[i+1].text)
		}
		k := norm(l.text)
		if contexts[k] == nil {
			contexts[k] = map[string]bool{}
		}
		contexts[k][prev+"\x00"+next] = true
	}
	for _, l := range lines {
		k := norm(l.text)
		exact := strings.TrimSpace(l.text)
		if anyPages[exact] == nil {
			anyPages[exact] = map[int]bool{}
		}
		anyPages[exact][l.page] = true
		if isMargin(l) {
			if marginPages[k] == nil {
				marginPages[k] = map[int]bool{}
			}
			marginPages[k][l.page] = true
		}
	}
	sizes := make([]float64, len(lines))
	for i, l := range lines {
		sizes[i] = l.size
	}
	em := median(sizes)
	inTopBand := func(l pdfLine) bool {
		h := l.pageTop - l.pageBottom
		return l.y >= byPage[l.page].top-0.5 && l.y > l.pageTop-0.12*h
	}
	var kept []pdfLine
	var removed []string
	for _, l := range lines {
		k := norm(l.text)
		n := len([]rune(l.text))
		drop := false
		switch {
		case l.rotated:
			drop = true
		case isMargin(l) && reFurniturePageNo.MatchString(strings.TrimSpace(l.text)):
			drop = true
		case isMargin(l) && n <= 40 && rePageNoToken.MatchString(l.text):
			// a footer holding a page number and a notice
			drop = true
		case inTopBand(l) && n <= 40 && l.size < 0.75*em:
			// a running header in small type above the text
			drop = true
		case pages >= 2 && isMargin(l) && len(marginPages[k]) >= 2 && len(marginPages[k])*5 >= pages*2 && n <= 80 && len(contexts[k]) >= 2:
			drop = true
		case pages >= 3 && len(anyPages[strings.TrimSpace(l.text)])*2 >= pages && n <= 40 && !isHeadingLine(l.text) && len(contexts[k]) >= 2:
			drop = true
		}
		if drop {
			removed = append(removed, l.text)
			continue
		}
		kept = append(kept, l)
	}
	return kept, removed
}

// uprightGlyphs turns a page whose text mostly runs at a right angle
// (landscape content drawn rotated) into the reading frame, so that only
// the minority at other angles (diagonal watermarks) stays marked as
// rotated. It returns the glyphs and the page's top and bottom in the new
// frame.
func uprightGlyphs(gs []pdf.Glyph, llx, lly, urx, ury float64) ([]pdf.Glyph, float64, float64) {
	if len(gs) == 0 {
		return gs, lly, ury
	}
	quarter := func(a float64) int {
		q := math.Round(a / (math.Pi / 2))
		if math.Abs(a-q*math.Pi/2) > 0.05 {
			return -1
		}
		return (int(q)%4 + 4) % 4
	}
	var counts [4]int
	for _, g := range gs {
		if q := quarter(g.Angle); q >= 0 {
			counts[q]++
		}
	}
	dom := 0
	for q := 1; q < 4; q++ {
		if counts[q] > counts[dom] {
			dom = q
		}
	}
	if dom == 0 || counts[dom]*2 <= len(gs) {
		return gs, lly, ury
	}
	a := float64(dom) * math.Pi / 2
	c, s := math.Round(math.Cos(a)), math.Round(math.Sin(a))
	rot := func(x, y float64) (float64, float64) { return x*c + y*s, -x*s + y*c }
	for i := range gs {
		gs[i].X, gs[i].Y = rot(gs[i].X, gs[i].Y)
		gs[i].Rotated = quarter(gs[i].Angle) != dom
	}
	top, bottom := math.Inf(-1), math.Inf(1)
	for _, p := range [][2]float64{{llx, lly}, {llx, ury}, {urx, lly}, {urx, ury}} {
		_, y := rot(p[0], p[1])
		top, bottom = math.Max(top, y), math.Min(bottom, y)
	}
	return gs, bottom, top
}
