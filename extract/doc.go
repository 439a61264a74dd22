package extract

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/charmap"
)

func init() {
	register(DOC, readDOC)
	register(WPS, readDOC)
}

// readDOC reads Word 97-2003 (.doc) and Kingsoft WPS (.wps) files, which
// share the Word binary format: the OLE compound file (mscfb) holds a
// WordDocument stream whose FIB points at the piece table (CLX) in the
// table stream. Only the main document story is read, so headers, footers,
// footnotes and comments stay out; field codes are dropped and field
// results kept; list numbers, which are not in the text stream, are
// rendered from the list tables (PlfLst, PlfLfo) and each paragraph's
// properties (PAPX), and headings come from the built-in heading styles or
// the outline level. Files this reader cannot handle (Word 6/95, unusual
// producers) go through LibreOffice when it is installed (see soffice.go).
func readDOC(ctx context.Context, data []byte, opt Options) (*Document, error) {
	doc, err := readWord97(ctx, data, opt)
	if err == nil {
		if Detect(data) == WPS {
			doc.Engine = "wps"
		}
		return doc, nil
	}
	// A file that is sound but laid out in a way this reader does not
	// handle (Word 6/95, unusual WPS producers) goes through LibreOffice;
	// a truncated or damaged one does not.
	var e *Error
	if errors.As(err, &e) && e.Code == CodeLegacy {
		ext := "doc"
		if Detect(data) == WPS {
			ext = "wps"
		}
		conv, cerr := convertWithSoffice(ctx, data, ext, opt)
		if cerr == nil {
			return conv, nil
		}
		var ce *Error
		if errors.As(cerr, &ce) && ce.Code == CodeLegacy {
			return nil, Errorf(CodeLegacy, "%s; %s", e.Msg, ce.Msg)
		}
		return nil, cerr
	}
	return nil, err
}

// word97 holds the streams and tables of one file.
type word97 struct {
	wd, tbl []byte
	ccp     [8]uint32 // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx
	fcLcb   []uint32  // the FibRgFcLcb pairs, flattened
	pieces  []piece
	papxFC  []uint32 // PlcBtePapx boundaries
	papxPn  []uint32
	chpxFC  []uint32 // PlcBteChpx boundaries
	chpxPn  []uint32
	runLo   uint32 // the character run last looked up: [runLo, runHi)
	runHi   uint32
	runHide bool
	styles  []wordStyle
	lists   map[int32]*wordList // by lsid
	lfos    []wordLFO
	counter map[int32]*[9]int
	started map[int32]*[9]bool
	lfoUsed map[int]bool
}

type piece struct {
	cpStart, cpEnd uint32
	fc             uint32 // byte offset in WordDocument
	compressed     bool
}

type wordStyle struct {
	base    int
	sti     int
	props   paraProps
	defined bool
}

type paraProps struct {
	istd    int
	ilfo    int
	ilvl    int
	outline int // outline level + 1, 0 = none
	inTable bool
	ttp     bool
	hasIlfo bool
	hasIlvl bool
	hasOutl bool
}

type wordList struct {
	levels [9]wordLevel
	simple bool
}

type wordLevel struct {
	start  int
	nfc    byte
	legal  bool
	text   []uint16
	follow byte
}

type wordLFO struct {
	lsid     int32
	override map[int]int // level → start at
}

const (
	fcStshf      = 1
	fcPlcfBteChp = 12
	fcPlcfBtePap = 13
	fcClx        = 33
	fcPlfLst     = 73
	fcPlfLfo     = 74
)

func le16(b []byte, off int) (uint16, bool) {
	if off < 0 || off+2 > len(b) {
		return 0, false
	}
	return binary.LittleEndian.Uint16(b[off:]), true
}

func le32(b []byte, off int) (uint32, bool) {
	if off < 0 || off+4 > len(b) {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b[off:]), true
}

var errDocTrunc = Errorf(CodeCorrupt, "the Word file is truncated or damaged")

func readWord97(ctx context.Context, data []byte, opt Options) (*Document, error) {
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, Errorf(CodeCorrupt, "not a readable OLE compound file (truncated or damaged)")
	}
	streams := map[string][]byte{}
	var total int64
	for e, err := r.Next(); err == nil; e, err = r.Next() {
		if e.Name != "WordDocument" && e.Name != "0Table" && e.Name != "1Table" {
			continue
		}
		if e.Size > opt.MaxBytes || total+e.Size > opt.MaxBytes {
			return nil, Errorf(CodeTooLarge, "stream %s is larger than the limit", e.Name)
		}
		b, err := io.ReadAll(io.LimitReader(e, e.Size))
		if err != nil {
			return nil, errDocTrunc
		}
		total += int64(len(b))
		streams[e.Name] = b
		if err := ctx.Err(); err != nil {
			return nil, Errorf(CodeTimeout, "reading took too long")
		}
	}
	w := &word97{wd: streams["WordDocument"]}
	if w.wd == nil {
		return nil, Errorf(CodeCorrupt, "the file has no WordDocument stream")
	}
	ident, ok := le16(w.wd, 0)
	nFib, ok2 := le16(w.wd, 2)
	flags, ok3 := le16(w.wd, 10)
	if !ok || !ok2 || !ok3 || ident != 0xA5EC && ident != 0xA5DC {
		return nil, Errorf(CodeCorrupt, "the WordDocument stream has no valid header")
	}
	if nFib < 0xC1 && nFib != 0 {
		return nil, Errorf(CodeLegacy, "Word 6/95 files (nFib %d) are not read directly", nFib)
	}
	if flags&0x0100 != 0 {
		return nil, Errorf(CodeEncrypted, "the Word file is password-protected")
	}
	if flags&0x0200 != 0 {
		w.tbl = streams["1Table"]
	} else {
		w.tbl = streams["0Table"]
	}
	if w.tbl == nil {
		return nil, Errorf(CodeLegacy, "the Word file has no table stream the built-in reader knows")
	}
	if err := w.parseFIB(); err != nil {
		return nil, err
	}
	if err := w.parseCLX(); err != nil {
		return nil, err
	}
	// Lists and styles only refine the text (labels, headings): a damaged
	// table leaves them out rather than failing the file.
	w.parsePapxBte()
	w.parseStyles()
	w.parseLists()
	return w.text(ctx)
}

func (w *word97) parseFIB() error {
	csw, ok := le16(w.wd, 32)
	if !ok {
		return errDocTrunc
	}
	p := 34 + int(csw)*2
	cslw, ok := le16(w.wd, p)
	if !ok {
		return errDocTrunc
	}
	lw := p + 2
	for i := 0; i < 8; i++ {
		// fibRgLw: cbMac, reserved1, reserved2, ccpText, ccpFtn, ccpHdd,
		// reserved (ccpMcr), ccpAtn, ccpEdn, ccpTxbx, ccpHdrTxbx.
		idx := []int{3, 4, 5, 6, 7, 8, 9, 10}[i]
		if idx < int(cslw) {
			w.ccp[i], _ = le32(w.wd, lw+4*idx)
		}
	}
	q := lw + int(cslw)*4
	cb, ok := le16(w.wd, q)
	if !ok {
		return errDocTrunc
	}
	base := q + 2
	for i := 0; i < int(cb)*2; i++ {
		v, ok := le32(w.wd, base+4*i)
		if !ok {
			break
		}
		w.fcLcb = append(w.fcLcb, v)
	}
	if len(w.fcLcb) < 2*(fcClx+1) {
		return errDocTrunc
	}
	return nil
}

// fcLcbAt returns the table-stream slice named by FibRgFcLcb entry i.
func (w *word97) fcLcbAt(i int) []byte {
	if 2*i+1 >= len(w.fcLcb) {
		return nil
	}
	fc, lcb := w.fcLcb[2*i], w.fcLcb[2*i+1]
	if lcb == 0 || uint64(fc)+uint64(lcb) > uint64(len(w.tbl)) {
		return nil
	}
	return w.tbl[fc : fc+lcb]
}

func (w *word97) parseCLX() error {
	clx := w.fcLcbAt(fcClx)
	if clx == nil {
		return Errorf(CodeLegacy, "the Word file has no piece table the built-in reader knows")
	}
	i := 0
	for i < len(clx) && clx[i] == 0x01 { // Prc: skip
		n, ok := le16(clx, i+1)
		if !ok {
			return errDocTrunc
		}
		i += 3 + int(int16(n))
		if int16(n) < 0 {
			return errDocTrunc
		}
	}
	if i >= len(clx) || clx[i] != 0x02 {
		return Errorf(CodeLegacy, "the Word piece table is in a form the built-in reader does not know")
	}
	lcb, ok := le32(clx, i+1)
	if !ok || uint64(i+5)+uint64(lcb) > uint64(len(clx)) || lcb < 4 {
		return errDocTrunc
	}
	plc := clx[i+5 : i+5+int(lcb)]
	n := (len(plc) - 4) / 12
	if n <= 0 {
		return Errorf(CodeCorrupt, "the Word piece table is empty")
	}
	for k := 0; k < n; k++ {
		cs, _ := le32(plc, 4*k)
		ce, _ := le32(plc, 4*(k+1))
		fcRaw, _ := le32(plc, 4*(n+1)+8*k+2)
		p := piece{cpStart: cs, cpEnd: ce}
		if fcRaw&0x40000000 != 0 {
			p.compressed = true
			p.fc = (fcRaw &^ 0x40000000) / 2
		} else {
			p.fc = fcRaw
		}
		if ce < cs {
			return Errorf(CodeCorrupt, "the Word piece table is damaged")
		}
		w.pieces = append(w.pieces, p)
	}
	return nil
}

func (w *word97) parsePapxBte() {
	w.papxFC, w.papxPn = parseBte(w.fcLcbAt(fcPlcfBtePap))
	w.chpxFC, w.chpxPn = parseBte(w.fcLcbAt(fcPlcfBteChp))
}

// parseBte reads a PlcBte: n+1 file offsets and n FKP page numbers.
func parseBte(plc []byte) (fcs, pns []uint32) {
	if len(plc) < 8 {
		return nil, nil
	}
	n := (len(plc) - 4) / 8
	for k := 0; k <= n; k++ {
		v, _ := le32(plc, 4*k)
		fcs = append(fcs, v)
	}
	for k := 0; k < n; k++ {
		v, _ := le32(plc, 4*(n+1)+4*k)
		pns = append(pns, v&0x3FFFFF)
	}
	return fcs, pns
}

// hiddenAt reports whether the character at file offset fc is hidden
// (fVanish) or a tracked deletion (fRMarkDel): either stays out of the text.
func (w *word97) hiddenAt(fc uint32) bool {
	if fc >= w.runLo && fc < w.runHi {
		return w.runHide
	}
	w.runLo, w.runHi, w.runHide = fc, fc+1, false
	k := sort.Search(len(w.chpxPn), func(i int) bool { return w.chpxFC[i+1] > fc })
	if k >= len(w.chpxPn) {
		return false
	}
	off := int(w.chpxPn[k]) * 512
	if off+512 > len(w.wd) {
		return false
	}
	fkp := w.wd[off : off+512]
	crun := int(fkp[511])
	if crun == 0 || 4*(crun+1)+crun > 511 {
		return false
	}
	i := sort.Search(crun, func(i int) bool {
		v, _ := le32(fkp, 4*(i+1))
		return v > fc
	})
	if i >= crun {
		return false
	}
	lo, _ := le32(fkp, 4*i)
	hi, _ := le32(fkp, 4*(i+1))
	if lo <= fc && fc < hi {
		w.runLo, w.runHi = lo, hi
	}
	bOff := int(fkp[4*(crun+1)+i]) * 2
	if bOff == 0 || bOff >= 511 {
		return false
	}
	cb := int(fkp[bOff])
	if bOff+1+cb > 511 {
		return false
	}
	g := fkp[bOff+1 : bOff+1+cb]
	for j := 0; j+2 <= len(g); {
		sprm := binary.LittleEndian.Uint16(g[j:])
		j += 2
		size := sprmSize(sprm, g[j:])
		if size < 0 || j+size > len(g) {
			break
		}
		if (sprm == 0x083C || sprm == 0x0800) && size >= 1 && (g[j] == 1 || g[j] == 0x81) {
			w.runHide = true
		}
		j += size
	}
	return w.runHide
}

// sprmSize is the operand size of sprm whose operand starts at op, or -1.
func sprmSize(sprm uint16, op []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	if sprm == 0xD608 || sprm == 0xD606 {
		if len(op) < 2 {
			return -1
		}
		return int(binary.LittleEndian.Uint16(op)) + 1
	}
	if len(op) < 1 || sprm == 0xC615 && op[0] == 255 {
		return -1
	}
	return int(op[0]) + 1
}

// papAt returns the paragraph properties in force at file offset fc.
func (w *word97) papAt(fc uint32) paraProps {
	k := sort.Search(len(w.papxPn), func(i int) bool { return w.papxFC[i+1] > fc })
	if k >= len(w.papxPn) {
		return paraProps{}
	}
	off := int(w.papxPn[k]) * 512
	if off+512 > len(w.wd) {
		return paraProps{}
	}
	fkp := w.wd[off : off+512]
	crun := int(fkp[511])
	if crun == 0 || 4*(crun+1)+13*crun > 511 {
		return paraProps{}
	}
	i := sort.Search(crun, func(i int) bool {
		v, _ := le32(fkp, 4*(i+1))
		return v > fc
	})
	if i >= crun {
		return paraProps{}
	}
	bOff := int(fkp[4*(crun+1)+13*i]) * 2
	if bOff == 0 || bOff >= 511 {
		return paraProps{}
	}
	cb := int(fkp[bOff])
	var grp []byte
	if cb != 0 {
		end := bOff + 1 + 2*cb - 1
		if end > 511 {
			return paraProps{}
		}
		grp = fkp[bOff+1 : end]
	} else {
		if bOff+1 >= 511 {
			return paraProps{}
		}
		cb2 := int(fkp[bOff+1])
		end := bOff + 2 + 2*cb2
		if end > 511 {
			return paraProps{}
		}
		grp = fkp[bOff+2 : end]
	}
	if len(grp) < 2 {
		return paraProps{}
	}
	pp := paraProps{istd: int(binary.LittleEndian.Uint16(grp))}
	applySprms(&pp, grp[2:])
	return pp
}

// applySprms reads the paragraph sprms huibao needs from a grpprl.
func applySprms(pp *paraProps, g []byte) {
	for i := 0; i+2 <= len(g); {
		sprm := binary.LittleEndian.Uint16(g[i:])
		i += 2
		size := sprmSize(sprm, g[i:])
		if size < 0 {
			return
		}
		if i+size > len(g) {
			return
		}
		op := g[i : i+size]
		switch sprm {
		case 0x260A: // sprmPIlvl
			pp.ilvl, pp.hasIlvl = int(op[0]), true
		case 0x460B: // sprmPIlfo
			pp.ilfo, pp.hasIlfo = int(int16(binary.LittleEndian.Uint16(op))), true
		case 0x2640: // sprmPOutLvl
			if op[0] < 9 {
				pp.outline = int(op[0]) + 1
			} else {
				pp.outline = 0
			}
			pp.hasOutl = true
		case 0x2416: // sprmPFInTable
			pp.inTable = op[0] != 0
		case 0x2417: // sprmPFTtp
			pp.ttp = op[0] != 0
		case 0x6649: // sprmPItap: table depth
			pp.inTable = binary.LittleEndian.Uint32(op) > 0 || pp.inTable
		case 0x244B: // sprmPFInnerTableCell
			pp.inTable = pp.inTable || op[0] != 0
		case 0x244C: // sprmPFInnerTtp
			pp.ttp = pp.ttp || op[0] != 0
		}
		i += size
	}
}

func (w *word97) parseStyles() {
	st := w.fcLcbAt(fcStshf)
	if len(st) < 6 {
		return
	}
	cbStshi := int(binary.LittleEndian.Uint16(st))
	if 2+cbStshi > len(st) || cbStshi < 4 {
		return
	}
	cstd := int(binary.LittleEndian.Uint16(st[2:]))
	cbBase := int(binary.LittleEndian.Uint16(st[4:]))
	p := 2 + cbStshi
	for k := 0; k < cstd && p+2 <= len(st); k++ {
		cb := int(binary.LittleEndian.Uint16(st[p:]))
		p += 2
		if p+cb > len(st) {
			break
		}
		std := st[p : p+cb]
		p += cb
		s := wordStyle{base: -1}
		if cb >= 10 && cbBase >= 10 && cbBase <= cb {
			s.sti = int(binary.LittleEndian.Uint16(std) & 0x0FFF)
			v := binary.LittleEndian.Uint16(std[2:])
			stk := v & 0x000F
			s.base = int(v >> 4)
			if s.base == 0x0FFF {
				s.base = -1
			}
			s.defined = true
			if stk == 1 { // paragraph style: name, then UpxPapx
				q := cbBase
				if q+2 <= len(std) {
					cch := int(binary.LittleEndian.Uint16(std[q:]))
					q += 2 + 2*cch + 2
					if q%2 == 1 {
						q++
					}
					if q+2 <= len(std) {
						cbUpx := int(binary.LittleEndian.Uint16(std[q:]))
						q += 2
						if q+cbUpx <= len(std) && cbUpx >= 2 {
							applySprms(&s.props, std[q+2:q+cbUpx])
						}
					}
				}
			}
		}
		w.styles = append(w.styles, s)
	}
}

// isTOC reports whether istd is a built-in table-of-contents style
// (toc 1 … toc 9, sti 19-27).
func (w *word97) isTOC(istd int) bool {
	return istd >= 0 && istd < len(w.styles) && w.styles[istd].defined && w.styles[istd].sti >= 19 && w.styles[istd].sti <= 27
}

// styleProps resolves list and outline properties through istdBase.
func (w *word97) styleProps(istd int) (pp paraProps, level int, title bool) {
	for i := 0; i < 16 && istd >= 0 && istd < len(w.styles); i++ {
		s := w.styles[istd]
		if !s.defined {
			break
		}
		if level == 0 && s.sti >= 1 && s.sti <= 9 {
			level = s.sti
		}
		if s.sti == 62 {
			title = true
		}
		if !pp.hasIlfo && s.props.hasIlfo {
			pp.ilfo, pp.hasIlfo = s.props.ilfo, true
		}
		if !pp.hasIlvl && s.props.hasIlvl {
			pp.ilvl, pp.hasIlvl = s.props.ilvl, true
		}
		if !pp.hasOutl && s.props.hasOutl {
			pp.outline, pp.hasOutl = s.props.outline, true
		}
		istd = s.base
	}
	return pp, level, title
}

func (w *word97) parseLists() {
	w.lists = map[int32]*wordList{}
	w.counter = map[int32]*[9]int{}
	w.started = map[int32]*[9]bool{}
	w.lfoUsed = map[int]bool{}
	lst := w.fcLcbAt(fcPlfLst)
	if len(lst) >= 2 {
		c := int(int16(binary.LittleEndian.Uint16(lst)))
		var order []*wordList
		for k := 0; k < c && 2+28*(k+1) <= len(lst); k++ {
			o := 2 + 28*k
			l := &wordList{simple: lst[o+26]&0x01 != 0}
			w.lists[int32(binary.LittleEndian.Uint32(lst[o:]))] = l
			order = append(order, l)
		}
		// The LVLs follow the PlfLst.
		p := int(w.fcLcb[2*fcPlfLst]) + int(w.fcLcb[2*fcPlfLst+1])
		for _, l := range order {
			n := 9
			if l.simple {
				n = 1
			}
			for i := 0; i < n; i++ {
				if p+28 > len(w.tbl) {
					return
				}
				f := w.tbl[p : p+28]
				lv := wordLevel{start: int(int32(binary.LittleEndian.Uint32(f))), nfc: f[4], legal: f[5]&0x04 != 0, follow: f[15]}
				p += 28 + int(f[25]) + int(f[24])
				if p+2 > len(w.tbl) {
					return
				}
				cch := int(binary.LittleEndian.Uint16(w.tbl[p:]))
				p += 2
				if p+2*cch > len(w.tbl) {
					return
				}
				for j := 0; j < cch; j++ {
					lv.text = append(lv.text, binary.LittleEndian.Uint16(w.tbl[p+2*j:]))
				}
				p += 2 * cch
				l.levels[i] = lv
			}
		}
	}
	lfo := w.fcLcbAt(fcPlfLfo)
	if len(lfo) >= 4 {
		n := int(binary.LittleEndian.Uint32(lfo))
		if n < 0 || 4+16*n > len(lfo) {
			return
		}
		w.lfos = make([]wordLFO, n)
		for k := 0; k < n; k++ {
			o := 4 + 16*k
			w.lfos[k] = wordLFO{lsid: int32(binary.LittleEndian.Uint32(lfo[o:]))}
		}
		// LFOData: cp, then clfolvl LFOLVLs (iStartAt, flags, optional LVL).
		p := 4 + 16*n
		for k := 0; k < n; k++ {
			clfolvl := int(lfo[4+16*k+12])
			p += 4
			for j := 0; j < clfolvl; j++ {
				if p+8 > len(lfo) {
					return
				}
				start := int(int32(binary.LittleEndian.Uint32(lfo[p:])))
				fl := binary.LittleEndian.Uint32(lfo[p+4:])
				ilvl, fStart, fFormat := int(fl&0x0F), fl&0x10 != 0, fl&0x20 != 0
				p += 8
				if fStart && ilvl < 9 {
					if w.lfos[k].override == nil {
						w.lfos[k].override = map[int]int{}
					}
					w.lfos[k].override[ilvl] = start
				}
				if fFormat {
					return // an embedded LVL follows; rare, stop reading overrides
				}
			}
		}
	}
}

var nfcFormat = map[byte]string{
	0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
	0x0A: "chineseCounting", 0x0E: "decimalFullWidth", 0x10: "chineseCounting", 0x12: "decimalEnclosedCircle",
	0x16: "decimalZero", 0x17: "bullet", 0x1C: "decimalEnclosedCircleChinese", 0x1E: "ideographTraditional",
	0x21: "chineseCounting", 0x22: "chineseCounting", 0x25: "chineseCounting", 0x26: "chineseLegalSimplified",
	0x27: "chineseCounting", 0x28: "chineseCounting", 0xFF: "none",
}

// label renders the list number of a paragraph and advances the counters.
func (w *word97) label(ilfo, ilvl int) string {
	if ilfo <= 0 || ilfo > len(w.lfos) || ilvl < 0 || ilvl > 8 {
		return ""
	}
	lfo := w.lfos[ilfo-1]
	l := w.lists[lfo.lsid]
	if l == nil {
		return ""
	}
	if l.simple {
		ilvl = 0
	}
	c, st := w.counter[lfo.lsid], w.started[lfo.lsid]
	if c == nil {
		c, st = &[9]int{}, &[9]bool{}
		w.counter[lfo.lsid], w.started[lfo.lsid] = c, st
	}
	if !w.lfoUsed[ilfo] {
		w.lfoUsed[ilfo] = true
		for lv, s := range lfo.override {
			c[lv], st[lv] = s-1, true
		}
	}
	for i := 0; i <= ilvl; i++ {
		if !st[i] {
			c[i], st[i] = l.levels[i].start-1, true
			if i < ilvl {
				c[i]++
			}
		}
	}
	c[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		st[i] = false
	}
	lv := l.levels[ilvl]
	f := nfcFormat[lv.nfc]
	if f == "bullet" || f == "none" {
		return ""
	}
	var b strings.Builder
	for _, ch := range lv.text {
		if ch < 9 {
			k := int(ch)
			kf := nfcFormat[l.levels[k].nfc]
			if lv.legal || kf == "" {
				kf = "decimal"
			}
			b.WriteString(formatNumber(c[k], kf))
			continue
		}
		b.WriteString(string(utf16.Decode([]uint16{ch})))
	}
	s := b.String()
	if s != "" && lv.follow != 2 { // 0 tab, 1 space, 2 nothing
		if r := []rune(s); r[len(r)-1] < 0x2E80 {
			s += " "
		}
	}
	return s
}

// text reads the main story, with each text box's story placed after the
// paragraph that anchors it.
func (w *word97) text(ctx context.Context) (*Document, error) {
	doc := &Document{Engine: "doc"}
	if err := w.walk(ctx, 0, w.ccp[0], doc, w.textBoxes(), 0); err != nil {
		return nil, err
	}
	return doc, nil
}

const (
	fcPlcSpaMom   = 40
	fcPlcftxbxTxt = 56
)

// textBoxes maps the CP of each shape anchor in the main story to the CP
// range of its text box story (shapes and boxes are matched by shape id).
func (w *word97) textBoxes() map[uint32][2]uint32 {
	spa := w.fcLcbAt(fcPlcSpaMom)
	tx := w.fcLcbAt(fcPlcftxbxTxt)
	if len(spa) < 4+26 || len(tx) < 4+22 || w.ccp[6] == 0 {
		return nil
	}
	anchor := map[int32]uint32{}
	n := (len(spa) - 4) / 30
	for k := 0; k < n; k++ {
		cp, _ := le32(spa, 4*k)
		lid, _ := le32(spa, 4*(n+1)+26*k)
		anchor[int32(lid)] = cp
	}
	base := w.ccp[0] + w.ccp[1] + w.ccp[2] + w.ccp[3] + w.ccp[4] + w.ccp[5]
	m := (len(tx) - 4) / 26
	out := map[uint32][2]uint32{}
	for k := 0; k < m; k++ {
		lo, _ := le32(tx, 4*k)
		hi, _ := le32(tx, 4*(k+1))
		o := 4*(m+1) + 22*k
		reusable, _ := le16(tx, o+8)
		lid, _ := le32(tx, o+14)
		cp, ok := anchor[int32(lid)]
		if !ok || reusable != 0 || hi <= lo || hi > w.ccp[6] {
			continue
		}
		out[cp] = [2]uint32{base + lo, base + hi}
	}
	return out
}

// walk reads the CPs [from, end) into doc's paragraphs.
func (w *word97) walk(ctx context.Context, from, end uint32, doc *Document, boxes map[uint32][2]uint32, depth int) error {
	if depth > 2 {
		return nil
	}
	var pending [][2]uint32
	var cur []rune
	var cells []string
	var cell strings.Builder
	fields := []bool{} // true while in a field's instruction
	inInstr := func() bool { return len(fields) > 0 && fields[len(fields)-1] }
	win := charmap.Windows1252.NewDecoder()
	steps := 0
	endPara := func(fc uint32, mark rune) {
		pp := w.papAt(fc)
		sp, level, title := w.styleProps(pp.istd)
		if !pp.hasIlfo {
			pp.ilfo, pp.hasIlfo = sp.ilfo, sp.hasIlfo
		}
		if !pp.hasIlvl {
			pp.ilvl = sp.ilvl
		}
		if !pp.hasOutl && sp.hasOutl {
			pp.outline = sp.outline
		}
		text := strings.TrimSpace(string(cur))
		cur = cur[:0]
		if mark == 0x07 && pp.ttp {
			// end of a table row
			if cell.Len() > 0 || text != "" {
				cells = append(cells, strings.TrimSpace(cell.String()+" "+text))
				cell.Reset()
			}
			var keep []string
			for _, c := range cells {
				if c = strings.TrimSpace(c); c != "" {
					keep = append(keep, c)
				}
			}
			if len(keep) > 0 {
				doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: strings.Join(keep, " ")})
			}
			cells = cells[:0]
			return
		}
		if text != "" && pp.hasIlfo && pp.ilfo > 0 {
			text = w.label(pp.ilfo, pp.ilvl) + text
		}
		if mark == 0x07 || pp.inTable {
			if cell.Len() > 0 && text != "" {
				cell.WriteByte(' ')
			}
			cell.WriteString(text)
			if mark == 0x07 {
				cells = append(cells, cell.String())
				cell.Reset()
			}
			return
		}
		if pp.outline > 0 {
			level = pp.outline
		}
		if w.isTOC(pp.istd) {
			// table-of-contents entries repeat the headings with page numbers
			return
		}
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: text, Heading: level > 0 || title, Level: level})
		if title && doc.Title == "" {
			doc.Title = text
		}
		for _, b := range pending {
			_ = w.walk(ctx, b[0], b[1], doc, nil, depth+1)
		}
		pending = pending[:0]
	}
	for _, p := range w.pieces {
		if p.cpStart >= end || p.cpEnd <= from {
			continue
		}
		stop := p.cpEnd
		if stop > end {
			stop = end
		}
		first := p.cpStart
		if first < from {
			first = from
		}
		for cp := first; cp < stop; cp++ {
			steps++
			if steps%65536 == 0 && ctx.Err() != nil {
				return Errorf(CodeTimeout, "reading took too long")
			}
			if b, ok := boxes[cp]; ok {
				pending = append(pending, b)
			}
			var ch rune
			var fc uint32
			if p.compressed {
				fc = p.fc + (cp - p.cpStart)
				if int(fc) >= len(w.wd) {
					return errDocTrunc
				}
				b := w.wd[fc]
				if b >= 0x80 {
					s, _ := win.Bytes([]byte{b})
					ch = []rune(string(s))[0]
				} else {
					ch = rune(b)
				}
			} else {
				fc = p.fc + 2*(cp-p.cpStart)
				if int(fc)+2 > len(w.wd) {
					return errDocTrunc
				}
				u := binary.LittleEndian.Uint16(w.wd[fc:])
				ch = rune(u)
				if u >= 0xD800 && u < 0xDC00 && int(fc)+4 <= len(w.wd) && cp+1 < stop {
					u2 := binary.LittleEndian.Uint16(w.wd[fc+2:])
					if u2 >= 0xDC00 && u2 < 0xE000 {
						ch = utf16.DecodeRune(rune(u), rune(u2))
						cp++
					}
				}
			}
			switch ch {
			case 0x13:
				fields = append(fields, true)
				continue
			case 0x14:
				if len(fields) > 0 {
					fields[len(fields)-1] = false
				}
				continue
			case 0x15:
				if len(fields) > 0 {
					fields = fields[:len(fields)-1]
				}
				continue
			}
			if inInstr() {
				continue
			}
			if ch != 0x0D && ch != 0x07 && w.hiddenAt(fc) {
				continue
			}
			switch ch {
			case 0x0D:
				endPara(fc, ch)
			case 0x07:
				endPara(fc, ch)
			case 0x0C:
				// page or section break: ends the paragraph
				if t := strings.TrimSpace(string(cur)); t != "" {
					endPara(fc, 0x0D)
				}
			case 0x0B:
				cur = append(cur, '\n')
			case 0x09:
				cur = append(cur, '\t')
			case 0x1E:
				cur = append(cur, '-')
			case 0xA0:
				cur = append(cur, ' ')
			case 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x08, 0x1F:
				// pictures, footnote and comment references, drawn objects,
				// optional hyphens
			default:
				if ch >= 0x20 && (ch < 0xD800 || ch > 0xDFFF) && ch != 0xFFFF {
					cur = append(cur, ch)
				}
			}
		}
	}
	if t := strings.TrimSpace(string(cur)); t != "" {
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: t})
	}
	for _, b := range pending {
		_ = w.walk(ctx, b[0], b[1], doc, nil, depth+1)
	}
	return nil
}
