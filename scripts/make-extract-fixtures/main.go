// Command make-extract-fixtures renders the report texts written for
// huibao's extraction tests (NAME.fix, our own writing) into the formats
// extract reads, next to NAME.source.txt, the text each file must give back.
//
// Markup of a .fix file, one block per line:
//
//	# title            the Title style
//	= heading          level-1 heading, numbered 一、 by automatic numbering
//	== heading         level-2 heading, numbered （一）
//	| a | b | c        a table row (the source text joins cells with a space)
//	[box] text         a text box anchored on the previous paragraph
//	text               a body paragraph; {+ins+} and {-del-} are tracked changes
//
// It writes DOCX (our own WordprocessingML with numbering, a table, a text
// box, tracked changes, a header, a footer, a comment, a field and hidden
// text that must all be handled), RTF (\ansicpg936 with GBK bytes), HTML
// (UTF-8 and GB2312 with navigation and scripts to drop) and TXT (GBK,
// UTF-16, BIG5, hard-wrapped, with resale ads). make-extract-fixtures.sh
// adds the LibreOffice conversions (DOC, ODT, RTF, DOCX).
//
// Usage: go run ./scripts/make-extract-fixtures OUTDIR FILE.fix...
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

type block struct {
	kind  string // title, h1, h2, row, box, para
	text  string // raw text with markup
	cells []string
	label string // rendered numbering of headings
}

var reIns = regexp.MustCompile(`\{\+(.*?)\+\}`)
var reDel = regexp.MustCompile(`\{-(.*?)-\}`)

// plain is the visible text: insertions kept, deletions dropped.
func plain(s string) string {
	s = reDel.ReplaceAllString(s, "")
	return reIns.ReplaceAllString(s, "$1")
}

var cnNum = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func parse(src string) []block {
	var bs []block
	h1, h2 := 0, 0
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "# "):
			bs = append(bs, block{kind: "title", text: line[2:]})
		case strings.HasPrefix(line, "== "):
			h2++
			bs = append(bs, block{kind: "h2", text: line[3:], label: "（" + cnNum[h2] + "）"})
		case strings.HasPrefix(line, "= "):
			h1++
			h2 = 0
			bs = append(bs, block{kind: "h1", text: line[2:], label: cnNum[h1] + "、"})
		case strings.HasPrefix(line, "|"):
			var cells []string
			for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
				cells = append(cells, strings.TrimSpace(c))
			}
			bs = append(bs, block{kind: "row", cells: cells})
		case strings.HasPrefix(line, "[box] "):
			bs = append(bs, block{kind: "box", text: line[6:]})
		default:
			bs = append(bs, block{kind: "para", text: line})
		}
	}
	return bs
}

// lines is the source text: one paragraph per line.
func lines(bs []block) []string {
	var out []string
	for _, b := range bs {
		switch b.kind {
		case "row":
			out = append(out, strings.Join(b.cells, " "))
		default:
			out = append(out, b.label+plain(b.text))
		}
	}
	return out
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: make-extract-fixtures OUTDIR FILE.fix...")
		os.Exit(2)
	}
	out := os.Args[1]
	for _, f := range os.Args[2:] {
		src, err := os.ReadFile(f)
		check(err)
		name := strings.TrimSuffix(filepath.Base(f), ".fix")
		bs := parse(string(src))
		ls := lines(bs)
		text := strings.Join(ls, "\n") + "\n"
		write(out, name+".source.txt", []byte(text))
		write(out, name+".docx", makeDOCX(bs))
		write(out, name+".wrapped.txt", []byte(wrap(ls, 40)))
		u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(strings.ReplaceAll(text, "\n", "\r\n")))
		check(err)
		write(out, name+".utf16.txt", u16)
		write(out, name+".html", makeHTML(bs, "utf-8"))
		if isTraditional(text) {
			b5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(text))
			check(err)
			write(out, name+".big5.txt", b5)
			continue
		}
		gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
		check(err)
		write(out, name+".gbk.txt", gbk)
		write(out, name+".ads.txt", []byte(withAds(ls)))
		g, err := simplifiedchinese.GBK.NewEncoder().Bytes(makeHTML(bs, "gb2312"))
		check(err)
		write(out, name+".gbk.html", g)
		write(out, name+".rtf", makeRTF(bs))
	}
}

func isTraditional(s string) bool { return strings.ContainsAny(s, "鎮們經這") }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func write(dir, name string, b []byte) {
	check(os.WriteFile(filepath.Join(dir, name), b, 0o644))
}

// wrap hard-wraps paragraphs at width columns (CJK = 2), indenting the first
// line of each body paragraph with two ideographic spaces.
func wrap(ls []string, width int) string {
	var b strings.Builder
	for i, l := range ls {
		col := 0
		if i > 0 && !strings.ContainsAny(l[:min(len(l), 12)], "、）") {
			b.WriteString("\u3000\u3000")
			col = 4
		}
		for _, r := range l {
			w := 1
			if r >= 0x2E80 {
				w = 2
			}
			if col+w > width {
				b.WriteString("\n")
				col = 0
			}
			b.WriteRune(r)
			col += w
		}
		b.WriteString("\n")
	}
	return b.String()
}

// withAds wraps the text in resale-site furniture of our own invention.
func withAds(ls []string) string {
	var b strings.Builder
	b.WriteString("本资料由青松范文网整理发布 仅供学习交流\n青松范文网\n每日更新海量公文材料\n加入VIP会员免费下载全部资料\n\n")
	for i, l := range ls {
		if i == 3 {
			l += " www.qingsong-fw.com (www.qingsong-fw.com)"
		}
		b.WriteString(l + "\n")
		if i == len(ls)/2 {
			b.WriteString("- 2 -\n青松范文网整理，客服QQ：31415926\n")
		}
	}
	b.WriteString("\n青松范文网整理，客服QQ：31415926\n")
	return b.String()
}

func makeHTML(bs []block, charset string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n", charset)
	b.WriteString("<title>公文范文_在线阅读</title><style>p{text-indent:2em}</style>\n<script>var hits=1; document.write('统计代码');</script></head>\n<body>\n")
	b.WriteString("<nav><a href=\"/\">首页</a> &gt; <a href=\"/gw\">工作总结</a></nav>\n<div class=\"content\">\n")
	inTable := false
	for _, x := range bs {
		if x.kind != "row" && inTable {
			b.WriteString("</table>\n")
			inTable = false
		}
		switch x.kind {
		case "title":
			fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(plain(x.text)))
		case "h1":
			fmt.Fprintf(&b, "<h2>%s%s</h2>\n", x.label, html.EscapeString(plain(x.text)))
		case "h2":
			fmt.Fprintf(&b, "<p><strong>%s%s</strong></p>\n", x.label, html.EscapeString(plain(x.text)))
		case "row":
			if !inTable {
				b.WriteString("<table border=\"1\">\n")
				inTable = true
			}
			b.WriteString("<tr>")
			for _, c := range x.cells {
				fmt.Fprintf(&b, "<td>%s</td>", html.EscapeString(c))
			}
			b.WriteString("</tr>\n")
		default:
			// Some paragraphs as <p>, some as text separated by <br>, as
			// crawled pages do.
			fmt.Fprintf(&b, "<p>&nbsp;&nbsp;%s</p>\n", html.EscapeString(plain(x.text)))
		}
	}
	if inTable {
		b.WriteString("</table>\n")
	}
	b.WriteString("</div>\n<footer>版权所有 示例网站 备案号：示ICP备00000000号</footer>\n</body></html>\n")
	return []byte(b.String())
}

// makeRTF writes RTF the way Chinese Word versions do: \ansicpg936 and GBK
// bytes as \'xx escapes, with \uN for one character outside GBK's usual use.
func makeRTF(bs []block) []byte {
	var b strings.Builder
	b.WriteString(`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}{\f1\fswiss\fcharset0 Arial;}}` + "\n")
	b.WriteString(`{\colortbl ;\red0\green0\blue0;}{\*\generator Huibao fixture;}{\info{\title ` + rtfText(plain(bs[0].text)) + `}{\author ` + rtfText("测试") + `}}` + "\n")
	b.WriteString(`{\header\pard\plain ` + rtfText("柳溪县人民政府办公室") + `\par}` + "\n")
	for _, x := range bs {
		switch x.kind {
		case "title":
			b.WriteString(`\pard\qc\b\f0\fs36 ` + rtfText(plain(x.text)) + `\b0\fs24\par` + "\n")
		case "h1", "h2":
			lvl := 0
			if x.kind == "h2" {
				lvl = 1
			}
			fmt.Fprintf(&b, "\\pard\\outlinelevel%d{\\listtext %s\\tab}%s\\par\n", lvl, rtfText(x.label), rtfText(plain(x.text)))
		case "row":
			b.WriteString(`\trowd\cellx2000\cellx4000\cellx6000\cellx8000` + "\n")
			for _, c := range x.cells {
				b.WriteString(`\pard\intbl ` + rtfText(c) + `\cell` + "\n")
			}
			b.WriteString(`\row` + "\n")
		default:
			b.WriteString(`\pard\fi480 ` + rtfText(plain(x.text)) + `{\*\bkmkstart x}{\field{\*\fldinst PAGE}{\fldrslt }}\par` + "\n")
		}
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

func rtfText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == '{' || r == '}':
			b.WriteString(`\` + string(r))
		case r < 0x80:
			b.WriteRune(r)
		default:
			g, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(string(r)))
			if err != nil || r == '“' {
				// \uN with one fallback byte skipped by readers that
				// understand it.
				fmt.Fprintf(&b, `\u%d?`, int16(r))
				continue
			}
			for _, c := range g {
				fmt.Fprintf(&b, `\'%02x`, c)
			}
		}
	}
	return b.String()
}

// ---- DOCX ----

const wns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"`

func esc(s string) string {
	var b bytes.Buffer
	_ = xmlEscape(&b, s)
	return b.String()
}

func xmlEscape(b *bytes.Buffer, s string) error {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return nil
}

// runs renders text with {+ins+}/{-del-} markup as runs and revisions; the
// text is also split into several runs mid-word, as Word does.
func runs(s string) string {
	var b strings.Builder
	id := 100
	re := regexp.MustCompile(`\{\+(.*?)\+\}|\{-(.*?)-\}`)
	last := 0
	plainRuns := func(t string) {
		for len(t) > 0 {
			n := 0
			for i := 0; i < 7 && n < len(t); i++ {
				_, sz := utf8.DecodeRuneInString(t[n:])
				n += sz
			}
			fmt.Fprintf(&b, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, esc(t[:n]))
			t = t[n:]
		}
	}
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		plainRuns(s[last:m[0]])
		id++
		if m[2] >= 0 {
			fmt.Fprintf(&b, `<w:ins w:id="%d" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:t>%s</w:t></w:r></w:ins>`, id, esc(s[m[2]:m[3]]))
		} else {
			fmt.Fprintf(&b, `<w:del w:id="%d" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>%s</w:delText></w:r></w:del>`, id, esc(s[m[4]:m[5]]))
		}
		last = m[1]
	}
	plainRuns(s[last:])
	return b.String()
}

func makeDOCX(bs []block) []byte {
	var body strings.Builder
	inTable := false
	commented := false
	for i, x := range bs {
		if x.kind != "row" && inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		switch x.kind {
		case "title":
			fmt.Fprintf(&body, `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>%s</w:p>`, runs(x.text))
		case "h1":
			fmt.Fprintf(&body, `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>`, runs(x.text))
		case "h2":
			fmt.Fprintf(&body, `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>`, runs(x.text))
		case "row":
			if !inTable {
				body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>`)
				inTable = true
			}
			body.WriteString("<w:tr>")
			for _, c := range x.cells {
				fmt.Fprintf(&body, `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>`, runs(c))
			}
			body.WriteString("</w:tr>")
		case "box":
			// handled with the anchoring paragraph
		default:
			extra := ""
			if i+1 < len(bs) && bs[i+1].kind == "box" {
				t := esc(bs[i+1].text)
				extra = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="box"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>` + t +
					`</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>` + t +
					`</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
			}
			hidden := ""
			if !commented {
				// A comment and a hidden run that must stay out of the text.
				hidden = `<w:commentRangeStart w:id="0"/><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏批注王五</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`
				commented = true
			}
			fmt.Fprintf(&body, `<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>%s%s%s</w:p>`, hidden, runs(x.text), extra)
		}
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + wns + `><w:body>` + body.String() +
		`<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr></w:body></w:document>`
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + wns + `>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
		`</w:styles>`
	numbering := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + wns + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wns + `><w:p><w:r><w:t>柳溪县人民政府办公室内部资料</w:t></w:r></w:p></w:hdr>`
	footer := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ` + wns + `><w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p></w:ftr>`
	comments := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ` + wns + `><w:comment w:id="0" w:author="赵六"><w:p><w:r><w:t>请核实数据来源</w:t></w:r></w:p></w:comment></w:comments>`
	ct := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
		`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>` +
		`</Types>`
	rels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	docRels := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
		`<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>` +
		`</Relationships>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", ct}, {"_rels/.rels", rels}, {"word/_rels/document.xml.rels", docRels},
		{"word/document.xml", doc}, {"word/styles.xml", styles}, {"word/numbering.xml", numbering},
		{"word/header1.xml", header}, {"word/footer1.xml", footer}, {"word/comments.xml", comments},
	} {
		w, err := zw.Create(p.name)
		check(err)
		_, err = w.Write([]byte(p.body))
		check(err)
	}
	check(zw.Close())
	return buf.Bytes()
}
