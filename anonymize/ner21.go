package anonymize

import "strings"

// This file holds round ner21: ordinary words that gojieba's dictionary
// tags nr (陶醉, 殷红, 连贯, 桑拿, 桂冠: its dictionary lists tens of
// thousands of nr entries, many of them words) masked as persons on that
// tag alone. ner16 leaves such words masked, since dropping them on a weak
// score alone left real names readable; ner21 drops one only where the
// sentence uses it as a word, in a frame a name does not stand in
// (wordUse21). ner21 runs right after ner20 (anonymize.go).

// ner21 drops the person findings of one text that wordUse21 reports.
func ner21(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && wordUse21(tt, f, fs) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// degreeBefore21 are adverbs of degree, negation and repetition that
// stand before a predicate (很温馨, 十分宁静, 又连贯, 不冷清), never
// right before a name.
var degreeBefore21 = wordSet(`很 非常 十分 格外 极为 极其 颇为 颇 更 更加 最 太 又 不 没 没有 越来越 越发 多么 如此 那么 这么 特别 有点 有些 相当 比较 尤为 愈加 愈发`)

// causeBefore21 end a causative frame before a verb of feeling (令人陶醉,
// 让人们陶醉): 人 or 人们 after 令/让/使/叫, never a name's place.
var causeBefore21 = []string{"令人", "让人", "使人", "叫人", "令人们", "让人们", "使人们"}

// objectVerbs21 are verbs whose object is a thing, never a person (洗桑拿,
// 夺桂冠, 煮汤圆): a last character of the token before the word.
var objectVerbs21 = runeBitsOf("洗煮夺摘栽沏炖")

// objectWords21 are such verbs of two characters (荣获金奖, 问鼎冠军).
var objectWords21 = wordSet(`荣获 摘得 夺得 问鼎 蝉联 品尝 烹制`)

// eventMeasures21 are measure words of events, sounds and kinds (一场雷雨,
// 一阵雷鸣, 各式贺卡), never of persons (位, 名, 个 are not here).
var eventMeasures21 = runeBitsOf("场阵声片种式类样杯碗块串束朵颗粒")

// kindPronoun21 begin a pronoun of kinds (各式, 这种, 每样).
var kindPronoun21 = runeBitsOf("各这那每")

// afterDe21 may follow 得 after a word of quality (殷红得像一滴血, 安静得
// 出奇): the word is a predicate.
var afterDe21 = runeBitsOf("像很更十非如似发出有让令要")

// wordUse21 reports a person finding that is an ordinary word gojieba's
// dictionary tags nr, used as a word by its frame. The finding must rest
// on the nr tag alone (evidence surname+given,jieba:nr: no role, title,
// list or speaker beside it), be one token of two or three characters,
// not be repeated as a person with other evidence in the text, and not
// stand before a verb of saying anywhere in the text; the frame is one of
//
//   - an adverb of degree, negation or repetition right before it
//     (十分宁静, 又连贯);
//   - a causative 令人/让人们 right before it (让人们陶醉);
//   - a verb whose object is a thing right before it (洗桑拿, 夺桂冠);
//   - a number, measure word or pronoun of events or kinds right before
//     it (一场雷雨, 各式贺卡);
//   - 得 and a word of degree or likeness right after it (殷红得像), or
//     the aspect particle 着 (陶醉着).
//
// Class: ordinary words that gojieba's dictionary tags nr, used as words.
func wordUse21(tt *tokText, f Finding, fs []Finding) bool {
	if strings.TrimSuffix(f.Evidence, ",doubtful") != "surname+given,jieba:nr" || nationalLeaders[f.Text] {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e-s < 2 || e-s > 3 {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e || t.pos != "nr" {
		return false
	}
	for _, g := range fs {
		if g.Type == PERSON && g.Text == f.Text && strings.TrimSuffix(g.Evidence, ",doubtful") != "surname+given,jieba:nr" {
			return false // the same name found with a role, title or speaker
		}
	}
	for _, i := range occurrences19(tt, f.Text) {
		if j := i + (e - s); j < len(tt.runes) && firstPrefix(tt.text[tt.off[j]:], sayingAfter20) != "" {
			return false
		}
	}
	return frameBefore21(tt, s) || frameAfter21(tt, e)
}

// frameBefore21 reports a word-use frame right before rune s (see
// wordUse21).
func frameBefore21(tt *tokText, s int) bool {
	if hasSuffixAny18w(tt.text[:tt.off[s]], causeBefore21) {
		return true
	}
	b := tt.tokenBefore(s)
	if b == nil || b.end != s {
		return false
	}
	w := tt.sub(b.start, b.end)
	z := tt.runes[s-1]
	switch {
	case degreeBefore21[w], objectWords21[w]:
		return true
	case objectVerbs21.has(z) && (b.n() == 1 || strings.HasPrefix(b.pos, "v") || b.pos == "x" && b.n() <= 3):
		// a verb token, or one gojieba made up around the verb (二不洗,
		// 六夺)
		return true
	case (b.pos == "m" || b.pos == "q") && eventMeasures21.has(z):
		return true
	case b.pos == "r" && b.n() == 2 && kindPronoun21.has(tt.runes[s-2]) && eventMeasures21.has(z):
		// 各式, 这种, 那类: a pronoun of kinds
		return true
	}
	return false
}

// frameAfter21 reports a word-use frame right after rune e (see
// wordUse21): 得 and a word of degree or likeness, or 着.
func frameAfter21(tt *tokText, e int) bool {
	a := tt.tokenAt(e)
	if a == nil || a.start != e || a.n() != 1 {
		return false
	}
	switch tt.runes[e] {
	case '着':
		return true
	case '得':
		return e+1 < len(tt.runes) && afterDe21.has(tt.runes[e+1])
	}
	return false
}
