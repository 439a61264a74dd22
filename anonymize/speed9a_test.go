package anonymize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The trigger classes of a text are exactly its trigger characters
// (trigMask), the upper half of its class mask, and a character above the
// Basic Multilingual Plane sets none of them.
func TestSpeed9aTriggerClasses(t *testing.T) {
	if rcRen != charClass(trigRen)<<32 || rcDi != 1<<32 {
		t.Fatal("the trigger classes do not follow the trigger bits")
	}
	rng := rand.New(rand.NewPCG(9, 1))
	pool := []rune(trigChars + "张三李四县镇乡的了，。、abc😀𠀋\uFFFD")
	for k := 0; k < 500; k++ {
		rs := make([]rune, rng.IntN(14))
		for i := range rs {
			rs[i] = pool[rng.IntN(len(pool))]
		}
		tt := newTokText(nil, string(rs))
		want := trigMask(tt.runes)
		if got := uint32(tt.runeCls>>32) & trigBits; got != want || tt.trig != want {
			t.Fatalf("%q: trigger classes %b, trig %b, want %b", string(rs), got, tt.trig, want)
		}
		tt.release()
	}
}

// The bit sets that stand for rune maps answer as the maps for every
// character of the Basic Multilingual Plane, and the maps hold none above
// it (where the bit sets answer false).
func TestSpeed9aRuneSets(t *testing.T) {
	for _, c := range []struct {
		name string
		bits *runeBits
		set  map[rune]bool
	}{
		{"functionRunes", &functionRuneBits, functionRunes},
		{"countUnits", &countUnitBits, countUnits},
	} {
		for r := range c.set {
			if r < 0 || r >= 1<<16 {
				t.Errorf("%s holds %q, above the Basic Multilingual Plane", c.name, r)
			}
		}
		for r := rune(0); r < 1<<16; r++ {
			if c.bits.has(r) != c.set[r] {
				t.Fatalf("%s: %q is %v in the bit set", c.name, r, c.bits.has(r))
			}
		}
		if c.bits.has(-1) || c.bits.has(1<<16+'的') {
			t.Errorf("%s: a character outside the plane passes", c.name)
		}
	}
}

// nextPlaceStart steps through exactly the characters where placeStart
// holds, on texts of every length around the 64-character words, with the
// buffers of a longer text reused.
func TestSpeed9aNextPlaceStart(t *testing.T) {
	l := getLexicon()
	long := ""
	for len([]rune(long)) < 200 {
		long += "张三在清水县城关镇和平村调研，"
	}
	for _, text := range []string{long, "", "县", "清水县", "北京市朝阳区和平街道𠀋家坪村", long[:len(long)/2]} {
		tt := newTokText(nil, text)
		n := len(tt.runes)
		for i := -1; i <= n+1; i++ {
			want := n
			for j := max(i, 0); j < n; j++ {
				if placeStart(l, tt, j) {
					want = j
					break
				}
			}
			if got := tt.nextPlaceStart(l, i); got != want {
				t.Fatalf("%q: nextPlaceStart(%d) = %d, want %d", text, i, got, want)
			}
		}
		tt.release()
	}
}

// isCompound answers as the map for every compound surname and for words
// that are none; surnameOf's fast path answers as the slow one.
func TestSpeed9aCompound(t *testing.T) {
	l := getLexicon()
	if len(l.compound) == 0 {
		t.Fatal("no compound surnames")
	}
	for w := range l.compound {
		if !l.isCompound(w) {
			t.Errorf("isCompound misses %q", w)
		}
	}
	for _, w := range []string{"", "的", "张三", "欧", "\xff\xfe"} {
		if l.isCompound(w) != l.compound[w] {
			t.Errorf("isCompound(%q) = %v", w, l.isCompound(w))
		}
	}
	slow := func(name string) string {
		rs := []rune(strings.ReplaceAll(strings.ReplaceAll(name, " ", ""), "　", ""))
		if len(rs) >= 3 && l.compound[string(rs[:2])] {
			return string(rs[:2])
		}
		if len(rs) >= 2 && l.isSurname(rs[0]) {
			return string(rs[0])
		}
		return ""
	}
	names := []string{"", "张", "张三", "欧阳修", "欧阳", "司马光明", "的人", "张 三", "欧　阳修", "\xff张三", "张\xff", "a张", "𠀋三", "王"}
	for w := range l.compound {
		names = append(names, w+"一", w)
	}
	for _, name := range names {
		if got, want := surnameOf(name), slow(name); got != want {
			t.Errorf("surnameOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// placeHeadOfBody17's path for valid text answers as the rune-slice one.
func TestSpeed9aPlaceHeadOfBody(t *testing.T) {
	slow := func(s string) int {
		rs := []rune(s)
		for k := 2; k < len(rs)-2; k++ {
			if strings.ContainsRune("镇乡区县市", rs[k]) && genericBodies17[string(rs[k+1:])] {
				return len(string(rs[:k+1]))
			}
		}
		return 0
	}
	texts := []string{"", "镇卫生院", "清水镇卫生院", "东关镇中心卫生院", "青山县医共体", "白龙乡乡卫生院", "张三", "清水镇文化站站长", "北市区教育集团", "某某县县文化站"}
	for w := range genericBodies17 {
		texts = append(texts, "清河镇"+w, "河镇"+w, "清河市"+w+"一", "大清河区"+w)
	}
	for _, s := range texts {
		if got, want := placeHeadOfBody17(s), slow(s); got != want {
			t.Errorf("placeHeadOfBody17(%q) = %d, want %d", s, got, want)
		}
	}
}

// classPlace13 with the kinds of classKindsByLast13 answers as with the
// class of each kind looked up at every call.
func TestSpeed9aClassPlace(t *testing.T) {
	slow := func(name string) bool {
		r := lastRune(name)
		if !toponymKindLast.has(r) {
			return false
		}
		for _, ks := range [2][]string{toponymKindsByLast[r], compoundKinds13} {
			for _, k := range ks {
				if c := toponymKinds[k]; c != 0 && c != topoStreet && c != topoMarket && c != topoStructure {
					continue
				}
				if stem, ok := strings.CutSuffix(name, k); ok && stem != "" && (classStems[stem] || classEdge13(stem)) {
					return true
				}
			}
		}
		return false
	}
	var names []string
	stems := []string{"", "小型", "新建的重点", "张三", "跨省", "清水", "大中型新"}
	for k := range toponymKinds {
		for _, s := range stems {
			names = append(names, s+k)
		}
	}
	for _, k := range compoundKinds13 {
		for _, s := range stems {
			names = append(names, s+k)
		}
	}
	n := 0
	for _, name := range names {
		if got, want := classPlace13(name), slow(name); got != want {
			t.Errorf("classPlace13(%q) = %v, want %v", name, got, want)
		}
		if slow(name) {
			n++
		}
	}
	if n == 0 {
		t.Error("no name is a class place: the test tests nothing")
	}
}

// mayContain decoding in place answers as the loop over the string's
// characters it replaced, on valid and broken UTF-8.
func TestSpeed9aMayContain(t *testing.T) {
	slow := func(tt *tokText, s string) bool {
		for _, r := range s {
			if r == '\uFFFD' {
				return true
			}
			if tt.sig[r>>6&15]&(1<<(uint32(r)&63)) == 0 {
				return false
			}
		}
		return true
	}
	tt := newTokText(nil, "张三在清水县城关镇和平村调研。abc")
	defer tt.release()
	for _, s := range []string{"", "村", "清水", "县城关", "乡", "张三a", "abc", "x", "\xff", "村\xe5", "\xe5\x8e", "😀", "\uFFFD", "镇和平村调研。"} {
		if got, want := tt.mayContain(s), slow(tt, s); got != want {
			t.Errorf("mayContain(%q) = %v, want %v", s, got, want)
		}
	}
}

// placeFirstHan is placeFirst and isHan in one bit set.
func TestSpeed9aPlaceFirstHan(t *testing.T) {
	l := getLexicon()
	n := 0
	for r := rune(-1); r < 1<<16+10; r++ {
		if got, want := l.placeFirstHan.has(r), isHan(r) && l.placeFirst.has(r); got != want {
			t.Fatalf("%q: placeFirstHan %v, want %v", r, got, want)
		}
		if l.placeFirstHan.has(r) {
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d first characters of place names", n)
	}
}

// The first characters kept by index follow their word lists.
func TestSpeed9aFirstRunesByIndex(t *testing.T) {
	for _, c := range []struct {
		ws []string
		rs []rune
	}{{strongAfter15b, strongAfterFirst15b}, {weakAfter15b, weakAfterFirst15b}} {
		if len(c.ws) != len(c.rs) {
			t.Fatalf("%d words, %d first characters", len(c.ws), len(c.rs))
		}
		for i, w := range c.ws {
			if []rune(w)[0] != c.rs[i] {
				t.Errorf("%q: first character %q", w, c.rs[i])
			}
		}
	}
}
