package extract

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func init() { register(RTF, readRTF) }

// readRTF reads Rich Text Format: \'xx bytes decoded in the code page of
// the current font (\fcharset134 → GBK) or of the document (\ansicpg936),
// \uN characters with their \ucN fallbacks skipped, list labels
// ({\listtext}) kept, headers, footers, footnotes, comments, field codes,
// pictures, hidden text (\v) and tracked deletions (\deleted) left out,
// table cells joined into one paragraph per row, \outlinelevel and heading
// styles marking headings, and \info's \title as the document title.
func readRTF(ctx context.Context, data []byte, opt Options) (*Document, error) {
	p := &rtfParser{ctx: ctx, data: data, doc: &Document{Engine: "rtf"}, cpg: 1252,
		fonts: map[int]int{}, styles: map[int]string{}}
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.doc, nil
}

type rtfState struct {
	skip     bool
	uc       int
	font     int
	hidden   bool
	deleted  bool
	dest     string // fonttbl, stylesheet, title, listtext, or "" for body
	fontNum  int    // inside a fonttbl entry
	styleNum int    // inside a stylesheet entry
}

type rtfParser struct {
	ctx    context.Context
	data   []byte
	pos    int
	doc    *Document
	cpg    int         // document code page (\ansicpg)
	fonts  map[int]int // font number → code page
	styles map[int]string
	stack  []rtfState
	st     rtfState

	raw      []byte          // pending bytes in the current code page
	text     strings.Builder // current paragraph
	capture  strings.Builder // font, style or title name
	skipN    int             // fallback characters to skip after \uN
	outline  int
	style    int
	intbl    bool
	cells    []string
	cell     strings.Builder
	groupTop bool // next control word is the first of its group
}

func (p *rtfParser) run() error {
	p.st = rtfState{uc: 1, font: -1}
	n := 0
	for p.pos < len(p.data) {
		n++
		if n%65536 == 0 && p.ctx.Err() != nil {
			return Errorf(CodeTimeout, "reading took too long")
		}
		c := p.data[p.pos]
		switch c {
		case '{':
			p.flushRaw()
			p.pos++
			if len(p.stack) >= maxXMLDepth {
				return Errorf(CodeCorrupt, "the RTF groups are nested too deeply")
			}
			p.stack = append(p.stack, p.st)
			p.groupTop = true
			continue
		case '}':
			p.flushRaw()
			p.pos++
			p.endGroup()
			if len(p.stack) == 0 {
				p.skipN = 0
				continue
			}
			p.st = p.stack[len(p.stack)-1]
			p.stack = p.stack[:len(p.stack)-1]
			p.groupTop = false
			continue
		case '\\':
			if err := p.control(); err != nil {
				return err
			}
			continue
		case '\r', '\n':
			p.pos++
			continue
		}
		p.pos++
		p.groupTop = false
		if p.skipN > 0 {
			p.skipN--
			continue
		}
		p.byteOut(c)
	}
	p.flushRaw()
	p.endPara()
	if len(p.doc.Paragraphs) == 0 && len(p.stack) > 0 && p.pos >= len(p.data) {
		return Errorf(CodeCorrupt, "the RTF file is truncated")
	}
	return nil
}

// endGroup finishes what a closing group completes: a font or style entry,
// the title.
func (p *rtfParser) endGroup() {
	switch p.st.dest {
	case "fontentry":
		p.capture.Reset()
	case "styleentry":
		name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.capture.String()), ";"))
		p.styles[p.st.styleNum] = name
		p.capture.Reset()
	case "title":
		if p.doc.Title == "" {
			p.doc.Title = strings.TrimSpace(p.capture.String())
		}
		p.capture.Reset()
	}
}

func (p *rtfParser) byteOut(c byte) {
	if p.st.skip || p.st.hidden || p.st.deleted {
		return
	}
	p.raw = append(p.raw, c)
}

func (p *rtfParser) runeOut(r rune) {
	p.flushRaw()
	if p.st.skip || p.st.hidden || p.st.deleted {
		return
	}
	if w := p.sink(); w != nil {
		w.WriteRune(r)
	}
}

// sink is where text goes in the current destination; nil drops it.
func (p *rtfParser) sink() *strings.Builder {
	switch p.st.dest {
	case "fontentry", "styleentry", "title":
		return &p.capture
	case "info", "fonttbl", "stylesheet":
		return nil
	}
	return &p.text
}

// flushRaw decodes pending bytes with the code page in force.
func (p *rtfParser) flushRaw() {
	if len(p.raw) == 0 {
		return
	}
	b := p.raw
	p.raw = p.raw[:0]
	if p.st.skip || p.st.hidden || p.st.deleted {
		return
	}
	cp := p.cpg
	if c, ok := p.fonts[p.st.font]; ok && c != 0 {
		cp = c
	}
	var s string
	if utf8.Valid(b) && isASCII(b) {
		s = string(b)
	} else if enc := codePage(cp); enc != nil {
		d, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			d = b
		}
		s = string(d)
	} else {
		s = string(b)
	}
	if w := p.sink(); w != nil {
		w.WriteString(strings.ToValidUTF8(s, ""))
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func codePage(cp int) encoding.Encoding {
	switch cp {
	case 936:
		return simplifiedchinese.GBK
	case 54936:
		return simplifiedchinese.GB18030
	case 950:
		return traditionalchinese.Big5
	case 932:
		return japanese.ShiftJIS
	case 949:
		return korean.EUCKR
	case 1250:
		return charmap.Windows1250
	case 1251:
		return charmap.Windows1251
	case 1252, 0:
		return charmap.Windows1252
	}
	return charmap.Windows1252
}

func charsetCodePage(cs int) int {
	switch cs {
	case 134:
		return 936
	case 136:
		return 950
	case 128:
		return 932
	case 129:
		return 949
	case 238:
		return 1250
	case 204:
		return 1251
	}
	return 0
}

// rtfSkip lists destinations whose content is not body text.
var rtfSkip = map[string]bool{
	"colortbl": true, "pict": true, "header": true, "headerl": true, "headerr": true, "headerf": true,
	"footer": true, "footerl": true, "footerr": true, "footerf": true, "footnote": true, "annotation": true,
	"atnid": true, "atnauthor": true, "atndate": true, "atnref": true, "object": true, "objdata": true, "listtable": true,
	"listoverridetable": true, "rsidtbl": true, "generator": true, "themedata": true, "colorschememapping": true,
	"datastore": true, "latentstyles": true, "xmlnstbl": true, "mmathPr": true, "pgdsctbl": true, "fldinst": true,
	"bkmkstart": true, "bkmkend": true, "nonshppict": true, "shppict": true, "sp": true, "revtbl": true,
	"author": true, "operator": true, "company": true, "subject": true, "keywords": true, "comment": true,
	"doccomm": true, "hlinkbase": true, "userprops": true, "template": true, "filetbl": true, "xe": true, "tc": true,
	"private": true, "blipuid": true, "docvar": true, "wgrffmtfilter": true, "pnseclvl": true, "pn": true,
	"ftnsep": true, "ftnsepc": true, "aftnsep": true, "aftnsepc": true, "ftncn": true, "formfield": true, "passwordhash": true,
}

var rtfSymbols = map[string]rune{
	"emdash": '—', "endash": '–', "lquote": '‘', "rquote": '’', "ldblquote": '“', "rdblquote": '”',
	"bullet": '•', "emspace": ' ', "enspace": ' ', "qmspace": ' ',
}

func (p *rtfParser) control() error {
	d := p.data
	p.pos++ // backslash
	if p.pos >= len(d) {
		return nil
	}
	c := d[p.pos]
	first := p.groupTop
	p.groupTop = false
	if !isLetter(c) {
		p.pos++
		switch c {
		case '\'':
			if p.pos+2 <= len(d) {
				v, err := strconv.ParseUint(string(d[p.pos:p.pos+2]), 16, 8)
				p.pos += 2
				if err == nil {
					if p.skipN > 0 {
						p.skipN--
						return nil
					}
					p.byteOut(byte(v))
				}
			}
		case '*':
			// Ignorable destination: skipped unless it is one we read.
			switch p.peekWord() {
			case "shpinst", "shptxt", "listtext", "pntext":
			default:
				p.st.skip = true
			}
		case '~':
			p.runeOut('\u00a0')
		case '_':
			p.runeOut('-')
		case '-':
		case '\\', '{', '}':
			if p.skipN > 0 {
				p.skipN--
				return nil
			}
			p.byteOut(c)
		case '\n', '\r':
			p.flushRaw()
			p.endPara()
		case '|', ':':
		}
		return nil
	}
	start := p.pos
	for p.pos < len(d) && isLetter(d[p.pos]) && p.pos-start < 32 {
		p.pos++
	}
	word := string(d[start:p.pos])
	num, hasNum := 0, false
	ns := p.pos
	if p.pos < len(d) && (d[p.pos] == '-' || d[p.pos] >= '0' && d[p.pos] <= '9') {
		p.pos++
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' && p.pos-ns < 11 {
			p.pos++
		}
		num, _ = strconv.Atoi(string(d[ns:p.pos]))
		hasNum = true
	}
	if p.pos < len(d) && d[p.pos] == ' ' {
		p.pos++
	}
	if word == "bin" && hasNum && num > 0 {
		p.flushRaw()
		if num > len(d)-p.pos {
			num = len(d) - p.pos
		}
		p.pos += num
		return nil
	}
	if first && rtfSkip[word] {
		p.flushRaw()
		p.st.skip = true
		return nil
	}
	if p.skipN > 0 && word != "u" {
		// A control word counts as one fallback character.
		p.skipN--
		return nil
	}
	switch word {
	case "fonttbl":
		p.flushRaw()
		p.st.dest = "fonttbl"
	case "stylesheet":
		p.flushRaw()
		p.st.dest = "stylesheet"
	case "info":
		p.st.dest = "info"
	case "title":
		if p.st.dest == "info" {
			p.flushRaw()
			p.st.dest = "title"
		}
	case "f":
		p.flushRaw()
		if p.st.dest == "fonttbl" || p.st.dest == "fontentry" {
			p.st.dest, p.st.fontNum = "fontentry", num
		} else {
			p.st.font = num
		}
	case "fcharset":
		if p.st.dest == "fontentry" {
			p.fonts[p.st.fontNum] = charsetCodePage(num)
		}
	case "cpg":
		if p.st.dest == "fontentry" && num > 0 {
			p.fonts[p.st.fontNum] = num
		}
	case "ansicpg":
		p.cpg = num
	case "s":
		if p.st.dest == "stylesheet" || p.st.dest == "styleentry" {
			p.st.dest, p.st.styleNum = "styleentry", num
		} else if p.st.dest == "" {
			p.style = num
		}
	case "u":
		r := rune(num)
		if r < 0 {
			r += 65536
		}
		p.runeOut(r)
		p.skipN = p.st.uc
	case "uc":
		p.st.uc = num
	case "par", "sect":
		p.flushRaw()
		if p.st.dest == "" || p.st.dest == "listtext" {
			p.endPara()
		}
	case "line":
		p.runeOut('\n')
	case "tab":
		if p.st.dest != "listtext" {
			p.runeOut('\t')
		}
	case "cell", "nestcell":
		p.flushRaw()
		p.endCell()
	case "row", "nestrow":
		p.flushRaw()
		p.endRow()
	case "intbl":
		p.intbl = true
	case "pard":
		p.flushRaw()
		if p.st.dest == "listtext" {
			break
		}
		p.intbl = false
		p.outline = 0
		p.style = 0
	case "plain":
		p.flushRaw()
		p.st.hidden, p.st.deleted = false, false
	case "v":
		p.flushRaw()
		p.st.hidden = !hasNum || num != 0
	case "deleted":
		p.flushRaw()
		p.st.deleted = !hasNum || num != 0
	case "outlinelevel":
		if num >= 0 && num < 9 {
			p.outline = num + 1
		}
	case "listtext", "pntext":
		p.flushRaw()
		p.st.dest = "listtext"
		p.st.skip = false
	case "shptxt":
		p.st.skip = false
	case "page", "column":
	default:
		if r, ok := rtfSymbols[word]; ok {
			p.runeOut(r)
		}
	}
	return nil
}

// peekWord reads the control word after a \* without consuming it.
func (p *rtfParser) peekWord() string {
	i := p.pos
	for i < len(p.data) && (p.data[i] == ' ' || p.data[i] == '\r' || p.data[i] == '\n') {
		i++
	}
	if i >= len(p.data) || p.data[i] != '\\' {
		return ""
	}
	i++
	s := i
	for i < len(p.data) && isLetter(p.data[i]) {
		i++
	}
	return string(p.data[s:i])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func (p *rtfParser) headingOf() (bool, int) {
	if p.outline > 0 {
		return true, p.outline
	}
	name := strings.ToLower(strings.ReplaceAll(p.styles[p.style], " ", ""))
	if name == "title" || name == "标题" {
		return true, 0
	}
	for _, pre := range []string{"heading", "标题"} {
		if strings.HasPrefix(name, pre) {
			if k, err := strconv.Atoi(name[len(pre):]); err == nil && k >= 1 && k <= 9 {
				return true, k
			}
		}
	}
	return false, 0
}

func (p *rtfParser) endPara() {
	t := p.text.String()
	p.text.Reset()
	if p.intbl {
		if strings.TrimSpace(t) != "" {
			if p.cell.Len() > 0 {
				p.cell.WriteByte(' ')
			}
			p.cell.WriteString(strings.TrimSpace(t))
		}
		return
	}
	if strings.TrimSpace(t) == "" {
		return
	}
	h, lvl := p.headingOf()
	p.doc.Paragraphs = append(p.doc.Paragraphs, Paragraph{Text: t, Heading: h, Level: lvl})
}

func (p *rtfParser) endCell() {
	t := strings.TrimSpace(p.text.String())
	p.text.Reset()
	if t != "" {
		if p.cell.Len() > 0 {
			p.cell.WriteByte(' ')
		}
		p.cell.WriteString(t)
	}
	p.cells = append(p.cells, strings.TrimSpace(p.cell.String()))
	p.cell.Reset()
}

func (p *rtfParser) endRow() {
	if t := strings.TrimSpace(p.text.String()); t != "" || p.cell.Len() > 0 {
		p.endCell()
	}
	var keep []string
	for _, c := range p.cells {
		if c != "" {
			keep = append(keep, c)
		}
	}
	p.cells = p.cells[:0]
	if len(keep) > 0 {
		p.doc.Paragraphs = append(p.doc.Paragraphs, Paragraph{Text: strings.Join(keep, " ")})
	}
}
