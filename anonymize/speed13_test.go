package anonymize

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestSpanEmit13: emit13, from the packed weights and the tokens' packed
// values, equals spanTables.emit at every rune of the development texts,
// with the rule findings findAll hands the span tagger, for the shipped
// model and a model of random weights (the full int16 range, so every
// lane is tested near its bounds), with a tag the tables do not know, a
// word longer than six characters and characters above the BMP.
func TestSpanEmit13(t *testing.T) {
	st := currentSpan()
	if st == nil || st.m == nil || st.m.q == nil {
		t.Fatal("embedded span model did not load")
	}
	a := New(testSeg(t), nil, Placeholder)
	texts := append(fastTexts(t), "张三在𠀋𠀋村和李四到王家庄经济技术开发区管理委员会调研，看望了马家湾村的群众。")
	rng := rand.New(rand.NewPCG(5, 6))
	models := []*PersonTagger{st.m, randomSpanModel(st.m, rng)}
	checked, unknown, long := 0, 0, 0
	lt := getTaggerLex()
	capture := func(tt *tokText, fs []Finding) {
		for mi, m := range models {
			for variant := range 3 {
				if variant > 0 && len(tt.toks) < 2 {
					continue
				}
				k := (variant * 7) % len(tt.toks)
				old := tt.toks[k]
				switch variant {
				case 1:
					tt.toks[k].pos = "zz" // a tag the tables do not know
					unknown++
				case 2:
					tt.toks[k].end = tt.toks[k].start + 7 // a word of more than six characters (its data only)
					long++
				}
				sc := &spanScratch{}
				spanPrep(tt, fs, sc)
				fast := spanFastTables(m)
				if fast.packed == nil {
					t.Fatalf("model %d: weights not packed", mi)
				}
				for i := range tt.runes {
					if variant == 2 && tt.tokOf[i] == k && i >= old.end {
						continue
					}
					want := fast.emit(tt, sc, lt, i)
					got := fast.emit13(tt, sc, lt, i)
					if got != want {
						t.Fatalf("model %d, variant %d, rune %d (%U): emit13 %v, emit %v", mi, variant, i, tt.runes[i], got, want)
					}
					checked++
				}
				tt.toks[k] = old
			}
		}
	}
	spanCapture.Store(&capture)
	defer spanCapture.Store(nil)
	for _, text := range texts {
		a.findIn(text, false)
	}
	t.Logf("%d positions checked, %d texts with an unknown tag, %d with a long word", checked, unknown, long)
	if checked < 10000 || unknown == 0 || long == 0 {
		t.Errorf("checked %d positions, %d texts with an unknown tag, %d with a long word", checked, unknown, long)
	}
}

// TestSpanTokInfo: the packed values of every token hold its tag's code,
// dictionary flag, length, last character's suffix class and length over
// six, as spanValuesAt computes them.
func TestSpanTokInfo(t *testing.T) {
	seg := testSeg(t)
	n := 0
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		sc := &spanScratch{}
		spanPrep(tt, nil, sc)
		for k := range tt.toks {
			tk := &tt.toks[k]
			info := sc.tokInfo[k]
			if c := posCodeOf(strHash(tk.pos)); info&tiCodeMask != uint32(c) {
				t.Fatalf("token %d: code %d, want %d", k, info&tiCodeMask, c)
			}
			if (info&tiDict != 0) != tk.dictWord() || info>>tiWlenSh&7 != uint32(min(tk.n(), 6)) ||
				info>>tiWendSh&7 != sufClass(tt.tokLast[k]) || (info&tiLong != 0) != (tk.n() > 6) {
				t.Fatalf("token %d (%d runes): packed %#x", k, tk.n(), info)
			}
			n++
		}
		tt.release()
	}
	if n < 1000 {
		t.Errorf("only %d tokens", n)
	}
}

// TestSpanGazCache: gazOf answers as spanGazLookup for every word of the
// development texts asked through one scratch, with slots shared by
// several words (a cache of the last words asked), and for places, short
// forms, villages and ordinary words asked again.
func TestSpanGazCache(t *testing.T) {
	seg := testSeg(t)
	lx, vl := getLexicon(), getVillages()
	sc := &spanScratch{}
	seen := map[uint32]map[string]bool{} // slot → words
	hits, codes := 0, map[uint32]int{}
	ask := func(w string) {
		h := strHash(w)
		want := spanGazLookup(w, lx, vl)
		j := (h ^ h>>10) & (spanGazSlots - 1)
		if sc.gazKeys[j] == w {
			hits++
		}
		if got := sc.gazOf(w, h, lx, vl); got != want {
			t.Fatalf("gazOf(%q) = %d, want %d", w, got, want)
		}
		if seen[j] == nil {
			seen[j] = map[string]bool{}
		}
		seen[j][w] = true
		codes[want]++
	}
	for range 2 { // every word asked again
		for _, text := range fastTexts(t) {
			tt := newTokText(seg, text)
			for k := range tt.toks {
				ask(tt.toks[k].word)
			}
			tt.release()
		}
		for _, w := range []string{"西和县", "西和", "北京市", "发展", "工作", "王家庄村", "甘肃省"} {
			ask(w)
		}
	}
	shared := 0
	for _, ws := range seen {
		if len(ws) > 1 {
			shared++
		}
	}
	t.Logf("%d hits, %d slots shared, codes %v", hits, shared, codes)
	if hits == 0 || shared == 0 || len(codes) < 4 {
		t.Errorf("%d hits, %d shared slots, %d distinct codes: the test does not exercise the cache", hits, shared, len(codes))
	}
}

// BenchmarkSpanTaggerReports is the span tagger alone (spanTagged: its
// rule findings' codes, windows, token values, emissions, decoding and
// guards) over the texts of the report excerpts, with the rule findings
// findAll hands it, for per-function instruction counts
// (bench/anonymize-instructions.sh 'BenchmarkSpanTaggerReports$').
func BenchmarkSpanTaggerReports(b *testing.B) {
	type input struct {
		tt *tokText
		fs []Finding
	}
	var ins []input
	capture := func(tt *tokText, fs []Finding) {
		ins = append(ins, input{tt, append([]Finding(nil), fs...)})
	}
	a := New(testSeg(b), nil, Placeholder)
	spanCapture.Store(&capture)
	for _, paras := range reportDocs(b) {
		for _, p := range paras {
			a.findIn(p, false)
		}
	}
	spanCapture.Store(nil)
	added := 0
	for b.Loop() {
		added = 0
		for _, x := range ins {
			added += len(spanTagged(x.tt, x.fs[:len(x.fs):len(x.fs)])) - len(x.fs)
		}
	}
	b.ReportMetric(float64(added), "spans")
}

// TestSpanPackedRefuses: buildSpanPacked packs no tables with an entry
// outside a lane's range, nor a model too large to pack; emit13 then sums
// as emit does.
func TestSpanPackedRefuses(t *testing.T) {
	st := currentSpan()
	if st == nil || st.m == nil || st.m.q == nil {
		t.Fatal("embedded span model did not load")
	}
	fast := spanFastTables(st.m)
	if fast.packed == nil {
		t.Fatal("the shipped model's tables are not packed")
	}
	bad := *fast
	bad.sep = append([]w4(nil), fast.sep...)
	bad.sep[3][1] = 1 << 15
	if buildSpanPacked(&bad) != nil {
		t.Error("an entry of 2^15 was packed")
	}
	big := *fast
	big.m = &PersonTagger{bits: spanPackedMaxBits + 1, q: make([]int16, nTags<<(spanPackedMaxBits+1))}
	if buildSpanPacked(&big) != nil {
		t.Error("a model above spanPackedMaxBits was packed")
	}
	if w, ok := spanPackW4(w4{-1 << 15, 1<<15 - 1, 0}); !ok || w&laneMask != 0 || w>>laneBits&laneMask != 1<<16-1 || w>>(2*laneBits) != 1<<15 {
		t.Errorf("spanPackW4 of the int16 bounds: %#x, %v", w, ok)
	}
}

// TestViterbiSpan: viterbiSpan over emissions of which only the active
// runes' are set (the others stale garbage) returns viterbiEmLoop's labels of
// the same emissions with spanOutside at the inactive runes, ties
// included (small integer scores make many), for random and shipped
// transitions and biases, and with huge biases that let the outside runes
// win.
func TestViterbiSpan(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	models := []*PersonTagger{}
	if st := currentSpan(); st != nil && st.m != nil {
		models = append(models, st.m)
	}
	var labels []uint8
	sc := &taggerScratch{}
	for n := 0; n < 4000; n++ {
		m := &PersonTagger{}
		if n%2 == 1 && len(models) > 0 {
			m = models[0]
		} else {
			for x := range m.trans {
				for y := range m.trans[x] {
					m.trans[x][y] = float32(rng.IntN(5) - 2)
				}
			}
		}
		size := rng.IntN(60)
		full := make([][nTags]float32, size)
		stale := make([][nTags]float32, size)
		active := make([]bool, size)
		for i := range full {
			active[i] = rng.IntN(3) == 0
			if active[i] {
				for y := range full[i] {
					full[i][y] = float32(rng.IntN(7)-3) * 0.5
				}
				stale[i] = full[i]
			} else {
				full[i] = spanOutside
				stale[i] = [nTags]float32{float32(rng.IntN(100)), 5, -3}
			}
		}
		bias := float32(rng.IntN(3)) * 0.5
		if n%50 == 0 {
			bias = 2e4 // the outside runes may take B
		}
		want := m.viterbiEmLoop(full, bias)
		if got := m.viterbiSpan(stale, active, bias, sc, &labels); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("case %d: viterbiSpan %v, viterbiEmLoop %v", n, got, want)
		}
	}
}

// TestSpanWindowRanges: the ranges spanWindows records are in order,
// apart, and cover exactly the runes it marks active.
func TestSpanWindowRanges(t *testing.T) {
	seg := testSeg(t)
	texts, windows := 0, 0
	sc := &spanScratch{}
	for _, text := range fastTexts(t) {
		tt := newTokText(seg, text)
		spanPrepRules(tt, nil, sc)
		if !spanWindows(tt, sc) {
			if len(sc.wins) != 0 {
				t.Fatalf("%d ranges without a window", len(sc.wins))
			}
			tt.release()
			continue
		}
		in := make([]bool, len(tt.runes))
		prev := -1
		for _, w := range sc.wins {
			if int(w[0]) <= prev || w[1] <= w[0] {
				t.Fatalf("ranges out of order or touching: %v", sc.wins)
			}
			prev = int(w[1])
			for i := w[0]; i < w[1]; i++ {
				in[i] = true
			}
		}
		for i := range in {
			if in[i] != sc.active[i] {
				t.Fatalf("rune %d: in a range %v, active %v", i, in[i], sc.active[i])
			}
		}
		texts++
		windows += len(sc.wins)
		tt.release()
	}
	if texts < 10 || windows <= texts {
		t.Errorf("%d texts with %d ranges", texts, windows)
	}
	if got := addWindow(addWindow(addWindow(nil, 0, 4), 4, 6), 8, 9); len(got) != 2 || got[0] != [2]int32{0, 6} || got[1] != [2]int32{8, 9} {
		t.Errorf("addWindow: %v", got)
	}
}

// TestViterbiLead: viterbiEm and viterbiSpan, which skip the comparisons
// of a step where O leads B and B leads I by viterbiLead, return the
// labels of the plain loop (viterbiEmLoop) on texts with long stretches
// where O leads and stretches where the labels compete, ties included
// (integer scores), for transitions small and large, the shipped models'
// and ones that are not finite (no shortcut); the test checks that the
// shortcut's condition held at some steps and failed at others.
func TestViterbiLead(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	var shipped []*PersonTagger
	if st := currentSpan(); st != nil && st.m != nil {
		shipped = append(shipped, st.m)
	}
	if st := currentTagger(); st != nil && st.m != nil {
		shipped = append(shipped, st.m)
	}
	var labels []uint8
	sc := &taggerScratch{}
	held, failed := 0, 0
	for n := 0; n < 3000; n++ {
		m := &PersonTagger{}
		switch {
		case n%4 == 3 && len(shipped) > 0:
			m = shipped[n%len(shipped)]
		default:
			scale := []float32{0.5, 1, 4, 30}[n%4]
			for x := range m.trans {
				for y := range m.trans[x] {
					m.trans[x][y] = float32(rng.IntN(9)-4) * scale
				}
			}
			if n%97 == 0 {
				m.trans[tagB][tagB] = float32(math.Inf(1))
			}
		}
		size := rng.IntN(120)
		ems := make([][nTags]float32, size)
		active := make([]bool, size)
		lead := rng.IntN(2) == 0
		for i := range ems {
			if rng.IntN(10) == 0 {
				lead = !lead
			}
			active[i] = true
			if lead {
				ems[i] = [nTags]float32{float32(rng.IntN(5) + 5), -float32(rng.IntN(5) + 5), -float32(rng.IntN(5) + 5)}
			} else {
				for y := range ems[i] {
					ems[i][y] = float32(rng.IntN(7) - 3)
				}
			}
		}
		bias := float32(rng.IntN(3)) * 0.5
		want := m.viterbiEmLoop(ems, bias)
		if got := m.viterbiEm(ems, bias, &taggerScratch{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: viterbiEm %v, loop %v", n, got, want)
		}
		if got := m.viterbiSpan(ems, active, bias, sc, &labels); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("case %d: viterbiSpan %v, loop %v", n, got, want)
		}
		// the shortcut's condition on the loop's scores
		d := viterbiLead(&m.trans)
		if size == 0 {
			continue
		}
		neg := float32(math.Inf(-1))
		prev := [nTags]float32{m.trans[nTags][tagO] + ems[0][tagO], m.trans[nTags][tagB] + ems[0][tagB] + bias, neg}
		for i := 1; i < size; i++ {
			if viterbiLeads(prev[tagO], prev[tagB], prev[tagI], d) {
				held++
			} else {
				failed++
			}
			var cur [nTags]float32
			for y := range nTags {
				best := neg
				for x := range nTags {
					if y == tagI && x == tagO {
						continue
					}
					if v := prev[x] + m.trans[x][y]; v > best {
						best = v
					}
				}
				e := ems[i][y]
				if y == tagB {
					e += bias
				}
				cur[y] = best + e
			}
			prev = cur
		}
	}
	t.Logf("shortcut condition held at %d steps, failed at %d", held, failed)
	if held < 1000 || failed < 1000 {
		t.Errorf("shortcut condition held at %d steps, failed at %d: the test does not exercise both paths", held, failed)
	}
	if d := viterbiLead(&[nTags + 1][nTags]float32{{1, float32(math.NaN())}}); d == d {
		t.Errorf("viterbiLead of a NaN transition = %v, want NaN", d)
	}
}
