package anonymize

import (
	"strings"
)

// This file holds the recognizers and guards added for the misses of the
// eighth own-writing check set (testdata/deid-own8), each for a class of
// text rather than a string: villages whose stem the gazetteer knows but
// the suffix patterns refuse (a four-character stem after its town, a
// stem ending in a landform character, a place that names a river's
// stretch), single-part minority given names and rare surnames right after
// a role, a name glued by gojieba to the person noun before it, short forms
// of firms named after their province; and guards against ordinary phrases
// read as names (创客小镇, 重点产茶县, 普惠性幼儿园, 区公交公司, 文华大奖,
// 国家级旅游度假区).

// leaks7 adds what the recognizers of this file find in one text to its
// findings fs, and marks as generic (kept by the default policy, masked by
// the strict one) the findings its guards reject.
func leaks7(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	var phrases [][2]int // byte spans of the ordinary phrases found
	for k := range fs {
		if fs[k].Score < 100 && !fs[k].generic && ordinaryPhraseFinding(tt, &fs[k]) {
			fs[k].generic = true
			fs[k].Evidence += ",ordinary-phrase"
			phrases = append(phrases, [2]int{fs[k].Start, fs[k].End})
		}
	}
	extendFirmOverPlace(tt, fs)
	// the pieces of an ordinary phrase that other recognizers read as names
	// (普惠性 in 普惠性幼儿园, 公交公司 in 区公交公司) are no names either
	for _, p := range phrases {
		for k := range fs {
			if f := &fs[k]; f.Score < 100 && !f.generic && f.Start >= p[0] && f.End <= p[1] {
				f.generic = true
				f.Evidence += ",in-ordinary-phrase"
			}
		}
	}
	// a finding of this file is added where it overlaps nothing or only
	// findings inside it (蚂蟥|坪村 found as 坪村 before): resolve then
	// keeps the longer span, so no piece of the name stays readable
	add := func(out []Finding) {
		for _, f := range out {
			if !overlapsOutside(fs, f.Start, f.End) {
				fs = append(fs, f)
			}
		}
	}
	add(gazetteerVillagesAfterTown(tt, fs))
	add(bareLandformVillages(tt, fs))
	add(landformVillages(tt, fs))
	add(placeStretches(tt, fs))
	add(namesAfterRoleL7(tt, fs))
	if ms := minorityElementsAfterRole(tt); len(ms) > 0 {
		// a title reference read from the element's last character
		// (格|桑同志) is no surname: the element is the name
		kept := fs[:0]
		for _, f := range fs {
			if !(f.Type == PERSON && f.Score < 100 && strings.Contains(f.Evidence, "surname+title") && startsInsideName(ms, f)) {
				kept = append(kept, f)
			}
		}
		fs = kept
		add(ms)
	}
	add(namesGluedToPersonNoun(tt))
	return fs
}

// ---------------------------------------------------------------- places

// villageTailSuffixes end a village's or community's name after its stem.
var villageTailSuffixes = []string{"社区", "嘎查", "村", "屯"}

// villageSuffixAt returns the village suffix at rune i, or "".
func villageSuffixAt(tt *tokText, i int) string {
	if i >= len(tt.runes) {
		return ""
	}
	switch tt.runes[i] {
	case '村', '屯', '社', '嘎':
	default:
		return ""
	}
	rest := tt.text[tt.off[i]:]
	for _, s := range villageTailSuffixes {
		if strings.HasPrefix(rest, s) {
			return s
		}
	}
	return ""
}

// plainStem reports whether runes [b, c) may be a place's stem: Han
// characters only, none of them grammatical, a mask or a list stop.
func plainStem(tt *tokText, b, c int) bool {
	if b < 0 || c > len(tt.runes) || c-b < 2 {
		return false
	}
	for _, r := range tt.runes[b:c] {
		if !isHan(r) || isMaskRune(r) || functionRuneBits.has(r) {
			return false
		}
	}
	return true
}

// plainName is plainStem for a person's name: no character of givenStop
// either (年, 月, 每, 等).
func plainName(tt *tokText, b, c int) bool {
	if !plainStem(tt, b, c) {
		return false
	}
	for _, r := range tt.runes[b:c] {
		if givenStop[r] {
			return false
		}
	}
	return true
}

// knownVillageStem reports whether w is the stem of a village of the
// gazetteer that is no ordinary word and no generic head (新华 is a
// village's stem, but 示范, 重点 and 贫困 name kinds of village).
func knownVillageStem(w string) bool {
	l := getLexicon()
	return getVillages().has(w) && !l.common[w] && !genericVillagePrefix[w] && !getPersonLexicon().ordinary[w] && !genreWords[w]
}

// endsWord reports whether a name ending at rune e ends where gojieba
// begins a word, the text ends or a non-Han character stands.
func endsWord(tt *tokText, e int) bool {
	return e >= len(tt.runes) || tt.tokStart(e) || !isHan(tt.runes[e])
}

// gazetteerVillagesAfterTown finds villages right after the town they lie
// in (…镇|赫图阿拉村, …乡|小园子村) whose stem the village gazetteer holds,
// two to four characters, when villagesAfterTown refused it for its length
// or its words (小/a 园子/n); the list after it with 、 too.
func gazetteerVillagesAfterTown(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	afterTowns(tt, fs, true, func(e int) int {
		for ln := 4; ln >= 2; ln-- {
			b, c := e, e+ln
			suf := villageSuffixAt(tt, c)
			if suf == "" || !plainStem(tt, b, c) || villageDeterminers[tt.runes[b]] {
				continue
			}
			end := c + runeLen(suf)
			if !tt.tokStart(b) || !endsWord(tt, end) && !(suf == "村" && roleGlued(tt, c)) {
				continue
			}
			if !knownVillageStem(tt.sub(b, c)) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, end), Start: tt.off[b], End: tt.off[end], Evidence: "village-after-town,gazetteer-stem", Score: 4})
			return end
		}
		return -1
	})
	return out
}

// landformLast are the characters that end the stem of many village and
// township names: a dam, gully, bend, flat, ridge, slope, pond, bank …
// (核桃坝村, 土坎镇, 石板沟村).
var landformLast = runeBitsOf("坝沟湾坪岭坡塘岗冲坎峪洼垭坳嘴堡寨庄营铺桥溪滩泉坑岩峡垴梁埠圩岔渡")

// placeLeadIn are the words after which a place's name begins: a
// preposition of place or a verb of going (在核桃坝村建设, 到土坎镇).
var placeLeadIn = wordSet(`在 于 到 至 从 赴 往 向 经 来到 前往 走进 深入 位于 地处 途经 覆盖 包括 和 与 及 、`)

// landformVillages finds a village (three-character stem) or a township
// (two or three characters) named for a landform (核桃|坝村, 土坎|镇临) that the
// gazetteer knows as a village stem and gojieba cut apart or glued to the
// next word, standing after a preposition, a list comma, a place found
// before it or the text's start.
func landformVillages(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&(rcTownLevel|rcTrigCun) == 0 {
		return nil // (speed7b.go: no 村, 乡 or 镇 in the text)
	}
	n := len(tt.runes)
	var out []Finding
	for c := tt.nextAt(rcVillageTown, 2); c < n; c = tt.nextAt(rcVillageTown, c+1) { // (speed7b.go: the characters of the class only)
		r := tt.runes[c]
		if r != '村' && r != '镇' && r != '乡' || !landformLast.has(tt.runes[c-1]) {
			continue
		}
		for _, ln := range []int{3, 2} {
			if r == '村' && ln == 2 {
				break
			}
			b := c - ln
			if !plainStem(tt, b, c) || !tt.tokStart(b) || !tt.tokStart(c) && !(tt.tokenAt(c).start == c-1 && tt.tokenAt(c).end <= c+1) {
				continue // the suffix begins its word or is glued to the stem's last character only
			}
			end := c + 1
			if r == '村' && !endsWord(tt, end) && !roleGlued(tt, c) {
				continue
			}
			if !knownVillageStem(tt.sub(b, c)) {
				continue
			}
			if getLexicon().common[tt.sub(b, end)] || getLexicon().common[tt.sub(b+1, end)] {
				continue
			}
			ev := "pattern:" + string(r) + ",landform-stem"
			if b > 0 && r == '村' && villageHeadRunes.has(tt.runes[b-1]) && (tt.tokStart(b-1) || b >= 2 && tt.tokenAt(b-1).start == b-2 && townEndRunes.has(tt.runes[b-2])) && leadsInPlace(tt, fs, b-1) {
				b-- // 大|石板沟村, 镇大|石板沟村: a direction or size before a known stem
				ev += ",head"
			} else if !leadsInPlace(tt, fs, b) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, end), Start: tt.off[b], End: tt.off[end], Evidence: ev, Score: 3})
			break
		}
	}
	return out
}

// leadsInPlace reports whether a place's name may begin at rune b: the
// text starts there, or a punctuation mark, a word of placeLeadIn or a
// place found before ends there.
func leadsInPlace(tt *tokText, fs []Finding, b int) bool {
	if b == 0 || !isHan(tt.runes[b-1]) {
		return true
	}
	if p := tt.tokenBefore(b); p != nil && p.end == b && placeLeadIn[p.word] {
		return true
	}
	for _, f := range fs {
		if f.Type == LOCATION && f.End == tt.off[b] {
			return true
		}
	}
	// a town's suffix ends right before, glued or not (沿江|镇大|石板沟村)
	if b >= 2 && townEndRunes.has(tt.runes[b-1]) && isHan(tt.runes[b-2]) {
		if t := tt.tokenAt(b - 1); t.start == b-1 && t.end <= b+1 {
			return true
		}
	}
	return false
}

// villageHeadRunes begin a village's name before a stem of its own
// (大|石板沟村, 小|石板沟村, 上|王家湾村).
var villageHeadRunes = runeBitsOf("大小上下前后东西南北中新老")

// townEndRunes end a town's name (…镇, …乡).
var townEndRunes = runeBitsOf("镇乡")

// stretchAfter are the last characters of a river, canal or road whose
// stretches are named after the places they pass (苏子河|旺清门段).
var stretchAfter = runeBitsOf("河江溪渠湖路线道")

// placeStretches finds the places that name the stretches of a river or
// road (…河旺清门段、南杂木段): before 段, a stem of two to four characters
// that the gazetteer knows as a township's short form or (three characters
// at least) a village's stem, right after a river or road or after another
// stretch (…段、) and a list comma.
func placeStretches(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcDuan == 0 {
		return nil // no 段 in the text (speed6.go)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	lastEnd := -1 // the rune after the last stretch's 段 found
	for c := 2; c < n; c++ {
		if tt.runes[c] != '段' {
			continue
		}
		for ln := 4; ln >= 2; ln-- {
			b := c - ln
			if !plainStem(tt, b, c) || b == 0 {
				continue
			}
			prev := tt.runes[b-1]
			if !(stretchAfter.has(prev) || prev == '、' && (lastEnd == b-1 || b >= 2 && tt.runes[b-2] == '段')) {
				continue
			}
			w := tt.sub(b, c)
			if l.common[w] || genericVillagePrefix[w] || getPersonLexicon().ordinary[w] {
				continue
			}
			// a village's stem of two characters only in a list of stretches
			// (波密段、通麦段), where it stands as one noun of its own
			listed := prev == '、' && ln == 2 && tt.tokStart(b) && tt.tokStart(c) && nounish(tt.tokenAt(b))
			if !(l.short[w] != "" || (ln >= 3 || listed) && knownVillageStem(w)) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "stretch-of-river", Score: 3})
			lastEnd = c + 1
			break
		}
	}
	return out
}

// ---------------------------------------------------------------- persons

// roleListSurnames are surnames of the Hui and other peoples missing from
// the surname table because they are ordinary characters too (虎, 哈, 者):
// only taken right after a role or a person noun, or in a list after such
// a name, where a name is expected. It is narrower than leaks6.go's
// rareRoleSurnames (no 海, 冶 …) because these rules also take a name
// glued to the word after it.
var roleListSurnames = runeBitsOf(roleListSurnameChars)

// roleListSurnameChars are the characters of roleListSurnames.
const roleListSurnameChars = "虎哈者铁买保赛把喇撒妥纳拜脱"

// nameEndAfterRole reports whether a name may end at rune e after a role:
// the text ends, or a punctuation mark, list joiner, 同志, 等 or a verb
// follows (书记央金被评为…, 委员虎秀兰、…).
func nameEndAfterRole(tt *tokText, e int) bool {
	if e >= len(tt.runes) || !isHan(tt.runes[e]) {
		return true
	}
	if !tt.tokStart(e) {
		return false
	}
	t := tt.tokenAt(e)
	if t == nil {
		return false
	}
	if strings.ContainsRune("和与等被在说为是到从带及", tt.runes[e]) && t.n() <= 2 {
		return true
	}
	return t.word == "同志" || t.pos == "v" || t.pos == "p" || t.pos == "c"
}

// namesAfterRoleL7 finds a three-character name right after a person's
// role (政协委员|虎秀兰) whose surname is a rare one of roleListSurnames,
// written as a word gojieba does not know, and the names listed after it.
func namesAfterRoleL7(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	if !sigAny(tt, &roleListSurnamesSig) {
		return out // no rare surname in the text (speed10.go)
	}
	for k := 0; k+1 < len(tt.toks); k++ {
		role := &tt.toks[k]
		if b := role.end; b+3 > n || !roleListSurnames.has(tt.runes[b]) {
			continue // no rare surname and two characters after the token: nothing below can fire (speed9a: before the role's look-ups)
		}
		if !tt.endMay(&roleEndLast, k) || !personRoleToken(role) {
			continue
		}
		b := role.end
		if b >= n || !isHan(tt.runes[b]) || !tt.tokStart(b) {
			continue
		}
		// a rare surname and a given name of two characters
		if c := b + 3; c <= n && roleListSurnames.has(tt.runes[b]) && plainStem(tt, b, c) && !givenStop[tt.runes[b+1]] && !givenStop[tt.runes[b+2]] && nameEndAfterRole(tt, c) && unknownSpan(tt, b, c) {
			if rareSurnameName(tt, b, c) {
				out = append(out, Finding{Type: PERSON, Text: tt.sub(b, c), Start: tt.off[b], End: tt.off[c], Evidence: "rare-surname,role-before:" + role.word, Score: contextScore})
				// the names listed after it (委员虎秀兰、虎文斌): a surname,
				// rare or not, and a given name of two characters
				for c+4 <= n && tt.runes[c] == '、' {
					b2, c2 := c+1, c+4
					if !(roleListSurnames.has(tt.runes[b2]) || getLexicon().isSurname(tt.runes[b2])) || !tt.tokStart(b2) || !plainStem(tt, b2, c2) || !endsWord(tt, c2) || !(unknownSpan(tt, b2, c2) || tt.tokStart(b2+1)) || !listedName(tt, b2, c2) {
						break
					}
					out = append(out, Finding{Type: PERSON, Text: tt.sub(b2, c2), Start: tt.off[b2], End: tt.off[c2], Evidence: "rare-surname,list-after-role-name", Score: contextScore})
					c = c2
				}
			}
		}
	}
	return out
}

// unknownSpan reports whether runes [b, c) are no word of gojieba's
// dictionary: made-up words (x) and single characters only.
func unknownSpan(tt *tokText, b, c int) bool {
	for i := b; i < c; {
		t := tt.tokenAt(i)
		if t == nil || t.end > c || t.n() > 1 && t.dictWord() && t.pos != "nr" && t.pos != "nrfg" && t.pos != "nrt" {
			return false
		}
		i = t.end
	}
	return true
}

// givenLike reports whether r is seen in given names more than in
// ordinary text.
func givenLike(r rune) bool {
	return getLexicon().given[r] > 0
}

// quotedPersonNouns add to personNouns more words that name a person by
// what they do or are, before the person's name (瓜农|李四说, 家长王五介绍);
// gojieba may glue the noun's last character to the surname (茶|农田|忠秀).
var quotedPersonNouns = wordSet(`瓜农 椒农 粮农 蔗农 桑农 蚕农 市民 监测户 大学生 返乡青年 创业者 患者 家长 教师 医生 护路员 管护员 讲解员 快递员 乡贤`)

// nonPersonNong are words in 农 that name no farmer (惠农, 务农): any other
// two-character word in 农 before a name and a verb of saying is a kind
// of farmer (蜂农, 椒农).
var nonPersonNong = wordSet(`惠农 务农 支农 助农 强农 兴农 爱农 涉农 三农 为农 护农 利农 重农 学农 归农 富农`)

// personNounLast holds the last characters of personNouns and
// quotedPersonNouns: one bit test before any lookup.
var personNounLast = func() (b runeBits) {
	for _, m := range []map[string]bool{personNouns, quotedPersonNouns} {
		for w := range m {
			b.set(lastRune(w))
		}
	}
	return
}()

// sayingAfterName are the verbs of saying that follow a quoted person's
// name (…田忠秀说, …李四介绍).
var sayingAfterName = []string{"说", "表示", "介绍", "告诉", "感慨", "笑着说", "高兴地说", "坦言", "回忆", "算了一笔账"}

// namesGluedToPersonNoun finds the name of a person quoted after the noun
// that says who they are (茶农田忠秀说), two or three characters from a
// surname to a verb of saying: there a name is certain even when gojieba
// glued its surname to the noun (农田) and made a word of the given name.
func namesGluedToPersonNoun(tt *tokText) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for b := tt.nextAt(posPersonNounLast, 1) + 1; b+2 < n; b = tt.nextAt(posPersonNounLast, b) + 1 { // (speed7b.go: after the characters of the class only)
		if !personNounLast.has(tt.runes[b-1]) || !l.isSurname(tt.runes[b]) && !roleListSurnames.has(tt.runes[b]) {
			continue
		}
		noun := false
		for ln := 2; ln <= 5 && ln <= b; ln++ {
			if w := tt.sub(b-ln, b); (personNouns[w] || quotedPersonNouns[w] || ln == 2 && tt.runes[b-1] == '农' && !nonPersonNong[w]) && (b-ln == 0 || tt.tokStart(b-ln) || !isHan(tt.runes[b-ln-1])) {
				noun = true
				break
			}
		}
		if !noun {
			continue
		}
		for _, c := range []int{b + 3, b + 2} {
			if c > n || !plainName(tt, b, c) || !sayingAt(tt, c) {
				continue
			}
			w := tt.sub(b, c)
			if l.common[w] || l.places[w] > 0 || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] {
				continue
			}
			given := true // 高兴地说, 满意地说: no given name
			for _, r := range tt.runes[b+1 : c] {
				given = given && givenLike(r)
			}
			if !given {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "surname+given,person-noun-before,saying-after", Score: contextScore})
			break
		}
	}
	return out
}

// sayingAt reports a verb of sayingAfterName at rune i that ends a word of
// gojieba's or is followed by punctuation.
func sayingAt(tt *tokText, i int) bool {
	rest := tt.text[tt.off[i]:]
	for _, s := range sayingAfterName {
		if strings.HasPrefix(rest, s) {
			e := i + runeLen(s)
			return tt.tokStart(i) || e >= len(tt.runes) || !isHan(tt.runes[e])
		}
	}
	return false
}

// ---------------------------------------------------------------- guards

// attributiveCore reports an organisation's name part that is an
// attribute ending in 性 only, a kind of body and no name (普惠性幼儿园,
// 公益性公墓).
func attributiveCore(core []rune) bool {
	if len(core) < 2 || len(core) > 4 {
		return false
	}
	if core[len(core)-1] == '性' {
		return allHanRunes(core)
	}
	return false
}

// qualifierBefore are the levels that precede a kind of zone or title,
// not a named place (国家级旅游度假区, 省级经济开发区).
var qualifierBefore = []string{"国家级", "省级", "市级", "县级", "部级", "国家", "全国"}

// ordinaryPhraseFinding reports a finding that reads an ordinary phrase of
// reports as a name:
//   - an attribute in 性 read as a name (普惠性);
//   - a themed town (创客小镇, 特色小镇) found by the 镇 pattern;
//   - a "county that produces X" (产茶县, 产粮县) or a county of a national
//     list (重点产茶县) found by the 县 pattern;
//   - a body named by an attribute ending in 性 only (普惠性幼儿园);
//   - a company of the county or district named by its utility only
//     (区公交公司, 县供水公司);
//   - a university abbreviation whose 大 begins a longer word (文华|大奖),
//     but for 大学 (川农|大学子 is 川农大's students);
//   - a gazetteer name right after 国家级 or 省级 (国家级|旅游度假区): a
//     named zone has its name between the level and the kind.
func ordinaryPhraseFinding(tt *tokText, f *Finding) bool {
	// most findings are of no kind below: tests on their text and evidence
	// before the rune positions
	switch f.Type {
	case PERSON:
		if lastRune(f.Text) != '性' {
			return false
		}
	case LOCATION:
		if strings.HasPrefix(f.Evidence, "gazetteer") {
			before := tt.text[:f.Start]
			for _, q := range qualifierBefore {
				if strings.HasSuffix(before, q) && runeLen(f.Text) >= 4 {
					return true
				}
			}
			return false
		}
		if !strings.HasPrefix(f.Evidence, "pattern:镇") && !strings.HasPrefix(f.Evidence, "pattern:县") {
			return false
		}
	case ORG:
		if f.Evidence != "university-abbreviation" && !strings.HasPrefix(f.Evidence, "org-suffix:") {
			return false
		}
	default:
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return false
	}
	rs := tt.runes[s:e]
	switch f.Type {
	case PERSON:
		// 普|惠性: an attribute in 性 read as a surname and a given name,
		// with no role or verb of saying to make it a person
		if len(rs) == 3 && rs[2] == '性' && !strings.Contains(f.Evidence, "role-") && !strings.Contains(f.Evidence, "title-after") {
			return true
		}
	case LOCATION:
		if strings.HasPrefix(f.Evidence, "pattern:镇") && len(rs) >= 3 && rs[len(rs)-2] == '小' && tt.tokStart(e-2) {
			return true
		}
		if strings.HasPrefix(f.Evidence, "pattern:县") {
			if len(rs) == 3 && rs[0] == '产' {
				return true
			}
			if p := tt.tokenBefore(s); p != nil && p.end == s && (p.word == "重点" || p.word == "示范" || p.word == "百强") {
				return true
			}
		}
	case ORG:
		if f.Evidence == "university-abbreviation" && rs[len(rs)-1] == '大' {
			if t := tt.tokenAt(e - 1); t != nil && t.start == e-1 && t.end > e && !strings.HasPrefix(t.word, "大学") {
				return true
			}
		}
		if strings.HasPrefix(f.Evidence, "org-suffix:") {
			suf := strings.TrimPrefix(f.Evidence, "org-suffix:")
			if i := strings.IndexByte(suf, ','); i >= 0 {
				suf = suf[:i]
			}
			if !strings.HasSuffix(f.Text, suf) {
				return false
			}
			core := []rune(strings.TrimSuffix(f.Text, suf))
			if attributiveCore(core) {
				return true
			}
			if len(core) >= 3 && strings.ContainsRune("县区市", core[0]) && (suf == "公司" || suf == "集团") && utilityWords[string(core[1:])] {
				return true
			}
		}
	}
	return false
}

// placeLessShortForms derives the short form of a firm named after its
// province or city (贵州|黔湄春|茶业有限公司 → 黔湄春): the words between the
// leading place and the trade words, three or four characters, when one of
// them is a word gojieba made up (a made-up brand, not 交通运输); a brand of
// two characters often names the firm's product too (银球 of 银球茶), and
// masking it everywhere would hide the product.
func placeLessShortForms(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG || f.generic || f.label != "企业" {
		return nil
	}
	l := getLexicon()
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return nil
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end >= e {
		return nil
	}
	if lv, ok := l.place(t.word); !(ok && lv >= 1 && lv <= 3 || l.short[t.word] != "") {
		return nil
	}
	var words []*tok
	for i := t.end; i < e; {
		w := tt.tokenAt(i)
		if w == nil || w.end > e {
			break
		}
		words = append(words, w)
		i = w.end
	}
	// the brand: the words after the place up to the first trade word
	bEnd := t.end
	made := false
	for _, w := range words {
		if industryWords[w.word] || genreWords[w.word] || orgSuffixWord(w.word) {
			break
		}
		if w.n() >= 2 && w.pos == "x" {
			made = true
		}
		bEnd = w.end
	}
	if !made || bEnd-t.end < 3 || bEnd-t.end > 4 || bEnd == e {
		return nil
	}
	brand := tt.sub(t.end, bEnd)
	if !allHan(brand) || l.common[brand] || l.places[brand] > 0 || genreWords[brand] || industryWords[brand] {
		return nil
	}
	return []string{brand}
}

// orgSuffixWord reports whether w is (or begins) an organisation's suffix.
func orgSuffixWord(w string) bool {
	suf, _ := orgSuffix(w)
	return suf != ""
}

// overlapsOutside reports whether a finding of fs overlaps bytes [s, e)
// without lying inside them; the learned tagger's findings do not count
// (resolve keeps the longer span).
func overlapsOutside(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Evidence == "tagger" {
			continue // the learned tagger's guesses give way (蜂|农虎|德才说)
		}
		if f.Start < e && s < f.End && (f.Start < s || f.End > e) {
			return true
		}
	}
	return false
}

// rareSurnameName reports whether runes [b, c), a surname and two
// characters, read as a name: no ordinary word, place, role or genre
// word, and given-name characters after the surname.
func rareSurnameName(tt *tokText, b, c int) bool {
	l := getLexicon()
	w := tt.sub(b, c)
	if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] {
		return false
	}
	for _, r := range tt.runes[b+1 : c] {
		if givenStop[r] || !givenLike(r) {
			return false
		}
	}
	return true
}

// extendFirmOverPlace extends a company whose name was found from a word
// after its place (林芝/nrt|雪域|藏香猪养殖有限公司: gojieba tagged the city
// a name) over that place and at most one noun between, the place a
// gazetteer name or short form standing where
// a phrase begins (the text's start, a punctuation mark, a verb or a
// preposition): the firm's name begins with the place it is registered
// in, and its short form is then no longer its product (藏香猪).
func extendFirmOverPlace(tt *tokText, fs []Finding) {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG || f.generic || f.label != "企业" || !strings.HasPrefix(f.Evidence, "org-suffix:") {
			continue
		}
		s := tt.runeAt(f.Start)
		if s <= 0 || !tt.tokStart(s) {
			continue
		}
		p := tt.tokenBefore(s)
		if p != nil && p.n() == 2 && (p.pos == "n" || p.pos == "nz") && !industryWords[p.word] && !genreWords[p.word] && p.start > 0 {
			// one word of the name between the place and the part found
			// (林芝|雪域|藏香猪…)
			p = tt.tokenBefore(p.start)
		}
		if p == nil || p.n() < 2 || !(p.pos == "ns" || p.pos == "nr" || p.pos == "nrt" || p.pos == "x") {
			continue
		}
		if lv, ok := l.place(p.word); !(ok && lv >= 1 && lv <= 3) && l.short[p.word] == "" {
			continue
		}
		if p.start > 0 && isHan(tt.runes[p.start-1]) {
			if q := tt.tokenBefore(p.start); q == nil || !(q.pos == "v" || q.pos == "p" || q.pos == "c") {
				continue
			}
		}
		f.Start = tt.off[p.start]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",place-before"
	}
}

// nounish reports a token gojieba reads as a noun, a name or a word it
// made up: not a verb, adjective or adverb.
func nounish(t *tok) bool {
	if t == nil {
		return false
	}
	switch t.pos {
	case "n", "ns", "nz", "nr", "nrt", "nrfg", "x":
		return true
	}
	return false
}

// bareLandformVillages extends a village found as a landform character
// and its suffix only (白果树|坪村 found as 坪村), never a whole name, over the
// noun of two or three characters before it where a place may begin.
func bareLandformVillages(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION || f.generic || runeLen(f.Text) != 2 || lastRune(f.Text) != '村' || !landformLast.has(firstRuneOf(f.Text)) {
			continue
		}
		s := tt.runeAt(f.Start)
		p := tt.tokenBefore(s)
		if p == nil || p.end != s || p.n() < 2 || p.n() > 3 || !nounish(p) || !plainStem(tt, p.start, s) || !tt.tokStart(p.start) {
			continue
		}
		if w := p.word; getLexicon().common[w] && p.pos != "nr" || genericVillagePrefix[w] || genreWords[w] {
			continue
		}
		if !leadsInPlace(tt, fs, p.start) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: tt.text[tt.off[p.start]:f.End], Start: tt.off[p.start], End: f.End, Evidence: "pattern:村,landform-head", Score: 3})
	}
	return out
}

// listedName reports whether runes [b, c), a surname and two characters
// listed after a name, read as a name: no ordinary word, place, role or
// genre word, no place suffix at its end, and one given-name character
// at least (撒|建国: 国 is frequent in ordinary text too).
func listedName(tt *tokText, b, c int) bool {
	l := getLexicon()
	w := tt.sub(b, c)
	if l.common[w] || l.places[w] > 0 || l.short[w] != "" || isRoleWord(w) || genreWords[w] || getPersonLexicon().ordinary[w] || personPlaceSuffixes[tt.runes[c-1]] {
		return false
	}
	given := false
	for _, r := range tt.runes[b+1 : c] {
		if givenStop[r] {
			return false
		}
		given = given || givenLike(r)
	}
	return given
}

// minorityElementsAfterRole finds minority given names of one element
// (央金, 格桑, 巴特尔, 古丽), which minorityNames leaves alone since some are
// ordinary words elsewhere, right after a role or a person noun
// (党支部书记|央金, 牧民|乌力吉), even where gojieba glued the role's last
// character to the name (乡长格|桑), and the single elements listed after
// such a name (古丽、阿依).
func minorityElementsAfterRole(tt *tokText) []Finding {
	if tt.runeCls&rcMinorityFirst == 0 {
		return nil // (speed7b.go: no minority name part's first character in the text)
	}
	n := len(tt.runes)
	var out []Finding
	element := func(b int) int { // the end of the element at b, or -1
		for ln := 4; ln >= 2; ln-- {
			c := b + ln
			if c > n || !minorityNameParts[tt.sub(b, c)] {
				continue
			}
			if c < n && isHan(tt.runes[c]) && !nameEndAfterRole(tt, c) {
				return -1
			}
			if c+1 < n && minorityFirst.has(tt.runes[c]) && minorityNameParts[tt.sub(c, c+2)] {
				return -1 // two elements: minorityNames takes the whole
			}
			return c
		}
		return -1
	}
	for b := tt.nextAt(posMinorityFirst, 2); b+1 < n; b = tt.nextAt(posMinorityFirst, b+1) { // (speed7b.go: the characters of the class only)
		if !minorityFirst.has(tt.runes[b]) || !minoritySecond.has(tt.runes[b+1]) || !roleOrPersonNounEndsAt(tt, b) {
			continue
		}
		c := element(b)
		if c < 0 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(b, c), Start: tt.off[b], End: tt.off[c], Evidence: "minority-name-part,role-before", Score: contextScore})
		for c+3 <= n && tt.runes[c] == '、' && minorityFirst.has(tt.runes[c+1]) {
			c2 := element(c + 1)
			if c2 < 0 {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(c+1, c2), Start: tt.off[c+1], End: tt.off[c2], Evidence: "minority-name-part,list-after-role-name", Score: contextScore})
			c = c2
		}
		b = c - 1
	}
	return out
}

// roleOrPersonNounEndsAt reports whether a role (书记, 乡长, 嘎查长) or a person
// noun (牧民, 村民) of two to five characters ends right before rune b,
// beginning where a word of gojieba's or the text begins.
func roleOrPersonNounEndsAt(tt *tokText, b int) bool {
	if b < 2 || !mayHaveRune(roleNounLastBits(), tt.runes[b-1]) {
		return false // no word of the sets below ends in that character
	}
	for ln := 2; ln <= 5 && ln <= b; ln++ {
		a := b - ln
		if !(a == 0 || tt.tokStart(a) || !isHan(tt.runes[a-1])) {
			continue
		}
		w := tt.sub(a, b)
		if rolesBefore[w] || isRoleWord(w) || personNouns[w] || quotedPersonNouns[w] {
			return true
		}
	}
	return false
}

// startsInsideName reports whether f starts inside one of the names ms
// and runs on past its end.
func startsInsideName(ms []Finding, f Finding) bool {
	for _, m := range ms {
		if f.Start > m.Start && f.Start < m.End && f.End > m.End {
			return true
		}
	}
	return false
}
