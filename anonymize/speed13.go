package anonymize

import "math"

// Round speed13: the span tagger's emissions with each token's values
// read once. spanTables.emit (speed11.go) asks spanValuesAt for a record
// of some thirty values of every scored rune, then looks the three tags
// around it up in posSlots; the token values among them (the tag's code,
// whether gojieba knew the word, its length and suffix class, its
// gazetteer code) are the same for every rune of a token and its
// neighbours. spanPrepToks packs them per token into spanScratch.tokInfo,
// and emit13 sums the same weights from them and the rune's own values,
// in locals, without the record or the closures. The sums are the same
// integers, so the scores and labels are the same (TestSpanEmit13 checks
// every rune of the development texts against spanTables.emit).

// Fields of a token's packed values (spanScratch.tokInfo).
const (
	tiCodeMask = 0xFF // posCodeOf(strHash(tag)), 255 for a tag the tables do not hold
	tiDict     = 1 << 8
	tiWlenSh   = 9  // min(n, 6), three bits
	tiWendSh   = 12 // sufClass of the last character, three bits
	tiLong     = 1 << 16
)

// spanTokInfo packs the values of token k the span tagger's features read
// besides its word and tag hashes and gazetteer code (sc.tokWord,
// sc.tokTag, sc.gaz).
func spanTokInfo(tt *tokText, k int, tag uint32) uint32 {
	t := &tt.toks[k]
	v := uint32(posCodeOf(tag))
	if t.dictWord() {
		v |= tiDict
	}
	v |= uint32(min(t.n(), 6)) << tiWlenSh
	v |= sufClass(tt.tokLast[k]) << tiWendSh
	if t.n() > 6 {
		v |= tiLong
	}
	return v
}

// The weights of emit13 are packed, the three labels' in 21-bit lanes of
// one 64-bit word (as speed6 packs the person tagger's), each lane holding
// the quantized weight plus spanLaneOff, so that it is never negative: a
// rune's twenty feature slots (an empty slot adds the offset alone) sum
// to less than 2^21 in every lane, and the three sums come out of one
// word less twenty offsets, the same integers as three separate sums.
const (
	spanLaneOff = 1 << 15
	spanSlots   = 20 // bias, 3 characters, 2 bigrams, word, 3 tags, 7 tables, 3 rule templates
)

// spanPackedMaxBits bounds the models packed (2^bits words of the hashed
// weights; the shipped model has 16 bits).
const spanPackedMaxBits = 18

// spanPacked holds spanTables' weights packed (spanPack), for emit13.
type spanPacked struct {
	bias uint64
	// hashed weights, 2^bits words
	q []uint64
	// as in spanTables
	sufHere, gaz, rule, shape, wordEnd, gazNext, sep []uint64
	wordTag, prevTag, nextTag                        []uint64
	ruleNb0                                          uint64
	ruleEdge0, ruleSuf0                              []uint64
	// chars[v]: spCh0, spChM1, spChP1 of character value v below U+10000
	chars []spanPackedChar
	// zero is an empty slot's word: the offsets alone
	zero uint64
}

// spanPackedChar holds the packed weights of one character's three
// character templates.
type spanPackedChar [3]uint64

// spanPack16 packs three int16 weights into lanes.
func spanPack16(a, b, c int16) uint64 {
	return uint64(int32(a)+spanLaneOff) | uint64(int32(b)+spanLaneOff)<<laneBits | uint64(int32(c)+spanLaneOff)<<(2*laneBits)
}

// spanPackW4 packs a table entry (three int16 weights as int32); ok is
// false when a weight is out of the int16 range.
func spanPackW4(w w4) (uint64, bool) {
	for _, x := range w[:nTags] {
		if x < -spanLaneOff || x >= spanLaneOff {
			return 0, false
		}
	}
	return spanPack16(int16(w[0]), int16(w[1]), int16(w[2])), true
}

// buildSpanPacked packs the tables of st, nil when the model is too large
// or a table entry does not fit a lane (emit13 then sums as emit does).
func buildSpanPacked(st *spanTables) *spanPacked {
	m := st.m
	if m.bits > spanPackedMaxBits || len(m.q) != nTags<<m.bits || len(st.chars) != 1<<16 {
		return nil
	}
	ok := true
	pack := func(t []w4) []uint64 {
		out := make([]uint64, len(t))
		for i, w := range t {
			var good bool
			out[i], good = spanPackW4(w)
			ok = ok && good
		}
		return out
	}
	one := func(w w4) uint64 {
		v, good := spanPackW4(w)
		ok = ok && good
		return v
	}
	p := &spanPacked{
		bias: one(st.bias), ruleNb0: one(st.ruleNb0),
		sufHere: pack(st.sufHere), gaz: pack(st.gaz), rule: pack(st.rule), shape: pack(st.shape),
		wordEnd: pack(st.wordEnd), gazNext: pack(st.gazNext), sep: pack(st.sep),
		wordTag: pack(st.wordTag), prevTag: pack(st.prevTag), nextTag: pack(st.nextTag),
		ruleEdge0: pack(st.ruleEdge0), ruleSuf0: pack(st.ruleSuf0),
		q: make([]uint64, 1<<m.bits), chars: make([]spanPackedChar, 1<<16),
		zero: spanPack16(0, 0, 0),
	}
	if !ok {
		return nil
	}
	for b := range p.q {
		p.q[b] = spanPack16(m.q[b*nTags], m.q[b*nTags+1], m.q[b*nTags+2])
	}
	for v, c := range st.chars {
		p.chars[v] = spanPackedChar{spanPack16(c[0], c[1], c[2]), spanPack16(c[3], c[4], c[5]), spanPack16(c[6], c[7], c[8])}
	}
	return p
}

// emit13 returns spanTables.emit(tt, sc, lt, i) from the packed weights
// and the tokens' packed values (spanPrepToks must have filled the
// tokens of rune i and its neighbours).
func (st *spanTables) emit13(tt *tokText, sc *spanScratch, lt *taggerLex, i int) [nTags]float32 {
	p := st.packed
	if p == nil {
		return st.emit(tt, sc, lt, i)
	}
	m := st.m
	q := p.q
	mask := uint32(len(q) - 1)
	bits := m.bits
	// hashed is the packed word of template k with value v (the offsets
	// alone for an empty slot); table reads a small table by value
	hashed := func(k int, v uint32) uint64 {
		if v == noFeat {
			return p.zero
		}
		return q[fhash(bits, uint32(k), v)&mask]
	}
	table := func(t []uint64, k int, v uint32) uint64 {
		if v < uint32(len(t)) {
			return t[v]
		}
		return hashed(k, v)
	}
	tagged := func(t []uint64, k int, code, tagHash, wpos uint32) uint64 {
		if code != 255 {
			return t[code*4+wpos]
		}
		return hashed(k, tagHash^wpos)
	}
	// the characters, their rule findings, suffix and separator classes
	rs := tt.runes
	n := len(rs)
	r := rs[i]
	c0, cm1, cp1 := uint32(r), uint32(1), uint32(2)
	r0, rm1, rp1 := uint32(sc.rule[i]), uint32(0xFF), uint32(0xFF)
	s0, sp1 := sufClass(r), uint32(8)
	k0, km1, kp1 := uint32(5), uint32(0), uint32(0)
	if c0 < 1<<16 {
		k0 = uint32(lt.class[c0])
	}
	if i > 0 {
		x := rs[i-1]
		cm1, rm1, km1 = uint32(x), uint32(sc.rule[i-1]), 5
		if cm1 < 1<<16 {
			km1 = uint32(lt.class[cm1])
		}
	}
	if i+1 < n {
		x := rs[i+1]
		cp1, rp1, sp1, kp1 = uint32(x), uint32(sc.rule[i+1]), sufClass(x), 5
		if cp1 < 1<<16 {
			kp1 = uint32(lt.class[cp1])
		}
	}
	sum := p.bias
	if c0|cm1|cp1 < 1<<16 {
		chars := (*[1 << 16]spanPackedChar)(p.chars)
		sum += chars[c0][0] + chars[cm1][1] + chars[cp1][2]
	} else {
		sum += hashed(spCh0, c0) + hashed(spChM1, cm1) + hashed(spChP1, cp1)
	}
	sum += hashed(spBiM1, cm1*0x10001^c0) + hashed(spBiP1, c0*0x10001^cp1)
	// the token's values and its neighbours' (codes 0 and 1 of a tag:
	// no token before, none after)
	ti := tt.tokOf[i]
	t := &tt.toks[ti]
	wpos := uint32(wordPos(i, t))
	info := sc.tokInfo[ti]
	tag := sc.tokTag[ti]
	if info&tiLong == 0 {
		sum += hashed(spWord, sc.tokWord[ti]^wpos)
	} else {
		sum += p.zero
	}
	prevCode, prevTag := uint32(0), uint32(1)
	nextCode, nextTag, nextGaz := uint32(1), uint32(2), uint32(9)
	if ti > 0 {
		prevCode, prevTag = sc.tokInfo[ti-1]&tiCodeMask, sc.tokTag[ti-1]
	}
	if ti+1 < len(tt.toks) {
		nextCode, nextTag, nextGaz = sc.tokInfo[ti+1]&tiCodeMask, sc.tokTag[ti+1], sc.gaz[ti+1]
	}
	code := info & tiCodeMask
	sum += tagged(p.wordTag, spWordTag, code, tag, wpos) + tagged(p.prevTag, spPrevTag, prevCode, prevTag, wpos) +
		tagged(p.nextTag, spNextTag, nextCode, nextTag, wpos)
	dict, wlen, wend, g := info>>8&1, info>>tiWlenSh&7, info>>tiWendSh&7, sc.gaz[ti]
	sum += table(p.shape, spWordShape, dict|wlen<<1|wpos<<4|g<<6) + table(p.sufHere, spSufHere, s0|wpos<<4) +
		table(p.wordEnd, spWordEnd, wend|wpos<<4|wlen<<6) + table(p.gaz, spGaz, g|wpos<<4) +
		table(p.gazNext, spGazNext, nextGaz|wpos<<4|g<<8) + table(p.rule, spRule, r0) +
		table(p.sep, spSep, km1<<8|k0<<4|kp1)
	if rm1|r0|rp1 == 0 && s0 < 16 && sp1 < 16 {
		sum += p.ruleNb0 + p.ruleEdge0[(s0|sp1<<4)&0xFF]
		if code != 255 {
			sum += p.ruleSuf0[code*8+wend]
		} else {
			sum += hashed(spRuleSuf, wend<<8|tag<<20)
		}
	} else {
		sum += hashed(spRuleNb, rm1<<8|r0|rp1<<16) + hashed(spRuleEdge, rm1<<8|r0|s0<<16|sp1<<20) +
			hashed(spRuleSuf, r0|wend<<8|rp1<<12|tag<<20)
	}
	const off = spanSlots * spanLaneOff
	a0 := int32(sum&laneMask) - off
	a1 := int32(sum>>laneBits&laneMask) - off
	a2 := int32(sum>>(2*laneBits)&laneMask) - off
	return [nTags]float32{float32(a0) * m.scale, float32(a1) * m.scale, float32(a2) * m.scale}
}

// spanGazSlots is the number of words spanScratch.gazOf keeps.
const spanGazSlots = 1024

// spanGazLookup returns the gazetteer code of a word for the span
// tagger's features: its place level, 5 for a short form, 6 for a
// village, 7 for a frequent ordinary word, 0 for none of them.
func spanGazLookup(word string, lx *lexicon, vl *villageList) uint32 {
	if lv, ok := lx.place(word); ok {
		return uint32(lv)
	} else if full, _ := lx.shortOf(word); full != "" {
		return 5
	} else if vl.has(word) {
		return 6
	} else if lx.common[word] {
		return 7
	}
	return 0
}

// gazOf returns spanGazLookup(word), h its strHash, from a direct-mapped
// cache of the words asked before: a report repeats its words (its
// places, bodies and ordinary words), and the lexicon never changes once
// loaded, so a hit spares the filters, maps and village index.
func (sc *spanScratch) gazOf(word string, h uint32, lx *lexicon, vl *villageList) uint32 {
	j := (h ^ h>>10) & (spanGazSlots - 1)
	if sc.gazKeys[j] == word && word != "" {
		return uint32(sc.gazVals[j])
	}
	g := spanGazLookup(word, lx, vl)
	if g <= 0xFF {
		sc.gazKeys[j], sc.gazVals[j] = word, uint8(g)
	}
	return g
}

// spanOutside is the emission of a rune outside every window of
// spanWindows: O.
var spanOutside = [nTags]float32{0, -1e4, -1e4}

// viterbiSpan is viterbiEm over the span tagger's emissions where ems
// holds the runes active marks and every other rune's is spanOutside:
// the same additions and comparisons in the same order, so the same
// labels, without filling or reading the emissions of the runes outside
// the windows (most of a text). The labels go to *labels, reused.
func (m *PersonTagger) viterbiSpan(ems [][nTags]float32, active []bool, bias float32, sc *taggerScratch, labels *[]uint8) []uint8 {
	n := len(ems)
	if n == 0 {
		return nil
	}
	active = active[:n]
	neg := float32(math.Inf(-1))
	sc.back = resize(sc.back, n)
	back := sc.back[:n]
	ems = ems[:n]
	t := &m.trans
	// the outside emission with the bias, as viterbiEm adds it
	outO, outB, outI := spanOutside[tagO], spanOutside[tagB], spanOutside[tagI]
	outB += bias
	eO, eB := outO, outB
	if active[0] {
		eO, eB = ems[0][tagO], ems[0][tagB]+bias
	}
	pO, pB, pI := t[nTags][tagO]+eO, t[nTags][tagB]+eB, neg
	tOO, tBO, tIO := t[tagO][tagO], t[tagB][tagO], t[tagI][tagO]
	tOB, tBB, tIB := t[tagO][tagB], t[tagB][tagB], t[tagI][tagB]
	tBI, tII := t[tagB][tagI], t[tagI][tagI]
	d := viterbiLead(t)
	for i := 1; i < n; i++ {
		eO, eB, eI := outO, outB, outI
		if active[i] {
			em := &ems[i]
			eO, eB, eI = em[tagO], em[tagB]+bias, em[tagI]
		}
		if viterbiLeads(pO, pB, pI, d) {
			// the comparisons below would pick O, O and B (viterbiLead):
			// the same sums without them
			vO, vB, vI := pO+tOO, pO+tOB, pB+tBI
			back[i] = [4]uint8{tagO, tagO, tagB}
			pO, pB, pI = vO+eO, vB+eB, vI+eI
			continue
		}
		bk := &back[i]
		best, arg := neg, uint8(0)
		if v := pO + tOO; v > best {
			best, arg = v, tagO
		}
		if v := pB + tBO; v > best {
			best, arg = v, tagB
		}
		if v := pI + tIO; v > best {
			best, arg = v, tagI
		}
		cO := best + eO
		bk[tagO] = arg
		best, arg = neg, 0
		if v := pO + tOB; v > best {
			best, arg = v, tagO
		}
		if v := pB + tBB; v > best {
			best, arg = v, tagB
		}
		if v := pI + tIB; v > best {
			best, arg = v, tagI
		}
		cB := best + eB
		bk[tagB] = arg
		best, arg = neg, 0
		if v := pB + tBI; v > best {
			best, arg = v, tagB
		}
		if v := pI + tII; v > best {
			best, arg = v, tagI
		}
		cI := best + eI
		bk[tagI] = arg
		pO, pB, pI = cO, cB, cI
	}
	*labels = resize(*labels, n)
	return viterbiBacktrack(back, [nTags]float32{pO, pB, pI}, *labels)
}

// viterbiBacktrack writes into out (len(back) labels) the best path that
// ends at the label of the highest score of last (the lowest among equals),
// following the back pointers of viterbiEm and viterbiSpan, and returns
// it.
func viterbiBacktrack(back [][4]uint8, last [nTags]float32, out []uint8) []uint8 {
	out = out[:len(back)]
	best := uint8(0)
	for y := 1; y < nTags; y++ {
		if last[y] > last[best] {
			best = uint8(y)
		}
	}
	for i := len(back) - 1; i >= 0; i-- {
		out[i] = best
		best = back[i][best&3] // (best < 3)
	}
	return out
}

// addWindow adds runes [lo, hi) to the ranges ws, which spanWindows
// builds in order of lo (its tokens' order), merging a range that meets
// or overlaps the last one.
func addWindow(ws [][2]int32, lo, hi int) [][2]int32 {
	if k := len(ws) - 1; k >= 0 && int(ws[k][1]) >= lo {
		ws[k][1] = int32(max(int(ws[k][1]), hi))
		return ws
	}
	return append(ws, [2]int32{int32(lo), int32(hi)})
}

// viterbiLeads reports whether O leads B and B leads I by d
// (viterbiLead) at scores within viterbiBound: the test of the shortcut
// of viterbiEm's and viterbiSpan's step.
func viterbiLeads(pO, pB, pI, d float32) bool {
	return pO < viterbiBound && pB > -viterbiBound && pB+d <= pO && pI+d <= pB
}

// viterbiBound bounds the scores at which viterbiLead's test is made:
// below it a score's rounding error is under one half.
const viterbiBound = 4e6

// viterbiLead returns the lead by which a label's score surely wins every
// comparison of the Viterbi step against a label behind it whatever the
// transitions t: twice their largest magnitude plus one (the one covers
// the rounding of the test pB+lead <= pO for scores within ±viterbiBound).
// With pB+lead <= pO and pI+lead <= pB (pB finite), the step's
// comparisons pick O from O, O for B and B for I: in real numbers each
// rival sum is below the winner's, and rounding is monotone, so the
// rounded sums keep the order (a tie keeps the first label, as the strict
// comparisons do). NaN (no shortcut) for transitions that are not finite
// or above 10^5.
func viterbiLead(t *[nTags + 1][nTags]float32) float32 {
	var mx float32
	for x := range nTags {
		for y := range nTags {
			a := t[x][y]
			if !(a > -1e5 && a < 1e5) {
				return float32(math.NaN())
			}
			mx = max(mx, a, -a)
		}
	}
	return 2*mx + 1
}
