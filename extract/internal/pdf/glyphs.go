// Glyph-level text extraction added for huibao (not in upstream): decodes
// every shown string through the font's real code space, prefers the
// ToUnicode map over the /Encoding dictionary, computes advances from simple
// /Widths, CID /W arrays and Type 3 font matrices, follows Form XObjects,
// and caches parsed fonts per document. See CHANGES.md.

package pdf

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Glyph is one shown character code, positioned in the page's default user
// space (origin bottom left, y up).
type Glyph struct {
	X, Y     float64 // baseline start
	W        float64 // advance width along the baseline
	Size     float64 // effective em size in user space
	Text     string  // Unicode text; empty when Unmapped
	Unmapped bool    // the font gives no Unicode for this code
	Font     string  // resource key of the font, e.g. "F1"
	Rotated  bool    // the baseline is not horizontal (diagonal watermarks, vertical text)
	Angle    float64 // baseline direction in radians, counter-clockwise from +x
}

// ErrAborted is the panic value Glyphs raises internally when its stop
// function asks it to give up; it is returned as an error.
var ErrAborted = errors.New("pdf: aborted")

// ErrTooManyGlyphs is returned when a page shows more glyphs than allowed.
var ErrTooManyGlyphs = errors.New("pdf: too many glyphs on one page")

// FontCache holds decoded fonts across the pages of one document, so a
// font's CMap and widths are parsed once.
type FontCache struct {
	m map[fontKey]*fontInfo
}

type fontKey struct {
	ptr  objptr
	name string
	base string
}

// NewFontCache returns an empty cache for one Reader.
func NewFontCache() *FontCache { return &FontCache{m: map[fontKey]*fontInfo{}} }

// maxOps bounds the operators interpreted for one page (forms drawn many
// times over multiply them).
const maxOps = 20_000_000

// maxFormDepth bounds nested Form XObjects (and breaks reference loops).
const maxFormDepth = 8

type fontInfo struct {
	composite bool
	type3     bool
	fm0, fm3  float64 // Type 3 FontMatrix scale (x, y)
	grid      float64 // Type 3 glyph-space units to the em
	// code space
	space [4][]byteRange // from an embedded CMap or ToUnicode (composite)
	fixed int            // fixed code length for composite fonts when no space (2)
	gbk   bool           // predefined GB EUC CMaps: 1 byte < 0x80, else 2
	ucs2  bool           // UniGB-UCS2/UTF16: code is UTF-16
	// Unicode
	toUni  *uniMap
	cidUni *cidUnicode  // Identity-H TrueType without ToUnicode: the font's own cmap
	simple *[256]string // simple-font fallback through /Encoding
	// widths (glyph space / 1000, or Type 3 glyph space)
	first  int
	widths []float64
	cidW   map[int]float64
	dw     float64
}

type uniMap struct {
	single map[uint32]string
	ranges []uniRange
}

type uniRange struct {
	lo, hi uint32
	n      int      // code length in bytes
	base   []uint16 // destination for lo (UTF-16)
	arr    []string // or an explicit array
}

func (m *uniMap) lookup(code uint32) (string, bool) {
	if s, ok := m.single[code]; ok {
		return s, true
	}
	for i := range m.ranges {
		r := &m.ranges[i]
		if code < r.lo || code > r.hi {
			continue
		}
		return r.at(code - r.lo)
	}
	return "", false
}

// at returns the text for the code off places after the range's first.
func (r *uniRange) at(off uint32) (string, bool) {
	if r.arr != nil {
		if int(off) < len(r.arr) {
			return r.arr[off], true
		}
		return "", false
	}
	if len(r.base) == 0 {
		return "", false
	}
	u := append([]uint16(nil), r.base...)
	// Increment the last UTF-16 unit, carrying into a surrogate pair
	// where the result crosses the BMP boundary.
	last := uint32(u[len(u)-1]) + off
	if len(u) == 1 && last > 0xFFFF {
		return string(rune(last)), true
	}
	u[len(u)-1] = uint16(last)
	return string(utf16.Decode(u)), true
}

// expandRange is the widest bfrange spread into single entries, so that a
// later entry for a code overrides an earlier range holding it, as in
// poppler (Ghostscript 10 writes ranges such as <00ff><01ff> that the
// entries after them correct).
const expandRange = 256

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

// maxCMapEntries bounds the explicit entries kept from one CMap.
const maxCMapEntries = 1 << 18

// buildUniMap indexes a ToUnicode CMap. Ranges of up to expandRange codes
// become single entries, later ones overriding earlier ones; bfchar
// entries override ranges; wider ranges are searched after the single
// entries, the last defined first.
func buildUniMap(c *cmap) *uniMap {
	m := &uniMap{single: map[uint32]string{}}
	for _, r := range c.bfrange {
		if len(m.ranges) >= maxCMapEntries || len(r.lo) == 0 || len(r.lo) > 4 {
			continue
		}
		ur := uniRange{lo: codeOf(r.lo), hi: codeOf(r.hi), n: len(r.lo)}
		if ur.hi < ur.lo {
			continue
		}
		switch r.dst.Kind() {
		case String:
			ur.base = utf16Units(r.dst.RawString())
		case Array:
			for i := 0; i < r.dst.Len() && i < maxCMapEntries; i++ {
				ur.arr = append(ur.arr, string(utf16.Decode(utf16Units(r.dst.Index(i).RawString()))))
			}
		default:
			continue
		}
		if ur.hi-ur.lo < expandRange && len(m.single) < maxCMapEntries {
			for off := uint32(0); off <= ur.hi-ur.lo; off++ {
				if t, ok := ur.at(off); ok {
					m.single[ur.lo+off] = t
				} else {
					delete(m.single, ur.lo+off)
				}
			}
			continue
		}
		m.ranges = append(m.ranges, ur)
	}
	for _, b := range c.bfchar {
		if len(m.single) >= maxCMapEntries {
			break
		}
		m.single[codeOf(b.orig)] = string(utf16.Decode(utf16Units(b.repl)))
	}
	// the last wide range defined is searched first
	for i, j := 0, len(m.ranges)-1; i < j; i, j = i+1, j-1 {
		m.ranges[i], m.ranges[j] = m.ranges[j], m.ranges[i]
	}
	return m
}

// font returns the decoded font for a font dictionary.
func (fc *FontCache) font(key string, v Value) *fontInfo {
	k := fontKey{v.ptr, key, v.Key("BaseFont").Name()}
	if f, ok := fc.m[k]; ok {
		return f
	}
	f := newFontInfo(v)
	fc.m[k] = f
	return f
}

func newFontInfo(v Value) *fontInfo {
	f := &fontInfo{dw: 1000, fixed: 2}
	sub := v.Key("Subtype").Name()
	var space [4][]byteRange
	if tu := v.Key("ToUnicode"); tu.Kind() == Stream {
		if c := safeReadCmap(tu); c != nil {
			f.toUni = buildUniMap(c)
			space = c.space
		}
	}
	if sub == "Type0" {
		f.composite = true
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case Name:
			n := enc.Name()
			switch {
			case strings.HasPrefix(n, "Identity"):
			case strings.Contains(n, "UCS2") || strings.Contains(n, "UTF16"):
				f.ucs2 = true
			case strings.Contains(n, "EUC") || strings.HasPrefix(n, "GBK"):
				f.gbk = true
			}
		case Stream:
			if c := safeReadCmap(enc); c != nil {
				space = c.space
			}
		}
		f.space = space
		desc := v.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == Integer || dw.Kind() == Real {
			f.dw = dw.Float64()
		}
		f.cidW = parseW(desc.Key("W"))
		if f.toUni == nil && !f.ucs2 && !f.gbk && desc.Key("Subtype").Name() == "CIDFontType2" {
			f.cidUni = newCIDUnicode(desc)
		}
		return f
	}
	f.type3 = sub == "Type3"
	f.fm0, f.fm3 = 0.001, 0.001
	if f.type3 {
		fm := v.Key("FontMatrix")
		if fm.Len() == 6 {
			f.fm0, f.fm3 = fm.Index(0).Float64(), fm.Index(3).Float64()
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	maxW := 0.0
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
		maxW = math.Max(maxW, math.Abs(f.widths[i]))
	}
	// A Type 3 glyph space usually has 1000 units to the em; cairo draws
	// on one unit to the em (FontMatrix [1 0 0 -1 0 0], widths below 1).
	f.grid = 1000
	if f.type3 && maxW > 0 && maxW < 10 {
		f.grid = 1
	}
	f.simple = simpleEncoding(v.Key("Encoding"))
	return f
}

func safeReadCmap(v Value) (c *cmap) {
	defer func() {
		if recover() != nil {
			c = nil
		}
	}()
	return readCmap(v)
}

func parseW(w Value) map[int]float64 {
	m := map[int]float64{}
	n := w.Len()
	for i := 0; i < n && len(m) < 1<<17; {
		c := int(w.Index(i).Int64())
		nx := w.Index(i + 1)
		if nx.Kind() == Array {
			for j := 0; j < nx.Len() && len(m) < 1<<17; j++ {
				m[c+j] = nx.Index(j).Float64()
			}
			i += 2
			continue
		}
		last := int(nx.Int64())
		wd := w.Index(i + 2).Float64()
		if last-c > 1<<16 || last < c {
			i += 3
			continue
		}
		for cid := c; cid <= last; cid++ {
			m[cid] = wd
		}
		i += 3
	}
	return m
}

// simpleEncoding maps one-byte codes through a base encoding and a
// Differences array to Unicode. Glyph names nobody can map stay empty.
func simpleEncoding(enc Value) *[256]string {
	var t [256]string
	base := &winAnsiEncoding
	var diffs Value
	switch enc.Kind() {
	case Name:
		if enc.Name() == "MacRomanEncoding" {
			base = &macRomanEncoding
		}
	case Dict:
		if enc.Key("BaseEncoding").Name() == "MacRomanEncoding" {
			base = &macRomanEncoding
		}
		diffs = enc.Key("Differences")
	}
	for i := range t {
		if r := base[i]; r != 0 && r != noRune && (r >= 0x20 || r == '\t') {
			t[i] = string(r)
		}
	}
	code := -1
	for i := 0; i < diffs.Len(); i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case Integer:
			code = int(x.Int64())
		case Name:
			if code >= 0 && code < 256 {
				t[code] = glyphName(x.Name())
			}
			code++
		}
	}
	return &t
}

func glyphName(n string) string {
	if r, ok := nameToRune[n]; ok {
		return string(r)
	}
	if i := strings.IndexByte(n, '.'); i > 0 {
		n = n[:i]
		if r, ok := nameToRune[n]; ok {
			return string(r)
		}
	}
	if strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0 {
		var u []uint16
		for i := 3; i+4 <= len(n); i += 4 {
			x, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			u = append(u, uint16(x))
		}
		return string(utf16.Decode(u))
	}
	if strings.HasPrefix(n, "u") && len(n) >= 5 && len(n) <= 7 {
		if x, err := strconv.ParseUint(n[1:], 16, 32); err == nil && x < 0x110000 {
			return string(rune(x))
		}
	}
	return ""
}

// split cuts raw shown bytes into character codes.
func (f *fontInfo) split(raw string, fn func(code uint32, n int)) {
	if !f.composite {
		for i := 0; i < len(raw); i++ {
			fn(uint32(raw[i]), 1)
		}
		return
	}
	for len(raw) > 0 {
		n := 0
		for k := 1; k <= 4 && k <= len(raw) && n == 0; k++ {
			for _, sp := range f.space[k-1] {
				if sp.low <= raw[:k] && raw[:k] <= sp.high {
					n = k
					break
				}
			}
		}
		if n == 0 {
			switch {
			case f.gbk:
				n = 1
				if raw[0] >= 0x81 {
					n = 2
				}
			case f.ucs2:
				n = 2
				if len(raw) >= 4 && raw[0] >= 0xD8 && raw[0] <= 0xDB {
					n = 4
				}
			default:
				n = f.fixed
			}
		}
		if n > len(raw) {
			n = len(raw)
		}
		fn(codeOf(raw[:n]), n)
		raw = raw[n:]
	}
}

func (f *fontInfo) unicode(code uint32, n int) (string, bool) {
	if f.toUni != nil {
		if s, ok := f.toUni.lookup(code); ok && s != "" {
			return s, true
		}
	}
	if f.composite {
		if f.cidUni != nil {
			if r, ok := f.cidUni.lookup(code); ok {
				return string(r), true
			}
		}
		switch {
		case f.ucs2:
			if n == 4 {
				return string(utf16.Decode([]uint16{uint16(code >> 16), uint16(code)})), true
			}
			return string(utf16.Decode([]uint16{uint16(code)})), true
		case f.gbk:
			var b []byte
			for i := n - 1; i >= 0; i-- {
				b = append(b, byte(code>>(8*i)))
			}
			if n == 1 {
				if code >= 0x20 && code < 0x7f {
					return string(rune(code)), true
				}
				return "", false
			}
			s, err := simplifiedchinese.GBK.NewDecoder().Bytes(b)
			if err != nil || strings.ContainsRune(string(s), noRune) {
				return "", false
			}
			return string(s), true
		}
		return "", false
	}
	if f.simple != nil && code < 256 {
		if s := f.simple[code]; s != "" {
			return s, true
		}
	}
	return "", false
}

// width returns the advance of code in text space units per unit font size.
func (f *fontInfo) width(code uint32) float64 {
	if f.composite {
		if w, ok := f.cidW[int(code)]; ok && !f.gbk && !f.ucs2 {
			return w / 1000
		}
		if f.gbk || f.ucs2 {
			// CIDs of predefined CMaps are unknown here: half width for
			// one-byte ASCII, the default width for the rest.
			if code < 0x80 {
				return 0.5
			}
		}
		return f.dw / 1000
	}
	i := int(code) - f.first
	if i >= 0 && i < len(f.widths) {
		if f.type3 {
			return f.widths[i] * f.fm0
		}
		return f.widths[i] / 1000
	}
	return 0
}

// emScale is the em size of the font per unit font size.
func (f *fontInfo) emScale() float64 {
	if f.type3 {
		return math.Abs(f.fm3) * f.grid
	}
	return 1
}

// missingFont stands in for a font resource that does not resolve.
var missingFont = &fontInfo{dw: 1000, first: 0}

type gstate2 struct {
	Tc, Tw, Th, Tl, Tfs, Trise float64
	font                       *fontInfo
	fontName                   string
	Tm, Tlm, CTM               matrix
}

// Glyphs returns every glyph shown on the page. stop is polled between
// operators; when it returns true, Glyphs returns ErrAborted. maxGlyphs
// bounds the result.
func (p Page) Glyphs(fc *FontCache, maxGlyphs int, stop func() bool) (out []Glyph, err error) {
	w := &walker{fc: fc, max: maxGlyphs, stop: stop, seen: map[objptr]bool{}}
	defer func() {
		if x := recover(); x != nil {
			out = w.out
			if e, ok := x.(error); ok && (e == ErrAborted || e == ErrTooManyGlyphs || e == ErrBudget) {
				err = e
				return
			}
			err = errors.New("pdf: malformed page content")
		}
	}()
	if p.V.IsNull() {
		return nil, nil
	}
	res := p.Resources()
	w.run(p.V.Key("Contents"), res, ident, 0)
	return w.out, nil
}

type walker struct {
	fc   *FontCache
	out  []Glyph
	max  int
	stop func() bool
	seen map[objptr]bool
	ops  int
}

func (w *walker) run(strm Value, res Value, ctm matrix, depth int) {
	if strm.IsNull() {
		return
	}
	g := gstate2{Th: 1, CTM: ctm, Tm: ident, Tlm: ident}
	var stack []gstate2
	// Marked-content spans; an /ActualText replaces the text of the glyphs
	// shown inside it (Chromium uses it where a glyph's ToUnicode entry is
	// ambiguous).
	type span struct {
		actual string
		has    bool
		used   bool
	}
	var spans []span
	show := func(raw string) {
		f := g.font
		if f == nil {
			// A font the file lost or never defined: the codes are text we
			// cannot read; report them as unmapped so the caller can OCR.
			f = missingFont
		}
		f.split(raw, func(code uint32, n int) {
			s, ok := f.unicode(code, n)
			for k := len(spans) - 1; k >= 0; k-- {
				if spans[k].has {
					s, ok = "", true
					if !spans[k].used {
						s = spans[k].actual
						spans[k].used = true
					}
					break
				}
			}
			w0 := f.width(code)
			trm := matrix{{g.Tfs * g.Th, 0, 0}, {0, g.Tfs, 0}, {0, g.Trise, 1}}.mul(g.Tm).mul(g.CTM)
			tx := w0*g.Tfs + g.Tc
			if n == 1 && code == 32 {
				tx += g.Tw
			}
			tx *= g.Th
			// advance in user space: transform the text-space vector
			adv := matrix{{tx, 0, 0}, {0, 0, 0}, {0, 0, 1}}.mul(g.Tm).mul(g.CTM)
			aw := math.Hypot(adv[0][0], adv[0][1])
			size := math.Hypot(trm[1][0], trm[1][1]) * f.emScale()
			if len(w.out) >= w.max {
				panic(ErrTooManyGlyphs)
			}
			w.out = append(w.out, Glyph{X: trm[2][0], Y: trm[2][1], W: aw, Size: size, Text: s, Unmapped: !ok, Font: g.fontName,
				Rotated: math.Abs(trm[0][1]) > 0.05*math.Abs(trm[0][0]) || trm[0][0] < 0,
				Angle:   math.Atan2(trm[0][1], trm[0][0])})
			g.Tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(g.Tm)
		})
	}
	Interpret(strm, func(stk *Stack, op string) {
		w.ops++
		if w.ops&1023 == 0 && w.stop != nil && w.stop() {
			panic(ErrAborted)
		}
		if w.ops > maxOps {
			panic(ErrTooManyGlyphs)
		}
		args := popArgs(stk)
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "cm":
			if len(args) == 6 {
				var m matrix
				for i := 0; i < 6; i++ {
					m[i/2][i%2] = num(i)
				}
				m[2][2] = 1
				g.CTM = m.mul(g.CTM)
			}
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "BT":
			g.Tm, g.Tlm = ident, ident
		case "T*":
			g.Tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.Tl, 1}}.mul(g.Tlm)
			g.Tm = g.Tlm
		case "Tc":
			g.Tc = num(0)
		case "Tw":
			g.Tw = num(0)
		case "Tz":
			g.Th = num(0) / 100
		case "TL":
			g.Tl = num(0)
		case "Ts":
			g.Trise = num(0)
		case "TD", "Td":
			if op == "TD" {
				g.Tl = -num(1)
			}
			g.Tlm = matrix{{1, 0, 0}, {0, 1, 0}, {num(0), num(1), 1}}.mul(g.Tlm)
			g.Tm = g.Tlm
		case "Tm":
			if len(args) == 6 {
				var m matrix
				for i := 0; i < 6; i++ {
					m[i/2][i%2] = num(i)
				}
				m[2][2] = 1
				g.Tm, g.Tlm = m, m
			}
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				fv := res.Key("Font").Key(name)
				if fv.Kind() == Dict {
					g.font = w.fc.font(name, fv)
				} else {
					g.font = nil
				}
				g.fontName = name
				g.Tfs = num(1)
			}
		case "\"":
			if len(args) == 3 {
				g.Tw, g.Tc = num(0), num(1)
				args = args[2:]
			}
			fallthrough
		case "'":
			g.Tlm = matrix{{1, 0, 0}, {0, 1, 0}, {0, -g.Tl, 1}}.mul(g.Tlm)
			g.Tm = g.Tlm
			fallthrough
		case "Tj":
			if len(args) >= 1 {
				show(args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				v := args[0]
				for i := 0; i < v.Len(); i++ {
					x := v.Index(i)
					if x.Kind() == String {
						show(x.RawString())
					} else {
						tx := -x.Float64() / 1000 * g.Tfs * g.Th
						g.Tm = matrix{{1, 0, 0}, {0, 1, 0}, {tx, 0, 1}}.mul(g.Tm)
					}
				}
			}
		case "BMC":
			spans = append(spans, span{})
		case "BDC":
			sp := span{}
			if len(args) == 2 {
				props := args[1]
				if props.Kind() == Name {
					props = res.Key("Properties").Key(props.Name())
				}
				if at := props.Key("ActualText"); at.Kind() == String {
					sp.actual, sp.has = at.Text(), true
				}
			}
			if len(spans) < 64 {
				spans = append(spans, sp)
			}
		case "EMC":
			if n := len(spans); n > 0 {
				spans = spans[:n-1]
			}
		case "Do":
			if len(args) != 1 || depth >= maxFormDepth {
				return
			}
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Kind() != Stream || xo.Key("Subtype").Name() != "Form" {
				return
			}
			if xo.ptr != (objptr{}) {
				if w.seen[xo.ptr] {
					return
				}
				w.seen[xo.ptr] = true
				defer delete(w.seen, xo.ptr)
			}
			m := ident
			if mv := xo.Key("Matrix"); mv.Len() == 6 {
				for i := 0; i < 6; i++ {
					m[i/2][i%2] = mv.Index(i).Float64()
				}
				m[2][2] = 1
			}
			r2 := xo.Key("Resources")
			if r2.IsNull() {
				r2 = res
			}
			w.run(xo, r2, m.mul(g.CTM), depth+1)
		}
	})
}

// HasImages reports whether the page draws any image XObject (directly or
// in a form), a hint that a page without text is a scan.
func (p Page) HasImages() bool {
	xo := p.Resources().Key("XObject")
	for _, k := range xo.Keys() {
		st := xo.Key(k).Key("Subtype").Name()
		if st == "Image" || st == "Form" {
			return true
		}
	}
	return false
}

// Pages walks the page tree once, with a bound on depth and a guard
// against reference loops, and returns the leaf pages in order. It stops
// after max pages.
func (r *Reader) Pages(max int) []Page {
	var out []Page
	seen := map[objptr]bool{}
	var walk func(v Value, depth int)
	walk = func(v Value, depth int) {
		if depth > 64 || len(out) >= max {
			return
		}
		if v.ptr != (objptr{}) {
			if seen[v.ptr] {
				return
			}
			seen[v.ptr] = true
		}
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Page" || (kids.Kind() != Array && v.Key("Contents").Kind() != Null) {
			out = append(out, Page{v})
			return
		}
		for i := 0; i < kids.Len() && len(out) < max; i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	if len(out) == 0 && !r.damaged {
		// No page through the table: try again with objects the table
		// lacks looked up by scanning the file.
		r.damaged = true
		seen = map[objptr]bool{}
		walk(r.Trailer().Key("Root").Key("Pages"), 0)
	}
	return out
}

// MediaBox returns the page's media box as llx, lly, urx, ury, defaulting
// to A4 when missing.
func (p Page) MediaBox() (llx, lly, urx, ury float64) {
	mb := p.findInherited("MediaBox")
	if mb.Len() != 4 {
		return 0, 0, 595, 842
	}
	a := []float64{mb.Index(0).Float64(), mb.Index(1).Float64(), mb.Index(2).Float64(), mb.Index(3).Float64()}
	return math.Min(a[0], a[2]), math.Min(a[1], a[3]), math.Max(a[0], a[2]), math.Max(a[1], a[3])
}
