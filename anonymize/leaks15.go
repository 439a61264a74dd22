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
	if tt.mayContain("”") {
		fs = addWhole(fs, quotedShops15(tt))
	}
	fs = addWhole(fs, namesAfterUnit15(tt, fs))
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
	form := ""
	for _, s := range firmLegalForms15 {
		if strings.HasSuffix(f.Text, s) {
			form = s
			break
		}
	}
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
	for i := 0; ; {
		j := strings.Index(text[i:], "”")
		if j < 0 {
			break
		}
		end := i + j
		i = end + len("”")
		rest := text[i:]
		q := ""
		for _, s := range shopQualifiers15 {
			if strings.HasPrefix(rest, s) {
				q = s
				break
			}
		}
		if q == "" {
			continue
		}
		kind := false
		for _, k := range shopKinds15 {
			if strings.HasPrefix(rest[len(q):], k) {
				kind = true
				break
			}
		}
		if !kind {
			continue
		}
		open := strings.LastIndex(text[:end], "“")
		if open < 0 {
			continue
		}
		st := open + len("“")
		name := text[st:end]
		n := runeLen(name)
		if n < 2 || n > 8 || !allHan(name) || getLexicon().common[name] || genreWords[name] || strings.ContainsAny(name, "的了是和与及在，、") {
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
		head := false
		for _, u := range unitHeads15 {
			head = head || strings.HasSuffix(f.Text, u)
		}
		s := tt.runeAt(f.End)
		if !head || s < 1 || s >= n || !tt.tokStart(s) {
			continue
		}
		for L := 3; L >= 2; L-- {
			ks := s + L
			if ks >= n || !tt.tokStart(ks) {
				continue
			}
			kind := ""
			for _, k := range afterUnitKinds15 {
				if ks+runeLen(k) <= n && tt.sub(ks, ks+runeLen(k)) == k {
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
