package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

func init() { register(DOCX, readDOCX) }

// Container limits. A DOCX or ODT is a zip: its directory and each part are
// checked before anything is decompressed, so a zip bomb is an error, not
// an out-of-memory kill.
const (
	maxZipEntries  = 5000
	maxZipRatio    = 200 // uncompressed/compressed, for parts over 1 MB
	maxXMLDepth    = 256
	ctxCheckTokens = 4096
)

var errTooDeep = Errorf(CodeCorrupt, "the XML is nested too deeply")

// openZip opens a zip container and checks its directory against the limits.
func openZip(data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, Errorf(CodeCorrupt, "the file is not a readable zip container (truncated or damaged)")
	}
	if len(zr.File) > maxZipEntries {
		return nil, Errorf(CodeTooLarge, "the container holds %d parts, more than the limit of %d", len(zr.File), maxZipEntries)
	}
	return zr, nil
}

// zipPart returns the named part, or nil.
func zipPart(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// partLabel names a part in messages: only the fixed names huibao looks
// for, since a name taken from inside the file could carry anything.
func partLabel(name string) string {
	switch name {
	case "word/document.xml", "word/styles.xml", "word/numbering.xml", "content.xml", "styles.xml", "_rels/.rels":
		return name
	}
	return "(main document part)"
}

// readZipPart decompresses one part within opt.MaxBytes and the ratio limit.
// The sizes in the zip directory can lie, so the read itself is bounded too.
func readZipPart(f *zip.File, opt Options) ([]byte, error) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if f.UncompressedSize64 > uint64(max) {
		return nil, Errorf(CodeTooLarge, "part %s would decompress to %d bytes, over the limit of %d", partLabel(f.Name), f.UncompressedSize64, max)
	}
	if f.UncompressedSize64 > 1<<20 && f.UncompressedSize64 > uint64(maxZipRatio)*(f.CompressedSize64+1) {
		return nil, Errorf(CodeTooLarge, "part %s is compressed %d:1, a zip bomb", partLabel(f.Name), f.UncompressedSize64/(f.CompressedSize64+1))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, Errorf(CodeCorrupt, "cannot open part %s of the container", partLabel(f.Name))
	}
	defer rc.Close()
	limit := max
	if r := int64(maxZipRatio)*int64(f.CompressedSize64+1) + 1<<20; r < limit {
		limit = r
	}
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, Errorf(CodeCorrupt, "part %s of the container is damaged", partLabel(f.Name))
	}
	if int64(len(b)) > limit {
		return nil, Errorf(CodeTooLarge, "part %s decompresses past its declared size or the limit", partLabel(f.Name))
	}
	return b, nil
}

// mainPartFromRels finds the main document part named in _rels/.rels.
func mainPartFromRels(zr *zip.Reader, opt Options) *zip.File {
	f := zipPart(zr, "_rels/.rels")
	if f == nil {
		return nil
	}
	b, err := readZipPart(f, opt)
	if err != nil {
		return nil
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(b, &rels) != nil {
		return nil
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return zipPart(zr, strings.TrimPrefix(r.Target, "/"))
		}
	}
	return nil
}

// xmlWalker wraps a token stream with a depth limit and periodic ctx checks.
type xmlWalker struct {
	d     *xml.Decoder
	ctx   context.Context
	depth int
	n     int
}

func newXMLWalker(ctx context.Context, b []byte) *xmlWalker {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) { return r, nil }
	return &xmlWalker{d: d, ctx: ctx}
}

// next returns the next token; io.EOF at the end.
func (w *xmlWalker) next() (xml.Token, error) {
	w.n++
	if w.n%ctxCheckTokens == 0 {
		if err := w.ctx.Err(); err != nil {
			return nil, Errorf(CodeTimeout, "reading took too long")
		}
	}
	t, err := w.d.RawToken()
	if err != nil {
		return nil, err
	}
	switch t.(type) {
	case xml.StartElement:
		w.depth++
		if w.depth > maxXMLDepth {
			return nil, errTooDeep
		}
	case xml.EndElement:
		w.depth--
	}
	return t, nil
}

// skip consumes tokens up to the end of the element just started.
func (w *xmlWalker) skip() error {
	target := w.depth - 1
	for w.depth > target {
		if _, err := w.next(); err != nil {
			return err
		}
	}
	return nil
}

func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func xmlErr(err error, what string) error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return Errorf(CodeCorrupt, "%s is not well-formed XML", what)
}

// ---- styles ----

type docxStyle struct {
	name    string
	basedOn string
	outline int // outline level + 1; 0 none
	numID   string
	ilvl    int
	hasNum  bool
}

type docxStyles map[string]*docxStyle

func parseDOCXStyles(ctx context.Context, b []byte) (docxStyles, error) {
	st := docxStyles{}
	if b == nil {
		return st, nil
	}
	w := newXMLWalker(ctx, b)
	var cur *docxStyle
	inPPr := false
	for {
		t, err := w.next()
		if err == io.EOF {
			return st, nil
		}
		if err != nil {
			return nil, xmlErr(err, "styles.xml")
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "style":
				cur = &docxStyle{}
				// Numbering styles are kept too: list definitions can
				// point at one (numStyleLink).
				if ty := attr(e, "type"); ty == "paragraph" || ty == "numbering" || ty == "" {
					st[attr(e, "styleId")] = cur
				}
			case "name":
				if cur != nil {
					cur.name = attr(e, "val")
				}
			case "basedOn":
				if cur != nil {
					cur.basedOn = attr(e, "val")
				}
			case "pPr":
				inPPr = true
			case "outlineLvl":
				if cur != nil && inPPr {
					if n, err := strconv.Atoi(attr(e, "val")); err == nil && n >= 0 && n < 9 {
						cur.outline = n + 1
					}
				}
			case "numId":
				if cur != nil && inPPr {
					cur.numID, cur.hasNum = attr(e, "val"), true
				}
			case "ilvl":
				if cur != nil && inPPr {
					cur.ilvl, _ = strconv.Atoi(attr(e, "val"))
				}
			case "rPr", "tblPr", "tcPr", "trPr", "tblStylePr":
				if err := w.skip(); err != nil {
					return nil, xmlErr(err, "styles.xml")
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "pPr":
				inPPr = false
			case "style":
				cur = nil
			}
		}
	}
}

// isTOC reports whether a paragraph style is a table-of-contents entry
// (toc 1 … toc 9): those lines repeat the headings with page numbers.
func (st docxStyles) isTOC(id string) bool {
	s := st[id]
	if s == nil {
		return false
	}
	n := strings.ToLower(strings.ReplaceAll(s.name, " ", ""))
	return len(n) == 4 && strings.HasPrefix(n, "toc") && n[3] >= '1' && n[3] <= '9'
}

// headingLevel resolves a paragraph style to (title, level): title for the
// Title style, level 1..9 for headings by name or outline level.
func (st docxStyles) headingLevel(id string) (title bool, level int) {
	for i := 0; i < 20 && id != ""; i++ {
		s := st[id]
		if s == nil {
			break
		}
		n := strings.ToLower(strings.ReplaceAll(s.name, " ", ""))
		if n == "title" || n == "标题" {
			return true, 0
		}
		if s.outline > 0 {
			return false, s.outline
		}
		for _, p := range []string{"heading", "标题"} {
			if strings.HasPrefix(n, p) {
				if k, err := strconv.Atoi(n[len(p):]); err == nil && k >= 1 && k <= 9 {
					return false, k
				}
			}
		}
		id = s.basedOn
	}
	return false, 0
}

// numbering of a style (through basedOn).
func (st docxStyles) numbering(id string) (numID string, ilvl int, ok bool) {
	for i := 0; i < 20 && id != ""; i++ {
		s := st[id]
		if s == nil {
			break
		}
		if s.hasNum {
			return s.numID, s.ilvl, true
		}
		id = s.basedOn
	}
	return "", 0, false
}

// ---- numbering ----

type numLevel struct {
	start   int
	format  string
	text    string
	suffix  string
	legal   bool
	defined bool
}

type numbering struct {
	abstract map[string]*[9]numLevel
	nums     map[string]string      // numId → abstractNumId
	override map[string]map[int]int // numId → ilvl → start
	lvlOver  map[string]map[int]numLevel
	counters map[string]*[9]int
	used     map[string]*[9]bool
	seen     map[string]bool
	links    map[string]string // abstractNumId → numbering style it takes its levels from
}

// resolveLinks gives an abstract list that only names a numbering style
// (numStyleLink, as Word writes for list styles) the levels of the list
// that style uses.
func (n *numbering) resolveLinks(st docxStyles) {
	for abs, style := range n.links {
		numID, _, ok := st.numbering(style)
		if !ok {
			continue
		}
		target := n.nums[numID]
		if a := n.abstract[target]; a != nil && target != abs {
			n.abstract[abs] = a
		}
	}
}

func parseNumbering(ctx context.Context, b []byte) (*numbering, error) {
	n := &numbering{abstract: map[string]*[9]numLevel{}, nums: map[string]string{}, override: map[string]map[int]int{},
		lvlOver: map[string]map[int]numLevel{}, counters: map[string]*[9]int{}, used: map[string]*[9]bool{}, seen: map[string]bool{},
		links: map[string]string{}}
	if b == nil {
		return n, nil
	}
	w := newXMLWalker(ctx, b)
	var abs *[9]numLevel
	var absID string
	var lvl *numLevel
	var numID string
	overLvl := -1
	for {
		t, err := w.next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return nil, xmlErr(err, "numbering.xml")
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "abstractNum":
				abs = &[9]numLevel{}
				absID = attr(e, "abstractNumId")
				n.abstract[absID] = abs
			case "numStyleLink":
				if abs != nil {
					n.links[absID] = attr(e, "val")
				}
			case "num":
				numID = attr(e, "numId")
			case "abstractNumId":
				if numID != "" {
					n.nums[numID] = attr(e, "val")
				}
			case "lvlOverride":
				overLvl, _ = strconv.Atoi(attr(e, "ilvl"))
			case "startOverride":
				if numID != "" && overLvl >= 0 && overLvl < 9 {
					if n.override[numID] == nil {
						n.override[numID] = map[int]int{}
					}
					n.override[numID][overLvl], _ = strconv.Atoi(attr(e, "val"))
				}
			case "lvl":
				i, err := strconv.Atoi(attr(e, "ilvl"))
				if err != nil || i < 0 || i > 8 {
					lvl = nil
					continue
				}
				if numID != "" && overLvl >= 0 {
					if n.lvlOver[numID] == nil {
						n.lvlOver[numID] = map[int]numLevel{}
					}
					overLvl = i
					lvl = &numLevel{start: 1, defined: true}
				} else if abs != nil {
					abs[i] = numLevel{start: 1, defined: true}
					lvl = &abs[i]
				}
			case "start":
				if lvl != nil {
					lvl.start, _ = strconv.Atoi(attr(e, "val"))
				}
			case "numFmt":
				if lvl != nil {
					lvl.format = attr(e, "val")
				}
			case "lvlText":
				if lvl != nil {
					lvl.text = attr(e, "val")
				}
			case "suff":
				if lvl != nil {
					lvl.suffix = attr(e, "val")
				}
			case "isLgl":
				if lvl != nil {
					lvl.legal = attr(e, "val") != "0" && attr(e, "val") != "false"
				}
			case "pPr", "rPr":
				if err := w.skip(); err != nil {
					return nil, xmlErr(err, "numbering.xml")
				}
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "abstractNum":
				abs = nil
			case "num":
				numID = ""
			case "lvlOverride":
				overLvl = -1
			case "lvl":
				if lvl != nil && numID != "" && overLvl >= 0 {
					n.lvlOver[numID][overLvl] = *lvl
				}
				lvl = nil
			}
		}
	}
}

func (n *numbering) level(numID string, i int) numLevel {
	if o, ok := n.lvlOver[numID][i]; ok && o.defined {
		return o
	}
	if a := n.abstract[n.nums[numID]]; a != nil {
		return a[i]
	}
	return numLevel{}
}

// label advances the counter of list numID at level ilvl and renders the
// label text, e.g. "一、" or "（二）" or "1.".
func (n *numbering) label(numID string, ilvl int) string {
	if numID == "" || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	abs, ok := n.nums[numID]
	if !ok {
		return ""
	}
	// As Word does, instances of one abstract list share its counters (a
	// second w:num continues the numbering) unless the instance restarts a
	// level with startOverride, applied when the instance is first used.
	key := "abstract:" + abs
	c := n.counters[key]
	u := n.used[key]
	if c == nil {
		c, u = &[9]int{}, &[9]bool{}
		n.counters[key], n.used[key] = c, u
	}
	if !n.seen[numID] {
		n.seen[numID] = true
		for lv, st := range n.override[numID] {
			if lv >= 0 && lv < 9 {
				c[lv], u[lv] = st-1, true
				for i := lv + 1; i < 9; i++ {
					u[i] = false
				}
			}
		}
	}
	for i := 0; i <= ilvl; i++ {
		if !u[i] {
			st := n.level(numID, i).start
			c[i], u[i] = st-1, true
			if i < ilvl {
				c[i] = st
			}
		}
	}
	c[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		u[i] = false
	}
	lv := n.level(numID, ilvl)
	if lv.format == "bullet" || lv.format == "none" {
		return ""
	}
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			f := n.level(numID, k).format
			if lv.legal {
				f = "decimal"
			}
			b.WriteString(formatNumber(c[k], f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	s := b.String()
	if s != "" && lv.suffix != "nothing" {
		if r := []rune(s); r[len(r)-1] < 0x2E80 && r[len(r)-1] != ' ' {
			s += " "
		}
	}
	return s
}

var (
	cnDigits = []rune("〇一二三四五六七八九")
	cnLegal  = []rune("零壹贰叁肆伍陆柒捌玖")
	tiangan  = []rune("甲乙丙丁戊己庚辛壬癸")
)

// formatNumber renders n in a numbering format of WordprocessingML (also
// used for the ODF and Word 97 formats, mapped to these names).
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
		return chineseNumber(n, cnDigits, "十", "百", "千")
	case "chineseLegalSimplified", "koreanLegal":
		return chineseNumber(n, cnLegal, "拾", "佰", "仟")
	case "ideographTraditional":
		if n >= 1 && n <= 10 {
			return string(tiangan[n-1])
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "upperLetter", "lowerLetter":
		if n >= 1 {
			base := 'A'
			if format == "lowerLetter" {
				base = 'a'
			}
			return strings.Repeat(string(rune(base+rune((n-1)%26))), (n-1)/26+1)
		}
	case "upperRoman", "lowerRoman":
		r := roman(n)
		if format == "lowerRoman" {
			r = strings.ToLower(r)
		}
		return r
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, d := range strconv.Itoa(n) {
			b.WriteRune(d - '0' + '０')
		}
		return b.String()
	case "decimalZero":
		if n < 10 && n >= 0 {
			return "0" + strconv.Itoa(n)
		}
	}
	return strconv.Itoa(n)
}

func chineseNumber(n int, digits []rune, ten, hundred, thousand string) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return string(digits[n])
	}
	if n < 20 {
		s := ten
		if n%10 != 0 {
			s += string(digits[n%10])
		}
		return s
	}
	units := []string{"", ten, hundred, thousand}
	var parts []string
	zero := false
	for p := 3; p >= 0; p-- {
		pow := 1
		for i := 0; i < p; i++ {
			pow *= 10
		}
		d := (n / pow) % 10
		if d == 0 {
			if len(parts) > 0 {
				zero = true
			}
			continue
		}
		if zero {
			parts = append(parts, string(digits[0]))
			zero = false
		}
		parts = append(parts, string(digits[d])+units[p])
	}
	return strings.Join(parts, "")
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// ---- document body ----

// readDOCX reads word/document.xml in body order: paragraphs, tables (one
// paragraph per row, cells separated by a space), text boxes (after the
// paragraph that anchors them), list labels rendered from numbering.xml,
// insertions kept and deletions, field codes, headers, footers, comments,
// footnotes and hidden text left out.
func readDOCX(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return nil, Errorf(CodeEncrypted, "the Word file is password-protected; save it without a password and try again")
	}
	zr, err := openZip(data)
	if err != nil {
		return nil, err
	}
	main := zipPart(zr, "word/document.xml")
	if main == nil {
		main = mainPartFromRels(zr, opt)
	}
	if main == nil {
		return nil, Errorf(CodeCorrupt, "the DOCX has no main document part")
	}
	part := func(name string) ([]byte, error) {
		f := zipPart(zr, name)
		if f == nil {
			return nil, nil
		}
		return readZipPart(f, opt)
	}
	stylesXML, err := part("word/styles.xml")
	if err != nil {
		return nil, err
	}
	numXML, err := part("word/numbering.xml")
	if err != nil {
		return nil, err
	}
	body, err := readZipPart(main, opt)
	if err != nil {
		return nil, err
	}
	styles, err := parseDOCXStyles(ctx, stylesXML)
	if err != nil {
		return nil, err
	}
	num, err := parseNumbering(ctx, numXML)
	if err != nil {
		return nil, err
	}
	num.resolveLinks(styles)
	r := &docxReader{w: newXMLWalker(ctx, body), styles: styles, num: num, doc: &Document{Engine: "docx"}}
	if err := r.run(); err != nil {
		return nil, err
	}
	return r.doc, nil
}

// docxPara collects one paragraph.
type docxPara struct {
	text    strings.Builder
	style   string
	numID   string
	ilvl    int
	hasNum  bool
	hasIlvl bool
	outline int
	pending []Paragraph // text-box paragraphs anchored here
}

type docxReader struct {
	w      *xmlWalker
	styles docxStyles
	num    *numbering
	doc    *Document

	paras  []*docxPara // stack: nested paragraphs in text boxes
	tables tableStack
	field  []bool // stack of fields: true while in the instruction part
	inPPr  bool
	inRPr  bool
	inText bool
	vanish bool
}

func (r *docxReader) inInstr() bool {
	return len(r.field) > 0 && r.field[len(r.field)-1]
}

func (r *docxReader) write(s string) {
	p := r.cur()
	if p == nil || r.inInstr() || r.vanish {
		return
	}
	p.text.WriteString(s)
}

func (r *docxReader) run() error {
	for {
		t, err := r.w.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return xmlErr(err, "word/document.xml")
		}
		switch e := t.(type) {
		case xml.StartElement:
			if err := r.start(e); err != nil {
				return xmlErr(err, "word/document.xml")
			}
		case xml.EndElement:
			r.end(e)
		case xml.CharData:
			if r.inText {
				r.write(string(e))
			}
		}
	}
}

func (r *docxReader) start(e xml.StartElement) error {
	switch e.Name.Local {
	case "p":
		if e.Name.Space != "a" {
			r.paras = append(r.paras, &docxPara{})
		}
	case "pPr":
		r.inPPr = true
	case "rPr":
		r.inRPr = true
	case "pStyle":
		if p := r.cur(); p != nil && r.inPPr {
			p.style = attr(e, "val")
		}
	case "numId":
		if p := r.cur(); p != nil && r.inPPr {
			p.numID, p.hasNum = attr(e, "val"), true
		}
	case "ilvl":
		if p := r.cur(); p != nil && r.inPPr {
			p.ilvl, _ = strconv.Atoi(attr(e, "val"))
			p.hasIlvl = true
		}
	case "outlineLvl":
		if p := r.cur(); p != nil && r.inPPr {
			if n, err := strconv.Atoi(attr(e, "val")); err == nil && n >= 0 && n < 9 {
				p.outline = n + 1
			}
		}
	case "vanish", "specVanish":
		if r.inRPr && !r.inPPr {
			v := attr(e, "val")
			r.vanish = v != "0" && v != "false"
		}
	case "r":
		r.vanish = false
	case "t":
		if !r.inPPr && e.Name.Space != "a" {
			r.inText = true
		}
	case "tab":
		if !r.inPPr {
			r.write("\t")
		}
	case "br", "cr":
		if attr(e, "type") == "" || attr(e, "type") == "textWrapping" {
			r.write("\n")
		}
	case "noBreakHyphen":
		r.write("-")
	case "sym":
		if c, err := strconv.ParseUint(attr(e, "char"), 16, 32); err == nil && c >= 0x20 && c < 0xF000 {
			r.write(string(rune(c)))
		}
	case "fldChar":
		switch attr(e, "fldCharType") {
		case "begin":
			r.field = append(r.field, true)
		case "separate":
			if len(r.field) > 0 {
				r.field[len(r.field)-1] = false
			}
		case "end":
			if len(r.field) > 0 {
				r.field = r.field[:len(r.field)-1]
			}
		}
	case "tbl":
		r.tables.startTable()
	case "tr":
		r.tables.startRow()
	case "tc":
		r.tables.startCell()
	case "txbxContent":
		// Text box: its paragraphs are read on their own and emitted after
		// the anchoring paragraph; a cell or row in progress is kept apart.
		r.paras = append(r.paras, nil)
		r.tables.startBox()
	case "del", "moveFrom", "delText", "instrText", "delInstrText", "Fallback", "pPrChange", "rPrChange",
		"sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "footnoteReference",
		"endnoteReference", "commentReference", "annotationRef", "sectPr":
		return r.w.skip()
	}
	return nil
}

func (r *docxReader) cur() *docxPara {
	if len(r.paras) == 0 {
		return nil
	}
	return r.paras[len(r.paras)-1]
}

func (r *docxReader) end(e xml.EndElement) {
	switch e.Name.Local {
	case "t":
		r.inText = false
	case "pPr":
		r.inPPr = false
	case "rPr":
		r.inRPr = false
	case "p":
		if e.Name.Space == "a" {
			return
		}
		p := r.cur()
		if p == nil {
			return
		}
		r.paras = r.paras[:len(r.paras)-1]
		r.finish(p)
	case "tc":
		r.tables.endCell()
	case "tr":
		if row, ok := r.tables.endRow(); ok {
			r.emit(Paragraph{Text: row})
		}
	case "tbl":
		r.tables.endTable()
	case "txbxContent":
		// Pop the markers pushed at the start; paragraphs emitted inside
		// were queued on the anchoring paragraph by emit.
		if n := len(r.paras); n > 0 && r.paras[n-1] == nil {
			r.paras = r.paras[:n-1]
		}
		r.tables.endBox()
	}
}

// finish renders a completed paragraph: list label, heading level, title.
func (r *docxReader) finish(p *docxPara) {
	if r.styles.isTOC(p.style) {
		return
	}
	text := p.text.String()
	title, level := r.styles.headingLevel(p.style)
	if p.outline > 0 {
		level = p.outline
	}
	numID, ilvl, has := p.numID, p.ilvl, p.hasNum
	if !has {
		numID, ilvl, has = r.styles.numbering(p.style)
		if p.hasIlvl {
			ilvl = p.ilvl
		}
	}
	if has && strings.TrimSpace(text) != "" {
		text = r.num.label(numID, ilvl) + text
	}
	para := Paragraph{Text: text, Heading: title || level > 0, Level: level}
	if title && r.doc.Title == "" && len(r.paras) == 0 {
		r.doc.Title = strings.TrimSpace(text)
	}
	r.emit(para)
	for _, q := range p.pending {
		r.emit(q)
	}
}

// emit places a finished paragraph (see placeParagraph).
func (r *docxReader) emit(p Paragraph) { placeParagraph(r.doc, r.tables.cell(), r.paras, p) }

func (q *docxPara) anchor(p Paragraph) { q.pending = append(q.pending, p) }

// placeParagraph puts a finished paragraph where it belongs: into the table
// cell being read (cells joined by a space), onto the paragraph anchoring the
// current text box (the innermost non-nil paragraph below the nil marker a
// text box pushes), or into the document. DOCX and ODT share it.
func placeParagraph[P interface {
	comparable
	anchor(Paragraph)
}](doc *Document, c *strings.Builder, paras []P, p Paragraph) {
	if c != nil {
		if c.Len() > 0 {
			c.WriteByte(' ')
		}
		c.WriteString(strings.TrimSpace(p.Text))
		return
	}
	var none P
	if n := len(paras); n > 0 && paras[n-1] == none {
		for i := n - 2; i >= 0; i-- {
			if paras[i] != none {
				paras[i].anchor(p)
				return
			}
		}
	}
	doc.Paragraphs = append(doc.Paragraphs, p)
}
