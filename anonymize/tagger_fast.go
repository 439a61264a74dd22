package anonymize

import "sync"

// The tagger's emissions without a feature row: most templates take few
// values (lexicon buckets, part-of-speech tags, word positions, separator
// classes, candidate positions, role and title flags), so the weights of
// every value combination of a group of them are added up once per model
// into small tables, and a position reads a handful of table entries that
// stay in the CPU caches instead of hashing some thirty features into the
// model's table. The integer sums are the same as emissionsRaw's (integer
// addition in any order), so the labels are too; TestFastEmissions checks
// every position of the development texts and of made-up models.

// w4 is the summed quantized weights of the labels (the fourth is padding,
// so that an entry never straddles two cache lines).
type w4 = [4]int32

// nLexCodes is the number of values a lexicon bucket takes (bucket): 5 to
// 15, and 99 for a character the statistic does not know.
const nLexCodes = 12

// lexCodeOf maps a bucket value to its code 0..nLexCodes-1 (255: a value
// bucket never returns).
var lexCodeOf = func() (c [256]uint8) {
	for v := range c {
		switch {
		case v >= 5 && v <= 15:
			c[v] = uint8(v - 5)
		case v == 99:
			c[v] = nLexCodes - 1
		default:
			c[v] = 255
		}
	}
	return
}()

// lexValue is the bucket value of a code.
func lexValue(c int) uint32 {
	if c == nLexCodes-1 {
		return 99
	}
	return uint32(c + 5)
}

// posTags are gojieba's part-of-speech tags; a token whose tag is not
// among them takes the hashing path.
var posTags = []string{"a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "eng", "f", "g", "h", "i", "j", "k", "l", "m", "mg", "mq", "n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug", "uj", "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "x", "y", "z", "zg"}

// nPosCodes counts the tags and the two values of a missing neighbour
// token (1 before the text's first token, 2 after its last).
var nPosCodes = len(posTags) + 2

// posHashCode maps strHash of a tag, and the values 1 and 2, to a code.
var posHashCode = func() map[uint32]uint8 {
	m := map[uint32]uint8{1: 0, 2: 1}
	for i, t := range posTags {
		m[strHash(t)] = uint8(i + 2)
	}
	return m
}()

// posSlots is posHashCode as an open-addressed table without a map's
// cost: slot posSlot(h) and the next ones up to an empty slot (code 255).
var posSlots = func() (t [256]struct {
	h    uint32
	code uint8
}) {
	for i := range t {
		t[i].code = 255
	}
	for h, c := range posHashCode {
		j := posSlot(h)
		for t[j].code != 255 {
			j = (j + 1) & 255
		}
		t[j].h, t[j].code = h, c
	}
	return
}()

func posSlot(h uint32) uint32 { return (h ^ h>>8 ^ h>>16 ^ h>>24) & 255 }

// posCodeOf is posHashCode[h], 255 for a hash it does not hold.
func posCodeOf(h uint32) uint8 {
	for j := posSlot(h); ; j = (j + 1) & 255 {
		e := &posSlots[j]
		if e.code == 255 || e.h == h {
			return e.code
		}
	}
}

// posHashes is the inverse of posHashCode.
var posHashes = func() []uint32 {
	h := make([]uint32, nPosCodes)
	for v, c := range posHashCode {
		h[c] = v
	}
	return h
}()

// fastTables holds the summed weights of the template groups of one
// model.
type fastTables struct {
	// lex18[sp*12+g]: template 18 (surname of the previous character,
	// given of this); lex19[(sp2*12+gp)*12+g]: 19; lex20[s*12+gn]: 20;
	// lex38[(cp*12+s)*12+f]: 38 (surname, first, candidate position)
	lex18, lex19, lex20, lex38 []w4
	// tok[((p*4+wpos)*6+wlen)*3+cp]: templates 21, 22 and 37 (the tag of
	// the token, the position in it, its length, candidate position);
	// prev[p*4+wpos], next[p*4+wpos]: 23 and 24 (the neighbour tokens'
	// tags)
	tok, prev, next []w4
	// role[bits*27+cp3]: templates 26-29, 34, 39 and 40 (role and title
	// words about the position, the candidate positions of the previous,
	// this and the next character)
	role []w4
	// sep[cp*343+c0*49+c1*7+c2]: templates 32 and 41 (the classes of the
	// previous, this and the next character, candidate position)
	sep []w4
	// misc[(cp*7+clen)*4+comp]: templates 36 and 12, and where no
	// candidate covers the character (cp 0), 33 and 35
	misc []w4
	// wide: the model uses a template whose values are unbounded
	// (character pairs, words); those are hashed
	wide bool
	// packed: the tables above and the character records packed for
	// packedEmissions (speed6.go); nil when their sums do not fit
	packed *packedTables
}

var wideTemplates = [...]int{6, 7, 8, 9, 10, 25, 30, 31, 42}

// addW adds b to a.
func addW(a w4, b [nTags]int32) w4 { return w4{a[0] + b[0], a[1] + b[1], a[2] + b[2]} }

// fastTable builds (once) the summed tables of a quantized model.
func (m *PersonTagger) fastTable() *fastTables {
	m.fastOnce.Do(func() {
		d := m.directTable()
		w := func(k int, v uint32) [nTags]int32 { return m.weight(d, k, v) }
		ft := &fastTables{}
		ft.lex18 = make([]w4, nLexCodes*nLexCodes)
		ft.lex20 = make([]w4, nLexCodes*nLexCodes)
		for a := 0; a < nLexCodes; a++ {
			for b := 0; b < nLexCodes; b++ {
				ft.lex18[a*nLexCodes+b] = addW(w4{}, w(18, lexValue(a)<<8|lexValue(b)))
				ft.lex20[a*nLexCodes+b] = addW(w4{}, w(20, lexValue(a)<<8|lexValue(b)))
			}
		}
		ft.lex19 = make([]w4, nLexCodes*nLexCodes*nLexCodes)
		for a := 0; a < nLexCodes; a++ {
			for b := 0; b < nLexCodes; b++ {
				for c := 0; c < nLexCodes; c++ {
					ft.lex19[(a*nLexCodes+b)*nLexCodes+c] = addW(w4{}, w(19, lexValue(a)<<16|lexValue(b)<<8|lexValue(c)))
				}
			}
		}
		ft.lex38 = make([]w4, 3*nLexCodes*nLexCodes)
		for cp := uint32(0); cp < 3; cp++ {
			for s := 0; s < nLexCodes; s++ {
				for f := 0; f < nLexCodes; f++ {
					ft.lex38[(int(cp)*nLexCodes+s)*nLexCodes+f] = addW(w4{}, w(38, lexValue(s)<<8|lexValue(f)|cp<<16))
				}
			}
		}
		ft.tok = make([]w4, nPosCodes*4*6*3)
		ft.prev = make([]w4, nPosCodes*4)
		ft.next = make([]w4, nPosCodes*4)
		for p, h := range posHashes {
			for wpos := uint32(0); wpos < 4; wpos++ {
				ft.prev[p*4+int(wpos)] = addW(w4{}, w(23, h^wpos))
				ft.next[p*4+int(wpos)] = addW(w4{}, w(24, h^wpos))
				for wlen := uint32(0); wlen < 6; wlen++ {
					for cp := uint32(0); cp < 3; cp++ {
						e := addW(w4{}, w(21, h^wpos))
						e = addW(e, w(22, h^wpos<<20^wlen<<24))
						e = addW(e, w(37, cp|wpos<<2|h<<4))
						ft.tok[((p*4+int(wpos))*6+int(wlen))*3+int(cp)] = e
					}
				}
			}
		}
		ft.role = make([]w4, 64*27)
		for bits := uint32(0); bits < 64; bits++ {
			re0, re1, re2 := bits&1, bits>>1&1, bits>>2&1
			ts1, ts2, ts3 := bits>>3&1, bits>>4&1, bits>>5&1
			for cp3 := uint32(0); cp3 < 27; cp3++ {
				c0, c1, c2 := cp3/9, cp3/3%3, cp3%3
				e := addW(w4{}, w(26, re0))
				e = addW(e, w(27, re1<<1|re2<<2))
				e = addW(e, w(28, ts1))
				e = addW(e, w(29, ts2|ts3<<1))
				e = addW(e, w(34, c0<<4|c1<<2|c2))
				e = addW(e, w(39, re0<<2|c1))
				e = addW(e, w(40, ts1<<2|c1|ts2<<3|ts3<<4))
				ft.role[bits*27+cp3] = e
			}
		}
		ft.sep = make([]w4, 3*343)
		for cp := uint32(0); cp < 3; cp++ {
			for c := uint32(0); c < 343; c++ {
				sep := (c/49)<<4 | (c/7%7)<<8 | c%7
				ft.sep[cp*343+c] = addW(addW(w4{}, w(32, sep)), w(41, sep^cp<<12))
			}
		}
		ft.misc = make([]w4, 3*7*4)
		for cp := uint32(0); cp < 3; cp++ {
			for cl := uint32(0); cl < 7; cl++ {
				for comp := uint32(0); comp < 4; comp++ {
					e := addW(addW(w4{}, w(36, cp|cl<<2)), w(12, comp))
					if cp == 0 {
						// no candidate: the values of 33 and 35 are 0
						e = addW(addW(e, w(33, 0)), w(35, 0))
					}
					ft.misc[(cp*7+cl)*4+comp] = e
				}
			}
		}
		for _, k := range wideTemplates {
			if m.off&(1<<k) == 0 {
				ft.wide = true
			}
		}
		ft.packed = buildPacked(d, ft)
		m.fast = ft
	})
	return m.fast
}

// fastScratchPool recycles the per-text buffers of fastEmissions.
var fastScratchPool = sync.Pool{New: func() any { return &fastScratch{} }}

// fastScratch holds fastEmissions' per-text buffers.
type fastScratch struct {
	lc     [][3]uint8 // lexicon codes of each rune: surname, given, first
	roles  []uint8    // the six role and title flags about each rune
	tokPC  []uint8    // part-of-speech code of each token (255: unknown)
	hashOK []bool
	pad    []uint32 // the runes with two sentinels each side (1 before, 2 after), as ch reads them
	lx     []uint16 // tagPacked: the three lexicon codes of each rune, four bits each (speed12)
}

// fastEmissions sets em[i] to the emissions of rune i, equal to
// emissionsRaw's over taggerFeatureRows' rows; sc must have been filled by
// taggerPrep for the same text and candidates.
func (m *PersonTagger) fastEmissions(tt *tokText, sc *taggerScratch, em [][nTags]float32) {
	d := m.directTable()
	ft := m.fastTable()
	fs := fastScratchPool.Get().(*fastScratch)
	defer fastScratchPool.Put(fs)
	rs := tt.runes
	n := len(rs)
	lx, cls, cpos, cinfo, cflags, clen, compAt := sc.lx, sc.cls, sc.cpos, sc.cinfo, sc.cflags, sc.clen, sc.comp
	// lc[i+2] holds rune i's codes; two entries before the text and one
	// after hold nLexCodes-1, what the loop below reads past its edges
	fs.lc = resize(fs.lc, n+3)
	lcPad := fs.lc
	edge := [3]uint8{nLexCodes - 1, nLexCodes - 1, nLexCodes - 1}
	lcPad[0], lcPad[1], lcPad[n+2] = edge, edge, edge
	lc := lcPad[2 : n+2]
	lexOK := true
	for i := range lx {
		st := &lx[i]
		c := [3]uint8{lexCodeOf[st[lexSurname]], lexCodeOf[st[lexGiven]], lexCodeOf[st[lexFirst]]}
		if c[0]|c[1]|c[2] == 255 {
			lexOK = false
		}
		lc[i] = c
	}
	// role flags: bit 0 a role word ends at i, 1 at i-1, 2 at i-2; bit 3
	// a title starts at i+1, 4 at i+2, 5 at i+3
	fs.roles = resize(fs.roles, n)
	roles := fs.roles
	roleEnd, titleStart := sc.roleEnd, sc.titleStart
	at := func(b []bool, i int) uint8 {
		if i >= 0 && i < len(b) && b[i] {
			return 1
		}
		return 0
	}
	// a window slid along the text: re holds the role bits of i, i-1,
	// i-2; ts the title bits of i+1, i+2, i+3
	re, ts := uint8(0), at(titleStart, 0)|at(titleStart, 1)<<1|at(titleStart, 2)<<2
	for i := range roles {
		re = re<<1&6 | at(roleEnd, i)
		ts = ts>>1 | at(titleStart, i+3)<<2
		roles[i] = re | ts<<3
	}
	fs.tokPC = resize(fs.tokPC, len(tt.toks))
	tokPC := fs.tokPC
	tokOK := true // every tag has a code
	for k := range tt.toks {
		tokPC[k] = posCodeOf(sc.tokPos[k])
		if tokPC[k] == 255 {
			tokOK = false
		}
	}
	nt := len(tt.toks)
	ch := func(i int) uint32 { return edgeChar(rs, i) }
	// the characters with ch's values past the edges, when all are in
	// the Basic Multilingual Plane (the records' plane): the loop then
	// reads each neighbour's record without a test
	fs.pad = resize(fs.pad, n+4)
	pad := fs.pad
	pad[0], pad[1], pad[n+2], pad[n+3] = 1, 1, 2, 2
	allBMP := true
	for i, r := range rs {
		pad[i+2] = uint32(r)
		if uint32(r) >= 1<<16 {
			allBMP = false
		}
	}
	if ft.packed != nil && allBMP && lexOK && tokOK && !ft.wide {
		fs.lx = resize(fs.lx, n+3)
		for i, c := range lcPad[:n+3] {
			fs.lx[i] = uint16(c[0]) | uint16(c[1])<<4 | uint16(c[2])<<8
		}
		m.packedEmissions(ft.packed, d, tt, sc, fs.lx, roles, tokPC, pad, em)
		return
	}
	rec := (*[1 << 16]charRecord)(d.rec)
	var row *[nFeatTemplates]uint32 // built only for the rare slow cases
	// lengths the compiler can see, so the loop's index checks go
	cpos, cls, compAt = cpos[:n+2], cls[:n+2], compAt[:n+1]
	cinfo, cflags, clen, lc, roles, em = cinfo[:n], cflags[:n], clen[:n], lc[:n], roles[:n], em[:n]
	tokOf := tt.tokOf[:n]
	for i := 0; i < n; i++ {
		ti := tokOf[i]
		t := &tt.toks[ti]
		tn := t.end - t.start
		wpos := wordPos(i, t)
		cp := int(cpos[i+1])
		var a0, a1, a2 int32
		// the character and its neighbours
		if allBMP {
			w := pad[i : i+5 : i+5] // i-2 … i+2
			e := &rec[uint16(w[2])]
			a0, a1, a2 = e.self[0], e.self[1], e.self[2]
			x := &rec[uint16(w[1])].nb[1]
			a0, a1, a2 = a0+int32(x[0]), a1+int32(x[1]), a2+int32(x[2])
			x = &rec[uint16(w[3])].nb[2]
			a0, a1, a2 = a0+int32(x[0]), a1+int32(x[1]), a2+int32(x[2])
			x = &rec[uint16(w[0])].nb[3]
			a0, a1, a2 = a0+int32(x[0]), a1+int32(x[1]), a2+int32(x[2])
			x = &rec[uint16(w[4])].nb[4]
			a0, a1, a2 = a0+int32(x[0]), a1+int32(x[1]), a2+int32(x[2])
		} else if c0 := ch(i); c0 < 1<<16 {
			e := &d.rec[c0]
			a0, a1, a2 = e.self[0], e.self[1], e.self[2]
			// the neighbours i-1, i+1, i-2, i+2: record slots 1-4, templates 2-5
			for _, nb := range [...]struct{ off, slot int }{{-1, 1}, {1, 2}, {-2, 3}, {2, 4}} {
				if c := ch(i + nb.off); c < 1<<16 {
					x := &d.rec[c].nb[nb.slot]
					a0, a1, a2 = a0+int32(x[0]), a1+int32(x[1]), a2+int32(x[2])
				} else {
					e := m.weight(d, nb.slot+1, c)
					a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
				}
			}
		} else {
			// outside the Basic Multilingual Plane: emissionsRaw's own
			// path for the character templates
			row = m.slowCharRow(sc, tt, i, row)
			for _, k := range [...]int{0, 1, 2, 3, 4, 5, 11, 13, 14, 15, 16, 17} {
				e := m.weight(d, k, row[k])
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		}
		// lexicon combinations
		if lexOK {
			w := lcPad[i : i+4 : i+4] // runes i-2 … i+1
			sp, gp, sp2, gn := int(w[1][0]), int(w[1][1]), int(w[0][0]), int(w[3][1])
			s, g, f := int(w[2][0]), int(w[2][1]), int(w[2][2])
			{
				e := &ft.lex18[sp*nLexCodes+g]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := &ft.lex19[(sp2*nLexCodes+gp)*nLexCodes+g]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := &ft.lex20[s*nLexCodes+gn]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := &ft.lex38[(cp*nLexCodes+s)*nLexCodes+f]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		} else {
			row = m.slowCharRow(sc, tt, i, row)
			for _, k := range [...]int{18, 19, 20, 38} {
				e := m.weight(d, k, row[k])
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		}
		// the token, its neighbours
		pc, pp, pn := uint8(0), uint8(0), uint8(1)
		pc = tokPC[ti]
		if ti > 0 {
			pp = tokPC[ti-1]
		}
		if ti+1 < nt {
			pn = tokPC[ti+1]
		}
		wlen := min(tn, 5)
		if pc|pp|pn != 255 {
			{
				e := &ft.tok[((int(pc)*4+wpos)*6+wlen)*3+cp]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := &ft.prev[int(pp)*4+wpos]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := &ft.next[int(pn)*4+wpos]
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		} else {
			row = m.slowCharRow(sc, tt, i, row)
			for _, k := range [...]int{21, 22, 37, 23, 24} {
				e := m.weight(d, k, row[k])
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		}
		// roles and titles, candidates, separators
		{
			e := &ft.role[int(roles[i])*27+int(cpos[i])*9+cp*3+int(cpos[i+2])]
			a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
		}
		{
			e := &ft.sep[cp*343+int(cls[i])*49+int(cls[i+1])*7+int(cls[i+2])]
			a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
		}
		comp := int(compAt[i])
		if i > 0 && compAt[i-1] != 0 {
			comp |= 2
		}
		{
			e := &ft.misc[(cp*7+int(clen[i]))*4+comp]
			a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
		}
		if cp != 0 { // (where cp is 0, misc holds templates 33 and 35 too)
			{
				e := m.weight(d, 33, uint32(cp)^cinfo[i]<<2)
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
			{
				e := m.weight(d, 35, uint32(cp)|cflags[i]<<2)
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		}
		if ft.wide {
			row = m.slowCharRow(sc, tt, i, row)
			for _, k := range wideTemplates {
				e := m.weight(d, k, row[k])
				a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			}
		}
		em[i] = [nTags]float32{float32(a0) * m.scale, float32(a1) * m.scale, float32(a2) * m.scale}
	}
}

// slowCharRow returns the raw feature row of rune i (taggerRow into a
// buffer allocated on first need), for the rare positions the tables do
// not cover.
func (m *PersonTagger) slowCharRow(sc *taggerScratch, tt *tokText, i int, row *[nFeatTemplates]uint32) *[nFeatTemplates]uint32 {
	if row == nil {
		row = new([nFeatTemplates]uint32)
	}
	taggerRow(tt, sc, i, row)
	return row
}
