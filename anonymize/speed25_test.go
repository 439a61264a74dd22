package anonymize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// roleEndAtRef25 is roleEndAt33 before speed25: every window looked up.
func roleEndAtRef25(tt *tokText, q int) bool {
	if q < 2 || !mayHaveRune(&roleLast33, tt.runes[q-1]) {
		return false
	}
	for j := 2; j <= 6 && q-j >= 0; j++ {
		w := tt.sub(q-j, q)
		if roles33[w] || roleSet13[w] || rolesBefore[w] {
			return true
		}
	}
	return false
}

// TestRoleEndAt25: roleEndAt33, asking the sets only from a role word's
// first character, answers as before at every position of the
// development texts and of random texts of role words (rolesBefore9's
// among them), their pieces and surnames.
func TestRoleEndAt25(t *testing.T) {
	seg := testSeg(t)
	pieces := slices.Concat(speed15Pieces, []string{"县长", "书记", "副县长", "纪检组长", "村医", "网格员", "传承人", "业主", "主任", "王", "李", "甲乙", "到", "\xe9\x95", "𠀀"})
	yes := 0
	speed20Positions(t, seg, 2501, pieces, 0, "roleEndAt33", "before speed25", func(tt *tokText, s int) (bool, bool) {
		return roleEndAt33(tt, s), roleEndAtRef25(tt, s)
	}, &yes)
	if yes < 1000 {
		t.Fatalf("only %d role ends: the test does not test", yes)
	}
}

// TestOfficeTailLast25: every tail placeOfficeTail37 accepts ends in a
// character of officeTailLast37.
func TestOfficeTailLast25(t *testing.T) {
	tails := slices.Concat(townOffices37, []string{"人民代表大会", "人民代表大会常务委员会", "人大常委会", "人大", "政协", "政协委员会", "第十九届人民代表大会", "第3届人大", "政协文化文史委员会"})
	for _, w := range tails {
		if !townOfficeOrCongress25(w) {
			t.Fatalf("%q: no tail of placeOfficeTail37", w)
		}
		if r, _ := utf8.DecodeLastRuneInString(w); !officeTailLast37.has(r) {
			t.Errorf("%q accepted, its last character not in officeTailLast37", w)
		}
	}
	// and the cut itself: a township and its office
	text := "岩泊渡镇民政办负责"
	f := Finding{Type: ORG, Text: "岩泊渡镇民政办", Start: 0, End: len("岩泊渡镇民政办")}
	g, ok := placeOfficeTail37(f, nil)
	if !ok || g.Text != "岩泊渡镇" || !strings.HasPrefix(text, g.Text) {
		t.Fatalf("placeOfficeTail37 = %q %v, want 岩泊渡镇", g.Text, ok)
	}
}

func townOfficeOrCongress25(w string) bool {
	return slices.Contains(townOffices37, w) || congressTail37(w)
}

// insideFolkWordRef25 is insideFolkWord18b before speed25.
func insideFolkWordRef25(text string, f Finding) (int, int, bool) {
	if folkWords18b[f.Text] {
		return f.Start, f.End, true
	}
	if f.Start < 0 || f.End > len(text) {
		return 0, 0, false
	}
	for s, i := f.Start, 0; i <= 3; i++ {
		for e, j := f.End, 0; j <= 3; j++ {
			if (i > 0 || j > 0) && folkWords18b[text[s:e]] {
				return s, e, true
			}
			if e >= len(text) {
				break
			}
			_, n := utf8.DecodeRuneInString(text[e:])
			e += n
		}
		if s == 0 {
			break
		}
		_, n := utf8.DecodeLastRuneInString(text[:s])
		s -= n
	}
	return 0, 0, false
}

// bodyThenVerbRef25 is bodyThenVerb18a before speed25 (no length gate).
func bodyThenVerbRef25(f Finding) (Finding, bool) {
	if f.Type != ORG {
		return f, false
	}
	best, bv := -1, ""
	for v := range jointVerbs18a {
		if utf8.RuneCountInString(v) < 2 {
			continue
		}
		i := strings.Index(f.Text, v)
		if i <= 0 || best >= 0 && i >= best {
			continue
		}
		if utf8.RuneCountInString(f.Text[i+len(v):]) < 3 || !departmentOfLevel18a(f.Text[:i]) {
			continue
		}
		best, bv = i, v
	}
	if best < 0 {
		return f, false
	}
	g := f
	g.Start += best + len(bv)
	g.Text = f.Text[best+len(bv):]
	return g, true
}

// TestFolkAndVerbGates25: insideFolkWord18b and bodyThenVerb18a answer as
// before speed25 for every span of up to ten characters of the
// development texts and of random texts of folk words, joint verbs,
// departments and their pieces.
func TestFolkAndVerbGates25(t *testing.T) {
	pieces := []string{"伊玛堪", "伊玛", "堪", "芦笙", "东北虎", "南方红豆杉", "红豆杉", "传习所", "县农业农村局", "建议", "会同", "宁夏大学", "镇派出所", "协同", "联合", "省农科院", "镇", "县", "，", "\xe9\x95", "𠀀", "a"}
	folk, verb := 0, 0
	speed20TextsN(t, 2502, 3000, 12, pieces, func(text string) {
		var starts []int
		for i := range text {
			starts = append(starts, i)
		}
		starts = append(starts, len(text))
		for a := range starts {
			for b := a + 1; b < len(starts) && b <= a+10; b++ {
				s, e := starts[a], starts[b]
				f := Finding{Type: PERSON, Text: text[s:e], Start: s, End: e}
				gs, ge, gok := insideFolkWord18b(text, f)
				ws, we, wok := insideFolkWordRef25(text, f)
				if gs != ws || ge != we || gok != wok {
					t.Fatalf("%q [%d,%d): insideFolkWord18b %d %d %v, before %d %d %v", text, s, e, gs, ge, gok, ws, we, wok)
				}
				if wok {
					folk++
				}
				f.Type = ORG
				g, ok := bodyThenVerb18a(nil, f)
				w, wantOK := bodyThenVerbRef25(f)
				if ok != wantOK || g != w {
					t.Fatalf("%q [%d,%d): bodyThenVerb18a %q %v, before %q %v", text, s, e, g.Text, ok, w.Text, wantOK)
				}
				if wantOK {
					verb++
				}
			}
		}
	})
	if folk < 100 || verb < 20 {
		t.Fatalf("only %d folk words and %d verb cuts: the test does not test", folk, verb)
	}
}

// genericBodyAloneRef25 is genericBodyAlone33 before speed25 (no gate).
func genericBodyAloneRef25(w string) bool {
	for kind, ds := range genericDescriptors33 {
		d, ok := strings.CutSuffix(w, kind)
		if !ok {
			continue
		}
		lv := firstPrefix(d, genericLevels33)
		d = d[len(lv):]
		if d == "" {
			if lv != "" && kind == "卫生院" {
				return true
			}
			continue
		}
		for d != "" {
			p := firstPrefix(d, ds)
			if p == "" {
				break
			}
			d = d[len(p):]
		}
		if d == "" {
			return true
		}
	}
	return false
}

// TestKeep33Gates25: genericBodyAlone33 and provincePairTerm33 answer as
// before speed25 for every span of up to eight characters of random texts
// of kinds, descriptors, levels, province abbreviations and pieces.
func TestKeep33Gates25(t *testing.T) {
	pieces := []string{"超市", "慈善", "研学", "团", "邮政", "分公司", "卫生院", "苏木", "乡镇", "县", "川", "渝", "陕", "甘", "合作", "协作", "，", "\xe9\x95", "\xff", "𠀀", "a"}
	body, pair := 0, 0
	speed20TextsN(t, 2503, 3000, 10, pieces, func(text string) {
		var starts []int
		for i := range text {
			starts = append(starts, i)
		}
		starts = append(starts, len(text))
		for a := range starts {
			for b := a + 1; b < len(starts) && b <= a+8; b++ {
				w, after := text[starts[a]:starts[b]], text[starts[b]:]
				if got, want := genericBodyAlone33(w), genericBodyAloneRef25(w); got != want {
					t.Fatalf("genericBodyAlone33(%q) = %v, before %v", w, got, want)
				} else if want {
					body++
				}
				rs := []rune(w)
				want := len(rs) == 2 && provinceAbbrs33.has(rs[0]) && provinceAbbrs33.has(rs[1]) && rs[0] != rs[1] && firstPrefix(after, coopWords33) != ""
				if got := provincePairTerm33(w, after); got != want {
					t.Fatalf("provincePairTerm33(%q, %q) = %v, before %v", w, after, got, want)
				} else if want {
					pair++
				}
			}
		}
	})
	if body < 50 || pair < 20 {
		t.Fatalf("only %d bodies and %d province pairs: the test does not test", body, pair)
	}
}
