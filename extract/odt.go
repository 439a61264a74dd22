package extract

import (
	"context"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

func init() { register(ODT, readODT) }

// readODT reads an OpenDocument text: content.xml in body order, list
// labels rendered from the list styles (a list restarts unless it says
// continue-numbering), headings from text:h and heading styles, tables one
// paragraph per row, text boxes after their anchoring paragraph; notes,
// annotations, tracked-change records (which hold deleted text) and text
// in display:none styles left out.
func readODT(ctx context.Context, data []byte, opt Options) (*Document, error) {
	zr, err := openZip(data)
	if err != nil {
		return nil, err
	}
	content := zipPart(zr, "content.xml")
	if content == nil {
		return nil, Errorf(CodeCorrupt, "the ODT has no content.xml")
	}
	st := &odtStyles{para: map[string]*odtParaStyle{}, lists: map[string]*[10]odtLevel{}}
	if f := zipPart(zr, "styles.xml"); f != nil {
		b, err := readZipPart(f, opt)
		if err != nil {
			return nil, err
		}
		if err := st.parse(ctx, b); err != nil {
			return nil, err
		}
	}
	b, err := readZipPart(content, opt)
	if err != nil {
		return nil, err
	}
	if err := st.parse(ctx, b); err != nil {
		return nil, err
	}
	r := &odtReader{w: newXMLWalker(ctx, b), st: st, doc: &Document{Engine: "odt"}, counters: map[string]*[10]int{}}
	if err := r.run(); err != nil {
		return nil, err
	}
	return r.doc, nil
}

// odtOutline keys the outline (chapter numbering) style among list styles.
const odtOutline = "\x00outline"

type odtParaStyle struct {
	parent string
	hidden bool
}

type odtLevel struct {
	format, prefix, suffix, template string
	start, display                   int
	bullet                           bool
}

type odtStyles struct {
	para  map[string]*odtParaStyle
	lists map[string]*[10]odtLevel
}

func (s *odtStyles) parse(ctx context.Context, b []byte) error {
	w := newXMLWalker(ctx, b)
	var list *[10]odtLevel
	var cur *odtParaStyle
	for {
		t, err := w.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlErr(err, "the ODT styles")
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "body":
				return nil
			case "style":
				if e.Name.Space == "style" {
					cur = &odtParaStyle{parent: attr(e, "parent-style-name")}
					s.para[attr(e, "name")] = cur
				}
			case "text-properties":
				if cur != nil && attr(e, "display") == "none" {
					cur.hidden = true
				}
			case "list-style":
				list = &[10]odtLevel{}
				s.lists[attr(e, "name")] = list
			case "outline-style":
				// Chapter numbering of text:h headings outside lists.
				list = &[10]odtLevel{}
				s.lists[odtOutline] = list
			case "list-level-style-number", "list-level-style-bullet", "list-level-style-image", "outline-level-style":
				if list == nil {
					continue
				}
				lv, err := strconv.Atoi(attr(e, "level"))
				if err != nil || lv < 1 || lv > 10 {
					continue
				}
				l := odtLevel{format: attr(e, "num-format"), prefix: attr(e, "num-prefix"), suffix: attr(e, "num-suffix"),
					template: attr(e, "num-list-format"), start: 1, display: 1,
					bullet: e.Name.Local != "list-level-style-number" && e.Name.Local != "outline-level-style"}
				if v, err := strconv.Atoi(attr(e, "start-value")); err == nil {
					l.start = v
				}
				if v, err := strconv.Atoi(attr(e, "display-levels")); err == nil && v >= 1 {
					l.display = v
				}
				list[lv-1] = l
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "style":
				cur = nil
			case "list-style", "outline-style":
				list = nil
			}
		}
	}
}

// headingOf resolves a paragraph style to (title, level).
func (s *odtStyles) headingOf(name string) (bool, int) {
	for i := 0; i < 16 && name != ""; i++ {
		n := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(name, "_20_", ""), " ", ""))
		if n == "title" {
			return true, 0
		}
		if strings.HasPrefix(n, "heading") {
			if k, err := strconv.Atoi(n[len("heading"):]); err == nil && k >= 1 && k <= 10 {
				return false, k
			}
		}
		p := s.para[name]
		if p == nil {
			break
		}
		name = p.parent
	}
	return false, 0
}

func (s *odtStyles) hidden(name string) bool {
	for i := 0; i < 16 && name != ""; i++ {
		p := s.para[name]
		if p == nil {
			return false
		}
		if p.hidden {
			return true
		}
		name = p.parent
	}
	return false
}

// odtFormat maps ODF num-format values to the names formatNumber knows.
func odtFormat(f string) string {
	switch {
	case f == "":
		return "none"
	case f == "1":
		return "decimal"
	case f == "i":
		return "lowerRoman"
	case f == "I":
		return "upperRoman"
	case f == "a":
		return "lowerLetter"
	case f == "A":
		return "upperLetter"
	case strings.HasPrefix(f, "①"):
		return "decimalEnclosedCircle"
	case strings.HasPrefix(f, "壹"):
		return "chineseLegalSimplified"
	case strings.HasPrefix(f, "甲"):
		return "ideographTraditional"
	case strings.HasPrefix(f, "一"), strings.HasPrefix(f, "〇"):
		return "chineseCounting"
	case strings.HasPrefix(f, "１"):
		return "decimalFullWidth"
	}
	return "decimal"
}

type odtList struct {
	style string
	item  bool // inside a list-item whose label is not yet used
}

type odtPara struct {
	text    strings.Builder
	label   string
	heading bool
	level   int
	title   bool
	pending []Paragraph
}

type odtReader struct {
	w        *xmlWalker
	st       *odtStyles
	doc      *Document
	lists    []*odtList
	counters map[string]*[10]int
	paras    []*odtPara
	tables   tableStack
	inBody   bool
}

func (r *odtReader) run() error {
	for {
		t, err := r.w.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlErr(err, "content.xml")
		}
		switch e := t.(type) {
		case xml.StartElement:
			if err := r.start(e); err != nil {
				return xmlErr(err, "content.xml")
			}
		case xml.EndElement:
			r.end(e)
		case xml.CharData:
			if p := r.cur(); p != nil {
				p.text.Write(e)
			}
		}
	}
}

func (r *odtReader) cur() *odtPara {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

func (r *odtReader) start(e xml.StartElement) error {
	if !r.inBody {
		if e.Name.Local == "text" && e.Name.Space == "office" {
			r.inBody = true
			return nil
		}
		if e.Name.Local == "automatic-styles" || e.Name.Local == "font-face-decls" || e.Name.Local == "scripts" {
			return r.w.skip()
		}
		return nil
	}
	switch e.Name.Space + ":" + e.Name.Local {
	case "text:list":
		style := attr(e, "style-name")
		if style == "" && len(r.lists) > 0 {
			style = r.lists[len(r.lists)-1].style
		}
		if len(r.lists) == 0 && attr(e, "continue-numbering") != "true" && attr(e, "continue-list") == "" {
			delete(r.counters, style)
		}
		r.lists = append(r.lists, &odtList{style: style})
	case "text:list-item":
		if n := len(r.lists); n > 0 {
			r.lists[n-1].item = true
			if v, err := strconv.Atoi(attr(e, "start-value")); err == nil {
				c := r.counter(r.lists[n-1].style)
				c[n-1] = v - 1
			}
		}
	case "text:list-header":
		if n := len(r.lists); n > 0 {
			r.lists[n-1].item = false
		}
	case "text:p", "text:h":
		p := &odtPara{}
		style := attr(e, "style-name")
		p.title, p.level = r.st.headingOf(style)
		if e.Name.Local == "h" {
			if v, err := strconv.Atoi(attr(e, "outline-level")); err == nil && v >= 1 {
				p.level = v
			} else if p.level == 0 {
				p.level = 1
			}
		}
		p.heading = p.title || p.level > 0
		if n := len(r.lists); n > 0 && r.lists[n-1].item && len(r.paras) == 0 {
			p.label = r.label(r.lists[n-1].style, n-1)
			r.lists[n-1].item = false
		} else if n == 0 && e.Name.Local == "h" && p.level >= 1 && p.level <= 10 && attr(e, "is-list-header") != "true" && len(r.paras) == 0 {
			p.label = r.label(odtOutline, p.level-1)
		}
		if r.st.hidden(style) {
			return r.w.skip()
		}
		r.paras = append(r.paras, p)
	case "text:span":
		if r.st.hidden(attr(e, "style-name")) {
			return r.w.skip()
		}
	case "text:s":
		n := 1
		if v, err := strconv.Atoi(attr(e, "c")); err == nil && v > 0 && v < 1000 {
			n = v
		}
		if p := r.cur(); p != nil {
			p.text.WriteString(strings.Repeat(" ", n))
		}
	case "text:tab":
		if p := r.cur(); p != nil {
			p.text.WriteByte('\t')
		}
	case "text:line-break":
		if p := r.cur(); p != nil {
			p.text.WriteByte('\n')
		}
	case "text:number":
		// A cached label (outline numbering): used when no list gave one.
		if p := r.cur(); p != nil && p.label == "" {
			var b strings.Builder
			for {
				t, err := r.w.next()
				if err != nil {
					return err
				}
				if c, ok := t.(xml.CharData); ok {
					b.Write(c)
				}
				if _, ok := t.(xml.EndElement); ok {
					break
				}
			}
			p.label = b.String()
			return nil
		}
		return r.w.skip()
	case "table:table":
		r.tables.startTable()
	case "table:table-row":
		r.tables.startRow()
	case "table:table-cell":
		r.tables.startCell()
	case "table:covered-table-cell":
		return r.w.skip()
	case "draw:text-box", "draw:custom-shape", "draw:rect", "draw:ellipse", "draw:polygon", "draw:path", "draw:caption":
		// Shapes holding text: their paragraphs follow the anchor's.
		r.paras = append(r.paras, nil)
		r.tables.startBox()
	case "text:note", "office:annotation", "text:tracked-changes", "svg:desc", "svg:title", "text:table-of-content",
		"text:alphabetical-index", "text:illustration-index", "text:table-index", "text:object-index", "text:user-index",
		"text:sequence-decls", "office:forms", "text:variable-decls", "text:user-field-decls", "text:bookmark-ref",
		"draw:image", "office:event-listeners":
		return r.w.skip()
	}
	return nil
}

func (r *odtReader) counter(style string) *[10]int {
	c := r.counters[style]
	if c == nil {
		c = &[10]int{}
		for i := range c {
			c[i] = -1 << 30 // unset
		}
		r.counters[style] = c
	}
	return c
}

// label advances the counter of list style at level i and renders the
// label.
func (r *odtReader) label(style string, i int) string {
	if i < 0 || i > 9 {
		return ""
	}
	levels := r.st.lists[style]
	if levels == nil {
		return ""
	}
	c := r.counter(style)
	for k := 0; k <= i; k++ {
		if c[k] == -1<<30 {
			c[k] = levels[k].start - 1
			if k < i {
				c[k]++
			}
		}
	}
	c[i]++
	for k := i + 1; k < 10; k++ {
		c[k] = -1 << 30
	}
	lv := levels[i]
	if lv.bullet {
		return ""
	}
	f := odtFormat(lv.format)
	if lv.template != "" {
		var b strings.Builder
		t := lv.template
		for j := 0; j < len(t); j++ {
			if t[j] == '%' && j+2 < len(t) && t[j+1] >= '1' && t[j+1] <= '9' && t[j+2] == '%' {
				k := int(t[j+1] - '1')
				kf := odtFormat(levels[k].format)
				if kf != "none" {
					b.WriteString(formatNumber(c[k], kf))
				}
				j += 2
				continue
			}
			b.WriteByte(t[j])
		}
		return b.String()
	}
	if f == "none" {
		return lv.prefix + lv.suffix
	}
	var nums []string
	for k := i - lv.display + 1; k <= i; k++ {
		if k >= 0 {
			nums = append(nums, formatNumber(c[k], odtFormat(levels[k].format)))
		}
	}
	return lv.prefix + strings.Join(nums, ".") + lv.suffix
}

func (r *odtReader) end(e xml.EndElement) {
	if !r.inBody {
		return
	}
	switch e.Name.Space + ":" + e.Name.Local {
	case "office:text":
		r.inBody = false
	case "text:list":
		if n := len(r.lists); n > 0 {
			r.lists = r.lists[:n-1]
		}
	case "text:p", "text:h":
		p := r.cur()
		if p == nil {
			return
		}
		r.paras = r.paras[:len(r.paras)-1]
		text := p.text.String()
		if strings.TrimSpace(text) != "" {
			text = p.label + text
		}
		if p.title && r.doc.Title == "" && len(r.paras) == 0 {
			r.doc.Title = strings.TrimSpace(text)
		}
		r.emit(Paragraph{Text: text, Heading: p.heading, Level: p.level})
		for _, q := range p.pending {
			r.emit(q)
		}
	case "table:table-cell":
		r.tables.endCell()
	case "table:table-row":
		if row, ok := r.tables.endRow(); ok {
			r.emit(Paragraph{Text: row})
		}
	case "table:table":
		r.tables.endTable()
	case "draw:text-box", "draw:custom-shape", "draw:rect", "draw:ellipse", "draw:polygon", "draw:path", "draw:caption":
		if n := len(r.paras); n > 0 && r.paras[n-1] == nil {
			r.paras = r.paras[:n-1]
		}
		r.tables.endBox()
	}
}

// emit places a finished paragraph (see placeParagraph).
func (r *odtReader) emit(p Paragraph) { placeParagraph(r.doc, r.tables.cell(), r.paras, p) }

func (q *odtPara) anchor(p Paragraph) { q.pending = append(q.pending, p) }
