package anonymize

import (
	"strings"
	"testing"
)

// personToks gives every token the classes the rules' own expressions
// give it, for texts with roles, titles, verbs of saying, characters
// outside the Basic Multilingual Plane and broken bytes, and for a
// tokText built without its edge characters.
func TestPersonToks(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "县委书记张三说：副县长李四同志𠀾和办公室主任王五、王局长出席。", "\xff书记\xfe")
	checked, roles, titles := 0, 0, 0
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
				ptRoleMay:  mayEnd(&roleEndLast, w) && x,
				ptRoleHas:  roleEndLast.has(lastRune(w)) && x,
				ptTitleMay: mayStart(&rolesAfterFirst, w) && rolesAfter[w],
				ptTitleHas: rolesAfterFirst.has(firstRuneOf(w)) && rolesAfter[w],
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
			if want[ptTitleMay] {
				titles++
			}
			checked++
		}
		tt.release()
	}
	if roles == 0 || titles == 0 || checked < 100 {
		t.Errorf("%d tokens checked, %d roles, %d titles", checked, roles, titles)
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
