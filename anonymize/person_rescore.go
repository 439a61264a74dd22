package anonymize

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"huibao/segment"
)

// SpanRescorer is a logistic model over whole candidate name spans: it
// reads what the character tagger cannot see at once — the span's length
// and shape, its surname and given characters, gojieba's word and tag for
// exactly that span, the characters and words on either side, and the
// evidence the rules fired — and gives the probability that the span is a
// person's name as annotators mark it. findPersons drops a rule candidate
// the tagger did not confirm when that probability is below the
// threshold, so ordinary words gojieba's dictionary tags as names (桂冠,
// 陶醉, 白皮书) stop being masked.
//
// A second model of the same features judges the rule candidates that
// scored just below the strict threshold (李白, 金大中: names the
// dictionary lists as words); one it finds likely enough is masked by the
// strict policy.
type SpanRescorer struct {
	bits      uint
	w         []float32 // the keep model, over rescorable candidates
	wAdd      []float32 // the add model, over candidates below the threshold
	threshold float32   // least keep probability (0: keep all)
	addAt     float32   // least add probability (0: add none)
}

// rescoreBits is the size of the rescorer's hashed weight table (2^bits).
const rescoreBits = 16

//go:embed data/person_rescorer.bin.gz
var rescorerData []byte

var (
	activeRescorer atomic.Pointer[SpanRescorer]
	rescorerOnce   sync.Once
)

// currentRescorer returns the rescorer in use: the embedded one unless
// UseSpanRescorer replaced it; nil when there is none.
func currentRescorer() *SpanRescorer {
	rescorerOnce.Do(func() {
		if activeRescorer.Load() != nil || len(rescorerData) == 0 {
			return
		}
		if m, err := ReadSpanRescorer(bytes.NewReader(rescorerData)); err == nil {
			activeRescorer.CompareAndSwap(nil, m)
		}
	})
	return activeRescorer.Load()
}

// useSpanRescorer installs m (nil: none) and returns the previous one.
func useSpanRescorer(m *SpanRescorer) *SpanRescorer {
	currentRescorer()
	return activeRescorer.Swap(m)
}

// SetThresholds sets the least probability a candidate the tagger did not
// confirm needs to be kept, and the least probability a candidate below
// the rules' threshold needs to be added (0: none added).
func (m *SpanRescorer) SetThresholds(keep, add float32) { m.threshold, m.addAt = keep, add }

// wantsSub reports whether the rescorer needs the candidates from below
// the rules' threshold.
func (m *SpanRescorer) wantsSub() bool { return m != nil && m.addAt > 0 }

// rescoreFeatures appends the hashed features of the PERSON span of runes
// [s, e) with the rules' evidence ev.
func rescoreFeatures(tt *tokText, s, e int, ev string, score float64, buf []uint32, bits uint) []uint32 {
	l := getLexicon()
	pl := getPersonLexicon()
	rs := tt.runes[s:e]
	n := len(rs)
	mask := uint32(1)<<bits - 1
	add := func(parts ...string) {
		h := uint32(2166136261)
		for _, p := range parts {
			for k := 0; k < len(p); k++ {
				h ^= uint32(p[k])
				h *= 16777619
			}
			h ^= 0xff
			h *= 16777619
		}
		buf = append(buf, h&mask)
	}
	bucket := func(x float64) string { return strconv.Itoa(int(math.Floor(clamp(x, -4, 4)))) }
	add("bias")
	add("scoreB", bucket(score))
	ln := strconv.Itoa(min(n, 6))
	add("len", ln)
	kind, _, _ := strings.Cut(ev, ",")
	add("kind", kind, ln)
	for _, f := range strings.Split(ev, ",") {
		g, _, _ := strings.Cut(f, ":")
		add("ev", g)
		if g != f {
			add("evw", f)
		}
	}
	sl := 0
	if n >= 3 && compoundSpan(tt, s, s+2) { // l.compound[string(rs[:2])]
		sl = 2
	} else if _, ok := l.surname[rs[0]]; ok && n >= 2 {
		sl = 1
	}
	add("sl", strconv.Itoa(sl), ln)
	if sl > 0 {
		add("sur", spanString(tt, s, s+sl)) // string(rs[:sl])
		add("surB", bucket(l.surname[rs[0]]))
		add("firstB", bucket(l.first[rs[0]]-firstPivot))
		for k, r := range rs[sl:] {
			g, ok := l.given[r]
			if !ok {
				g = -4
			}
			add("givB", strconv.Itoa(k), bucket(g))
		}
		// no identity of the given name: names in the training folds are not the names to come
		if x, ok := pl.last[rs[n-1]]; ok {
			add("lastB", bucket(x))
		} else {
			add("lastB", "none")
		}
	}
	add("lastc", spanString(tt, e-1, e)) // string(rs[n-1])
	add("firstc", spanString(tt, s, s+1))
	tr := 0.0
	for _, r := range rs {
		tr += clamp(l.translit[r], -4, 3)
	}
	add("trB", bucket(tr/float64(n)))
	// gojieba's reading of the span
	ts, te := tt.tokOf[s], tt.tokOf[e-1]
	st, et := tt.toks[ts], tt.toks[te]
	switch {
	case ts == te && st.start == s && st.end == e:
		add("tok", "exact", st.pos)
		if l.common[st.word] {
			add("tok", "exact-common", st.pos)
		}
	case ts == te:
		add("tok", "inside", st.pos)
	default:
		add("tok", "span", strconv.FormatBool(st.start == s), strconv.FormatBool(et.end == e))
		add("tok", "first", st.pos, strconv.Itoa(min(st.n(), 4)))
		add("tok", "last", et.pos, strconv.Itoa(min(et.n(), 4)))
	}
	if ordinarySpan(tt, s, e) { // pl.ordinary[string(rs)]
		add("ordinary")
	}
	if commonSpan(tt, s, e) {
		add("common")
	}
	if sl > 0 && n-sl >= 2 {
		if commonSpan(tt, s+sl, e) || ordinarySpan(tt, s+sl, e) {
			add("given-word")
		}
	}
	// the sides
	if s > 0 {
		add("prevc", spanString(tt, s-1, s)) // string(tt.runes[s-1])
		b := tt.toks[tt.tokOf[s-1]]
		add("prevpos", b.pos, strconv.FormatBool(b.end == s))
		if b.end == s {
			add("prevw", b.word)
		}
		if ordinarySpan(tt, s-1, s+1) || commonSpan(tt, s-1, s+1) {
			add("glueL")
		}
	} else {
		add("prevc", "^")
	}
	if e < len(tt.runes) {
		add("nextc", spanString(tt, e, e+1)) // string(tt.runes[e])
		a := tt.toks[tt.tokOf[e]]
		add("nextpos", a.pos, strconv.FormatBool(a.start == e))
		if a.start == e {
			add("nextw", a.word)
		}
		if ordinarySpan(tt, e-1, e+1) || commonSpan(tt, e-1, e+1) {
			add("glueR")
		}
		if e+1 < len(tt.runes) && (commonSpan(tt, e-1, e+2) || ordinarySpan(tt, e, e+2)) {
			add("glueR2")
		}
	} else {
		add("nextc", "$")
	}
	return buf
}

// prob returns model w's probability that the features' span is a name.
func prob(w []float32, feats []uint32) float32 {
	z := float32(0)
	for _, h := range feats {
		z += w[h]
	}
	return float32(1 / (1 + math.Exp(-float64(z))))
}

// rescorable reports whether the rescorer judges a candidate: a span that
// is exactly one word of gojieba's dictionary (where its name tags are
// least reliable: 桂冠/nr, 陶醉/nr) and that no role, title or speaker
// line vouches for. It returns the span in runes.
func rescorable(tt *tokText, f Finding) (int, int, bool) {
	if f.Type != PERSON || strings.Contains(f.Evidence, "role-before") || strings.Contains(f.Evidence, "title-after") || strings.Contains(f.Evidence, "speaker") || strings.Contains(f.Evidence, "surname+title") {
		return 0, 0, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return 0, 0, false
	}
	t := tt.toks[tt.tokOf[s]]
	return s, e, t.start == s && t.end == e && t.dictWord()
}

// keepSpan reports whether a PERSON finding the tagger did not confirm
// stays.
func (m *SpanRescorer) keepSpan(tt *tokText, f Finding) bool {
	s, e, ok := rescorable(tt, f)
	if !ok {
		return true
	}
	var buf [96]uint32
	return prob(m.w, rescoreFeatures(tt, s, e, f.Evidence, f.Score, buf[:0], m.bits)) >= m.threshold
}

// rescorePersons drops the rule candidates the tagger did not confirm and
// the rescorer finds unlikely, and adds the candidates from below the
// rules' threshold (sub) that it finds likely and that overlap nothing
// found.
func rescorePersons(tt *tokText, fs, sub []Finding) []Finding {
	m := currentRescorer()
	if m == nil {
		return fs
	}
	if m.threshold > 0 {
		out := fs[:0]
		for _, f := range fs {
			if f.Type == PERSON && !strings.Contains(f.Evidence, "tagger") && !m.keepSpan(tt, f) {
				continue
			}
			out = append(out, f)
		}
		fs = out
	}
	if m.addAt <= 0 || len(sub) == 0 {
		return fs
	}
	var buf [96]uint32
	var add []Finding
	for _, c := range sub {
		s, e := tt.runeAt(c.Start), tt.runeAt(c.End)
		if s < 0 || e <= s || overlapsAny(fs, c.Start, c.End) || leftToContextRules(c) {
			continue
		}
		p := prob(m.wAdd, rescoreFeatures(tt, s, e, c.Evidence+",below-threshold", c.Score, buf[:0], m.bits))
		if p >= m.addAt {
			c.Score = float64(p)
			c.Evidence += ",rescored"
			add = append(add, c)
		}
	}
	// the likelier of two overlapping additions wins
	sort.SliceStable(add, func(a, b int) bool { return add[a].Score > add[b].Score })
	for _, c := range add {
		if !overlapsAny(fs, c.Start, c.End) {
			fs = append(fs, c)
		}
	}
	return fs
}

// leftToContextRules reports whether a candidate from below the rules'
// threshold stands beside a role or a title (县长|X, X|教授): the context
// rules after the rescorer (person_lists.go, person_report.go) judge those
// and mask them under every policy. An addition here is doubtful (strict
// only) and, found first, would hide the span from those rules, so the
// default policy would lose a name such as 农业大学|田春生|教授.
func leftToContextRules(c Finding) bool {
	return strings.Contains(c.Evidence, "role-before:") || strings.Contains(c.Evidence, "title-after:") && !strings.Contains(c.Evidence, "title-after:说")
}

// TrainSpanRescorer trains the rescorer on the rule scorer's candidates in
// BIO sentences: a candidate is a name when it overlaps a gold PERSON span
// (a span cut short or reaching too far still hides most of a name, and
// dropping it would leave the name readable; the rescorer only weeds out
// words that are no name at all). Train it on development data only.
func TrainSpanRescorer(seg *segment.Segmenter, sents []NERSentence, epochs int) *SpanRescorer {
	type ex struct {
		f []uint32
		y float32
	}
	var data, dataAdd []ex
	for _, s := range sents {
		tt := newTokText(seg, s.Text)
		if len(tt.runes) == 0 {
			continue
		}
		var gold []Finding
		for _, g := range s.Gold {
			if g.Type == PERSON {
				gold = append(gold, Finding{Start: g.Start, End: g.End})
			}
		}
		cands, sub := scorePersonsSub(tt, subAll)
		ign := ignoredFindings(s) // neither positive nor negative (tagger_train.go)
		exact := func(c Finding) bool {
			for _, g := range gold {
				if g.Start == c.Start && g.End == c.End {
					return true
				}
			}
			return false
		}
		for _, c := range cands {
			a, b, ok := rescorable(tt, c)
			if !ok || overlapsAny(ign, c.Start, c.End) && !overlapsAny(gold, c.Start, c.End) {
				continue
			}
			y := float32(0)
			if overlapsAny(gold, c.Start, c.End) {
				y = 1
			}
			data = append(data, ex{rescoreFeatures(tt, a, b, c.Evidence, c.Score, nil, rescoreBits), y})
		}
		// an addition must be the name exactly: a wrong one costs
		// precision twice
		for _, c := range sub {
			a, b := tt.runeAt(c.Start), tt.runeAt(c.End)
			if a < 0 || b <= a || overlapsAny(ign, c.Start, c.End) && !overlapsAny(gold, c.Start, c.End) {
				continue
			}
			y := float32(0)
			if exact(c) {
				y = 1
			}
			dataAdd = append(dataAdd, ex{rescoreFeatures(tt, a, b, c.Evidence+",below-threshold", c.Score, nil, rescoreBits), y})
		}
	}
	train := func(data []ex) []float32 {
		w := make([]float32, 1<<rescoreBits)
		rng := rand.New(rand.NewSource(3))
		const l2 = 1e-4
		for ep := 0; ep < epochs; ep++ {
			rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
			lr := float32(0.2 / (1 + float64(ep)))
			for _, d := range data {
				g := d.y - prob(w, d.f)
				for _, h := range d.f {
					w[h] += lr * (g - l2*w[h])
				}
			}
		}
		return w
	}
	return &SpanRescorer{bits: rescoreBits, w: train(data), wAdd: train(dataAdd)}
}

// WriteTo writes the rescorer: a header, the threshold and the weights,
// gzip-compressed.
func (m *SpanRescorer) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	z := gzip.NewWriter(cw)
	hdr := []uint32{0x48425253, uint32(m.bits), math.Float32bits(m.threshold), math.Float32bits(m.addAt)}
	for _, v := range []any{hdr, m.w, m.wAdd} {
		if err := binary.Write(z, binary.LittleEndian, v); err != nil {
			return cw.n, err
		}
	}
	err := z.Close()
	return cw.n, err
}

// ReadSpanRescorer reads a rescorer written by WriteTo.
func ReadSpanRescorer(r io.Reader) (*SpanRescorer, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var hdr [4]uint32
	if err := binary.Read(z, binary.LittleEndian, &hdr); err != nil {
		return nil, err
	}
	if hdr[0] != 0x48425253 || hdr[1] < 8 || hdr[1] > 24 {
		return nil, errors.New("anonymize: not a span rescorer")
	}
	m := &SpanRescorer{bits: uint(hdr[1]), threshold: math.Float32frombits(hdr[2]), addAt: math.Float32frombits(hdr[3])}
	m.w, m.wAdd = make([]float32, 1<<m.bits), make([]float32, 1<<m.bits)
	for _, v := range [][]float32{m.w, m.wAdd} {
		if err := binary.Read(z, binary.LittleEndian, v); err != nil {
			return nil, err
		}
	}
	// reading on to the end checks the gzip trailer
	if n, err := z.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		return nil, errors.New("anonymize: damaged span rescorer")
	}
	return m, nil
}
