package anonymize

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

// emit13 returns spanTables.emit(tt, sc, lt, i) from the tokens' packed
// values (spanPrepToks must have filled the tokens of rune i and its
// neighbours).
func (st *spanTables) emit13(tt *tokText, sc *spanScratch, lt *taggerLex, i int) [nTags]float32 {
	m := st.m
	q := m.q
	// the sums in three scalars; the closures are inlined, so they stay
	// in registers
	a0, a1, a2 := st.bias[0], st.bias[1], st.bias[2]
	add := func(w *w4) {
		a0 += w[0]
		a1 += w[1]
		a2 += w[2]
	}
	hashed := func(k int, v uint32) {
		if v == noFeat {
			return // emissions skips an empty slot
		}
		h := int(fhash(m.bits, uint32(k), v)) * nTags
		w := q[h : h+3 : h+3]
		a0 += int32(w[0])
		a1 += int32(w[1])
		a2 += int32(w[2])
	}
	table := func(t []w4, k int, v uint32) {
		if v < uint32(len(t)) {
			add(&t[v])
		} else {
			hashed(k, v)
		}
	}
	tagged := func(t []w4, k int, code, tagHash, wpos uint32) {
		if code != 255 {
			add(&t[code*4+wpos])
		} else {
			hashed(k, tagHash^wpos)
		}
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
		p := rs[i-1]
		cm1, rm1, km1 = uint32(p), uint32(sc.rule[i-1]), 5
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
	if c0|cm1|cp1 < 1<<16 {
		chars := (*[1 << 16]spanCharRec)(st.chars)
		w, x, y := &chars[c0], &chars[cm1], &chars[cp1]
		a0 += int32(w[0]) + int32(x[3]) + int32(y[6])
		a1 += int32(w[1]) + int32(x[4]) + int32(y[7])
		a2 += int32(w[2]) + int32(x[5]) + int32(y[8])
	} else {
		hashed(spCh0, c0)
		hashed(spChM1, cm1)
		hashed(spChP1, cp1)
	}
	hashed(spBiM1, cm1*0x10001^c0)
	hashed(spBiP1, c0*0x10001^cp1)
	// the token's values and its neighbours' (codes 0 and 1 of a tag:
	// no token before, none after)
	ti := tt.tokOf[i]
	t := &tt.toks[ti]
	wpos := uint32(wordPos(i, t))
	info := sc.tokInfo[ti]
	tag := sc.tokTag[ti]
	if info&tiLong == 0 {
		hashed(spWord, sc.tokWord[ti]^wpos)
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
	tagged(st.wordTag, spWordTag, code, tag, wpos)
	tagged(st.prevTag, spPrevTag, prevCode, prevTag, wpos)
	tagged(st.nextTag, spNextTag, nextCode, nextTag, wpos)
	dict, wlen, wend, g := info>>8&1, info>>tiWlenSh&7, info>>tiWendSh&7, sc.gaz[ti]
	table(st.shape, spWordShape, dict|wlen<<1|wpos<<4|g<<6)
	table(st.sufHere, spSufHere, s0|wpos<<4)
	table(st.wordEnd, spWordEnd, wend|wpos<<4|wlen<<6)
	table(st.gaz, spGaz, g|wpos<<4)
	table(st.gazNext, spGazNext, nextGaz|wpos<<4|g<<8)
	table(st.rule, spRule, r0)
	table(st.sep, spSep, km1<<8|k0<<4|kp1)
	if rm1|r0|rp1 == 0 && s0 < 16 && sp1 < 16 {
		add(&st.ruleNb0)
		add(&st.ruleEdge0[s0|sp1<<4])
		if code != 255 {
			add(&st.ruleSuf0[code*8+wend])
		} else {
			hashed(spRuleSuf, wend<<8|tag<<20)
		}
	} else {
		hashed(spRuleNb, rm1<<8|r0|rp1<<16)
		hashed(spRuleEdge, rm1<<8|r0|s0<<16|sp1<<20)
		hashed(spRuleSuf, r0|wend<<8|rp1<<12|tag<<20)
	}
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
	} else if lx.shortNames.mayHave(word) && lx.short[word] != "" {
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
