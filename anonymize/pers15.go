package anonymize

import "strings"

// This file holds round pers15: persons in the genres dense in persons
// (honour lists, rank lists, meeting news, speakers), each recognised by
// the frame around the name rather than by the name. pers15 runs after
// leaks34, persons15 and abbr15 (anonymize.go), before appoint15:
//
//   - a third tier of surnames, surnames15: real surnames that are
//     ordinary characters (操, 过, 占, 虎, 蹇, 禤), read only in a person's
//     frame, never on their own;
//   - a list of names after a word that introduces persons (县领导,
//     名单：, 授予, 表彰, 出席…的有) and before a word that closes a list of
//     persons (等同志, 参加, 一行) or punctuation: every item whose first
//     character is a surname of any tier is masked whole, also when the
//     gazetteer read its given name as a place (占|秀英, 操|卫东)
//     (listNames15);
//   - a name of a surnames15 surname before 同志, 等N人, 一行, 一家 or
//     after a role word (nameFrames15);
//   - a name after a rank (第一名, 一等奖, 冠军) before a bracket or
//     punctuation (rankNames15);
//   - a surname and a title at a clause's start before a verb of speech or
//     action (章站长说, 操书记带领): the surname is masked, here and
//     wherever the same surname and title stand again (titleRefs15).

// surnames15 are real surnames that are ordinary characters, which the
// surname table lacks: read only in a person's frame (class: 操, 过, 占,
// 虎, 蹇, 禤 before a given name the table does not vouch for).
var surnames15 = runeBitsOf("操过占虎蹇禤接保线续刀" + rareSurnames16) // pers16.go: rare surnames (翦)

// surnameAny15 reports whether r is a surname of any tier: the table, the
// minority surnames and the ordinary-character tiers of earlier rounds.
func surnameAny15(l *lexicon, r rune) bool {
	return l.isSurname(r) || surnames15.has(r) || surnames33.has(r) || surnames34.has(r) ||
		rareSurnames14.has(r) || extraSurnames13.has(r) || ordinarySurnames13b.has(r)
}

// pers15 adds the findings of this round to fs.
func pers15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayContain("、") {
		out = append(out, listNames15(tt, fs)...)
	}
	out = append(out, nameFrames15(tt, fs)...)
	out = append(out, rankNames15(tt, fs)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere28(tt, out))
	}
	if refs := titleRefs15(tt, fs); len(refs) > 0 {
		fs = add19(fs, refs)
	}
	return fs
}

// listIntrosStrong15 end the words that introduce a list of persons and
// need no closing word after the list (县领导甲乙丙、丁戊参加, 名单：甲、乙).
var listIntrosStrong15 = []string{"县领导", "市领导", "区领导", "州领导", "镇领导", "乡领导", "领导", "名单：", "名单:", "授予", "表彰", "参加人员：", "参会人员：", "出席人员：", "成员：", "嘉宾：", "获奖者："}

// listIntrosWeak15 introduce a list only when a word of listEnds15 closes
// it (出席会议的有甲、乙等同志): news has many ordinary words after 有.
var listIntrosWeak15 = []string{"的有", "人员有", "领导有", "嘉宾有", "同志有"}

// listEnds15 close a list of persons.
var listEnds15 = []string{"等同志", "等领导", "等人", "同志", "参加", "出席", "一行", "陪同", "等", "分别"}

// listPunct15 may close a list after a strong intro.
const listPunct15 = "，。；：！？“（(\n"

// listStop15 end a name of a list: 甲乙|等同志, 甲乙|和丙丁.
var listStop15 = runeBitsOf("等和与及或同暨")

// nameItem15 reports whether runes [s, e) read as one name of a list: two
// to four Han characters (才让卓玛, 欧阳甲乙), a surname of any tier or a
// compound surname first, no function character after it, no ordinary word
// or role word.
func nameItem15(tt *tokText, s, e int) bool {
	l := getLexicon()
	n := e - s
	// (the surname itself may be a function character: 过, 才)
	if n < 2 || n > 4 || !isHan(tt.runes[s]) || !hanName11(tt, s+1, e) {
		return false
	}
	w := tt.sub(s, e)
	if !l.compound[tt.sub(s, s+2)] && !surnameAny15(l, tt.runes[s]) {
		return false
	}
	for _, r := range tt.runes[s+1 : e] {
		// (等, 和, 与 … close a name: 甲乙|等同志)
		if hardStop[r] || r == '某' || listStop15.has(r) {
			return false
		}
	}
	if l.common[w] || isRoleWord(w) || personNouns[w] || isRoleWord(tt.sub(s+1, e)) || personNouns[tt.sub(s+1, e)] {
		return false
	}
	if n == 3 && l.common[tt.sub(s, s+2)] && !l.compound[tt.sub(s, s+2)] && !surnames15.has(tt.runes[s]) {
		// 公安、交通 … read as 公安X: an ordinary word, no name
		return false
	}
	return true
}

// listNames15 finds a 、 list of two or more names after a word of
// listIntrosStrong15 or listIntrosWeak15, every item a name (nameItem15),
// the last item closed by a word of listEnds15 (or, after a strong intro,
// punctuation). Class: meeting news and honour lists whose names bear
// surnames of the ordinary-character tiers (县领导虎甲乙、蹇丙丁参加活动).
func listNames15(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	if !strings.ContainsRune(tt.text, '、') {
		return nil // a list of two names or more has a 、 (below: len(items) >= 2)
	}
	for s := 2; s+4 < n; s++ {
		// the first item ends at a 、 within five characters (e-b < 5
		// below), or the list has fewer than two items: tested before the
		// intro words, which cost a suffix search at every character
		if !listIntroMay22(tt, s) || !commaWithin15(tt, s) { // (speed22: the intro's last character first)
			continue
		}
		pre := tt.text[:tt.off[s]]
		strong := firstSuffix(pre, listIntrosStrong15) != ""
		if !strong && firstSuffix(pre, listIntrosWeak15) == "" {
			continue
		}
		// the items between 、
		var items [][2]int
		b := s
		ok := true
		for {
			e := b
			for e < n && e-b < 5 && isHan(tt.runes[e]) {
				e++
			}
			if e < n && tt.runes[e] == '、' {
				if !nameItem15(tt, b, e) {
					ok = false
					break
				}
				items = append(items, [2]int{b, e})
				b = e + 1
				continue
			}
			// the last item: the longest name closed by an end word
			last := -1
			for _, ln := range []int{3, 2, 4} {
				q := b + ln
				if q > n || !nameItem15(tt, b, q) {
					continue
				}
				rest := tt.text[tt.off[q]:]
				if hasAnyPrefix13(rest, listEnds15) || (strong && (q == n || strings.ContainsRune(listPunct15, tt.runes[q]))) {
					last = q
					break
				}
			}
			if last < 0 {
				ok = false
			} else {
				items = append(items, [2]int{b, last})
			}
			break
		}
		if !ok || len(items) < 2 {
			continue
		}
		for _, it := range items {
			a, e := tt.off[it[0]], tt.off[it[1]]
			// (a person read over exactly the item is read again here: a
			// later keep round drops a reading of the word-name rules,
			// 马光明 of 光明, not one of a list)
			if coveredBeyond15(fs, a, e) || strongOver15(fs, a, e) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it[0], it[1]), Start: a, End: e, Evidence: "list-name,pers15", Score: contextScore + 1})
		}
		s = items[len(items)-1][1]
	}
	return out
}

// coveredBeyond15 is coveredBy13 without a person read over exactly [s, e).
func coveredBeyond15(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && f.Start <= s && f.End >= e && (f.Start < s || f.End > e) {
			return true
		}
	}
	return false
}

// strongOver15 is strongOver33 that lets a place read inside the name give
// way (占|秀英 of 秀英区, 操|卫东): only a finding that reaches outside the
// name, or a body, stands.
func strongOver15(fs []Finding, s, e int) bool {
	for k := range fs {
		f := &fs[k]
		if f.Type == PERSON || f.End <= s || e <= f.Start || weak19(f) {
			continue
		}
		if f.Type == LOCATION && f.Start >= s && f.End <= e {
			continue
		}
		return true
	}
	return false
}

// frameAfter15 follow a name of a surnames15 surname: a comrade, a party,
// a family or a quote (甲乙同志, 甲乙等三人, 甲乙一行, 甲乙说：).
var frameAfter15 = []string{"说：", "说:", "同志", "一行", "一家", "夫妇", "等同志", "等人", "等一", "等二", "等三", "等四", "等五", "等六", "等七", "等八", "等九", "等十", "等2", "等3", "等4", "等5", "等6", "等7", "等8", "等9"}

// ledAfter15 close a name after 在 (在甲乙丙的带动下).
var ledAfter15 = []string{"的带动下", "的带领下", "的帮助下", "的指导下", "的组织下"}

// introsAfter15 end the words after which a name starts a clause of its
// own: verbs of honouring (表彰了甲乙丙等十名).
var introsAfter15 = []string{"表彰了", "表彰", "授予", "推选", "评选出"}

// introEnds15 reports whether a word of introsAfter15 or listIntrosStrong15
// ends right before rune s.
func introEnds15(tt *tokText, s int) bool {
	pre := tt.text[:tt.off[s]]
	return firstSuffix(pre, introsAfter15) != "" || firstSuffix(pre, listIntrosStrong15) != ""
}

// nameFrames15 finds a surnames15 surname and a one- or two-character given
// name at a clause's start (or after 表彰了, 授予) before a word of
// frameAfter15; right after a role word before a word followAt34 accepts;
// after a role and padding before padding, a bracket or the end (by-lines);
// after 在 before 的带动下 (class: 禤甲乙同志, 过甲乙一行, 甲乙丙说：,
// 站长操甲乙带领, 通讯员 蹇甲乙, 在操甲乙的带动下).
func nameFrames15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 0; s+2 < n; s++ {
		if !surnames15.has(tt.runes[s]) || l.isSurname(tt.runes[s]) {
			continue
		}
		clause := s == 0 || stop19.has(tt.runes[s-1]) || introEnds15(tt, s)
		// a role right before, or before padding or a colon (通讯员 甲乙丙)
		p := s
		for p > 0 && s-p < 3 && (spaceRune(tt.runes[p-1]) || tt.runes[p-1] == '：' || tt.runes[p-1] == ':') {
			p--
		}
		// (not when the surname closes a word with the character before
		// it: 高技能人|才不足 reads 人才, no role and name)
		role := p >= 2 && roleEndAt33(tt, p) && (p < s || !l.common[tt.sub(s-1, s+1)])
		// 在甲乙丙的带动下: the name after 在 that the sentence closes
		led := s > 0 && tt.runes[s-1] == '在'
		if !clause && !role && !led {
			continue
		}
		for gl := 2; gl >= 1; gl-- {
			e := s + 1 + gl
			if e > n || !hanName11(tt, s+1, e) {
				continue
			}
			rest := tt.text[tt.off[e]:]
			ok := (clause || role) && hasAnyPrefix13(rest, frameAfter15)
			ok = ok || (role && followAt34(tt, e))
			ok = ok || (role && p < s && (e == n || spaceRune(tt.runes[e]) || strings.ContainsRune("）)", tt.runes[e])))
			ok = ok || (led && hasAnyPrefix13(rest, ledAfter15))
			if !ok {
				continue
			}
			name := tt.sub(s, e)
			bad := false
			for _, c := range tt.runes[s+1 : e] {
				if hardStop[c] || c == '某' {
					bad = true
				}
			}
			if bad || l.common[name] || l.common[tt.sub(s, s+2)] || personNouns[tt.sub(s+1, e)] || isRoleWord(tt.sub(s+1, e)) {
				continue
			}
			if !coveredBy13(fs, tt.off[s], tt.off[e]) && !strongOver15(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: name, Start: tt.off[s], End: tt.off[e], Evidence: "frame-name,pers15", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// ranks15 name a place in a ranking or a prize a name follows.
var ranks15 = []string{"一等奖", "二等奖", "三等奖", "优秀奖", "特等奖", "冠军", "亚军", "季军"}

// rankEnds15 reports whether a rank word (第一名, 第2名, 一等奖) and
// padding or a colon end right before rune q.
func rankEnds15(tt *tokText, q int) bool {
	p := q
	for p > 0 && (spaceRune(tt.runes[p-1]) || tt.runes[p-1] == '：' || tt.runes[p-1] == ':') {
		p--
	}
	if p == q && !(p > 0 && tt.runes[p-1] == '名') {
		// no padding nor colon: only 第N名 may stand glued to the name
		// (第一名甲乙丙); a prize word (一等奖甲乙) needs a separator
		return false
	}
	if firstSuffix(tt.text[:tt.off[p]], ranks15) != "" {
		return true
	}
	if p >= 3 && tt.runes[p-1] == '名' {
		k := p - 2
		for k > 0 && strings.ContainsRune("一二三四五六七八九十0123456789", tt.runes[k]) {
			k--
		}
		return k < p-2 && tt.runes[k] == '第'
	}
	return false
}

// rankNames15 finds a name of any tier's surname after a rank and padding
// or a colon, before a bracket, padding or punctuation (class: rank lists,
// 第一名 甲乙丙（某镇）, 一等奖：甲乙).
func rankNames15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for s := 3; s+1 < n; s++ {
		if !rankEndsMay22(tt, s) || !surnameAny15(l, tt.runes[s]) || !rankEnds15(tt, s) { // (speed22: the cheap test first)
			continue
		}
		for _, ln := range []int{3, 2} {
			e := s + ln
			if e > n || !nameItem15(tt, s, e) {
				continue
			}
			if e < n && !(spaceRune(tt.runes[e]) || strings.ContainsRune("（(，。；、\n", tt.runes[e])) {
				continue
			}
			if !coveredBeyond15(fs, tt.off[s], tt.off[e]) && !strongOver15(fs, tt.off[s], tt.off[e]) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "rank-name,pers15", Score: contextScore + 1})
			}
			break
		}
	}
	return out
}

// refTitles15 are the titles a surname stands before in a reference to a
// person (章站长, 操书记), longest first.
var refTitles15 = []string{"董事长", "总经理", "书记", "站长", "县长", "镇长", "乡长", "主任", "局长", "村长", "队长", "所长", "校长", "院长", "经理", "部长", "科长", "会长", "支书", "主席", "厂长", "行长", "馆长", "社长", "场长", "老师", "师傅", "医生", "大姐"}

// refVerbs15 may follow a surname and title at a clause's start: verbs of
// speech and of leading or visiting.
var refVerbs15 = []string{"说", "表示", "强调", "指出", "介绍", "要求", "告诉", "认为", "提出", "坦言", "笑着", "常说", "带领", "带队", "率队", "带着", "主持", "走访", "深入", "来到", "亲自", "多次", "一行", "召集", "组织", "讲"}

// notSurnameRef15 stand before a title without naming a person: former,
// deputy, levels and bodies (原书记, 副站长, 村主任, 党支部书记).
var notSurnameRef15 = runeBitsOf("原老小副前现新总大该本我其各全任由兼代省市县区镇乡村州旗党团局院校所站组队部厅委处科室社场厂馆行会支分二三四五六七八九十一")

// titleRefs15 finds a surname of the table or of surnames15 and a title of
// refTitles15 at a clause's start, before a verb of refVerbs15 (class:
// a person named by surname and title alone, 章站长说, 操书记带领; the
// development golds list such forms, with and without the full name in
// the document). The surname is masked, at that place and wherever the
// same surname and title stand again.
func titleRefs15(tt *tokText, fs []Finding) []Finding {
	return titleRefsOf(tt, fs, refTitles15, "title-ref,pers15")
}

// titleRefsOf finds a surname of the table or of surnames15 at a clause's
// start before a title of titles and a verb of refVerbs15, and returns the
// surname masked there and wherever the surname and title stand again, with
// evidence ev (titleRefs15's class, and ner17's titleRefs17 for the titles
// this one lacks).
func titleRefsOf(tt *tokText, fs []Finding, titles []string, ev string) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	seen := map[string]bool{}
	var refs []string
	for _, s32 := range tt.clauseStarts26() {
		// the clause start first: few characters follow a stop, while
		// most are surnames (speed24); the clause starts read once for
		// both callers and titleRefs18p (speed26)
		s := int(s32)
		if s+3 >= n {
			break
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

// surnameRefs returns, for each surname + title reference of refs, its
// surname masked wherever the reference stands in tt and no finding covers
// the surname or a strong one the reference (shared by titleRefsOf and
// pers16's body-title references).
func surnameRefs(tt *tokText, fs []Finding, refs []string, ev string) []Finding {
	var out []Finding
	for _, ref := range refs {
		for _, p := range occurrences19(tt, ref) {
			a, b := tt.off[p], tt.off[p+1]
			if coveredBy13(fs, a, b) || strongOver33(fs, a, tt.off[p+runeLen(ref)]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(p, p+1), Start: a, End: b, Evidence: ev, Score: contextScore + 1})
		}
	}
	return out
}

// commaWithin15 reports a 、 at runes s+1 … s+5 of tt: where the first item
// of a list that begins at s can end (listNames15).
func commaWithin15(tt *tokText, s int) bool {
	for e := s + 1; e <= s+5 && e < len(tt.runes); e++ {
		if tt.runes[e] == '、' {
			return true
		}
		if !isHan(tt.runes[e]) {
			return false
		}
	}
	return false
}
