package anonymize

// Names between a word for a person and a verb of leading or speaking.
//
// Reports and news items name a villager or an official by what they are,
// then what they do: 种植户X一边查看…, 副书记X带头包片…, 返乡青年X告诉记者….
// A name here may be an ordinary word (武艺, 程功), and gojieba may glue
// it to the person noun before it (种植|户程功). Adverbs and manner words
// stand in the same slot (书记高度重视, 主任全程参与): the verbs this rule
// accepts after the slot are few, and the slot's rule score must reach
// leadFloor, which ordinary adverbial words (高度, 全程, 全力) miss by far.

// leadVerbs follow a person's name as the first word of what the person
// does or says (X带头…, X一边…, X告诉记者).
var leadVerbs = wordSet(`带头 带领 率先 牵头 亲自 一边 一面 边 说 笑着说 告诉 介绍 表示 坦言 感慨 回忆 指着 正在 每天 每周 每月 常年 天天 自豪地说 高兴地说 动情地说`)

// leadFloor is the least rule score (scorePerson) of the span between a
// word for a person and a verb of leadVerbs for it to be a name.
const leadFloor = -4.0

// personBeforeLead finds a name of two or three characters, the first a
// surname, that stands right after a word for a person (a personNouns
// word or a role, matched on the characters, however gojieba cut them)
// and right before a verb of leadVerbs that begins a word of gojieba's.
func personBeforeLead(tt *tokText, fs []Finding) []Finding {
	if !tt.mayHavePerson(pcLead) {
		return nil // (speed9b.go)
	}
	l := getLexicon()
	var out []Finding
	ws := tt.personWordSet(pwLead)
	for k := 0; k < len(tt.toks); k++ {
		if ws != nil {
			if k = nextPos(ws, k); k >= len(tt.toks) {
				break // (speed9b.go: no lead verb at a later token)
			}
		}
		v := &tt.toks[k]
		if !tt.startMay(&leadVerbsFirst, k) || !leadVerbs[v.word] {
			continue
		}
		e := v.start
		for _, ln := range []int{3, 2} {
			b := e - ln
			if b < 2 || !l.isSurname(tt.runes[b]) || !personWordEndsAt(tt, b) {
				continue
			}
			if !leadSlotName(tt, b, e) || ruleCovers(fs, tt.off[b], tt.off[e]) {
				continue
			}
			sc, _, ok := scorePerson(tt, b, 1, e)
			if !ok || sc < leadFloor {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(b, e), Start: tt.off[b], End: tt.off[e], Evidence: "person-noun+name+lead-verb:" + v.word, Score: contextScore})
			break
		}
	}
	return out
}

// personWordEndsAt reports whether a word for a person (种植户, 村民) or a
// role (副书记, 主任) ends right before rune b, read on the characters.
func personWordEndsAt(tt *tokText, b int) bool {
	for ln := 2; ln <= 5 && ln <= b; ln++ {
		w := tt.sub(b-ln, b)
		if personNouns[w] || kindsOfPerson[w] || rolesBefore[w] {
			return true
		}
	}
	return false
}

// leadSlotName reports whether runes [b, e) can be a name: Han characters
// none of them grammatical or masked, not ending a word that goes on
// past e, no place, title or word for a kind of person, and, when it is
// one word of gojieba's, a noun, a name or an unknown word (not an
// adverb or a verb).
func leadSlotName(tt *tokText, b, e int) bool {
	for _, r := range tt.runes[b:e] {
		if !isHan(r) || givenStop[r] || functionRunes[r] || hardStop[r] || isMaskRune(r) {
			return false
		}
	}
	if !tt.tokStart(e) {
		return false
	}
	w := tt.sub(b, e)
	l := getLexicon()
	if l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || personNouns[w] || kindsOfPerson[w] || genreWords[w] {
		return false
	}
	if last := tt.runes[e-1]; placeEndings[last] || villageWords[last] {
		return false
	}
	if tt.tokStart(b) && tt.tokOf[b] == tt.tokOf[e-1] {
		if p := tt.toks[tt.tokOf[b]].pos; p != "" && p[0] != 'n' && p != "x" {
			return false
		}
	}
	return true
}

// ruleCovers reports a confirmed person finding of the rules spanning
// exactly bytes [s, e). The tagger's own reading does not count: findPersons
// drops it when the rule score is low, which this rule's context outweighs.
func ruleCovers(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == PERSON && f.Start == s && f.End == e && !f.generic && f.Evidence != "tagger" {
			return true
		}
	}
	return false
}
