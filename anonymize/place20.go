package anonymize

import "strings"

// This file holds round place20: townships and towns whose stem is an
// ordinary word, read by the frame they stand in rather than by their
// stem. place20 runs right after roleNames16 (anonymize.go). Classes:
//
//   - division chains (divisionChains20): a town or township and the village
//     right after it (甲乙乡|丙丁村, 甲乙镇|丙丁丙村). The chain is read as two
//     places whatever its stems, and a reading that cuts across it (丰乡马头村
//     of 禾丰乡马头村, 杨镇城 read as a person in 康杨镇城上村, 镇南 of a
//     gazetteer's short form in 翰林镇南坤村) is replaced by the two places:
//     such a cut leaks both halves' first or last characters;
//   - framed towns (framedTowns20): a town or township of an ordinary-word
//     stem (城北镇, 棋盘乡, 先锋镇) right before an office or school of a
//     town (综治中心, 第三小学, 卫生院, 党委) or before a place already masked
//     (甲乙乡|〔桃树古道〕, 甲乙镇的|〔X河〕): the frame wants a place.
//
// Stems are two or three Han characters read back from the kind over
// gojieba's tokens up to a function word, a verb, a number or a mark; grade
// and kind words (乡镇, 城乡, 小镇, 示范镇, 民族乡) and stems of a level or a
// determiner stay readable.

// place20 adds the findings of this round to fs.
func place20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 || !tt.mayContain("镇") && !tt.mayContain("乡") {
		return fs
	}
	fs = divisionChains20(tt, fs)
	fs = framedTowns20(tt, fs)
	return fs
}

// townStemStop20 are stems that make an ordinary word or a kind with 镇 or
// 乡, not a town's name (城镇, 家乡, 民族乡, 特色小镇).
var townStemStop20 = wordSet(`乡镇 城镇 集镇 村镇 市镇 小镇 古镇 名镇 重镇 强镇 大镇 全镇 本镇 该镇 各镇 每镇 我镇 两镇 建制 中心 重点 示范
城乡 家乡 故乡 老乡 下乡 返乡 回乡 同乡 异乡 水乡 山乡 侨乡 梦乡 他乡 本乡 全乡 该乡 各乡 每乡 我乡 两乡 民族 贫困 美丽
茶乡 酒乡 瓷乡 歌乡 花乡 鱼米 家乡 思乡 离乡 还乡 望乡 醉乡 睡乡 温柔 特色 旅游 历史 文化 卫星 口子 边境 农业 工业 商贸
所在 所属 周边 附近 沿线 临近 相邻 毗邻 其他 其它 部分 所有 各个 多个 一个 整个 这个 那个 城关镇 县城 城区
代表 委员 干部 书记 主任 人员 群众 同志`) // (我代表|镇政府: the verb or role before a town body)

// townStemEndStop20 are characters a town's stem does not end with: the
// stem and the kind make a kind word (特色小|镇, 历史名|镇, 全乡, 集镇),
// or a level or an ethnic group stands before the kind (藏族|乡).
var townStemEndStop20 = runeBitsOf("小古名重强城市县省区乡镇全本该各每两族")

// townStemBreak20 are single characters that end the read-back of a stem:
// function words, numerals' units and marks of time, and 任 of the tenure
// verbs (现任|镇人大代表, 同志任|镇党委书记).
var townStemBreak20 = runeBitsOf("的了在是为把被将给等和与及或对向从到于以由往至年个次处家所这那其该各每全本原百千万亿零任")

// townStemAllow20 are stems of the earlier rounds' grade lists that name a
// town once in a town's frame (先锋镇, 红旗乡, 城郊乡).
var townStemAllow20 = wordSet(`先锋 红旗 城郊 城边 城北 城南 城东 城西`)

// townStemBefore20 returns the start of the stem of the town whose kind
// (镇 or 乡) is rune p: read back over gojieba's tokens up to a break, two
// or three characters; a place masked as exactly the runes before p of
// that length is the stem. -1 when there is none.
func townStemBefore20(tt *tokText, fs []Finding, p int) int {
	for i := range fs {
		f := &fs[i]
		if f.Type == LOCATION && tt.runeAt(f.End) == p {
			if s := tt.runeAt(f.Start); s >= 0 && p-s >= 2 && p-s <= 3 {
				return s
			}
		}
	}
	ends := map[int]bool{}
	for i := range fs {
		ends[fs[i].End] = true
	}
	s := p
	for s > 0 && p-s < 3 {
		if ends[tt.off[s]] && s < p {
			break // a place or name found before the stem ends here (〔X县〕|城北镇)
		}
		t := &tt.toks[tt.tokOf[s-1]]
		if t.end <= p {
			brk := "v vn p c u r m q t d uj ul ad "
			if t.n() == 1 {
				brk = "v p c u r uj ul y e o " // (a single character's adverb or number tag says little: 太/d|花乡)
			}
			if strings.Contains(" "+brk, " "+t.pos+" ") {
				return stemLen20(s, p) // 带动|先锋镇, 经过|棋盘乡, 群众去|乡政府
			}
		}
		for i := s - 1; i >= t.start && p-i <= 3; i-- {
			r := tt.runes[i]
			if !isHan(r) || townStemBreak20.has(r) || gluedNumerals19.has(r) {
				return stemLen20(i+1, p)
			}
			s = i
		}
		if s > t.start {
			break // a longer word before: the stem is its last characters
		}
	}
	return stemLen20(s, p)
}

// stemLen20 returns s when runes s..p make a stem of two or three, or -1.
func stemLen20(s, p int) int {
	if p-s >= 2 && p-s <= 3 {
		return s
	}
	return -1
}

// hanRunes20 reports whether runes s..e are all Han.
func hanRunes20(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s:e] {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// townStemOK20 reports whether runes s..p (p the kind) may be a town's
// stem: no stop word or grade, no level character inside, and not a word
// whose end and the kind make an ordinary word.
func townStemOK20(tt *tokText, fs []Finding, s, p int) bool {
	if s < 0 || !hanRunes20(tt, s, p) {
		return false
	}
	if !tt.tokStart(s) && tt.toks[tt.tokOf[s]].pos != "x" {
		return false // 群|众去|乡政府: a stem starts a word (but gojieba's guesses, x, may run over it)
	}
	stem := tt.sub(s, p)
	if townStemAllow20[stem] {
		return true
	}
	if townStemStop20[stem] || townStemStop20[tt.sub(s, p+1)] || townStemEndStop20.has(tt.runes[p-1]) {
		return false
	}
	if classStems[stem] || kindGradeStems16[stem] || categoryStems15[stem] || urbanGenericMods15[stem] {
		return false
	}
	if tt.runes[p-1] == '集' && p-s == 3 && (townStemStop20[tt.sub(s, p-1)] || kindGradeStems16[tt.sub(s, p-1)]) {
		return false // 中心集|镇: a grade before 集镇 (but 仇集镇, 胡集镇 are towns)
	}
	for _, r := range tt.runes[s:p] {
		if toponymStemStop.has(r) || gluedNumerals19.has(r) || strings.ContainsRune("县市省区镇乡", r) {
			return false
		}
		if r == '村' && !stemMasked19(fs, tt.off[s], tt.off[p]) {
			return false // 豆村乡 only when 豆村 is a place found already
		}
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == p {
		switch t.pos {
		case "v", "vn", "p", "c", "d", "ad", "r", "q", "u", "f":
			return false // 带动|镇, 包括|乡: a verb or pronoun before the kind
		}
	}
	return true
}

// townKindAt20 reports whether rune p is the kind of a town: 镇 or 乡 not
// opening a longer word (镇村, 乡村, 乡镇, 镇级).
func townKindAt20(tt *tokText, p int) bool {
	n := len(tt.runes)
	if p < 2 || p+1 >= n {
		return false
	}
	switch tt.runes[p] {
	case '镇':
		return !strings.ContainsRune("级域村区街镇长", tt.runes[p+1])
	case '乡':
		return !strings.ContainsRune("村镇级土亲愁里音情贤风俗野间长", tt.runes[p+1])
	}
	return false
}

// villageNextNot20 are characters after 村 that make it the start of a
// longer word (村级, 村庄, 村民): place19's glued list less 党 and 委, since
// a stem stands before 村 here (甲乙乡丙丁村党支部 is a village's branch).
const villageNextNot20 = "级庄落容貌务规医官寨史镇组社集两干情居民部里内外"

// villageAfterTown20 returns the end of a village (a stem of one to four
// and 村) right after the town's kind at p, or -1.
func villageAfterTown20(tt *tokText, fs []Finding, p int) int {
	k := gluedKinds19[1] // 村
	n := len(tt.runes)
	for ln := 1; ln <= 4 && p+1+ln < n; ln++ {
		r := tt.runes[p+ln]
		if !isHan(r) || townStemBreak20.has(r) && ln > 1 || strings.ContainsRune("百千万亿", r) {
			return -1 // (百城千镇万村: a slogan of counts)
		}
		e := p + 1 + ln
		if tt.runes[e] != '村' {
			continue
		}
		if e+1 < n && strings.ContainsRune(villageNextNot20, tt.runes[e+1]) {
			return -1
		}
		if gluedStemOK19(tt, k, p+1, e) || placeExactly20(fs, tt.off[p+1], tt.off[e+1]) {
			return e + 1 // (a village found already needs no stem test: 仇集镇|八仙台村)
		}
		return -1
	}
	return -1
}

// placeExactly20 reports whether a place that is no generic reading is
// bytes [s, e) exactly.
func placeExactly20(fs []Finding, s, e int) bool {
	for i := range fs {
		if fs[i].Start == s && fs[i].End == e && fs[i].Type == LOCATION && !fs[i].generic {
			return true
		}
	}
	return false
}

// divisionChains20 adds the division chains (see the file comment).
func divisionChains20(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("村") {
		return fs
	}

	var add []Finding
	for p := 2; p < len(tt.runes)-2; p++ {
		if !townKindAt20(tt, p) {
			continue
		}
		ve := villageAfterTown20(tt, fs, p)
		if ve < 0 {
			continue
		}
		s := townStemBefore20(tt, fs, p)
		if !townStemOK20(tt, fs, s, p) {
			continue
		}
		ts, te, vs, vend := tt.off[s], tt.off[p+1], tt.off[p+1], tt.off[ve]
		if chainRead20(fs, ts, te, vs, vend) && !chainCut20(fs, ts, te, vend) {
			continue
		}
		if chainCrossedOutside20(fs, ts, vend) {
			continue
		}
		add = append(add, found19(tt, LOCATION, s, p+1, "division-chain20:town"), found19(tt, LOCATION, p+1, ve, "division-chain20:village"))
		p = ve - 1
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// chainRead20 reports whether the town and the village are both masked
// exactly already.
func chainRead20(fs []Finding, ts, te, vs, ve int) bool {
	town, village := false, false
	for i := range fs {
		f := &fs[i]
		if f.generic {
			continue
		}
		if f.Start == ts && f.End == te {
			town = true
		}
		if f.Start == vs && f.End == ve {
			village = true
		}
	}
	return town && village
}

// chainCut20 reports whether a finding that is no generic reading lies
// across the town's end (杨镇城 over 康杨镇|城上村) or starts inside the town
// and runs past it: the chain is read wrongly even if both halves are
// found too, and the later overlap resolution may keep the cut.
func chainCut20(fs []Finding, ts, te, ve int) bool {
	for i := range fs {
		f := &fs[i]
		if !f.generic && f.Start < te && f.End > te && f.End <= ve+1 && f.Start >= ts-1 {
			return true
		}
	}
	return false
}

// chainCrossedOutside20 reports whether a finding that is no person runs
// from inside the chain [s, e) to outside it (〔X村党支部〕, 向化藏族乡):
// a longer reading of its own that this round leaves alone. A person
// across the chain (康杨镇城上村 read as 杨镇城) is no reading to keep.
func chainCrossedOutside20(fs []Finding, s, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End <= s || f.Start >= e || f.Type == PERSON || f.generic {
			continue
		}
		if f.Start < s || f.End > e {
			return true
		}
	}
	return false
}

// townFrameWords20 are offices, schools and bodies of a town that follow
// its name (X镇|综治中心, X镇|第三小学, X乡|卫生院).
var townFrameWords20 = []string{"综治中心", "中心小学", "中心学校", "中心幼儿园", "中心卫生院", "卫生院", "人民政府", "政府", "党委", "纪委", "人大",
	"派出所", "司法所", "财政所", "便民服务中心", "党群服务中心", "综合文化站", "文化站", "农业综合服务中心", "敬老院", "新时代文明实践所",
	"第一小学", "第二小学", "第三小学", "第四小学", "第五小学", "第一中学", "第二中学", "第三中学", "初级中学", "中学", "小学", "镇长", "乡长"}

// framedTowns20 adds the framed towns (see the file comment).
func framedTowns20(tt *tokText, fs []Finding) []Finding {
	var add []Finding
	n := len(tt.runes)
	for p := 2; p < n-1; p++ {
		if !townKindAt20(tt, p) {
			continue
		}
		if !townFramed20(tt, fs, p) {
			continue
		}
		s := townStemBefore20(tt, fs, p)
		if !townStemOK20(tt, fs, s, p) || overlapsSpecific20(fs, tt.off[s], tt.off[p+1]) || overlapsAny(add, tt.off[s], tt.off[p+1]) {
			continue
		}
		add = append(add, found19(tt, LOCATION, s, p+1, "framed-town20"))
	}
	if len(add) == 0 {
		return fs
	}
	return addReplacing(fs, add)
}

// overlapsSpecific20 reports whether a finding that is no generic reading
// (杨柳乡 read as a generic place, 城北镇第三小学 as a generic school)
// overlaps bytes [s, e).
func overlapsSpecific20(fs []Finding, s, e int) bool {
	for i := range fs {
		if !fs[i].generic && fs[i].Start < e && fs[i].End > s {
			return true
		}
	}
	return false
}

// townFramed20 reports whether the town whose kind is rune p stands before
// one of townFrameWords20 or before a masked place (right after it or
// after 的).
func townFramed20(tt *tokText, fs []Finding, p int) bool {
	rest := tt.text[tt.off[p+1]:]
	if firstPrefix(rest, townFrameWords20) != "" {
		return true
	}
	b := tt.off[p+1]
	if strings.HasPrefix(rest, "的") {
		b += len("的")
	}
	for i := range fs {
		if fs[i].Start == b && fs[i].Type == LOCATION && !fs[i].generic {
			return true
		}
	}
	return false
}
