package anonymize

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The learned PERSON tagger: a structured averaged perceptron over the
// characters of a text with the labels O, B (a name begins) and I (inside a
// name). Its features are the characters around each position, the name
// statistics of the shared lexicon, gojieba's words and tags, role and title
// words beside the position, list punctuation, and the rule scorer's own
// candidates (so the tagger re-reads the scorer's evidence rather than
// replacing it). Weights are hashed into a fixed table and shipped
// quantized in data/person_model.bin.gz, trained by scripts/train-person on
// the development NER file only.

const (
	tagO = iota
	tagB
	tagI
	nTags
)

// noFeat marks an empty feature slot.
const noFeat = ^uint32(0)

// nFeatTemplates is the number of feature slots per character.
const nFeatTemplates = 43

// PersonTagger is a trained PERSON tagger: hashed feature weights per
// label and label transition weights.
type PersonTagger struct {
	bits uint
	off  TaggerFeatureSet // templates left out in training
	// mode and bias: how the model combines with the scorer, chosen by
	// cross-validation on the development file and stored with the model
	mode TaggerMode
	bias float32
	w    []float32 // (feature bucket)*nTags + label
	// q and scale: the weights as read from a model file, 16-bit, so the
	// table stays small enough for the processor cache (the tagger's cost
	// is mostly reading it)
	q     []int16
	scale float32
	trans [nTags + 1][nTags]float32
	// direct: for the templates whose values are small integers, the
	// weights of each value looked up once (no hashing per character);
	// built on first use from q
	directOnce sync.Once
	direct     *directWeights
	// fast: the summed weights of template groups (fastEmissions), built
	// on first use
	fastOnce sync.Once
	fast     *fastTables
}

// directTemplates are the templates with small values (lexicon buckets,
// flags, separator classes, candidate positions) and the bound of their
// values.
var directTemplates = [...]struct{ k, lim int }{
	{0, 1}, {11, 100}, {12, 4}, {13, 100}, {14, 100}, {15, 100}, {16, 100}, {17, 100},
	{26, 2}, {27, 8}, {28, 2}, {29, 4}, {32, 1 << 12}, {34, 64}, {36, 32}, {39, 8}, {40, 32},
}

// charTemplates are the templates whose value is one character (the
// character at a position and its neighbours, ch); their weights are looked
// up by character in one record per character (charTable) instead of
// hashed, and the five neighbouring records a position reads stay in the
// CPU cache.
var charTemplates = [...]int{1, 2, 3, 4, 5}

// nCharTemplates is len(charTemplates).
const nCharTemplates = len(charTemplates)

// directWeights holds the 16-bit weights of the small values of the
// direct templates: value v of template k at w[start[k]+v] (lim[k]
// values; lim 0 for the templates that are hashed), and the weights of the
// character templates by character.
type directWeights struct {
	start, lim [nFeatTemplates]int
	w          [][nTags]int16
	// small lists the direct templates the model uses, hashed the other
	// templates it uses (neither the character templates nor the templates
	// it leaves out, whose weight is zero)
	small, hashed []int
	// rec[v] is what a position reads for character v below U+10000
	rec []charRecord
	// q4 is the model's table with each bucket's weights padded to eight
	// bytes, so that no bucket straddles two cache lines
	q4 [][4]int16
}

// charRecord is what the tagger reads for one character below U+10000,
// in one cache line: self, the sum of the weights of the templates that
// depend on the character at the position alone (selfTemplates), one read
// instead of eight; nb[j], the weights of the character as the value of
// template charTemplates[j] (a neighbour of the position).
type charRecord struct {
	self [nTags]int32
	nb   [nCharTemplates][nTags]int16
	_    [64 - 4*nTags - 2*nCharTemplates*nTags]byte
}

// selfTemplates are the templates whose value is a function of the
// character at the position alone: the constant (0), the character
// (1) and its lexicon buckets (11, 13-17, see taggerFeatureRows), with the
// lexicon statistic each of those reads (-1: none).
var selfTemplates = [...]struct{ k, stat int }{
	{0, -1}, {1, -1}, {11, lexSurname}, {13, lexGiven}, {14, lexFirst}, {15, lexLast}, {16, lexMid}, {17, lexTranslit},
}

// weight returns the weights of value v of template k (zero when the
// model leaves k out), as emissionsRaw adds them.
func (m *PersonTagger) weight(d *directWeights, k int, v uint32) [nTags]int32 {
	if m.off&(1<<k) != 0 || v == noFeat {
		return [nTags]int32{}
	}
	if uint64(v) < uint64(d.lim[k]) {
		e := &d.w[d.start[k]+int(v)]
		return [nTags]int32{int32(e[0]), int32(e[1]), int32(e[2])}
	}
	h := int(fhash(m.bits, uint32(k), v)) * nTags
	return [nTags]int32{int32(m.q[h]), int32(m.q[h+1]), int32(m.q[h+2])}
}

// directTable builds (once) the direct weights of a quantized model.
func (m *PersonTagger) directTable() *directWeights {
	m.directOnce.Do(func() {
		d := &directWeights{}
		for _, t := range directTemplates {
			d.start[t.k], d.lim[t.k] = len(d.w), t.lim
			for v := 0; v < t.lim; v++ {
				var e [nTags]int16
				if m.off&(1<<t.k) == 0 {
					b := int(fhash(m.bits, uint32(t.k), uint32(v))) * nTags
					e = [nTags]int16{m.q[b], m.q[b+1], m.q[b+2]}
				}
				d.w = append(d.w, e)
			}
		}
		isChar := map[int]bool{}
		for _, k := range charTemplates {
			isChar[k] = true
		}
		for _, t := range selfTemplates {
			isChar[t.k] = true
		}
		for k := 0; k < nFeatTemplates; k++ {
			switch {
			case m.off&(1<<k) != 0 || isChar[k]:
			case d.lim[k] > 0:
				d.small = append(d.small, k)
			default:
				d.hashed = append(d.hashed, k)
			}
		}
		d.rec = make([]charRecord, 1<<16)
		for j, k := range charTemplates {
			if m.off&(1<<k) != 0 {
				continue
			}
			for v := range d.rec {
				b := int(fhash(m.bits, uint32(k), uint32(v))) * nTags
				d.rec[v].nb[j] = [nTags]int16{m.q[b], m.q[b+1], m.q[b+2]}
			}
		}
		d.q4 = make([][4]int16, 1<<m.bits)
		for b := range d.q4 {
			d.q4[b] = [4]int16{m.q[b*nTags], m.q[b*nTags+1], m.q[b*nTags+2]}
		}
		lt := getTaggerLex()
		for v := range d.rec {
			st := lt.stats(rune(v))
			var sum [nTags]int32
			for _, t := range selfTemplates {
				val := uint32(v)
				switch {
				case t.k == 0:
					val = 0
				case t.stat >= 0:
					val = uint32(st[t.stat])
				}
				w := m.weight(d, t.k, val)
				for y := range sum {
					sum[y] += w[y]
				}
			}
			d.rec[v].self = sum
		}
		m.direct = d
	})
	return m.direct
}

// emissionsRaw adds the quantized weights of the raw (unhashed) feature
// values of one character: small values of the direct templates from the
// direct table, characters from the character table, the others hashed;
// templates the model leaves out add nothing. The integer sums equal
// emissions' over the hashed features.
func (m *PersonTagger) emissionsRaw(d *directWeights, f *[nFeatTemplates]uint32) [nTags]float32 {
	var a, b, c int32
	for _, k := range d.small {
		v := f[k]
		if uint64(v) < uint64(d.lim[k]) {
			e := &d.w[d.start[k]+int(v)]
			a += int32(e[0])
			b += int32(e[1])
			c += int32(e[2])
			continue
		}
		if v == noFeat {
			continue
		}
		h := int(fhash(m.bits, uint32(k), v)) * nTags
		a += int32(m.q[h])
		b += int32(m.q[h+1])
		c += int32(m.q[h+2])
	}
	if v := f[1]; v < 1<<16 {
		e := &d.rec[v].self
		a += e[0]
		b += e[1]
		c += e[2]
	} else {
		for _, t := range selfTemplates {
			w := m.weight(d, t.k, f[t.k])
			a += w[0]
			b += w[1]
			c += w[2]
		}
	}
	for j, k := range charTemplates {
		if k == 1 {
			continue // in self
		}
		v := f[k]
		if v < 1<<16 {
			e := &d.rec[v].nb[j]
			a += int32(e[0])
			b += int32(e[1])
			c += int32(e[2])
			continue
		}
		if v == noFeat || m.off&(1<<k) != 0 {
			continue
		}
		h := int(fhash(m.bits, uint32(k), v)) * nTags
		a += int32(m.q[h])
		b += int32(m.q[h+1])
		c += int32(m.q[h+2])
	}
	q4 := d.q4
	for _, k := range d.hashed {
		v := f[k]
		if v == noFeat {
			continue
		}
		e := &q4[fhash(m.bits, uint32(k), v)&uint32(len(q4)-1)]
		a += int32(e[0])
		b += int32(e[1])
		c += int32(e[2])
	}
	return [nTags]float32{float32(a) * m.scale, float32(b) * m.scale, float32(c) * m.scale}
}

// TaggerMode says how the learned tagger and the rule scorer combine.
type TaggerMode int

// The ways the tagger's spans and the scorer's candidates combine.
const (
	// ScorerOnly ignores the tagger.
	ScorerOnly TaggerMode = iota
	// TaggerOnly keeps the tagger's spans alone (the scorer only informs
	// its features).
	TaggerOnly
	// TaggerUnion keeps every scorer candidate and adds the tagger's spans
	// that overlap none of them.
	TaggerUnion
	// TaggerRerank keeps the scorer candidates the tagger agrees with (at
	// least half their characters tagged as a name) or that a role or title
	// vouches for, and adds the tagger's other spans.
	TaggerRerank
	// TaggerFirst keeps the tagger's spans and adds the scorer candidates
	// that overlap none of them.
	TaggerFirst
)

// String names the mode as the training script prints it.
func (m TaggerMode) String() string {
	switch m {
	case ScorerOnly:
		return "scorer"
	case TaggerOnly:
		return "tagger"
	case TaggerUnion:
		return "union"
	case TaggerRerank:
		return "rerank"
	case TaggerFirst:
		return "tagger-first"
	}
	return "unknown"
}

//go:embed data/person_model.bin.gz
var personModelData []byte

type taggerState struct {
	m    *PersonTagger
	mode TaggerMode
	bias float32 // added to the B label's score: more names, fewer misses
}

var (
	taggerOnce   sync.Once
	activeTagger atomic.Pointer[taggerState]
)

// currentTagger returns the tagger in use: the embedded model unless
// training or cross-validation installed another.
func currentTagger() *taggerState {
	taggerOnce.Do(func() {
		if activeTagger.Load() != nil {
			return
		}
		m, err := ReadPersonTagger(bytes.NewReader(personModelData))
		if err != nil {
			// a missing or corrupt model leaves the scorer alone at work
			activeTagger.Store(&taggerState{mode: ScorerOnly})
			return
		}
		activeTagger.Store(&taggerState{m: m, mode: m.mode, bias: m.bias})
	})
	return activeTagger.Load()
}

// usePersonTagger installs a tagger and a mode for the whole process (for
// training and cross-validation); it returns the previous state.
func usePersonTagger(m *PersonTagger, mode TaggerMode, bias float32) *taggerState {
	currentTagger()
	return activeTagger.Swap(&taggerState{m: m, mode: mode, bias: bias})
}

// combinePersons merges the scorer's candidates with the tagger's spans.
func combinePersons(tt *tokText, cands []Finding) []Finding {
	st := currentTagger()
	if st == nil || st.m == nil || st.mode == ScorerOnly || len(tt.runes) == 0 {
		return cands
	}
	labels := st.m.tag(tt, cands, st.bias)
	var spans []Finding
	for i := 0; i < len(labels); {
		if labels[i] != tagB {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] == tagI {
			j++
		}
		spans = append(spans, Finding{Type: PERSON, Text: tt.sub(i, j), Start: tt.off[i], End: tt.off[j], Evidence: "tagger", Score: 3})
		i = j
	}
	if len(spans) == 0 && st.mode == TaggerUnion {
		// what the union below would build: a copy of cands (nil when
		// empty), which findPersons does not read again
		if len(cands) == 0 {
			return nil
		}
		return cands
	}
	// A tagger span that two or more Chinese names of the scorer tile
	// exactly is a run of names without separators (张三李四): the scorer's
	// split wins.
	split := spans[:0:0]
	for _, sp := range spans {
		var inner []Finding
		covered := 0
		for _, c := range cands {
			if c.Start >= sp.Start && c.End <= sp.End && utf8.RuneCountInString(c.Text) >= 2 && strings.HasPrefix(c.Evidence, "surname+given") && !overlapsAny(inner, c.Start, c.End) {
				inner = append(inner, c)
				covered += c.End - c.Start
			}
		}
		if len(inner) >= 2 && covered == sp.End-sp.Start {
			split = append(split, inner...)
		} else {
			split = append(split, sp)
		}
	}
	spans = split
	// A tagger span that is exactly a scorer candidate keeps the scorer's
	// evidence and score.
	for k := range spans {
		for _, c := range cands {
			if c.Start == spans[k].Start && c.End == spans[k].End {
				spans[k].Evidence = c.Evidence + ",tagger"
				spans[k].Score = math.Max(c.Score, 3)
				spans[k].generic = false
			}
		}
	}
	var out []Finding
	switch st.mode {
	case TaggerOnly:
		out = spans
	case TaggerUnion:
		out = append(out, cands...)
		for _, s := range spans {
			if !overlapsAny(cands, s.Start, s.End) {
				out = append(out, s)
			}
		}
	case TaggerRerank:
		for _, c := range cands {
			s, e := tt.runeAt(c.Start), tt.runeAt(c.End)
			if s < 0 || e < s {
				out = append(out, c)
				continue
			}
			in := 0
			for i := s; i < e; i++ {
				if labels[i] != tagO {
					in++
				}
			}
			if 2*in >= e-s || c.Score >= contextScore {
				out = append(out, c)
			}
		}
		for _, s := range spans {
			if !overlapsAny(out, s.Start, s.End) {
				out = append(out, s)
			}
		}
	case TaggerFirst:
		out = spans
		for _, c := range cands {
			if !overlapsAny(spans, c.Start, c.End) {
				out = append(out, c)
			}
		}
	default:
		out = cands
	}
	return out
}

// tag returns the best label sequence for the text's runes.
func (m *PersonTagger) tag(tt *tokText, cands []Finding, bias float32) []uint8 {
	sc := scratchPool.Get().(*taggerScratch)
	defer scratchPool.Put(sc)
	sc.em = resize(sc.em, len(tt.runes)) // every row sets its emission
	em := sc.em
	if m.q != nil {
		if m.tagPacked(tt, cands, sc, em) { // speed6.go
			return m.viterbiEm(em, bias, sc)
		}
		taggerPrep(tt, cands, sc, m.fastTable().wide)
		m.fastEmissions(tt, sc, em)
		return m.viterbiEm(em, bias, sc)
	}
	taggerFeatureRows(tt, cands, m.bits, m.off, true, sc, func(i int, hs *[nFeatTemplates]uint32) {
		em[i] = m.emissions(hs[:])
	})
	return m.viterbiEm(em, bias, sc)
}

// emissions adds the weights of the features of position i.
func (m *PersonTagger) emissions(f []uint32) (sc [nTags]float32) {
	if m.q != nil {
		var a, b, c int32
		for _, h := range f {
			if h == noFeat {
				continue
			}
			k := int(h) * nTags
			a += int32(m.q[k])
			b += int32(m.q[k+1])
			c += int32(m.q[k+2])
		}
		return [nTags]float32{float32(a) * m.scale, float32(b) * m.scale, float32(c) * m.scale}
	}
	for _, h := range f {
		if h == noFeat {
			continue
		}
		b := int(h) * nTags
		sc[0] += m.w[b]
		sc[1] += m.w[b+1]
		sc[2] += m.w[b+2]
	}
	return
}

// viterbi decodes the best labels; I never follows O or starts the text.
func (m *PersonTagger) viterbi(feats []uint32, n int, bias float32) []uint8 {
	em := make([][nTags]float32, n)
	for i := range em {
		em[i] = m.emissions(feats[i*nFeatTemplates : (i+1)*nFeatTemplates])
	}
	return m.viterbiEm(em, bias, &taggerScratch{})
}

// taggerScratch holds the per-text buffers of the tagger, recycled
// between texts.
type taggerScratch struct {
	em                  [][nTags]float32
	back                [][4]uint8 // (viterbiEm: the labels' back pointers, padded to four so a label masked by 3 needs no index check)
	cpos, clen          []uint8
	cinfo, cflags       []uint32
	roleEnd, titleStart []bool
	lx                  []runeLexStats
	cls                 []uint32 // runeClass of each rune, shifted by one (line edges 0)
	comp                []uint8  // 1 where a compound surname starts at the rune
	tokPos, tokWord     []uint32
	keys                []uint32               // packedEmissions' token keys of each rune (tokKeys15)
	row                 [nFeatTemplates]uint32 // one rune's features, reused so it is not allocated per rune
}

var scratchPool = sync.Pool{New: func() any { return &taggerScratch{} }}

// grow returns s with length n and every element zero, reusing its
// storage when large enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// resize returns s with length n, reusing its storage when large enough,
// without clearing it: for buffers the caller sets entirely.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// viterbiEm decodes the best labels from the emission scores. The
// recurrence is unrolled for the three labels: the same additions in the
// same order as the loop over labels, and the same tie-breaking (the
// lowest previous label among equals).
func (m *PersonTagger) viterbiEm(ems [][nTags]float32, bias float32, sc *taggerScratch) []uint8 {
	n := len(ems)
	if n == 0 {
		return nil
	}
	neg := float32(math.Inf(-1))
	sc.back = resize(sc.back, n) // set for every position after the first, whose is never used
	back := sc.back[:n]
	ems = ems[:n]
	t := &m.trans
	em := ems[0]
	em[tagB] += bias
	pO, pB, pI := t[nTags][tagO]+em[tagO], t[nTags][tagB]+em[tagB], neg
	// the transitions in locals: the stores into back below would make
	// the compiler read them again at every position
	tOO, tBO, tIO := t[tagO][tagO], t[tagB][tagO], t[tagI][tagO]
	tOB, tBB, tIB := t[tagO][tagB], t[tagB][tagB], t[tagI][tagB]
	tBI, tII := t[tagB][tagI], t[tagI][tagI]
	d := viterbiLead(t) // (speed13.go)
	for i := 1; i < n; i++ {
		em = ems[i]
		em[tagB] += bias
		if viterbiLeads(pO, pB, pI, d) {
			// the comparisons below would pick O, O and B (viterbiLead):
			// the same sums without them
			vO, vB, vI := pO+tOO, pO+tOB, pB+tBI
			back[i] = [4]uint8{tagO, tagO, tagB}
			pO, pB, pI = vO+em[tagO], vB+em[tagB], vI+em[tagI]
			continue
		}
		bk := &back[i]
		// O and B: from O, B or I
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
		cO := best + em[tagO]
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
		cB := best + em[tagB]
		bk[tagB] = arg
		// I: from B or I, never from O
		best, arg = neg, 0
		if v := pB + tBI; v > best {
			best, arg = v, tagB
		}
		if v := pI + tII; v > best {
			best, arg = v, tagI
		}
		cI := best + em[tagI]
		bk[tagI] = arg
		pO, pB, pI = cO, cB, cI
	}
	return viterbiBacktrack(back, [nTags]float32{pO, pB, pI}, make([]uint8, n))
}

// viterbiEmLoop is viterbiEm as a loop over the labels, the reference the
// unrolled decoder is tested against.
func (m *PersonTagger) viterbiEmLoop(ems [][nTags]float32, bias float32) []uint8 {
	n := len(ems)
	if n == 0 {
		return nil
	}
	neg := float32(math.Inf(-1))
	back := make([][nTags]uint8, n)
	var prev, cur [nTags]float32
	em := ems[0]
	em[tagB] += bias
	for y := 0; y < nTags; y++ {
		prev[y] = m.trans[nTags][y] + em[y]
	}
	prev[tagI] = neg
	for i := 1; i < n; i++ {
		em = ems[i]
		em[tagB] += bias
		for y := 0; y < nTags; y++ {
			best, arg := neg, uint8(0)
			for x := 0; x < nTags; x++ {
				if y == tagI && x == tagO {
					continue
				}
				if v := prev[x] + m.trans[x][y]; v > best {
					best, arg = v, uint8(x)
				}
			}
			cur[y] = best + em[y]
			back[i][y] = arg
		}
		prev = cur
	}
	out := make([]uint8, n)
	best := uint8(0)
	for y := 1; y < nTags; y++ {
		if prev[y] > prev[best] {
			best = uint8(y)
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = best
		best = back[i][best]
	}
	return out
}

// fhash mixes a feature template and its value into a bucket.
func fhash(bits uint, t, v uint32) uint32 {
	x := (t+1)*0x9E3779B1 ^ v
	x = (x ^ x>>16) * 0x85EBCA6B
	x = (x ^ x>>13) * 0xC2B2AE35
	x ^= x >> 16
	return x & (1<<bits - 1)
}

// strHash hashes a word for a feature value.
func strHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// The lexicon statistics of one character as feature buckets.
const (
	lexSurname = iota
	lexGiven
	lexFirst
	lexLast
	lexMid
	lexTranslit
	nLexStats
)

type runeLexStats [nLexStats]uint8

// taggerLex caches the buckets of the characters of the Basic
// Multilingual Plane, so a feature costs an array read, not six map reads.
type taggerLex struct {
	bmp           []runeLexStats
	compoundFirst runeBits
	// compoundPair holds the two-character compound surnames
	compoundPair map[[2]rune]bool
	// class is runeClass of each character of the BMP
	class []uint8
}

var (
	taggerLexOnce sync.Once
	taggerLexVal  *taggerLex
)

func getTaggerLex() *taggerLex {
	taggerLexOnce.Do(func() {
		lt := &taggerLex{bmp: make([]runeLexStats, 1<<16)}
		for r := rune(0); r < 1<<16; r++ {
			lt.bmp[r] = lexStatsOf(r)
		}
		lt.compoundPair = map[[2]rune]bool{}
		for w, ok := range getLexicon().compound {
			r, _ := firstRune(w)
			lt.compoundFirst.set(r)
			if rs := []rune(w); ok && len(rs) == 2 {
				lt.compoundPair[[2]rune{rs[0], rs[1]}] = true
			}
		}
		lt.class = make([]uint8, 1<<16)
		for r := range lt.class {
			lt.class[r] = uint8(runeClass([]rune{rune(r)}, 0))
		}
		taggerLexVal = lt
	})
	return taggerLexVal
}

func (lt *taggerLex) stats(r rune) runeLexStats {
	if r >= 0 && r < 1<<16 {
		return lt.bmp[r]
	}
	return lexStatsOf(r)
}

func lexStatsOf(r rune) runeLexStats {
	l := getLexicon()
	pl := getPersonLexicon()
	return runeLexStats{
		lexSurname:  uint8(bucket(l.surname, r)),
		lexGiven:    uint8(bucket(l.given, r)),
		lexFirst:    uint8(bucket(l.first, r)),
		lexLast:     uint8(bucket(pl.last, r)),
		lexMid:      uint8(bucket(pl.mid, r)),
		lexTranslit: uint8(bucket(l.translit, r)),
	}
}

// bucket turns a log ratio into a small integer; absent values get 99.
func bucket(m map[rune]float64, r rune) uint32 {
	v, ok := m[r]
	if !ok {
		return 99
	}
	return uint32(int(math.Floor(clamp(v, -5, 5))) + 10)
}

// runeClass sorts characters: Han, digit, Latin, list separator, other
// punctuation, line edge.
func runeClass(rs []rune, i int) uint32 {
	if i < 0 || i >= len(rs) {
		return 0
	}
	r := rs[i]
	switch {
	case isHan(r):
		return 1
	case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		return 2
	case r < 128 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
		return 3
	case r == '、' || r == ',' || r == '，' || r == ' ' || r == '　':
		return 4
	case isNameDot(r):
		return 6
	}
	return 5
}

// candidate evidence flags for the features
var candFlags = []string{"role-before", "speaker", "title-after", "jieba:nr", "unknown-word", "list-item", "given-is-word", "word+head", "common-word", "doubtful", "run-on", "name-shaped-word"}

// taggerBits is the feature table size of new models (2^taggerBits buckets).
const taggerBits = 15

// TaggerFeatureSet is a set of feature templates left out of a tagger (bit
// k set: template k is off).
type TaggerFeatureSet uint64

// Feature sets the training script compares.
const (
	// AllTaggerFeatures leaves nothing out.
	AllTaggerFeatures TaggerFeatureSet = 0
	// NoCharBigrams leaves out character pairs and word identities, which
	// memorise the training names rather than generalise.
	NoCharBigrams TaggerFeatureSet = 1<<6 | 1<<7 | 1<<8 | 1<<9 | 1<<10 | 1<<25 | 1<<30 | 1<<31 | 1<<42
	// NoCharIdentity also leaves out the single characters: only lexicon
	// statistics, gojieba, context and the scorer's evidence remain.
	NoCharIdentity = NoCharBigrams | 1<<1 | 1<<2 | 1<<3 | 1<<4 | 1<<5
)

// taggerFeaturesBits computes the feature buckets of every rune,
// nFeatTemplates per rune (noFeat where a template does not apply or is
// off), appended to buf.
func taggerFeaturesBits(tt *tokText, cands []Finding, buf []uint32, bits uint, off TaggerFeatureSet) []uint32 {
	taggerFeatureRows(tt, cands, bits, off, true, &taggerScratch{}, func(_ int, hs *[nFeatTemplates]uint32) {
		buf = append(buf, hs[:]...)
	})
	return buf
}

// taggerFeatureRows computes the feature buckets of each rune in turn and
// hands them to row; with hash false it hands over the raw feature values
// instead (noFeat where a template does not apply; off not applied).
func taggerFeatureRows(tt *tokText, cands []Finding, bits uint, off TaggerFeatureSet, hash bool, sc *taggerScratch, row func(i int, hs *[nFeatTemplates]uint32)) {
	taggerPrep(tt, cands, sc, true)
	f := &sc.row
	for i := range tt.runes {
		taggerRow(tt, sc, i, f)
		if !hash {
			row(i, f)
			continue
		}
		for k, v := range f {
			if v == noFeat || off&(1<<k) != 0 {
				f[k] = noFeat
				continue
			}
			f[k] = fhash(bits, uint32(k), v)
		}
		row(i, f)
	}
}

// taggerPrep fills the per-text buffers of sc that taggerRow reads: the
// scorer's candidates, role and title words, lexicon buckets, character
// classes and compound surnames of each rune, the hashes of each token's
// tag and (with words) of its word.
func taggerPrep(tt *tokText, cands []Finding, sc *taggerScratch, words bool) {
	l := getLexicon()
	_ = l // the compound test below reads compoundPair, built from l.compound
	rs := tt.runes
	n := len(rs)
	prepCands(tt, cands, sc)
	// role words ending just before and title words starting just after
	// a role word ends at rune i (exclusive); a title or saying word
	// starts at rune i
	sc.roleEnd, sc.titleStart = grow(sc.roleEnd, n+1), grow(sc.titleStart, n+1)
	roleEnd, titleStart := sc.roleEnd, sc.titleStart
	for k := range tt.toks {
		t := &tt.toks[k]
		// a character bit set before each map lookup: most words are
		// neither
		if r := tt.tokLast[k]; roleEndLast.has(r) && (rolesBefore[t.word] || hasRoleSuffix(t.word)) {
			roleEnd[t.end] = true
		}
		if r := tt.tokFirst[k]; rolesAfterFirst.has(r) && rolesAfter[t.word] {
			titleStart[t.start] = true
		}
	}
	lt := getTaggerLex()
	// per-rune lexicon buckets and per-token hashes, computed once
	sc.lx = resize(sc.lx, n) // set for every rune below
	lx := sc.lx
	for i, r := range rs {
		lx[i] = lt.stats(r)
	}
	sc.cls = grow(sc.cls, n+2)
	cls := sc.cls
	for i, r := range rs {
		if uint32(r) < 1<<16 {
			cls[i+1] = uint32(lt.class[r])
		} else {
			cls[i+1] = runeClass(rs, i)
		}
	}
	// compound surnames at each pair of characters, looked up once
	sc.comp = grow(sc.comp, n+1)
	compAt := sc.comp
	for i := 0; i+1 < n; i++ {
		if lt.compoundFirst.has(rs[i]) && lt.compoundPair[[2]rune{rs[i], rs[i+1]}] {
			compAt[i] = 1
		}
	}
	sc.tokPos, sc.tokWord = resize(sc.tokPos, len(tt.toks)), resize(sc.tokWord, len(tt.toks)) // set for every token below
	tokPos, tokWord := sc.tokPos, sc.tokWord
	for k, t := range tt.toks {
		tokPos[k] = strHash(t.pos)
		if words {
			tokWord[k] = strHash(t.word)
		}
	}
}

// prepCands fills the candidate buffers of sc (cpos, cinfo, cflags,
// clen) from the scorer's candidates, for taggerPrep and tagPacked.
func prepCands(tt *tokText, cands []Finding, sc *taggerScratch) {
	n := len(tt.runes)
	// the scorer's candidates per rune
	sc.cpos = grow(sc.cpos, n+2) // shifted by one: 0 none, 1 begin, 2 inside
	sc.cinfo = grow(sc.cinfo, n) // kind hash ^ score bucket
	sc.cflags = grow(sc.cflags, n)
	sc.clen = grow(sc.clen, n)
	cpos, cinfo, cflags, clen := sc.cpos, sc.cinfo, sc.cflags, sc.clen
	for _, c := range cands {
		s, e := tt.runeAt(c.Start), tt.runeAt(c.End)
		if s < 0 || s >= e || e > n {
			continue
		}
		kind, _, _ := strings.Cut(c.Evidence, ",")
		kind, _, _ = strings.Cut(kind, ":")
		sb := uint32(0)
		switch {
		case c.generic:
			sb = 1
		case c.Score < 2:
			sb = 2
		case c.Score < 4:
			sb = 3
		default:
			sb = 4
		}
		var fl uint32
		for k, f := range candFlags {
			if strings.Contains(c.Evidence, f) {
				fl |= 1 << k
			}
		}
		for i := s; i < e; i++ {
			if cpos[i+1] != 0 {
				continue
			}
			cpos[i+1] = 2
			if i == s {
				cpos[i+1] = 1
			}
			cinfo[i] = strHash(kind)*31 + sb
			cflags[i] = fl
			clen[i] = uint8(min(e-s, 6))
		}
	}
}

// edgeChar is the value the character templates give position i of rs:
// the rune, 1 before the text and 2 past its end.
func edgeChar(rs []rune, i int) uint32 {
	if i < 0 {
		return 1
	}
	if i >= len(rs) {
		return 2
	}
	return uint32(rs[i])
}

// taggerRow sets f to the raw feature values of rune i (noFeat where a
// template does not apply), from the buffers taggerPrep filled.
func taggerRow(tt *tokText, sc *taggerScratch, i int, f *[nFeatTemplates]uint32) {
	rs := tt.runes
	n := len(rs)
	ch := func(i int) uint32 { return edgeChar(rs, i) }
	at := func(b []bool, i int) uint32 {
		if i >= 0 && i < len(b) && b[i] {
			return 1
		}
		return 0
	}
	cpos, cinfo, cflags, clen := sc.cpos, sc.cinfo, sc.cflags, sc.clen
	roleEnd, titleStart, lx, cls, compAt := sc.roleEnd, sc.titleStart, sc.lx, sc.cls, sc.comp
	tokPos, tokWord := sc.tokPos, sc.tokWord
	{
		ti := tt.tokOf[i]
		t := &tt.toks[ti]
		wpos := uint32(wordPos(i, t))
		posH := tokPos[ti]
		prevPos, nextPos := uint32(1), uint32(2)
		prevW, nextW := uint32(1), uint32(2)
		if ti > 0 {
			prevPos = tokPos[ti-1]
			prevW = tokWord[ti-1]
		}
		if ti+1 < len(tokPos) {
			nextPos = tokPos[ti+1]
			nextW = tokWord[ti+1]
		}
		wlen := uint32(min(t.n(), 5))
		st := lx[i]
		sur := uint32(st[lexSurname])
		comp := uint32(0)
		if compAt[i] != 0 { // l.compound[string(rs[i:i+2])]
			comp = 1
		}
		if i > 0 && compAt[i-1] != 0 {
			comp |= 2
		}
		surPrev, surPrev2 := uint32(99), uint32(99)
		if i > 0 {
			surPrev = uint32(lx[i-1][lexSurname])
		}
		if i > 1 {
			surPrev2 = uint32(lx[i-2][lexSurname])
		}
		givenPrev, givenNext := uint32(99), uint32(99)
		if i > 0 {
			givenPrev = uint32(lx[i-1][lexGiven])
		}
		if i+1 < n {
			givenNext = uint32(lx[i+1][lexGiven])
		}
		given := uint32(st[lexGiven])
		first := uint32(st[lexFirst])
		sep := cls[i]<<4 | cls[i+1]<<8 | cls[i+2]
		var wordFeat uint32 = noFeat
		*f = [nFeatTemplates]uint32{
			0, ch(i), ch(i - 1), ch(i + 1), ch(i - 2), ch(i + 2),
			ch(i-1)*0x10001 ^ ch(i), ch(i)*0x10001 ^ ch(i+1), ch(i-2)*0x10001 ^ ch(i-1), ch(i+1)*0x10001 ^ ch(i+2), ch(i-1)*0x10001 ^ ch(i+1),
			sur, comp, given, first, uint32(st[lexLast]), uint32(st[lexMid]), uint32(st[lexTranslit]),
			surPrev<<8 | given, surPrev2<<16 | givenPrev<<8 | given, sur<<8 | givenNext,
			posH ^ wpos, posH ^ wpos<<20 ^ wlen<<24, prevPos ^ wpos, nextPos ^ wpos, wordFeat,
			at(roleEnd, i), at(roleEnd, i-1)<<1 | at(roleEnd, i-2)<<2, at(titleStart, i+1), at(titleStart, i+2) | at(titleStart, i+3)<<1,
			prevW ^ wpos, nextW ^ wpos, sep,
			uint32(cpos[i+1]) ^ cinfo[i]<<2, uint32(cpos[i])<<4 | uint32(cpos[i+1])<<2 | uint32(cpos[i+2]), uint32(cpos[i+1]) | cflags[i]<<2, uint32(cpos[i+1]) | uint32(clen[i])<<2,
			uint32(cpos[i+1]) | wpos<<2 | posH<<4, sur<<8 | first | uint32(cpos[i+1])<<16,
			at(roleEnd, i)<<2 | uint32(cpos[i+1]), at(titleStart, i+1)<<2 | uint32(cpos[i+1]) | at(titleStart, i+2)<<3 | at(titleStart, i+3)<<4,
			sep ^ uint32(cpos[i+1])<<12, ch(i) ^ wpos<<24,
		}
		if t.n() <= 4 {
			f[25] = tokWord[ti] ^ wpos
		}
	}
}

// SetCombination sets how the tagger combines with the rule scorer (mode)
// and the bias added to the score of a name beginning (more names, fewer
// misses); both are written with the model.
func (m *PersonTagger) SetCombination(mode TaggerMode, bias float32) {
	m.mode, m.bias = mode, bias
}

// ReadPersonTagger reads a model written by WriteTo.
func ReadPersonTagger(r io.Reader) (*PersonTagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if len(b) < 8 || string(b[:4]) != "HPT2" {
		return nil, errors.New("person tagger: not a model file")
	}
	p := b[4:]
	bits := uint(p[0])
	if bits < 8 || bits > 24 {
		return nil, errors.New("person tagger: bad table size")
	}
	p = p[1:]
	if len(p) < 8 {
		return nil, errors.New("person tagger: truncated")
	}
	off := TaggerFeatureSet(binary.LittleEndian.Uint64(p))
	p = p[8:]
	if len(p) < 5 {
		return nil, errors.New("person tagger: truncated")
	}
	mode := TaggerMode(p[0])
	bias := math.Float32frombits(binary.LittleEndian.Uint32(p[1:]))
	p = p[5:]
	if mode > TaggerFirst || math.IsNaN(float64(bias)) {
		return nil, errors.New("person tagger: bad combination mode")
	}
	if len(p) < 4+4*(nTags+1)*nTags {
		return nil, errors.New("person tagger: truncated")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(p))
	p = p[4:]
	m := &PersonTagger{bits: bits, off: off, mode: mode, bias: bias, q: make([]int16, (1<<bits)*nTags), scale: scale}
	for x := range m.trans {
		for y := range m.trans[x] {
			m.trans[x][y] = math.Float32frombits(binary.LittleEndian.Uint32(p))
			p = p[4:]
		}
	}
	idx := uint64(0)
	for len(p) > 0 {
		d, k := binary.Uvarint(p)
		if k <= 0 {
			return nil, errors.New("person tagger: corrupt table")
		}
		p = p[k:]
		idx += d
		if idx >= 1<<bits {
			return nil, errors.New("person tagger: bucket out of range")
		}
		for y := 0; y < nTags; y++ {
			v, k := binary.Varint(p)
			if k <= 0 {
				return nil, errors.New("person tagger: corrupt weight")
			}
			p = p[k:]
			if v < math.MinInt16 || v > math.MaxInt16 {
				return nil, errors.New("person tagger: weight out of range")
			}
			m.q[int(idx)*nTags+y] = int16(v)
		}
	}
	return m, nil
}

// WriteTo writes the model gzip-compressed, weights quantized to 16 bits
// and only non-zero buckets stored.
func (m *PersonTagger) WriteTo(w io.Writer) (int64, error) {
	size := (1 << m.bits) * nTags
	wt := func(i int) float32 {
		if m.w != nil {
			return m.w[i]
		}
		return float32(m.q[i]) * m.scale
	}
	var maxAbs float32
	for i := 0; i < size; i++ {
		if a := float32(math.Abs(float64(wt(i)))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	var b bytes.Buffer
	b.WriteString("HPT2")
	b.WriteByte(byte(m.bits))
	b.Write(binary.LittleEndian.AppendUint64(nil, uint64(m.off)))
	b.WriteByte(byte(m.mode))
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.bias)))
	b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(scale)))
	for x := range m.trans {
		for y := range m.trans[x] {
			b.Write(binary.LittleEndian.AppendUint32(nil, math.Float32bits(m.trans[x][y])))
		}
	}
	last := 0
	for i := 0; i < size/nTags; i++ {
		var q [nTags]int64
		nz := false
		for y := 0; y < nTags; y++ {
			q[y] = int64(math.Round(float64(wt(i*nTags+y) / scale)))
			nz = nz || q[y] != 0
		}
		if !nz {
			continue
		}
		b.Write(binary.AppendUvarint(nil, uint64(i-last)))
		last = i
		for y := 0; y < nTags; y++ {
			b.Write(binary.AppendVarint(nil, q[y]))
		}
	}
	cw := &countWriter{w: w}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if _, err := zw.Write(b.Bytes()); err != nil {
		return cw.n, err
	}
	err := zw.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// wordPos is the place of character i in its token t, as the tagger's
// features read it: 0 a one-character word (S), 1 its first character (B),
// 2 inside (M), 3 its last (E).
func wordPos(i int, t *tok) int {
	switch {
	case t.end-t.start == 1:
		return 0
	case i == t.start:
		return 1
	case i == t.end-1:
		return 3
	}
	return 2
}
