package anonymize

import (
	"math/rand/v2"
	"testing"
)

// TestSpanFastEmissions: the span tagger's table emissions equal the
// hashed rows' (spanRow, emissions) at every rune of the development
// texts, with the rule findings findAll hands the tagger, for the shipped
// model and for models of random weights, with unknown tags too.
func TestSpanFastEmissions(t *testing.T) {
	st := currentSpan()
	if st == nil || st.m == nil || st.m.q == nil {
		t.Fatal("embedded span model did not load")
	}
	a := New(testSeg(t), nil, Placeholder)
	texts := fastTexts(t)
	rng := rand.New(rand.NewPCG(3, 4))
	models := []*PersonTagger{st.m, randomSpanModel(st.m, rng)}
	checked := 0
	capture := func(tt *tokText, fs []Finding) {
		for mi, m := range models {
			for variant := range 2 {
				if variant == 1 {
					if len(tt.toks) < 2 {
						continue
					}
					old := tt.toks[1].pos
					tt.toks[1].pos = "zz" // a tag the tables do not know
					defer func() { tt.toks[1].pos = old }()
				}
				sc := &spanScratch{}
				spanPrep(tt, fs, sc)
				fast := spanFastTables(m)
				if fast == nil || fast.m != m {
					t.Fatalf("model %d: no tables", mi)
				}
				var f [nFeatTemplates]uint32
				for k := range f {
					f[k] = noFeat
				}
				for i := range tt.runes {
					spanRow(tt, sc, i, &f)
					for k, v := range f[:nSpanTemplates] {
						if v != noFeat {
							f[k] = fhash(m.bits, uint32(k), v)
						}
					}
					want := m.emissions(f[:nSpanTemplates])
					if got := fast.emit(tt, sc, getTaggerLex(), i); got != want {
						t.Fatalf("model %d, rune %d (%U): tables %v, rows %v", mi, i, tt.runes[i], got, want)
					}
					checked++
				}
			}
		}
	}
	spanCapture.Store(&capture)
	defer spanCapture.Store(nil)
	for _, text := range texts {
		a.findIn(text, false)
	}
	t.Logf("%d positions checked", checked)
	if checked < 10000 {
		t.Errorf("only %d positions checked", checked)
	}
}

// TestSpanFastTablesFollowModel: installing another model rebuilds the
// tables, and a model without quantized weights has none.
func TestSpanFastTablesFollowModel(t *testing.T) {
	st := currentSpan()
	if st == nil || st.m == nil {
		t.Fatal("embedded span model did not load")
	}
	other := &PersonTagger{bits: st.m.bits, q: make([]int16, len(st.m.q)), scale: 1}
	if tb := spanFastTables(other); tb == nil || tb.m != other {
		t.Fatal("tables not built for a new model")
	}
	if tb := spanFastTables(st.m); tb == nil || tb.m != st.m || tb.bias != spanWeight(st.m, spBias, 0) {
		t.Fatal("tables not rebuilt for the shipped model")
	}
	if spanFastTables(&PersonTagger{bits: 16, w: make([]float32, 3<<16)}) != nil {
		t.Error("tables for a model without quantized weights")
	}
}

// TestSufClassTable: the table answers as the three character sets do.
func TestSufClassTable(t *testing.T) {
	for _, r := range []rune("县司村店馆一的A") {
		want := uint32(0)
		if placeSuffixChars.has(r) {
			want |= sufPlace
		}
		if orgSuffixChars.has(r) {
			want |= sufOrg
		}
		if levelSuffixChars.has(r) {
			want |= sufLevel
		}
		if got := sufClass(r); got != want {
			t.Errorf("sufClass(%q) = %b, want %b", r, got, want)
		}
	}
	if sufClass('县') != sufPlace|sufLevel || sufClass('司') != sufOrg || sufClass(0x20000) != 0 || sufClass(-1) != 0 {
		t.Error("suffix classes of 县, 司 or characters outside the BMP are wrong")
	}
}

// BenchmarkSpanEmissions compares, side by side, the span tagger's
// emissions at the runes it scores in the report excerpts (the windows of
// spanWindows, with the rule findings findAll hands it): tables reads
// spanTables.emit, rows spanRow, hashing and emissions.
func BenchmarkSpanEmissions(b *testing.B) {
	st := currentSpan()
	if st == nil || st.m == nil || st.m.q == nil {
		b.Fatal("embedded span model did not load")
	}
	type scored struct {
		tt *tokText
		sc *spanScratch
	}
	var texts []scored
	capture := func(tt *tokText, fs []Finding) {
		sc := &spanScratch{}
		spanPrepRules(tt, fs, sc)
		if spanWindows(tt, sc) {
			spanPrepToks(tt, sc, sc.need)
			texts = append(texts, scored{tt, sc})
		}
	}
	a := New(testSeg(b), nil, Placeholder)
	spanCapture.Store(&capture)
	for _, paras := range reportDocs(b) {
		for _, p := range paras {
			a.findIn(p, false)
		}
	}
	spanCapture.Store(nil)
	m, fast, lt := st.m, spanFastTables(st.m), getTaggerLex()
	var sink [nTags]float32
	b.Run("tables", func(b *testing.B) {
		for b.Loop() {
			for _, x := range texts {
				for i, on := range x.sc.active {
					if on {
						sink = fast.emit(x.tt, x.sc, lt, i)
					}
				}
			}
		}
	})
	b.Run("tables13", func(b *testing.B) {
		for b.Loop() {
			for _, x := range texts {
				for i, on := range x.sc.active {
					if on {
						sink = fast.emit13(x.tt, x.sc, lt, i) // (speed13.go)
					}
				}
			}
		}
	})
	b.Run("rows", func(b *testing.B) {
		var f [nFeatTemplates]uint32
		for b.Loop() {
			for _, x := range texts {
				for i, on := range x.sc.active {
					if on {
						spanRow(x.tt, x.sc, i, &f)
						for k, v := range f[:nSpanTemplates] {
							if v != noFeat {
								f[k] = fhash(m.bits, uint32(k), v)
							}
						}
						sink = m.emissions(f[:nSpanTemplates])
					}
				}
			}
		}
	})
	_ = sink
}

// TestSpanWindowsNeed: the tokens spanWindows marks are exactly those
// holding a scored rune or beside one.
func TestSpanWindowsNeed(t *testing.T) {
	seg := testSeg(t)
	checked := 0
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		sc := &spanScratch{}
		spanPrepRules(tt, nil, sc)
		if !spanWindows(tt, sc) {
			continue
		}
		want := make([]bool, len(tt.toks))
		for i, a := range sc.active {
			if a {
				k := tt.tokOf[i]
				for j := max(k-1, 0); j <= min(k+1, len(tt.toks)-1); j++ {
					want[j] = true
				}
			}
		}
		for k := range want {
			if sc.need[k] != want[k] {
				t.Fatalf("token %d of %q: need %v, want %v", k, text, sc.need[k], want[k])
			}
		}
		checked++
	}
	if checked < 100 {
		t.Errorf("only %d texts with windows", checked)
	}
}

// randomSpanModel is a span model of m's feature space with random weights
// over the full int16 range, so the fast emission paths are tested near
// every lane's bounds.
func randomSpanModel(m *PersonTagger, rng *rand.Rand) *PersonTagger {
	r := &PersonTagger{bits: m.bits, q: make([]int16, len(m.q)), scale: 0.01}
	for i := range r.q {
		r.q[i] = int16(rng.IntN(65535) - 32767)
	}
	return r
}
