package anonymize

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// tagPacked (Analyze's path for most texts) gives, at every position,
// exactly the emissions of the raw feature rows, for the shipped model and
// for others that use the templates it leaves out; it declines the texts
// it cannot read (characters above U+FFFF, unknown tags), where
// fastEmissions' own paths take over.
func TestTagPacked(t *testing.T) {
	st := currentTagger()
	if st == nil || st.m == nil || st.m.q == nil {
		t.Fatal("embedded person model did not load")
	}
	seg := testSeg(t)
	texts := fastTexts(t)
	offs := []TaggerFeatureSet{st.m.off, NoCharBigrams, NoCharIdentity, NoCharBigrams | 1<<11 | 1<<21}
	checked, declined := 0, 0
	for oi, off := range offs {
		m := &PersonTagger{bits: st.m.bits, off: off, q: st.m.q, scale: st.m.scale}
		d := m.directTable()
		if m.fastTable().packed == nil {
			t.Fatalf("off %x: no packed tables", off)
		}
		for ti, text := range texts {
			if text == "" || oi > 0 && ti%4 != 0 {
				continue
			}
			tt := newTokText(seg, text)
			if ti%7 == 0 && len(tt.toks) > 1 {
				tt.toks[1].pos = "zz" // a tag the tables do not know
			}
			cands := scorePersons(tt)
			got := make([][nTags]float32, len(tt.runes))
			if !m.tagPacked(tt, cands, &taggerScratch{}, got) {
				declined++
				continue
			}
			taggerFeatureRows(tt, cands, m.bits, m.off, false, &taggerScratch{}, func(i int, f *[nFeatTemplates]uint32) {
				if want := m.emissionsRaw(d, f); got[i] != want {
					t.Fatalf("off %x, rune %d (%U) of %q: packed %v, rows %v", off, i, tt.runes[i], text, got[i], want)
				}
				checked++
			})
		}
	}
	if checked < 500 || declined == 0 { // (the committed fixture alone gives about 800 positions)
		t.Errorf("%d positions checked, %d texts declined", checked, declined)
	}
	// tables whose ranges add up to a lane's width get no packed tables
	for _, c := range []struct {
		half int32
		ok   bool
	}{{1 << 19, true}, {1 << 20, false}} {
		d := &directWeights{rec: make([]charRecord, 4)}
		ft := &fastTables{lex18: []w4{{c.half, 0, 0, 0}, {-c.half, 0, 0, 0}}}
		if got := buildPacked(d, ft) != nil; got != c.ok {
			t.Errorf("range %d: packed %v, want %v", 2*c.half, got, c.ok)
		}
	}
}

// pack keeps each lane's value minus its table's least, and the sums of
// the ranges and least values.
func TestPacker(t *testing.T) {
	vals := [][nTags]int32{{-5, 7, 0}, {3, -2, 100}, {0, 0, -100}}
	pk := &packer{}
	out := pk.pack(len(vals), func(i int) [nTags]int32 { return vals[i] })
	for i, v := range vals {
		lo := [nTags]int32{-5, -2, -100}
		for y := range v {
			if got := int32(out[i] >> (laneBits * y) & laneMask); got != v[y]-lo[y] {
				t.Errorf("entry %d lane %d: %d, want %d", i, y, got, v[y]-lo[y])
			}
		}
	}
	if pk.span != [nTags]int64{8, 9, 200} || pk.bias != [nTags]int64{-5, -2, -100} {
		t.Errorf("span %v bias %v", pk.span, pk.bias)
	}
}

// The trigger mask holds exactly the trigger characters of the text.
func TestTrigMask(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pool := []rune(trigChars + "张三李四县镇乡的了，。、abc😀\uFFFD")
	for k := 0; k < 500; k++ {
		rs := make([]rune, rng.IntN(12))
		for i := range rs {
			rs[i] = pool[rng.IntN(len(pool))]
		}
		got := trigMask(rs)
		for i, c := range []rune(trigChars) {
			want := strings.ContainsRune(string(rs), c)
			if (got&(1<<i) != 0) != want {
				t.Fatalf("%q: bit of %c is %v, want %v", string(rs), c, got&(1<<i) != 0, want)
			}
		}
	}
	if trigMask([]rune("村")) != trigCun || trigMask([]rune("人家")) != trigRen|trigJia {
		t.Error("the bit constants do not follow trigChars")
	}
}

// runeAt from newTokText's table answers as the binary search over the
// offsets, on valid and broken UTF-8 and for offsets inside characters;
// the signature and trigger mask newTokText sets while decoding are its
// characters'.
func TestRuneAtTable(t *testing.T) {
	seg := testSeg(t)
	for _, text := range []string{"县委书记张三、李四同志出席。", "a\xffb张\xe5三😀z", "", "　abc", "村民张三家住清河村第一组，电话号码×××。", "é\xed\xa0\x80人ɐ段"} {
		tt := newTokText(seg, text)
		if tt.sig != runeSig(tt.runes) || tt.trig != trigMask(tt.runes) {
			t.Errorf("%q: signature or trigger mask differs from its characters'", text)
		}
		for b := -2; b <= len(text)+2; b++ {
			want := -1
			if i := sort.SearchInts(tt.off, b); i < len(tt.off) && tt.off[i] == b {
				want = i
			}
			if got := tt.runeAt(b); got != want {
				t.Errorf("%q: runeAt(%d) = %d, want %d", text, b, got, want)
			}
		}
		tt.release()
	}
}

// Redaction.scan's lookup by first character finds the same matches as
// its byte-wise path (cjk off), longest first, on texts with entities
// sharing a lead byte or a first character, ASCII ones, and broken UTF-8.
func TestScanByFirstCharacter(t *testing.T) {
	ents := []string{"张三", "张三丰", "张", "李四", "清河村", "清河", "QQ123", "王五", "网格员", "\xe5\xbcx"}
	texts := []string{
		"张三丰和张三、李四在清河村见到王五，清河边QQ123网格员张。",
		"张\xff三丰\xe5\xbc李四张三",
		"无关的一段文字。",
	}
	for k, withBroken := range []bool{false, true} {
		r := newRedaction(Placeholder, DefaultPolicy())
		for _, e := range ents {
			if !withBroken && !utf8.ValidString(e) {
				continue
			}
			r.add(Finding{Type: PERSON, Text: e, Evidence: "test"}, 0)
		}
		r.finish(texts)
		if r.cjk.ok == withBroken {
			t.Fatalf("case %d: cjk.ok = %v with an invalid entity %v", k, r.cjk.ok, withBroken)
		}
		for _, s := range texts {
			var fast, slow []string
			r.scan(s, func(e *entity, a, b int) { fast = append(fast, s[a:b]) })
			ok := r.cjk.ok
			r.cjk.ok = false
			r.scan(s, func(e *entity, a, b int) { slow = append(slow, s[a:b]) })
			r.cjk.ok = ok
			if strings.Join(fast, "|") != strings.Join(slow, "|") {
				t.Errorf("case %d, %q: by character %q, byte-wise %q", k, s, fast, slow)
			}
			if k == 0 && s == texts[0] && (len(fast) < 8 || fast[0] != "张三丰") {
				t.Errorf("matches %q", fast)
			}
		}
	}
}
