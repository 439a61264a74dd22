package anonymize

import (
	"sync"
	"unicode/utf8"
)

// Sixth-session speed work: tables that let the hot loops skip what
// cannot match, with the same answers as the loops they guard.

// cjkStarts filters the entities of a finished Redaction by their first
// character when that character is one of three bytes with a lead byte
// E1–EC (all of CJK), for Redaction.scan: a 4096-bit filter of those first
// characters skips most characters of a text with one bit test. ok is
// false (and scan takes its byte-wise path everywhere) unless every entity
// is valid UTF-8: an entity that is not could match from inside a
// character or be one byte long. (Until speed16b it also listed the
// entities by their first character in a map built for every document;
// scan now tries the entities of the character's first byte, longest
// first: those beginning with another character fail HasPrefix, the rest
// are the map's list in the same order, so the first match is the same.)
type cjkStarts struct {
	ok     bool
	filter [64]uint64
}

// build fills c from r's finished lists.
func (c *cjkStarts) build(r *Redaction) {
	*c = cjkStarts{}
	for _, e := range r.order {
		if !utf8.ValidString(e.text) {
			return
		}
	}
	c.ok = true
	for _, e := range r.order {
		if len(e.text) < 3 {
			continue
		}
		c0, c1, c2 := e.text[0], e.text[1], e.text[2]
		if c0-0xE1 >= 0x0C || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			continue
		}
		x := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		c.filter[x>>6&63] |= 1 << (x & 63)
	}
}

// Trigger characters: a rule that reads a text only at one character
// (…村, …段, …号) finds nothing in a text without it, and returns at once
// when the text's trigger mask (tokText.trig, set by newTokText) lacks
// that character's bit. The mask is exact: bit i is set when the text
// holds the i-th character of trigChars.
const trigChars = "第段村河至级山号牌记位家人"

// The bits of tokText.trig, one per character of trigChars, in order.
const (
	trigDi     uint32 = 1 << iota // 第 (landmarkNicknames)
	trigDuan                      // 段 (placeStretches, riverTownStretches)
	trigCun                       // 村 (villagesBeforeBody, ordinaryWordVillages, ordinaryWordVillagesInContext)
	trigHe                        // 河 (riversBeforeStretch)
	trigZhi                       // 至 (roadSectionStems11)
	trigJi                        // 级 (areasBeforeLevel12)
	trigShan                      // 山 (mountainBrands12)
	trigHao                       // 号 (streetAddresses)
	trigPai                       // 牌 (quotedBrands)
	trigJiShop                    // 记 (surnameShops)
	trigWei                       // 位 (countedListNames)
	trigJia                       // 家 (familyLandformLandmarks)
	trigRen                       // 人 (namesGluedToRoleRen)
)

// trigRunes holds the characters of trigChars, one bit test per character
// of a text before the search for its bit.
var trigRunes = runeBitsOf(trigChars)

// trigMask returns the trigger mask of the characters rs.
func trigMask(rs []rune) (m uint32) {
	for _, r := range rs {
		if trigRunes.has(r) {
			m |= trigBitOf(r)
		}
	}
	return m
}

// trigBitOf returns the bit of trigger character r (0 for another
// character).
func trigBitOf(r rune) uint32 {
	i := 0
	for _, c := range trigChars {
		if c == r {
			return 1 << i
		}
		i++
	}
	return 0
}

// The tagger's emissions with the three labels' weights of an entry packed
// into one uint64 (packedTables): a position adds fifteen words instead of
// forty-five numbers. Each lane holds an entry's weight minus the least
// weight of its table, so a lane's sum over the fifteen tables stays below
// the sum of the tables' ranges, which build checks is below 2^laneBits:
// no lane carries into the next, and adding the least weights back gives
// exactly fastEmissions' integer sums.

// laneBits is the width of one label's lane.
const laneBits = 21

// laneMask masks one lane.
const laneMask = 1<<laneBits - 1

// packedTables are fastTables' tables (and the character records of
// directWeights) packed, with bias, the sum of the least weights of every
// table, per label.
type packedTables struct {
	rec                              []packedRec // by character below U+10000
	lex18, lex19, lex20, lex38       []uint64
	tok, prev, next, role, sep, misc []uint64
	bias                             [nTags]int32
	fast                             *packedFast // the same tables laid out for packedEmissions (speed12.go)
}

// packedRec is charRecord packed: the character's own weights, and its
// weights as the neighbour i-1, i+1, i-2 and i+2 of a position (record
// slots 1-4).
type packedRec struct{ self, nb1, nb2, nb3, nb4 uint64 }

// packer packs tables and keeps the sums of their ranges and least
// weights.
type packer struct {
	span, bias [nTags]int64
}

// pack packs the n entries get returns.
func (pk *packer) pack(n int, get func(i int) [nTags]int32) []uint64 {
	var lo, hi [nTags]int32
	for i := 0; i < n; i++ {
		v := get(i)
		for y := range v {
			if i == 0 || v[y] < lo[y] {
				lo[y] = v[y]
			}
			if i == 0 || v[y] > hi[y] {
				hi[y] = v[y]
			}
		}
	}
	out := make([]uint64, n)
	for i := range out {
		v := get(i)
		for y := range v {
			out[i] |= uint64(v[y]-lo[y]) << (laneBits * y)
		}
	}
	for y := range lo {
		pk.span[y] += int64(hi[y]) - int64(lo[y])
		pk.bias[y] += int64(lo[y])
	}
	return out
}

// w4Get reads entry i of a table of w4 as pack takes it.
func w4Get(t []w4) func(i int) [nTags]int32 {
	return func(i int) [nTags]int32 { return [nTags]int32{t[i][0], t[i][1], t[i][2]} }
}

// buildPacked returns the packed tables of d and ft, or nil when the sums
// of the ranges do not fit a lane.
func buildPacked(d *directWeights, ft *fastTables) *packedTables {
	pk := &packer{}
	p := &packedTables{}
	nr := len(d.rec)
	self := pk.pack(nr, func(i int) [nTags]int32 { return d.rec[i].self })
	var nb [nCharTemplates][]uint64
	for j := 1; j < nCharTemplates; j++ {
		nb[j] = pk.pack(nr, func(i int) [nTags]int32 {
			x := &d.rec[i].nb[j]
			return [nTags]int32{int32(x[0]), int32(x[1]), int32(x[2])}
		})
	}
	p.rec = make([]packedRec, nr)
	for i := range p.rec {
		p.rec[i] = packedRec{self[i], nb[1][i], nb[2][i], nb[3][i], nb[4][i]}
	}
	for _, t := range []struct {
		dst *[]uint64
		src []w4
	}{{&p.lex18, ft.lex18}, {&p.lex19, ft.lex19}, {&p.lex20, ft.lex20}, {&p.lex38, ft.lex38},
		{&p.tok, ft.tok}, {&p.prev, ft.prev}, {&p.next, ft.next}, {&p.role, ft.role}, {&p.sep, ft.sep}, {&p.misc, ft.misc}} {
		*t.dst = pk.pack(len(t.src), w4Get(t.src))
	}
	for y := range pk.span {
		if pk.span[y] >= 1<<laneBits || pk.bias[y] < -1<<30 || pk.bias[y] > 1<<30 {
			return nil
		}
		p.bias[y] = int32(pk.bias[y])
	}
	if p.fast = buildPackedFast(p); p.fast == nil {
		return nil
	}
	return p
}

// packedEmissions is fastEmissions' loop for a text whose characters are
// all below U+10000, whose lexicon codes and token tags all have table
// entries, under a model without unbounded templates: the same sums from
// the packed tables. lx holds each rune's three lexicon codes (surname,
// given, first: four bits each), padded by two entries before the text
// and one after; roles and tokPC are fastEmissions' buffers, pad the runes
// padded by two sentinels each side. The indices of p.fast's tables are
// formed from windows slid along the text (the lexicon codes of runes
// i-2 … i+1, the candidate positions and classes of i-1 … i+1), and the
// token's values are read once per token (speed12).
func (m *PersonTagger) packedEmissions(p *packedTables, d *directWeights, tt *tokText, sc *taggerScratch, lx []uint16, roles, tokPC []uint8, pad []uint32, em [][nTags]float32) {
	n := len(tt.runes)
	if n == 0 {
		return
	}
	rec := (*[1 << 16]packedRec)(p.rec)
	f := p.fast
	cpos, cls, compAt := sc.cpos[:n+2], sc.cls[:n+2], sc.comp[:n+1]
	cinfo, cflags, clen := sc.cinfo[:n], sc.cflags[:n], sc.clen[:n]
	roles, em, lx, pad = roles[:n], em[:n], lx[:n+3], pad[:n+4]
	b0, b1, b2 := p.bias[0], p.bias[1], p.bias[2]
	// the token's indices of each rune, in a pass of their own (speed15:
	// the one loop kept too many values for the registers)
	sc.keys = tokKeys15(sc.keys, tt.toks, tt.tokOf[:n], tokPC)
	ks := sc.keys[:n]
	// the windows before rune 0: lw the codes of runes -2 … 0 in bits
	// 12-47 (shifted down by twelve at each rune, the codes of i+1 coming
	// in on top), cw the candidate positions of runes -1, 0 (two bits
	// each), sw the classes of runes -1, 0 (three bits each)
	lw := uint64(lx[0])<<12 | uint64(lx[1])<<24 | uint64(lx[2])<<36
	cw := uint(cpos[0])<<2 | uint(cpos[1])
	sw := uint(cls[0])<<3 | uint(cls[1])
	prevComp := uint(0)
	for i := 0; i < n; i++ {
		key := uint(ks[i])
		lw = lw>>12 | uint64(lx[i+3])<<36   // runes i-2 … i+1 in bits 0-47
		cw = (cw<<2 | uint(cpos[i+2])) & 63 // cpos[i], cpos[i+1] (rune i's), cpos[i+2]
		sw = (sw<<3 | uint(cls[i+2])) & 511
		cp := cw >> 2 & 3
		// the character and its neighbours
		w := pad[i : i+5 : i+5] // i-2 … i+2
		sum := rec[uint16(w[2])].self + rec[uint16(w[1])].nb1 + rec[uint16(w[3])].nb2 + rec[uint16(w[0])].nb3 + rec[uint16(w[4])].nb4
		// lexicon combinations: sp2 = bits 0-3, sp 12-15, gp 16-19, s
		// 24-27, g 28-31, f 32-35, gn 40-43
		l := uint(lw)
		sum += f.lex18[(l>>8&0xF0|l>>28&15)&0xFF] + f.lex19[(l&15<<8|l>>12&0xF0|l>>28&15)&0xFFF] +
			f.lex20[(l>>20&0xF0|uint(lw>>40)&15)&0xFF] + f.lex38[(cp<<8|l>>20&0xF0|uint(lw>>32)&15)&0x3FF]
		// the token, its neighbours
		sum += f.tok[(key|cp)&0x1FFF] + f.prev[key>>13&0xFF] + f.next[key>>21&0xFF] // (tokBase|wpos<<2|cp, prevBase|wpos, nextBase|wpos: tokKeys15)
		// roles and titles, candidates, separators
		comp := uint(compAt[i])
		comp |= prevComp
		prevComp = 0
		if comp&1 != 0 {
			prevComp = 2
		}
		sum += f.role[(uint(roles[i])<<6|cw)&0xFFF] + f.sep[(cp<<9|sw)&0x7FF] + f.misc[(cp<<5|uint(clen[i])<<2|comp)&0x7F]
		a0, a1, a2 := int32(sum&laneMask)+b0, int32(sum>>laneBits&laneMask)+b1, int32(sum>>(2*laneBits)&laneMask)+b2
		if cp != 0 { // (where cp is 0, misc holds templates 33 and 35 too)
			e := m.weight(d, 33, uint32(cp)^cinfo[i]<<2)
			a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
			e = m.weight(d, 35, uint32(cp)|cflags[i]<<2)
			a0, a1, a2 = a0+e[0], a1+e[1], a2+e[2]
		}
		em[i] = [nTags]float32{float32(a0) * m.scale, float32(a1) * m.scale, float32(a2) * m.scale}
	}
}

// runeInfo packs what the tagger reads of one character below U+10000:
// bits 0-11 its three lexicon codes (surname, given, first; lexCodeOf of
// its buckets, four bits each), bits 12-14 its class (taggerLex.class),
// bit 15 set when it may begin a compound surname, bit 16 when a lexicon
// bucket has no code (the text then takes fastEmissions' own path).
type runeInfo = uint32

const (
	infoComp runeInfo = 1 << 15
	infoBad  runeInfo = 1 << 16
)

// runeInfoTab returns the runeInfo of every character below U+10000,
// built on first use.
func runeInfoTab() *[1 << 16]runeInfo {
	runeInfoOnce.Do(func() {
		lt := getTaggerLex()
		t := new([1 << 16]runeInfo)
		for r := range t {
			st := lt.bmp[r]
			c := [3]uint8{lexCodeOf[st[lexSurname]], lexCodeOf[st[lexGiven]], lexCodeOf[st[lexFirst]]}
			x := runeInfo(lt.class[r]&7) << 12
			if c[0]|c[1]|c[2] == 255 {
				x |= infoBad
			} else {
				x |= runeInfo(c[0]) | runeInfo(c[1])<<4 | runeInfo(c[2])<<8
			}
			if lt.compoundFirst.has(rune(r)) {
				x |= infoComp
			}
			t[r] = x
		}
		runeInfoArr = t
	})
	return runeInfoArr
}

var (
	runeInfoOnce sync.Once
	runeInfoArr  *[1 << 16]runeInfo
)

// tagPacked sets em to the emissions of tt's runes by packedEmissions,
// preparing only what it reads, in one pass over the characters (the
// lexicon codes, classes, compound surnames and padded runes of
// taggerPrep and fastEmissions together) and one over the tokens (the
// role and title flags about each rune, the tags' codes). It reports
// false, having set nothing the caller reads, when the text or the model
// needs fastEmissions' other paths: a character above U+FFFF or without
// lexicon codes, a tag without a code, no packed tables, unbounded
// templates.
func (m *PersonTagger) tagPacked(tt *tokText, cands []Finding, sc *taggerScratch, em [][nTags]float32) bool {
	ft := m.fastTable()
	p := ft.packed
	if p == nil || ft.wide {
		return false
	}
	d := m.directTable()
	info := runeInfoTab()
	lt := getTaggerLex()
	rs := tt.runes
	n := len(rs)
	fs := fastScratchPool.Get().(*fastScratch)
	defer fastScratchPool.Put(fs)
	fs.tokPC = resize(fs.tokPC, len(tt.toks))
	tokPC := fs.tokPC
	for k := range tt.toks {
		// posCode(pos), its tags of one or two lowercase letters looked
		// up here without the call (speed16b)
		var c uint8
		if p := tt.toks[k].pos; len(p) == 1 && p[0]-'a' < 26 {
			c = posCodeTab[int(p[0]-'a')*27+27]
		} else if len(p) == 2 && p[0]-'a' < 26 && p[1]-'a' < 26 {
			c = posCodeTab[int(p[0]-'a')*27+27+int(p[1]-'a')+1]
		} else {
			c = posCode(p) // posCodeOf(strHash(pos)) (speed7a.go)
		}
		if tokPC[k] = c; c == 255 {
			return false
		}
	}
	// the characters: padded runes (two sentinels each side, as edgeChar
	// gives), lexicon codes (two edge entries before, one after), classes
	// (line edges 0), compound surnames
	fs.pad = resize(fs.pad, n+4)
	pad := fs.pad
	pad[0], pad[1], pad[n+2], pad[n+3] = 1, 1, 2, 2
	fs.lx = resize(fs.lx, n+3)
	lx := fs.lx
	const edge = (nLexCodes - 1) * 0x111 // the three codes of edgeChar's runes
	lx[0], lx[1], lx[n+2] = edge, edge, edge
	sc.cls = resize(sc.cls, n+2)
	cls := sc.cls
	cls[0], cls[n+1] = 0, 0
	sc.comp = grow(sc.comp, n+1)
	compAt := sc.comp
	for i, r := range rs {
		if uint32(r) >= 1<<16 {
			return false
		}
		x := info[r]
		if x&infoBad != 0 {
			return false
		}
		pad[i+2] = uint32(r)
		lx[i+2] = uint16(x & 0xFFF)
		cls[i+1] = x >> 12 & 7
		if x&infoComp != 0 && i+1 < n && lt.compoundPair[[2]rune{r, rs[i+1]}] {
			compAt[i] = 1
		}
	}
	prepCands(tt, cands, sc)
	// role flags: bit 0 a role word ends at i, 1 at i-1, 2 at i-2; bit 3
	// a title starts at i+1, 4 at i+2, 5 at i+3 (fastEmissions' roles)
	fs.roles = grow(fs.roles, n)
	roles := fs.roles
	pt := tt.personToks() // (speed7a.go)
	for k := range tt.toks {
		t := &tt.toks[k]
		if pt[k]&ptRoleHas != 0 { // roleEndLast.has(tokLast) && (rolesBefore || hasRoleSuffix)
			for j, i := 0, t.end; j < 3 && i < n; j, i = j+1, i+1 {
				roles[i] |= 1 << j
			}
		}
		if pt[k]&ptTitleHas != 0 { // rolesAfterFirst.has(tokFirst) && rolesAfter
			for j, i := 0, t.start-1; j < 3 && i >= 0; j, i = j+1, i-1 {
				roles[i] |= 8 << j
			}
		}
	}
	m.packedEmissions(p, d, tt, sc, lx, roles, tokPC, pad, em)
	return true
}
