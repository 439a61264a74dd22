package anonymize

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// framedNamesRef20p is framedNames20p before speed30 (the reference):
// surnameAny15 and the stop sets asked at every Han character before the
// frame.
func framedNamesRef20p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	l := getLexicon()
	var out []Finding
	for j := 2; j+3 < n; j++ {
		e := j + 3
		if !isHan(rs[j]) || !surnameAny15(l, rs[j]) || nameStops19.has(rs[j]) || firstStops19.has(rs[j]) {
			continue
		}
		host := hostBefore20p(tt, j)
		if !host && !roleBefore19(tt, j) {
			continue
		}
		if !(workVerbAt19(tt, e) || rs[e] == '在' || !host && countTail20p(tt, e)) {
			continue
		}
		if !looseName14x(tt, j, e, true) || nameStops19.has(rs[j+1]) || nameStops19.has(rs[j+2]) {
			continue
		}
		w := tt.sub(j, e)
		if l.common[w] || roleTails19[w] || roleNot19[w] || overlapsSure18w(fs, tt.off[j], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[j], End: tt.off[e], Evidence: "framed20p", Score: 3})
	}
	return out
}

// TestFramedNames30: framedNames20p, gated on the characters beside the
// name, finds what it found before speed30 in the development texts and
// in random texts of hosts, roles, surnames, given names, verbs and counts.
func TestFramedNames30(t *testing.T) {
	seg := testSeg(t)
	pieces := append([]string{"民宿主人", "客栈掌柜", "农家乐主人", "主人翁", "技术员", "小伙", "高级农艺师", "歌师", "村民",
		"原", "向", "龙", "程", "王", "李", "卫平", "秋水", "建国", "春桃", "明", "在", "等", "42", "十余", "名", "位", "人",
		"返乡", "获评", "创办", "因", "说，", "，", "。", "\xff", "𠀀", "a"}, roles34...)
	yes := 0
	speed20Texts(t, 30, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := framedNames20p(tt, nil), framedNamesRef20p(tt, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v, want %v", text, got, want)
		}
		yes += len(want)
	})
	if yes < 200 {
		t.Fatalf("only %d framed names: the test does not test", yes)
	}
}

// TestFeatureEnd30: featureEndAt30 answers as featureEndAt22 at every
// position of the development texts and of random texts of the
// gazetteer's names, their first characters and their pieces.
func TestFeatureEnd30(t *testing.T) {
	seg := testSeg(t)
	g := featureGazetteer15()
	names := slices.Sorted(maps.Keys(g.kind))
	pieces := []string{"流经", "水库", "山", "河", "，", "、", "\xff", "𠀀", "a", "12"}
	for i, w := range names {
		if i%7 == 0 {
			rs := []rune(w)
			pieces = append(pieces, w, string(rs[:2]), string(rs[1:]))
		}
	}
	yes := 0
	speed20Texts(t, 31, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for s := 0; s+1 < len(tt.runes); s++ {
			got, want := featureEndAt30(tt, g, s), featureEndAt22(tt, g, s)
			if got != want {
				t.Fatalf("%q at %d: %d, want %d", text, s, got, want)
			}
			if want > 0 {
				yes++
			}
		}
	})
	if yes < 10000 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}

// hitsRef30 is kindsByLast21.hits before speed30 (the reference): every
// rune of the text tested against the table's last characters.
func hitsRef30(t *kindsByLast21, tt *tokText, dst []siteHit19) []siteHit19 {
	rs := tt.runes
	p := uint32(len(t.slot))
	for i, r := range rs {
		if !t.last.has(r) {
			continue
		}
		kg := &t.groups[t.slot[uint32(r)%p]]
	kinds:
		for _, k := range kg.kinds {
			w := t.runes[k]
			e := i + 1 - len(w)
			if e < 0 {
				continue
			}
			for j := 0; j < len(w)-1; j++ {
				if rs[e+j] != w[j] {
					continue kinds
				}
			}
			dst = append(dst, siteHit19{k, int32(e)})
		}
	}
	slices.SortFunc(dst, func(a, b siteHit19) int {
		if a.k != b.k {
			return int(a.k - b.k)
		}
		return int(a.e - b.e)
	})
	return dst
}

// TestKindHits30: every kindsByLast21 table of the package, reading the
// runes lastHits30 found once per text, finds what its own walk over
// every rune found, in the same order, on the development texts and on
// random texts of all the tables' words, their pieces, broken bytes and
// characters above the Basic Multilingual Plane; so does a table built
// after texts were walked (no bit: its own walk).
func TestKindHits30(t *testing.T) {
	seg := testSeg(t)
	lists := [][]string{siteKinds13Words, orgTails14, tourSiteHeads16, transitKinds18b, visitAims15, committees15, roles17late, firmTradeWords19, schoolKinds19, zoneWords19, midWords20, tradeWords19}
	tables := []*kindsByLast21{siteKindsByLast19, orgTailsByLast21, tourHeadsByLast26, transitByLast26, visitAimsByLast26, committeesByLast26, rolesByLast26, firmTradeByLast27, schoolKindsByLast27, zonesByLast27, midWordsByLast30, tradeWordsByLast30}
	if kindTables30 != len(tables) {
		t.Fatalf("%d tables have a bit, the test knows %d", kindTables30, len(tables))
	}
	pieces := []string{"大", "中心", "，", "\xe5", "\xe5\x9b", "\xff", "𠀀", "a"}
	for _, ws := range lists {
		for i, w := range ws {
			if i%3 == 0 {
				rs := []rune(w)
				pieces = append(pieces, w, string(rs[len(rs)-1:]))
			}
		}
	}
	tt := newTokText(seg, "工业园区")
	tt.lastHits30() // a text walked: the tables are sealed
	tt.release()
	late := newKindsByLast21(zoneWords19)
	if late.id >= 0 {
		t.Fatalf("a table built after texts were walked has bit %d", late.id)
	}
	tables = append(tables, late)
	hits := 0
	speed20TextsN(t, 30, 3000, 60, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for _, kt := range tables {
			got, want := kt.hits(tt, nil), hitsRef30(kt, tt, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%q: %v, want %v", text, got, want)
			}
			hits += len(want)
		}
	})
	if hits < 20000 {
		t.Fatalf("only %d hits: the test does not test", hits)
	}
}

// waterfrontWorksRef20l is waterfrontWorks20l before speed30 (the
// reference): each works word compared at every character.
func waterfrontWorksRef20l(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	for k := 2; k+2 <= len(tt.runes); k++ {
		work := ""
		for _, w := range bankWorks20l {
			if k+runeLen(w) <= len(tt.runes) && tt.sub(k, k+runeLen(w)) == w {
				work = w
				break
			}
		}
		if work == "" {
			continue
		}
		if s := waterBefore20l(tt, k); s >= 0 {
			if !coveredBy19l(fs, tt.off[s], tt.off[k]) {
				add = append(add, found19(tt, LOCATION, s, k, "waterfront-water20l:"+work))
			}
			continue
		}
		if work != "堤段" && work != "险段" {
			continue
		}
		for ln := 2; ln <= 3; ln++ {
			s := k - ln
			if s < 1 || !plainStem19(tt, s, k) || functionRunes[tt.runes[s]] || sectionStemStop20l.has(tt.runes[s]) || sectionStemStop20l.has(tt.runes[k-1]) {
				break
			}
			if !locEndingAt20l(fs, tt.off[s]) && !locEndingAt20l(add, tt.off[s]) {
				continue
			}
			if !coveredBy19l(fs, tt.off[s], tt.off[k]) {
				add = append(add, found19(tt, LOCATION, s, k+2, "waterfront-section20l:"+work))
			}
			break
		}
	}
	return addReplacing(fs, add)
}

// placedBodiesRef20 is placedBodies20 before speed30 (the reference):
// every kind tried after every stem.
func placedBodiesRef20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	text := tt.text
	var add []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || f.End >= len(text) {
			continue
		}
		s := tt.runeAt(f.End)
		if s < 0 {
			continue
		}
		for n := 2; n <= 3 && s+n < len(tt.runes); n++ {
			e := s + n
			kind, label := placedBodyKind20(tt.text[tt.off[e]:])
			if kind == "" {
				continue
			}
			stem := tt.sub(s, e)
			if !placedStemOK20(tt, stem, s, e) {
				break
			}
			end := tt.off[e] + len(kind)
			if placedCrossed20(fs, f, end) || overlapsAny(add, f.End, end) {
				break
			}
			add = append(add, Finding{Type: ORG, Text: text[f.End:end], Start: f.End, End: end, Evidence: "placed-body20", Score: 5, label: label})
			break
		}
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// placesIn30 returns a LOCATION finding at every occurrence of each of
// places in tt's text, for the tests of rules that read what follows a
// place.
func placesIn30(tt *tokText, places []string) []Finding {
	var fs []Finding
	for _, p := range places {
		for b := 0; ; {
			k := strings.Index(tt.text[b:], p)
			if k < 0 {
				break
			}
			s := b + k
			b = s + len(p)
			if !overlapsAny(fs, s, b) {
				fs = append(fs, Finding{Type: LOCATION, Text: p, Start: s, End: b, Evidence: "test", Score: 5})
			}
		}
	}
	return fs
}

// TestWaterfrontPlaced30: waterfrontWorks20l and placedBodies20, gated on
// the first characters of their words, find what they found before
// speed30, on the development texts and on random texts of waters, works
// words, places, stems and kinds, with findings at the places.
func TestWaterfrontPlaced30(t *testing.T) {
	seg := testSeg(t)
	places := []string{"青山镇", "柳河村", "东湖街道", "清溪河", "白沙江"}
	pieces := append([]string{"青禾", "丰谷", "云栖", "华联", "中心", "公办", "金土地", "甲乙", "建成", "东", "江", "河", "溪", "涌",
		"碧道", "堤段", "险段", "大堤", "堤防", "干堤", "堤", "险工", "12处", "推进", "和", "，", "。", "\xff", "𠀀", "a"}, places...)
	for _, k := range placedBodyKinds20 {
		pieces = append(pieces, k[0])
	}
	yes, placed := 0, 0
	speed20Texts(t, 32, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		fs := placesIn30(tt, places)
		got, want := waterfrontWorks20l(tt, slices.Clone(fs)), waterfrontWorksRef20l(tt, slices.Clone(fs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: waterfrontWorks20l %v, want %v", text, got, want)
		}
		yes += len(want) - len(fs)
		got, want = placedBodies20(tt, slices.Clone(fs)), placedBodiesRef20(tt, slices.Clone(fs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: placedBodies20 %v, want %v", text, got, want)
		}
		placed += len(want) - len(fs)
	})
	if yes < 500 || placed < 500 {
		t.Fatalf("only %d waterfront and %d placed findings added: the test does not test", yes, placed)
	}
}

// midSitesRef20 and tradeHousesRef19 are midSites20 and tradeHouses19
// before speed30 (the references): occurrences19 of each word in turn.
func midSitesRef20(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, mid := range midWords20 {
		for _, m := range occurrences19(tt, mid) {
			k := m + runeLen(mid)
			z := -1
			if kind := firstPrefix(tt.text[tt.off[k]:], midKinds20); kind != "" {
				z = k + runeLen(kind)
			}
			if z < 0 || !tt.tokStart(m) {
				continue
			}
			if mid == "化石" && m >= 2 && tt.sub(m-2, m) == "恐龙" {
				continue
			}
			if s := stemOf20(tt, fs, m); s >= 0 {
				out = append(out, found19(tt, LOCATION, s, z, "midsite20"))
			}
		}
	}
	return add19(fs, out)
}

func tradeHousesRef19(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, w := range tradeWords19 {
		for _, k := range occurrences19(tt, w) {
			z := k + runeLen(w)
			b := -1
			for _, l := range []int{3, 2} {
				if s := k - l; s >= 0 && tradeStem19(tt, fs, s, k) {
					b = s
					break
				}
			}
			if b < 0 {
				continue
			}
			out = append(out, found19(tt, LOCATION, b, z, "trade19"))
		}
	}
	return add19(fs, out)
}

// TestMidTrade30: midSites20 and tradeHouses19, reading their words'
// occurrences from one walk, find what they found before speed30 on the
// development texts and on random texts of their words, kinds and stems.
func TestMidTrade30(t *testing.T) {
	seg := testSeg(t)
	places := []string{"青山镇", "柳河村"}
	pieces := slices.Concat(midWords20, midKinds20, tradeWords19, places, []string{"恐龙", "万顺", "昌", "周家", "修缮", "晋商", "百年", "狮子岩", "白云", "，", "。", "\xe5", "\xff", "𠀀", "a"})
	mids, trades := 0, 0
	speed20Texts(t, 33, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		fs := placesIn30(tt, places)
		got, want := midSites20(tt, slices.Clone(fs)), midSitesRef20(tt, slices.Clone(fs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: midSites20 %v, want %v", text, got, want)
		}
		mids += len(want) - len(fs)
		got, want = tradeHouses19(tt, slices.Clone(fs)), tradeHousesRef19(tt, slices.Clone(fs))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: tradeHouses19 %v, want %v", text, got, want)
		}
		trades += len(want) - len(fs)
	})
	if mids < 500 || trades < 500 {
		t.Fatalf("only %d mid sites and %d trade houses: the test does not test", mids, trades)
	}
}
