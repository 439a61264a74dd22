package anonymize

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestOrgTokIdle: at every token orgTokIdle passes over, in the
// development texts and texts of my own with suffixes, bodies,
// abbreviations and tags of every reading, each first test of findOrgs'
// loop fails: no suffix (nor one joined with the tokens before), no body
// word or prefix, no nt, j or nz word and no well-known abbreviation. And
// findOrgs still finds what those readings find in texts of my own.
func TestOrgTokIdle(t *testing.T) {
	seg := testSeg(t)
	own := []string{
		"张三在青山镇人民政府和绿源家庭农场有限公司调研，县委书记李四、市委、县长王五出席。",
		"欧盟和北大的代表参观了观光园、家庭农场和金藤甘薯研究院，县人社局局长讲话。",
		"微软、英特尔与县供销合作社签约，教育部、办事处和古巴队派人参加。",
	}
	texts := append(fastTexts(t), own...)
	idle, busy := 0, 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		for k := range tt.toks {
			if !orgTokIdle(tt, k) {
				busy++
				continue
			}
			idle++
			tk := tt.toks[k]
			w := tk.word
			if s, _ := orgSuffix(w); s != "" {
				t.Fatalf("%q: token %q idle but ends in the suffix %q", text, w, s)
			}
			if suffixLast.has(tt.runes[tk.end-1]) {
				t.Fatalf("%q: token %q idle but may end a joined suffix", text, w)
			}
			if b := bodyWordAt(tt, k, k-1, w); b != "" {
				t.Fatalf("%q: token %q idle but is the body word %q", text, w, b)
			}
			if b := bodyPrefixAt(tt, k, k-1, w); b != "" {
				t.Fatalf("%q: token %q idle but begins with the body %q", text, w, b)
			}
			if n := tk.n(); n >= 2 && (tk.pos == "nt" || tk.pos == "j" || tk.pos == "nz" || n <= 4 && wellKnownAbbrev[w]) {
				t.Fatalf("%q: token %q/%s idle but a reading of its own", text, w, tk.pos)
			}
		}
	}
	if idle < 1000 || busy < 1000 {
		t.Errorf("idle %d, busy %d tokens: the texts did not exercise both", idle, busy)
	}
	t.Logf("%d tokens idle, %d busy", idle, busy)
	a := New(seg, nil, Placeholder)
	for _, want := range []struct{ text, find string }{
		{own[0], "绿源家庭农场有限公司"},
		{own[1], "金藤甘薯研究院"},
		{own[2], "教育部"},
	} {
		found := false
		for _, f := range findOrgs(newTokText(a.seg, want.text)) {
			found = found || f.Text == want.find
		}
		if !found {
			t.Errorf("findOrgs(%q) lacks %q", want.text, want.find)
		}
	}
}

// TestAllHan14: allHan, decoding most characters itself, agrees with a
// range over the string on words of the development texts, on every
// character of three bytes with each lead byte, and on broken, short
// and mixed byte strings.
func TestAllHan14(t *testing.T) {
	ref := func(s string) bool {
		for _, r := range s {
			if !isHan(r) {
				return false
			}
		}
		return s != ""
	}
	words := []string{"", "张三", "张三a", "a张三", "𠀋村", "村𠀋", "\xe4\xb8", "\xe4\xb8\xad\xe4", "\xe4\x41\xad", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "〇", "㐀", "中\xff文", "中　文"}
	for c0 := 0xE0; c0 <= 0xEF; c0++ {
		for c1 := 0x7F; c1 <= 0xC0; c1 += 3 {
			for _, c2 := range []byte{0x7F, 0x80, 0x9A, 0xBF, 0xC0} {
				words = append(words, string([]byte{byte(c0), byte(c1), c2}), string([]byte{0xE4, 0xB8, 0xAD, byte(c0), byte(c1), c2}))
			}
		}
	}
	for r := rune(0x3000); r < 0xA000; r += 7 {
		words = append(words, string(r), "中"+string(r)+"文")
	}
	seg := testSeg(t)
	for _, text := range fastTexts(t)[:200] {
		for _, tk := range newTokText(seg, text).toks {
			words = append(words, tk.word)
		}
		words = append(words, text)
	}
	han := 0
	for _, w := range words {
		got, want := allHan(w), ref(w)
		if got != want {
			t.Fatalf("allHan(%q) = %v, range says %v", w, got, want)
		}
		if got {
			han++
		}
	}
	if han < 100 || han == len(words) {
		t.Errorf("%d of %d words all Han: the cases did not cover both answers", han, len(words))
	}
}

// TestSpacedRunIndex14: spacedRunIndex finds what the regular expression
// spacedRun finds, on the development texts and on random strings of Han
// characters, both spaces, letters, punctuation and broken bytes.
func TestSpacedRunIndex14(t *testing.T) {
	texts := append(fastTexts(t),
		"沈 伟", "栗 俊 昌 出席", "刘  东、王   五和李    四", "政 府 工 作 报 告", "张　三　丰", " 张 三 ", "张 ", " 张", "a b c", "张 a 三",
		"张 \xff 三", "\xe4\xb8 张 三", "张 三\xe4\xb8", "𠀋 𠀋 村", "张 　 三", "　张　　　三　　　　四")
	pieces := []string{"张", "三", "𠀋", " ", " ", "　", "a", "，", "\xff", "\xe4\xb8", "1"}
	rng := rand.New(rand.NewPCG(14, 14))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		got, want := spacedRunIndex(text), spacedRun.FindAllStringIndex(text, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("spacedRunIndex(%q) = %v, the regular expression %v", text, got, want)
		}
		matched += len(got)
	}
	if matched < 1000 {
		t.Errorf("only %d runs found: the texts did not exercise the matcher", matched)
	}
}
