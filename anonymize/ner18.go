package anonymize

import "strings"

// This file holds round ner18: person spans of news text cut short (the
// last given character left readable) and spans whose first character is
// a word of another kind, not a surname. ner18 runs right after ner17
// (anonymize.go):
//
//   - a two-character name gojieba made up, its third character glued by
//     gojieba to the next characters in a second made-up word (范培|开习)
//     (gluedThird18);
//   - a two-character name gojieba made up before 之 and a verb, adverb or
//     punctuation (侯御|之|不能): 之 is the name's last character, not the
//     genitive (zhiThird18);
//   - a name cut short before a tomb or a memorial hall (俞曲|园墓): the
//     name runs up to the kind (tombName18);
//   - 诸 ("the various") before a collective noun (诸强, 诸国, 诸位)
//     read as a surname (zhuCollective18);
//   - 向 ("towards") before a compass point and a verb of direction
//     (向南伸展) read as a name (towardPoint18);
//   - a word gojieba's dictionary lists as a name right before a verb of
//     a state visit (金大中|访美), found by no rule because its given name
//     is a word (大中) (visitor18);
//   - a player named by a jersey number and the surname alone (17号|李|从
//     底线…) (jerseySurname18);
//   - a word gojieba's dictionary tags as a name before a photo caption's
//     position (甲乙丙（中）、丁戊（左）) (captionName18).

// ner18 reviews the person findings of one text by the classes above.
func ner18(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type != PERSON {
			out = append(out, f)
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s < 0 || e <= s {
			out = append(out, f)
			continue
		}
		if zhuCollective18(tt, f, s, e) || towardPoint18(tt, f, s, e) {
			continue
		}
		if g, ok := gluedThird18(tt, f, s, e); ok {
			f = g
		} else if g, ok := zhiThird18(tt, f, s, e); ok {
			f = g
		} else if g, ok := tombName18(tt, f, s, e); ok {
			f = g
		}
		out = append(out, f)
	}
	var add []Finding
	add = visitor18(tt, out, add)
	add = jerseySurname18(tt, out, add)
	add = captionName18(tt, out, add)
	if len(add) > 0 {
		out = add19(out, add)
	}
	return out
}

// madeUpName18 reports a two-character person span that is one word
// gojieba made up (x) and was found on its shape (surname+given), with no
// dotted, transliterated or listed reading: the kind of span whose third
// character gojieba may have cut off.
func madeUpName18(tt *tokText, f Finding, s, e int) bool {
	if e-s != 2 || !strings.HasPrefix(f.Evidence, "surname+given") || !strings.Contains(f.Evidence, "unknown-word") {
		return false
	}
	t := tt.tokenAt(s)
	return t != nil && t.start == s && t.end == e && t.pos == "x"
}

// givenThird18 reports whether r can be a given name's last character: a
// Han character of the given-name statistics with a score of at least
// -0.5, no function or stop character.
func givenThird18(r rune) bool {
	if !isHan(r) || function16.has(r) || givenStopBits.has(r) {
		return false
	}
	v, ok := givenOfRune(r)
	return ok && v >= -0.5
}

// gluedThird18 grows a two-character name gojieba made up (范培/x) over
// the first character of the next word when that word is one gojieba made
// up too, of two characters (开习/x), whose first character is a given
// name's: a dictionary word after a name (张洁|清算) is left alone, but
// two made-up words in a row are one three-character name and the start
// of what follows. Class: three-character names whose last character
// gojieba glued to the next word.
func gluedThird18(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if !madeUpName18(tt, f, s, e) {
		return f, false
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.n() != 2 || a.pos != "x" || !givenThird18(tt.runes[e]) {
		return f, false
	}
	return trimTo(tt, f, s, e+1, "glued-third18"), true
}

// zhiThird18 grows a two-character name gojieba made up (侯御/x) over the
// 之 after it when 之 stands as a word of its own and a verb, an adverb,
// a modal or punctuation follows (侯御之|不能, 侯御之|说): the genitive 之
// is followed by the noun it governs (王某之子), so 之 before a verb is
// the name's last character (as in 侯御之, 刘遵之). Class: given names
// ending in 之.
func zhiThird18(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if !madeUpName18(tt, f, s, e) || e+1 >= len(tt.runes) || tt.runes[e] != '之' {
		return f, false
	}
	if z := tt.tokenAt(e); z == nil || z.start != e || z.end != e+1 {
		return f, false
	}
	a := tt.tokenAt(e + 1)
	if a == nil || a.start != e+1 {
		return f, false
	}
	switch {
	case !isHan(tt.runes[e+1]) && strings.ContainsRune("，。；：、！？", tt.runes[e+1]):
	case a.pos == "v" || a.pos == "d" || a.pos == "vd" || a.pos == "p" || a.pos == "c":
	default:
		return f, false
	}
	return trimTo(tt, f, s, e+1, "zhi-third18"), true
}

// tombKinds18 are tombs and memorials named after the person buried or
// remembered there (俞曲园墓, 甲乙丙祠, 甲乙丙故居).
var tombKinds18 = []string{"墓", "祠", "陵园", "故居", "纪念馆", "纪念堂"}

// tombName18 grows a two-character name over the one character between
// it and a tomb or memorial (俞曲|园|墓): a name stands whole before the
// kind, and a single character gojieba left on its own there (园/zg) is
// its last. Class: names cut short before a tomb or memorial.
func tombName18(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 2 || !strings.HasPrefix(f.Evidence, "surname+given") || e+1 >= len(tt.runes) {
		return f, false
	}
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.end != e+1 || !givenThird18(tt.runes[e]) {
		return f, false
	}
	if b := tt.tokenAt(s + 1); b == nil || b.end > e {
		return f, false // the name's given character is no word across
	}
	if firstPrefix(tt.text[tt.off[e+1]:], tombKinds18) == "" {
		return f, false
	}
	return trimTo(tt, f, s, e+1, "tomb-name18"), true
}

// collective18 are the characters after 诸 ("the various", "all the")
// that make it a determiner of a collective noun (诸强, 诸国, 诸位, 诸君,
// 诸公, 诸侯, 诸多, 诸项, 诸事, 诸般, 诸种, 诸方, 诸家, 诸将, 诸子). Not
// 如 (诸如): the span 诸如|甲 over the first item of the examples was the
// only mask on a body named after that item on the development file
// (诸如|美|墨…工作组), which dropping it left readable.
var collective18 = runeBitsOf("强国位君公侯多项事般种方家将子部族岛省城神")

// zhuCollective18 reports a span whose 诸 is the determiner, not the
// surname: 诸 followed by a collective character (欧洲诸强之间, 诸国代表),
// with no role, title or speaker beside the span. Class: 诸 read as
// a surname.
func zhuCollective18(tt *tokText, f Finding, s, e int) bool {
	if tt.runes[s] != '诸' || e-s < 2 || !collective18.has(tt.runes[s+1]) {
		return false
	}
	ev := f.Evidence
	return !strings.Contains(ev, "role-") && !strings.Contains(ev, "title-") && !strings.Contains(ev, "speaker")
}

// towardVerbs18 are verbs of direction and extent after 向 and a compass
// point (向南伸展, 向北延伸, 向东流去, 向西推进).
var towardVerbs18 = []string{"伸展", "延伸", "延展", "流", "推进", "发展", "扩展", "移动", "转移", "蔓延", "倾斜", "挺进", "行驶", "飞", "走", "开", "去", "望", "看"}

// towardPoint18 reports a two-character span of 向 and a compass point
// (向南, 向北) before a verb of direction, with no role, title or speaker
// beside it: the preposition and the direction (由中部向南伸展). Class:
// 向 read as a surname before a compass point.
func towardPoint18(tt *tokText, f Finding, s, e int) bool {
	if e-s != 2 || tt.runes[s] != '向' || !strings.ContainsRune("东南西北", tt.runes[s+1]) {
		return false
	}
	ev := f.Evidence
	if strings.Contains(ev, "role-") || strings.Contains(ev, "title-") || strings.Contains(ev, "speaker") {
		return false
	}
	return firstPrefix(tt.text[f.End:], towardVerbs18) != ""
}

// visitVerbs18 are verbs of a state or official visit that gojieba writes
// as one word with the country visited (访美, 访华) or on their own.
var visitVerbs18 = wordSet(`访美 访华 访日 访韩 访俄 访欧 访英 访法 访德 访朝 访印 访港 访台 出访 访问`)

// visitor18 finds a word gojieba's dictionary tags as a name (nr, nrt) of
// two or three characters right before a verb of visitVerbs18 (在金大中|
// 访美期间): the visitor. The rule scorer turns such a word down when its
// given name is a dictionary word (大中), and the ordinary words gojieba
// lists as names (桂冠, 龙卷风) do not pay visits. Class: names before a
// verb of a state visit.
func visitor18(tt *tokText, fs, add []Finding) []Finding {
	if !tt.mayContain("访") {
		return add
	}
	l := getLexicon()
	for k := 0; k+1 < len(tt.toks); k++ {
		t, a := &tt.toks[k], &tt.toks[k+1]
		if (t.pos != "nr" && t.pos != "nrt") || t.n() < 2 || t.n() > 3 || !visitVerbs18[a.word] {
			continue
		}
		if t.pos == "nr" && !(l.isSurname(tt.runes[t.start]) || surnames15.has(tt.runes[t.start])) {
			continue
		}
		a0, b0 := tt.off[t.start], tt.off[t.end]
		if coveredBy13(fs, a0, b0) || strongOver33(fs, a0, b0) {
			continue
		}
		add = append(add, Finding{Type: PERSON, Text: t.word, Start: a0, End: b0, Evidence: "visitor18", Score: contextScore})
	}
	return add
}

// jerseySurname18 finds a surname standing alone as gojieba's one-character
// name word (李/nr) right after a jersey number (17号) and before a
// preposition, an adverb or a verb (17号李|从底线…, 9号王|头球…): a player
// named by the number and the surname. Class: players by jersey number.
func jerseySurname18(tt *tokText, fs, add []Finding) []Finding {
	if !tt.mayContain("号") {
		return add
	}
	l := getLexicon()
	for k := 1; k+1 < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.n() != 1 || t.pos != "nr" || t.start < 2 || tt.runes[t.start-1] != '号' || !l.isSurname(tt.runes[t.start]) {
			continue
		}
		if d := tt.runes[t.start-2]; !(d >= '0' && d <= '9' || d >= '０' && d <= '９') {
			continue
		}
		switch a := &tt.toks[k+1]; {
		case a.pos == "p" || a.pos == "d" || a.pos == "ad" || a.pos == "v" || a.pos == "c":
		default:
			continue
		}
		a0, b0 := tt.off[t.start], tt.off[t.end]
		if coveredBy13(fs, a0, b0) || strongOver33(fs, a0, b0) {
			continue
		}
		add = append(add, Finding{Type: PERSON, Text: t.word, Start: a0, End: b0, Evidence: "jersey-surname18", Score: contextScore})
	}
	return add
}

// captionPlaces18 are the positions a photo caption gives after each
// person it names (甲（左）、乙（中）、丙（右二）).
var captionPlaces18 = []string{"（左）", "（中）", "（右）", "（左一）", "（左二）", "（左三）", "（右一）", "（右二）", "（右三）", "（前排左）", "（前排右）"}

// captionName18 finds a word gojieba's dictionary tags as a name (nr,
// nrfg, nrt) of two to four characters right before a caption's position
// (甲乙丙（中）、丁戊（左）): the person the photo shows there, whatever
// its first character (新 of a name is no surname of the tables, and the
// rule scorer passes the word by), for a caption's position follows only
// a person. Class: names in photo captions.
func captionName18(tt *tokText, fs, add []Finding) []Finding {
	if !strings.Contains(tt.text, "）") {
		return add
	}
	for k := 0; k+1 < len(tt.toks); k++ {
		t := &tt.toks[k]
		if t.n() < 2 || t.n() > 4 || (t.pos != "nr" && t.pos != "nrfg" && t.pos != "nrt") {
			continue
		}
		if firstPrefix(tt.text[tt.off[t.end]:], captionPlaces18) == "" {
			continue
		}
		a0, b0 := tt.off[t.start], tt.off[t.end]
		if coveredBy13(fs, a0, b0) || strongOver33(fs, a0, b0) {
			continue
		}
		add = append(add, Finding{Type: PERSON, Text: t.word, Start: a0, End: b0, Evidence: "caption-name18", Score: contextScore})
	}
	return add
}
