package anonymize

import "strings"

// This file holds round ner20: persons of news text masked under another
// type, not found at all, and spans of a person's shape that are no name.
// ner20 runs right after ner19 (anonymize.go):
//
//   - a Japanese name of a family name in 村 and a given name that gojieba
//     split (武村|正义), read as a village by its kind character, before a
//     verb of saying or 一行 (japaneseMura20);
//   - a name at a clause's start right after a reporting phrase (据报道，
//     甲乙丙当天…, 据了解，甲|乙丙已经…) before a time word or an adverb,
//     found by no rule (reportedSubject20);
//   - a dynasty (甲朝) read as a name where the text names a dynasty beside
//     it (辽朝、金朝、元朝) or after 建立的 (dynasty20);
//   - a plant or animal counted by its measure word (二十三万多株|苏铁)
//     read as a name on gojieba's nr tag alone (countedThing20);
//   - a body's short form repeated alone (国家杜马 … 杜马|议会党团) read as
//     a person: masked as the body (bodyTail20).

// ner20 reviews and completes the findings of one text by the classes
// above.
func ner20(tt *tokText, fs []Finding) []Finding {
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
		case LOCATION:
			if g, ok := japaneseMura20(tt, f, s, e); ok {
				f = g
			}
		case PERSON:
			if dynasty20(tt, f, s, e) || countedThing20(tt, f, s) {
				continue
			}
			if bodyTail20(f, fs) {
				f.Type, f.label = ORG, "机构"
				f.Evidence += ",body-tail20"
			}
		}
		out = append(out, f)
	}
	if add := reportedSubject20(tt, out); len(add) > 0 {
		out = add19(out, add)
	}
	return out
}

// sayingAfter20 are the words after a Japanese name that make it a
// person: verbs of saying and a delegation's 一行.
var sayingAfter20 = []string{"说", "表示", "指出", "强调", "认为", "一行", "先生", "首相", "外相", "议员", "会见", "访问"}

// japaneseMura20 turns a two-character place in 村 that is a Japanese
// family name (武村, 木村, 中村), found by its kind character alone (no
// gazetteer entry), into a person over it and the two Han characters after
// it when a verb of saying or 一行 follows (武村正义说, 武村正义一行).
// Class: Japanese names in 村 split by gojieba and read as villages.
func japaneseMura20(tt *tokText, f Finding, s, e int) (Finding, bool) {
	if e-s != 2 || tt.runes[e-1] != '村' || !strings.Contains(f.Evidence, "place-ending") || !jpSurnameSpan(tt, s, e) {
		return f, false
	}
	g := e + 2
	if g >= len(tt.runes) || !isHan(tt.runes[e]) || !isHan(tt.runes[e+1]) || functionRunes[tt.runes[e]] || functionRunes[tt.runes[e+1]] {
		return f, false
	}
	if !tt.tokEnd(e) || !tt.tokEnd(g) || firstPrefix(tt.text[tt.off[g]:], sayingAfter20) == "" {
		return f, false
	}
	return person19(tt, s, g, "japanese-mura20"), true
}

// reportPhrases20 open a news sentence before its subject (据报道，甲…).
var reportPhrases20 = []string{"据报道，", "据悉，", "据了解，", "据介绍，", "据透露，"}

// reportedSubject20 finds a name right after a reporting phrase and its
// comma, before a time word or an adverb (据报道，甲乙丙当天还…, 据了解，
// 甲乙丙已经…), that no rule found: one token of three characters gojieba
// tags as a name or a made-up word (甲乙丙/nz), or a surname gojieba tags
// nr alone and a word of one or two characters. The span must begin with a
// surname and be no common word, place or role, and no kind of place or
// body may end it. Class: news subjects after a reporting phrase.
func reportedSubject20(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	l := getLexicon()
	for _, p := range reportPhrases20 {
		for _, i := range occurrences19(tt, p) {
			s := i + len([]rune(p))
			a := tt.tokenAt(s)
			if a == nil || a.start != s || !surnameAny15(l, tt.runes[s]) {
				continue
			}
			e, listed := 0, false
			switch {
			case a.n() == 3 && (a.pos == "nz" || a.pos == "x" || nameTagged(a.pos)):
				// a word gojieba lists as a name or proper noun (金正日/nz)
				// may be a frequent word of the lexicon too
				e, listed = a.end, a.pos != "x"
			case a.n() == 1 && a.pos == "nr":
				if b := tt.tokenAt(a.end); b != nil && b.start == a.end && b.n() <= 2 && b.pos != "v" && b.pos != "d" && b.pos != "p" {
					e = b.end
				}
			}
			if e == 0 || e >= len(tt.runes) {
				continue
			}
			w := tt.sub(s, e)
			if l.common[w] && !listed || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || placeKindEnd.has(tt.runes[e-1]) || kindEnd20.has(tt.runes[e-1]) {
				continue
			}
			if n := tt.tokenAt(e); n == nil || n.start != e || (n.pos != "t" && n.pos != "d") {
				continue
			}
			if overlapsAny(fs, tt.off[s], tt.off[e]) {
				continue
			}
			add = append(add, person19(tt, s, e, "reported-subject20"))
		}
	}
	return add
}

// kindEnd20 end a place or a body (…区, …局, …厂): no name after a
// reporting phrase ends in one.
var kindEnd20 = runeBitsOf("省市县区镇乡村街道社区州旗盟屯寨组局委办厂院校所队部司社会团站场馆园")

// dynasties20 are the dynasties named by one character and 朝.
var dynasties20 = wordSet(`夏朝 商朝 周朝 秦朝 汉朝 晋朝 隋朝 唐朝 宋朝 辽朝 金朝 元朝 明朝 清朝 梁朝 陈朝 齐朝 魏朝`)

// dynasty20 reports a person span that is a dynasty (金朝) where another
// dynasty stands in the same text (辽朝、金朝、元朝) or 建立的 comes
// right before it, with no role, title or speaker beside the span.
// Class: dynasties read as names.
func dynasty20(tt *tokText, f Finding, s, e int) bool {
	if e-s != 2 || !dynasties20[f.Text] || strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") || strings.Contains(f.Evidence, "speaker") {
		return false
	}
	if strings.HasSuffix(tt.text[:f.Start], "建立的") {
		return true
	}
	for d := range dynasties20 {
		if d != f.Text && strings.Contains(tt.text, d) {
			return true
		}
	}
	return false
}

// thingMeasures20 are measure words of plants, animals and things, never
// of persons (株, 棵, 头, 匹, 只).
var thingMeasures20 = runeBitsOf("株棵丛头匹只条盆枝箱吨斤亩")

// countedThing20 reports a weak two-character person span (gojieba's nr
// tag alone, ordinaryNRWord16's evidence) right after a numeral or measure token
// ending in a measure word of things (二十三万多株|苏铁, 五头|牛群).
// Class: plants and animals counted, read as names.
func countedThing20(tt *tokText, f Finding, s int) bool {
	if strings.TrimSuffix(f.Evidence, ",doubtful") != "surname+given,jieba:nr" {
		return false
	}
	b := tt.tokenBefore(s)
	if b == nil || b.end != s || b.pos != "m" && b.pos != "q" {
		return false
	}
	return thingMeasures20.has(tt.runes[s-1])
}

// bodyTail20 reports a person span whose text ends a longer body found in
// the same text (国家杜马 … 杜马|议会党团): the body's short form repeated
// alone. The span stays masked, as the body. Class: a body's short form
// read as a person.
func bodyTail20(f Finding, fs []Finding) bool {
	if strings.Contains(f.Evidence, "role-") || strings.Contains(f.Evidence, "title-") || strings.Contains(f.Evidence, "speaker") {
		return false
	}
	for _, g := range fs {
		if g.Type == ORG && len(g.Text) > len(f.Text) && strings.HasSuffix(g.Text, f.Text) && (g.End <= f.Start || g.Start >= f.End) {
			return true
		}
	}
	return false
}
