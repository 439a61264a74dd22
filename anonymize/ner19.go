package anonymize

import "strings"

// This file holds round ner19: persons of news text masked under another
// type or with the wrong edges, and spans of a person's shape that are the
// name of a body. ner19 runs right after ner18 (anonymize.go):
//
//   - a leader's name before 政府 read as the government (甲乙丙政府,
//     甲乙丙新政府): the leader is a person, 政府 is no part of the name
//     (leaderGov19);
//   - a name between 判处 and the sentence (判处甲乙丙有期徒刑) read as a
//     place or a body (sentenced19);
//   - a player of a jersey number read as a body or a place (7号甲乙|头球),
//     and the same word again in the text (jerseyName19);
//   - a name before 家中/家里 after 在/到 read as a place by gojieba's tag
//     alone (在甲乙家中) (atHome19);
//   - a name after a leader's role read as a place by gojieba's tag alone
//     (领袖甲乙丙6月15日) (roleLoc19);
//   - a subject and a verb of urging or meeting run into a government
//     (甲乙敦促丙丁政府) (urgeOrg19);
//   - a name of a list cut before its last character (甲乙丙|丁和…)
//     (listItemRest19);
//   - a name run over a count (甲乙四|要素) (countTail19);
//   - a name ending in 军 read as an army at a clause's start before an
//     adverb or verb (甲全军|又安排) (clauseJun19);
//   - firms listed before 等 and a kind of enterprise read as persons
//     (甲、乙等一大批乡镇企业) (firmList19);
//   - a transliterated word right before a party's kind (甲乙进步联盟) is
//     the party's name (partyTranslit19);
//   - the surname a text gives alone after 姓 (一位姓甲的技术员)
//     (surnameOf19);
//   - a two-character name before 天皇 (甲乙天皇) (emperor19);
//   - a place's short form read across the surname of a name the text
//     gives elsewhere (在创作中|江宏伟 read as 中江 and 宏伟) (straddle19);
//   - a name before a service and a rank read as an army (司令|甲乙海军|
//     少将) (rankName19);
//   - a name ending in a place's kind read as a place in a list of names
//     (甲之路、乙丙丁等作家) (listPlace19);
//   - 以A养A read as a name (以|武养武) (nurturePhrase19).

// ner19 reviews and completes the findings of one text by the classes
// above.
func ner19(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s {
			out = append(out, f)
			continue
		}
		switch f.Type {
		case ORG:
			if g, ok := leaderGov19(tt, f, s, e); ok {
				out = append(out, g)
				continue
			}
			if g, rest, ok := urgeOrg19(tt, f, s, e); ok {
				out = append(out, g, rest)
				continue
			}
			if g, ok := rankName19(tt, f, s, e); ok {
				out = append(out, g)
				continue
			}
			if g, ok := clauseJun19(tt, f, s, e); ok {
				f = g
			}
		case PERSON:
			if nurturePhrase19(tt, f, s, e) {
				continue
			}
			if firmList19(tt, f, s, e) || partyTranslit19(tt, f, s, e) {
				f.Type, f.label = ORG, "机构"
				f.Evidence += ",ner19-body"
			} else if g, ok := listItemRest19(tt, f, s, e); ok {
				f = g
			} else if g, ok := countTail19(tt, f, s, e); ok {
				f = g
			}
		}
		if g, ok := retype19(tt, f, s, e); ok {
			f = g
		}
		out = append(out, f)
	}
	out = straddle19(tt, out)
	out = listPlace19(tt, out)
	var add []Finding
	add = jerseyName19(tt, out, add)
	add = surnameOf19(tt, out, add)
	add = emperor19(tt, out, add)
	if len(add) > 0 {
		out = add19(out, add)
	}
	return out
}

// person19 is a person finding over runes [s, e) of tt.
func person19(tt *tokText, s, e int, why string) Finding {
	a, b := tt.off[s], tt.off[e]
	return Finding{Type: PERSON, Text: tt.text[a:b], Start: a, End: b, Evidence: why, Score: contextScore}
}

// asPerson19 turns a finding of another type into a person over the same
// span.
func asPerson19(f Finding, why string) Finding {
	f.Type, f.label, f.generic = PERSON, "", false
	if why != "" {
		f.Evidence += "," + why
	}
	if f.Score < contextScore {
		f.Score = contextScore
	}
	return f
}

// translitWord19 reports whether runes [s, e) read as a transliterated
// name: every character of a transliteration score of at least 1, their
// mean at least 1.2, and no country or gazetteer place.
func translitWord19(tt *tokText, s, e int) bool {
	if e-s < 2 || e-s > 5 {
		return false
	}
	l := getLexicon()
	sum := 0.0
	for _, r := range tt.runes[s:e] {
		v := translitScore17(l, r)
		if v < 1 {
			return false
		}
		sum += v
	}
	w := string(tt.runes[s:e])
	return sum/float64(e-s) >= 1.2 && !isCountry(w) && !l.knownPlace24(w)
}

// govSuffixes19 end a government named after its leader (甲乙丙政府,
// 甲乙丙新政府).
var govSuffixes19 = []string{"新政府", "现政府", "前政府", "政府", "当局", "内阁"}

// leaderGov19 turns a body of a leader's name and 政府 (克林顿政府 as one
// word of gojieba's, 金大中/nr|新政府) into a person over the name: a
// dictionary name (nr, nrt) or a transliterated one that is no country or
// place (以色列政府, 某县政府 stay bodies). Class: governments named after
// their leader.
func leaderGov19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if !strings.HasSuffix(f.Text, "政府") && !strings.HasSuffix(f.Text, "当局") && !strings.HasSuffix(f.Text, "内阁") {
		return f, false
	}
	m := e
	for _, suf := range govSuffixes19 {
		if strings.HasSuffix(f.Text, suf) {
			m = e - len([]rune(suf))
			break
		}
	}
	if m-s < 2 || m-s > 4 {
		return f, false
	}
	w := string(tt.runes[s:m])
	l := getLexicon()
	if isCountry(w) || l.knownPlace24(w) {
		return f, false
	}
	if p := tt.text[:f.Start]; strings.HasSuffix(p, "领导的") || strings.HasSuffix(p, "执政的") || strings.HasSuffix(p, "联合") {
		// a government someone leads is named after the party (他所领导的
		// 甲乙丙政府), not the leader
		return f, false
	}
	t := tt.tokenAt(s)
	switch {
	case t != nil && t.start == s && t.end == m && (t.pos == "nr" || t.pos == "nrt") && surnameAny15(l, tt.runes[s]):
	case t != nil && t.start == s && t.end == m && t.pos == "nrt":
	case t != nil && t.start == s && t.end == e && translitWord19(tt, s, m):
	default:
		return f, false
	}
	return person19(tt, s, m, "leader-gov19"), true
}

// urgeVerbs19 are verbs of urging, calling and meeting that a subject
// does to a government (甲乙敦促丙丁政府).
var urgeVerbs19 = wordSet(`敦促 促请 呼吁 要求 会见 会晤 批评 指责 谴责 致电 致函 感谢 警告`)

// urgeOrg19 splits a body run back over its subject and a verb of urging
// (穆萨|敦促|以色列政府, read as one body by its generic kind): the body
// starts after the verb, and a subject of one word gojieba tags as a
// name (nr, nrt) is a person. Class: a body read over the subject and
// the verb before it.
func urgeOrg19(tt *tokText, f Finding, s, e int) (Finding, Finding, bool) {
	a := tt.tokenAt(s)
	if a == nil || a.start != s || !nameTagged(a.pos) || a.n() < 2 || a.n() > 4 {
		return f, f, false
	}
	v := tt.tokenAt(a.end)
	if v == nil || v.start != a.end || !urgeVerbs19[v.word] || e-v.end < 2 {
		return f, f, false
	}
	rest := trimTo(tt, f, v.end, e, "urge-org19")
	return person19(tt, s, a.end, "urge-subject19"), rest, true
}

// juns19 are the heads of armies whose name ends in 军 (八路军, 解放军,
// 红军, 岳家军): a span with them is an army, not a name.
var juns19 = runeBitsOf("路放红家湘淮联义敌我友盟国美日英德苏俄")

// clauseJun19 turns an army of three characters at a clause's start
// before an adverb or a verb (，郑全军|又|安排) into a person: a surname,
// a given name ending in 军 (全军, 建军, 红军), and what the person did.
// Class: given names in 军 read as armies.
func clauseJun19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || tt.runes[e-1] != '军' || !strings.Contains(f.Evidence, "org-suffix:军") || juns19.has(tt.runes[e-2]) {
		return f, false
	}
	if s > 0 && isHan(tt.runes[s-1]) {
		return f, false
	}
	if !getLexicon().isSurname(tt.runes[s]) {
		return f, false
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || !(a.pos == "d" || a.pos == "v" || a.pos == "p") {
		return f, false
	}
	return asPerson19(f, "clause-jun19"), true
}

// sentenceWords19 are the sentences a court passes (判处甲乙丙有期徒刑).
var sentenceWords19 = []string{"有期徒刑", "无期徒刑", "死刑", "死缓", "拘役", "管制"}

// leaderRoles19 are roles of a leader right before a name (领袖甲乙丙).
var leaderRoles19 = wordSet(`领袖 总统 总理 首相 外长 外交大臣 国务卿 主席 议长 国王 司令 司令官 总司令 特使 大使 发言人 秘书长 总书记`)

// retype19 turns a place or a body into a person where the words around
// it name a person: between 判处 and a sentence (sentenced19), after 在
// and before 家中 (atHome19), after a leader's role (roleLoc19).
func retype19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if f.Type != LOCATION && f.Type != ORG || e-s < 2 || e-s > 5 {
		return f, false
	}
	// sentenced19: 判处 甲乙丙 有期徒刑: the one sentenced is a person,
	// whatever its last character made of it (江 of a river), and a place
	// read over 处 (审判|处甲乙江) starts after it. Class: names of the
	// sentenced read as places.
	if firstPrefix(tt.text[f.End:], sentenceWords19) != "" {
		b := s
		if tt.runes[b] == '处' && b >= 1 && tt.runes[b-1] == '判' {
			b++
		}
		if b >= 2 && string(tt.runes[b-2:b]) == "判处" && e-b >= 2 && e-b <= 4 && surnameAny15(getLexicon(), tt.runes[b]) {
			return asPerson19(trimTo(tt, f, b, e, "sentenced19"), ""), true
		}
	}
	if e-s > 4 {
		return f, false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e || !weak19(&f) {
		return f, false
	}
	// atHome19: 在巴金家中: one's home is a person's. Class: names before
	// 家中 read as places by gojieba's tag alone.
	if s >= 1 && strings.ContainsRune("在到去回", tt.runes[s-1]) && (strings.HasPrefix(tt.text[f.End:], "家中") || strings.HasPrefix(tt.text[f.End:], "家里")) {
		return asPerson19(f, "at-home19"), true
	}
	// roleLoc19: 工党领袖|巴拉克|6月: the leader's name. Class: names after
	// a leader's role read as places by gojieba's tag alone.
	if b := tt.tokenAt(s - 1); b != nil && b.end == s && leaderRoles19[b.word] && translitWord19(tt, s, e) {
		if e == len(tt.runes) || !isHan(tt.runes[e]) {
			return asPerson19(f, "role-loc19"), true
		}
		if a := tt.tokenAt(e); a != nil && a.start == e && (a.pos == "v" || a.pos == "d" || a.pos == "p" || a.pos == "c" || a.pos == "t") {
			return asPerson19(f, "role-loc19"), true
		}
	}
	return f, false
}

// listItemRest19 grows a name of a list cut one character short (宋双、
// 周森古|沙|和方炳祯): when a single Han character that gojieba tags as a
// word of its own stands between the span and the list's joint (、, 和,
// 及, 与), it is the name's last. Class: four-character names of a list
// (Khmer, Thai, minority names) cut short.
func listItemRest19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || e+1 >= len(tt.runes) || !strings.HasPrefix(f.Evidence, "list-") {
		return f, false
	}
	r := tt.runes[e]
	if !isHan(r) || function16.has(r) || !strings.ContainsRune("、和及与", tt.runes[e+1]) {
		return f, false
	}
	if a := tt.tokenAt(e); a == nil || a.start != e || a.end != e+1 {
		return f, false
	}
	if s >= 1 && tt.runes[s-1] != '、' && tt.runes[s-1] != '和' {
		// the name must itself stand in the list: after 、 or 和, or the
		// list's first item after a word of its own (元老|宋双)
		if p := tt.tokenAt(s - 1); p == nil || p.end != s {
			return f, false
		}
	}
	return trimTo(tt, f, s, e+1, "list-rest19"), true
}

// countRunes19 are the numerals that start a count (四要素, 三原则).
var countRunes19 = runeBitsOf("一二三四五六七八九十两")

// countTail19 trims a three-character span gojieba made up (贝恩四/x)
// whose last character is a numeral before a noun (贝恩|四|要素, 甲乙|三
// 原则) to the name: a count of the things the person named. Not after a
// familiar 老/小/阿 (老四, 小三). Class: names run over a count.
func countTail19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || !countRunes19.has(tt.runes[e-1]) || strings.ContainsRune("老小阿", tt.runes[s+1]) {
		return f, false
	}
	if t := tt.tokenAt(s); t == nil || t.start != s || t.end != e || t.pos != "x" {
		return f, false
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.n() != 2 || a.pos != "n" {
		return f, false
	}
	return trimTo(tt, f, s, e-1, "count-tail19"), true
}

// firmKinds19 are kinds of enterprise that close a list of firms after 等
// (甲、乙等一大批乡镇企业).
var firmKinds19 = []string{"乡镇企业", "民营企业", "私营企业", "企业", "公司", "集团", "厂家", "品牌", "名牌"}

// firmQuantities19 may stand between 等 and the kind (等一大批, 等一批,
// 等众多, 等多家, 等知名).
var firmQuantities19 = []string{"一大批", "一批", "众多", "多家", "几家", "数家", "知名", "骨干", "重点", "大型", "龙头"}

// firmList19 reports a person span that is an item of a list closed by
// 等 and a kind of enterprise (华西、甲乙、阳光、丙丁等一大批乡镇企业都…):
// the items are the firms. The kind must end the phrase (punctuation, an
// adverb or a verb after it): 甲乙等企业负责人 are persons. Class: firms
// in a list read as persons.
func firmList19(tt *tokText, f Finding, s, e int) bool {
	if strings.Contains(f.Evidence, "role-") {
		return false
	}
	n := len(tt.runes)
	k := e
	for k < n && k-e <= 24 && tt.runes[k] != '等' {
		if r := tt.runes[k]; r != '、' && !isHan(r) {
			return false
		}
		k++
	}
	if k >= n || tt.runes[k] != '等' {
		return false
	}
	// the span itself is a list's item: 、 on one side of it
	if !(s >= 1 && tt.runes[s-1] == '、' || strings.ContainsRune(string(tt.runes[e:k+1]), '、')) {
		return false
	}
	rest := tt.text[tt.off[k+1]:]
	if q := firstPrefix(rest, firmQuantities19); q != "" {
		rest = rest[len(q):]
	}
	kind := firstPrefix(rest, firmKinds19)
	if kind == "" {
		return false
	}
	j := tt.runeAt(len(tt.text) - len(rest) + len(kind))
	if j < 0 || j >= n || !isHan(tt.runes[j]) {
		return true
	}
	a := tt.tokenAt(j)
	return a != nil && a.start == j && (a.pos == "d" || a.pos == "v" || a.pos == "p")
}

// partyKinds19 are kinds of party and front after a transliterated name
// (甲乙进步联盟, 甲乙人民党).
var partyKinds19 = []string{"进步联盟", "联盟", "阵线", "人民党", "国民党", "民主党", "国大党", "大会党", "工党", "解放组织"}

// partyTranslit19 reports a transliterated span right before a party's
// kind (全印|安纳德拉维达|进步联盟): the party's name, a body. Class:
// parties named by a transliterated word.
func partyTranslit19(tt *tokText, f Finding, s, e int) bool {
	if !strings.HasPrefix(f.Evidence, "transliterated") || strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") {
		return false
	}
	return firstPrefix(tt.text[f.End:], partyKinds19) != ""
}

// jerseyName19 finds a word of two to four characters right after a
// jersey number (7号|穆勒|头球) that gojieba tags as a name, a place, a
// proper noun or an unknown word, before a noun or a verb: a player (the
// surname alone is jerseySurname18's); the same word elsewhere in the
// text, read as a body or a place by gojieba's tag alone, is the same
// player (交给穆勒的). Class: players by jersey number read as bodies.
func jerseyName19(tt *tokText, fs, add []Finding) []Finding {
	if !tt.mayContain("号") {
		return add
	}
	for k := 1; k+1 < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.n() < 2 || t.n() > 4 || t.start < 2 || tt.runes[t.start-1] != '号' {
			continue
		}
		if d := tt.runes[t.start-2]; !(d >= '0' && d <= '9' || d >= '０' && d <= '９') {
			continue
		}
		switch t.pos {
		case "nr", "nrt", "nz", "ns", "x":
		default:
			continue
		}
		switch a := &tt.toks[k+1]; {
		case a.pos == "n" || a.pos == "v" || a.pos == "p" || a.pos == "d":
		default:
			continue
		}
		a0, b0 := tt.off[t.start], tt.off[t.end]
		if strongOver33(fs, a0, b0) {
			continue
		}
		// the player's word here and again elsewhere: a weak body or
		// place reading of it becomes the person, a person reading of it
		// (found on its shape with a low score) is made sure
		add = append(add, Finding{Type: PERSON, Text: t.word, Start: a0, End: b0, Evidence: "jersey-name19", Score: contextScore})
		for j := range fs {
			g := &fs[j]
			if g.Text != t.word {
				continue
			}
			if g.Type == PERSON {
				if g.Score < contextScore {
					g.Score = contextScore
					g.Evidence += ",jersey-name19"
				}
			} else if weak19(g) {
				add = append(add, asPerson19(*g, "jersey-name19,again"))
			}
		}
	}
	return add
}

// surnameOf19 finds the surname after 姓 before 的 or a person noun (一位
// 姓樊的技术人员, 姓甲的村民): the text names the person by the surname
// alone. Not 百姓/老百姓/同姓 (姓 of another word). Class: surnames given
// after 姓.
func surnameOf19(tt *tokText, fs, add []Finding) []Finding {
	if !tt.mayContain("姓") {
		return add
	}
	l := getLexicon()
	for i := 1; i+2 < len(tt.runes); i++ {
		if tt.runes[i] != '姓' || strings.ContainsRune("百同异贵本", tt.runes[i-1]) {
			continue
		}
		if t := tt.tokenAt(i); t == nil || t.start != i || strings.Contains(t.word, "百姓") || strings.Contains(t.word, "姓名") || strings.Contains(t.word, "姓氏") {
			continue
		}
		if !l.isSurname(tt.runes[i+1]) || tt.runes[i+2] != '的' {
			continue
		}
		a0, b0 := tt.off[i+1], tt.off[i+2]
		if coveredBy13(fs, a0, b0) || strongOver33(fs, a0, b0) {
			continue
		}
		add = append(add, person19(tt, i+1, i+2, "surname-of19"))
	}
	return add
}

// emperorTitles19 are a Japanese emperor's and his family's titles after
// a two-character name (甲乙天皇, 甲乙皇太子).
var emperorTitles19 = []string{"天皇", "皇太子", "皇后"}

// emperor19 finds the two characters before an emperor's title (女王和
// 明仁天皇, gojieba's 明/a|仁天皇/nr) when a joint, punctuation or the
// text's start stands before them and they are no place or time word
// (日本天皇, 当今天皇). Class: names before 天皇.
func emperor19(tt *tokText, fs, add []Finding) []Finding {
	if !tt.mayContain("皇") {
		return add
	}
	for i := 2; i+1 < len(tt.runes); i++ {
		if tt.runes[i] != '天' && tt.runes[i] != '皇' {
			continue
		}
		if firstPrefix(tt.text[tt.off[i]:], emperorTitles19) == "" {
			continue
		}
		s := i - 2
		if !isHan(tt.runes[s]) || !isHan(tt.runes[s+1]) {
			continue
		}
		if s > 0 && isHan(tt.runes[s-1]) && !strings.ContainsRune("和与同及", tt.runes[s-1]) {
			continue
		}
		w := string(tt.runes[s:i])
		if isCountry(w) || strings.ContainsAny(w, "皇王后帝") {
			continue
		}
		if t := tt.tokenAt(s); t != nil && t.start == s && t.end == i && (t.pos == "ns" || t.pos == "t" || t.pos == "r") {
			continue
		}
		if function16.has(tt.runes[s]) || function16.has(tt.runes[s+1]) {
			continue
		}
		a0, b0 := tt.off[s], tt.off[i]
		if coveredBy13(fs, a0, b0) || strongOver33(fs, a0, b0) {
			continue
		}
		add = append(add, person19(tt, s, i, "emperor19"))
	}
	return add
}

// straddle19 gives a name of three or more characters found in the text
// its other occurrences where a place's short form or a weak guess runs
// into it from before (在创作中江宏伟又…: 中江, a county's short form, over
// the surname of 江宏伟, found on its own at the text's start): the guess
// gives way to the name, which the text names again there. Class: short
// forms of places read across a repeated name's surname.
func straddle19(tt *tokText, fs []Finding) []Finding {
	var names []int
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && runeLen(f.Text) >= 3 && !strings.Contains(f.Evidence, "doubtful") && !strings.Contains(f.Evidence, "again") {
			names = append(names, k)
		}
	}
	if len(names) == 0 {
		return fs
	}
	var add []Finding
	drop := map[int]bool{}
	for _, k := range names {
		p := fs[k]
		for b := 0; ; {
			i := strings.Index(tt.text[b:], p.Text)
			if i < 0 {
				break
			}
			s := b + i
			b = s + len(p.Text)
			if s == p.Start {
				continue
			}
			for j := range fs {
				g := &fs[j]
				if g.Type == PERSON || g.Start >= s || g.End <= s || g.End >= s+len(p.Text) {
					continue
				}
				if !weak19(g) && !strings.Contains(g.Evidence, "gazetteer-short") {
					continue
				}
				drop[j] = true
				add = append(add, againAt(p, s))
			}
		}
	}
	if len(add) == 0 {
		return fs
	}
	out := fs[:0]
	for j, f := range fs {
		if !drop[j] {
			out = append(out, f)
		}
	}
	return append(out, add...)
}

// ranks19 are military ranks after a service (甲乙海军少将).
var ranks19 = []string{"少将", "中将", "上将", "准将", "大校", "上校", "中校", "少校"}

// rankName19 turns a body of a name and a service (巴克海军, read as a
// body by 军) between a commander's role and a rank (司令|巴克海军|少将)
// into a person over the name: the service and the rank are the person's
// titles. Class: names before a service and a rank read as armies.
func rankName19(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s < 4 || e-s > 6 || firstPrefix(tt.text[f.End:], ranks19) == "" {
		return f, false
	}
	m := e - 2
	if sv := string(tt.runes[m:e]); sv != "海军" && sv != "陆军" && sv != "空军" {
		return f, false
	}
	b := tt.tokenAt(s - 1)
	if b == nil || b.end != s || !leaderRoles19[b.word] && b.word != "舰长" && b.word != "指挥官" && b.word != "司令员" {
		return f, false
	}
	return person19(tt, s, m, "rank-name19"), true
}

// listPlace19 turns a street read on its last character (张之路, pattern
// 路) into a person when it stands in a list beside a person (甲之路、
// 乙丙丁、戊己等作家), and the same word again elsewhere in the text: a
// list of persons names persons. Class: names ending in a place's kind
// (路, 江, 山) read as places in a list of names.
func listPlace19(tt *tokText, fs []Finding) []Finding {
	var names []string
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "pattern:") || runeLen(f.Text) != 3 {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e != s+3 || !getLexicon().isSurname(tt.runes[s]) {
			continue
		}
		beside := false
		for j := range fs {
			g := &fs[j]
			if g.Type != PERSON || strings.Contains(g.Evidence, "doubtful") {
				continue
			}
			if g.Start == f.End+len("、") && strings.HasPrefix(tt.text[f.End:], "、") || g.End+len("、") == f.Start && strings.HasSuffix(tt.text[:f.Start], "、") {
				beside = true
				break
			}
		}
		if beside {
			names = append(names, f.Text)
		}
	}
	for _, w := range names {
		for k := range fs {
			if f := &fs[k]; f.Type == LOCATION && f.Text == w && strings.HasPrefix(f.Evidence, "pattern:") {
				*f = asPerson19(*f, "list-place19")
			}
		}
	}
	return fs
}

// nurtures19 are the verbs of 以A养A and its kin (以武养武, 以林养林,
// 以工促农): a phrase of means, not a name.
var nurtures19 = runeBitsOf("养促带补")

// nurturePhrase19 reports a three-character span A养A after 以 (以|武养武
// 的旧模式): the phrase "to feed A by A". Class: 以A养A phrases read as
// names.
func nurturePhrase19(tt *tokText, f Finding, s, e int) bool {
	return e-s == 3 && s >= 1 && tt.runes[s-1] == '以' && tt.runes[s] == tt.runes[s+2] && nurtures19.has(tt.runes[s+1])
}
