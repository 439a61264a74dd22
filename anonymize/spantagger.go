package anonymize

import (
	"bytes"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The learned PLACE/ORG span tagger: it adds the places and organisations
// the rules missed (roads named after a mountain, invented shop names,
// numbered facilities, rare landforms). It is a character-level structured
// averaged perceptron with the person tagger's three labels read as O, B
// (a name of a place or body begins) and I (inside one); the kind of a
// span (LOCATION or ORG) is read off its last characters. One label for
// both kinds lets the span tagger reuse the person tagger's machinery
// unchanged (hashed 16-bit weights, transitions, Viterbi decoding, the
// model file format, the perceptron trainer), and the kind only chooses
// the placeholder: both are masked alike. Its features are the characters
// around a position, gojieba's words and tags, place and body suffix
// classes, gazetteer membership of the words, and the findings the rules
// already made, so it learns where the rules stop short. The model,
// data/span_model.bin.gz, holds hashed weights only; scripts/train-span
// trains it on development text of our own writing, the reports-dev
// excerpts, the development news file and generated report sentences.

// The span tagger's feature templates (at most nFeatTemplates, the row
// width the person tagger's trainer and decoder read).
const (
	spBias = iota
	spCh0
	spChM1
	spChP1
	spBiM1
	spBiP1
	spWord
	spWordTag
	spPrevTag
	spNextTag
	spWordShape
	spSufHere
	spWordEnd
	spGaz
	spGazNext
	spRule
	spRuleNb
	spRuleEdge
	spSep
	spRuleSuf
	nSpanTemplates
)

// spanBits is the feature table size of new span models (2^spanBits
// buckets).
const spanBits = 16

// Suffix classes of a character (bits): the last character of a place, of
// a body, of an administrative unit.
const (
	sufPlace = 1 << iota
	sufOrg
	sufLevel
)

var (
	// placeSuffixChars end places: units, roads, water, landforms, sites.
	placeSuffixChars = runeBitsOf("县镇乡村街路道速巷弄桥山岭峰岗坡坪坝塬峪沟谷洞岩河江湖溪泉潭渠库塘湾港岛洲滩海屯寨堡庄集铺营关口垭里社区园场站门寺庙塔阁亭台楼城")
	// orgSuffixChars end bodies: firms, shops, institutions.
	orgSuffixChars = runeBitsOf("司厂社店馆院局所校园行部会队站中心楼堂坊铺苑居阁轩庄乐吧家城市场")
	// levelSuffixChars end administrative units.
	levelSuffixChars = runeBitsOf("省市县区旗盟州镇乡村屯街")
	// orgLastChars decide that a span is a body (ORG) and not a place.
	orgLastChars = runeBitsOf("司厂社店馆院局所校行部会队坊吧乐")
)

// sufClass returns the suffix class bits of r (one read of
// sufClassTable).
func sufClass(r rune) uint32 {
	if uint32(r) >= 1<<16 {
		return 0
	}
	return uint32(sufClassTable[r])
}

// sufClassTable holds sufClassOf of every character of the BMP.
var sufClassTable = func() (t [1 << 16]uint8) {
	for r := range t {
		t[r] = uint8(sufClassOf(rune(r)))
	}
	return
}()

// sufClassOf computes the suffix class bits of a character of the BMP.
func sufClassOf(r rune) uint32 {
	var c uint32
	if placeSuffixChars.has(r) {
		c |= sufPlace
	}
	if orgSuffixChars.has(r) {
		c |= sufOrg
	}
	if levelSuffixChars.has(r) {
		c |= sufLevel
	}
	return c
}

// SpanTagger is a trained PLACE/ORG span tagger: a three-label model of
// the person tagger's kind (O, B, I) over the span tagger's features, and
// the bias added to the score of a span beginning (more spans, fewer
// misses), written with the model.
type SpanTagger struct {
	m *PersonTagger
}

// ReadSpanTagger reads a model written by SpanTagger.WriteTo.
func ReadSpanTagger(r io.Reader) (*SpanTagger, error) {
	m, err := ReadPersonTagger(r)
	if err != nil {
		return nil, err
	}
	return &SpanTagger{m: m}, nil
}

// WriteTo writes the model (the person tagger's file format: hashed,
// quantized weights only).
func (s *SpanTagger) WriteTo(w io.Writer) (int64, error) { return s.m.WriteTo(w) }

// SetBias sets the bias added to the score of a span beginning.
func (s *SpanTagger) SetBias(b float32) { s.m.bias = b }

// Bias returns the bias added to the score of a span beginning.
func (s *SpanTagger) Bias() float32 { return s.m.bias }

// spanState is the span tagger in use and its thresholds.
type spanState struct {
	m *PersonTagger
	// minMargin: the least mean margin of a span's labels over O; grow:
	// the least margin at which a span may extend a rule finding without
	// ending in a suffix
	minMargin, grow float32
	// sure: the least margin at which a span needs no other sign of a
	// name (a place or body suffix last, a word gojieba does not know,
	// a gazetteer place)
	sure float32
	// guard, when set, decides instead of the hand-written guards: a
	// piece is added when its probability is at least guardMin
	guard    *SpanGuard
	guardMin float32
}

// Span tagger thresholds of the shipped model, chosen on held-out sets
// (scripts/train-span).
const (
	spanMinMargin  = 0
	spanGrowMargin = 4
	spanSureMargin = 50
)

var (
	spanOnce   sync.Once
	activeSpan atomic.Pointer[spanState]
	// spanCapture, when set (training only), receives each text and the
	// rule findings the span tagger would read, and the tagger adds
	// nothing
	spanCapture atomic.Pointer[func(tt *tokText, fs []Finding)]
)

// currentSpan returns the span tagger in use (nil model: none).
func currentSpan() *spanState {
	spanOnce.Do(func() {
		if activeSpan.Load() != nil {
			return
		}
		st := &spanState{minMargin: spanMinMargin, grow: spanGrowMargin, sure: spanSureMargin}
		if len(spanModelData) > 0 {
			if m, err := ReadPersonTagger(bytes.NewReader(spanModelData)); err == nil {
				st.m = m // a missing or corrupt model leaves the rules alone at work
			}
		}
		loadSpanGuard(st)
		activeSpan.Store(st)
	})
	return activeSpan.Load()
}

// UseSpanTagger installs a span tagger (nil: none) with its thresholds
// (the least margin of a span, of a span beside a rule finding, of a span
// with no other sign of a name; see spanState)
// for the whole process, for training and validation; the function it
// returns restores the previous one.
func UseSpanTagger(s *SpanTagger, minMargin, grow, sure float32) (restore func()) {
	currentSpan()
	st := &spanState{minMargin: minMargin, grow: grow, sure: sure}
	if s != nil {
		st.m = s.m
	}
	prev := activeSpan.Swap(st)
	return func() { activeSpan.Store(prev) }
}

// spanScratch holds the per-text buffers of the span tagger.
type spanScratch struct {
	ts      taggerScratch
	rule    []uint8 // the rule finding at each rune: kind | place<<3 | generic<<5
	ruleLen []uint8
	tokWord []uint32
	tokTag  []uint32
	gaz     []uint32
	// tokInfo packs the other values of each token (speed13.go)
	tokInfo []uint32
	// gazKeys and gazVals cache the gazetteer codes of the words asked
	// before (gazOf, speed13.go)
	gazKeys [spanGazSlots]string
	gazVals [spanGazSlots]uint8
	// active marks the runes the tagger scores (spanWindows); need the
	// tokens whose data a scored rune reads
	active []bool
	need   []bool
	// labels holds the decoded labels (viterbiSpan, speed13.go)
	labels []uint8
	// wins are the runes active marks as ranges [lo, hi), in order
	// (spanWindows, addWindow)
	wins [][2]int32
}

var spanPool = sync.Pool{New: func() any { return &spanScratch{} }}

// spanPrep fills sc for the text and the rule findings fs, the data of
// every token.
func spanPrep(tt *tokText, fs []Finding, sc *spanScratch) {
	spanPrepRules(tt, fs, sc)
	spanPrepToks(tt, sc, nil)
}

// spanPrepRules fills the rule findings of sc.
func spanPrepRules(tt *tokText, fs []Finding, sc *spanScratch) {
	n := len(tt.runes)
	sc.rule, sc.ruleLen = grow(sc.rule, n), grow(sc.ruleLen, n)
	for _, f := range fs {
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s || e > n {
			continue
		}
		var kind uint8
		switch f.Type {
		case PERSON:
			kind = 1
		case LOCATION:
			kind = 2
		case ORG:
			kind = 3
		default:
			kind = 4
		}
		if f.generic {
			kind |= 1 << 5
		}
		l := uint8(min(e-s, 250))
		for i := s; i < e; i++ {
			if sc.ruleLen[i] >= l {
				continue
			}
			pos := uint8(2) // inside
			switch {
			case e-s == 1:
				pos = 0
			case i == s:
				pos = 1
			case i == e-1:
				pos = 3
			}
			sc.rule[i] = kind | pos<<3 | 1<<6
			sc.ruleLen[i] = l
		}
	}
}

// spanPrepToks fills the token data of sc: of every token when need is
// nil, else of the tokens need marks.
func spanPrepToks(tt *tokText, sc *spanScratch, need []bool) {
	lx := getLexicon()
	vl := getVillages()
	nt := len(tt.toks)
	sc.tokWord, sc.tokTag, sc.gaz = resize(sc.tokWord, nt), resize(sc.tokTag, nt), resize(sc.gaz, nt)
	sc.tokInfo = resize(sc.tokInfo, nt)
	for k := range tt.toks {
		if need != nil && !need[k] {
			continue
		}
		t := &tt.toks[k]
		sc.tokWord[k] = strHash(t.word)
		tag := strHash(t.pos)
		sc.tokTag[k] = tag
		g := uint32(0)
		if t.n() >= 2 && isHan(tt.tokFirst[k]) {
			g = sc.gazOf(t.word, sc.tokWord[k], lx, vl) // (spanGazLookup, cached: speed13.go)
		}
		sc.gaz[k] = g
		sc.tokInfo[k] = spanTokInfo(tt, k, tag)
	}
}

// spanVals are the values spanRow and the table path (spanTables.emit)
// build their features of one rune from: the characters, rule findings,
// suffix and separator classes around it, and its gojieba word.
type spanVals struct {
	c0, cm1, cp1, r0, rm1, rp1, s0, sp1, k0, km1, kp1 uint32
	ti                                                int
	wpos, tag, prevTag, nextTag, nextGaz, wlen, dict  uint32
	wend, g                                           uint32
	tn                                                int
}

// spanValuesAt returns the feature values of rune i.
func spanValuesAt(tt *tokText, sc *spanScratch, lt *taggerLex, i int) (v spanVals) {
	rs := tt.runes
	n := len(rs)
	v.c0, v.cm1, v.cp1 = uint32(rs[i]), 1, 2
	v.r0, v.rm1, v.rp1 = uint32(sc.rule[i]), 0xFF, 0xFF
	v.s0, v.sp1 = sufClass(rs[i]), 8
	cls := func(r rune) uint32 {
		if uint32(r) < 1<<16 {
			return uint32(lt.class[r])
		}
		return 5
	}
	v.k0 = cls(rs[i])
	if i > 0 {
		v.cm1, v.rm1, v.km1 = uint32(rs[i-1]), uint32(sc.rule[i-1]), cls(rs[i-1])
	}
	if i+1 < n {
		v.cp1, v.rp1, v.sp1, v.kp1 = uint32(rs[i+1]), uint32(sc.rule[i+1]), sufClass(rs[i+1]), cls(rs[i+1])
	}
	v.ti = tt.tokOf[i]
	t := &tt.toks[v.ti]
	v.wpos = uint32(wordPos(i, t))
	v.tag = sc.tokTag[v.ti]
	v.prevTag, v.nextTag, v.nextGaz = 1, 2, 9
	if v.ti > 0 {
		v.prevTag = sc.tokTag[v.ti-1]
	}
	if v.ti+1 < len(tt.toks) {
		v.nextTag, v.nextGaz = sc.tokTag[v.ti+1], sc.gaz[v.ti+1]
	}
	v.tn = t.n()
	v.wlen = uint32(min(v.tn, 6))
	if t.dictWord() {
		v.dict = 1
	}
	v.wend = sufClass(tt.tokLast[v.ti])
	v.g = sc.gaz[v.ti]
	return v
}

// spanRow sets f to the span tagger's raw feature values of rune i
// (noFeat in the slots it does not use).
func spanRow(tt *tokText, sc *spanScratch, i int, f *[nFeatTemplates]uint32) {
	v := spanValuesAt(tt, sc, getTaggerLex(), i)
	word := noFeat
	if v.tn <= 6 {
		word = sc.tokWord[v.ti] ^ v.wpos
	}
	f[spBias] = 0
	f[spCh0], f[spChM1], f[spChP1] = v.c0, v.cm1, v.cp1
	f[spBiM1], f[spBiP1] = v.cm1*0x10001^v.c0, v.c0*0x10001^v.cp1
	f[spWord], f[spWordTag], f[spPrevTag], f[spNextTag] = word, v.tag^v.wpos, v.prevTag^v.wpos, v.nextTag^v.wpos
	f[spWordShape] = v.dict | v.wlen<<1 | v.wpos<<4 | v.g<<6
	f[spSufHere] = v.s0 | v.wpos<<4
	f[spWordEnd] = v.wend | v.wpos<<4 | v.wlen<<6
	f[spGaz], f[spGazNext] = v.g|v.wpos<<4, v.nextGaz|v.wpos<<4|v.g<<8
	f[spRule], f[spRuleNb] = v.r0, v.rm1<<8|v.r0|v.rp1<<16
	f[spRuleEdge] = v.rm1<<8 | v.r0 | v.s0<<16 | v.sp1<<20
	f[spSep] = v.km1<<8 | v.k0<<4 | v.kp1
	f[spRuleSuf] = v.r0 | v.wend<<8 | v.rp1<<12 | v.tag<<20
}

// spanRows computes the hashed feature rows of every rune in turn and
// hands them to row.
func spanRows(tt *tokText, fs []Finding, bits uint, sc *spanScratch, row func(i int, hs *[nFeatTemplates]uint32)) {
	spanPrep(tt, fs, sc)
	f := &sc.ts.row
	for k := nSpanTemplates; k < nFeatTemplates; k++ {
		f[k] = noFeat
	}
	for i := range tt.runes {
		spanRow(tt, sc, i, f)
		for k, v := range f[:nSpanTemplates] {
			if v != noFeat {
				f[k] = fhash(bits, uint32(k), v)
			}
		}
		row(i, f)
	}
}

// spanWindows marks in sc.active the runes that may belong to a span the
// tagger adds, and in sc.need the tokens their features read; it reports
// whether there are any. Nearly every span the guards let through ends in
// a place or body suffix (spanFinding), so the windows are the five
// characters before and one after each word ending in one, unless that
// suffix lies inside a masked finding of the rules; the tagger reads
// nothing else. On the held-out span-train sets the windows cost four
// names of 1,161 and spare 13 M instructions per reports-dev pass.
func spanWindows(tt *tokText, sc *spanScratch) bool {
	n, nt := len(tt.runes), len(tt.toks)
	sc.active = grow(sc.active, n)
	sc.wins = sc.wins[:0]
	any := false
	for k := range tt.toks {
		t := &tt.toks[k]
		if sufClass(tt.tokLast[k])&(sufPlace|sufOrg) == 0 {
			continue
		}
		if r := sc.rule[t.end-1]; r != 0 && r&(1<<5) == 0 && r&7 != 1 {
			continue // its last character is inside a masked place or body
		}
		if !any {
			sc.need = grow(sc.need, nt)
			any = true
		}
		lo, hi := max(t.start-5, 0), min(t.end+1, n)
		for i := lo; i < hi; i++ {
			sc.active[i] = true
		}
		sc.wins = addWindow(sc.wins, lo, hi) // (speed13.go)
		// the tokens of the window's runes and one on each side (tokens
		// tile the text in order, so the window's are tokOf[lo]…tokOf[hi-1])
		for j := max(tt.tokOf[lo]-1, 0); j <= min(tt.tokOf[hi-1]+1, nt-1); j++ {
			sc.need[j] = true
		}
	}
	return any
}

// spanFound is one span the tagger proposes: runes [s, e) and the mean
// margin of its labels over O.
type spanFound struct {
	s, e   int
	margin float32
}

// tagSpans returns the spans the model labels in the text, given the rule
// findings fs, appended to out.
func tagSpans(m *PersonTagger, tt *tokText, fs []Finding, sc *spanScratch, out []spanFound) []spanFound {
	n := len(tt.runes)
	spanPrepRules(tt, fs, sc)
	if !spanWindows(tt, sc) {
		return out
	}
	spanPrepToks(tt, sc, sc.need)
	sc.ts.em = resize(sc.ts.em, n)
	em := sc.ts.em
	f := &sc.ts.row
	fast, lt := spanFastTables(m), getTaggerLex()
	// the runes of the windows (sc.wins, the runes sc.active marks, in
	// order); outside them O (spanOutside, which viterbiSpan reads
	// instead)
	for _, w := range sc.wins {
		for i := int(w[0]); i < int(w[1]); i++ {
			if fast != nil {
				em[i] = fast.emit13(tt, sc, lt, i) // the same sums without hashing small-valued templates (speed11.go), from each token's values read once (speed13.go)
				continue
			}
			spanRow(tt, sc, i, f)
			for k, v := range f[:nSpanTemplates] {
				if v != noFeat {
					f[k] = fhash(m.bits, uint32(k), v)
				}
			}
			em[i] = m.emissions(f[:nSpanTemplates])
		}
	}
	labels := m.viterbiSpan(em, sc.active, m.bias, &sc.ts, &sc.labels) // (speed13.go)
	for i := 0; i < n; {
		if labels[i] != tagB {
			b := bytes.IndexByte(labels[i:], tagB) // (speed13: the next span's start at once)
			if b < 0 {
				break
			}
			i += b
		}
		j := i + 1
		for j < n && labels[j] == tagI {
			j++
		}
		var sum float32
		for k := i; k < j; k++ {
			y := tagI
			if k == i {
				y = tagB
			}
			e := &spanOutside
			if sc.active[k] {
				e = &em[k]
			}
			sum += e[y] - e[tagO]
		}
		out = append(out, spanFound{s: i, e: j, margin: sum / float32(j-i)})
		i = j
	}
	return out
}

// spanKind is the kind of a span, read off its last character.
func spanKind(text string) Type {
	if r := lastRune(text); uint32(r) < 1<<16 && orgLastChars.has(r) {
		return ORG
	}
	return LOCATION
}

// spanTagged adds to the findings fs of one text the places and bodies the
// span tagger finds that the rules missed. Where a span of the tagger
// overlaps findings of the rules, only its pieces outside them are added
// (妥甸至鄂嘉公路 with 妥甸 and 鄂嘉 found keeps those two findings, whose
// short forms the document masks elsewhere): a piece beside a finding
// must hold a word that is no ordinary dictionary word. Every addition
// passes guards: no piece of one character, no national term, nothing the
// keep filters (keep13, keep14, keep15, keep17) drop or call generic, no
// ordinary dictionary word. When a learned guard is in use (the shipped
// data/span_guard.bin.gz, spanguard.go), it decides instead of the
// hand-written guards it may overrule. It runs last in findAll, so no
// keep filter undoes what it adds.
func spanTagged(tt *tokText, fs []Finding) []Finding {
	if c := spanCapture.Load(); c != nil {
		(*c)(tt, fs)
		return fs
	}
	st := currentSpan()
	if st == nil || st.m == nil || tt == nil || len(tt.runes) < 2 {
		return fs
	}
	sc := spanPool.Get().(*spanScratch)
	defer spanPool.Put(sc)
	var buf [8]spanFound
	spans := tagSpans(st.m, tt, fs, sc, buf[:0])
	n0 := len(fs)
	for _, sp := range spans {
		if sp.margin < st.minMargin {
			continue
		}
		fs = addSpanPieces(tt, fs, n0, sp, st)
	}
	return fs
}

// addSpanPieces appends to fs the pieces of the span sp outside the
// first n0 findings (the rules'), when no guard rejects them (the learned
// guard, when one is in use, or the hand-written guards).
func addSpanPieces(tt *tokText, fs []Finding, n0 int, sp spanFound, st *spanState) []Finding {
	learned := st.guard != nil || spanGuardCapture.Load() != nil
	start, end := tt.off[sp.s], tt.off[sp.e]
	ts, te := trimSpan(tt, sp.s, sp.e)
	if ts < te { // a connective glued to its edge (翠竹人家|和|鹿鸣) makes the span touch no finding
		start, end = tt.off[ts], tt.off[te]
	}
	var edge uint32
	if !cleanEdge(tt, sp.s, true) {
		edge |= gvEdgeStart
	}
	if !cleanEnd(tt, sp.e) {
		edge |= gvEdgeEnd
	}
	if edge != 0 && !learned {
		return fs
	}
	overlap := false // the span overlaps or touches findings of the rules
	for _, f := range fs[:n0] {
		if f.End < start || f.Start > end {
			continue
		}
		if f.End == start || f.Start == end {
			overlap = overlap || !f.generic && (f.Type == LOCATION || f.Type == ORG)
			continue
		}
		if f.Start < start || f.End > end {
			return fs // a finding that runs out of the span: the tagger does not argue with it
		}
		if f.generic {
			if f.Start == start && f.End == end {
				return fs // exactly a kind the rules keep readable (县人民医院)
			}
			continue // a kind word or a doubtful reading inside a name (巴图|烧烤店)
		}
		overlap = true
	}
	if overlap && wholeOrgSpan(tt, fs[:n0], start, end, sp.margin, st) {
		if ts == sp.s && te == sp.e {
			if f, ok := st.decide(tt, ts, te, sp.margin, edge|gvOverlap|gvWholeOrg, fs[:n0]); ok {
				return append(fs, f)
			}
		}
	}
	for i := sp.s; i < sp.e; {
		if tt.runeCovered(fs[:n0], i) {
			i++
			continue
		}
		j := i + 1
		for j < sp.e && !tt.runeCovered(fs[:n0], j) {
			j++
		}
		s, e := trimSpan(tt, i, j)
		i = j
		ctx := edge
		if overlap {
			ctx |= gvOverlap
			if !nameLikePiece(tt, s, e) || sp.margin < st.grow || !kindStemNamed(tt, s, e) {
				ctx |= gvOverlapWeak
				if !learned {
					continue
				}
			}
		}
		if insideGeneric(fs[:n0], tt.off[s], tt.off[e]) {
			continue // 石嘴山市|第二人民医院: a kind the rules keep readable
		}
		if f, ok := st.decide(tt, s, e, sp.margin, ctx, fs[:n0]); ok {
			fs = append(fs, f)
		}
	}
	return fs
}

// functionTags are gojieba's tags of words that stand in no name:
// adverbs, pronouns, prepositions, conjunctions, particles, interjections.
var functionTags = map[string]bool{"d": true, "r": true, "p": true, "c": true, "u": true, "uj": true, "ul": true, "uz": true, "ug": true, "uv": true, "ud": true, "y": true, "e": true}

// verbTags are gojieba's tags of verbs.
var verbTags = map[string]bool{"v": true, "vd": true, "vn": true, "vg": true, "vi": true, "vq": true}

// spanProgrammeWords after a span make it the name of a programme, no place
// or body (金桥|工程, 春雷|行动).
var spanProgrammeWords = wordSet(`工程 计划 行动 活动 模式 精神 品牌 理念 机制 战略 经验 做法 号召`)

// cutFunctionChars may stand glued to a name in one gojieba word (在|王庄村,
// 至|李家湾): a span may cut such a word.
var cutFunctionChars = runeBitsOf("在于至从到和与及的是将把对向往经由自为同跟")

// cleanEdge reports whether a span edge at rune i (its start when start
// is set, else its end) does not cut a gojieba word, or cuts off only one
// function character glued to the name (在|王庄村).
func cleanEdge(tt *tokText, i int, start bool) bool {
	if i <= 0 || i >= len(tt.runes) {
		return true
	}
	t := &tt.toks[tt.tokOf[i]]
	if t.start == i {
		return true
	}
	if !t.dictWord() {
		// a word gojieba made up: cut off a function character or two
		// characters or more (包|保东风村 is cut inside a verb)
		if start {
			return i-t.start >= 2 || i-t.start == 1 && cutFunctionChars.has(tt.runes[t.start])
		}
		return true
	}
	if start {
		return i-t.start == 1 && cutFunctionChars.has(tt.runes[t.start])
	}
	return t.end-i == 1 && cutFunctionChars.has(tt.runes[i])
}

// cleanEnd is cleanEdge at a span's end, where a word gojieba made up
// (钱江鱼/x) is cut off only before two characters or more or a function
// character: 钱江|鱼 is a dish, no place.
func cleanEnd(tt *tokText, i int) bool {
	if !cleanEdge(tt, i, false) {
		return false
	}
	if i <= 0 || i >= len(tt.runes) {
		return true
	}
	t := &tt.toks[tt.tokOf[i]]
	return t.start == i || t.end-i >= 2 || cutFunctionChars.has(tt.runes[i])
}

// wholeOrgSpan reports whether a span [start, end) that holds findings
// of the rules is added whole: a body (its last character a body suffix)
// at a margin of at least st.grow, whose inner findings are all places of
// the gazetteer, which the document masks again from the body's text
// (placesIn), so nothing is lost when the body's finding replaces them.
func wholeOrgSpan(tt *tokText, fs []Finding, start, end int, margin float32, st *spanState) bool {
	if margin < st.grow || spanKind(tt.text[start:end]) != ORG {
		return false
	}
	lx := getLexicon()
	for _, f := range fs {
		if f.End <= start || f.Start >= end || f.generic && f.Type == PERSON {
			continue
		}
		if f.Type != LOCATION || f.generic {
			return false
		}
		if _, ok := lx.places[f.Text]; !ok {
			if _, ok := lx.short[f.Text]; !ok {
				return false
			}
		}
	}
	return true
}

// namedKind reports whether runes [s, e), all dictionary words, read as
// a name before a kind: two or more words, the last ending in a place or
// body suffix, none before it a frequent ordinary word (翠竹|人家, not
// 文明村, which is one word, 兴|万村 or 大江|大河).
func namedKind(tt *tokText, s, e int) bool { return namedKindWhy(tt, s, e) == kindNamed }

// Why runes [s, e) do or do not read as a name before a kind
// (namedKindWhy).
const (
	kindNamed    = iota // a name before a kind
	kindNoSuffix        // the last character is no place or body suffix
	kindOneWord         // one word (文明村)
	kindBareKind        // a word before a kind of one character (移民|村, 电商|村)
	kindBefore          // a verb, a kind or one character before the kind (兴|万村, 大江|大河)
)

// namedKindWhy is namedKind with the reason.
func namedKindWhy(tt *tokText, s, e int) int {
	if sufClass(tt.runes[e-1])&(sufPlace|sufOrg) == 0 {
		return kindNoSuffix
	}
	last := &tt.toks[tt.tokOf[e-1]]
	if last.start <= s {
		return kindOneWord
	}
	if last.n() == 1 {
		return kindBareKind
	}
	for i := s; i < last.start; {
		t := &tt.toks[tt.tokOf[i]]
		if t.n() == 1 || verbTags[t.pos] || sufClass(tt.tokLast[tt.tokOf[i]])&sufPlace != 0 {
			return kindBefore
		}
		i = t.end
	}
	return kindNamed
}

// spanKindWords are kinds of site that follow a name or an ordinary word
// alike (…游步道, …小区).
var spanKindWords = []string{"嘎查村", "嘎查", "苏木", "游步道", "步道", "栈道", "慢行道", "绿道", "广场", "公园", "湿地", "景区", "小区", "社区", "新区", "园区", "片区", "街区", "群", "区"}

// kindStemNamed reports whether runes [s, e), when they end in a kind of
// site, begin with more than one ordinary dictionary word (滨湖|游步道,
// 天坑|群步道 are kinds with a descriptive word before them).
func kindStemNamed(tt *tokText, s, e int) bool {
	text := tt.sub(s, e)
	for _, k := range spanKindWords {
		stem, ok := strings.CutSuffix(text, k)
		if !ok {
			continue
		}
		if stem == "" {
			return false // the kind alone
		}
		for _, k2 := range spanKindWords { // 天坑群|步道
			if st2, ok := strings.CutSuffix(stem, k2); ok && st2 != "" {
				stem = st2
				break
			}
		}
		n := utf8.RuneCountInString(stem)
		t := &tt.toks[tt.tokOf[s]]
		if t.start == s && t.end == s+n && t.dictWord() {
			if _, place := getLexicon().places[stem]; !place {
				return false
			}
		}
		return true
	}
	return true
}

// demonstratives point at a body or place already named (该公司, 本村).
var demonstratives = runeBitsOf("该本此其各每某这那全")

// leadGlue and tailGlue are connectives gojieba may glue to a name
// (在|王庄村, 槐安|至): a span drops them from its edges.
var (
	leadGlue = runeBitsOf("在从至到与及")
	tailGlue = runeBitsOf("至到与及和的")
)

// trimSpan drops from the edges of runes [s, e) what is not Han and the
// connectives glued to a name.
func trimSpan(tt *tokText, s, e int) (int, int) {
	for s < e && (!isHan(tt.runes[s]) || e-s >= 2 && leadGlue.has(tt.runes[s])) {
		s++
	}
	for e > s && (!isHan(tt.runes[e-1]) || e-s > 2 && tailGlue.has(tt.runes[e-1])) {
		e--
	}
	return s, e
}

// insideGeneric reports whether bytes [s, e) lie inside a generic body or
// place the rules found (a kind they keep readable).
func insideGeneric(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.generic && f.Type != PERSON && f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}

// runeCovered reports whether rune i lies inside one of the findings
// that are masked (not generic).
func (tt *tokText) runeCovered(fs []Finding, i int) bool {
	b := tt.off[i]
	for _, f := range fs {
		if f.Start <= b && b < f.End && !f.generic {
			return true
		}
	}
	return false
}

// nameLikePiece reports whether runes [s, e) hold a word that is no
// ordinary dictionary word: one gojieba made up (its tag x), one it cut
// off at the piece's edge, or a place of the gazetteer (not a village
// stem: many are ordinary words).
func nameLikePiece(tt *tokText, s, e int) bool {
	if e <= s {
		return false
	}
	lx := getLexicon()
	for i := s; i < e; {
		t := &tt.toks[tt.tokOf[i]]
		if t.pos != "m" && !t.dictWord() || t.start < s || t.end > e {
			return true // numbers (第二) are no sign of a name
		}
		if _, ok := lx.places[t.word]; ok && !lx.common[t.word] {
			if st := shortPlace(t.word); st != "" && !genericPlaceStems[st] && !lx.common[st] {
				return true // a place of the gazetteer with a stem of its own
			}
		}
		i = t.end
	}
	return false
}

// spanFinding turns runes [s, e) into a finding, or reports that a guard
// (a hard one, spanHardReject, or a hand-written one, spanHandVerdicts)
// rejects them.
func spanFinding(tt *tokText, s, e int, margin float32, st *spanState) (Finding, bool) {
	if spanHardReject(tt, s, e) || spanHandVerdicts(tt, s, e, margin, st, false)&gvHand != 0 {
		return Finding{}, false
	}
	return spanMake(tt, s, e, margin), true
}

// spanHardReject reports whether runes [s, e) can be no name whatever the
// margin: one character, fewer than two Han characters, punctuation
// inside, a national term.
func spanHardReject(tt *tokText, s, e int) bool {
	if e-s < 2 {
		return true
	}
	han := 0
	for i, r := range tt.runes[s:e] {
		if isHan(r) {
			han++
		} else if c := runeClass(tt.runes, s+i); c == 4 || c == 5 {
			return true // punctuation inside: two things, not one name
		}
	}
	return han < 2 || nationalTerms[tt.sub(s, e)]
}

// spanMake is the finding of runes [s, e) at a margin.
func spanMake(tt *tokText, s, e int, margin float32) Finding {
	text := tt.sub(s, e)
	return Finding{Type: spanKind(text), Text: text, Start: tt.off[s], End: tt.off[e], Score: 2,
		Evidence: "span tagger " + strconv.FormatFloat(float64(spanScore(margin)), 'f', 2, 32)}
}

// spanHandVerdicts returns the hand-written guards that reject runes
// [s, e) (gv… bits; 0: none), given that spanHardReject passed them. With
// all unset it stops at the first guard that rejects (the hand-guard
// path); with all set it evaluates every guard (the learned guard reads
// them as features).
func spanHandVerdicts(tt *tokText, s, e int, margin float32, st *spanState, all bool) uint32 {
	var v uint32
	rej := func(bit uint32) bool {
		v |= bit
		return !all
	}
	for i := s; i < e; {
		t := &tt.toks[tt.tokOf[i]]
		if t.start >= s && t.end <= e && functionTags[t.pos] && v&gvFunction == 0 && rej(gvFunction) {
			return v // 谈|该|公司: a pronoun or particle is no part of a name
		}
		if t.start > s && t.n() == 1 && t.end < e && verbTags[t.pos] && v&gvVerb == 0 && rej(gvVerb) {
			return v // 梯田|兴|乡: a verb inside, a slogan
		}
		i = t.end
	}
	if e < len(tt.runes) {
		if t := &tt.toks[tt.tokOf[e]]; t.start == e && spanProgrammeWords[t.word] && rej(gvProgramme) {
			return v
		}
	}
	if e < len(tt.runes) && isRoleWord(string([]rune{tt.runes[e-1], tt.runes[e]})) && rej(gvRoleAfter) {
		return v // 小河|长: the span's last character begins a role
	}
	nameLike := nameLikePiece(tt, s, e)
	if !nameLike {
		v |= gvNoNameWord
	}
	if !nameLike {
		// ordinary words (文明村, 水泥路, 烈士纪念馆): a kind, no name,
		// unless they read as a name before a kind at a high margin
		switch namedKindWhy(tt, s, e) {
		case kindNamed:
			if margin < 2*st.sure && rej(gvOrdinaryMargin) {
				return v
			}
		case kindOneWord:
			if rej(gvOrdinaryWord) {
				return v
			}
		case kindBareKind:
			if rej(gvOrdinaryBare) {
				return v
			}
		default:
			if rej(gvOrdinary) {
				return v
			}
		}
	}
	suffix := sufClass(tt.runes[e-1])&(sufPlace|sufOrg) != 0
	if !suffix {
		v |= gvNoSuffix
	}
	if !suffix && (margin < st.sure || e-s < 3) && rej(gvNoSuffixWeak) {
		return v // no suffix of a place or body: only three characters or more at a high margin
	}
	text := tt.sub(s, e)
	if !kindStemNamed(tt, s, e) && rej(gvKindStem) {
		return v // 滨湖|游步道: an ordinary word before a kind
	}
	if demonstratives.has(tt.runes[s]) && rej(gvDemonstrative) {
		return v // 全旗|嘎查村, 各村, 该公司: a whole or a pointer, no name
	}
	if t := &tt.toks[tt.tokOf[e-1]]; t.end == e && t.n() >= 2 && t.dictWord() && t.pos[0] != 'n' && rej(gvLastNotNoun) {
		return v // 后须|当场: the last word is no noun, so its last character is no suffix
	}
	for p := s; p < e-2 && p < s+2; p++ {
		if demonstratives.has(tt.runes[p]) {
			if t := &tt.toks[tt.tokOf[p+1]]; t.start == p+1 && t.end == e && t.dictWord() && rej(gvThisBody) {
				return v // 该|分公司, 本|公司: this body, no name
			}
		}
	}
	if (genericPlaceStems[text] || nationalModels13[text] || isRoleWord(text) || hasRoleSuffix(text) || lastRune(text) == '长') && rej(gvGenericWord) {
		return v
	}
	// one ordinary dictionary word that names no place
	if t := &tt.toks[tt.tokOf[s]]; t.start == s && t.end == e && t.dictWord() {
		lx := getLexicon()
		if _, place := lx.places[text]; !place && lx.common[text] && rej(gvCommonWord) {
			return v
		}
	}
	if !keptByFilters(tt, spanMake(tt, s, e, margin)) && rej(gvFilters) {
		return v
	}
	return v
}

// spanScore maps a margin onto [0, 1) for the audit: 0.39 at 25, 0.63 at
// 50, 0.86 at 100.
func spanScore(margin float32) float32 {
	return float32(1 - math.Exp(-math.Max(float64(margin), 0)/50))
}

// keptByFilters reports whether the keep filters (and known15's
// descriptive landforms and function-word stems) leave f as it is: not
// dropped, not cut, not called generic.
func keptByFilters(tt *tokText, f Finding) bool {
	same := func(fs []Finding) bool {
		for _, g := range fs {
			if g.Start == f.Start && g.End == f.End && g.Type == f.Type {
				return !g.generic
			}
		}
		return false
	}
	if !same(keep13(tt, []Finding{f})) || !same(keep14(tt, []Finding{f})) || !same(keep15(tt, []Finding{f})) {
		return false
	}
	return same(keep17([]Finding{f})) && same(known15(tt, []Finding{f})) && same(keep23(tt, []Finding{f})) && same(keep22(tt, []Finding{f})) && same(keep25(tt, []Finding{f})) && !keepFinding26(tt, f) && !keepFinding27(tt, f) && !spanKeep14(tt, f) // keep23.go: ordinary phrases; keep22.go: kinds of village counted; keep25.go: verbs of assignment, village titles; keep26.go: its drop classes; keep27.go: words and lists of a kind; spankeep14.go: shore words before a walkway, a conjunction before a level word and a kind
}
