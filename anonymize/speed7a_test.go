package anonymize

import (
	"slices"
	"strings"
	"testing"
)

// personToks gives every token the classes the rules' own expressions
// give it, for texts with roles, titles, verbs of saying, characters
// outside the Basic Multilingual Plane and broken bytes, and for a
// tokText built without its edge characters.
func TestPersonToks(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "县委书记张三说：副县长李四同志𠀾和办公室主任王五、王局长出席，负责人赵六和村民钱七。", "\xff书记\xfe")
	checked, roles, titles, nouns := 0, 0, 0, 0
	for ti, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		if ti%5 == 0 {
			tt.tokFirst, tt.tokLast = nil, nil // the fallback decodes the words
		}
		pt := tt.personToks()
		if len(pt) != len(tt.toks) {
			t.Fatalf("%d classes for %d tokens", len(pt), len(tt.toks))
		}
		for k := range tt.toks {
			w := tt.toks[k].word
			x := rolesBefore[w] || hasRoleSuffix(w)
			want := map[uint8]bool{
				ptRoleMay:    mayEnd(&roleEndLast, w) && x,
				ptRoleHas:    roleEndLast.has(lastRune(w)) && x,
				ptTitleMay:   mayStart(&rolesAfterFirst, w) && rolesAfter[w],
				ptTitleHas:   rolesAfterFirst.has(firstRuneOf(w)) && rolesAfter[w],
				ptRoleNoun:   mayEnd(&roleNounsLast, w) && roleNouns[w],
				ptPersonNoun: mayEnd(&personNounsLast, w) && personNouns[w],
			}
			for bit, v := range want {
				if got := pt[k]&bit != 0; got != v {
					t.Fatalf("%q token %q class %b: got %v, want %v", text, w, bit, got, v)
				}
			}
			if got := tt.roleTok(&tt.toks[k]); got != personRoleToken(&tt.toks[k]) {
				t.Fatalf("%q token %q: roleTok %v, personRoleToken %v", text, w, got, !got)
			}
			if want[ptRoleMay] {
				roles++
			}
			if want[ptRoleNoun] || want[ptPersonNoun] {
				nouns++
			}
			if want[ptTitleMay] {
				titles++
			}
			checked++
		}
		tt.release()
	}
	if roles == 0 || titles == 0 || nouns == 0 || checked < 100 {
		t.Errorf("%d tokens checked, %d roles, %d titles, %d role or person nouns", checked, roles, titles, nouns)
	}
	if new(tokText).roleTok(nil) {
		t.Error("roleTok(nil) is true")
	}
}

// personEv joins its flags in scorePerson's order, with the role and title
// words after their prefixes, and scorePerson's evidence for a name after a
// role and before a title reads so.
func TestPersonEvString(t *testing.T) {
	if got := (personEv{}).String(); got != "surname+given" {
		t.Errorf("no flags: %q", got)
	}
	all := personEv{flags: 1<<len(evTexts) - 1, role: "县长", title: "同志"}
	want := "surname+given,name-shaped-word,common-word,jieba:nr,unknown-word,list-item,role-before:县长,speaker,title-after:同志,word+head,given-is-word,run-on,given-is-word,jieba:nr-surname"
	if got := all.String(); got != want {
		t.Errorf("all flags:\n got %q\nwant %q", got, want)
	}
	tt := newTokText(testSeg(t), "县委书记王建军同志主持会议。")
	defer tt.release()
	s := strings.Index(tt.text, "王")
	if s < 0 {
		t.Fatal("no 王")
	}
	i := tt.runeAt(s)
	sc, ev, ok := scorePerson(tt, i, 1, i+3)
	if !ok || !strings.HasPrefix(ev, "surname+given") || !strings.Contains(ev, ",role-before:县委书记") || !strings.Contains(ev, ",title-after:同志") || sc < personThreshold {
		t.Errorf("王建军: %v %q %v", sc, ev, ok)
	}
}

// BenchmarkFindPersonsReports is findPersons alone over the paragraphs of
// the real report excerpts, tagged once before the timer starts: the part
// of BenchmarkAnonymizeReports that round speed7a works on (for
// instruction counts: N=200 bench/anonymize-instructions.sh
// 'BenchmarkFindPersonsReports$').
func BenchmarkFindPersonsReports(b *testing.B) {
	seg := testSeg(b)
	var tts []*tokText
	for _, paras := range reportDocs(b) {
		for _, p := range paras {
			tts = append(tts, newTokText(seg, p))
		}
	}
	for _, tt := range tts {
		findPersons(tt)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, tt := range tts {
			tt.ptok = tt.ptok[:0] // computed again, as for a new text
			findPersons(tt)
		}
	}
}

// commonSpan, ordinarySpan and personTitleSpan answer as the maps for
// every span of one to four characters of the texts (words of the sets
// among them), with broken bytes and characters outside the Basic
// Multilingual Plane.
func TestSpanFilters(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "李先生和王副局长说，国家电网\xff员工𠀾女士，欧阳县长会见田中和美国外交官", "某某")
	found := [6]int{}
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		for s := range tt.runes {
			for e := s + 1; e <= min(s+4, len(tt.runes)); e++ {
				w := spanString(tt, s, e)
				for i, c := range []struct{ got, want bool }{
					{commonSpan(tt, s, e), getLexicon().common[w]},
					{ordinarySpan(tt, s, e), getPersonLexicon().ordinary[w]},
					{personTitleSpan(tt, s, e), personTitles[w]},
					{compoundSpan(tt, s, e), getLexicon().compound[w]},
					{jpSurnameSpan(tt, s, e), getPersonLexicon().jpSurnames[w]},
					{notNameSpan(tt, s, e), notNameWord(w)},
				} {
					if c.got != c.want {
						t.Fatalf("set %d, span %q: %v, map %v", i, w, c.got, c.want)
					}
					if c.want {
						found[i]++
					}
				}
			}
		}
		tt.release()
	}
	if slices.Contains(found[:], 0) {
		t.Errorf("words found of each set: %v", found)
	}
	f := newSpanFilter(map[string]bool{"张三": true, "李四": false})
	if !f.may([]rune("张三")) {
		t.Error("the filter lost 张三")
	}
	miss := 0
	for _, w := range []string{"李四", "王五", "赵六", "张", "张三丰"} {
		if !f.may([]rune(w)) {
			miss++
		}
	}
	if miss < 4 {
		t.Errorf("a filter of one word lets %d of 5 others through", 5-miss)
	}
}

// mayHold is false only for characters the text does not hold, and
// mayHoldNameDot is true for a text with any name dot.
func TestMayHold(t *testing.T) {
	seg := testSeg(t)
	for _, text := range []string{"约翰·史密斯", "阿依古丽•买买提", "玛丽・居里", "安娜．卡列", "伊万‧彼得", "张三和李四", "abc \xff𠀾"} {
		tt := newTokText(seg, text)
		for _, r := range tt.runes {
			if !tt.mayHold(r) {
				t.Errorf("%q: mayHold(%q) false", text, r)
			}
		}
		if got, want := tt.mayHoldNameDot(), hasNameDotRune(tt.runes); want && !got {
			t.Errorf("%q: mayHoldNameDot false", text)
		}
		if strings.HasPrefix(text, "张三") && (tt.mayHoldNameDot() || tt.mayHold('·')) {
			t.Errorf("%q: a name dot may be held", text) // (no character of it shares a signature bit with a dot)
		}
		tt.release()
	}
}

// posCode is posCodeOf(strHash(pos)) for every tag of up to two bytes and
// for longer ones.
func TestPosCode(t *testing.T) {
	known := 0
	for a := 0; a < 256; a++ {
		for b := -1; b < 256; b++ {
			s := string([]byte{byte(a)})
			if b >= 0 {
				s += string([]byte{byte(b)})
			}
			if got, want := posCode(s), posCodeOf(strHash(s)); got != want {
				t.Fatalf("%q: %d, want %d", s, got, want)
			} else if want != 255 {
				known++
			}
		}
	}
	for _, s := range []string{"", "nrfg", "nrt", "eng", "zz", "n"} {
		if got, want := posCode(s), posCodeOf(strHash(s)); got != want {
			t.Fatalf("%q: %d, want %d", s, got, want)
		}
	}
	if known < 10 {
		t.Errorf("only %d tags of one or two bytes have codes", known)
	}
}
