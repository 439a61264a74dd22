package anonymize

import (
	"slices"
	"testing"
)

// TestBrandToks checks the premise of findOrgs' skip (speed10.go): the
// brand-industry tokens brandToks lists are exactly those a plain look-up
// finds, and wherever the brand + industry rule reaches its brand-industry
// word, that word lies within brandReach tokens after the brand.
func TestBrandToks(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t),
		"县里引进鑫泰机械等企业，新建厂房三万平方米。",
		"全年扶持瑞丰种业、金穗米业和华源食品扩大生产。",
	)
	reached := 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		var want []int
		for k := range tt.toks {
			if brandIndustry[tt.toks[k].word] {
				want = append(want, k)
			}
		}
		got := brandToks(tt, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: brandToks %v, want %v", text, got, want)
		}
		// the rule's own steps to its brand-industry word (org.go)
		for k := 0; k+1 < len(tt.toks); k++ {
			tk := &tt.toks[k]
			nk := k + 1
			switch n := tk.n(); {
			case n >= 2 && n <= 4 && (tk.pos == "x" || tk.pos == "nz" || tk.pos == "nrfg") && allHan(tk.word):
			case n == 1 && k+2 < len(tt.toks) && tt.toks[k+1].n() == 1:
				nk = k + 2
			default:
				continue
			}
			for hops := 0; hops < 2 && nk+1 < len(tt.toks) && industryWords[tt.toks[nk].word] && !brandIndustry[tt.toks[nk].word]; hops++ {
				nk++
			}
			if nk >= len(tt.toks) || !brandIndustry[tt.toks[nk].word] {
				continue
			}
			reached++
			if nk-k > brandReach || !slices.Contains(got, nk) {
				t.Fatalf("%q: token %d reaches brand-industry token %d, beyond brandReach or unlisted", text, k, nk)
			}
		}
		tt.release()
	}
	if reached == 0 {
		t.Error("the brand + industry rule reached no brand-industry word: the test tests nothing")
	}
	t.Logf("%d texts, %d reaches", len(texts), reached)
}

// TestFindOrgsBrandSkip checks that findOrgs still names brands before
// their industry once it skips the tokens far from any industry word.
func TestFindOrgsBrandSkip(t *testing.T) {
	seg := testSeg(t)
	tt := newTokText(seg, "会议指出，要把产业链做长。全年扶持鑫泰机械扩大生产，带动就业三百人。")
	defer tt.release()
	found := false
	for _, f := range findOrgs(tt) {
		if f.Evidence == "brand+industry" && f.Text == "鑫泰机械" {
			found = true
		}
	}
	if !found {
		t.Errorf("findOrgs found no brand + industry name 鑫泰机械: %v", findOrgs(tt))
	}
}

// TestSurnameStepSame checks the surname steps of round speed10:
// namesAfterRoleOrdinaryGiven11, gluedSurnamePersons14 and nrWordNames find the same
// names stepping through the surnames' positions as visiting every token
// (the path of a text without position sets).
func TestSurnameStepSame(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t),
		"村党支部书记刘永和被评为优秀共产党员。",
		"茶农田大姐和老兵马德才、李四参加了座谈。",
	)
	rules := []struct {
		name string
		f    func(*tokText, []Finding) []Finding
	}{
		{"namesAfterRoleOrdinaryGiven11", namesAfterRoleOrdinaryGiven11},
		{"gluedSurnamePersons14", gluedSurnamePersons14},
		{"nrWordNames", nrWordNames},
	}
	stepped, found := 0, 0
	for _, text := range texts {
		if text == "" {
			continue
		}
		tt := newTokText(seg, text)
		for _, r := range rules {
			got := r.f(tt, nil)
			if tt.personPos(posSurname) == nil {
				continue // no position sets: both are the plain loop
			}
			stepped++
			pcls := tt.pcls
			tt.pcls &^= pcPos // every token, as a long text
			want := r.f(tt, nil)
			tt.pcls = pcls
			if !slices.Equal(got, want) {
				t.Fatalf("%s(%q): stepping %v, every token %v", r.name, text, got, want)
			}
			found += len(got)
		}
		tt.release()
	}
	if stepped == 0 || found == 0 {
		t.Errorf("%d stepped runs found %d names: the test compares nothing", stepped, found)
	}
	t.Logf("%d stepped runs, %d names", stepped, found)
}

// TestSigAny checks sigAny's promise: when it answers false, no character
// of the text is one of the signature's; and it does answer false for
// texts without them, else the skip it guards never happens.
func TestSigAny(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "政协委员虎秀兰、虎文斌发言。", "全县完成造林三万亩。")
	skipped := 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		has := false
		for _, r := range tt.runes {
			has = has || roleListSurnames.has(r)
		}
		if !sigAny(tt, &roleListSurnamesSig) {
			skipped++
			if has {
				t.Fatalf("%q holds a rare surname but sigAny says none", text)
			}
		} else if text == "政协委员虎秀兰、虎文斌发言。" && len(namesAfterRoleL7(tt, nil)) == 0 {
			t.Errorf("namesAfterRoleL7 found no name in %q", text)
		}
		tt.release()
	}
	if skipped == 0 {
		t.Error("sigAny never answered false")
	}
	t.Logf("%d of %d texts without a rare surname's signature bit", skipped, len(texts))
}

// TestCountAndQuoteClasses checks the premises of round speed10's steps in
// sameKindLists17 and listedMarkets17p (every 等 is a position of rcCount)
// and its early return in routePairs14 (a text holding “ has rcQuote),
// and that those rules still find their names.
func TestCountAndQuoteClasses(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "沿线建设“红色记忆”旅游线路，扶持青石村、白沙村等特色村发展。", "", "等")
	for _, text := range texts {
		tt := newTokText(seg, text)
		next := tt.nextAt(rcCount, 0)
		for i, r := range tt.runes {
			if r == '等' && next != i {
				t.Fatalf("%q: 等 at %d, next rcCount position %d", text, i, next)
			}
			if i == next {
				next = tt.nextAt(rcCount, i+1)
			}
			if r == '“' && tt.runeCls&rcQuote == 0 {
				t.Fatalf("%q holds “ without rcQuote", text)
			}
		}
		tt.release()
	}
	tt := newTokText(seg, "全县打造“清风岭”精品线路。")
	defer tt.release()
	if len(routePairs14(tt, nil)) == 0 && tt.runeCls&rcQuote == 0 {
		t.Error("a quoted route has no rcQuote")
	}
}

// TestSpeechFirst15b checks the premise of speechEnd's first test in
// contextPersons15b: hasPrefixAt15b finds a speech verb at a character
// only where speechFirst15b holds that character.
func TestSpeechFirst15b(t *testing.T) {
	seg := testSeg(t)
	texts := append(fastTexts(t), "会上，王小明说，今年要把产业做强。", "座谈中，李四介绍了村里的情况。")
	hits := 0
	for _, text := range texts {
		tt := newTokText(seg, text)
		for c := range tt.runes {
			for _, w := range speechVerbs15b {
				if hasPrefixAt15b(tt, c, w) {
					hits++
					if !speechFirst15b.has(tt.runes[c]) {
						t.Fatalf("%q: %s at %d, its character not in speechFirst15b", text, w, c)
					}
				}
			}
		}
		tt.release()
	}
	if hits == 0 {
		t.Error("no speech verb found: the test tests nothing")
	}
}
