package anonymize

import (
	"strings"
	"unicode/utf8"
)

// keep14.go: ordinary report phrases that were still read as names — a
// department's short name made of sector characters (旗林草局), a union of
// cooperatives or a programme park named by kind words only, a family inn
// (农家乐, 牧家乐) after a verb, numeral slogans (百城千镇万村), a stretch
// or count word glued before a river or hill pattern (段入河, 余名登山), a
// list item running into the next word (…河出|境), a township glued to
// 乡村, a short form of a faraway county inside a fixed phrase (滨海旅游,
// 双城经济圈), a county named like the verb 会同 opening a sentence, a
// national group (中国供销集团), and products and classes of people read as
// persons (山兰酒, 哈密瓜, 农民工).

// keep14 filters one text's findings after keep13: it drops or marks
// generic the readings above that name nobody, and trims findings that run
// into the word beside them. A place found on its own beside a dropped
// reading still stands, and a name masked anywhere else in the document is
// masked here too (Apply matches every occurrence).
func keep14(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 || len(fs) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		switch f.Type {
		case ORG:
			if deptShortName14(f.Text) || deptAfterLevel14(tt, f) || nationalGroup14(tt, f) {
				f.generic = true
			}
			if tradeCentreOfPlace14(tt, f, fs) {
				f.generic = true // the place before it is masked on its own
			}
			if kindOfKindBody14(f) || verbCountyOpening14(tt, f, fs) || programmeBody14(tt, f) || verbBeforeInn14(tt, f) {
				continue
			}
		case LOCATION:
			if numeralSlogan14(tt, f) || strings.HasPrefix(f.Evidence, "pattern:") && nationalWaters14[f.Text] || countBeforePattern14(tt, f) || townBeforeVillageWord14(tt, f) || shortFormInPhrase14(tt, f) || verbCountyOpening14(tt, f, fs) || listItemOfWords14(tt, f) {
				continue
			}
			if g, ok := leadingKindOfPattern14(tt, f); ok {
				if g.End <= g.Start {
					continue
				}
				f = g
			}
			if g, ok := listItemRunOn14(tt, f); ok {
				f = g
			}
		case PERSON:
			if g, ok := quotedInn14(tt, f); ok {
				out = append(out, g)
				continue
			}
			if familyInn14(tt, f) || productAfterName14(tt, f) || cropTransliteration14(tt, f) || classOfPeople14(tt, f) || verbObjectGiven14(f) || deptAfterLevel14(tt, f) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// ------------------------------------------------------------ bodies

// levelRunes14 are the bare levels a department's short name follows
// (县|林草局, 旗|农牧局).
var levelRunes14 = runeBitsOf("县旗市区盟州乡镇")

// sectorRunes14 are the characters departments are abbreviated by, one
// for each sector they merge (林草 = 林业和草原, 民宗 = 民族宗教, 人社 = 人力
// 资源和社会保障, 经信 = 经济和信息化: keep26).
var sectorRunes14 = runeBitsOf("林草农牧渔民宗人社医保文旅广体住建交运卫健发改工信经市监自资规水务商科教财审统应急环生退役")

// deptShortName14 reports a department named by a bare level and a short
// name of two sector characters (旗林草局, 县民宗委): every county has one,
// it names no one body.
func deptShortName14(w string) bool {
	var rs [4]rune // w's characters as []rune(w) decodes them, without the slice
	n := 0
	for _, r := range w {
		if n == len(rs) {
			return false
		}
		rs[n] = r
		n++
	}
	return n == 4 && levelRunes14.has(rs[0]) && sectorRunes14.has(rs[1]) && sectorRunes14.has(rs[2]) && strings.ContainsRune("局委办", rs[3])
}

// deptAfterLevel14 reports a department's short name of two sector
// characters read without the bare level before it (请县|林草局, where
// gojieba glues 请县), as a body or as a person (林|草局): the level's
// department, no name.
func deptAfterLevel14(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	return s > 0 && levelRunes14.has(tt.runes[s-1]) && deptShortName14(tt.sub(s-1, s)+f.Text)
}

// tradeCentreKinds14 end the names of the service points a township or
// county runs for one trade (…农资配送|中心, …冷链物流|中心).
var tradeCentreKinds14 = wordSet(`中心 服务中心 服务站 站 服务点`)

// tradeWords14 say what such a point does (农资, 配送, 冷链, 物流).
var tradeWords14 = wordSet(`农资 配送 物流 冷链 仓储 电商 集散 分拣 加工 收购 交易 运营 综合 便民 服务 农产品 果蔬 粮食 快递 冷藏 保鲜`)

// tradeCentreOfPlace14 reports a service point named by a place or a bare
// level, an optional part of town (城北, 城南) and trade words only (富阳镇|
// 城北|农资|配送|中心, 县|城南|农资|配送|中心): a kind of facility of that
// place. The place, found on its own, stays masked; the body is generic.
func tradeCentreOfPlace14(tt *tokText, f Finding, fs []Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || !tradeCentreKinds14[suf] {
		return false
	}
	rest := ""
	if r, _ := utf8.DecodeRuneInString(f.Text); levelRunes14.has(r) {
		rest = f.Text[utf8.RuneLen(r):]
	} else {
		for _, p := range fs {
			if p.Type == LOCATION && p.Start == f.Start && p.End < f.End && !p.generic {
				rest = f.Text[p.End-f.Start:]
				break
			}
		}
	}
	if rest == "" {
		return false
	}
	for z := range zoneWords13 {
		if strings.HasPrefix(rest, z) {
			rest = rest[len(z):]
			break
		}
	}
	s := f.End - len(rest)
	return onlyWords14(tt, s, f.End-len(suf), func(t *tok) bool { return tradeWords14[t.word] || produceWords[t.word] })
}

// kindsOfBody14 are kinds of body that a union or federation of them is
// named by alone (专业合作社|联合社).
var kindsOfBody14 = wordSet(`合作社 专业合作社 农民专业合作社 股份经济合作社 经济合作社 供销合作社 供销社 家庭农场 农场 协会 商会`)

// kindOfKindBody14 reports a body found from its suffix whose name part
// is only another kind of body (专业合作社|联合社): a union of such bodies,
// no name.
func kindOfKindBody14(f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok {
		return false
	}
	rest, ok := strings.CutSuffix(f.Text, suf)
	return ok && kindsOfBody14[rest]
}

// programmeKinds14 end the titles of parks and zones a county applies for
// (省级现代农业产业园, 市级现代农业示范园).
var programmeKinds14 = wordSet(`示范园 产业园 示范区 园区 示范基地 基地 示范带 示范片 综合体`)

// programmeWords14 are the words such titles are made of (现代农业, 生态,
// 特色): kinds of farming and industry, no name.
var programmeWords14 = wordSet(`现代农业 现代 农业 生态 特色 智慧 数字 休闲 设施 高效 绿色 有机 循环 田园 科技 产业 乡村 振兴 农旅 融合 观光 示范 生态农业 特色农业 休闲农业 智慧农业 数字农业 设施农业 高效农业 农业科技 林业 畜牧 渔业 现代林业 现代渔业`)

// programmeBody14 reports a park or zone found from its suffix whose name
// part is only programme words (现代农业|示范园): a title of a kind.
func programmeBody14(tt *tokText, f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || !programmeKinds14[suf] {
		return false
	}
	return onlyWords14(tt, f.Start, f.End-len(suf), func(t *tok) bool { return programmeWords14[t.word] })
}

// onlyWords14 reports whether the bytes [s, e) are whole tokens, at least
// one, each accepted by ok.
func onlyWords14(tt *tokText, s, e int, ok func(*tok) bool) bool {
	a, b := tt.runeAt(s), tt.runeAt(e)
	if a < 0 || b <= a || !tt.tokStart(a) || !tt.tokStart(b) && b < len(tt.runes) {
		return false
	}
	for i := a; i < b; {
		t := tt.tokenAt(i)
		if t == nil || t.start != i || t.end > b || !ok(t) {
			return false
		}
		i = t.end
	}
	return true
}

// verbBeforeInn14 reports a family inn (农家乐, 渔家乐) found from its suffix
// whose name part is only scope words and verbs (全村|发展|农家乐): a kind of
// business the village runs, no name.
func verbBeforeInn14(tt *tokText, f Finding) bool {
	suf, ok := strings.CutPrefix(f.Evidence, "org-suffix:")
	if !ok || !strings.HasSuffix(suf, "家乐") {
		return false
	}
	verb := false
	all := onlyWords14(tt, f.Start, f.End-len(suf), func(t *tok) bool {
		if t.pos == "v" || t.pos == "vn" {
			verb = true
			return true
		}
		return scopeWords13[t.word]
	})
	return all && verb
}

// nationalGroup14 reports a group company of the whole country named by
// 中国 and sector words alone (中国|供销|集团): a central enterprise, no one
// of the county.
func nationalGroup14(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Text, "中国") || !strings.HasSuffix(f.Text, "集团") || len(f.Text) <= len("中国集团") || namesPlace13(f.Text[len("中国"):]) {
		return false
	}
	return onlyWords14(tt, f.Start+len("中国"), f.End-len("集团"), func(t *tok) bool {
		return t.n() >= 2 && (t.pos == "vn" || t.pos == "n" || t.pos == "v") && getLexicon().places[t.word] == 0 && getLexicon().short[t.word] == ""
	})
}

// ------------------------------------------------------------ places

// sloganNumerals14 and sloganKinds14 make the numeral slogans of
// programmes (百城千镇万村, 千村万户): a numeral, then a kind of place.
var (
	sloganNumerals14 = runeBitsOf("十百千万亿")
	sloganKinds14    = runeBitsOf("城镇村乡县企户家园区街社")
)

// numeralSlogan14 reports a place finding inside a run of two or more
// numeral-and-kind pairs (百城|千镇万村): a programme's slogan, no place.
func numeralSlogan14(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || !sloganNumerals14.has(tt.runes[s]) {
		return false
	}
	pair := func(i int) bool {
		return i >= 0 && i+1 < len(tt.runes) && sloganNumerals14.has(tt.runes[i]) && sloganKinds14.has(tt.runes[i+1])
	}
	a := s
	for pair(a - 2) {
		a -= 2
	}
	b := a
	for pair(b) {
		b += 2
	}
	return b-a >= 4 && b >= e
}

// countBeforePattern14 reports a place read from a landform pattern that
// begins with a count word after a number (1200|余名登山): no name.
func countBeforePattern14(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if !strings.HasPrefix(f.Evidence, "pattern:") || s < 1 || !strings.ContainsRune("余多", tt.runes[s]) {
		return false
	}
	r := tt.runes[s-1]
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百千万两", r)
}

// verbObjectPlaces14 are verb-object words of a river or hill (入河 "into
// the river", 登山 "climb a mountain"): no name.
var verbObjectPlaces14 = wordSet(`入河 入江 入湖 入海 出河 过河 跨河 下河 登山 爬山 上山 下山 进山 出山 开山 封山 靠山`)

// nationalWaters14 are waters of the whole country (大运河, 黄河): kept
// like 黄河 wherever a report names them.
var nationalWaters14 = wordSet(`大运河 京杭大运河 隋唐大运河 浙东运河 长江 黄河 珠江 淮河 海河 松花江 辽河`)

// leadingKindOfPattern14 trims a place read from a landform pattern that
// begins with the last character of the word before it — a stretch (淳化段|
// 入河) or a township's 乡 (宋村乡|大运河): what follows is read alone. An
// End <= Start result means nothing is left that names a place (入河, 大
// 运河).
func leadingKindOfPattern14(tt *tokText, f Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if !strings.HasPrefix(f.Evidence, "pattern:") || s < 1 || e-s < 3 || !strings.ContainsRune("段乡镇县村", tt.runes[s]) || !isHan(tt.runes[s-1]) {
		return f, false
	}
	g := f
	g.Start = tt.off[s+1]
	g.Text = tt.text[g.Start:g.End]
	if verbObjectPlaces14[g.Text] || nationalWaters14[g.Text] {
		g.End = g.Start
	}
	return g, true
}

// placeKindRunes14 end the names of waters and places a list item may run
// past (曲什安河、大河坝河|出境).
var placeKindRunes14 = runeBitsOf("河江湖溪沟山镇乡村县")

// listItemRunOn14 trims a place read as a list item that ends inside a
// word (大河坝河出|境) back to its last place kind character before that
// word (大河坝河).
func listItemRunOn14(tt *tokText, f Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if f.Evidence != "list-item" || s < 0 || e <= s+2 || e >= len(tt.runes) || tt.tokStart(e) {
		return f, false
	}
	k := e - 1
	for k > s+1 && !placeKindRunes14.has(tt.runes[k]) {
		k--
	}
	if k <= s+1 || k == e-1 || !tt.tokStart(k+1) {
		return f, false
	}
	g := f
	g.End = tt.off[k+1]
	g.Text = tt.text[g.Start:g.End]
	return g, true
}

// listItemOfWords14 reports a place read as a list item that holds no
// place kind character and is four or more characters of ordinary words no
// gazetteer knows (城市更新、安居宜居): a goal, not a place.
func listItemOfWords14(tt *tokText, f Finding) bool {
	if f.Evidence != "list-item" || utf8.RuneCountInString(f.Text) < 4 {
		return false // 老岭、沙场、周冲: villages have short names of ordinary words
	}
	for _, r := range f.Text {
		if placeKindRunes14.has(r) {
			return false
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(f.Text); strings.ContainsRune("区市州旗街路城庄屯寨岭峰湾岛", last) {
		return false
	}
	l := getLexicon()
	if _, ok := l.place(f.Text); ok || l.short[f.Text] != "" {
		return false
	}
	return onlyWords14(tt, f.Start, f.End, func(t *tok) bool {
		switch t.pos {
		case "nz", "n", "v", "vn", "a", "ad", "an":
			return t.n() >= 2 && l.places[t.word] == 0 && l.short[t.word] == ""
		}
		return false
	})
}

// townBeforeVillageWord14 reports a township glued on from 乡村 "the
// countryside" (美丽宜居乡|村): the 乡 is the first character of 乡村, and the
// word before it no township's name there.
func townBeforeVillageWord14(tt *tokText, f Finding) bool {
	e := tt.runeAt(f.End)
	if !strings.HasSuffix(f.Text, "乡") || !strings.Contains(f.Evidence, "glued-suffix") || e < 0 || e >= len(tt.runes) || tt.runes[e] != '村' {
		return false
	}
	// 乡村级, 乡村民, 乡村委: the township's village-level things
	return e+1 >= len(tt.runes) || !strings.ContainsRune("级委民两组干党集部", tt.runes[e+1])
}

// phraseHeads14 follow a place's short form in fixed phrases of the genre
// (滨海|旅游 "seaside tourism", 双城|经济圈 "twin-city economic circle"),
// where the short form is an ordinary word.
var phraseHeads14 = wordSet(`旅游 观光 经济圈 经济带 经济区 度假 风光 康养`)

// shortFormInPhrase14 reports a place found only as the short form of a
// county or district the text does not name in full, standing before a
// phrase head (滨海旅游, 盐田观光, 双城经济圈) and after no word of motion
// (赴滨海旅游 is a trip there). When the report's own county has that short
// form, its full name elsewhere masks it here too.
func shortFormInPhrase14(tt *tokText, f Finding) bool {
	full, ok := strings.CutPrefix(f.Evidence, "gazetteer-short:")
	if !ok || strings.Contains(tt.text, full) {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e >= len(tt.runes) || !tt.tokStart(s) {
		return false
	}
	t := tt.tokenAt(e)
	if t == nil || t.start != e || !phraseHeads14[t.word] {
		return false
	}
	return s == 0 || !strings.ContainsRune("在到赴至从往去来经于游访", tt.runes[s-1])
}

// verbCountyOpening14 reports a county whose stem is an ordinary word (会同
// "together with") opening the sentence after a numbered point's head (四是
// 整治见效。会同|县民宗委对…) before a department of the bare level: the
// point's subject is the speaker's office, and the department is the
// report's own county's. The county is no name unless the text names its
// stem anywhere else; a paragraph opening with it (会同县住建局召开会议) is
// left as found.
func verbCountyOpening14(tt *tokText, f Finding, fs []Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if f.Type == ORG && e == s+6 {
		e = s + 3 // the county read with its department (会同县人社局)
	}
	if s < 1 || e != s+3 || e+4 > len(tt.runes) || !strings.ContainsRune("。！？；", tt.runes[s-1]) || !afterPointHead14(tt, s-1) {
		return false
	}
	if !countyBeforeDepartment(tt, s, e) || !deptShortName14(tt.sub(e-1, e+3)) {
		return false
	}
	stem := tt.sub(s, s+2)
	if strings.Count(tt.text, stem) > 1 {
		return false
	}
	for _, g := range fs {
		if g.Start != f.Start && strings.Contains(g.Text, stem) {
			return false
		}
	}
	return true
}

// ------------------------------------------------------------ persons

// familyInn14 reports a family read from 家 that is the 家 of a family inn
// (牧家|乐, 渔家|乐): a kind of business.
func familyInn14(tt *tokText, f Finding) bool {
	e := tt.runeAt(f.End)
	return strings.HasSuffix(f.Text, "家") && e > 0 && e < len(tt.runes) && tt.runes[e] == '乐'
}

// productRunes14 end the names of local foods and drinks (山兰|酒, 椰子|糕).
var productRunes14 = runeBitsOf("酒糕茶米粉饼鸡鸭鹅猪羊牛瓜果笋油醋酱")

// productAfterName14 reports a name read by the tagger alone right before
// a product character, in a list of products (椰子糕、山兰|酒等): a product.
func productAfterName14(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if f.Evidence != "tagger" || s < 0 || e < 0 || e+1 >= len(tt.runes) || !productRunes14.has(tt.runes[e]) {
		return false
	}
	listed := func(r rune) bool { return strings.ContainsRune("、，。；等和及", r) }
	return listed(tt.runes[e+1]) && (s == 0 || listed(tt.runes[s-1]) || tt.runes[e+1] == '、')
}

// cropTransliteration14 reports a name read as a transliteration that is a
// word gojieba knows ending in a crop character (哈密瓜): a crop.
func cropTransliteration14(tt *tokText, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "transliterated") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(f.Text)
	if !cropEnds13.has(r) {
		return false
	}
	s := tt.runeAt(f.Start)
	t := tt.tokenAt(max(s, 0))
	return s >= 0 && t != nil && t.start == s && t.word == f.Text
}

// classOfPeople14 reports a name that is one word gojieba tags as a common
// noun ending in 工, 户 or 民 (农民工, 脱贫户, 移民): a class of people.
func classOfPeople14(tt *tokText, f Finding) bool {
	s := tt.runeAt(f.Start)
	if s < 0 {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.word != f.Text || t.pos != "n" || t.n() < 3 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(f.Text)
	return strings.ContainsRune("工户民", r)
}

// listItems14 filters the items an enumeration reads as names: it drops
// those that are only ordinary words (城市更新) and trims those that run
// into the next word (大河坝河出|境).
func listItems14(tt *tokText, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == LOCATION {
			if listItemOfWords14(tt, f) || listItemKind23(f) {
				continue
			}
			f = listItemAssessTail23(f) // keep23.go: 东湖|国考
			if f.Text == "" {
				continue
			}
			if g, ok := listItemRunOn14(tt, f); ok {
				f = g
			}
		}
		out = append(out, f)
	}
	return out
}

// verbObjectGiven14 reports a surname read before a verb-object word of a
// river or hill (段|入河 of 淳化段入河排污口): the 段 ends a stretch, no
// person is named 入河.
func verbObjectGiven14(f Finding) bool {
	_, n := utf8.DecodeRuneInString(f.Text)
	return strings.HasPrefix(f.Evidence, "surname") && verbObjectPlaces14[f.Text[n:]]
}

// quotedInn14 turns a family read from 家 at the end of a quoted name (“湖畔
// 牧家”, “山里人家”) into that quoted name as a business: an inn's sign,
// masked whole, so that the family's two characters are not masked in
// 牧家乐 elsewhere.
func quotedInn14(tt *tokText, f Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if !strings.Contains(f.Evidence, "title:家") || s < 1 || e < 0 || e >= len(tt.runes) || tt.runes[e] != '”' {
		return f, false
	}
	q := s - 1
	for q >= 0 && s-q <= 5 && tt.runes[q] != '“' {
		if !isHan(tt.runes[q]) {
			return f, false
		}
		q--
	}
	if q < 0 || tt.runes[q] != '“' || q == s-1 {
		return f, false // the quote is the family alone, or too long for a sign
	}
	g := f
	g.Type, g.label, g.Evidence = ORG, "企业", "quoted-inn"
	g.Start, g.End = tt.off[q+1], tt.off[e]
	g.Text = tt.text[g.Start:g.End]
	return g, true
}

// afterPointHead14 reports whether the sentence ending at rune end (its
// full stop) is a numbered point's head (一是…, 四是…).
func afterPointHead14(tt *tokText, end int) bool {
	b := end - 1
	for b > 0 && !strings.ContainsRune("。！？；\n", tt.runes[b-1]) {
		b--
	}
	return end-b >= 3 && strings.ContainsRune("一二三四五六七八九十", tt.runes[b]) && tt.runes[b+1] == '是'
}
