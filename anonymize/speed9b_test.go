package anonymize

import (
	"strings"
	"testing"
)

// TestScoreFloorSame checks the bound of round speed9b: for every span
// the person scorer may score in the test texts, scorePersonEvFloor
// either answers exactly as scorePersonEv or leaves out a span that
// scorePersonEv rejects too or scores below the floor.
func TestScoreFloorSame(t *testing.T) {
	seg := testSeg(t)
	texts := fastTexts(t)
	if len(texts) > 4000 {
		texts = texts[:4000]
	}
	floors := []float64{-10, -4, -3.2, 0, 0.5, 3}
	spans, left := 0, 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		n := len(tt.runes)
		for s := 0; s < n; s++ {
			for sl := 1; sl <= 2; sl++ {
				for e := s + sl + 1; e <= min(s+sl+2, n); e++ {
					sc, ev, ok := scorePersonEv(tt, s, sl, e)
					for _, fl := range floors {
						spans++
						fsc, fev, fok := scorePersonEvFloor(tt, s, sl, e, fl)
						if fok {
							if !ok || fsc != sc || fev != ev {
								t.Fatalf("%q [%d,%d) sl %d floor %v: got %v %v %v, want %v %v %v", text, s, e, sl, fl, fsc, fev, fok, sc, ev, ok)
							}
							continue
						}
						if ok && sc >= fl {
							t.Fatalf("%q [%d,%d) sl %d floor %v: left out a span scoring %v", text, s, e, sl, fl, sc)
						}
						if ok {
							left++
						}
					}
				}
			}
		}
		tt.release()
	}
	if left == 0 {
		t.Errorf("no span of %d left out: the bound never works", spans)
	}
	t.Logf("%d spans and floors, %d left out below the floor", spans, left)
}

// TestFillPersonToks checks that fillPersonToks computes the person
// classes of every token exactly as personToks.
func TestFillPersonToks(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "县委书记张三同志说", "负责人李四、王五主任", "\U00020000书记")
	filled := 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		want := append([]uint8(nil), tt.personToks()...)
		tt.ptok = tt.ptok[:0]
		tt.fillPersonToks()
		if len(tt.ptok) == len(tt.toks) && len(tt.toks) > 0 {
			filled++
		}
		got := tt.personToks() // (computed by personToks if fillPersonToks left them)
		if string(got) != string(want) {
			t.Fatalf("%q: classes %v, want %v", text, got, want)
		}
		for k := 0; k <= len(tt.toks); k++ {
			j, ok := tt.personTokFrom(k)
			if !ok {
				break
			}
			for i := k; i < j; i++ {
				if want[i] != ptDone {
					t.Fatalf("%q: personTokFrom(%d) = %d passes token %d of classes %b", text, k, j, i, want[i])
				}
			}
			if j < len(tt.toks) && want[j] == ptDone {
				t.Fatalf("%q: personTokFrom(%d) = %d, a token of no class", text, k, j)
			}
		}
		for c, set := range []*runeBits{&leadVerbsFirst, &kinPairsFirst, &academicTitlesFirst, &personOnlyTitlesFirst, &roleTitleLast, nil, nil} {
			ws := tt.personWordSet(c)
			if ws == nil {
				break
			}
			for k := range tt.toks {
				in := nextPos(ws, k) == k
				tk := &tt.toks[k]
				var need bool
				switch c {
				case pwForeignCtx:
					need = roleTitleLast.has(tt.tokLast[k])
				case pwForeign:
					need = tk.n() >= 2 && tk.n() <= 6 && (tk.pos == "nrt" || tk.pos == "nr" || tk.pos == "x" && tk.n() >= 3)
				case pwPronoun:
					need = tk.n() == 1 && tk.pos == "r"
				default:
					need = tt.startMay(set, k) || c == pwClosed && (tk.word == "等" || tk.word == "等人")
				}
				if need && !in {
					t.Fatalf("%q: token %d (%q) missing from word set %d", text, k, tt.toks[k].word, c)
				}
			}
		}
		tt.release()
	}
	if filled == 0 {
		t.Error("fillPersonToks never filled the classes")
	}
}

// TestPersonClassGuards checks the text-level guards of round speed9b:
// whenever a rule's first test passes at some token or character of a
// text, the guard of that rule lets the text through (so that a rule
// returns at once only for texts where it would find nothing).
func TestPersonClassGuards(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "负责人张三同志", "院士李四等人", "老王和小李", "\U00020000张三", "张三\xff同志")
	if len(texts) > 6000 {
		texts = texts[:6000]
	}
	skipped := [8]int{}
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		n := len(tt.runes)
		need := personCls(0)
		var ptNeed uint8
		ren := false
		for k := range tt.toks {
			tk := &tt.toks[k]
			if tt.startMay(&personOnlyTitlesFirst, k) {
				need |= pcComrade
			}
			if tt.startMay(&academicTitlesFirst, k) {
				need |= pcAcademic
			}
			if tt.startMay(&leadVerbsFirst, k) {
				need |= pcLead
			}
			if tk.n() >= 2 && memberLast.has(tt.runes[tk.end-1]) {
				need |= pcMember
			}
			if tt.startMay(&kinPairsFirst, k) || tk.word == "等人" || tk.word == "等" {
				need |= pcClosed
			}
			if tk.end < n && tt.runes[tk.end] == '人' && roleNouns[tk.word+"人"] {
				ren = true
			}
			ptNeed |= tt.personToks()[k]
		}
		for i := 1; i < n; i++ {
			if c := tt.runes[i-1]; c == '老' || c == '小' {
				need |= pcFamiliar
			}
		}
		for i := range tt.runes {
			if tt.runes[i] == '是' {
				need |= pcShi
			}
		}
		for b := 0; b < 8; b++ {
			if c := personCls(1) << b; c == pcRen {
				continue // (roleNounWithRen, below)
			}
			c := personCls(1) << b
			switch got := tt.mayHavePerson(c); {
			case need&c != 0 && !got:
				t.Fatalf("%q: class %b needed but the guard says none", text, c)
			case !got:
				skipped[b]++
			}
		}
		if ptNeed&^ptDone != tt.personToksAny()&^ptDone {
			t.Fatalf("%q: personToksAny %b, tokens %b", text, tt.personToksAny(), ptNeed)
		}
		if roleNounWithRen(tt) != ren {
			t.Fatalf("%q: roleNounWithRen %v, want %v", text, !ren, ren)
		}
		tt.release()
	}
	t.Logf("%d texts; texts without each class: %v", len(texts), skipped)
	for b, k := range skipped {
		if c := personCls(1) << b; c != pcRen && k == 0 {
			t.Errorf("class %b never absent: its guard never works", personCls(1)<<b)
		}
	}
}

// TestPersonPositions checks the position sets of round speed9b: every
// character where surnameTitles or reportTitleRefs gets past its first
// test is in the set the rule steps through, and the sets hold no other.
func TestPersonPositions(t *testing.T) {
	seg := testSeg(t)
	cf := &getTaggerLex().compoundFirst
	texts := append(fastTexts(t), "老张和小李", "欧阳局长、司马主任", "小", "老")
	byPos := 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		n := len(tt.runes)
		for p, want := range []func(i int) bool{
			func(i int) bool { // surnameTitles
				return i+1 < n && (i > 0 && (tt.runes[i-1] == '老' || tt.runes[i-1] == '小') || personTitleFirst.has(tt.runes[i+1]))
			},
			func(i int) bool { // reportTitleRefs
				r := tt.runes[i]
				return i+1 < n && (r >= 1<<16 || cf.has(r) || personTitleFirst.has(tt.runes[i+1]))
			},
			func(i int) bool { // scorePersonsSub
				r := tt.runes[i]
				return r >= 1<<16 || cf.has(r) || getLexicon().isSurname(r)
			},
			func(i int) bool { // findJapaneseNames
				return getPersonLexicon().jpFirst.has(tt.runes[i])
			},
			func(i int) bool { // memberLists
				return memberLast.has(tt.runes[i])
			},
		} {
			ps := tt.personPos(p)
			if ps == nil {
				continue
			}
			byPos++
			j := nextPos(ps, 0)
			for i := 0; i+1 < n; i++ {
				if j < i {
					j = nextPos(ps, i)
				}
				if want(i) && j != i {
					t.Fatalf("%q set %d: position %d missing (next %d)", text, p, i, j)
				}
				if !want(i) && j == i {
					t.Fatalf("%q set %d: position %d held", text, p, i)
				}
			}
		}
		tt.release()
	}
	if byPos == 0 {
		t.Error("no text had position sets")
	}
}

// TestNoNameFrom checks that scorePersonEv rejects every span the scorer
// leaves out by noNameFrom.
func TestNoNameFrom(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "发展李四", "张", "王*某", "李ab")
	if len(texts) > 4000 {
		texts = texts[:4000]
	}
	left := 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		n := len(tt.runes)
		for i := 0; i < n; i++ {
			for sl := 1; sl <= 2; sl++ {
				if !noNameFrom(tt, i, sl) {
					continue
				}
				left++
				for e := i + sl + 1; e <= min(i+sl+2, n); e++ {
					if sc, _, ok := scorePersonEv(tt, i, sl, e); ok {
						t.Fatalf("%q [%d,%d) sl %d: left out, but scores %v", text, i, e, sl, sc)
					}
				}
			}
		}
		tt.release()
	}
	if left == 0 {
		t.Error("noNameFrom never leaves a position out")
	}
}

// TestHasRoleSuffix checks hasRoleSuffix against a plain suffix test over
// the words of the test texts and made-up words on each suffix.
func TestHasRoleSuffix(t *testing.T) {
	sufs := []string{"书记", "县长", "市长", "主任", "局长", "部长", "经理", "院长", "校长", "董事长", "组长", "教授", "院士", "委员", "代表", "主席", "会长", "行长", "社长", "所长", "站长", "厂长", "处长", "科长", "馆长", "团长", "队长", "理事长", "秘书长", "总监", "记者", "教练"}
	want := func(w string) bool {
		for _, s := range sufs {
			if len(w) > len(s) && strings.HasSuffix(w, s) {
				return true
			}
		}
		return false
	}
	words := []string{"长", "县长", "副县长", "事长", "董事长", "副董事长", "x长", "\xff长", "班长", "首席代表", "记", "秘书长", "长长"}
	for _, s := range sufs {
		words = append(words, s, "副"+s, "a"+s, s[1:], "某"+s[3:])
	}
	seg := testSeg(t)
	for _, text := range fastTexts(t)[:200] {
		for _, tk := range seg.Tag(text) {
			words = append(words, tk.Word)
		}
	}
	hits := 0
	for _, w := range words {
		if got := hasRoleSuffix(w); got != want(w) {
			t.Fatalf("hasRoleSuffix(%q) = %v", w, got)
		} else if got {
			hits++
		}
	}
	if hits == 0 {
		t.Error("no word with a role suffix")
	}
}
