package anonymize

import "strings"

// This file holds round persons14: the person classes the person sweep
// (personsweep13_test.go) still leaked or over-masked after persons13,
// each read from the words around the name, never from a list of names.
// persons14 runs right after persons13 (anonymize.go):
//
//   - a name whose end the sentence fixes, read with a looser reading of
//     the name than readName13's (the given name may be an ordinary word,
//     a verb-tagged word or a character of low given-name statistics, the
//     surname an ordinary character): between 在 and 的带动下 / 的带领下
//     (在甲乙丙的带动下), before 等 and a count of persons after a verb
//     (表彰了甲乙丙等十名), between a verb of sending and one of taking
//     a post (派甲乙丙担任), at a clause start before 说：, 一家, 夫妇,
//     老人 or 同志 (甲乙丙说：“…”), after a by-line or contact word
//     (通讯员 甲乙丙, 联系人：甲乙丙), and right after a role word before a
//     verb of two characters or more (辅警甲乙丙协助…, 镇长和建国主持…)
//     (fixedEndNames14);
//   - a single-element minority name (次仁, 卓玛) after a role word or
//     before 一家, 老人, 夫妇, 家 or 说 (minorityInContext14);
//   - an item of a 、 list of names next to a person found, read with the
//     looser reading, as the list's commas fix both its ends (listNames14);
//   - the surname of a found name whose surname is an ordinary character
//     (才, 代, 和, 种), which surnameOf does not know, where it stands again
//     before a title (才书记) (rareSurnameTitles14);
//
// and, the other way, four kinds of over-mask:
//
//   - a person reading that ran over the verb after the name (甲乙笑|着说,
//     卓玛带头, 次仁住进|了, 卓玛通|过): the name ends before the verb
//     (verbTails14);
//   - a qualifier of a role read as a name when a name follows the role
//     (特岗|教师甲乙): the qualifier is no one (roleQualifiers14);
//   - a surname and title reading that is a word with the character
//     before it (专|班组长): no one (wordTitles14);
//   - a body the org-suffix reading ran over a name and the verb after
//     it (教师甲乙丙|扎根山区小学): no body (bodiesOverNames14).

// persons14 adds the findings of this round to fs and drops its
// over-masks.
func persons14(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = verbTails14(tt, fs)
	fs = roleQualifiers14(tt, fs)
	fs = wordTitles14(tt, fs)
	fs = bodiesOverNames14(tt, fs)
	strong := strong14(fs)
	out := fixedEndNames14(tt, strong)
	out = append(out, minorityInContext14(tt, strong)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if tt.mayContain("、") {
		if more := listNames14(tt, strong14(fs)); len(more) > 0 {
			fs = add19(fs, everywhere28(tt, more))
		}
	}
	if more := rareSurnameTitles14(tt, fs); len(more) > 0 {
		fs = add19(fs, more)
	}
	return fs
}

// strong14 returns the findings of fs a reading of this round must not
// overlap: not the weak guesses (weak19), the generic bodies, nor the
// person readings scored below a context's evidence, which add19 lets a
// reading of this round replace.
func strong14(fs []Finding) []Finding {
	var out []Finding
	for k := range fs {
		g := &fs[k]
		if weak19(g) || g.generic || g.Type == PERSON && g.Score < contextScore {
			continue
		}
		out = append(out, *g)
	}
	return out
}

// rareSurnames14 are surnames that are ordinary characters and that the
// surname table may lack (时, 来, 查, 华, 花): read only where the
// sentence fixes a name's place.
var rareSurnames14 = runeBitsOf("时来查华花才和种代过水")

// surnameLen14 returns the length of the surname at rune s that a name
// of total length ln (runes) may start with: 2 for a compound surname, 1
// for a surname of the table or an ordinary-character surname, 0 for
// none.
func surnameLen14(tt *tokText, s, ln int) int {
	l := getLexicon()
	if ln >= 3 && s+2 <= len(tt.runes) && l.isCompound(tt.sub(s, s+2)) {
		return 2
	}
	if r := tt.runes[s]; l.isSurname(r) || rareSurnames14.has(r) || extraSurnames13.has(r) || ordinarySurnames13b.has(r) {
		return 1
	}
	return 0
}

// looseName14 reports whether runes [s, e) read as a surname and a given
// name of one or two characters when the sentence fixes both ends: the
// given name may be an ordinary word (和平, 建设), but no character is a
// particle, a pronoun or a mask, the name is no word of the dictionary
// other than a name, and the given name is no kind of person, role,
// numeral, measure word or direction.
func looseName14(tt *tokText, s, e int) bool { return looseName14x(tt, s, e, false) }

// looseName14x is looseName14; cross lets a word of the dictionary run
// past the end, where the sentence fixes it by a character that gojieba
// glued to the name (甲乙丙|等 read as 平等).
func looseName14x(tt *tokText, s, e int, cross bool) bool {
	l := getLexicon()
	if s < 0 || e > len(tt.runes) || e-s < 2 || e-s > 4 {
		return false
	}
	sl := surnameLen14(tt, s, e-s)
	if sl == 0 || e-s-sl < 1 || e-s-sl > 2 {
		return false
	}
	for k := s; k < e; k++ {
		r := tt.runes[k]
		if !isHan(r) || hardStop[r] || r == '某' || pronouns13b.has(r) || isMaskRune(r) {
			return false
		}
	}
	g := s + sl
	given, whole := tt.sub(g, e), tt.sub(s, e)
	if e-g == 2 {
		// 甲乙|把: a one-character particle, preposition or adverb cut off
		// the name's end
		if k := tt.tokAt13(e - 1); k >= 0 && tt.toks[k].start == e-1 && tt.toks[k].end == e {
			if p := tt.toks[k].pos; p != "" && strings.ContainsRune("vdpcu", rune(p[0])) {
				return false // (甲乙|作说明: a verb)
			}
		}
	}
	// a preposition before an ordinary word (申请人|向银行, 向社会): no
	// name; 和 is weighed where it stands (givenBacked14)
	if sl == 1 && tt.runes[s] != '和' && prepSurname13.has(tt.runes[s]) && l.common[given] {
		return false
	}
	// gojieba's name tag on a verb of two characters (纳凉): the given
	// character must read as one
	if e-s == 2 {
		if k := tt.tokAt13(s); k >= 0 && tt.toks[k].start == s && tt.toks[k].end == e && strings.HasPrefix(tt.toks[k].pos, "nr") && clamp(l.given[tt.runes[e-1]], -4, 3) < 1.5 {
			return false
		}
	}
	if personNouns[given] || isRoleWord(given) || roles13[given] || nonGivenEnd13.has(tt.runes[e-1]) || personNouns[whole] || isRoleWord(whole) || roles13[whole] {
		return false
	}
	if l.places[whole] > 0 || genreWords[whole] || l.common[whole] {
		return false
	}
	// (a frequent word above, whatever gojieba tagged it: 养老/nr)
	// the whole span one dictionary word other than a name (全部, 和谐)
	if k := tt.tokAt13(s); k >= 0 && tt.toks[k].start == s && tt.toks[k].end == e {
		if p := tt.toks[k].pos; p != "x" && !strings.HasPrefix(p, "nr") && (l.common[whole] || tt.toks[k].dictWord()) {
			return false
		}
	}
	// a word runs from before the surname into it, or from the given name
	// past the end: the name is cut out of words
	if k := tt.tokAt13(e - 1); k >= 0 && tt.toks[k].end > e && tt.toks[k].pos != "x" && !cross {
		return false
	}
	// the given name a numeral, measure word, direction, pronoun or
	// particle (才|一个, 和|以上)
	if k := tt.tokAt13(g); k >= 0 && tt.toks[k].start == g && tt.toks[k].end == e {
		if p := tt.toks[k].pos; p != "" && strings.ContainsRune("rumqfyc", rune(p[0])) {
			return false
		}
	}
	return true
}

// ledBy14 end the phrase 在X的…下 that names a person leading others
// (在甲乙丙的带动下).
var ledBy14 = []string{"的带动下", "的带领下", "的帮助下", "的指导下", "的示范带动下", "的感召下", "的影响下", "的鼓励下", "的动员下", "的牵头下"}

// ledBySig14 and clauseKinSig14 are the sigList16 of ledBy14 and
// clauseKin14, which fixedEndNames14 asks of every text.
var (
	ledBySig14     = sigListOf(ledBy14)
	clauseKinSig14 = sigListOf(clauseKin14)
)

// sendVerbs14 send a person to a post, takeVerbs14 take it up: a name
// between them (派甲乙丙担任专班组长) is read by fixedEndNames14.
var (
	sendVerbs14 = []string{"选派", "委派", "派驻", "推荐", "派"}
	takeVerbs14 = []string{"担任", "出任", "兼任", "任"}
)

// countedAfter14 follow 等 and a count after the last name of a list of
// persons (甲乙丙等十名, 甲乙丙等3人), the class fixedEndNames14 reads.
var countedAfter14 = runeBitsOf("名位人户")

// numeralRunes14 write the count between 等 and countedAfter14
// (等十二名, 等3人, 等多名) for fixedEndNames14.
var numeralRunes14 = runeBitsOf("一二两三四五六七八九十百千0123456789０１２３４５６７８９多余")

// fixedEndNames14 reads a name with looseName14 where the sentence fixes
// both its ends: 在X的带动下 (ledBy14), a verb, X, 等 and a count of
// persons, a send verb, X and a take verb, X at a clause start before
// clauseKin14, X after a by-line or contact word, and X between a role
// word and a verb (verbAfter14). Each finding is a person scored above
// a context's evidence.
func fixedEndNames14(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	add := func(s, e int, ev string) {
		if overlapsEdge18(fs, tt.off[s], tt.off[e]) || coveredBy13(fs, tt.off[s], tt.off[e]) || placeOver13(fs, tt.off[s], tt.off[e]) {
			return
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: ev + ",persons14", Score: contextScore + 1})
	}
	// 在甲乙丙的带动下
	for i, w := range ledBy14 {
		for _, p := range occurrencesSig18(tt, ledBySig14, ledBy14, i) { // (occurrences19 by the list's bits: speed18.go)
			for ln := 2; ln <= 4; ln++ {
				s := p - ln
				if s >= 1 && tt.runes[s-1] == '在' && looseName14(tt, s, p) {
					add(s, p, "led-by:"+w)
					break
				}
			}
		}
	}
	// 表彰了甲乙丙等十名: a verb (and 了) before, 等 and a count of persons after
	for _, p := range occurrences19(tt, "等") {
		if p+2 >= n {
			continue
		}
		c := p + 1
		for c < n && numeralRunes14.has(tt.runes[c]) {
			c++
		}
		if c == p+1 || c >= n || !countedAfter14.has(tt.runes[c]) {
			continue
		}
		for ln := 2; ln <= 4; ln++ {
			s := p - ln
			if s < 1 || !looseName14x(tt, s, p, true) {
				continue
			}
			b := s
			if tt.runes[b-1] == '了' {
				b--
			}
			if k := tt.tokAt13(b - 1); k >= 0 && tt.toks[k].end == b && strings.HasPrefix(tt.toks[k].pos, "v") && tt.toks[k].n() >= 2 {
				add(s, p, "counted-after-verb")
				break
			}
		}
	}
	// 派甲乙丙担任
	for _, v := range takeVerbs14 {
		for _, p := range occurrences19(tt, v) {
			if !tt.tokStart(p) {
				continue
			}
			for ln := 2; ln <= 4; ln++ {
				s := p - ln
				if s < 1 || !looseName14(tt, s, p) {
					continue
				}
				if w := endsWithAny14(tt, s, sendVerbs14); w != "" {
					add(s, p, "sent:"+w)
					break
				}
			}
		}
	}
	// 甲乙丙说：“…”, 甲乙丙一家 at a clause's start
	for i, w := range clauseKin14 {
		for _, p := range occurrencesSig18(tt, clauseKinSig14, clauseKin14, i) { // (occurrences19 by the list's bits: speed18.go)
			for ln := 4; ln >= 2; ln-- {
				s := p - ln
				if s < 0 || s > 0 && !stop19.has(tt.runes[s-1]) {
					continue
				}
				if looseName14(tt, s, p) && tt.tokStart(s) {
					add(s, p, "clause-start:"+w)
					break
				}
			}
		}
	}
	// a by-line or contact word, its colon or padding, the name, then
	// padding, punctuation or the line's end (通讯员 甲乙丙, 联系人：甲乙丙  电话)
	for k := range tt.toks {
		t := &tt.toks[k]
		if !bylineTok20(t) { // (byline28 or 联系人, gated on the last character: speed20.go)
			continue
		}
		s := t.end
		if s < n && (tt.runes[s] == '：' || tt.runes[s] == ':') {
			s++
		}
		for s < n && spaceRune(tt.runes[s]) {
			s++
		}
		if s == t.end {
			continue
		}
		for ln := 4; ln >= 2; ln-- {
			e := s + ln
			if e > n || e < n && (isHan(tt.runes[e]) || tt.runes[e] == '、') || !looseName14(tt, s, e) {
				continue
			}
			if tt.runes[s] == '和' && !givenBacked14(tt, s+1, e) {
				continue
			}
			add(s, e, "by-line:"+t.word)
			break
		}
	}
	// a role word, the name, a verb of two characters or more
	first := surnameFirst20()
	for s := 1; s+1 < n; s++ {
		if !surnameMay20(first, tt.runes[s]) || surnameLen14(tt, s, 3) == 0 || !roleBefore13(tt, s) && occupationBefore13b(tt, s) == 0 { // (a bit test first: speed20.go)
			continue
		}
		if k := tt.tokAt13(s); k >= 0 && tt.toks[k].start < s && tt.toks[k].pos != "x" && !roleSet13[tt.toks[k].word] && occupationBefore13b(tt, s) == 0 {
			continue // the surname ends a word of the dictionary (村|民宿)
		}
		if k := tt.tokAt13(s); k >= 0 && tt.toks[k].start < s && tt.toks[k].end > s && (roleSet13[tt.toks[k].word] || tt.toks[k].start <= s-2 && tt.toks[k].pos != "x") {
			continue // a word runs from the role over the surname (老师傅|带徒): the character belongs to it
		}
		if s >= 2 && placeOver13(fs, tt.off[s-2], tt.off[s]) && !roleFinding13(fs, tt.off[s]) {
			continue // the role word cut out of a place
		}
		for ln := 4; ln >= 2; ln-- {
			e := s + ln
			if e >= n || !tt.tokStart(e) || !verbAfter14(tt, e) || !looseName14(tt, s, e) {
				continue
			}
			if tt.runes[s] == '和' && !givenBacked14(tt, s+1, e) {
				continue // 网格员和志愿者一起: a conjunction before a kind of person or thing
			}
			if notNameAfterRole14(tt, s, e) {
				continue // 球员|都曾在, 总理|周二晚, 党员|和师生 (np14.go)
			}
			add(s, e, "role-verb")
			s = e - 1
			break
		}
	}
	return out
}

// clauseKin14 follow a name at a clause's start: saying, a family, a
// couple, an elder, 同志 (甲乙丙说：, 甲乙丙一家; fixedEndNames14).
var clauseKin14 = []string{"说：", "一家", "夫妇", "老人", "同志"}

// endsWithAny14 returns the word of ws that ends right before rune s, as
// a token's end, or "".
func endsWithAny14(tt *tokText, s int, ws []string) string {
	for _, w := range ws {
		b := s - runeLen(w)
		if b >= 0 && tt.sub(b, s) == w && tt.tokStart(b) {
			return w
		}
	}
	return ""
}

// verbAfter14 reports a verb or preposition token of two characters or
// more starting at rune e (协助, 主持, 回乡, 开办), or a word that follows a
// name (说, 一家).
func verbAfter14(tt *tokText, e int) bool {
	k := tt.tokAt13(e)
	if k < 0 || tt.toks[k].start != e {
		return false
	}
	t := &tt.toks[k]
	if nameFollow13[t.word] || t.n() == 1 && t.pos == "p" && strings.ContainsRune("把被将在从向对给为", tt.runes[e]) {
		return true // (甲乙丙|把包裹…, 甲乙丙|在车间…)
	}
	return t.n() >= 2 && t.pos != "" && (t.pos[0] == 'v' && t.pos != "vn" || t.pos[0] == 'p' || t.pos[0] == 'd')
}

// givenBacked14 reports whether runes [g, e) after 和 read as a given
// name rather than a word joined by the conjunction: gojieba tags the
// surname and given name one name (和小红/nr), or the given name is a
// name or place word of its own (向阳/nr, 建国/ns) or a run it did not
// know, or the characters are given-name characters.
func givenBacked14(tt *tokText, g, e int) bool {
	if k := tt.tokAt13(g - 1); k >= 0 && tt.toks[k].start == g-1 && tt.toks[k].end == e && strings.HasPrefix(tt.toks[k].pos, "nr") {
		return true
	}
	if k := tt.tokAt13(g); k >= 0 && tt.toks[k].start == g && tt.toks[k].end == e {
		p := tt.toks[k].pos
		if strings.HasPrefix(p, "nr") || p == "ns" || p == "nz" || p == "x" {
			return true
		}
	}
	l := getLexicon()
	score := 0.0
	for _, r := range tt.runes[g:e] {
		score += clamp(l.given[r], -4, 3)
	}
	return score >= 1.5 && !l.common[tt.sub(g, e)]
}

// kinAfter14 follow a minority name that minorityInContext14 reads
// (次仁一家, 卓玛老人, 次仁说).
var kinAfter14 = []string{"一家", "夫妇", "老人", "同志", "家", "说"}

// minorityInContext14 finds a single-element minority name (次仁, 卓玛)
// after a role word, or before a word of kin or saying at a clause start
// or after a verb.
func minorityInContext14(tt *tokText, fs []Finding) []Finding {
	m := minorityInventory21()
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+2 <= n; s++ {
		if !m.first.has(tt.runes[s]) || !minoritySecond20(m, tt.runes[s+1]) { // (a second character's bit test: speed20.go)
			continue
		}
		e := -1
		for ln := 3; ln >= 2; ln-- {
			if s+ln <= n && minorityElem14(m, tt.sub(s, s+ln)) {
				e = s + ln
				break
			}
		}
		if e < 0 || m.notNameAt21(tt, s, e) {
			continue
		}
		before := s > 0 && (roleBefore13(tt, s) || occupationBefore13b(tt, s) > 0)
		after := e < n && firstPrefix(tt.text[tt.off[e]:], kinAfter14) != ""
		if after && s > 0 && !stop19.has(tt.runes[s-1]) && !before {
			k := tt.tokAt13(s - 1)
			after = k >= 0 && tt.toks[k].end == s && strings.HasPrefix(tt.toks[k].pos, "v")
		}
		// what follows the name: the text's end, punctuation, a word that
		// starts there, or the kin word
		endOK := e == n || !isHan(tt.runes[e]) || after || tt.tokStart(e) || verbStartsAt14(tt, e)
		if !(before || after) || !endOK || coveredBy13(fs, tt.off[s], tt.off[e]) || overlapsEdge18(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "minority-context,persons14", Score: contextScore + 1})
		s = e - 1
	}
	return out
}

// verbStartsAt14 reports whether a dictionary verb starts at rune e inside
// a run gojieba did not know (次仁住|进 tagged 次仁住/x): the text from e
// begins with a frequent word of two characters.
func verbStartsAt14(tt *tokText, e int) bool {
	if e+2 > len(tt.runes) {
		return false
	}
	k := tt.tokAt13(e)
	return k >= 0 && tt.toks[k].pos == "x" && getLexicon().common[tt.sub(e, e+2)]
}

// listNames14 reads an item of a 、 list beside a person found with the
// looser reading: an item between two commas, or the last before a verb,
// or the first after a role word.
func listNames14(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var seeds []Finding
	for _, f := range fs {
		if f.Type == PERSON && f.Score > contextScore && allHan(f.Text) && runeLen(f.Text) <= 4 && !placeOver13(fs, f.Start, f.End) {
			seeds = append(seeds, f)
		}
	}
	var out []Finding
	for round := 0; round < 4 && len(seeds) > 0; round++ {
		var add []Finding
		for _, f := range seeds {
			// the next item
			if e := tt.runeAt(f.End); e >= 0 && e+2 < n && tt.runes[e] == '、' {
				s := e + 1
				for ln := 4; ln >= 2; ln-- {
					x := s + ln
					if x > n || !(x == n || tt.runes[x] == '、' || verbAfter14(tt, x) || !isHan(tt.runes[x])) || !looseName14(tt, s, x) {
						continue
					}
					if !coveredBy13(fs, tt.off[s], tt.off[x]) && !overlapsEdge18(fs, tt.off[s], tt.off[x]) && !coveredBy13(out, tt.off[s], tt.off[x]) && !coveredBy13(add, tt.off[s], tt.off[x]) {
						add = append(add, Finding{Type: PERSON, Text: tt.sub(s, x), Start: tt.off[s], End: tt.off[x], Evidence: "list-name,persons14", Score: contextScore + 1})
					}
					break
				}
			}
			// the item before
			if s := tt.runeAt(f.Start); s >= 3 && tt.runes[s-1] == '、' {
				for ln := 4; ln >= 2; ln-- {
					b := s - 1 - ln
					if b < 0 || !looseName14(tt, b, s-1) {
						continue
					}
					if b > 0 && tt.runes[b-1] != '、' && isHan(tt.runes[b-1]) && !roleBefore13(tt, b) && occupationBefore13b(tt, b) == 0 {
						continue
					}
					if tt.runes[b] == '和' && (b == 0 || tt.runes[b-1] != '、') && !givenBacked14(tt, b+1, s-1) {
						continue
					}
					if !coveredBy13(fs, tt.off[b], tt.off[s-1]) && !overlapsEdge18(fs, tt.off[b], tt.off[s-1]) && !coveredBy13(out, tt.off[b], tt.off[s-1]) && !coveredBy13(add, tt.off[b], tt.off[s-1]) {
						add = append(add, Finding{Type: PERSON, Text: tt.sub(b, s-1), Start: tt.off[b], End: tt.off[s-1], Evidence: "list-name,persons14", Score: contextScore + 1})
					}
					break
				}
			}
		}
		out = append(out, add...)
		seeds = add
	}
	return out
}

// rareSurnameTitles14 masks the surname of a name found whose surname is
// an ordinary character (才伟 … 才书记), which surnameOf does not return,
// where it stands again before a title of titles13.
func rareSurnameTitles14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	seen := map[rune]bool{}
	for _, f := range fs {
		if f.Type != PERSON || !allHan(f.Text) || runeLen(f.Text) < 2 || runeLen(f.Text) > 3 {
			continue
		}
		r, _ := firstRune(f.Text)
		if l.isSurname(r) || seen[r] || !(rareSurnames14.has(r) || extraSurnames13.has(r) || ordinarySurnames13b.has(r)) {
			continue
		}
		if !strings.Contains(f.Evidence, "persons1") && !strings.Contains(f.Evidence, "13b") {
			continue // only names the person rounds read with such a surname
		}
		seen[r] = true
		sur := string(r)
		for _, p := range occurrences19(tt, sur) {
			e := p + 1
			if e >= len(tt.runes) {
				continue
			}
			if p > 0 && isHan(tt.runes[p-1]) && !stop19.has(tt.runes[p-1]) {
				continue // 人才|书记: the character ends a word before it
			}
			ti := firstPrefix(tt.text[tt.off[e]:], titles13)
			if ti == "" {
				continue
			}
			// the surname with its title, as the surname+title reading
			// masks 甲组长: the character alone would be masked wherever
			// it stands (村子才有希望)
			x := e + runeLen(ti)
			if coveredBy13(fs, tt.off[p], tt.off[x]) || overlapsEdge18(fs, tt.off[p], tt.off[x]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(p, x), Start: tt.off[p], End: tt.off[x], Evidence: "rare-surname-title,persons14", Score: contextScore})
		}
	}
	return out
}

// verbTails14 ends a person reading before the verb it ran over: an
// aspect particle right after it (甲乙笑|着说: the last character is the
// verb), a verb or preposition token of the dictionary inside its tail or
// across its end (卓玛带头, 卓玛通|过), or a one-character verb at its end
// before another verb or 了 (甲乙住|进了).
func verbTails14(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !(strings.Contains(f.Evidence, "leaks17p") || strings.Contains(f.Evidence, "13b") || strings.HasPrefix(f.Evidence, "four-character-name")) {
			continue
		}
		for pass := 0; pass < 2; pass++ {
			verbTail14(tt, f)
		}
	}
	return fs
}

// verbTail14 ends person reading f before the verb at its end, once (see
// verbTails14).
func verbTail14(tt *tokText, f *Finding) {
	n := len(tt.runes)
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if f.End == len(tt.text) {
		e = n
	}
	if s < 0 || e < 0 || e-s < 3 || !allHan(f.Text) {
		return
	}
	cut := -1
	if j := tt.tokAt13(e - 1); j >= 0 {
		t := &tt.toks[j]
		if t.start >= s+2 && t.n() >= 2 && t.pos != "" && strings.ContainsRune("vpd", rune(t.pos[0])) && t.pos != "vn" && t.dictWord() {
			cut = t.start // 卓玛|带头, 卓玛|通过
		} else if t.start == e-1 && t.n() == 1 && t.pos != "" && t.pos[0] == 'v' && e < n && (strings.ContainsRune("了着过", tt.runes[e]) || verbAfterOne14(tt, e)) {
			cut = e - 1 // 甲乙住|进了
		}
	}
	if cut < 0 && e < n && strings.ContainsRune("着了过", tt.runes[e]) {
		// 甲乙笑|着说: the particle glued to the verb of saying by
		// gojieba, or standing alone; not a word it begins (过去)
		if j := tt.tokAt13(e); j >= 0 && (tt.toks[j].n() == 1 || tt.toks[j].pos == "x" || tt.toks[j].start != e) {
			cut = e - 1
		}
	}
	if cut < 0 && e-s == 3 && e < n && (tt.runes[e] == '了' || verbAfterOne14(tt, e)) {
		if minorityElem14(minorityInventory21(), tt.sub(s, s+2)) {
			cut = s + 2 // 卓玛住|进了: a minority name of two characters and a verb
		}
	}
	if cut < s+2 {
		return
	}
	f.End = tt.off[cut]
	f.Text = tt.text[f.Start:f.End]
	f.Evidence += ",verb-tail14"
}

// verbAfterOne14 reports a verb token starting at rune e (甲乙住|进了:
// verbTail14's one-character verb before another verb).
func verbAfterOne14(tt *tokText, e int) bool {
	k := tt.tokAt13(e)
	return k >= 0 && tt.toks[k].start == e && tt.toks[k].pos != "" && tt.toks[k].pos[0] == 'v'
}

// roleQualifiers14 drops a person reading of two characters right before
// a role word that a name follows (特岗|教师甲乙): the two characters
// qualify the role; a name stands after the role, not before it.
func roleQualifiers14(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		drop := false
		if f.Type == PERSON && runeLen(f.Text) == 2 && !strings.Contains(f.Evidence, "persons1") {
			e := tt.runeAt(f.End)
			if e > 0 && e+3 < len(tt.runes) {
				for ln := 2; ln <= 3; ln++ {
					q := e + ln
					if q < len(tt.runes) && roles13[tt.sub(e, q)] && (surnameLen14(tt, q, 3) > 0 || minorityInventory21().first.has(tt.runes[q])) {
						drop = true
						break
					}
				}
			}
		}
		if drop {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// wordTitles14 drops a surname and title reading (班组长) whose surname
// ends a word with the character before it (专班|组长): the title follows
// that word, no surname.
func wordTitles14(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && strings.HasPrefix(f.Evidence, "surname+title") {
			s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
			if e < 0 && f.End == len(tt.text) {
				e = len(tt.runes)
			}
			if s > 0 && e > s && isHan(tt.runes[s-1]) && !stop19.has(tt.runes[s-1]) {
				if l.common[tt.sub(s-1, s+1)] {
					continue
				}
				// the reading one word of the dictionary (专|班组长/n)
				if k := tt.tokAt13(s); k >= 0 && tt.toks[k].start == s && tt.toks[k].end == e && tt.toks[k].dictWord() && !strings.HasPrefix(tt.toks[k].pos, "nr") {
					continue
				}
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// bodiesOverNames14 drops a body the org-suffix reading ran over a name
// and the verb after it (教师甲乙丙|扎根山区小学), or that starts with that
// verb right after a person found (甲乙丙|扎根山区小学): a body's name does
// not go on from a person, or from a name after a role, with a frequent
// word that is no place; that word is the clause's predicate.
func bodiesOverNames14(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == ORG && strings.HasPrefix(f.Evidence, "org-suffix") && bodyOverName14(tt, fs, &f) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// bodyOverName14 reports whether body f starts with a name and a verb, or
// with a verb after a person found, as bodiesOverNames14 drops.
func bodyOverName14(tt *tokText, fs []Finding, f *Finding) bool {
	s, fe := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || fe < 0 {
		return false
	}
	var ends []int // where the verb would start: after a name at the body's start
	for k := range fs {
		g := &fs[k]
		if g.Type != PERSON || g.Score < contextScore {
			continue
		}
		if !strings.Contains(g.Evidence, "role") {
			if gs := tt.runeAt(g.Start); gs <= 0 || !roleBefore13(tt, gs) && occupationBefore13b(tt, gs) == 0 {
				continue // a person not read after a role (那曲 of 那曲雪域…有限公司)
			}
		}
		if g.Start == f.Start && g.End < f.End || g.End == f.Start {
			ends = append(ends, tt.runeAt(g.End))
		}
	}
	// a name after a role at the body's start, or begun one or two
	// characters before it (时|海洋扎根…: the body left the surname out)
	m := minorityInventory21()
	for b := s; b >= max(1, s-2); b-- {
		if !roleBefore13(tt, b) && occupationBefore13b(tt, b) == 0 {
			continue
		}
		for ln := 2; ln <= 4; ln++ {
			if b+ln > s && (looseName14(tt, b, b+ln) || minorityElem14(m, tt.sub(b, min(b+ln, len(tt.runes))))) {
				ends = append(ends, b+ln)
			}
		}
	}
	l := getLexicon()
	for _, e := range ends {
		if e < 0 || e+2 > fe {
			continue
		}
		if j := tt.tokAt13(e); j >= 0 && tt.toks[j].start == e && tt.toks[j].n() >= 2 && tt.toks[j].end < fe {
			w := tt.toks[j].word
			// a verb, or a word gojieba tags as a place that is none
			// (扎根/ns); a noun may begin a body's name (雪域)
			p := tt.toks[j].pos
			verbLike := p != "" && (strings.ContainsRune("vdpa", rune(p[0])) && p != "vn" || p == "ns")
			if verbLike && (l.common[w] || tt.toks[j].dictWord()) && l.places[w] == 0 && l.short[w] == "" && !orgSuffixWord14(w) {
				return true
			}
		}
	}
	return false
}

// orgSuffixWord14 reports whether w ends in a kind word of a body (公司,
// 学校, 小学, 中学): such a word after a person belongs to the body's
// name, no predicate, so bodyOverName14 keeps the body.
func orgSuffixWord14(w string) bool {
	return strings.HasSuffix(w, "公司") || strings.HasSuffix(w, "学校") || strings.HasSuffix(w, "小学") || strings.HasSuffix(w, "中学")
}

// minorityElem14 reports whether w is an element of a Tibetan, Mongolian
// or Turkic name of the minority inventory m (次仁, 卓玛): the
// single-element names minorityInContext14, verbTail14 and
// bodyOverName14 read.
func minorityElem14(m *minorityInv21, w string) bool {
	return m.elems[0][w] || m.elems[1][w] || m.elems[2][w]
}
