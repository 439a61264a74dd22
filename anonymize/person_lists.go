package anonymize

import "strings"

// Lists of names closed by a word that says they are people.
//
// Reports name people in short lists that end in what they are: 对甲、乙等村干部
// 反映的问题, 组织农技员甲、乙等人驻点服务, 村民甲和乙夫妇. Such a list is a list
// of names even when one of them is an ordinary word (何方, 田野), once a role
// stands before it or one of its items is already known as a name. And a
// list of names runs on: 成员甲、乙、温暖每周进村 — the item after two names,
// standing as a word of its own before no noun, is a name too.

// kinPairs close a list of two names as a couple or family
// (甲和乙夫妇, 甲、乙父子).
var kinPairs = wordSet(`夫妇 夫妻 父子 母子 母女 父女 兄弟 姐妹 兄妹 姐弟 两口子 二人 两人`)

// closedListNouns follow 等 at the end of a list of people (甲、乙等人).
var closedListNouns = func() map[string]bool {
	m := wordSet(`人 同志 同志们 干部 党员干部 村组干部 镇村干部 代表 委员 专家 领导 负责人`)
	for w := range personNouns {
		m[w] = true
	}
	return m
}()

// nameItem reports whether runes [b, e) can be one item of a list of
// names: two or three Han characters, the first a surname, none
// grammatical or masked, starting a word of gojieba's and ending where
// one ends, and not a place or a place-like word.
func nameItem(tt *tokText, b, e int) bool {
	if b < 0 || e > len(tt.runes) || e-b < 2 || e-b > 3 || !tt.tokStart(b) || !tt.tokStart(e) {
		return false
	}
	l := getLexicon()
	if !l.isSurname(tt.runes[b]) {
		return false
	}
	for _, r := range tt.runes[b:e] {
		if !isHan(r) || givenStop[r] || functionRunes[r] || hardStop[r] || isMaskRune(r) {
			return false
		}
	}
	if last := tt.runes[e-1]; placeEndings[last] || villageWords[last] {
		return false
	}
	w := tt.sub(b, e)
	return l.places[w] == 0 && l.short[w] == "" && !isRoleWord(w)
}

// ordinaryItem reports whether the item [b, e) reads as an ordinary word
// (温暖, 何方), which only a list's other evidence makes a name.
func ordinaryItem(tt *tokText, b, e int) bool {
	w := tt.sub(b, e)
	return getLexicon().common[w] || getPersonLexicon().ordinary[w] || genreWords[w]
}

// closedNameLists finds the names of a list that ends in 等 and a word for
// people, or in a kinship word, when a role or a word for people stands
// before the list or one of its items is already a name.
func closedNameLists(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHavePerson(pcClosed) {
		return nil // no kin word and no 等 (speed9b.go)
	}
	var out []Finding
	n := len(tt.runes)
	ws := tt.personWordSet(pwClosed)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no kin word and no 等 at a later token)
			}
		}
		t := &tt.toks[k]
		c := t.start
		kin := tt.startMay(&kinPairsFirst, k) && kinPairs[t.word]
		if !kin {
			switch {
			case t.word == "等人":
			case t.word == "等" && t.end < n && closedListNouns[tt.toks[tt.tokOf[t.end]].word]:
			default:
				continue
			}
		}
		// Walk back over the items: every item but the first has a joiner
		// before it.
		type span struct{ b, e int }
		var items []span
		e := c
		for {
			joined := -1
			for _, ln := range []int{4, 3, 2} {
				b := e - ln
				if b >= 1 && listJoiners[tt.runes[b-1]] && (ln < 4 && nameItem(tt, b, e) || knownName(tt, fs, b, e)) {
					joined = b
					break
				}
			}
			if joined >= 0 {
				items = append(items, span{joined, e})
				e = joined - 1
				continue
			}
			first := -1
			for _, ln := range []int{4, 3, 2} {
				b := e - ln
				if b >= 0 && knownName(tt, fs, b, e) || ln < 4 && nameItem(tt, b, e) && (b == 0 || !isHan(tt.runes[b-1]) || tt.tokStart(b)) {
					first = b
					break
				}
			}
			if first >= 0 {
				items = append(items, span{first, e})
			}
			break
		}
		if len(items) < 2 || kin && len(items) != 2 {
			continue
		}
		fb := items[len(items)-1].b
		roleBefore := false
		if r := tt.tokenBefore(fb); r != nil && r.end == fb && (tt.roleTok(r) || personNouns[r.word] || staffNoun(r)) {
			roleBefore = true
		}
		known := false
		for _, it := range items {
			if coversPerson(fs, tt.off[it.b], tt.off[it.e]) {
				known = true
			}
		}
		if !roleBefore && !known && !kin {
			continue
		}
		for _, it := range items {
			if coversPerson(fs, tt.off[it.b], tt.off[it.e]) {
				continue
			}
			if ordinaryItem(tt, it.b, it.e) && !roleBefore && !known {
				continue
			}
			ev := "closed-name-list"
			if roleBefore {
				ev += ",role-before"
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(it.b, it.e), Start: tt.off[it.b], End: tt.off[it.e], Evidence: ev, Score: contextScore})
		}
	}
	return out
}

// nameListTail finds an ordinary-word name that continues a list of at
// least two names (成员马某、于某、温暖每周进村): the item after the last
// name's 、 is one word of gojieba's, starts with a surname, and no noun
// follows it.
func nameListTail(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	n := len(tt.runes)
	for _, f := range fs {
		if f.Type != PERSON || f.generic {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 2 || e < 0 || e+2 >= n || tt.runes[e] != '、' || tt.runes[s-1] != '、' {
			continue
		}
		// The name before this one, across its 、, is a name too.
		prev := false
		for _, g := range fs {
			if g.Type == PERSON && !g.generic && g.End == tt.off[s-1] {
				prev = true
			}
		}
		if !prev {
			continue
		}
		for _, ln := range []int{3, 2} {
			b, c := e+1, e+1+ln
			if !nameItem(tt, b, c) || tt.tokOf[b] != tt.tokOf[c-1] || coversPerson(fs, tt.off[b], tt.off[c]) {
				continue
			}
			if c < n {
				if listJoiners[tt.runes[c]] {
					break // the list runs on: the usual rules read the next item
				}
				if nx := tt.tokenAt(c); nx != nil && isHan(tt.runes[c]) && (nx.pos == "" || nx.pos[0] == 'n') {
					break // 全体|党员: a noun after it makes a phrase, not a name
				}
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(b, c), Start: tt.off[b], End: tt.off[c], Evidence: "name-list-tail", Score: contextScore})
			break
		}
	}
	return out
}

// knownName reports whether runes [b, e) are already found as a name.
func knownName(tt *tokText, fs []Finding, b, e int) bool {
	return b >= 0 && e <= len(tt.runes) && b < e && coversPerson(fs, tt.off[b], tt.off[e])
}

// staffNoun reports whether token t names a kind of worker by its trade
// (农技员, 信息员, 调解员, 医师, 讲师): a noun of two or more characters
// ending in 员 or 师.
func staffNoun(t *tok) bool {
	if t.n() < 2 || t.pos == "" || t.pos[0] != 'n' {
		return false
	}
	switch tt := []rune(t.word); tt[len(tt)-1] {
	case '员', '师':
		return true
	}
	return false
}

// academicTitles follow a scholar's or a specialist's name (韩某某教授,
// 周某研究员).
var academicTitles = wordSet(`教授 副教授 研究员 副研究员 院士 博士 博士生导师 博导 主任医师 副主任医师 高级工程师 高级农艺师 高级畜牧师 高级兽医师 正高级农艺师`)

// nameBeforeAcademicTitle finds a name right before an academic title
// however weakly the scorer rates it: after an institution
// (中国农业大学|韩立新|教授, where no verb of hiring stands beside the
// name) or cut so that its first two characters make a word (由|周一|凡|
// 教授). The two or three characters start a word of gojieba's, begin
// with a surname, hold no grammatical character and are no frequent word,
// place or title; three characters are tried first.
func nameBeforeAcademicTitle(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHavePerson(pcAcademic) {
		return nil // (speed9b.go)
	}
	var out []Finding
	ws := tt.personWordSet(pwAcademic)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no academic title at a later token)
			}
		}
		t := &tt.toks[k]
		if !tt.startMay(&academicTitlesFirst, k) || !academicTitles[t.word] {
			continue
		}
		e := t.start
		for _, ln := range []int{3, 2} {
			s := e - ln
			if s < 0 || !nameItem(tt, s, e) || ordinaryItem(tt, s, e) {
				continue
			}
			if last := tt.runes[e-1]; last == '学' || last == '系' || last == '科' {
				continue // 皮肤学|教授, 经济系教授: a field, not a name
			}
			if s > 0 && isHan(tt.runes[s-1]) && tt.tokOf[s-1] == tt.tokOf[s] {
				continue // the first character belongs to the word before
			}
			if one := &tt.toks[tt.tokOf[s]]; one.start == s && one.end == e && !strings.HasPrefix(one.pos, "n") && one.pos != "x" && one.pos != "j" {
				continue // 特聘|教授: one word, read as a verb or an adjective
			}
			if overlapsPerson(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "title-after:" + t.word, Score: contextScore})
			break
		}
	}
	return out
}

// overlapsPerson reports whether a PERSON finding overlaps bytes [s, e).
func overlapsPerson(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start < e && s < f.End {
			return true
		}
	}
	return false
}
