package anonymize

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
)

// The learned guard of the span tagger: a second stage that decides
// whether a piece the span tagger proposes (spanTagged, addSpanPieces) is
// masked. The hand-written guards (spanHandVerdicts, cleanEdge, the
// conditions on a piece beside a rule finding) become features here, next
// to the tagger's margin, the piece's length, its first and last
// characters, its gojieba words and tags, the words before and after it,
// gazetteer and common-word membership and whether the keep filters would
// keep it; a logistic model over those hashed features, trained on the
// pieces the tagger proposes over development text it was not trained on
// (scripts/train-span, folds by set), weighs them instead of letting any
// one veto. Only hard constraints stay outside the model: one character,
// fewer than two Han characters, punctuation inside, a national term, a
// piece inside a rule finding or a generic kind. The model,
// data/span_guard.bin.gz, holds hashed weights only.

// Verdict bits of one piece: the hand-written guards that would reject it
// (spanHandVerdicts, addSpanPieces) and the facts they read.
const (
	gvEdgeStart      = 1 << iota // the span's start cuts a dictionary word (cleanEdge)
	gvEdgeEnd                    // its end cuts a word (cleanEnd)
	gvOverlapWeak                // beside a rule finding without a name-like word, a grow margin or a named stem
	gvFunction                   // a function word inside
	gvVerb                       // a one-character verb inside
	gvProgramme                  // a programme word after it
	gvRoleAfter                  // its last character begins a role
	gvOrdinary                   // ordinary dictionary words, no place or body suffix last or a verb, kind or one character before the kind
	gvOrdinaryWord               // one ordinary dictionary word ending in a kind (文明村)
	gvOrdinaryBare               // ordinary dictionary words before a kind of one character (移民|村)
	gvOrdinaryMargin             // ordinary dictionary words read as a name before a kind, at a margin below twice sure
	gvNoSuffixWeak               // no place or body suffix and a low margin or two characters
	gvKindStem                   // an ordinary word before a kind of site
	gvDemonstrative              // begins with a demonstrative
	gvLastNotNoun                // its last word is no noun
	gvThisBody                   // a demonstrative before a body word
	gvGenericWord                // a generic stem, national model, role
	gvCommonWord                 // one common dictionary word, no place
	gvFilters                    // the keep filters drop or change it
	// facts, no verdicts
	gvOverlap    // it overlaps or touches a rule finding
	gvWholeOrg   // a whole body over places the rules found
	gvNoNameWord // no word gojieba made up or cut, no gazetteer place
	gvNoSuffix   // its last character is no place or body suffix

	// nVerdicts is the number of verdict bits.
	nVerdicts = iota
)

// gvAccepted, in a guard's soft set, lets the model also reject the
// pieces the hand-written guards accept.
const gvAccepted = 1 << 31

// gvHand are the verdicts of which any one rejects a piece on the
// hand-guard path.
const gvHand = gvEdgeStart | gvEdgeEnd | gvOverlapWeak | gvFunction | gvVerb | gvProgramme | gvRoleAfter |
	gvOrdinary | gvOrdinaryWord | gvOrdinaryBare | gvOrdinaryMargin | gvNoSuffixWeak | gvKindStem | gvDemonstrative | gvLastNotNoun | gvThisBody | gvGenericWord |
	gvCommonWord | gvFilters

// SpanGuard is a trained guard: logistic weights over hashed features of
// a piece, and the least probability at which a piece is masked, written
// with the model.
type SpanGuard struct {
	bits uint
	w    []float32
	min  float32
	// soft are the hand-written guards the model may overrule (gv… bits);
	// the others stay hard
	soft uint32
}

// guardBits is the feature table size of new guards (2^guardBits).
const guardBits = 14

// newSpanGuard returns a guard with zero weights.
func newSpanGuard(bits uint) *SpanGuard {
	return &SpanGuard{bits: bits, w: make([]float32, 1<<bits), min: 0.5}
}

// Prob returns the probability the guard gives a piece of the hashed
// features fs (SpanGuardExample.Feats).
func (g *SpanGuard) Prob(fs []uint32) float32 {
	var z float32
	for _, f := range fs {
		z += g.w[f&(1<<g.bits-1)]
	}
	return float32(1 / (1 + math.Exp(-float64(z))))
}

// SetMin sets the least probability at which a piece is masked.
func (g *SpanGuard) SetMin(p float32) { g.min = p }

// Min returns the least probability at which a piece is masked.
func (g *SpanGuard) Min() float32 { return g.min }

// spanGuardMagic begins a guard file.
const spanGuardMagic = "HBSG2"

// WriteTo writes the guard gzipped: magic, bits, least probability, soft
// guards, and the weights (float32, little endian). Hashed weights only.
func (g *SpanGuard) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString(spanGuardMagic)
	b.WriteByte(byte(g.bits))
	_ = binary.Write(&b, binary.LittleEndian, g.min)
	_ = binary.Write(&b, binary.LittleEndian, g.soft)
	_ = binary.Write(&b, binary.LittleEndian, g.w)
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if _, err := zw.Write(b.Bytes()); err != nil {
		return 0, err
	}
	if err := zw.Close(); err != nil {
		return 0, err
	}
	n, err := w.Write(out.Bytes())
	return int64(n), err
}

// ReadSpanGuard reads a guard written by SpanGuard.WriteTo.
func ReadSpanGuard(r io.Reader) (*SpanGuard, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(zr, 1<<24))
	if err != nil {
		return nil, err
	}
	const head = 9 // bits, min, soft
	if len(data) < len(spanGuardMagic)+head || string(data[:len(spanGuardMagic)]) != spanGuardMagic {
		return nil, errors.New("not a span guard model")
	}
	data = data[len(spanGuardMagic):]
	bits := uint(data[0])
	if bits < 4 || bits > 22 || len(data) != head+4<<bits {
		return nil, errors.New("span guard model: bad size")
	}
	g := newSpanGuard(bits)
	g.min = math.Float32frombits(binary.LittleEndian.Uint32(data[1:5]))
	g.soft = binary.LittleEndian.Uint32(data[5:9]) & (gvHand | gvAccepted)
	for i := range g.w {
		g.w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[head+4*i:]))
	}
	return g, nil
}

// loadSpanGuard installs the shipped guard in st (none when the model is
// missing or corrupt: the hand-written guards decide).
func loadSpanGuard(st *spanState) {
	if len(spanGuardData) == 0 {
		return
	}
	if g, err := ReadSpanGuard(bytes.NewReader(spanGuardData)); err == nil {
		st.guard, st.guardMin = g, g.min
	}
}

// UseSpanGuard installs a guard (nil: the hand-written guards) at a least
// probability over the span tagger in use, for the whole process, for
// training and validation; the function it returns restores the previous
// state.
func UseSpanGuard(g *SpanGuard, minProb float32) (restore func()) {
	cur := currentSpan()
	st := *cur
	st.guard, st.guardMin = g, minProb
	prev := activeSpan.Swap(&st)
	return func() { activeSpan.Store(prev) }
}

// spanGuardCapture, when set (training only), receives every piece that
// passes the hard guards: its rune range, hashed features, the verdicts
// of the hand-written guards, and the rules' findings of the text; the
// hand-written guards decide.
var spanGuardCapture atomic.Pointer[func(tt *tokText, s, e int, feats []uint32, v uint32, rules []Finding)]

// decide turns runes [s, e) of a piece into a finding when the guards in
// use accept it; ctx holds the verdicts addSpanPieces found (edges,
// overlap), rules the rules' findings. A learned guard only adds: a piece
// the hand-written guards accept is added, one that a hard guard or a
// hand-written guard the model may not overrule rejects is not, and the
// model decides the rest.
func (st *spanState) decide(tt *tokText, s, e int, margin float32, ctx uint32, rules []Finding) (Finding, bool) {
	capt := spanGuardCapture.Load()
	if st.guard == nil && capt == nil {
		if ctx&gvHand != 0 {
			return Finding{}, false
		}
		return spanFinding(tt, s, e, margin, st)
	}
	if spanHardReject(tt, s, e) {
		return Finding{}, false
	}
	v := ctx | spanHandVerdicts(tt, s, e, margin, st, true)
	var buf [80]uint32
	if capt != nil {
		(*capt)(tt, s, e, spanGuardFeats(tt, s, e, margin, v, guardBits, buf[:0]), v, rules)
	}
	g := st.guard
	if v&gvHand == 0 && (g == nil || g.soft&gvAccepted == 0) {
		return spanMake(tt, s, e, margin), true
	}
	if g == nil || v&gvHand&^g.soft != 0 {
		return Finding{}, false
	}
	p := g.Prob(spanGuardFeats(tt, s, e, margin, v, g.bits, buf[:0]))
	if p < st.guardMin {
		return Finding{}, false
	}
	f := spanMake(tt, s, e, margin)
	f.Evidence += " guard " + strconv.FormatFloat(float64(p), 'f', 2, 32)
	return f, true
}

// spanGuardNames name the hand-written guards a learned guard may
// overrule (SpanGuardTraining.Soft).
var spanGuardNames = map[string]uint32{
	"edge-start": gvEdgeStart, "edge-end": gvEdgeEnd, "overlap": gvOverlapWeak, "function": gvFunction,
	"verb": gvVerb, "programme": gvProgramme, "role-after": gvRoleAfter, "ordinary": gvOrdinary, "ordinary-word": gvOrdinaryWord, "ordinary-bare": gvOrdinaryBare, "ordinary-margin": gvOrdinaryMargin,
	"no-suffix": gvNoSuffixWeak, "kind-stem": gvKindStem, "demonstrative": gvDemonstrative,
	"last-not-noun": gvLastNotNoun, "this-body": gvThisBody, "generic-word": gvGenericWord,
	"common-word": gvCommonWord, "filters": gvFilters, "accepted": gvAccepted,
}

// SpanGuardSoft returns the verdict bits of the named hand-written guards
// (comma-separated names of spanGuardNames; "all": every one), for
// SpanGuardTraining.Soft.
func SpanGuardSoft(names string) (uint32, error) {
	var v uint32
	for _, n := range strings.Split(names, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if n == "all" {
			v |= gvHand
			continue
		}
		b, ok := spanGuardNames[n]
		if !ok {
			return 0, errors.New("unknown span guard " + strconv.Quote(n))
		}
		v |= b
	}
	return v, nil
}

// The guard's feature templates.
const (
	sgBias = iota
	sgMargin
	sgLen
	sgLast
	sgLast2
	sgFirst
	sgFirst2
	sgKind
	sgOneWord
	sgNToks
	sgFirstTag
	sgLastTag
	sgTags
	sgPrevWord
	sgPrevTag
	sgNextWord
	sgNextTag
	sgFirstWord
	sgLastWord
	sgGazFirst
	sgStem
	sgLastMargin
	sgHandMargin
	sgStemTag  // the stem before the kind word: its gojieba tag (one word) and length
	sgStemLex  // the stem's lexicon facts (spanStemFacts)
	sgStemKind // the stem's lexicon facts with the kind word
	sgStemElse // the stem elsewhere in the text: how often, with another kind, after a locative
	sgVerdict  // sgVerdict+i: verdict i; sgVerdict+nVerdicts+i: verdict i with the margin
)

// marginBucket buckets a margin on a log scale (0 … 9).
func marginBucket(m float32) uint32 {
	switch {
	case m < 0:
		return 0
	case m < 1:
		return 1
	}
	b := uint32(2 + math.Log2(float64(m)))
	return min(b, 9)
}

// spanGuardFeats appends to out the hashed features of runes [s, e) at a
// margin with the verdicts v.
func spanGuardFeats(tt *tokText, s, e int, margin float32, v uint32, bits uint, out []uint32) []uint32 {
	add := func(t int, val uint32) { out = append(out, fhash(bits, uint32(t), val)) }
	rs := tt.runes
	mb := marginBucket(margin)
	mc := min(mb/3, 2)
	text := tt.sub(s, e)
	lx := getLexicon()
	add(sgBias, 0)
	add(sgMargin, mb)
	add(sgLen, uint32(min(e-s, 9)))
	add(sgLast, uint32(rs[e-1]))
	add(sgLast2, uint32(rs[e-2])*0x10001^uint32(rs[e-1]))
	add(sgFirst, uint32(rs[s]))
	add(sgFirst2, uint32(rs[s])*0x10001^uint32(rs[s+1]))
	kind := uint32(0)
	if spanKind(text) == ORG {
		kind = 1
	}
	add(sgKind, kind|sufClass(rs[e-1])<<1)
	first, last := &tt.toks[tt.tokOf[s]], &tt.toks[tt.tokOf[e-1]]
	one := uint32(0)
	if first.start == s && first.end == e {
		one = 1
		if first.dictWord() {
			one |= 2
		}
		if lx.common[text] {
			one |= 4
		}
		if _, ok := lx.place(text); ok {
			one |= 8
		}
	}
	add(sgOneWord, one)
	nt := uint32(tt.tokOf[e-1] - tt.tokOf[s] + 1)
	add(sgNToks, min(nt, 6))
	add(sgFirstTag, strHash(first.pos)^boolBit(first.start == s))
	add(sgLastTag, strHash(last.pos)^boolBit(last.end == e)<<1)
	th := uint32(2166136261)
	for k := tt.tokOf[s]; k <= tt.tokOf[e-1] && k < tt.tokOf[s]+4; k++ {
		th = (th ^ strHash(tt.toks[k].pos)) * 16777619
	}
	add(sgTags, th)
	if k := tt.tokOf[s]; first.start == s && k > 0 {
		add(sgPrevWord, strHash(tt.toks[k-1].word))
		add(sgPrevTag, strHash(tt.toks[k-1].pos))
	} else {
		add(sgPrevTag, 1)
	}
	if k := tt.tokOf[e-1]; last.end == e && k+1 < len(tt.toks) {
		add(sgNextWord, strHash(tt.toks[k+1].word))
		add(sgNextTag, strHash(tt.toks[k+1].pos))
	} else {
		add(sgNextTag, 1)
	}
	if first.n() <= 4 {
		add(sgFirstWord, strHash(first.word)^boolBit(first.start == s))
	}
	if last.n() <= 4 {
		add(sgLastWord, strHash(last.word)^boolBit(last.end == e))
	}
	g := uint32(0)
	if first.start == s && first.n() >= 2 {
		if lv, ok := lx.place(first.word); ok {
			g = uint32(lv)
		} else if _, ok := lx.shortOf(first.word); ok {
			g = 5
		} else if getVillages().has(first.word) {
			g = 6
		} else if lx.common[first.word] {
			g = 7
		}
	}
	add(sgGazFirst, g)
	stem := uint32(0)
	if st := shortPlace(text); st != "" {
		stem = 1
		if lx.common[st] {
			stem |= 2
		}
		if genericPlaceStems[st] {
			stem |= 4
		}
	}
	add(sgStem, stem)
	add(sgLastMargin, uint32(rs[e-1])^mc<<24)
	add(sgHandMargin, boolBit(v&gvHand == 0)|mb<<1)
	if ks := spanKindStart(tt, s, e); ks-s >= 2 {
		stemTag := uint32(0)
		if t := &tt.toks[tt.tokOf[s]]; t.start == s && t.end == ks {
			stemTag = strHash(t.pos)
		}
		add(sgStemTag, stemTag^uint32(min(ks-s, 6))<<28)
		facts := spanStemFacts(tt, s, ks)
		add(sgStemLex, facts)
		add(sgStemKind, strHash(tt.sub(ks, e))^facts<<24)
		add(sgStemElse, spanStemElse(tt, s, ks, e))
	} else {
		add(sgStemTag, 1)
	}
	for i := range nVerdicts {
		bit := v >> i & 1
		add(sgVerdict+i, bit)
		add(sgVerdict+nVerdicts+i, bit|mc<<1)
	}
	return out
}

// spanKindStart returns where the kind word of runes [s, e) begins: the
// last gojieba word when the piece holds more than one, else the last
// character (文明|村 either way).
func spanKindStart(tt *tokText, s, e int) int {
	if last := &tt.toks[tt.tokOf[e-1]]; last.start > s && last.end == e {
		return last.start
	}
	return e - 1
}

// Stem facts (bits of spanStemFacts).
const (
	sfDict   = 1 << iota // the stem is one dictionary word of gojieba
	sfCommon             // a frequent ordinary word (lexicon.common)
	sfPlace              // a gazetteer place, short form or village
	sfPair               // a place name or short form may begin with its first two characters
	sfNoun               // its one word is a noun (n…)
	sfAdj                // its one word is an adjective, distinguishing word or verb
	sfRare               // it holds a character seldom seen in dictionary words
)

// spanStemFacts returns the lexicon facts of the stem, runes [s, ks).
func spanStemFacts(tt *tokText, s, ks int) uint32 {
	lx := getLexicon()
	stem := tt.sub(s, ks)
	var f uint32
	if t := &tt.toks[tt.tokOf[s]]; t.start == s && t.end == ks && t.dictWord() {
		f |= sfDict
		switch t.pos[0] {
		case 'n':
			f |= sfNoun
		case 'a', 'b', 'v':
			f |= sfAdj
		}
	}
	if lx.common[stem] {
		f |= sfCommon
	}
	if _, ok := lx.place(stem); ok {
		f |= sfPlace
	} else if _, ok := lx.shortOf(stem); ok {
		f |= sfPlace
	} else if getVillages().has(stem) {
		f |= sfPlace
	}
	a, b := tt.runes[s], tt.runes[s+1]
	if lx.hasPlacePair(a, b) || lx.hasShortPair(a, b) {
		f |= sfPair
	}
	for _, r := range tt.runes[s:ks] {
		if lx.isRare(r) {
			f |= sfRare
			break
		}
	}
	return f
}

// spanStemElse describes the stem, runes [s, ks) of a piece ending at e,
// elsewhere in the text: how often it occurs outside the piece (0, 1, 2
// or more), whether once with another character after it than the
// piece's kind (another kind: 王庄村, 王庄小学), and whether an occurrence
// follows a locative (在, 位于, 到, 赴, 至).
func spanStemElse(tt *tokText, s, ks, e int) uint32 {
	rs := tt.runes
	stem := rs[s:ks]
	n := len(stem)
	var count, other, loc uint32
	for i := 0; i+n <= len(rs); i++ {
		if rs[i] != stem[0] || !slices.Equal(rs[i:i+n], stem) {
			continue
		}
		if i > 0 && (rs[i-1] == '在' || rs[i-1] == '到' || rs[i-1] == '赴' || rs[i-1] == '至' || rs[i-1] == '于') {
			loc = 1
		}
		if i == s {
			continue
		}
		count++
		if i+n < len(rs) && rs[i+n] != rs[ks] {
			other = 1
		}
		i += n - 1
	}
	return min(count, 2) | other<<2 | loc<<3
}

// boolBit is 1 for true.
func boolBit(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}
