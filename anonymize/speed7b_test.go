package anonymize

import (
	"math/bits"
	"testing"
)

// speed7bFilters lists the bit sets of speed7b.go and speed9a.go with the word sets they
// stand for and whether they hold the words' first (or last) characters.
var speed7bFilters = []struct {
	name  string
	bits  *runeBits
	set   map[string]bool
	first bool
}{
	{"townLevels14First", &townLevels14First, townLevels14, true},
	{"originWords14First", &originWords14First, originWords14, true},
	{"passWords14First", &passWords14First, passWords14, true},
	{"gluedPersonNouns14Last", &gluedPersonNouns14Last, gluedPersonNouns14, false},
	{"nationalModels13Last", &nationalModels13Last, nationalModels13, false},
	// speed9a.go
	{"personNouns17pLast", &personNouns17pLast, personNouns17p, false},
	{"contactRoles15Last", &contactRoles15Last, contactRoles15, false},
	{"sloganModifiers15First", &sloganModifiers15First, sloganModifiers15, true},
	{"wellKnownAbbrevLast", &wellKnownAbbrevLast, wellKnownAbbrev, false},
	{"closedListNounsFirst", &closedListNounsFirst, closedListNouns, true},
	{"countedPersonNounsFirst", &countedPersonNounsFirst, countedPersonNouns, true},
	{"roleNouns15bFirst", &roleNouns15bFirst, roleNouns15b, true},
	{"genericBodies17Last", &genericBodies17Last, genericBodies17, false},
	{"landformFirst15", &landformFirst15, landform15, true},
	{"landformFirst15 (ambiguous)", &landformFirst15, landformAmbiguous15, true},
}

// TestSpeed7bFilters checks that every word of each set passes its filter
// as the rules test it, so that a word added to a set after the filter was
// built (by an init function) cannot be skipped, and that a filter is no
// set of every character (which would make it useless).
func TestSpeed7bFilters(t *testing.T) {
	for _, f := range speed7bFilters {
		if len(f.set) == 0 {
			t.Errorf("%s: empty word set", f.name)
		}
		for w := range f.set {
			if f.first && !mayStart(f.bits, w) || !f.first && !mayEnd(f.bits, w) {
				t.Errorf("%s misses %q", f.name, w)
			}
		}
		if f.first && mayStart(f.bits, "的") || !f.first && mayEnd(f.bits, "的") {
			t.Errorf("%s lets 的 through", f.name)
		}
	}
}

// TestSpeed7bCharClasses checks that a text's class mask holds the bit of
// every set one of its characters is in, and only those, that a character
// above the Basic Multilingual Plane sets every bit, and that a text
// without any character of a set lacks its bit (so the guarded rules
// return at once).
func TestSpeed7bCharClasses(t *testing.T) {
	tab := charClassTab()
	for _, c := range charClassSets() {
		n := 0
		for r := rune(0); r < 1<<16; r++ {
			if c.set.has(r) != (tab[r]&c.bit != 0) {
				t.Fatalf("class %b: character %q has the bit %v", c.bit, r, tab[r]&c.bit != 0)
			}
			if c.set.has(r) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("class %b: empty set", c.bit)
		}
	}
	for _, tc := range []struct {
		text      string
		has, lack charClass
	}{
		{"今年全县新建村级活动场所十二个。", 0, rcTombTemple | rcRiverKind | rcRegionCapital},
		{"张三带队察看了白龙河沿岸的古塔。", rcTombTemple | rcRiverKind, rcRegionCapital},
		{"台胞李四来乡里考察。", rcRegionCapital, rcTombTemple},
		{"李四在𠀋家坪发言。", rcAll, 0},
	} {
		tt := newTokText(nil, tc.text)
		if tt.runeCls&tc.has != tc.has || tt.runeCls&tc.lack != 0 {
			t.Errorf("%s: classes %b, want %b set and %b clear", tc.text, tt.runeCls, tc.has, tc.lack)
		}
		tt.release()
	}
}

// TestSpeed7bNextAt checks nextAt against a scan of every character: the
// first character at or after i in the class, or the text's length, and
// a character above the Basic Multilingual Plane counts in every class.
func TestSpeed7bNextAt(t *testing.T) {
	type slot struct {
		p   charClass
		set *runeBits
	}
	var slots []slot
	for _, c := range charClassSets() {
		if c.bit&posClasses != 0 {
			slots = append(slots, slot{c.bit, c.set})
		}
	}
	if len(slots) != bits.OnesCount32(uint32(posClasses)) {
		t.Fatalf("%d classes by position have a set, want %d", len(slots), bits.OnesCount32(uint32(posClasses)))
	}
	texts := []string{
		"",
		"村民张三说，今年的茶叶卖了好价钱。",
		"传承人李四、养殖户王五和村医赵六参加了培训，牧民阿不都拉也来了。",
		"𠀋家坪的茶农说：路修好了。",
		"大坝乡至白龙江大道的12户、三等奖，自治州县旗镇村寺。",
	}
	long := ""
	for len(long) < 600 {
		long += "返乡青年张三带动村民种植花椒，"
	}
	texts = append([]string{long}, texts...) // (first: the shorter texts after it reuse its buffers)
	for _, text := range texts {
		tt := newTokText(nil, text)
		n := len(tt.runes)
		for _, s := range slots {
			for i := -1; i <= n+1; i++ {
				want := n
				for j := max(i, 0); j < n; j++ {
					if r := tt.runes[j]; s.set.has(r) || r >= 1<<16 {
						want = j
						break
					}
				}
				if got := tt.nextAt(s.p, i); got != want {
					t.Fatalf("%q: nextAt(%d, %d) = %d, want %d", text, s.p, i, got, want)
				}
			}
		}
		tt.release()
	}
}
