package anonymize

import "strings"

// This file holds round leaks15: the short forms of a firm whose trade is
// a compound word gojieba knows whole (…|参X堂|生物科技|有限公司 → 参X堂,
// …|宏X|汽车部件|股份有限公司 → 宏X汽车部件).

// leaks15 adds the findings of this round to the findings fs of one text.
func leaks15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHold('”') {
		fs = addWhole(fs, quotedShops15(tt))
	}
	fs = addWhole(fs, namesAfterUnit15(tt, fs))
	if tt.mayHold('村') {
		fs = addWhole(fs, villages15(tt, fs))
	}
	if tt.mayHold('乡') || tt.mayHold('镇') {
		fs = addWhole(fs, cutTownships15(tt, fs))
	}
	fs = addWhole(fs, shortTownsInSlot15(tt, fs))
	if tt.mayHold('水') {
		fs = countyRivers15(fs)
	}
	if tt.mayHold('等') && tt.mayHold('、') {
		fs = addWhole(fs, kindClosedLists15(tt, fs))
	}
	if tt.mayHold('·') {
		fs = append(fs, dotNames15(tt, fs)...) // resolve keeps the longer name
		fs = joinDotNameTails15(tt, fs)
	}
	if tt.mayHold('、') {
		fs = addWhole(fs, listPersons15(tt, fs))
		fs = addWhole(fs, listPersons15(tt, fs)) // beside the names just made sure
	}
	if tt.mayHold('：') || tt.mayHold(':') {
		fs = addWhole(fs, contactNames15(tt, fs))
	}
	return fs
}

// firmLegalForms15 end a firm's registered name, longest first: the form
// is no part of the name the report uses later.
var firmLegalForms15 = []string{"股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "公司", "集团"}

// brandShortForms15 returns the short forms of a firm named after its
// place, a made-up brand and trade words that gojieba knows as whole
// dictionary words (吉林|某源堂|生物科技|有限公司): the name without the
// place and the legal form (某源堂生物科技), the brand alone when it has
// three or four characters (某源堂), and a brand of two characters with
// its first trade word (宏X汽车). placeLessShortForms stops at trade words
// listed in industryWords only, so a compound trade word (生物科技,
// 汽车部件, 电子商务) made the brand run to the legal form and too long.
func brandShortForms15(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG || f.generic {
		return nil
	}
	form := firstSuffix(f.Text, firmLegalForms15)
	if form == "" {
		return nil
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End-len(form))
	if s < 0 || e <= s {
		return nil
	}
	if strings.HasSuffix(tt.sub(s, e), "股份") {
		e -= 2
	}
	var words []*tok
	for i := s; i < e; {
		w := tt.tokenAt(i)
		if w == nil || w.start != i || w.end > e {
			return nil
		}
		words = append(words, w)
		i = w.end
	}
	// the leading places the firm is registered in
	l := getLexicon()
	k := 0
	for k < len(words) {
		lv, ok := l.place(words[k].word)
		if !(ok && lv >= 1 && lv <= 3 || l.short[words[k].word] != "") {
			break
		}
		k++
	}
	if k == 0 {
		return nil
	}
	// the brand: words gojieba made up (x) or names, two to four characters
	b := k
	made := false
	for b < len(words) && (words[b].pos == "x" || words[b].pos == "nz") && allHan(words[b].word) {
		made = made || words[b].pos == "x" && words[b].n() >= 2
		b++
	}
	if !made || b == k || b == len(words) {
		return nil
	}
	bs, be := words[k].start, words[b-1].end
	if n := be - bs; n < 2 || n > 4 {
		return nil
	}
	// the trade: dictionary words of two characters or more only
	for _, w := range words[b:] {
		if w.n() < 2 || !w.dictWord() || !allHan(w.word) || strings.HasPrefix(w.pos, "n") && w.pos != "n" && w.pos != "nz" {
			return nil
		}
	}
	brand := tt.sub(bs, be)
	if l.common[brand] || l.places[brand] != 0 || genreWords[brand] || industryWords[brand] || nationalTerms[brand] {
		return nil
	}
	out := []string{tt.sub(bs, e)}
	switch {
	case be-bs >= 3:
		out = append(out, brand)
	case b < len(words):
		out = append(out, tt.sub(bs, words[b].end))
	}
	return out
}

// shopQualifiers15 stand between a quoted shop name and its kind of shop
// (“…”直营门店, “…”连锁超市, “…”品牌专卖店).
var shopQualifiers15 = []string{"直营", "连锁", "加盟", "实体", "线下", "品牌", "社区", "特产", "体验"}

// shopKinds15 are kinds of shop that follow a qualifier, longest first.
var shopKinds15 = []string{"专卖店", "体验店", "旗舰店", "便利店", "直营店", "连锁店", "门店", "超市", "商店", "店"}

// quotedShops15 finds a shop's name in quotes before a qualifier and a kind
// of shop (开设“…”直营门店5家): quotedBusinesses13 wants the kind right
// after the quote, so a qualifier between them left the name readable.
func quotedShops15(tt *tokText) []Finding {
	var out []Finding
	text := tt.text
	for end := range closingQuotes(text) {
		rest := text[end+len("”"):]
		q := firstPrefix(rest, shopQualifiers15)
		if q == "" {
			continue
		}
		if !hasAnyPrefix13(rest[len(q):], shopKinds15) {
			continue
		}
		st, name, ok := quotedName13(text, end)
		if !ok || genreWords[name] {
			continue
		}
		out = append(out, Finding{Type: ORG, Text: name, Start: st, End: end, Evidence: "quoted-shop", Score: 4, label: "企业"})
	}
	return out
}

// unitHeads15 end a place that a named estate, lane or gully may follow
// right after (…街道|和平小区, …县|桃花沟).
var unitHeads15 = []string{"街道", "社区", "县", "市", "区", "镇", "乡"}

// afterUnitKinds15 end the names that stand right after their district
// or town: housing estates, lanes and gullies, longest first.
var afterUnitKinds15 = []string{"小区", "家园", "花园", "公寓", "新村", "花苑", "名苑", "雅苑", "华庭", "华府", "雅居", "沟", "巷"}

// estateClassStems15 are the words before 小区 or 家园 that make a kind of
// estate, not its name (老旧小区, 安置小区, 美丽家园).
var estateClassStems15 = wordSet(`老旧 安置 移民 搬迁 保障 棚改 回迁 还建 拆迁 商品 廉租 公租 职工 住宅 居民 城区 城镇 周边 附近 辖区 各个 所有 部分 集中 易地 扶贫 示范 美丽 绿色 平安 智慧 文明 无毒 数字 和谐 生态 宜居 山区 农村 城市 社区 街道 背街 大街 小街 深山 山间 干沟 排水 截水 引水 泄洪 冲沟`)

// namesAfterUnit15 finds a housing estate, a lane or a gully named right
// after the district, town or county it lies in (…街道和平小区, …街道
// 江畔家园, …县桃花沟): the stem is two or three Han characters of whole
// words — nouns, adjectives, names or words gojieba made up, however
// ordinary (和平, 桃花), but no class stem of estates (老旧, 安置) — and the
// kind ends a word of gojieba's. unitsAfterTown14 wants a stem that is no
// frequent word, which the names of estates and gullies often are.
func namesAfterUnit15(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != LOCATION || f.generic {
			continue
		}
		s := tt.runeAt(f.End)
		if !hasAnySuffix14(f.Text, unitHeads15) || s < 1 || s >= n || !tt.tokStart(s) {
			continue
		}
		for L := 3; L >= 2; L-- {
			ks := s + L
			if ks >= n || !tt.tokStart(ks) {
				continue
			}
			kind := ""
			for _, k := range afterUnitKinds15 {
				if hasPrefixAt15b(tt, ks, k) {
					kind = k
					break
				}
			}
			e := ks + runeLen(kind)
			if kind == "" || e < n && !tt.tokStart(e) {
				continue
			}
			stem := tt.sub(s, ks)
			if !hanStem15(tt, s, ks) || !nounStem15(tt, s, ks) || classStems[stem] || estateClassStems15[stem] || genericVillagePrefix[stem] ||
				estateClassStems15[tt.sub(s, s+2)] || adminLevelRunes13.has(tt.runes[s]) || adminLevelRunes13.has(tt.runes[ks-1]) || toponymStemStop.has(tt.runes[s]) {
				continue
			}
			bs, be := tt.off[s], tt.off[e]
			if !overlapsSure14(fs, bs, be) {
				out = append(out, Finding{Type: LOCATION, Text: tt.text[bs:be], Start: bs, End: be, Evidence: "name-after-unit15:" + kind, Score: 3})
			}
			break
		}
	}
	return out
}

// nounStem15 reports whether runes [s, e) are whole words of gojieba's
// that may name a place: nouns, place and proper names, adjectives and
// words it made up, no verb, number, pronoun or function word.
func nounStem15(tt *tokText, s, e int) bool {
	for i := s; i < e; {
		t := tt.tokenAt(i)
		if t == nil || t.start != i || t.end > e {
			return false
		}
		switch t.pos {
		case "n", "ns", "nz", "nr", "nrt", "nrfg", "x", "a", "ng", "zg", "s", "j", "b", "t", "an", "nt", "l", "i":
		default:
			return false
		}
		i = t.end
	}
	return true
}

// hanStem15 reports whether runes [s, e) are Han characters and no mask;
// unlike hanName11 it lets a function character stand inside a word (和平,
// 同心), since nounStem15 already refused function words.
func hanStem15(tt *tokText, s, e int) bool {
	if s < 0 || e > len(tt.runes) || s >= e {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || isMaskRune(r) {
			return false
		}
	}
	return true
}

// villageKinds15 are the words before 村 that make a kind of village, not
// its name (贫困村, 行政村, 中心村), beyond villageHonours.
var villageKinds15 = wordSet(`贫困 脱贫 行政 自然 中心 空心 传统 搬迁 移民 集体 边境 民族 城中 城郊 偏远 深度 薄弱 软弱 涣散 后进 经济 省级 市级 县级 国家级 历史 文化 古老 相邻 周边 附近 全县 全镇 全乡 帮扶 结对 定点 联系 包保 驻点 所在 试验 新型 农业 山区 库区 沿河 沿江 沿湖 平原 牧业 林业 渔业 合并 撤并 拆迁 安置 美丽 乡村 农村 村庄 本地 当地 外地 城市 城镇 社区 街道 示范 标准 达标 产业 其他 其它`)

// villageStem15 reports whether runes [s, j) before a 村 at j may be a
// village's name: two or three Han characters of whole words of gojieba's
// that may name a place, none a kind or honour of villages.
func villageStem15(tt *tokText, s, j int) bool {
	if s < 0 || !tt.tokStart(s) || !tt.tokStart(j) || !hanStem15(tt, s, j) || !nounStem15(tt, s, j) {
		return false
	}
	return villageStemWords15(tt, s, j)
}

// villageStem15Loose is villageStem15 without the words' parts of speech,
// for a stem that is a whole list item.
func villageStem15Loose(tt *tokText, s, j int) bool {
	return villageStemWords15(tt, s, j) && !getLexicon().common[tt.sub(s, j)]
}

// villageStemWords15 reports whether the stem at runes [s, j) is none of
// the kinds, honours and classes of villages and estates, and neither
// begins with a determiner or stop nor ends with an administrative level.
func villageStemWords15(tt *tokText, s, j int) bool {
	stem := tt.sub(s, j)
	return !genericVillagePrefix[stem] && !villageHonours[stem] && !villageKinds15[stem] && !classStems[stem] && !estateClassStems15[stem] &&
		!villageDeterminers[tt.runes[s]] && !toponymStemStop.has(tt.runes[s]) && !adminLevelRunes13.has(tt.runes[j-1])
}

// sureVillageAt15 reports whether fs holds a sure place finding that ends in
// a village-level unit and starts at byte b (ends at byte b when end is
// set).
func sureVillageAt15(fs []Finding, b int, end bool) bool {
	for _, f := range fs {
		if f.Type != LOCATION || f.generic || !(strings.HasSuffix(f.Text, "村") || strings.HasSuffix(f.Text, "社区") || strings.HasSuffix(f.Text, "屯") || strings.HasSuffix(f.Text, "组")) {
			continue
		}
		if !end && f.Start == b || end && f.End == b {
			return true
		}
	}
	return false
}

// villages15 finds villages of two or three characters and a 村 that
// gojieba cut off (共和|村, 富厚|村) where no other rule took them: an item
// of a list beside a sure village (…村、共和村; 共和村、…村), whatever its
// stem — villageSiblings refuses a function character (共和) — or a stem
// gojieba knows as no frequent word opening a sentence or clause before
// a noun or a verb (。富厚村油茶基地…).
func villages15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.word != "村" {
			continue
		}
		j, e := t.start, t.end
		for _, L := range []int{2, 3} {
			s := j - L
			if s < 0 || overlapsSure14(fs, tt.off[s], tt.off[e]) {
				continue
			}
			strict := villageStem15(tt, s, j)
			// a whole list item (；同|和|村、) may be cut into any words
			item := (s == 0 || listItemEdge[tt.runes[s-1]]) && tt.tokStart(s) && personChars11(tt, s, j) && villageStem15Loose(tt, s, j)
			ok := false
			if e+1 < n && (tt.runes[e] == '、' || tt.runes[e] == '和') && sureVillageAt15(fs, tt.off[e+1], false) && (strict || item) {
				ok = true // 共和村、…村
			}
			if !ok && s >= 1 && (tt.runes[s-1] == '、' || tt.runes[s-1] == '和') && sureVillageAt15(fs, tt.off[s-1], true) && (strict || item && (e == n || listItemEdge[tt.runes[e]])) {
				ok = true // …村、共和村
			}
			if !ok && strict && L == 2 && !l.common[tt.sub(s, j)] && (s == 0 || strings.ContainsRune("。；！？：\n", tt.runes[s-1])) && k+1 < len(tt.toks) {
				switch tt.toks[k+1].pos {
				case "n", "v", "vn", "nz":
					ok = true // 。富厚村油茶基地…
				}
			}
			if ok {
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "village15", Score: 3})
				break
			}
		}
	}
	return out
}

// cutTownships15 finds townships of the gazetteer named by one character
// and their level (古乡, 某镇) that gojieba cut into two single characters
// (古|乡) or made up as one word it does not know as a place (古乡/x),
// right before a sure village of theirs (古乡|巴X村) or right after a
// county (某县|古乡): splitStemTowns14 wants a stem of two characters.
func cutTownships15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		var s, e int // the township's runes
		switch {
		case t.n() == 2 && t.pos != "ns" && mayHaveRune(&townLevels14First, tt.runes[t.start+1]) && townLevels14[string(tt.runes[t.start+1])]: // (speed8.go: a bit before the string and the look-up)
			s, e = t.start, t.end
		case k >= 1 && tt.startMay(&townLevels14First, k) && townLevels14[t.word] && tt.toks[k-1].n() == 1:
			s, e = tt.toks[k-1].start, t.end
		default:
			continue
		}
		name := tt.sub(s, e)
		if !isHan(tt.runes[s]) || functionRuneBits.has(tt.runes[s]) {
			continue
		}
		if lv, ok := l.place(name); !ok || lv != 4 || l.common[name] {
			continue
		}
		bs, be := tt.off[s], tt.off[e]
		if overlapsSure14(fs, bs, be) {
			continue
		}
		ok := sureVillageAt15(fs, be, false)
		for _, f := range fs {
			if f.Type == LOCATION && !f.generic && f.End == bs && strings.HasSuffix(f.Text, "县") {
				ok = true
			}
		}
		if ok {
			out = append(out, Finding{Type: LOCATION, Text: name, Start: bs, End: be, Evidence: "cut-township15", Score: 4})
		}
	}
	return out
}

// placeSlotBefore15 are the words before a place someone is at or goes
// to; placeSlotAfter15 the words of position after one.
var (
	placeSlotBefore15 = wordSet(`在 到 赴 至 从 经 经过 途经 前往 来到 走进 深入`)
	placeSlotAfter15  = wordSet(`周边 一带 附近 境内 沿线 地区 片区 辖区 周围 以南 以北 以东 以西`)
)

// shortTownsInSlot15 finds the short form of a township of three
// characters (某子口 of 某子口镇) that gojieba knows as a common noun or
// cut apart (独石|口, 白|道口) rather than a place, in a place slot: right
// after a word of being at or going to, or right before a word of
// position (在|某子口|周边).
func shortTownsInSlot15(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		s := t.start
		e := s + 3
		if e > len(tt.runes) || !tt.tokStart(e) && e != len(tt.runes) {
			continue
		}
		if !mayHaveRune(&l.shortFirst, tt.runes[s]) || !l.hasShortPair(tt.runes[s], tt.runes[s+1]) {
			continue // no short form begins so: shortOf fails (speed8.go: before the look-ups; speed9a: first, the cheapest test)
		}
		if t.n() == 3 && t.pos == "ns" || t.n() > 3 || !hanName11(tt, s, e) {
			continue
		}
		name := tt.sub(s, e)
		if l.common[name] {
			continue
		}
		full, ok := l.shortOf(name)
		if !ok || !(strings.HasSuffix(full, "镇") || strings.HasSuffix(full, "乡") || strings.HasSuffix(full, "街道")) {
			continue
		}
		slot := k > 0 && tt.toks[k-1].end == s && placeSlotBefore15[tt.toks[k-1].word]
		if a := tt.tokenAt(e); a != nil && a.start == e && placeSlotAfter15[a.word] {
			slot = true
		}
		if slot && !overlapsSure14(fs, tt.off[s], tt.off[e]) {
			out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[s], End: tt.off[e], Evidence: "short-town-slot15", Score: 4})
		}
	}
	return out
}

// countyRivers15 makes sure a one-character river named after its county
// (攸水 beside 攸县, 澧水 beside 澧县): the toponym rule and gojieba's place
// tag find X水 but hold it doubtful; a county X县 in the gazetteer shows
// the name, and no frequent word (涉水, 温水) is one.
func countyRivers15(fs []Finding) []Finding {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != LOCATION || !f.generic || !strings.HasSuffix(f.Text, "水") || runeLen(f.Text) != 2 || l.common[f.Text] {
			continue
		}
		r, _ := firstRune(f.Text)
		if lv, ok := l.place(string(r) + "县"); ok && lv == 3 {
			f.generic = false
			f.Evidence += ",county-river15"
		}
	}
	return fs
}

// placeKindsAfterList15 follow 等 after a list of places and say what kind
// of place its items are (…、…等老街, …、…等村寨).
var placeKindsAfterList15 = wordSet(`老街 古街 街巷 老巷 古巷 巷道 街区 老街区 历史街区 道路 路段 村寨 古村落 村落 景点 河流 溪流 沟谷 山峰 渡口 关隘 古道 山口 隘口`)

// toponymEnds15 end the names of streets, lanes, passes, gullies and
// other small places.
var toponymEnds15 = runeBitsOf("口巷街路沟湾坪桥洞河湖山岭溪坝寨塘垭坳峪")

// kindClosedLists15 finds the items of a list closed by 等 and a kind of
// place (和平街、某子口、某兴巷等老街) when one item is a sure place: every
// other item of two to four Han characters that ends like a small place's
// name (口, 巷, 沟 …) is one. listItems wants two found items, and a lane or
// a pass named with an ordinary word (复兴巷, a verb before 子口) is found by
// no recognizer alone.
func kindClosedLists15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if t.word != "等" || k+1 >= len(tt.toks) || !placeKindsAfterList15[tt.toks[k+1].word] {
			continue
		}
		// the items back from 等, joined by list commas
		var items [][2]int
		e := t.start
		for len(items) < 8 {
			b := e
			for b > 0 && e-b < 6 && isHan(tt.runes[b-1]) && !isMaskRune(tt.runes[b-1]) {
				b--
			}
			// a sure place finding ending at e is the item whole
			for _, f := range fs {
				if f.Type == LOCATION && !f.generic && f.End == tt.off[e] && f.Start > tt.off[b] {
					b = tt.runeAt(f.Start)
				}
			}
			if b > 0 && tt.runes[b-1] != '、' {
				// the first item is a sure place, or there is none
				if placeFindingAt15(tt, fs, b, e) {
					items = append(items, [2]int{b, e})
				}
				break
			}
			items = append(items, [2]int{b, e})
			if b == 0 {
				break
			}
			e = b - 1
		}
		anchor := false
		for _, it := range items {
			anchor = anchor || placeFindingAt15(tt, fs, it[0], it[1])
		}
		if !anchor || len(items) < 2 {
			continue
		}
		for _, it := range items {
			s, e := it[0], it[1]
			if n := e - s; n < 2 || n > 4 || !tt.tokStart(s) || !toponymEnds15.has(tt.runes[e-1]) || getLexicon().common[tt.sub(s, e)] ||
				classStems[tt.sub(s, e-1)] || overlapsSure14(fs, tt.off[s], tt.off[e]) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "kind-closed-list15", Score: 3})
		}
	}
	return out
}

// placeFindingAt15 reports whether fs holds a sure place finding that
// spans runes [s, e) of tt exactly.
func placeFindingAt15(tt *tokText, fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Type == LOCATION && !f.generic && f.Start == tt.off[s] && f.End == tt.off[e] {
			return true
		}
	}
	return false
}

// translitRun15 reports whether runes [s, e) are all characters of
// transliterated names (translitN ≥ 1) that make no frequent word.
func translitRun15(tt *tokText, s, e int) bool {
	l := getLexicon()
	if s < 0 || e > len(tt.runes) || e-s < 1 || l.common[tt.sub(s, e)] {
		return false
	}
	for _, r := range tt.runes[s:e] {
		if !isHan(r) || l.translitN[r] < 1 || dotStop[r] || functionRuneBits.has(r) {
			return false
		}
	}
	return true
}

// dotNames15 finds transliterated names joined by a name dot whose part
// after the dot gojieba cut into a dictionary word and a name word (…·木合|
// 塔尔/nrt): findPersons stops at a dictionary word after the dot unless
// all its characters are frequent in transliterations, so the name was
// cut to its first part (阿不都) or lost whole (赛|力克·…). The part after
// the dot runs over name words, words of transliteration characters and
// short nouns up to the last name word of transliteration characters; the
// part before it over name words and words of transliteration characters
// back to a role or a separator.
func dotNames15(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := 1; i+2 < n; i++ {
		if !isNameDot(tt.runes[i]) || !isHan(tt.runes[i-1]) || !tt.tokStart(i+1) {
			continue
		}
		// after the dot: words of transliteration characters, the last a
		// name word
		e, j := i+1, i+1
		for j < n && j-(i+1) < 7 {
			t := tt.tokenAt(j)
			if t == nil || t.start != j || !(translitRun15(tt, t.start, t.end) || nameWordPOS15(t.pos) && hanName11(tt, t.start, t.end) ||
				t.n() <= 2 && (t.pos == "n" || t.pos == "ng" || t.pos == "nz") && hanName11(tt, t.start, t.end) && !getLexicon().common[t.word]) {
				break
			}
			j = t.end
			if nameWordPOS15(t.pos) && translitRun15(tt, t.start, t.end) {
				e = j
			}
		}
		if e-(i+1) < 2 || e < n && isHan(tt.runes[e]) && !tt.tokStart(e) {
			continue
		}
		// before the dot: words of transliteration characters
		s := i
		for s > 0 && i-s < 6 {
			t := tt.tokenBefore(s)
			if t == nil || t.end != s || !(translitRun15(tt, t.start, t.end) || nameWordPOS15(t.pos) && hanName11(tt, t.start, t.end)) ||
				isRoleWord(t.word) || personNouns[t.word] || dotStop[tt.runes[t.end-1]] || i-t.start > 6 {
				break
			}
			s = t.start
		}
		if i-s < 2 {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "dot-name,l15", Score: 5})
	}
	return out
}

// nameWordPOS15 reports a part of speech gojieba gives names and words it
// made up.
func nameWordPOS15(pos string) bool {
	return pos == "x" || pos == "nz" || pos == "nr" || pos == "nrt" || pos == "nrfg"
}

// personBeside15 reports whether fs holds a sure person finding that a
// list comma joins to runes [s, e) of tt, before or after.
func personBeside15(tt *tokText, fs []Finding, s, e int) bool {
	n := len(tt.runes)
	for _, g := range fs {
		if g.Type != PERSON || g.generic {
			continue
		}
		if e < n && tt.runes[e] == '、' && g.Start == tt.off[e+1] || s >= 1 && tt.runes[s-1] == '、' && g.End == tt.off[s-1] {
			return true
		}
	}
	return false
}

// listPersons15 finds the names in a list of names that no recognizer
// made sure of: a surname and a given name that is also a word (黄|小妹),
// which the rescoring holds doubtful, a transliterated name with no
// surname (阿依达娜) and a name right after a verb that gojieba glued to
// the verb or read as a place (评选出|叶建明) — beside a sure name across a
// list comma, where no sure finding reads the span otherwise (黄沟湾, a
// place by its 湾).
func listPersons15(tt *tokText, fs []Finding) []Finding {
	// every reading below needs a sure person beside its item
	// (personBeside15): without one in fs nothing can fire (speed17a)
	sure := false
	for i := range fs {
		if fs[i].Type == PERSON && !fs[i].generic {
			sure = true
			break
		}
	}
	if !sure {
		return nil
	}
	n := len(tt.runes)
	var out []Finding
	for _, f := range fs {
		if f.Type != PERSON || !f.generic || !strings.HasPrefix(f.Evidence, "surname+given") || runeLen(f.Text) != 3 || strings.Contains(f.Evidence, "political-formula") {
			continue
		}
		s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
		if s >= 0 && e > s && !overlapsSure14(fs, f.Start, f.End) && personBeside15(tt, fs, s, e) && (s == 0 || listItemEdge[tt.runes[s-1]] || !isHan(tt.runes[s-1])) && (e == n || listItemEdge[tt.runes[e]] || tt.runes[e] == '等') {
			out = append(out, Finding{Type: PERSON, Text: f.Text, Start: f.Start, End: f.End, Evidence: "list-person15", Score: 3})
		}
	}
	l := getLexicon()
	for k := tt.nextAt(rcDun, 0); k < n; k = tt.nextAt(rcDun, k+1) { // (speed7b.go: the characters of the class only)
		if tt.runes[k] != '、' {
			continue
		}
		// the items on both sides of the comma: whole runs of Han characters
		for _, side := range [2]bool{false, true} {
			var s, e int
			if side {
				s, e = k+1, k+1
				for e < n && isHan(tt.runes[e]) && e-s < 7 {
					e++
				}
			} else {
				s, e = k, k
				for s > 0 && isHan(tt.runes[s-1]) && e-s < 7 {
					s--
				}
			}
			if e-s < 3 || e-s > 6 || !(s == 0 || !isHan(tt.runes[s-1])) || !(e == n || !isHan(tt.runes[e])) || !tt.tokStart(s) {
				continue
			}
			if overlapsAny(fs, tt.off[s], tt.off[e]) || l.common[tt.sub(s, e)] || !personBeside15(tt, fs, s, e) {
				continue
			}
			tr := 0
			for _, r := range tt.runes[s:e] {
				if l.translitN[r] >= 1 && !functionRuneBits.has(r) && !dotStop[r] {
					tr++
				}
			}
			if l.translitN[tt.runes[s]] < 1 || l.translitN[tt.runes[e-1]] < 1 || 3*tr < 2*(e-s) || surnameOf(tt.sub(s, e)) != "" && l.translitN[tt.runes[s]] < 10 {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "list-translit-person15", Score: 3})
		}
		// the first item right after a verb, whose first character
		// gojieba glued to the verb's complement (评选|出叶|建明、) or read
		// as a place (评出|许国|强、)
		if e, s := k, k-3; s >= 1 && personChars11(tt, s, e) && surnameOf(tt.sub(s, e)) != "" && !l.common[tt.sub(s, e)] &&
			!adminLevelRunes13.has(tt.runes[e-1]) && !overlapsSure14(fs, tt.off[s], tt.off[e]) && personBeside15(tt, fs, s, e) && afterVerb15(tt, s) {
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "list-person-after-verb15", Score: 3})
		}
	}
	return out
}

// afterVerb15 reports whether rune s follows a verb: a verb word ends
// right before it, or the word it begins in is a verb's complement glued
// to it (出|叶…, cut 出叶).
func afterVerb15(tt *tokText, s int) bool {
	if tt.tokStart(s) {
		p := tt.tokenBefore(s)
		return p != nil && p.end == s && p.pos == "v" && p.n() >= 2
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s-1 || !strings.ContainsRune("出", tt.runes[s-1]) {
		return false
	}
	p := tt.tokenBefore(s - 1)
	return p != nil && p.end == s-1 && p.pos == "v"
}

// contactRoles15 label the person a document names for contact or sign-off.
var contactRoles15 = wordSet(`联系人 经办人 填报人 审核人 签发人 负责人 联络员 联系人员 承办人 拟稿人`)

// deptEnds15 end the name of the office a contact works in (优抚科, 综合股).
var deptEnds15 = runeBitsOf("科股室办局队所站组部处")

// contactNames15 finds the name after a contact label and a colon, with
// or without the contact's office and a space between (联系人：某某科 高某某):
// a surname gojieba reads as an adjective (高|文静) or a name that is also
// a word (白雪, 田野) makes no name for the person rules, but the label
// and the office leave nothing else to stand there.
func contactNames15(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	l := getLexicon()
	space := func(i int) bool { return i < n && (tt.runes[i] == ' ' || tt.runes[i] == '　' || tt.runes[i] == '\t') }
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k] // (a pointer: no copy of each token)
		if !tt.endMay(&contactRoles15Last, k) || !contactRoles15[t.word] {
			continue
		}
		i := t.end
		for space(i) {
			i++
		}
		if i >= n || tt.runes[i] != '：' && tt.runes[i] != ':' {
			continue
		}
		i++
		for space(i) {
			i++
		}
		// the run of Han characters after the colon, and a second after
		// a space
		run := func(s int) int {
			e := s
			for e < n && isHan(tt.runes[e]) && !isMaskRune(tt.runes[e]) {
				e++
			}
			return e
		}
		s, e := i, run(i)
		dept := false // the office before a space: only a name follows it
		if e < n && space(e) && e-s >= 2 && e-s <= 8 && deptEnds15.has(tt.runes[e-1]) {
			j := e
			for space(j) {
				j++
			}
			s, e = j, run(j)
			dept = true
		}
		if e-s < 2 || e-s > 4 || e < n && !space(e) && isHan(tt.runes[e]) {
			continue
		}
		name := tt.sub(s, e)
		if surnameOf(name) == "" || l.common[name] && !dept || isRoleWord(name) || deptEnds15.has(tt.runes[e-1]) || overlapsSure14(fs, tt.off[s], tt.off[e]) {
			continue
		}
		out = append(out, Finding{Type: PERSON, Text: name, Start: tt.off[s], End: tt.off[e], Evidence: "contact-name15", Score: 4})
	}
	return out
}

// joinDotNameTails15 extends a name found from its dot (阿力木·沙) over a
// sure name that starts inside it and runs past its end (沙吾提, gojieba's
// 沙/nr|吾|提): resolve would keep only the longer of the two and leave
// the rest of the name readable (吾提). The part past the dot name is two
// or three characters, no title (江|同志).
func joinDotNameTails15(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || f.generic || !strings.Contains(f.Evidence, "dot-name") || strings.Contains(f.Evidence, "tail-cut") {
			continue // findPersons cut a word off the name's end on purpose (…连科|均)
		}
		for _, g := range fs {
			if g.Type == PERSON && !g.generic && g.Start > f.Start && g.Start < f.End && g.End > f.End && g.End-f.End >= 6 && g.End-f.End <= 9 &&
				strings.HasPrefix(g.Evidence, "surname+given") && !strings.Contains(g.Evidence, "title:") {
				f.End = g.End
				f.Text = tt.text[f.Start:f.End]
				f.Evidence += ",joined-tail15"
			}
		}
	}
	return fs
}

// stemSegments15 are the words after a village's stem that name a part of
// the village's land or of a river in it (…支流桃X段, …桃X片区).
var stemSegments15 = []string{"河段", "段", "片区", "境内"}

// villageSegments15 returns, for a village of a document named with a
// frequent word (桃X村: villageStem leaves such a stem readable, since it
// is a word elsewhere), the stem with a segment word wherever the
// document's texts write it so (锦江支流|桃X段): there the stem can only be
// the village, and masked with the segment word it stays an ordinary word
// everywhere else.
func villageSegments15(tts []*tokText, f Finding) []Finding {
	if f.Type != LOCATION || f.generic || !strings.HasSuffix(f.Text, "村") {
		return nil
	}
	stem := strings.TrimSuffix(f.Text, "村")
	l := getLexicon()
	if runeLen(stem) < 2 || !allHan(stem) || !l.common[stem] || genericVillagePrefix[stem] || villageHonours[stem] || villageKinds15[stem] || classStems[stem] {
		return nil
	}
	var out []Finding
	seen := map[string]bool{}
	for _, tt := range tts {
		if tt == nil {
			continue
		}
		for i := 0; ; {
			j := strings.Index(tt.text[i:], stem)
			if j < 0 {
				break
			}
			s := i + j
			e := s + len(stem)
			i = e
			rs := tt.runeAt(s)
			if rs < 0 || !tt.tokStart(rs) {
				continue // inside a word (世外桃X)
			}
			for _, w := range stemSegments15 {
				if strings.HasPrefix(tt.text[e:], w) && !seen[stem+w] {
					seen[stem+w] = true
					out = append(out, Finding{Type: LOCATION, Text: stem + w, Evidence: "village-segment15", Score: f.Score})
				}
			}
		}
	}
	return out
}
