package anonymize

import (
	_ "embed"
	"strings"
	"sync"
)

// This file holds round abbr15: the short forms of places that the
// gazetteer's one short form per name (lexicon.go, shortPlace) misses, and
// a city's or county's name before its Party committee. abbr15 runs in
// Analyze's rule chain after leaks34 and persons15 (b15.go), before pers15:
//
//   - the customary short forms of the autonomous prefectures and leagues
//     (湘西州, 恩施自治州, 锡盟) and of the banners (新右旗, 科右前旗, 东乌旗),
//     derived from the lexicon by data/genabbr15.py into data/abbr15.txt,
//     and the irregular ones of handAbbr15 (博州, 巴州, 达茂旗, 莫旗);
//     (abbrForms15);
//   - a county's or city's name right before its committee or government
//     (钟祥市委书记, 仙桃市政府): the name is the place (committeePlaces15);
//   - a town after a role and a verb of going (县委书记到柴湖镇调研), which a
//     role's name reading took for a four-character name (person_report.go,
//     fourCharAfterRole, now leaves it): the town is a place (townAfterRole15);
//   - a county's or city's short form between a verb of going and one of
//     study or visit (到钟祥学习, 赴仙桃考察): the place (visitPlaces15).
//
// A place of three characters or more found so is masked wherever it
// stands in the text.

//go:embed data/abbr15.txt
var abbr15Data string

// handAbbr15 are the customary short forms no rule derives: prefectures
// named by their first character (博州 博尔塔拉, 巴州 巴音郭楞, 克州 克孜勒苏),
// banners by one or two of theirs (达茂旗 达尔罕茂明安联合旗, 莫旗 莫力达瓦,
// 东苏旗/西苏旗 苏尼特左/右旗, 准旗 准格尔旗) and the old leagues (伊盟, 乌盟,
// 哲盟, 昭盟). A form of two characters stands only as a word of its own
// (abbrBounded15).
var handAbbr15 = strings.Fields(`博州 巴州 克州 达茂旗 莫旗 阿鲁旗 东苏旗 西苏旗 准旗 达旗 伊旗 克旗 陈旗 翁旗 喀旗 扎旗 杭后旗 伊盟 乌盟 哲盟 昭盟`)

// abbr15Once, abbr15Forms and abbr15Max hold the forms of abbr15Set
// (the prefectures', leagues' and banners' short forms), built on first
// use.
var (
	abbr15Once  sync.Once
	abbr15Forms map[string]bool
	abbr15Max   int // the longest form, in characters
)

// abbr15Set returns the forms of data/abbr15.txt and handAbbr15.
func abbr15Set() map[string]bool {
	abbr15Once.Do(func() {
		abbr15Forms = map[string]bool{}
		for _, line := range strings.Split(abbr15Data, "\n") {
			if form, _, ok := strings.Cut(line, "\t"); ok && form != "" {
				abbr15Forms[form] = true
			}
		}
		for _, f := range handAbbr15 {
			abbr15Forms[f] = true
		}
		for f := range abbr15Forms {
			abbr15Max = max(abbr15Max, runeLen(f))
		}
	})
	return abbr15Forms
}

// abbr15 adds the findings of this round to fs.
func abbr15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	var out []Finding
	if tt.mayContain("州") || tt.mayContain("旗") || tt.mayContain("盟") {
		out = append(out, abbrForms15(tt)...)
	}
	if tt.mayContain("委") || tt.mayContain("政府") {
		out = append(out, committeePlaces15(tt, fs)...)
	}
	out = append(out, townAfterRole15(tt, fs)...)
	out = append(out, visitPlaces15(tt, fs)...)
	if len(out) > 0 {
		// everywhere17, not everywhere28: a form of two characters
		// (准旗) is masked only where abbrForms15 bounds it (标准旗帜 stays)
		fs = add19(fs, everywhere17(tt, out))
	}
	return fs
}

// abbrStop15 may stand right before a short form of two characters: the
// text's start, punctuation, a list comma, a conjunction or a preposition
// of place.
var abbrStop15 = runeBitsOf("、，。；：！？（）“”《》「」 \n\t与和及同至到在赴从自往对向由据全")

// abbrForms15 finds the forms of abbr15Set: a form ends in 州, 旗 or 盟,
// its last character no part of a longer word (旗帜, 州府), a form of
// three characters or more starting a word of its own or after a stop,
// one of two after a stop only.
func abbrForms15(tt *tokText) []Finding {
	forms := abbr15Set()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i < n; i++ {
		if r := tt.runes[i]; r != '州' && r != '旗' && r != '盟' {
			continue
		}
		e := i + 1
		if e < n {
			if t := tt.toks[tt.tokOf[i]]; t.end > e {
				continue // 旗|帜, 州|府: the character starts a longer word
			}
			if strings.ContainsRune("市县区府城委", tt.runes[e]) {
				continue // 巴州区, 州委: another place or body
			}
		}
		for s := max(0, e-abbr15Max); s+2 <= e; s++ {
			form := tt.sub(s, e)
			if !forms[form] {
				continue
			}
			if !abbrBounded15(tt, s, e) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: form, Start: tt.off[s], End: tt.off[e], Evidence: "short-form,abbr15", Score: contextScore + 1})
			break
		}
	}
	return out
}

// abbrBounded15 reports whether a form may start at rune s: after a stop,
// or, for a form of three characters or more, at a word's start.
func abbrBounded15(tt *tokText, s, e int) bool {
	if s == 0 || !isHan(tt.runes[s-1]) || abbrStop15.has(tt.runes[s-1]) {
		return true
	}
	return e-s >= 3 && tt.toks[tt.tokOf[s]].start == s
}

// committees15 follow a city's or county's name: its Party committee or
// government (钟祥|市委书记, 仙桃|市政府). Their first character is the
// place's level.
var committees15 = []string{"市委", "县委", "区委", "旗委", "市政府", "县政府", "区政府", "旗政府", "市人民政府", "县人民政府", "区人民政府"}

// committeePlaces15 finds a name of two to four characters right before
// one of committees15 that, with the level's character, is a county or
// city of the lexicon (钟祥 + 市), at a stop or a word's start.
func committeePlaces15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	// every word's occurrences in one walk, word by word (speed26)
	for _, h := range committeesByLast26.hits(tt, nil) {
		k := int(h.e)
		level := string(tt.runes[k])
		for s := max(0, k-4); s+2 <= k; s++ {
			name := tt.sub(s, k)
			if !allHan(name) {
				continue
			}
			lv, ok := l.place(name + level)
			if !ok || lv > 3 {
				continue
			}
			if s > 0 && isHan(tt.runes[s-1]) && !abbrStop15.has(tt.runes[s-1]) && tt.toks[tt.tokOf[s]].start != s && !placeEnds19(tt, fs, s) {
				continue
			}
			if locatedAt15(fs, tt.off[s], tt.off[k]) {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[s], End: tt.off[k], Evidence: "committee-place,abbr15", Score: contextScore + 1})
			break
		}
	}
	return out
}

// locatedAt15 reports a place or body of fs that holds bytes [s, e), not
// a generic reading the policy drops (安陆/ns-doubtful).
func locatedAt15(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; (f.Type == LOCATION || f.Type == ORG) && !f.generic && f.Start <= s && f.End >= e {
			return true
		}
	}
	return false
}

// goVerbs15 are the verbs of going that stand between a role and a town
// (县委书记到|柴湖镇调研) or before a place visited (赴|仙桃考察).
var goVerbs15 = []string{"到", "赴", "在", "前往", "来到", "来自", "走进", "深入"}

// townAfterRole15 finds a town or township of two or three characters
// and 镇/乡 right after a role word and a verb of goVerbs15 (市委书记到|
// 彭场镇|调研), a place whatever reading covered it.
func townAfterRole15(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("镇") && !tt.mayContain("乡") {
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if !goVerbMay22(tt, t.end) || !isRoleWord(t.word) { // (speed22: the bit test first)
			continue
		}
		p := t.end
		verb := firstPrefix(tt.text[tt.off[min(p, n)]:], goVerbs15)
		if verb == "" {
			continue
		}
		s := p + runeLen(verb)
		for e := s + 3; e <= min(n, s+4); e++ {
			if r := tt.runes[e-1]; r != '镇' && r != '乡' {
				continue
			}
			if !hanName11(tt, s, e-1) || locatedAt15(fs, tt.off[s], tt.off[e]) {
				break
			}
			if _, ok := l.place(tt.sub(s, e)); !ok && l.common[tt.sub(s, e-1)] {
				break // 到|中心镇, 到|重点乡: an ordinary word before the kind
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "town-after-role,abbr15", Score: contextScore + 1})
			break
		}
	}
	return out
}

// regions15 are regions and compass words that also name a county or
// district (江南区, 河西区, 东方市): after 到 and before 学习 they mean the
// region (到江南学习), and visitPlaces15 leaves them.
var regions15 = wordSet(`江南 江北 江东 河西 河东 中原 关中 岭南 华北 华南 华东 华中 西北 东北 西南 东南 东方 南方 北方 沿海 城关 城区 郊区 新区 矿区 林区`)

// visitAims15 follow a place visited (到钟祥|学习考察).
var visitAims15 = []string{"学习", "考察", "调研", "参观", "观摩", "交流", "挂职", "招商"}

// visitPlaces15 finds a county's or city's short form of two or three
// characters between a verb of going (goVerbs15 but 在) and one of
// visitAims15, when the lexicon has the short form with 县, 市, 区 or
// 旗 as a county or city (钟祥 → 钟祥市).
func visitPlaces15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	// every word's occurrences in one walk, word by word (speed26)
	for _, h := range visitAimsByLast26.hits(tt, nil) {
		e := int(h.e)
		for s := max(0, e-3); s+2 <= e; s++ {
			if s == 0 {
				continue
			}
			going := false
			for _, g := range goVerbs15 {
				if g != "在" && strings.HasSuffix(tt.text[:tt.off[s]], g) {
					going = true
					break
				}
			}
			if !going {
				continue
			}
			name := tt.sub(s, e)
			if !hanName11(tt, s, e) || !countyName15(l, name) || locatedAt15(fs, tt.off[s], tt.off[e]) {
				continue
			}
			if regions15[name] || provinceName15(l, name) {
				continue // 到江南|学习, 到海南|考察: a region or a province, no county
			}
			if t := tt.toks[tt.tokOf[e-1]]; t.end > e {
				continue // the name's end is inside a word running past it
			}
			out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[s], End: tt.off[e], Evidence: "visit-place,abbr15", Score: contextScore + 1})
			break
		}
	}
	return out
}

// countyName15 reports whether name with 县, 市, 区 or 旗 is a county or
// city of the lexicon, or the short form of one (彭水 of an autonomous
// county).
func countyName15(l *lexicon, name string) bool {
	for _, lv := range []string{"县", "市", "区", "旗"} {
		if v, ok := l.place(name + lv); ok && v <= 3 && v >= 2 {
			return true
		}
	}
	if full, ok := l.shortOf(name); ok {
		v := l.places[full]
		return v == 2 || v == 3
	}
	return false
}

// goTown15 reports whether runes [s, e) after a role are a verb of going
// and a town (到柴湖镇, 赴彭场乡), which fourCharAfterRole (person_report.go)
// must not read as a four-character name.
func goTown15(tt *tokText, s, e int) bool {
	r0, r1 := tt.runes[s], tt.runes[e-1]
	return strings.ContainsRune("到赴在去往", r0) && (r1 == '镇' || r1 == '乡')
}

// provinceName15 reports whether name is a province or the short form of
// one (海南, 海南省), which visitPlaces15 leaves to the province rules.
func provinceName15(l *lexicon, name string) bool {
	if v, ok := l.place(name); ok && v == 1 {
		return true
	}
	for _, lv := range []string{"省", "市", "自治区"} {
		if v, ok := l.place(name + lv); ok && v == 1 {
			return true
		}
	}
	full, ok := l.shortOf(name)
	return ok && l.places[full] == 1
}
