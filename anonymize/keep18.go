package anonymize

import "strings"

// This file holds round keep18: the classes behind the ordinary phrases
// the sixth round of unseen check sets found masked.
//
//   - a body named by its level alone or a kind of level (县|人民医院,
//     乡镇|卫生院, 村|卫生室, 县域|高中) as a list item is a kind of body,
//     like 县政府 (levelKindItem18, asked by listKind11);
//   - a body or place counted right after it (公立医院4家, 乡镇卫生院19家)
//     is a kind: names are not counted (countedKind18).

// levelKindHeads18 open the name of a kind of body at one level: a level
// character alone (县|人民医院) or a word for every unit of a level
// (乡镇|卫生院, 县域|高中).
var levelKindHeads18 = []string{"乡镇", "县域", "县级", "市级", "镇级", "乡级", "村级", "县", "市", "区", "旗", "乡", "镇", "村"}

// genericTokPOS18 are gojieba's tags of ordinary words: a body's name made
// of them alone holds no proper name.
var genericTokPOS18 = wordSet(`n vn v a b m s f nt l i`)

// levelKindItem18 reports a list item (f, found by listItems) that names
// a kind of body at one level, not one body: it begins with a level head (levelKindHeads18), the rest ordinary
// words of gojieba's dictionary (县|人民|医院, 县|第一|中学, 村|卫生室)
// with no place in them, the item's last word a body's kind.
func levelKindItem18(tt *tokText, f Finding) bool {
	if f.Type != ORG && f.Type != LOCATION || f.Evidence != "list-item" {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return false
	}
	head := firstPrefix(f.Text, levelKindHeads18)
	if head == "" {
		return false
	}
	return ordinaryBodyAfter18(tt, s+runeLen(head), e)
}

// ordinaryBodyAfter18 reports whether runes [s, e) are whole ordinary
// words of gojieba's dictionary, none a place, the last a body's kind or a
// school (人民|医院, 第一|中学, 高中).
func ordinaryBodyAfter18(tt *tokText, s, e int) bool {
	if e-s < 2 || !tt.tokStart(s) || e < len(tt.runes) && !tt.tokStart(e) {
		return false
	}
	for i := s; i < e; {
		t := tt.tokenAt(i)
		if t == nil || t.end > e || !(t.dictWord() || t.pos == "m" && allHan(t.word)) || !genericTokPOS18[t.pos] || containsPlace(t.word) {
			return false
		}
		i = t.end
	}
	last := tt.tokenBefore(e)
	suf, _ := orgSuffix(last.word)
	return suf != "" || schoolKinds18[last.word]
}

// schoolKinds18 are schools named by their level that no organisation
// suffix ends (高中, 初中).
var schoolKinds18 = wordSet(`高中 初中 小学 中学 幼儿园 职中 职高`)

// countedKind18 reports a body or place at runes [s, e) followed right
// away by a count (…4家, …19所, …291个): reports count kinds of bodies
// (公立医院4家), never one named body.
func countedKind18(tt *tokText, e int) bool {
	i := e
	for i < len(tt.runes) && i-e < 6 && (isDigitRune(tt.runes[i]) || chineseNumeralRunes.has(tt.runes[i])) {
		i++
	}
	return i > e && i < len(tt.runes) && strings.ContainsRune("家个所座处", tt.runes[i])
}

// keep18 drops the findings of fs that name a kind of body and are
// counted right after (公立医院4家, 乡镇卫生院19家): a body the nation has
// many of, read as an organisation (jieba:nt) or from a list, holding no
// place, name or made-up word; the places and persons read inside a
// set phrase of four characters (setPhrase18); and a township's short form
// glued to another level (otherLevelAfterShort18). A policy's deny-list entry
// (score 100) always stays.
func keep18(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Score < 100 && f.Type != ORG && setPhrase18(tt, f) {
			continue
		}
		if f.Score < 100 && otherLevelAfterShort18(tt, f) {
			continue
		}
		if f.Type == ORG && (f.Evidence == "jieba:nt" || f.Evidence == "list-item") && tt.runeCls&rcCount != 0 { // (speed7b.go: a digit or count numeral in the text)
			s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
			if s >= 0 && e > s && countedKind18(tt, e) && ordinaryBodyAfter18(tt, s, e) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// countedListItem18 reports a list item (f) that countedKind18 finds a
// kind: ordinary words, a count right after it (、乡镇卫生院19家、).
func countedListItem18(tt *tokText, f Finding) bool {
	if f.Type != ORG || f.Evidence != "list-item" {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	return s >= 0 && e > s && countedKind18(tt, e) && ordinaryBodyAfter18(tt, s, e)
}

// kindOfTownWords18 end words for every town of a kind (乡镇, 城镇, 集镇):
// a body's place that ends so names none (全县现有乡镇|卫生院).
var kindOfTownWords18 = []string{"乡镇", "城镇", "村镇", "集镇", "小镇", "重点镇", "中心镇", "建制镇"}

// centreOfKind18 reports a suffix 中心 that ends before 村, 镇 or 城区 at
// rune e (美丽乡村中心|村, 重点中心|镇): a central village or town of a
// kind, no organisation called a centre.
func centreOfKind18(tt *tokText, suf string, e int) bool {
	if suf != "中心" || e >= len(tt.runes) {
		return false
	}
	switch tt.runes[e] {
	case '村', '镇':
		return e+1 >= len(tt.runes) || tt.runes[e+1] != '委' && tt.runes[e+1] != '民'
	case '城':
		return e+1 < len(tt.runes) && tt.runes[e+1] == '区'
	}
	return false
}

// terrainNouns18 and terrainAdjs18 make the four-character descriptions of
// hard terrain, a noun and an adjective twice (山高|沟深, 山大|沟深) or an
// adjective and a noun twice (急弯|陡坡): gojieba may read the middle as a
// place (高沟/ns, a township's short form) or the end as one (陡坡/ns).
var (
	terrainNouns18 = runeBitsOf("山水沟谷坡林路弯岭河石岩地天风雪土田崖坎峰滩")
	terrainAdjs18  = runeBitsOf("高大深陡密险窄远急多少薄瘦寒冷长宽低广稀贫弯峻峭狭斜湿")
)

// setPhrase18 reports a place or person finding f that lies inside a set
// phrase of four Han characters, which names nothing: a description of
// terrain (terrainNouns18), or a parallel phrase whose first and third
// characters are the same (普及普惠, 初信初访): there the finding is one half
// and the other half one ordinary word of gojieba's (parallelHalf18), so
// that the run of two names or places (五常市|常堡, 六安至|安庆) is none.
func setPhrase18(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e-s > 3 {
		return false
	}
	for p := max(0, e-4); p <= s && p+4 <= len(tt.runes); p++ {
		if p+4 < e {
			continue
		}
		rs := tt.runes[p : p+4]
		if !allHanRunes(rs) {
			continue
		}
		if rs[0] == rs[2] && rs[1] != rs[3] && rs[0] != rs[1] && !familiarHeads18.has(rs[0]) && e-s == 2 && (s == p || s == p+2) && parallelHalf18(tt, p+2-(s-p)) {
			return true // 普及普惠, 初信初访: a parallel phrase
		}
		if terrainNouns18.has(rs[0]) && terrainAdjs18.has(rs[1]) && terrainNouns18.has(rs[2]) && terrainAdjs18.has(rs[3]) ||
			terrainAdjs18.has(rs[0]) && terrainNouns18.has(rs[1]) && terrainAdjs18.has(rs[2]) && terrainNouns18.has(rs[3]) {
			return true // 山高沟深, 急弯陡坡: hard terrain described
		}
	}
	return false
}

// parallelHalf18 reports whether the two characters at rune h are one
// word of gojieba's of their own that is no name, or a frequent word it
// tags as a place (普及/ns).
func parallelHalf18(tt *tokText, h int) bool {
	t := tt.tokenAt(h)
	if t == nil || t.start != h || t.end != h+2 {
		return false
	}
	switch t.pos {
	case "nr", "nrfg", "nrt", "nz", "x", "j", "eng", "m":
		return false
	case "ns":
		return getLexicon().common[t.word]
	}
	return true
}

// otherLevelAfterShort18 reports a place found as the short form of a
// township or village (大湾 of 大湾乡) that a higher level's character
// follows (粤港澳|大湾|区, …|高山|县城): the words name another thing, a
// region or a county's seat, and no township; the short form and that
// level together must be no place of the gazetteer.
func otherLevelAfterShort18(tt *tokText, f Finding) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok || f.Type != LOCATION || !strings.HasSuffix(full, "乡") && !strings.HasSuffix(full, "镇") && !strings.HasSuffix(full, "村") {
		return false
	}
	e := tt.runeAt(f.End)
	if e < 0 || e >= len(tt.runes) || !strings.ContainsRune("区县市省州", tt.runes[e]) {
		return false
	}
	l := getLexicon()
	if _, ok := l.place(f.Text + string(tt.runes[e])); ok {
		return false // …|大湾区 were a district of its own
	}
	if e+2 <= len(tt.runes) && l.common[tt.sub(e, e+2)] {
		return false // 沙州|市场: the character begins a word, no level
	}
	return e+1 >= len(tt.runes) || tt.runes[e+1] != '委' && tt.runes[e+1] != '政' // (…镇|区委: no region)
}

// familiarHeads18 begin familiar names (老倪, 小张, 阿英): a parallel phrase
// in one of them (老人|老倪) is a noun and a name side by side.
var familiarHeads18 = runeBitsOf("老小阿")
