package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// synthPDF writes a PDF from object bodies (object i+1 is objs[i]) with a
// correct xref table; root is the catalog's object number.
func synthPDF(objs []string, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, x)
	return b.Bytes()
}

func stream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s)
}

// ucs2 hex-encodes s as two-byte codes equal to the UTF-16 units, the way
// fpdf writes text with a Unicode TrueType font.
func ucs2(s string) string {
	var sb strings.Builder
	sb.WriteByte('<')
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	sb.WriteByte('>')
	return sb.String()
}

// fpdfFont is a Type0 font (not embedded) whose ToUnicode is one range
// 0000-FFFF starting at U+0000, as fpdf writes it, with widths for every
// CID.
const fpdfFontObjs = 3

func fpdfFont(first int) []string {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
	return []string{
		fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", first+1, first+2),
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 [500] 48 57 500 65 90 600] >>",
		stream(cmap),
	}
}

// page describes one synthetic page: lines of text at given positions.
type synthLine struct {
	x, y float64
	size float64
	text string
}

// synthDoc builds a document of pages of lines in the fpdf-style font.
func synthDoc(pages [][]synthLine) []byte {
	// 1 catalog, 2 pages, 3-5 font, then per page: page, content
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", ""}
	objs = append(objs, fpdfFont(3)...)
	var kids []string
	for _, lines := range pages {
		var c strings.Builder
		for _, l := range lines {
			fmt.Fprintf(&c, "BT /F1 %g Tf 1 0 0 1 %g %g Tm %s Tj ET\n", l.size, l.x, l.y, ucs2(l.text))
		}
		pn := len(objs) + 1
		kids = append(kids, fmt.Sprintf("%d 0 R", pn))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", pn+1))
		objs = append(objs, stream(c.String()))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	return synthPDF(objs, 1)
}

// wrap lays text out in lines of n characters from y down, with a 2-char
// first-line indent, 12 pt type and 20 pt leading; it returns the next y.
func wrap(text string, n int, y float64, indent bool, out *[]synthLine) float64 {
	r := []rune(text)
	first := true
	for len(r) > 0 {
		w := n
		x := 72.0
		if first && indent {
			w, x = n-2, 96
		}
		if w > len(r) {
			w = len(r)
		}
		*out = append(*out, synthLine{x, y, 12, string(r[:w])})
		r = r[w:]
		y -= 20
		first = false
	}
	return y
}

func extractBytes(t *testing.T, data []byte, opt Options) (*Document, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return Extract(ctx, "synthetic.pdf", data, opt)
}

func TestPDFOneRangeToUnicodeAndParagraphs(t *testing.T) {
	body1 := "今年以来，全县上下认真落实各项决策部署，经济运行总体平稳，全年地区生产总值增长6.5%，完成年度目标任务。"
	body2 := "全年新增科技型中小企业42家，建成省级研发平台3个，引进高层次人才团队5个。"
	var lines []synthLine
	lines = append(lines, synthLine{200, 780, 18, "关于经济运行情况的汇报"})
	y := wrap(body1, 30, 740, true, &lines)
	lines = append(lines, synthLine{72, y, 12, "一、主要成效"})
	// a run-in heading: heading and body on the same line
	y = wrap("（一）强化平台建设。"+body2, 30, y-20, true, &lines)
	lines = append(lines, synthLine{96, y, 12, "Smart City 2.0 platform"})
	doc, err := extractBytes(t, synthDoc([][]synthLine{lines}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"关于经济运行情况的汇报", body1, "一、主要成效", "（一）强化平台建设。", body2, "Smart City 2.0 platform"}
	got := pdfTexts(doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !doc.Paragraphs[2].Heading || doc.Paragraphs[2].Level != 1 || !doc.Paragraphs[3].Heading || doc.Paragraphs[3].Level != 2 {
		t.Errorf("heading marks: %+v", doc.Paragraphs[2:4])
	}
	if doc.Paragraphs[4].Heading || doc.Paragraphs[1].Page != 1 {
		t.Errorf("body paragraph marks: %+v", doc.Paragraphs[4])
	}
}

func TestPDFPageFurniture(t *testing.T) {
	var pages [][]synthLine
	var want []string
	for p := 1; p <= 4; p++ {
		body := []string{
			"一季度，全县完成固定资产投资11.5亿元，同比增长1.2%，重点项目开工率达到八成以上，招商引资签约项目十二个。",
			"二季度，规模以上工业增加值增长6.1%，新增规上企业九家，园区基础设施配套工程全面完工并投入使用。",
			"三季度，社会消费品零售总额突破四十亿元，县城商业综合体开业运营，夜间经济带动就业岗位三百余个。",
			"四季度，全年财政收入完成预算的百分之一百零三，民生支出占比保持在八成，各项重点任务如期完成。",
		}[p-1]
		want = append(want, body)
		var ls []synthLine
		ls = append(ls, synthLine{220, 810, 9, "松林县发展和改革局"})
		wrap(body, 30, 760, true, &ls)
		ls = append(ls, synthLine{270, 30, 9, fmt.Sprintf("第%d页 共4页", p)})
		ls = append(ls, synthLine{420, 30, 9, "内部资料 注意保存"})
		pages = append(pages, ls)
	}
	data := synthDoc(pages)
	doc, err := extractBytes(t, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pdfTexts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("cleaned paragraphs:\n%s", strings.Join(got, "\n"))
	}
	for i, p := range doc.Paragraphs {
		if p.Page != i+1 {
			t.Errorf("paragraph %d on page %d", i, p.Page)
		}
	}
	raw, err := extractBytes(t, data, Options{Raw: true})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(pdfTexts(raw), "\n")
	for _, s := range []string{"松林县发展和改革局", "第3页 共4页", "内部资料 注意保存"} {
		if !strings.Contains(all, s) {
			t.Errorf("--raw lost %q", s)
		}
	}
}

func TestPDFHostileStructure(t *testing.T) {
	font := fpdfFont(4)
	content := stream("BT /F1 12 Tf 72 700 Td " + ucs2("正文内容。") + " Tj ET /X1 Do")
	cases := map[string][]byte{
		// page tree whose Kids include itself
		"kids-loop": synthPDF(append([]string{"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Resources << /Font << /F1 4 0 R >> >> >>"}, append(font, stream("BT /F1 12 Tf 72 700 Td "+ucs2("正文内容。")+" Tj ET"))...), 1),
		// Parent chain loop with no Resources anywhere, and a form that draws itself
		"parent-loop-form-loop": synthPDF(append([]string{"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>",
			"<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /X1 8 0 R >> >> >>"},
			append(font, content, "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 8 0 R >> >> /Length 7 >>\nstream\n/X1 Do\nendstream")...), 1),
	}
	for name, data := range cases {
		doc, err := extractBytes(t, data, Options{})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code == CodeTimeout {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		if got := strings.Join(pdfTexts(doc), ""); got != "正文内容。" {
			t.Errorf("%s: %q", name, got)
		}
	}
}

func TestPDFTooManyGlyphs(t *testing.T) {
	var c strings.Builder
	c.WriteString("BT /F1 1 Tf 10 10 Td ")
	for i := 0; i < pdfMaxGlyphsPage/100+1; i++ {
		c.WriteString(ucs2(strings.Repeat("字", 100)) + " Tj ")
	}
	c.WriteString("ET")
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Resources << /Font << /F1 4 0 R >> >> >>"}
	objs = append(objs, fpdfFont(4)...)
	objs = append(objs, stream(c.String()))
	_, err := extractBytes(t, synthPDF(objs, 1), Options{})
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeTooLarge || !strings.Contains(e.Error(), "synthetic.pdf") {
		t.Fatalf("got %v, want %s naming the file", err, CodeTooLarge)
	}
}

func TestPDFTruncatedAndGarbage(t *testing.T) {
	var lines []synthLine
	wrap("全年接待游客三百二十万人次，实现旅游综合收入二十六亿元，乡村旅游成为群众增收的新亮点。", 30, 760, true, &lines)
	data := synthDoc([][]synthLine{lines})
	// Cut off the xref table and trailer: the reader rebuilds the index.
	cut := data[:bytes.LastIndex(data, []byte("xref"))]
	doc, err := extractBytes(t, cut, Options{})
	if err != nil {
		t.Fatalf("truncated after the objects: %v", err)
	}
	if got := strings.Join(pdfTexts(doc), ""); !strings.Contains(got, "乡村旅游成为群众增收的新亮点") {
		t.Errorf("rebuilt text %q", got)
	}
	for _, n := range []int{9, 40, len(data) / 3, len(data) / 2} {
		_, err := extractBytes(t, data[:n], Options{})
		var e *Error
		if err != nil && (!errors.As(err, &e) || !strings.Contains(e.Error(), "synthetic.pdf")) {
			t.Errorf("cut at %d: %v", n, err)
		}
	}
}

func TestPDFUnmappedFontWithoutOCR(t *testing.T) {
	// A simple font whose glyph names map to nothing: the text layer is
	// codes, not text. Without OCR this must be no_text_layer, never
	// mojibake.
	var c strings.Builder
	c.WriteString("BT /F1 12 Tf 72 700 Td (")
	for i := 0; i < 60; i++ {
		c.WriteByte(byte(0x21 + i%20))
	}
	c.WriteString(") Tj ET")
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /XX /Encoding << /Differences [33 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8 /g9 /g10 /g11 /g12 /g13 /g14 /g15 /g16 /g17 /g18 /g19 /g20] >> >>",
		stream(c.String())}
	ocrDisabled = "OCR is not available: disabled for this test"
	defer func() { ocrDisabled = "" }()
	_, err := extractBytes(t, synthPDF(objs, 1), Options{})
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeNoText || !strings.Contains(e.Msg, "OCR is not available") {
		t.Fatalf("got %v, want %s saying OCR is not available", err, CodeNoText)
	}
}

func TestTextPlausible(t *testing.T) {
	good := []string{"今年以来，全县引进各类人才120名，同比增长15.3%。", "GDP growth of 6.5% in 2025 (preliminary).", "①加强组织领导；②完善工作机制。"}
	bad := []string{"­Ïö)öi.*¾ÅTzn­%E§c#KÐ{ÃÆÇÈÉÊËÌ", "\x01\x02\x03\x04\x05abc", "\ue000\ue001\ue002\ue003文字"}
	for _, s := range good {
		if !textPlausible(s) {
			t.Errorf("rejected real text %q", s)
		}
	}
	for _, s := range bad {
		if textPlausible(s) {
			t.Errorf("accepted mojibake %q", s)
		}
	}
	// Han characters drawn at random from rare ones: wrongly mapped font.
	rare := strings.Repeat("鼋鼍鼐鼯鼹鼷黥黧黩黪", 6)
	if textPlausible(rare) {
		t.Errorf("accepted a run of rare characters")
	}
}

// TestPDFRotatedPage reads a page whose content is drawn rotated by 90°
// (a landscape page in a portrait box) and drops a diagonal watermark.
func TestPDFRotatedPage(t *testing.T) {
	body := "全年新建农村公路三十二公里，完成危桥改造九座，实现建制村通客车率百分之百。"
	var c strings.Builder
	// 90° counter-clockwise: text runs up the page.
	fmt.Fprintf(&c, "BT /F1 14 Tf 0 1 -1 0 470 100 Tm %s Tj ET\n", ucs2(body))
	fmt.Fprintf(&c, "BT /F1 20 Tf 0 1 -1 0 440 100 Tm %s Tj ET\n", ucs2("县交通运输局"))
	fmt.Fprintf(&c, "BT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 150 300 Tm %s Tj ET\n", ucs2("内部资料"))
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R /Resources << /Font << /F1 4 0 R >> >> >>"}
	objs = append(objs, fpdfFont(4)...)
	objs = append(objs, stream(c.String()))
	doc, err := extractBytes(t, synthPDF(objs, 1), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(pdfTexts(doc), "\n")
	if got != "县交通运输局\n"+body {
		t.Fatalf("rotated page read as %q", got)
	}
}

// TestPDFPredefinedCJKCMaps reads Type0 fonts without ToUnicode whose
// encodings are the predefined GBK-EUC-H and UniGB-UCS2-H CMaps, as older
// Chinese office software writes them.
func TestPDFPredefinedCJKCMaps(t *testing.T) {
	text := "二、存在问题：资金缺口达3.5亿元。"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	for enc, shown := range map[string]string{"GBK-EUC-H": fmt.Sprintf("<%X>", gbk), "UniGB-UCS2-H": ucs2(text)} {
		objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
			"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /" + enc + " /DescendantFonts [5 0 R] >>",
			"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>",
			stream("BT /F1 12 Tf 72 700 Td " + shown + " Tj ET")}
		doc, err := extractBytes(t, synthPDF(objs, 1), Options{})
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		if got := strings.Join(pdfTexts(doc), "|"); got != text {
			t.Errorf("%s: %q, want %q", enc, got, text)
		}
	}
}
