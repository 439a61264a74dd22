package anonymize

// This file holds round late17a's persons: a name of three characters
// right after a title or a farmer's role (种粮大户甲乙丙流转…, 副书记甲乙丙因…)
// (its surname may be a preposition, 于) whose given name
// gojieba glued to what follows (于|得|水流|转): the role says a person
// follows and the verb after the three characters, read by its
// characters, closes the name. A given name with a time character
// (于今年, 于去年) is a preposition before a time, no name.

// roles17late are the titles and farmers' roles such a name follows.
var roles17late = []string{"副书记", "副镇长", "副乡长", "副主任", "种粮大户", "养殖大户", "种植大户"}

// afterName17late are the single characters after the name that open
// what the person did (因…受到, 正在…, 把…).
var afterName17late = runeBitsOf("因在把将被对")

// verbsAfter17late are the verbs after such a name (…流转土地, …受到处分).
var verbsAfter17late = []string{"流转", "承包", "种植", "养殖", "带领", "受到", "介绍", "表示", "创办", "牵头"}

// timeRunes17late may not stand in the given name: 于今年, 于去年 is a
// preposition before a time, no name.
var timeRunes17late = runeBitsOf("今去明前年月日时后此是")

// persons17late adds the names this round finds to the findings fs.
func persons17late(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 {
		return fs
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	// every word's occurrences in one walk, word by word (speed26)
	for _, h := range rolesByLast26.hits(tt, nil) {
		role, d := roles17late[h.k], int(h.e)
		s := d + len([]rune(role))
		e := s + 3
		if e >= n || !l.isSurname(tt.runes[s]) || overlapsEdge18(fs, tt.off[s], tt.off[e]) {
			continue
		}
		ok := true
		for _, r := range tt.runes[s:e] {
			if !isHan(r) || isMaskRune(r) || r == '某' {
				ok = false
			}
		}
		for _, r := range tt.runes[s+1 : e] {
			if functionRunes[r] || givenStop[r] || hardStop[r] || timeRunes17late.has(r) {
				ok = false
			}
		}
		w := tt.sub(s, e)
		if !ok || !tt.tokStart(s) || l.common[w] || l.places[w] > 0 || isRoleWord(w) {
			continue
		}
		// gojieba may glue the name's end to what follows (德因, 水|流转):
		// what follows is read by its characters
		if !afterName17late.has(tt.runes[e]) && !hasAnyPrefix13(tt.text[tt.off[e]:], verbsAfter17late) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[s], End: tt.off[e], Evidence: "role-glued-name,late17a,after:" + role, Score: contextScore + 1})
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere17(tt, out))
}
