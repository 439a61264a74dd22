package anonymize

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// siteKindHitsRef19 is the loop of sites13 before speed19: occurrences19
// of each kind of siteKinds13Words, in the list's order (the reference).
func siteKindHitsRef19(tt *tokText) []siteHit19 {
	var hs []siteHit19
	for k, kind := range siteKinds13Words {
		for _, e := range occurrences19(tt, kind) {
			hs = append(hs, siteHit19{int32(k), int32(e)})
		}
	}
	return hs
}

// TestSiteKindHits19: siteKindHits19, one walk over the text with the
// kinds looked up by their last character, finds what the loop of
// occurrences19 over the 85 kinds found, in the same order, on every
// development text and on random texts of kind words, their pieces, broken
// bytes and characters above the Basic Multilingual Plane (many of them
// with more than 32 hits, the sorted branch).
func TestSiteKindHits19(t *testing.T) {
	seg := testSeg(t)
	n, hits := 0, 0
	check := func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var buf [64]siteHit19
		got, want := siteKindHits19(tt, buf[:0]), siteKindHitsRef19(tt)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: siteKindHits19 %v, occurrences19 %v", text, got, want)
		}
		n++
		hits += len(want)
	}
	for _, text := range fastTexts(t) {
		check(text)
	}
	pieces := slices.Concat(siteKinds13Words, []string{"红旗", "八一", "王家", "东湖", "小", "大", "新", "湿地", "公", "出口", "\xe5", "\xe5\x9b", "\xff", "𠀀", "a", "，", "桥桥桥"})
	rng := rand.New(rand.NewPCG(19, 1))
	for range 20000 {
		check(randPieces(rng, pieces, rng.IntN(60)))
	}
	if hits < 10000 {
		t.Fatalf("only %d hits in %d texts: the test does not test", hits, n)
	}
}

// TestSiteKindsNoBorder19 checks the premise of siteKindHits19: no kind
// word of sites13 overlaps itself (were one to, the walk would have to
// skip a match that begins before the last one's end, as occurrences19
// does), and selfOverlaps19 on words that do.
func TestSiteKindsNoBorder19(t *testing.T) {
	for _, w := range siteKinds13Words {
		if selfOverlaps19([]rune(w)) {
			t.Fatalf("%q overlaps itself: siteKindHits19 would find overlapping matches occurrences19 skips", w)
		}
	}
	for w, want := range map[string]bool{"路": false, "小区": false, "路路": true, "阿里阿": true, "大道": false, "大大道": false} {
		if got := selfOverlaps19([]rune(w)); got != want {
			t.Fatalf("selfOverlaps19(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRoleNameFirst19 checks roleNameFirst19, one bit test below U+10000,
// against the three tests of roleNames13 before speed19, for every
// character and a few values that are none.
func TestRoleNameFirst19(t *testing.T) {
	l := getLexicon()
	first := roleNameFirstBits19()
	yes := 0
	for r := rune(-2); r <= 0x110001; r++ {
		want := l.isSurname(r) || extraSurnames13.has(r) || l.compoundFirst.has(r)
		if got := roleNameFirst19(l, first, r); got != want {
			t.Fatalf("roleNameFirst19(%U) = %v, want %v", r, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 500 {
		t.Fatalf("only %d characters begin a name: the test does not test", yes)
	}
}

// spacedAfterColon28Ref is spacedAfterColon28 before speed19, which asked
// paddingRole28 of every token before the colon or space after it.
func spacedAfterColon28Ref(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if t.end+4 > n || !paddingRole28(tt, t) {
			continue
		}
		s := t.end
		colon := false
		if r := tt.runes[s]; r == '：' || r == ':' {
			colon = true
			s++
		}
		for j := 0; j < 3 && s < n && spaceRune(tt.runes[s]); j++ {
			s++
		}
		if s == t.end || s+3 > n {
			continue
		}
		sl := 0
		if s+2 < n && l.isCompound(tt.sub(s, s+2)) && spaceRune(tt.runes[s+2]) {
			sl = 2
		} else if colon && l.isSurname(tt.runes[s]) && spaceRune(tt.runes[s+1]) {
			sl = 1
		}
		if sl == 0 {
			continue
		}
		g, e := paddedGiven28(tt, s+sl)
		if e == g || e < n && isHan(tt.runes[e]) && !creditRune33(tt, e) {
			continue // no given name, or it runs on into a word (甲 乙丙主持); a credit may follow (甲乙  丙摄)
		}
		score := 0.0
		ok := true
		for _, r := range tt.runes[g:e] {
			if functionRunes[r] || givenStop[r] || hardStop[r] {
				ok = false
				break
			}
			score += clamp(l.given[r], -4, 3)
		}
		if !ok || score < -4 || l.common[tt.sub(g, e)] && score < 0 || overlapsEdge18(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "spaced-name,after:" + t.word + ",leaks28", Score: contextScore + 1})
	}
	return out
}

// TestSpacedAfterColon19: spacedAfterColon28, its role lookups asked only
// before a colon or a space, finds what it found before, on every
// development text and on random texts of roles, by-lines, colons,
// spaces, surnames and given names.
func TestSpacedAfterColon19(t *testing.T) {
	seg := testSeg(t)
	n, found := 0, 0
	check := func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := spacedAfterColon28(tt, nil), spacedAfterColon28Ref(tt, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: spacedAfterColon28 %v, before speed19 %v", text, got, want)
		}
		n++
		found += len(want)
	}
	for _, text := range fastTexts(t) {
		check(text)
	}
	pieces := []string{"组长", "县长", "通讯员", "编辑", "部长", "记者", "：", ":", " ", "  ", "　", "欧阳", "王", "李", "张", "明", "华", "丽", "摄", "主持", "，", "。", "\n", "村民", "a", "\xff"}
	rng := rand.New(rand.NewPCG(19, 2))
	pick := func(ws ...string) string { return ws[rng.IntN(len(ws))] }
	for range 20000 {
		check(randPieces(rng, pieces, 1+rng.IntN(14)))
		// a role, a colon or padding, a surname and a given name
		check(pick("", "，", "会议由") + pick("组长", "县长", "通讯员", "编辑", "部长", "村民", "主持") + pick("：", ":", "", "，") +
			pick("", " ", "  ", "　") + pick("欧阳", "王", "李", "张", "明") + pick(" ", "  ", "", "　") +
			pick("明", "华", "丽", "明华", "丽丽") + pick("", "。", "主持", "摄", "，", " 王"))
	}
	if found < 1000 {
		t.Fatalf("only %d names in %d texts: the test does not test", found, n)
	}
}

// paddedNames32Ref is paddedNames32 before speed19, which asked
// paddingRole28 of every token even after a colon had shown a list of people.
func paddedNames32Ref(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	if n > paddedLine32 {
		return nil
	}
	l := getLexicon()
	people := false // the line lists people
	for _, r := range tt.runes {
		if r == '：' || r == ':' {
			people = true
			break
		}
	}
	for k := range tt.toks {
		t := &tt.toks[k]
		if paddingRole28(tt, t) {
			people = true
		}
	}
	for k := range fs {
		if fs[k].Type == PERSON {
			people = true
		}
	}
	if !people {
		return nil
	}
	personEndsAt := func(b int) bool {
		for k := range fs {
			if fs[k].Type == PERSON && fs[k].End == b {
				return true
			}
		}
		return false
	}
	personStartsAt := func(b int) bool {
		for k := range fs {
			if fs[k].Type == PERSON && fs[k].Start == b {
				return true
			}
		}
		return false
	}
	// afterRole reports whether rune s follows a role or by-line word
	// and its padding (通讯员  甲  乙, 县长  甲  乙).
	afterRole := func(s int) bool {
		b := s
		for b > 0 && spaceRune(tt.runes[b-1]) {
			b--
		}
		if b == s || b == 0 {
			return false
		}
		k := tt.tokAt13(b - 1)
		if k < 0 {
			return false
		}
		t := &tt.toks[k]
		return t.end == b && paddingRole28(tt, t)
	}
	solid := unspaced32(fs)
	var out []Finding
	for s := 0; s+2 < n; s++ {
		if s > 0 && !padBefore32.has(tt.runes[s-1]) {
			continue
		}
		sl := 0
		if s+2 < n && l.isCompound(tt.sub(s, s+2)) && spaceRune(tt.runes[s+2]) {
			sl = 2
		} else if spaceRune(tt.runes[s+1]) && isHan(tt.runes[s]) && (l.isSurname(tt.runes[s]) || extraSurnames13.has(tt.runes[s]) || afterRole(s) || s > 0 && tt.runes[s-1] == '、' && personEndsAt(tt.off[s-1])) {
			sl = 1 // a rare surname the table lacks (岩, 寻) after a role's padding or beside a listed name
		}
		if sl == 0 {
			continue
		}
		g, e := paddedGiven28(tt, s+sl)
		if e == g || e < n && !spaceRune(tt.runes[e]) && !padAfter32.has(tt.runes[e]) && !creditRune33(tt, e) {
			continue // no given name, or it runs on into a word or a colon (姓  名：); a credit may follow (甲  乙摄: credit33.go)
		}
		// A padded heading spells one word over its padding (合  计  单  位):
		// the character before the surname's padding or after a one-character
		// given name's padding makes an ordinary word with it.
		if padWord32(tt, s, -1) || e-g == 1 && padWord32(tt, e-1, +1) {
			continue
		}
		// A name the rules found across a list comma on either side.
		listed := s > 0 && tt.runes[s-1] == '、' && personEndsAt(tt.off[s-1]) ||
			e+1 < n && tt.runes[e] == '、' && personStartsAt(tt.off[e+1])
		word := tt.sub(s, s+sl) + tt.sub(g, e)
		if !listed {
			if l.common[word] || e-g == 2 && l.common[tt.sub(g, e)] { // 鲁 明 担任: a verb after a padded name
				continue
			}
			ok := true
			for _, r := range tt.runes[g:e] {
				if functionRunes[r] || givenStop[r] || hardStop[r] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
		}
		if overlapsEdge18(solid, tt.off[s], tt.off[e]) || overlapsEdge18(out, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "padded-name,leaks32", Score: contextScore + 1})
	}
	return out
}

// TestPaddedNames19: paddedNames32, its role lookups stopped once the line
// is known to list people, finds what it found before, on every
// development text and on random padded lines of roles, colons, surnames
// and given names.
func TestPaddedNames19(t *testing.T) {
	seg := testSeg(t)
	n, found := 0, 0
	check := func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := paddedNames32(tt, nil), paddedNames32Ref(tt, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: paddedNames32 %v, before speed19 %v", text, got, want)
		}
		n++
		found += len(want)
	}
	for _, text := range fastTexts(t) {
		check(text)
	}
	rng := rand.New(rand.NewPCG(19, 3))
	pick := func(ws ...string) string { return ws[rng.IntN(len(ws))] }
	name := func() string {
		return pick("欧阳", "王", "李", "张", "和", "明") + pick(" ", "  ", "　") + pick("明", "华", "丽", "明 华", "丽  丽")
	}
	for range 20000 {
		check(pick("", "县长", "通讯员", "编辑", "村民", "出席") + pick("：", ":", "", "  ") + pick("", " ", "  ") +
			name() + pick("、", "  ", "，", "") + name() + pick("", "。", "、"+name()))
	}
	if found < 1000 {
		t.Fatalf("only %d names in %d texts: the test does not test", found, n)
	}
}
