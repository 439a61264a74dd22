package anonymize

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fastTexts are the texts the fast emissions are checked on: the committed
// fixture, made-up odd texts (characters above U+FFFF, invalid UTF-8,
// Latin and digits, names after roles and before titles), and, when
// ../shared is present, the report excerpts and the development NER file.
func fastTexts(t *testing.T) []string {
	raw, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Split(strings.TrimSpace(string(raw)), "\n")
	texts = append(texts,
		"\U00020000\U0002A6A5同志和张𠀾明出席会议😀，李四主持。",
		"副县长王𡿨，电话138\U0001F600；𪚥村支部书记赵六。",
		"a\x01\x02b 张三\xff李四书记",
		"县委书记欧阳明华、司马光远同志讲话，王五主任、Tom Smith和约翰·史密斯参加。",
		"张",
		"１２３ＡＢＣ abc　、，",
	)
	shared := repoShared(t)
	files, _ := filepath.Glob(filepath.Join(shared, "data", "reports-dev", "docs", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	if f, err := os.Open(filepath.Join(shared, "data", "ner", "peoples_daily_dev.txt")); err == nil {
		ss, err := ReadBIO(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < len(ss); k += 3 {
			texts = append(texts, ss[k].Text)
		}
	}
	return texts
}

// The table emissions (Analyze's path) give, at every position, exactly the
// emissions of the raw feature rows (emissionsRaw, itself checked against
// hashing every feature), for the shipped model's feature set and for
// others that use the templates it leaves out.
func TestFastEmissions(t *testing.T) {
	st := currentTagger()
	if st == nil || st.m == nil || st.m.q == nil {
		t.Fatal("embedded person model did not load")
	}
	seg := testSeg(t)
	texts := fastTexts(t)
	offs := []TaggerFeatureSet{st.m.off, AllTaggerFeatures, NoCharBigrams, NoCharIdentity, 1<<11 | 1<<32 | 1<<21}
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 3; k++ {
		offs = append(offs, TaggerFeatureSet(rng.Uint64()&(1<<nFeatTemplates-1)))
	}
	checked := 0
	for oi, off := range offs {
		m := &PersonTagger{bits: st.m.bits, off: off, q: st.m.q, scale: st.m.scale}
		d := m.directTable()
		for ti, text := range texts {
			if text == "" || oi > 1 && ti%4 != 0 {
				continue // every text for the first two sets, a sample for the others
			}
			tt := newTokText(seg, text)
			if ti%5 == 0 && len(tt.toks) > 1 {
				tt.toks[1].pos = "zz" // a tag the tables do not know
			}
			cands := scorePersons(tt)
			sc := &taggerScratch{}
			taggerPrep(tt, cands, sc, m.fastTable().wide)
			got := make([][nTags]float32, len(tt.runes))
			m.fastEmissions(tt, sc, got)
			taggerFeatureRows(tt, cands, m.bits, m.off, false, &taggerScratch{}, func(i int, f *[nFeatTemplates]uint32) {
				if want := m.emissionsRaw(d, f); got[i] != want {
					t.Fatalf("off %x, rune %d (%U) of %q: tables %v, rows %v", off, i, tt.runes[i], text, got[i], want)
				}
				checked++
			})
		}
	}
	if checked < 1000 {
		t.Errorf("only %d positions checked", checked)
	}
}

// The tables know every tag gojieba gives the committed fixture's words
// (an unknown tag is still right, through the hashing path, but slow).
func TestFastTablesKnowTags(t *testing.T) {
	seg := testSeg(t)
	raw, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		t.Fatal(err)
	}
	tt := newTokText(seg, string(raw))
	for _, tk := range tt.toks {
		if _, ok := posHashCode[strHash(tk.pos)]; !ok {
			t.Errorf("tag %q of a fixture word has no table code", tk.pos)
		}
	}
}
