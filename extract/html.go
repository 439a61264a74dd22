package extract

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func init() { register(HTML, readHTML) }

// readHTML reads an HTML page: the charset comes from a BOM, the meta
// declaration, or (when neither is there and the bytes are not UTF-8) the
// same GB18030/BIG5 plausibility test as TXT. Scripts, styles, navigation,
// headers, footers, asides and forms are dropped; block elements (p, div,
// li, h1-h6, tr …) and <br> end paragraphs; table rows become one
// paragraph with cells separated by a space.
func readHTML(ctx context.Context, data []byte, opt Options) (*Document, error) {
	text, err := decodeHTML(data)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, Errorf(CodeCorrupt, "the HTML cannot be parsed")
	}
	w := &htmlWalker{ctx: ctx, doc: &Document{Engine: "html"}}
	if err := w.walk(root, 0); err != nil {
		return nil, err
	}
	w.flush()
	return w.doc, nil
}

func decodeHTML(data []byte) (string, error) {
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || plausibleUTF16(data) {
		s, _, err := decodeTextEnc(data)
		return s, err
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	valid := utf8.Valid(trimIncompleteRune(data))
	enc, name, _ := charset.DetermineEncoding(head, "text/html")
	switch {
	case name == "utf-8" || name == "windows-1252" || enc == nil:
		// Declared UTF-8, or nothing declared (the library's default is
		// windows-1252, which no Chinese page means): trust valid UTF-8,
		// else detect.
		if valid {
			return string(data), nil
		}
		s, _, err := decodeTextEnc(data)
		return s, err
	case name == "gbk" || name == "gb18030" || name == "gb2312":
		// gb2312 pages routinely hold GBK characters: decode the superset.
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", Errorf(CodeCorrupt, "the HTML is not valid %s", name)
		}
		return strings.ToValidUTF8(string(b), ""), nil
	}
	b, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", Errorf(CodeCorrupt, "the HTML is not valid %s", name)
	}
	return strings.ToValidUTF8(string(b), ""), nil
}

var htmlSkip = map[string]bool{
	"script": true, "style": true, "nav": true, "header": true, "footer": true, "aside": true,
	"noscript": true, "template": true, "iframe": true, "form": true, "select": true, "button": true,
	"svg": true, "head": true, "object": true, "embed": true, "canvas": true, "menu": true, "textarea": true,
}

// reChromeClass matches class and id names of page chrome on news and
// government sites (navigation, breadcrumbs, share bars, related links).
var reChromeClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|bdsharebuttonbox|related|comments?|copyright|toolbar|pagination|pager|ads?|advert|banner|login|search|position|location|dqwz)(?:$|[\s_-])`)

// hasHeading reports whether n holds an h1 or h2 (an article's <header>).
func hasHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "h1" || c.Data == "h2" || hasHeading(c)) {
			return true
		}
	}
	return false
}

// chromeHTML reports whether an element is page chrome: named so by its
// class or id, or a block whose text is mostly links (menus, lists of
// related articles), unless it holds a heading.
func chromeHTML(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && reChromeClass.MatchString(a.Val) {
			return !hasHeading(n)
		}
	}
	switch n.Data {
	case "ul", "ol", "div", "table", "td", "p", "section", "dl":
	default:
		return false
	}
	total, linked := textLen(n, false)
	return total > 0 && linked*10 >= total*7 && !hasHeading(n)
}

// textLen counts the non-space characters under n, and those inside links.
func textLen(n *html.Node, inLink bool) (total, linked int) {
	if n.Type == html.TextNode {
		k := 0
		for _, r := range n.Data {
			if !unicode.IsSpace(r) && r != '\u00a0' {
				k++
			}
		}
		if inLink {
			return k, k
		}
		return k, 0
	}
	if n.Type == html.ElementNode && htmlSkip[n.Data] {
		return 0, 0
	}
	link := inLink || n.Type == html.ElementNode && n.Data == "a"
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, l := textLen(c, link)
		total += t
		linked += l
	}
	return total, linked
}

var htmlBlock = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"pre": true, "section": true, "article": true, "main": true, "table": true, "tbody": true, "thead": true,
	"tfoot": true, "caption": true, "center": true, "address": true, "figure": true, "figcaption": true,
	"hr": true, "body": true, "html": true,
}

type htmlWalker struct {
	ctx     context.Context
	doc     *Document
	cur     strings.Builder
	level   int // heading level of the block being read
	row     []string
	inRow   int
	visited int
}

func (w *htmlWalker) flush() {
	t := collapseSpace(w.cur.String())
	w.cur.Reset()
	if t == "" {
		w.level = 0
		return
	}
	if w.inRow > 0 {
		w.row = append(w.row, t)
		return
	}
	w.doc.Paragraphs = append(w.doc.Paragraphs, Paragraph{Text: t, Heading: w.level > 0, Level: w.level})
	w.level = 0
}

func (w *htmlWalker) walk(n *html.Node, depth int) error {
	w.visited++
	if w.visited%ctxCheckTokens == 0 && w.ctx.Err() != nil {
		return Errorf(CodeTimeout, "reading took too long")
	}
	if depth > maxXMLDepth {
		return errTooDeep
	}
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return nil
	case html.CommentNode, html.DoctypeNode:
		return nil
	case html.ElementNode:
		tag := n.Data
		if htmlSkip[tag] && !(tag == "header" && hasHeading(n)) || hiddenHTML(n) || chromeHTML(n) {
			return nil
		}
		switch tag {
		case "br":
			w.flush()
			return nil
		case "td", "th":
			if w.inRow == 0 {
				break
			}
			w.flush()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if err := w.walk(c, depth+1); err != nil {
					return err
				}
			}
			w.flush()
			return nil
		case "tr":
			if layoutRow(n) {
				// A page laid out with a table: its cells hold paragraphs,
				// not the values of one row.
				break
			}
			w.flush()
			w.inRow++
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if err := w.walk(c, depth+1); err != nil {
					return err
				}
			}
			w.flush()
			w.inRow--
			if w.inRow == 0 && len(w.row) > 0 {
				w.doc.Paragraphs = append(w.doc.Paragraphs, Paragraph{Text: strings.Join(w.row, " ")})
				w.row = nil
			}
			return nil
		}
		block := htmlBlock[tag] || tag == "td" || tag == "th" || tag == "tr"
		if block {
			w.flush()
		}
		if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
			w.level, _ = strconv.Atoi(tag[1:])
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if err := w.walk(c, depth+1); err != nil {
				return err
			}
		}
		if block {
			w.flush()
		}
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := w.walk(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func hiddenHTML(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// collapseSpace folds HTML white space: runs become one space, except that
// a run between two CJK characters disappears (source line breaks inside
// Chinese text are not spaces).
func collapseSpace(s string) string {
	var b strings.Builder
	var prev rune
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u3000' {
			space = true
			continue
		}
		if space && b.Len() > 0 && !(isWide(prev) && isWide(r)) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isWide(r rune) bool { return r >= 0x2E80 }

// layoutRow reports whether a table row lays out a page rather than holds
// data: a cell with a nested table, several blocks or a long text.
func layoutRow(tr *html.Node) bool {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "td" && c.Data != "th" {
			continue
		}
		blocks, nested := countBlocks(c, 0)
		total, _ := textLen(c, false)
		if nested || blocks > 2 || total > 300 {
			return true
		}
	}
	return false
}

// countBlocks counts block elements and <br> under n and reports nested
// tables.
func countBlocks(n *html.Node, depth int) (blocks int, nested bool) {
	if depth > maxXMLDepth {
		return blocks, true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || htmlSkip[c.Data] {
			continue
		}
		switch {
		case c.Data == "table":
			return blocks, true
		case c.Data == "br" || htmlBlock[c.Data]:
			blocks++
		}
		b, nt := countBlocks(c, depth+1)
		blocks += b
		if nt {
			return blocks, true
		}
	}
	return blocks, false
}
