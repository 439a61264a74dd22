package anonymize

import "strings"

// spankeep14.go: two classes of ordinary phrase that a retrained span
// tagger reads as names (fourteenth session, branch rt14; that retrain was
// not shipped, and the filters guard the shipped tagger's pieces as well).
// keptByFilters (spantagger.go) asks spanKeep14, so they are keep filters
// the learned guard may not overrule:
//   - a shore descriptor before a kind of walkway or waterfront (滨湖|栈道,
//     沿江|绿道, 环湖|骑行道): "the lakeside boardwalk", no place, while the
//     text names no division or village of that stem (滨湖区, 滨江镇 …:
//     then the stem is that place and stays masked) — shoreFacility14;
//   - a conjunction 和/与/及 after a complete park, zone or body and before
//     a level word and an ordinary kind (产业园|和|县创业园, 中心|与|镇卫生院):
//     the county's or town's own facility, not the county 和县 — unless the
//     text reads that level word's place elsewhere (和县 at a sentence's
//     head) — conjLevelKind14.

// shoreWords14 describe a site by the water or ring it lies along (滨湖
// "by the lake", 沿江 "along the river", 环湖 "round the lake"); several
// are also the short forms of districts and towns (滨湖区, 临江镇).
var shoreWords14 = wordSet(`滨湖 滨江 滨河 滨海 滨溪 湖滨 江滨 河滨 海滨 溪滨 沿江 沿湖 沿河 沿海 沿溪 沿岸 临江 临湖 临河 临海 临溪 江畔 湖畔 河畔 溪畔 海畔 环湖 环库 环岛`)

// shoreKinds14 are kinds of walkway and waterfront strip such a word
// describes: most of walkKinds15 (not 驿站, 跑道, 湿地带) and the strips of
// a shore (旅游带, 生态带, 防护林). Parks, squares, roads and markets are
// left out: 滨江公园, 临江广场, 滨河路 and 江滨农贸市场 name one site in the
// development sets' golds. A list, not a set: shoreFacility14 asks which
// kind opens the text after the shore word.
var shoreKinds14 = []string{"游步道", "步道", "栈道", "绿道", "慢行道", "骑行道", "廊道", "长廊", "景观带", "风光带", "休闲带", "旅游带", "生态带", "亲水平台", "观景台", "湿地", "护岸", "岸线", "堤岸", "防护林"}

// spanKeep14 reports whether the span tagger's piece f is an ordinary
// phrase of one of spankeep14.go's classes.
func spanKeep14(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return false
	}
	return shoreFacility14(tt, s, e) || conjLevelKind14(tt, s, e)
}

// shoreFacility14 reports runes [s, e) that begin with a shore word and end
// inside or at the end of a kind of walkway right after it (滨湖, 滨湖栈,
// 滨湖栈道 of 滨湖栈道), while the text names no place of that stem.
func shoreFacility14(tt *tokText, s, e int) bool {
	if e-s < 2 {
		return false
	}
	shore := tt.sub(s, s+2)
	if !shoreWords14[shore] || shoreNamed14(tt.text, shore) {
		return false
	}
	rest := tt.text[tt.off[s+2]:]
	for _, k := range shoreKinds14 {
		if strings.HasPrefix(rest, k) && tt.off[e] <= tt.off[s+2]+len(k) {
			return true
		}
	}
	return false
}

// shoreNamed14 reports whether text names a place of the shore word's stem:
// the word right before a level or settlement word (滨湖区, 临江镇, 沿江村,
// 滨河新区, 湖滨街道).
func shoreNamed14(text, shore string) bool {
	for i := strings.Index(text, shore); i >= 0; {
		after := text[i+len(shore):]
		if r := firstRuneOf(after); levelSuffixChars.has(r) || strings.HasPrefix(after, "新区") || strings.HasPrefix(after, "新城") {
			return true
		}
		j := strings.Index(after, shore)
		if j < 0 {
			break
		}
		i += len(shore) + j
	}
	return false
}

// conjRunes14 join two items of a list (园区和|县创业园).
var conjRunes14 = runeBitsOf("和与及")

// conjLevelRunes14 are level words a county's or town's own facility begins
// with (县创业园, 镇卫生院).
var conjLevelRunes14 = runeBitsOf("县镇乡区市旗")

// conjLevelKind14 reports runes [s, e) that hold a conjunction and a
// level word (和县…, 物流产业园和县创业园), or begin with the level word right
// after the conjunction (与|镇…, the conjunction trimmed), where the rune
// before the conjunction ends a park, zone or body (产业园|和) and the level
// word is followed by an ordinary kind that reaches at least to the piece's
// end (县|创业园).
func conjLevelKind14(tt *tokText, s, e int) bool {
	for c := max(s-1, 1); c+1 < e; c++ {
		if conjLevelAt14(tt, c, e) {
			return true
		}
	}
	return false
}

// conjLevelAt14 is conjLevelKind14 at the conjunction at rune c.
func conjLevelAt14(tt *tokText, c, e int) bool {
	lv := c + 1
	if !conjRunes14.has(tt.runes[c]) || !conjLevelRunes14.has(tt.runes[lv]) || sufClass(tt.runes[c-1])&(sufPlace|sufOrg) == 0 {
		return false
	}
	if !ordinaryKindAfter14(tt, lv+1, e) {
		return false
	}
	// the text reads conjunction and level word as a place elsewhere (和县
	// at a sentence's head, after 的 or a verb): the county
	pair := tt.sub(c, lv+1)
	for i := strings.Index(tt.text, pair); i >= 0; {
		if i != tt.off[c] {
			ri := tt.runeAt(i)
			if ri <= 0 || sufClass(tt.runes[ri-1])&(sufPlace|sufOrg) == 0 {
				return false
			}
		}
		j := strings.Index(tt.text[i+len(pair):], pair)
		if j < 0 {
			break
		}
		i += len(pair) + j
	}
	return true
}

// ordinaryKindAfter14 reports whether the gojieba words from rune i on,
// through the piece's end e and on to the first word that ends in a place
// or body suffix (at most four words), are ordinary dictionary words, none
// a place (创业|园, 卫生院, 人民|医院).
func ordinaryKindAfter14(tt *tokText, i, e int) bool {
	if i >= len(tt.runes) || !tt.tokStart(i) {
		return false
	}
	lx := getLexicon()
	for n := 0; n < 4 && i < len(tt.runes); n++ {
		t := tt.tokenAt(i)
		if _, place := lx.places[t.word]; place || !t.dictWord() || !genericTokPOS18[t.pos] {
			return false
		}
		i = t.end
		if i >= e && sufClass(lastRune(t.word))&(sufPlace|sufOrg) != 0 {
			return true
		}
	}
	return false
}
