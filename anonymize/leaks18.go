package anonymize

import "strings"

// This file holds round leaks18: the classes behind the identifiers the
// sixth round of unseen check sets found readable, extending the rules
// that stopped short of them:
//
//   - a scenic spot whose name gojieba cuts into single characters or a
//     numeral word (扁|都|口景区, 万年|冰洞景区), or whose kind it glues to
//     国家 (…|国家森林公园): scenicNamesBeforeKind (leaks10.go) walks over
//     such parts and checks the whole with looseNameHolds18; a count before
//     the kind (两大|景区) is no name (countHead18);
//   - a name of two to four characters in a list of persons that the
//     surname table or the character statistics pass by (…、方丽、…;
//     志愿者〔人名〕、代兴旺每周…; 队员〔人名〕、其木格在…): personListItems18;
//   - a name after a word for a person whose last character gojieba glued
//     to the name (村|医其|木格): gluedPersonNounNames18;
//   - a shop or account named in quotes whose words another recognizer read
//     in part (“稻|花姐姐”, “辉发|河畔”网店): the quoted name is masked whole
//     (quotedShops17p with overlapsEdge18 and dropInside18).

// nationalKindGlued18 reports whether the kind of scenic spot at rune k
// is the end of one word of gojieba's that begins with 国家 two
// characters before it (九道水|国家森林公园/nt): the name stands before 国家.
func nationalKindGlued18(tt *tokText, k int) bool {
	if k < 3 {
		return false
	}
	t := tt.tokenAt(k)
	return t != nil && t.start == k-2 && tt.runes[k-2] == '国' && tt.runes[k-1] == '家'
}

// looseNamePart18 reports whether token t, which is no noun or name, may
// still be part of a scenic spot's name: a single Han character gojieba
// read as an adjective, adverb, measure word or numeral (扁|都|口,
// 年|保玉则), or a numeral word of two characters that does not stand
// right before the kind (inside:万年|冰洞, 九道|水). A function character
// or a mask never is.
func looseNamePart18(tt *tokText, t *tok, inside bool) bool {
	r := tt.runes[t.start]
	if !isHan(r) || functionRuneBits.has(r) || isMaskRune(r) {
		return false
	}
	switch t.n() {
	case 1:
		switch t.pos {
		case "a", "d", "q":
			return true
		case "m":
			return !strings.ContainsRune("余多几来半每各数整", r) // not a count's approximation (余人)
		}
	case 2:
		// a numeral word opens the name, never ends it (七步沟|三大|景区)
		return inside && t.pos == "m" && isHan(tt.runes[t.start+1]) && !chineseNumeralRunes.has(tt.runes[t.start+1])
	}
	return false
}

// looseNameHolds18 checks a scenic spot's name at runes [s, k) that holds
// loose parts (looseNamePart18) among its toks tokens: it must not begin
// with a word of quantity, a determiner or an adverb that heads a clause
// (各|…, 都|…), nor be a count (三座, 两大), nor a frequent word; single
// characters alone make a name of three characters or more (扁都口).
func looseNameHolds18(tt *tokText, s, k, toks, loose int) bool {
	r := tt.runes[s]
	if toponymHeadStop.has(r) || toponymStemStop.has(r) || countStem13(tt.runes[s:k]) {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.pos == "m" && t.n() == 2 && toks == 1 {
		return false
	}
	if toks == loose && k-s < 3 {
		return false
	}
	w := tt.sub(s, k)
	l := getLexicon()
	return !l.common[w] && !l.commonTown[w] && !scenicModifiers[w] && !descWordEdge(w)
}

// countHead18 reports a numeral and a measure word or 大 (两大, 三个, 五处):
// a count of spots or sites before their kind, no name.
func countHead18(rs []rune) bool {
	return len(rs) == 2 && chineseNumeralRunes.has(rs[0]) && strings.ContainsRune("大个座处家批条所项类", rs[1])
}

// scopeWord18 reports a token that names the whole of an area or every
// one of its kind (全省, 全旗, 各县, 全市各级): such a word opens no body's
// or place's name, the body after it is a kind (全省供销合作社). 全国
// is not one: a national title (全国…特色学校) is read as a whole.
func scopeWord18(tt *tokText, p *tok) bool {
	if p.n() < 2 || p.n() > 3 {
		return false
	}
	r0 := tt.runes[p.start]
	return (r0 == '全' || r0 == '各') && genericLevel[tt.runes[p.start+1]] && tt.runes[p.start+1] != '国'
}

// personListNouns18 are words for members of a group that stand before a
// list of their names (队员〔人名〕、…), beside personNouns17p.
var personListNouns18 = wordSet(`志愿者 队员 运动员 选手 教练 教练员 学员 网格员 队长 委员 代表 成员 骨干 标兵 能手 模范 乡医 村医 护林员 保洁员 管护员 信息员 调解员 辅警 民警 医护人员 镇村干部 村干部 干部`)

// listItemEnd18 may stand right after a list item of names: the next
// separator, the end of the clause, or a word that opens the predicate.
var listItemEnd18 = runeBitsOf("、，。；：！？和与及等在被分均都共也还同为向对于")

// personListItems18 finds the item after a list comma that follows a
// masked person (〔人名〕、方丽、〔人名〕; 志愿者〔人名〕、代兴旺每周…):
// two to four Han characters up to the next separator or a word that opens
// the predicate, where the list is one of persons: another person follows
// the item, or a word for a person or a role stands before the list's
// first name. The item must be no frequent word, place, kind of person or
// household (…家), and overlap nothing found.
func personListItems18(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextAt(rcDun, 0); i+3 < n; i = tt.nextAt(rcDun, i+1) { // (by position, speed7b.go)
		if tt.runes[i] != '、' {
			continue
		}
		left := personEndingAt18(fs, tt.off[i])
		if left == nil {
			continue
		}
		s := i + 1
		e := -1
		for ln := 2; ln <= 4 && s+ln <= n; ln++ {
			k := s + ln
			if k == n || listItemEnd18.has(tt.runes[k]) || tt.tokStart(k) && predicateTok18(tt.tokenAt(k)) {
				e = k
				break
			}
		}
		if e < 0 || !personItem18(tt, fs, s, e) {
			continue
		}
		if ls := tt.runeAt(left.Start); ls > 0 && tt.runes[ls-1] == '、' && placeEndingAt18(fs, tt.off[ls-1]) {
			continue // 布朗山、〔贺开〕、老班章: a list of places, one read as a person
		}
		between := e < n && tt.runes[e] == '、' && personStartingAt18(fs, tt.off[e+1]) // 〔人名〕、方丽、〔人名〕
		if !between && !personListOpened18(tt, fs, left) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "person-list-item,leaks18", Score: contextScore})
	}
	return out
}

// personEndingAt18 returns a sure person finding of fs that ends at byte
// b, or nil; personStartingAt18 one that starts there.
func personEndingAt18(fs []Finding, b int) *Finding {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.End == b && !doubtful17p(*f) {
			return f
		}
	}
	return nil
}

// placeEndingAt18 reports a place finding of fs that ends at byte b.
func placeEndingAt18(fs []Finding, b int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == LOCATION && f.End == b {
			return true
		}
	}
	return false
}

func personStartingAt18(fs []Finding, b int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.Start == b && !doubtful17p(*f) {
			return true
		}
	}
	return false
}

// predicateTok18 reports a token that opens a clause's predicate after a
// subject of names: a pronoun of time or quantity (每周), an adverb, a
// preposition or a verb of two characters or more.
func predicateTok18(t *tok) bool {
	if t == nil {
		return false
	}
	switch t.pos {
	case "r", "d", "p", "c", "t":
		return true
	case "v":
		return t.n() >= 2
	}
	return false
}

// personItem18 reports whether runes [s, e) may be a name in a list of
// persons: Han characters, none a function character, no frequent word,
// place, kind of person or household, overlapping no finding that is not
// doubtful (代|兴旺/ns-doubtful).
func personItem18(tt *tokText, fs []Finding, s, e int) bool {
	for k := s; k < e; k++ {
		r := tt.runes[k]
		if k == s && r == '其' && e-s >= 3 && !otherWords18[tt.sub(s, s+2)] {
			continue // 其木格: a Mongolian name, not the pronoun (其他, 其中)
		}
		if !isHan(r) || functionRuneBits.has(r) || stops17p.has(r) || isMaskRune(r) {
			return false
		}
	}
	if tailRunes17p.has(tt.runes[e-1]) || overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
		return false
	}
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.Start <= tt.off[s] && f.End >= tt.off[e] && !doubtful17p(*f) {
			return false // found already
		}
	}
	w := tt.sub(s, e)
	if toponymClassOf(w) != 0 || firstSuffix(w, hallKinds18) != "" {
		return false // 郭氏|宗祠, …村: a place or a hall, no person
	}
	if suf, _ := orgSuffix(w); suf != "" {
		return false
	}
	l := getLexicon()
	if l.common[w] || l.commonTown[w] || l.places[w] > 0 || genreWords[w] || personNouns17p[w] || personListNouns18[w] {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && t.dictWord() && !nameTagged15b(t.pos) {
		return false // one word of gojieba's that is no name (…、村民)
	}
	return true
}

// personListOpened18 reports whether a word for a person or a role stands
// right before the first name of the list that the person finding first
// belongs to (志愿者|〔人名〕、…, 镇村干部|〔人名〕、…).
func personListOpened18(tt *tokText, fs []Finding, first *Finding) bool {
	for guard := 0; guard < 8; guard++ {
		s := tt.runeAt(first.Start)
		if s <= 0 {
			return false
		}
		if tt.runes[s-1] == '、' {
			prev := personEndingAt18(fs, tt.off[s-1])
			if prev == nil {
				return false
			}
			first = prev
			continue
		}
		t := tt.tokenBefore(s)
		if t == nil || t.end != s {
			return false
		}
		return personNouns17p[t.word] || personListNouns18[t.word] || tt.roleTok(t)
	}
	return false
}

// hallKinds18 end the names of halls and shrines that a list of persons
// may hold (郭氏宗祠).
var hallKinds18 = []string{"宗祠", "祠堂", "祠", "堂", "庙", "楼", "阁", "亭"}

// otherWords18 begin with the pronoun 其 (其他, 其中): an item so begun is
// no name.
var otherWords18 = wordSet(`其他 其余 其中 其它 其次 其实 其间 其后 其内`)

// overlapsEdge18 reports a finding of fs that overlaps bytes [s, e)
// without lying wholly inside them.
func overlapsEdge18(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Start < e && s < f.End && (f.Start < s || f.End > e) {
			return true
		}
	}
	return false
}

// dropInside18 drops the findings of fs that lie wholly inside one of
// out and returns the rest with out, ready for addWhole.
func dropInside18(fs, out []Finding) ([]Finding, []Finding) {
	if len(out) == 0 {
		return fs, out
	}
	kept := fs[:0]
	for _, f := range fs {
		inside := false
		for _, o := range out {
			if f.Start >= o.Start && f.End <= o.End {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, f)
		}
	}
	return kept, out
}

// placeThenWord18 reports a quoted name at bytes [s, e) of text t that is
// a place found already and an ordinary word after it (“北流|百香果”,
// “〔地名〕好物”): the place is masked on its own, the word stays readable.
func placeThenWord18(fs []Finding, t string, s, e int) bool {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || f.Start != s || f.End >= e {
			continue
		}
		w := t[f.End:e]
		if l.common[w] || produceWords[w] || genreWords[w] || brandIndustry[w] || industryWords[w] {
			return true
		}
	}
	return false
}

// gluedPersonNounNames18 finds a name right after a word for a person
// (personNouns17p, personListNouns18) whose last character gojieba glued to
// the name's head in a word it made up (村|医其|木格一个人…): the name runs
// from the glued character on over two to four characters, to where a
// name may end, and must pass personItem18.
func gluedPersonNounNames18(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.n() < 2 || t.dictWord() || !isHan(tt.runes[t.start]) {
			continue // a word gojieba made up (医其/x) only
		}
		p := &tt.toks[k-1]
		if p.end != t.start || p.n() > 3 {
			continue
		}
		if !mayHaveRune(gluedNounLast16(), tt.runes[t.start]) {
			continue // no person noun ends in the glued character: the look-ups below fail (speed16a.go)
		}
		noun := p.word + string(tt.runes[t.start])
		if !personNouns17p[noun] && !personListNouns18[noun] || strings.HasSuffix(noun, "员") {
			continue // (a word in 员 heads compounds: 网格员|微信群, 队员|名单)
		}
		s := t.start + 1
		for ln := 4; ln >= 2; ln-- {
			e := s + ln
			if e > n || e < t.end || !nameEnd17p(tt, e) || !tt.tokStart(e) && e < n {
				continue
			}
			if rest := tt.tokenAt(t.end); e > t.end && (rest == nil || rest.end != e || getLexicon().common[rest.word]) {
				continue // the name ends with the word after the glued one, an ordinary word never (户程|功一边, 户抗|风险)
			}
			if getLexicon().common[tt.sub(s, min(s+2, e))] {
				continue // 员|微信群: an ordinary word begins there
			}
			if personItem18(tt, fs, s, e) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-after-glued:" + noun + ",leaks18", Score: contextScore})
				break
			}
		}
	}
	return out
}
