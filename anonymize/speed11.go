package anonymize

import "sync/atomic"

// The span tagger's emissions without hashing every feature: most of its
// templates take few values (suffix classes, word positions and lengths,
// gazetteer codes, rule codes, separator classes, part-of-speech tags),
// so the weights of each of their values are read once per model into
// small tables indexed by the value, and a scored rune hashes only the
// templates of characters, words and rule neighbourhoods. The integer
// sums are the ones emissions adds (integer addition in any order), so
// the scores and labels are the same; TestSpanFastEmissions checks every
// scored rune of the development texts against spanRow and emissions.

// spanTables holds the per-template weight tables of one span model
// (quantized weights summed as int32, the fourth entry padding).
type spanTables struct {
	m    *PersonTagger
	bias w4
	// indexed by the feature value itself; a larger value is hashed
	sufHere, gaz, rule []w4
	shape, wordEnd     []w4
	gazNext, sep       []w4
	// indexed by posCodeOf(tag hash)*4 + word position
	wordTag, prevTag, nextTag []w4
	// the rule templates where no rule finding touches the rune or its
	// neighbours (the common case): ruleNb0 of spRuleNb,
	// ruleEdge0[s0|sp1<<4] of spRuleEdge, ruleSuf0[code*8+wend] of
	// spRuleSuf
	ruleNb0             w4
	ruleEdge0, ruleSuf0 []w4
	// chars holds, for every value below U+10000 of the three character
	// templates, their weights side by side (speed12.go)
	chars []spanCharRec
	// packed holds the same weights in lanes for emit13 (speed13.go)
	packed *spanPacked
}

// spanTablesCache holds the tables of the last model they were built for,
// spanTablesPrev those of the model before (a test that alternates two
// models does not rebuild them at every text).
var spanTablesCache, spanTablesPrev atomic.Pointer[spanTables]

// spanFastTables returns the tables of m, nil when m has no quantized
// weights (a model in training).
func spanFastTables(m *PersonTagger) *spanTables {
	if m == nil || m.q == nil {
		return nil
	}
	if t := spanTablesCache.Load(); t != nil && t.m == m {
		return t
	}
	if t := spanTablesPrev.Load(); t != nil && t.m == m {
		return t
	}
	t := buildSpanTables(m)
	spanTablesPrev.Store(spanTablesCache.Load())
	spanTablesCache.Store(t)
	return t
}

// spanWeight is the quantized weight entry of template k with value v.
func spanWeight(m *PersonTagger, k int, v uint32) w4 {
	h := int(fhash(m.bits, uint32(k), v)) * nTags
	return w4{int32(m.q[h]), int32(m.q[h+1]), int32(m.q[h+2])}
}

func buildSpanTables(m *PersonTagger) *spanTables {
	byValue := func(k, n int) []w4 {
		t := make([]w4, n)
		for v := range t {
			t[v] = spanWeight(m, k, uint32(v))
		}
		return t
	}
	byTag := func(k int) []w4 {
		t := make([]w4, nPosCodes*4)
		for c := range nPosCodes {
			for wpos := range 4 {
				t[c*4+wpos] = spanWeight(m, k, posHashes[c]^uint32(wpos))
			}
		}
		return t
	}
	ruleEdge0 := make([]w4, 1<<8)
	for v := range ruleEdge0 {
		ruleEdge0[v] = spanWeight(m, spRuleEdge, uint32(v&15)<<16|uint32(v>>4)<<20)
	}
	ruleSuf0 := make([]w4, nPosCodes*8)
	for c := range nPosCodes {
		for wend := range 8 {
			ruleSuf0[c*8+wend] = spanWeight(m, spRuleSuf, uint32(wend)<<8|posHashes[c]<<20)
		}
	}
	t := &spanTables{
		m:         m,
		ruleNb0:   spanWeight(m, spRuleNb, 0),
		ruleEdge0: ruleEdge0,
		ruleSuf0:  ruleSuf0,
		bias:      spanWeight(m, spBias, 0),
		sufHere:   byValue(spSufHere, 1<<6),
		gaz:       byValue(spGaz, 1<<6),
		rule:      byValue(spRule, 1<<8),
		shape:     byValue(spWordShape, 1<<10),
		wordEnd:   byValue(spWordEnd, 1<<9),
		gazNext:   byValue(spGazNext, 1<<12),
		sep:       byValue(spSep, 1<<11),
		wordTag:   byTag(spWordTag),
		prevTag:   byTag(spPrevTag),
		nextTag:   byTag(spNextTag),
		chars:     spanCharTable(m),
	}
	t.packed = buildSpanPacked(t)
	return t
}

// emit returns the span tagger's emission scores of rune i: the features
// of spanRow, summed as emissions sums them.
func (st *spanTables) emit(tt *tokText, sc *spanScratch, lt *taggerLex, i int) [nTags]float32 {
	m := st.m
	q := m.q
	// the sums in three scalars, which the compiler keeps in registers
	// (an array lives in memory)
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
	tagged := func(t []w4, k int, tagHash, wpos uint32) {
		if c := posCodeOf(tagHash); c != 255 {
			add(&t[int(c)*4+int(wpos)])
		} else {
			hashed(k, tagHash^wpos)
		}
	}
	v := spanValuesAt(tt, sc, lt, i)
	c0, cm1, cp1, r0, rm1, rp1, s0, sp1 := v.c0, v.cm1, v.cp1, v.r0, v.rm1, v.rp1, v.s0, v.sp1
	k0, km1, kp1, ti, wpos, tag := v.k0, v.km1, v.kp1, v.ti, v.wpos, v.tag
	prevTag, nextTag, nextGaz, tn, wlen, dict, wend, g := v.prevTag, v.nextTag, v.nextGaz, v.tn, v.wlen, v.dict, v.wend, v.g
	// the characters: records of neighbouring runes overlap, so the
	// three reads mostly hit what the runes before loaded (speed12.go)
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
	if tn <= 6 {
		hashed(spWord, sc.tokWord[ti]^wpos)
	}
	tagged(st.wordTag, spWordTag, tag, wpos)
	tagged(st.prevTag, spPrevTag, prevTag, wpos)
	tagged(st.nextTag, spNextTag, nextTag, wpos)
	table(st.shape, spWordShape, dict|wlen<<1|wpos<<4|g<<6)
	table(st.sufHere, spSufHere, s0|wpos<<4)
	table(st.wordEnd, spWordEnd, wend|wpos<<4|wlen<<6)
	table(st.gaz, spGaz, g|wpos<<4)
	table(st.gazNext, spGazNext, nextGaz|wpos<<4|g<<8)
	table(st.rule, spRule, r0)
	table(st.sep, spSep, km1<<8|k0<<4|kp1)
	if rm1|r0|rp1 == 0 && s0 < 16 && sp1 < 16 && wend < 8 {
		add(&st.ruleNb0)
		add(&st.ruleEdge0[s0|sp1<<4])
		if c := posCodeOf(tag); c != 255 {
			add(&st.ruleSuf0[int(c)*8+int(wend)])
		} else {
			hashed(spRuleSuf, wend<<8|tag<<20)
		}
		return [nTags]float32{float32(a0) * m.scale, float32(a1) * m.scale, float32(a2) * m.scale}
	}
	hashed(spRuleNb, rm1<<8|r0|rp1<<16)
	hashed(spRuleEdge, rm1<<8|r0|s0<<16|sp1<<20)
	hashed(spRuleSuf, r0|wend<<8|rp1<<12|tag<<20)
	return [nTags]float32{float32(a0) * m.scale, float32(a1) * m.scale, float32(a2) * m.scale}
}
