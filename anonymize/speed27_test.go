package anonymize

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// roleBeforeRef19 is roleBefore19 before speed27: four substrings looked
// up in roleTails19 at every position, then the token (the reference).
func roleBeforeRef19(tt *tokText, j int) bool {
	for k := 2; k <= 5 && k <= j; k++ {
		if roleTails19[tt.sub(j-k, j)] {
			return true
		}
	}
	t := tt.tokenBefore(j)
	if t == nil || t.end != j || t.n() < 2 {
		return false
	}
	if r := tt.runes[j-1]; (r == '员' || r == '人' && t.n() >= 3 || r == '师') && !roleNot19[t.word] && t.dictWord() {
		return true
	}
	if tt.runes[j-1] == '师' && t.n() == 2 && t.start == j-2 && !roleNot19[t.word] && isHan(tt.runes[j-2]) {
		return true
	}
	return false
}

// listedRoleNamesRef19p is listedRoleNames19p before speed27: the role
// and the span read before the frame's opening (the reference).
func listedRoleNamesRef19p(tt *tokText, fs []Finding) []Finding {
	rs := tt.runes
	n := len(rs)
	var out []Finding
	for j := 2; j+4 < n; j++ {
		if !isHan(rs[j]) || !roleBeforeRef19(tt, j) {
			continue
		}
		e := j + 3
		if !framedSpan19(tt, j, e) {
			continue
		}
		ok := false
		for _, w := range sharedVerbs19p {
			ok = ok || hasPrefixAt15b(tt, e, w)
		}
		if !ok && rs[e] == '、' {
			for i := range fs {
				f := &fs[i]
				if f.Type != PERSON || weak19(f) || f.Start <= tt.off[e] {
					continue
				}
				if p := tt.runeAt(f.Start); p-e <= 10 && p > e+2 && roleBeforeRef19(tt, p) {
					ok = true
					break
				}
			}
		}
		if !ok || overlapsSure18w(fs, tt.off[j], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(j, e), Start: tt.off[j], End: tt.off[e], Evidence: "listed-role19p", Score: 3})
	}
	return out
}

// speed27RolePieces are roles of roleTails19 and role tokens in 员, 人 and
// 师, names, the verbs and marks of the frames, broken bytes and a
// character above U+10000.
func speed27RolePieces() []string {
	pieces := []string{"群测群防员", "传承人", "歌师", "老师", "人员", "家人", "有人", "员", "人", "师", "卯光荣", "同建军", "拓志宏", "甘露露",
		"分别", "共同", "一同", "、", "，", "坐镇", "办起", "的", "  ", "\xff", "𠀀", "a", "召开", "技术负责人", "项目经理"}
	for w := range roleTails19 {
		pieces = append(pieces, w)
	}
	slices.Sort(pieces[29:])
	return pieces
}

// TestRoleBefore19: roleBefore19, gated on the character before j, answers
// as before speed27 at every position (the text's end included) of the
// development texts and of random texts of roles, names and frames; and
// listedRoleNames19p, which reads the frame's opening first, finds what
// it found before.
func TestRoleBefore19(t *testing.T) {
	seg := testSeg(t)
	yes, listed := 0, 0
	speed20TextsN(t, 27, 6000, 24, speed27RolePieces(), func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for j := 0; j <= len(tt.runes); j++ {
			got, want := roleBefore19(tt, j), roleBeforeRef19(tt, j)
			if got != want {
				t.Fatalf("%q at %d: roleBefore19 %v, before speed27 %v", text, j, got, want)
			}
			if want {
				yes++
			}
		}
		fs := findPersons(tt)
		got, want := listedRoleNames19p(tt, fs), listedRoleNamesRef19p(tt, fs)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: listedRoleNames19p %v, before speed27 %v", text, got, want)
		}
		listed += len(want)
	})
	if yes < 1000 || listed < 20 {
		t.Fatalf("only %d roles and %d listed names: the test does not test", yes, listed)
	}
}

// stemsBeforeKindsRef19 is stemsBeforeKinds19 before speed27: the text
// searched for each word of kinds in turn (the reference).
func stemsBeforeKindsRef19(text string, kinds []string, fs []Finding, add *[]Finding) []stemHit19 {
	var out []stemHit19
	for _, w := range kinds {
		for i := 0; ; {
			o := strings.Index(text[i:], w)
			if o < 0 {
				break
			}
			ts := i + o
			te := ts + len(w)
			i = te
			s, ok := hanStemBefore19f(text, ts, 2)
			if !ok || crossesAny19(fs, s, te) || overlapsAny(*add, s, te) {
				continue
			}
			out = append(out, stemHit19{s, ts, te})
			*add = append(*add, Finding{Start: s, End: te}) // (as a caller that takes every hit)
		}
	}
	return out
}

// TestStemsBeforeKinds19: the one-walk tables of firmTradeWords19 and
// schoolKinds19 give stemsBeforeKinds19 the stems the search of each word
// found, in the same order, with the caller's findings growing as it
// reads them, on the development texts and on random texts of the words,
// stems, marks, broken bytes and a character above U+10000.
func TestStemsBeforeKinds19(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat([]string{"甲乙", "丙", "老孙", "、", "等", "，", "\xff", "\xe5\xb0", "𠀀", "a", "中小学", "学"}, firmTradeWords19, schoolKinds19)
	yes := 0
	speed20TextsN(t, 272, 6000, 24, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		fs := findPersons(tt)
		for _, c := range []struct {
			table *kindsByLast21
			words []string
		}{{firmTradeByLast27, firmTradeWords19}, {schoolKindsByLast27, schoolKinds19}} {
			var addGot, addWant []Finding
			want := stemsBeforeKindsRef19(text, c.words, fs, &addWant)
			var got []stemHit19
			for h := range stemsBeforeKinds19(tt, c.table, fs, &addGot) {
				got = append(got, h)
				addGot = append(addGot, Finding{Start: h.s, End: h.te})
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%q: stems %v, before speed27 %v", text, got, want)
			}
			yes += len(want)
		}
	})
	if yes < 1000 {
		t.Fatalf("only %d stems: the test does not test", yes)
	}
}

// zonesRef19 is zones19 before speed27: the text searched for each zone
// word in turn (the reference).
func zonesRef19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 || !(tt.mayHold('区') || tt.mayHold('园')) {
		return fs
	}
	l := getLexicon()
	var out []Finding
	for _, z := range zoneWords19 {
		for i := strings.Index(tt.text, z); i >= 0; {
			p := tt.runeAt(i)
			for n := 3; n >= 2; n-- {
				b := p - n
				if b < 0 || !allHanRunes(tt.runes[b:p]) || tt.runeCovered(fs, b) || tt.runeCovered(fs, p-1) {
					continue
				}
				x := tt.sub(b, p)
				if l.common[x] || genericPlaceStems[x] {
					continue
				}
				full, ok := l.shortOf(x)
				if !ok {
					continue
				}
				if lv, ok := l.place(full); !ok || lv < 2 || lv > 3 {
					continue
				}
				out = append(out, Finding{Type: LOCATION, Text: x, Start: tt.off[b], End: tt.off[p], Evidence: "zone-short-form,zone19", Score: 4})
				break
			}
			j := strings.Index(tt.text[i+len(z):], z)
			if j < 0 {
				break
			}
			i += len(z) + j
		}
	}
	if len(out) == 0 {
		return fs
	}
	return addWhole(fs, out)
}

// TestZonesByLast27: zones19 on the one-walk table of zoneWords19 finds what
// the search of each word found, on the development texts and on random
// texts of zone words, county and city short forms, ordinary words,
// broken bytes and a character above U+10000.
func TestZonesByLast27(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat([]string{"衡东", "祁东", "衡", "东", "湘潭", "宁乡", "浏阳", "发展", "区", "园", "、", "，", "\xff", "\xe5\xb0", "𠀀", "a", "开发"}, zoneWords19)
	yes := 0
	speed20TextsN(t, 273, 6000, 20, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		for _, fs := range [][]Finding{nil, findPersons(tt)} {
			want := zonesRef19(tt, slices.Clone(fs))
			got := zones19(tt, slices.Clone(fs))
			if !slices.Equal(got, want) {
				t.Fatalf("%q: zones19 %v, before speed27 %v", text, got, want)
			}
			yes += len(want) - len(fs)
		}
	})
	if yes < 500 {
		t.Fatalf("only %d zone short forms: the test does not test", yes)
	}
}

// genericWorksRef19 is genericWorks19 before speed27: every kind of work
// tried as a suffix, every yard kind looked up (the reference).
func genericWorksRef19(w string) bool {
	for _, k := range worksKinds19 {
		if strings.HasSuffix(w, k) && functionStem19(w[:len(w)-len(k)]) {
			return true
		}
	}
	k := firstSuffix(w, yardKinds19)
	if k == "" {
		return false
	}
	return slices.Contains(yardMaterials19, w[:len(w)-len(k)])
}

// TestGenericWorksGate27: genericWorks19, gated on its first characters,
// answers as before speed27 on every substring of random texts of action,
// object and material characters, kinds of work and yard, other
// characters, broken bytes and a character above U+10000.
func TestGenericWorksGate27(t *testing.T) {
	pieces := slices.Concat([]string{"漫", "水", "拦", "砂", "待", "转", "错", "车", "避险", "柳河镇", "和", "\xff", "\xe6\xb2", "𠀀", "a", ""},
		worksKinds19, yardKinds19, yardMaterials19)
	rng := rand.New(rand.NewPCG(27, 4))
	yes := 0
	for range 20000 {
		text := randPieces(rng, pieces, rng.IntN(6))
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				w := text[i:j]
				if got, want := genericWorks19(w), genericWorksRef19(w); got != want {
					t.Fatalf("%q: genericWorks19 %v, before speed27 %v", w, got, want)
				} else if want {
					yes++
				}
			}
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d works: the test does not test", yes)
	}
}

// tradeMarketsRef19f is tradeMarkets19f before speed27: no gate, the
// whole rest of the text made runes after each 中国 (the reference).
func tradeMarketsRef19f(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	var add []Finding
	for i := 0; ; {
		o := strings.Index(text[i:], "大世界")
		if o < 0 {
			break
		}
		ts := i + o
		te := ts + len("大世界")
		i = te
		s, ok := hanStemBefore19f(text, ts, 2)
		if !ok || overlapsAny(add, s, te) {
			continue
		}
		if st := text[s:ts]; !allHan(st) || functionRuneBits.has([]rune(st)[0]) {
			continue
		}
		if crossesAny19(fs, s, te) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:te], Start: s, End: te, Evidence: "market19", Score: 5, label: "机构"})
	}
	for i := 0; ; {
		o := strings.Index(text[i:], "中国")
		if o < 0 {
			break
		}
		s := i + o
		i = s + len("中国")
		rs := []rune(text[i:])
		if len(rs) < 3 || rs[2] != '城' || !isHan(rs[0]) || !isHan(rs[1]) || rs[1] == '名' || rs[0] == '之' || rs[1] == '之' {
			continue
		}
		if len(rs) > 3 && strings.ContainsRune("市镇区乡县乡际建", rs[3]) {
			continue
		}
		e := i + len(string(rs[:3]))
		if crossesAny19(fs, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:e], Start: s, End: e, Evidence: "market19", Score: 5, label: "机构"})
	}
	return addReplacing(fs, add)
}

// gluedKindAtRef19 is gluedKindAt19's answer before speed27, the kinds
// compared with the text without a gate (the reference).
func gluedKindAtRef19(tt *tokText, anchor string, e int) (gluedKind19, int, bool) {
	if e >= len(tt.runes) {
		return gluedKind19{}, 0, false
	}
	rest := tt.text[tt.off[e]:]
	for _, k := range gluedKinds19 {
		if !strings.HasPrefix(rest, k.kind) || !slices.ContainsFunc(k.anchors, func(a string) bool { return strings.HasSuffix(anchor, a) }) {
			continue
		}
		end := e + runeLen(k.kind)
		if end < len(tt.runes) && strings.ContainsRune(k.nextNot, tt.runes[end]) {
			if !(k.kind == "村" && tt.runes[end] == '组' && end+1 < len(tt.runes) && strings.ContainsRune("建织成", tt.runes[end+1])) {
				continue
			}
		}
		if k.kind != "小区" && strings.HasPrefix(tt.text[tt.off[end]:], "小区") {
			end += 2
		}
		return k, end, true
	}
	return gluedKind19{}, 0, false
}

// TestMarketsAndGluedKinds27: tradeMarkets19f, gated and reading four
// characters after 中国, and gluedKindAt19, gated on the kinds' first
// characters, answer as before speed27 on the development texts and on
// random texts of their words, stems, marks, broken bytes and a character
// above U+10000 (gluedKindAt19 at every position, after each anchor).
func TestMarketsAndGluedKinds27(t *testing.T) {
	seg := testSeg(t)
	pieces := []string{"中国", "大世界", "陶瓷", "名", "城", "城市", "之", "苗木", "的", "甲乙", "、", "，", "\xff", "\xe4\xb8", "𠀀", "a",
		"镇", "乡", "街道", "村", "组", "建", "社区", "小区", "家园", "华庭", "片区", "新区", "屯", "圩", "沟", "坑", "坳", "组团", "级", "石板"}
	anchors := []string{"甲镇", "乙乡", "丙街道", "丁村", "戊社区", "己区", "庚园", "辛苏木", ""}
	markets, kinds := 0, 0
	speed20TextsN(t, 275, 6000, 24, pieces, func(text string) {
		tt := newTokText(seg, text)
		defer tt.release()
		fs := findPersons(tt)
		want := tradeMarketsRef19f(tt, slices.Clone(fs))
		if got := tradeMarkets19f(tt, slices.Clone(fs)); !slices.Equal(got, want) {
			t.Fatalf("%q: tradeMarkets19f %v, before speed27 %v", text, got, want)
		}
		markets += len(want) - len(fs)
		for e := 0; e <= len(tt.runes); e++ {
			for _, a := range anchors {
				k, end, ok := gluedKindAt19(tt, a, e)
				k0, end0, ok0 := gluedKindAtRef19(tt, a, e)
				if k.kind != k0.kind || end != end0 || ok != ok0 {
					t.Fatalf("%q at %d after %q: gluedKindAt19 %q %d %v, before speed27 %q %d %v", text, e, a, k.kind, end, ok, k0.kind, end0, ok0)
				}
				if ok0 {
					kinds++
				}
			}
		}
	})
	if markets < 100 || kinds < 1000 {
		t.Fatalf("only %d markets and %d kinds: the test does not test", markets, kinds)
	}
}
