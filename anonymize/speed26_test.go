package anonymize

import (
	"slices"
	"testing"
)

// TestFeatureEndMemo26: featureEnd22 through speed26's memo answers as the
// gazetteer loop does, asked at every position of a text three times (as
// features15, gluedFeatures18c and sitesBeforeBodies18w ask it), from the
// end backwards the second time, on pooled tokTexts that served a text of
// another length and of the same length before.
func TestFeatureEndMemo26(t *testing.T) {
	seg := testSeg(t)
	g := featureGazetteer15()
	pieces := slices.Concat(speed15Pieces, []string{"流经", "景区", "河", "江", "山", "湖", "岛", "水", "\xe6\xb2", "𠀀"})
	k := 0
	for name := range g.kind {
		if k++; k > 300 {
			break
		}
		rs := []rune(name)
		pieces = append(pieces, name, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed20TextsN(t, 26, 3000, 20, pieces, func(text string) {
		for range 2 { // the second tokText is a pooled one of the same length
			tt := newTokText(seg, text)
			n := len(tt.runes)
			for pass := range 3 {
				for i := 0; i+1 < n; i++ {
					s := i
					if pass == 1 {
						s = n - 2 - i
					}
					got, want := featureEnd22(tt, g, s), featureEndRef15(tt, g, s)
					if got != want {
						t.Fatalf("%q at %d (pass %d): featureEnd22 %d, the loop %d", text, s, pass, got, want)
					}
					if want > 0 && pass == 0 {
						yes++
					}
				}
			}
			tt.release()
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d names: the test does not test", yes)
	}
}

// titleRefsOfRef is titleRefsOf before speed26: every character walked,
// the one before tested against stop19 (the reference).
func titleRefsOfRef(tt *tokText, fs []Finding, titles []string, ev string) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	seen := map[string]bool{}
	var refs []string
	for s := 0; s+3 < n; s++ {
		if s > 0 && !stop19.has(tt.runes[s-1]) {
			continue
		}
		r := tt.runes[s]
		if !(l.isSurname(r) || surnames15.has(r)) || notSurnameRef15.has(r) {
			continue
		}
		title := firstPrefix(tt.text[tt.off[s+1]:], titles)
		if title == "" {
			continue
		}
		e := s + 1 + runeLen(title)
		if e >= n || !hasAnyPrefix13(tt.text[tt.off[e]:], refVerbs15) {
			continue
		}
		if ref := tt.sub(s, e); !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	return surnameRefs(tt, fs, refs, ev)
}

// titleRefsRef18p is titleRefs18p before speed26: the surname tested
// first at every character, the clause's start after it (the reference).
func titleRefsRef18p(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	seen := map[string]bool{}
	var refs []string
	for s := 0; s+3 < n; s++ {
		r := tt.runes[s]
		if !(l.isSurname(r) || surnames15.has(r)) || notSurnameRef15.has(r) || notSurname18p.has(r) {
			continue
		}
		if s > 0 && !stop19.has(tt.runes[s-1]) {
			continue
		}
		if !tt.tokStart(s + 1) {
			continue
		}
		title := firstPrefix(tt.text[tt.off[s+1]:], titles18p)
		if title == "" {
			continue
		}
		e := s + 1 + runeLen(title)
		if !titleFollow18p(tt, e) {
			continue
		}
		if ref := tt.sub(s, e); !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	return surnameRefs(tt, fs, refs, "title-ref,probe18p")
}

// TestClauseStarts26: the clause starts read once are the characters the
// old loops let through, and titleRefsOf (both title lists) and
// titleRefs18p find what the old loops found, on the development texts
// and on random texts of surnames, titles, verbs and stops, each asked
// twice of a pooled tokText.
func TestClauseStarts26(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat([]string{"章", "操", "宋", "李", "严", "老", "副", "，", "。", "、", "：", "与", "\n", " ", "x", "\xff", "𠀀", "说", "带领"},
		refTitles15, refTitles17, titles18p, refVerbs15[:8])
	for i, title := range slices.Concat(refTitles15, refTitles17, titles18p) {
		sur := []string{"章", "操", "宋", "李", "严", "常", "项"}[i%7]
		pieces = append(pieces, "，"+sur+title+refVerbs15[i%len(refVerbs15)], sur+title+"：")
	}
	yes := 0
	speed20TextsN(t, 261, 4000, 24, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var want []int32
		for s := range tt.runes {
			if s == 0 || stop19.has(tt.runes[s-1]) {
				want = append(want, int32(s))
			}
		}
		for range 2 {
			if got := tt.clauseStarts26(); !slices.Equal(got, want) {
				t.Fatalf("%q: clause starts %v, want %v", text, got, want)
			}
		}
		fs := findPersons(tt)
		for _, c := range []struct {
			got, want []Finding
		}{
			{titleRefsOf(tt, fs, refTitles15, "e"), titleRefsOfRef(tt, fs, refTitles15, "e")},
			{titleRefsOf(tt, fs, refTitles17, "e"), titleRefsOfRef(tt, fs, refTitles17, "e")},
			{titleRefs18p(tt, fs), titleRefsRef18p(tt, fs)},
		} {
			if !slices.Equal(c.got, c.want) {
				t.Fatalf("%q: %v, the old loop %v", text, c.got, c.want)
			}
			yes += len(c.want)
		}
	})
	if yes < 200 {
		t.Fatalf("only %d references: the test does not test", yes)
	}
}

// familiarStartsRef18p is familiarStarts18p before speed26: the
// occurrences of 小 and of 老, each kept at a clause's start (the
// reference).
func familiarStartsRef18p(tt *tokText) []int {
	n := len(tt.runes)
	var at []int
	for _, s := range append(occurrences19(tt, "小"), occurrences19(tt, "老")...) {
		if s+2 < n && (s == 0 || stop19.has(tt.runes[s-1])) {
			at = append(at, s)
		}
	}
	return at
}

// TestFamiliarStarts26: familiarStarts18p over the clause starts finds
// the starts the occurrences of 小 and 老 gave, in the same order, on the
// development texts and on random texts of 小, 老, surnames, stops and
// broken bytes.
func TestFamiliarStarts26(t *testing.T) {
	seg := testSeg(t)
	pieces := []string{"小", "老", "小李", "老王", "，", "。", "、", "与", "\n", " ", "张", "说", "x", "\xff", "\xe5", "𠀀", "大"}
	yes := 0
	speed20TextsN(t, 262, 4000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		got, want := familiarStarts18p(tt), familiarStartsRef18p(tt)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the occurrences %v", text, got, want)
		}
		yes += len(want)
	})
	if yes < 1000 {
		t.Fatalf("only %d starts: the test does not test", yes)
	}
}

// TestTourHeads26: the one walk of tourHeadsByLast26 finds, head by head,
// the occurrences tourSites16's loop of occurrences19 over
// tourSiteHeads16 found, on the development texts and on random texts of
// the heads, their pieces and broken bytes.
func TestTourHeads26(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, []string{"馆", "节", "文化", "旅游", "公园", "古", "街", "，"})
	for _, h := range tourSiteHeads16 {
		rs := []rune(h)
		pieces = append(pieces, h, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed20TextsN(t, 263, 4000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var want []siteHit19
		for i, head := range tourSiteHeads16 {
			for _, k := range occurrences19(tt, head) {
				want = append(want, siteHit19{int32(i), int32(k)})
			}
		}
		if got := tourHeadsByLast26.hits(tt, nil); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the loop %v", text, got, want)
		}
		yes += len(want)
	})
	if yes < 1000 {
		t.Fatalf("only %d heads: the test does not test", yes)
	}
}

// TestTransitKinds26: the one walk of transitByLast26 finds, kind by kind,
// the occurrences transitLines18b's loop of occurrences19 over
// transitKinds18b found, on the development texts and on random texts of
// the kinds, their pieces and broken bytes.
func TestTransitKinds26(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, []string{"路", "速", "高", "铁", "公", "宝八", "，"})
	for _, h := range transitKinds18b {
		rs := []rune(h)
		pieces = append(pieces, h, string(rs[:len(rs)-1]), string(rs[1:]))
	}
	yes := 0
	speed20TextsN(t, 264, 4000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		var want []siteHit19
		for i, kind := range transitKinds18b {
			for _, k := range occurrences19(tt, kind) {
				want = append(want, siteHit19{int32(i), int32(k)})
			}
		}
		if got := transitByLast26.hits(tt, nil); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the loop %v", text, got, want)
		}
		yes += len(want)
	})
	if yes < 1000 {
		t.Fatalf("only %d kinds: the test does not test", yes)
	}
}

// TestWordTables26: the one walk of the tables of visitAims15,
// committees15 and roles17late finds, word by word, the occurrences the
// loops of occurrences19 over each list found, on the development texts
// and on random texts of the words, their pieces and broken bytes.
func TestWordTables26(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct {
		name  string
		ws    []string
		table *kindsByLast21
	}{
		{"visitAims15", visitAims15, visitAimsByLast26},
		{"committees15", committees15, committeesByLast26},
		{"roles17late", roles17late, rolesByLast26},
	} {
		pieces := slices.Concat(speed15Pieces, []string{"县", "市", "副", "大户", "，", "到"})
		for _, w := range c.ws {
			rs := []rune(w)
			pieces = append(pieces, w, string(rs[:len(rs)-1]), string(rs[1:]))
		}
		yes := 0
		speed20TextsN(t, 265, 3000, 20, pieces, func(text string) {
			tt := newTokText(seg, text)
			defer tt.release()
			var want []siteHit19
			for i, w := range c.ws {
				for _, k := range occurrences19(tt, w) {
					want = append(want, siteHit19{int32(i), int32(k)})
				}
			}
			if got := c.table.hits(tt, nil); !slices.Equal(got, want) {
				t.Fatalf("%s, %q: %v, the loop %v", c.name, text, got, want)
			}
			yes += len(want)
		})
		if yes < 1000 {
			t.Fatalf("%s: only %d words: the test does not test", c.name, yes)
		}
	}
}
