package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func fixture(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join(xRepoRoot(t), "testdata", "extract", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustExtract(t *testing.T, name string, data []byte, opt Options) *Document {
	t.Helper()
	doc, err := Extract(context.Background(), name, data, opt)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

func wantCode(t *testing.T, name string, err error, codes ...string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: got %v, want an *Error with code %v", name, err, codes)
	}
	for _, c := range codes {
		if e.Code == c {
			if !strings.Contains(e.Error(), name) {
				t.Errorf("%s: message does not name the file: %q", name, e.Error())
			}
			return
		}
	}
	t.Fatalf("%s: code %s (%v), want one of %v", name, e.Code, e, codes)
}

// Every rendering of the agricultural report holds a tracked deletion, a
// hidden run, a comment and a header that must not reach the text, and
// headings numbered by automatic numbering that must.
func TestFormatsKeepOnlyVisibleBody(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(xRepoRoot(t), "testdata", "extract", "agri-summary.*"))
	checked := 0
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasSuffix(base, ".source.txt") {
			continue
		}
		b, _ := os.ReadFile(f)
		doc := mustExtract(t, base, b, Options{})
		all := strings.Join(texts(doc.Paragraphs), "\n")
		for _, gone := range []string{"绿野康源", "隐藏批注王五", "请核实数据来源", "办公室内部资料", "赵六", "PAGE"} {
			if strings.Contains(all, gone) {
				t.Errorf("%s: %q reached the text", base, gone)
			}
		}
		for _, kept := range []string{"一、2023年工作开展情况", "（三）农村改革持续深化", "青禾农业科技有限公司", "300余人", "图表说明"} {
			if !strings.Contains(all, kept) {
				t.Errorf("%s: %q missing", base, kept)
			}
		}
		if doc.Format == DOCX || doc.Format == DOC || doc.Format == ODT {
			if doc.Title != "柳溪县农业农村局2023年工作总结及2024年工作思路" {
				t.Errorf("%s: title %q", base, doc.Title)
			}
			levels := map[string]int{}
			for _, p := range doc.Paragraphs {
				if p.Heading {
					levels[p.Text] = p.Level
				}
			}
			if levels["二、存在的主要问题"] != 1 || levels["（二）壮大特色产业"] != 2 {
				t.Errorf("%s: heading levels %v", base, levels)
			}
		}
		checked++
	}
	if checked < 8 {
		t.Fatalf("only %d renderings checked", checked)
	}
}

func TestBadInputAllFormats(t *testing.T) {
	ctx := context.Background()
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 4096)
	rnd.Read(random)
	random[0] = 0 // keep it from looking like text

	var renamed bytes.Buffer
	zw := zip.NewWriter(&renamed)
	w, _ := zw.Create("photos/readme.txt")
	w.Write([]byte("not a report"))
	zw.Close()

	cases := []struct {
		name  string
		data  []byte
		codes []string
	}{
		{"empty.docx", nil, []string{CodeEmpty}},
		{"blank.txt", []byte(" \n\n\t\n"), []string{CodeEmpty}},
		{"random.doc", random, []string{CodeUnsupported}},
		{"renamed.docx", renamed.Bytes(), []string{CodeUnsupported}},
		{"ole-garbage.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, random[:600]...), []string{CodeUnsupported, CodeCorrupt}},
	}
	for _, name := range []string{"econ-briefing.docx", "econ-briefing.doc", "econ-briefing.odt"} {
		b := fixture(t, name)
		cases = append(cases, struct {
			name  string
			data  []byte
			codes []string
		}{"truncated-" + name, b[:len(b)/2], []string{CodeCorrupt, CodeUnsupported}})
	}
	for _, c := range cases {
		_, err := Extract(ctx, c.name, c.data, Options{})
		wantCode(t, c.name, err, c.codes...)
		if err != nil && c.codes[0] == CodeUnsupported && !strings.Contains(err.Error(), "docx") {
			t.Errorf("%s: message does not list the supported formats: %v", c.name, err)
		}
	}
	// Truncated text formats still give what they hold, without panicking.
	for _, name := range []string{"econ-briefing.rtf", "econ-briefing.html", "econ-briefing.gbk.txt"} {
		b := fixture(t, name)
		if _, err := Extract(ctx, name, b[:len(b)/2], Options{}); err != nil {
			wantCode(t, name, err, CodeCorrupt, CodeEmpty)
		}
	}
}

func zipOf(t *testing.T, parts map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxHead = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`

func TestDOCXLimits(t *testing.T) {
	ctx := context.Background()
	// A compression bomb: 8 MB of repeated markup in a few kilobytes.
	bomb := zipOf(t, map[string][]byte{"word/document.xml": append([]byte(docxHead), bytes.Repeat([]byte("<w:p/>"), 8<<20/6)...)})
	if len(bomb) > 200<<10 {
		t.Fatalf("bomb is %d bytes, not a bomb", len(bomb))
	}
	_, err := Extract(ctx, "bomb.docx", bomb, Options{})
	wantCode(t, "bomb.docx", err, CodeTooLarge)

	// A part over Options.MaxBytes.
	big := zipOf(t, map[string][]byte{"word/document.xml": []byte(docxHead + strings.Repeat("<w:p><w:r><w:t>全县经济平稳运行。</w:t></w:r></w:p>", 2000) + "</w:body></w:document>")})
	_, err = Extract(ctx, "big.docx", big, Options{MaxBytes: 4 << 10})
	wantCode(t, "big.docx", err, CodeTooLarge)
	doc := mustExtract(t, "big.docx", big, Options{})
	if len(doc.Paragraphs) != 2000 {
		t.Fatalf("got %d paragraphs", len(doc.Paragraphs))
	}

	// Deeply nested XML.
	deep := zipOf(t, map[string][]byte{"word/document.xml": []byte(docxHead + strings.Repeat("<w:sdt>", 100000) + "x")})
	start := time.Now()
	_, err = Extract(ctx, "deep.docx", deep, Options{})
	wantCode(t, "deep.docx", err, CodeCorrupt)
	if time.Since(start) > 5*time.Second {
		t.Errorf("deep nesting took %v", time.Since(start))
	}

	// Too many entries.
	parts := map[string][]byte{"word/document.xml": []byte(docxHead + "</w:body></w:document>")}
	for i := 0; i < maxZipEntries+1; i++ {
		parts["customXml/item"+strconv.Itoa(i)+".xml"] = nil
	}
	_, err = Extract(ctx, "many.docx", zipOf(t, parts), Options{})
	wantCode(t, "many.docx", err, CodeTooLarge)
}

// A DOCX whose list numbering continues across w:num instances, restarts
// with a startOverride, and whose text sits in fields, hyperlinks and
// content controls.
func TestDOCXNumberingAndFields(t *testing.T) {
	numbering := `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%2"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`
	p := func(num, lvl, text string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + num + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := docxHead + p("5", "0", "第一项") + p("5", "1", "细项") + p("5", "1", "细项") + p("5", "0", "第二项") + p("6", "0", "重新编号") + p("8", "0", "继续编号") +
		`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "http://example.org"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>链接文字</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
		`<w:sdt><w:sdtContent><w:p><w:hyperlink><w:r><w:t xml:space="preserve">控件 </w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>内容</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
		`</w:body></w:document>`
	data := zipOf(t, map[string][]byte{"word/document.xml": []byte(body), "word/numbering.xml": []byte(numbering)})
	doc := mustExtract(t, "list.docx", data, Options{})
	want := []string{"1.第一项", "①细项", "②细项", "2.第二项", "7.重新编号", "8.继续编号", "链接文字", "控件 内容"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestChineseNumbers(t *testing.T) {
	cases := map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 21: "二十一", 100: "一百", 105: "一百〇五", 110: "一百一十"}
	for n, want := range cases {
		if got := formatNumber(n, "chineseCounting"); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
	if got := formatNumber(3, "chineseLegalSimplified"); got != "叁" {
		t.Errorf("legal 3: %q", got)
	}
}

func TestTXTEncodingDetection(t *testing.T) {
	simp := "关于全县工作情况的汇报\n今年以来，全县经济社会发展取得新成效，人民群众获得感不断增强。\n"
	trad := "關於全縣工作情況的匯報\n今年以來，全縣經濟社會發展取得新成效，人民群眾獲得感不斷增強。\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(simp))
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte(trad))
	// Traditional text in GBK (valid GBK bytes, read as BIG5 it is garbage).
	gbkTrad, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(trad))
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(simp))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(simp))
	cases := []struct {
		name string
		data []byte
		want string
		enc  string
	}{
		{"gbk", gbk, simp, "txt/gb18030"},
		{"big5", big5, trad, "txt/big5"},
		{"gbk-traditional", gbkTrad, trad, "txt/gb18030"},
		{"utf16le-nobom", u16, simp, "txt/utf-16le"},
		{"utf16be-nobom", u16be, simp, "txt/utf-16be"},
	}
	for _, c := range cases {
		if f := Detect(c.data); f != TXT {
			t.Errorf("%s: detected %q", c.name, f)
			continue
		}
		doc := mustExtract(t, c.name+".txt", c.data, Options{})
		if got := strings.Join(texts(doc.Paragraphs), "\n") + "\n"; got != c.want || doc.Engine != c.enc {
			t.Errorf("%s: %s %q", c.name, doc.Engine, got)
		}
	}
}

func TestTXTWrapping(t *testing.T) {
	// One paragraph per line, of varied lengths: left alone.
	normal := "关于全县工作情况的汇报\n一、主要成效\n全县经济运行平稳。\n新增市场主体800户，比上年增长12%，其中企业260户。\n二是民生持续改善\n城镇新增就业2100人。\n"
	doc := mustExtract(t, "normal.txt", []byte(normal), Options{})
	if len(doc.Paragraphs) != 6 {
		t.Errorf("normal file re-joined: %q", texts(doc.Paragraphs))
	}
	// Blank-line separated blocks broken mid-sentence.
	blocks := "一、主要成效\n\n全县经济运行总体平稳，地区生产总值\n增长6.1%，高于全市平均水平。\n\n新增市场主体800户，其中\n企业260户，个体工商户540户。\n"
	doc = mustExtract(t, "blocks.txt", []byte(blocks), Options{})
	want := []string{"一、主要成效", "全县经济运行总体平稳，地区生产总值增长6.1%，高于全市平均水平。", "新增市场主体800户，其中企业260户，个体工商户540户。"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks: %q", got)
	}
	// Fixed-width wrapping with Latin words joined by a space.
	wrapped := "　　全县深入实施创新驱\n动发展战略，推动数字经\n济建成Smart City\nplatform一期工程。\n　　二是民生持续改善，\n城镇新增就业21000人，\n城镇登记失业率控制在3\n.5%以内。\n"
	doc = mustExtract(t, "wrapped.txt", []byte(wrapped), Options{})
	want = []string{"全县深入实施创新驱动发展战略，推动数字经济建成Smart City platform一期工程。", "二是民生持续改善，城镇新增就业21000人，城镇登记失业率控制在3.5%以内。"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrapped: %q", got)
	}
}

func TestHTMLReader(t *testing.T) {
	page := `<html><head><meta charset="gbk"><title>站点标题</title><script>var x="脚本";</script><style>.a{}</style></head><body>
<nav>首页 &gt; 栏目</nav><div id="c"><h1>关于全县工作的汇报</h1><p>今年以来，全县经济
运行平稳。</p>一、主要成效<br>新增市场主体800户。<br/><span style="display:none">隐藏文字</span>
<table><tr><td>指标</td><td>数值</td></tr><tr><td>生产总值</td><td>128.6</td></tr></table></div><footer>版权所有</footer></body></html>`
	data, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	doc := mustExtract(t, "page.html", data, Options{Raw: true})
	want := []string{"关于全县工作的汇报", "今年以来，全县经济运行平稳。", "一、主要成效", "新增市场主体800户。", "指标 数值", "生产总值 128.6"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
	if !doc.Paragraphs[0].Heading || doc.Paragraphs[0].Level != 1 {
		t.Errorf("h1 not a heading: %+v", doc.Paragraphs[0])
	}
}

func TestRTFReader(t *testing.T) {
	rtf := `{\rtf1\ansi\ansicpg936{\fonttbl{\f0\fcharset134 SimSun;}{\f1\fcharset0 Arial;}}{\info{\title \'b9\'d8\'d3\'da}}` +
		`{\header \'d2\'b3\'c3\'bc\par}\pard\outlinelevel0{\listtext \u19968?\u12289?\tab}\'d6\'f7\'d2\'aa\'b3\'c9\'d0\'a7\par` +
		`\pard \f0\'c8\'ab\'cf\'d8{\v \'d2\'fe\'b2\'d8}{\deleted \'c9\'be\'b3\'fd}\'b7\'a2\'d5\'b9{\field{\*\fldinst PAGE}{\fldrslt 3}}\par` +
		`{\footnote \'bd\'c5\'d7\'a2}\trowd\pard\intbl A\cell B\cell\row}`
	doc := mustExtract(t, "r.rtf", []byte(rtf), Options{Raw: true})
	want := []string{"一、主要成效", "全县发展3", "A B"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
	if doc.Title != "关于" || !doc.Paragraphs[0].Heading || doc.Paragraphs[0].Level != 1 {
		t.Errorf("title %q, first %+v", doc.Title, doc.Paragraphs[0])
	}
}

// patchNFib rewrites the FIB's nFib in a .doc to the Word 6/95 value.
func patchNFib(t *testing.T, b []byte) []byte {
	out := append([]byte(nil), b...)
	i := bytes.Index(out[512:], []byte{0xEC, 0xA5})
	if i < 0 {
		t.Fatal("no FIB found")
	}
	binary.LittleEndian.PutUint16(out[512+i+2:], 0x65)
	return out
}

func TestLegacyWithoutLibreOffice(t *testing.T) {
	old := sofficeBinary
	sofficeBinary = func() string { return "" }
	defer func() { sofficeBinary = old }()
	_, err := Extract(context.Background(), "old.doc", patchNFib(t, fixture(t, "econ-briefing.doc")), Options{})
	wantCode(t, "old.doc", err, CodeLegacy)
	if !strings.Contains(err.Error(), "LibreOffice") {
		t.Errorf("no advice in %v", err)
	}
}

func TestLegacyThroughLibreOffice(t *testing.T) {
	if sofficeBinary() == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice is required under CI (apt-get install -y libreoffice-writer-nogui)")
		}
		t.Skip("soffice not installed (apt-get install -y libreoffice-writer-nogui)")
	}
	// A .doc the piece-table reader declines (Word 6/95 version number):
	// LibreOffice reads the file itself.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	doc, err := Extract(ctx, "old.doc", patchNFib(t, fixture(t, "econ-briefing.doc")), Options{})
	if err != nil {
		t.Fatalf("LibreOffice conversion failed: %v", err)
	}
	left, _ := filepath.Glob(filepath.Join(os.TempDir(), "huibao-soffice-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	if doc.Engine != "doc/soffice" || !strings.Contains(strings.Join(texts(doc.Paragraphs), ""), "规上工业增加值") {
		t.Errorf("engine %s, text %q", doc.Engine, texts(doc.Paragraphs))
	}
}

// Word's list styles: the abstract list used by paragraphs only names a
// numbering style (numStyleLink), whose own list holds the levels.
func TestDOCXNumStyleLink(t *testing.T) {
	styles := `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="numbering" w:styleId="ReportList"><w:name w:val="Report List"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
</w:styles>`
	numbering := `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`
	para := func(style, ilvl, text string) string {
		pPr := `<w:pStyle w:val="` + style + `"/>`
		if ilvl != "" {
			pPr += `<w:numPr><w:ilvl w:val="` + ilvl + `"/></w:numPr>`
		}
		return `<w:p><w:pPr>` + pPr + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := docxHead + para("H2", "0", "主要成效") + para("H2", "", "经济运行") + para("H2", "", "民生保障") + para("H2", "0", "存在问题") + `</w:body></w:document>`
	doc := mustExtract(t, "linked.docx", zipOf(t, map[string][]byte{"word/document.xml": []byte(body), "word/styles.xml": []byte(styles), "word/numbering.xml": []byte(numbering)}), Options{})
	want := []string{"一、主要成效", "（一）经济运行", "（二）民生保障", "二、存在问题"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A crawled government page: menus, breadcrumbs, related-article lists and
// previous/next links around the report are dropped; the article's own
// header with its title is kept.
func TestHTMLCrawledPageChrome(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div class="top-menu"><a href="/">首页</a><a href="/zw">政务公开</a><a href="/hd">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zw">工作报告</a></div>
<article><header><h1>东岭县2024年上半年工作总结</h1></header>
<p>上半年，全县地区生产总值增长6.2%，新增就业1800人。</p>
<ul><li>一、经济运行稳中向好</li><li>二、民生保障持续加强</li></ul>
<p>详见<a href="/fj.doc">附件</a>中的统计表。</p></article>
<ul class="list"><li><a href="/1">东岭县召开全县安全生产工作会议</a></li><li><a href="/2">东岭县开展防汛应急演练</a></li><li><a href="/3">县政府召开常务会议</a></li></ul>
<div>上一篇：<a href="/a">东岭县一季度经济运行情况</a></div>
<div>【打印本页】【关闭窗口】</div>
</body></html>`
	doc := mustExtract(t, "page.html", []byte(page), Options{})
	want := []string{"东岭县2024年上半年工作总结", "上半年，全县地区生产总值增长6.2%，新增就业1800人。", "一、经济运行稳中向好", "二、民生保障持续加强", "详见附件中的统计表。"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestDOCXMainPartFromRelsAndEncrypted(t *testing.T) {
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`
	ct := `<?xml version="1.0"?><Types><Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	body := docxHead + `<w:p><w:r><w:t>全县经济平稳运行。</w:t></w:r></w:p></w:body></w:document>`
	data := zipOf(t, map[string][]byte{"[Content_Types].xml": []byte(ct), "_rels/.rels": []byte(rels), "word/document2.xml": []byte(body)})
	doc := mustExtract(t, "renamed-part.docx", data, Options{})
	if len(doc.Paragraphs) != 1 || doc.Paragraphs[0].Text != "全县经济平稳运行。" {
		t.Errorf("got %q", texts(doc.Paragraphs))
	}
	// An OLE container with the streams of an encrypted package.
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	ole = append(ole, utf16le("EncryptionInfo")...)
	ole = append(ole, utf16le("EncryptedPackage")...)
	_, err := Extract(context.Background(), "locked.docx", ole, Options{})
	wantCode(t, "locked.docx", err, CodeEncrypted)
}

// Text wrapped every N characters (not columns): digits make the display
// widths of full lines differ, the character counts do not.
func TestTXTWrappedByCharacterCount(t *testing.T) {
	paras := []string{
		"全县上半年实现地区生产总值128.6亿元，同比增长6.1%，规模以上工业增加值增长8.2%，固定资产投资增长9.4%，社会消费品零售总额增长6.7%。",
		"城镇新增就业2150人，城镇登记失业率控制在3.5%以内，民生支出达到24.7亿元，占一般公共预算支出的81.2%。",
		"下半年，全县将紧盯全年目标任务，确保完成固定资产投资120亿元以上，力争规上工业增加值增长8%左右。",
	}
	var b strings.Builder
	for _, p := range paras {
		r := []rune(p)
		for len(r) > 24 {
			b.WriteString(string(r[:24]) + "\n")
			r = r[24:]
		}
		b.WriteString(string(r) + "\n")
	}
	doc := mustExtract(t, "count.txt", []byte(b.String()), Options{})
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(paras, "|") {
		t.Errorf("got %q", got)
	}
}

// An ODT written by LibreOffice with chapter numbering: the labels of
// text:h headings live only in the outline style.
func TestODTOutlineNumbering(t *testing.T) {
	styles := `<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"><office:styles>
<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" loext:num-list-format="%1%、" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
<text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/><text:outline-level-style text:level="3" style:num-format=""/></text:outline-style></office:styles></office:document-styles>`
	content := `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
<text:h text:outline-level="1">主要成效</text:h><text:p>正文。</text:p><text:h text:outline-level="2">经济运行</text:h><text:h text:outline-level="2">民生保障</text:h>
<text:h text:outline-level="3">小节</text:h><text:h text:outline-level="1">存在问题</text:h><text:h text:outline-level="2">基础薄弱</text:h></office:text></office:body></office:document-content>`
	data := zipOf(t, map[string][]byte{"mimetype": []byte("application/vnd.oasis.opendocument.text"), "content.xml": []byte(content), "styles.xml": []byte(styles)})
	doc := mustExtract(t, "outline.odt", data, Options{})
	want := []string{"一、主要成效", "正文。", "（一）经济运行", "（二）民生保障", "小节", "二、存在问题", "（一）基础薄弱"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

// Older government sites lay pages out with tables: a row whose cells hold
// paragraphs or nested tables is not a data row to join.
func TestHTMLLayoutTable(t *testing.T) {
	page := `<html><head><meta charset="utf-8"></head><body><table><tr>
<td><p>关于全县农业工作的报告</p><p>今年以来，全县农业生产形势良好。</p><p>粮食总产量达到23万吨。</p>
<table><tr><td>指标</td><td>数值</td></tr><tr><td>粮食产量</td><td>23万吨</td></tr></table></td>
</tr></table></body></html>`
	doc := mustExtract(t, "layout.html", []byte(page), Options{})
	want := []string{"关于全县农业工作的报告", "今年以来，全县农业生产形势良好。", "粮食总产量达到23万吨。", "指标 数值", "粮食产量 23万吨"}
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

func TestDOCXSkipsTableOfContents(t *testing.T) {
	styles := `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles>`
	body := docxHead + `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>一、主要成效</w:t></w:r><w:r><w:tab/><w:t>3</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>一、主要成效</w:t></w:r></w:p><w:p><w:r><w:t>全县经济平稳运行。</w:t></w:r></w:p></w:body></w:document>`
	doc := mustExtract(t, "toc.docx", zipOf(t, map[string][]byte{"word/document.xml": []byte(body), "word/styles.xml": []byte(styles)}), Options{})
	if got := texts(doc.Paragraphs); strings.Join(got, "|") != "一、主要成效|全县经济平稳运行。" || !doc.Paragraphs[0].Heading {
		t.Errorf("got %q", got)
	}
}
