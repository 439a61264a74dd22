package anonymize

import "strings"

// This file holds round ner17: person spans of news text cut short or
// run over, and names by a surname and a title the rounds before missed.
// ner17 runs right after ner16 (anonymize.go):
//
//   - transliterated names cut short on either side, the rest of the name
//     a word of transliteration characters gojieba split off (奥利|塞赫,
//     里|贝罗, 奥登|西亚, 亚罗|约) (translitExtend17);
//   - a dotted foreign name that ends in a firm's kind is the firm
//     (甲·乙公司) (dotFirm17);
//   - the conjunction 但 at a clause's start read as a surname before a
//     name (，但|葛菲) (butSurname17);
//   - an ordinary-character surname (常, 项) before a deputy's or a city's
//     title at a clause's start, before a verb of speech (常副局长表示)
//     (titleRefs17);
//   - three-character names cut short before the 等 of a list (宋朝|弟等)
//     (nameBeforeDeng17);
//   - a village of a family's name before 人 read as a name (陈沟|人):
//     the village (placePeople17);
//   - surnames in a list before a count of persons (王、李二人)
//     (surnameList17), a surname glued to a verb of asking before a title
//     (托项|市长) (askedTitle17).

// ner17 reviews and completes the person findings of one text by the
// classes above.
func ner17(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	grown := false
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s {
			continue
		}
		if g, ok := placePeople17(tt, *f, s, e); ok {
			*f = g
			continue
		}
		if g, ok := nameBeforeDeng17(tt, *f, s, e); ok {
			*f = g
			continue
		}
		if dotFirm17(f) {
			f.Type, f.label = ORG, "机构"
			f.Evidence += ",dot-firm17"
			continue
		}
		if g, ok := butSurname17(tt, *f, s, e); ok {
			*f = g
			continue
		}
		if g, ok := translitExtend17(tt, fs, *f, s, e); ok {
			*f = g
			grown = true
		}
	}
	if grown {
		// weak guesses inside a grown name give way to it (奥利/nz of
		// 奥利塞赫, 西亚/ns of 奥登西亚)
		out := fs[:0]
		for k := range fs {
			g := &fs[k]
			if g.Type != PERSON && weak19(g) && insidePerson17(fs, g) {
				continue
			}
			out = append(out, *g)
		}
		fs = out
	}
	if refs := titleRefs17(tt, fs); len(refs) > 0 {
		fs = add19(fs, refs)
	}
	if refs := askedTitle17(tt, fs); len(refs) > 0 {
		fs = add19(fs, refs)
	}
	return surnameList17(tt, fs)
}

// insidePerson17 reports a person finding of fs grown by translitExtend17
// that covers g.
func insidePerson17(fs []Finding, g *Finding) bool {
	for k := range fs {
		if f := &fs[k]; f.Type == PERSON && strings.Contains(f.Evidence, "translit-extend17") && f.Start <= g.Start && g.End <= f.End {
			return true
		}
	}
	return false
}

// translitScore17 is the transliteration score of r (lexicon.translit),
// -4 for a character no transliteration holds.
func translitScore17(l *lexicon, r rune) float64 {
	v, ok := l.translit[r]
	if !ok {
		return -4
	}
	return clamp(v, -4, 3)
}

// translitPart17 reports whether runes [a, b) of tt can be part of a
// transliterated name: whole words of gojieba's (a word starts at a and
// one ends at b) of one character or of a name's, place's or unknown tag
// (x, nrt, nr, nz, ns), every character of a transliteration score of at
// least 1, their mean at least 1.2, no weak-guess-free finding other than
// a person over them.
func translitPart17(tt *tokText, fs []Finding, l *lexicon, a, b int) bool {
	if a < 0 || b > len(tt.runes) || b <= a {
		return false
	}
	sum := 0.0
	for k := a; k < b; k++ {
		r := tt.runes[k]
		if !isHan(r) || function16.has(r) {
			return false
		}
		v := translitScore17(l, r)
		if v < 1 {
			return false
		}
		sum += v
	}
	if sum/float64(b-a) < 1.2 {
		return false
	}
	for k := a; k < b; {
		t := tt.tokenAt(k)
		if t == nil || t.start != k || t.end > b {
			return false
		}
		if t.n() > 1 && !(t.pos == "x" || t.pos == "nrt" || t.pos == "nr" || t.pos == "nz" || t.pos == "ns") {
			return false
		}
		k = t.end
	}
	return !strongOver33(fs, tt.off[a], tt.off[b])
}

// translitExtend17 grows a person finding of a transliterated shape over
// the rest of the name gojieba split off before or after it. Class:
// foreign names cut short on either side (尼日利亚|奥利|塞赫, 外援|里|贝罗,
// 奥登|西亚|和, 亚罗|约|当选): one to three characters next to the span,
// whole words of transliteration characters (translitPart17), bounded
// on their far side by punctuation, a word of two characters or more or
// a character no transliteration uses; the grown name at most seven
// characters with a mean transliteration score of at least 1.2 (so a
// Chinese name, of characters transliterations avoid, does not grow).
func translitExtend17(tt *tokText, fs []Finding, f Finding, s, e int) (Finding, bool) {
	if strings.Contains(f.Evidence, "dot-name") || strings.Contains(f.Evidence, "title-after") {
		return f, false
	}
	l := getLexicon()
	n := len(tt.runes)
	farRight := func(z int) bool {
		if z >= n || !isHan(tt.runes[z]) || givenStopBits.has(tt.runes[z]) {
			return true
		}
		return translitScore17(l, tt.runes[z]) < 0
	}
	farLeft := func(a int) bool {
		if a <= 0 || !isHan(tt.runes[a-1]) {
			return true
		}
		if t := tt.tokenAt(a - 1); t != nil && t.end == a && t.n() >= 2 {
			return true
		}
		return translitScore17(l, tt.runes[a-1]) < 0
	}
	ns, ne := s, e
	for k := 1; k <= 3; k++ {
		if ne+k-s <= 7 && translitPart17(tt, fs, l, e, e+k) && farRight(e+k) {
			ne = e + k
			break
		}
	}
	for k := 1; k <= 3; k++ {
		if ne-(s-k) <= 7 && translitPart17(tt, fs, l, s-k, s) && farLeft(s-k) {
			ns = s - k
			break
		}
	}
	if ns == s && ne == e {
		return f, false
	}
	sum := 0.0
	for k := ns; k < ne; k++ {
		sum += translitScore17(l, tt.runes[k])
	}
	if sum/float64(ne-ns) < 1.2 {
		return f, false
	}
	return trimTo(tt, f, ns, ne, "translit-extend17"), true
}

// firmKinds17 end a firm's name (class: dotted foreign firms, dotFirm17).
var firmKinds17 = []string{"公司", "集团", "银行", "财团"}

// dotFirm17 reports a dotted foreign name that ends in a firm's kind
// (甲乙·丙丁公司): the firm, masked as a body, not a person.
func dotFirm17(f *Finding) bool {
	if !strings.Contains(f.Evidence, "dot-name") {
		return false
	}
	for _, k := range firmKinds17 {
		if strings.HasSuffix(f.Text, k) {
			return true
		}
	}
	return false
}

// butSurname17 trims 但 ("but") at a clause's start off a three-character
// span gojieba did not know whose next character is a surname of the
// table (，但|葛菲／顾俊): the conjunction opens the clause, the name is the
// rest. Class: 但 read as a surname.
func butSurname17(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || tt.runes[s] != '但' || !strings.Contains(f.Evidence, "unknown-word") {
		return f, false
	}
	if s > 0 && !stop19.has(tt.runes[s-1]) {
		return f, false
	}
	if !getLexicon().isSurname(tt.runes[s+1]) {
		return f, false
	}
	return trimTo(tt, f, s+1, e, "but-surname17"), true
}

// refTitles17 are titles titleRefs15 does not take: deputies' (副局长,
// notSurnameRef15 holding 副 for 副站长 without a surname) and a city's,
// province's or district's head (市长).
var refTitles17 = []string{"副董事长", "副总经理", "副书记", "副县长", "副市长", "副区长", "副镇长", "副乡长", "副局长", "副主任", "副院长", "副校长", "副部长", "副主席", "副厂长", "副经理", "副行长", "副所长", "副站长", "副队长", "市长", "区长", "省长", "州长", "旗长"}

// titleRefs17 finds a surname of the table or of surnames15 before a title
// of refTitles17 at a clause's start and a verb of refVerbs15 (class: a
// person named by surname and a deputy's or city head's title, 常副局长表示,
// 项市长说; 常 and 项 are ordinary characters gojieba reads as an adverb
// and a noun). The surname is masked there and wherever the surname and
// title stand again.
func titleRefs17(tt *tokText, fs []Finding) []Finding {
	return titleRefsOf(tt, fs, refTitles17, "title-ref,ner17")
}

// nameBeforeDeng17 extends a two-character name over the character gojieba
// glued to the 等 that closes a list after it (宋朝|弟等/x): a word of
// gojieba's made up of one character and 等 is the name's last character
// and the list's end. Class: three-character names cut short before 等.
func nameBeforeDeng17(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 2 || !strings.HasPrefix(f.Evidence, "surname+given") || e+1 >= len(tt.runes) || tt.runes[e+1] != '等' {
		return f, false
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.end != e+2 || a.pos != "x" {
		return f, false
	}
	if r := tt.runes[e]; !isHan(r) || function16.has(r) || givenStopBits.has(r) || r == '人' {
		return f, false
	}
	return trimTo(tt, f, s, e+1, "before-deng17"), true
}

// placeKindRunes17 end a village's name (陈沟, 李庄, 王屯).
var placeKindRunes17 = runeBitsOf("沟村庄屯湾寨坪坝岭峪洼营堡")

// placePeople17 turns a three-character span found on its shape alone
// whose second character is a village's kind and whose third is 人 (陈沟人,
// 李庄人) into the village: the people of the place, not a person. Class:
// villages named after a family, before 人.
func placePeople17(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 3 || f.Evidence != "surname+given" || tt.runes[s+2] != '人' || !placeKindRunes17.has(tt.runes[s+1]) {
		return f, false
	}
	g := trimTo(tt, f, s, s+2, "place-people17")
	g.Type = LOCATION
	return g, true
}

// countPersons17 are counts of persons that close a list of surnames
// (王、李二人, 常、项两位).
var countPersons17 = []string{"二人", "两人", "三人", "四人", "五人", "二位", "两位", "三位", "四位"}

// notListSurname17 are characters that stand alone in a list before a
// count of persons without naming one: numerals, sexes, ages and kin
// (男、女二人, 祖、孙二人, 父、子三人).
var notListSurname17 = runeBitsOf("一二三四五六七八九十百千万男女老少幼祖父母子孙夫妻兄弟姐妹师徒婆媳叔侄甲乙丙丁")

// surnameList17 finds lists of single characters before a count of
// persons (王、李二人, 戴、亨二人): each item is a person named by the
// surname alone, masked; a person reading that runs from the last item
// over the count (李二人) is cut back to the item. Class: surnames in a
// list before a count of persons.
func surnameList17(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("、") {
		return fs
	}
	n := len(tt.runes)
	var add []Finding
	for z := 1; z+2 <= n; z++ {
		// every count of countPersons17 ends in 人 or 位, and a list of two
		// items or more has 、 two characters before the count: cheap
		// gates before the prefix search at every character
		if z < 2 || tt.runes[z-2] != '、' || (tt.runes[z+1] != '人' && tt.runes[z+1] != '位') {
			continue
		}
		if !isHan(tt.runes[z]) || !hasAnyPrefix13(tt.text[tt.off[z]:], countPersons17) {
			continue
		}
		// items back from z: c、c、…c before the count
		var items []int
		k := z - 1
		for k >= 0 && isHan(tt.runes[k]) && !notListSurname17.has(tt.runes[k]) {
			items = append(items, k)
			if k == 0 || tt.runes[k-1] != '、' {
				break
			}
			k -= 2
		}
		if len(items) < 2 {
			continue
		}
		first := items[len(items)-1]
		if first > 0 && isHan(tt.runes[first-1]) {
			continue // the first item is the end of a longer word
		}
		for _, p := range items {
			a, b := tt.off[p], tt.off[p+1]
			for j := range fs {
				if g := &fs[j]; g.Type == PERSON && g.Start == a && g.End > b {
					*g = trimTo(tt, *g, p, p+1, "surname-list17")
				}
			}
			if coveredBy13(fs, a, b) {
				continue
			}
			add = append(add, Finding{Type: PERSON, Text: tt.sub(p, p+1), Start: a, End: b, Evidence: "surname-list17", Score: contextScore})
		}
	}
	if len(add) > 0 {
		fs = add19(fs, add)
	}
	return fs
}

// askVerbs17 are verbs of asking, entrusting and accompanying that gojieba
// glues to a surname right after them (托项|市长 read as 托项/x 市长).
var askVerbs17 = runeBitsOf("托请找求让叫陪向给跟随问")

// askedTitle17 finds a surname glued to a verb of askVerbs17 in a word of
// gojieba's made up (托项/x, 找项/x) or a word of its own right after the
// verb's one-character word (请/v 项/n), before a title of refTitles15 or
// refTitles17 (托项市长找, 请项镇长评理): the surname is masked there and
// wherever the surname and title stand again. Class: a person named by
// surname and title after a verb of asking.
func askedTitle17(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var refs []string
	seen := map[string]bool{}
	for k := range tt.toks {
		t := &tt.toks[k]
		var p int
		switch {
		case t.pos == "x" && t.n() == 2 && askVerbs17.has(tt.runes[t.start]):
			p = t.start + 1 // 托项/x
		case t.n() == 1 && t.start > 0 && askVerbs17.has(tt.runes[t.start-1]):
			// 请/v 项/n: the verb ends the word before (请, not 陪同)
			if b := tt.tokenAt(t.start - 1); b == nil || b.start != t.start-1 {
				continue
			}
			p = t.start
		default:
			continue
		}
		r := tt.runes[p]
		if !(l.isSurname(r) || surnames15.has(r)) || notSurnameRef15.has(r) {
			continue
		}
		rest := tt.text[tt.off[p+1]:]
		title := firstPrefix(rest, refTitles17)
		if title == "" {
			title = firstPrefix(rest, refTitles15)
		}
		if title == "" {
			continue
		}
		if ref := string(r) + title; !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	var out []Finding
	for _, ref := range refs {
		for _, p := range occurrences19(tt, ref) {
			a, b := tt.off[p], tt.off[p+1]
			if coveredBy13(fs, a, b) || strongOver33(fs, a, tt.off[p+runeLen(ref)]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(p, p+1), Start: a, End: b, Evidence: "asked-title17", Score: contextScore + 1})
		}
	}
	return out
}
