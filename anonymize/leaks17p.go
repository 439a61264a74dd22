package anonymize

import (
	"slices"
	"strings"
)

// This file holds round leaks17p: a person named right after a word for a
// kind of person that is no role in 人/者/员 (邻居|平措, 村民|阿苏日哈,
// 退役军人|程家宝, 通讯员 王家豪), a name beside a masked person in a list
// that the character statistics do not make (上官|文静, 查|国庆), and a
// shop, online store or account named in quotes beside the word for it
// (网店“…”, “…”特色馆).

// leaks17p adds the findings of this round to the findings fs of one text.
func leaks17p(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	fs = addOver17p(fs, afterPersonNoun17p(tt, fs))
	fs = addOver17p(fs, gluedPersonNounNames18(tt, fs)) // leaks18.go: 村|医其|木格
	if tt.mayHold('、') {
		fs = addOver17p(fs, listBesidePerson17p(tt, fs))
		fs = addOver17p(fs, personListItems18(tt, fs)) // leaks18.go: …、方丽、…
	}
	if tt.mayHold('的') {
		fs = addOver17p(fs, salutedOfficials17p(tt, fs))
		fs = dropSalutations17p(tt, fs)
	}
	if tt.mayHold('等') && tt.mayHold2('市', '场') {
		fs = addOver17p(fs, listedMarkets17p(tt, fs))
	}
	if tt.mayHold('“') {
		fs = addWhole(dropInside18(fs, quotedShops17p(tt, fs)))
	}
	return fs
}

// personNouns17p are words for a kind of person (neighbour, villager,
// doctor, veteran, reporter) that stand right before a person's name.
var personNouns17p = wordSet(`邻居 村民 居民 牧民 农民 果农 菜农 茶农 渔民 农户 种植户 养殖户 脱贫户 贫困户 困难户 低保户 五保户 户主
	医生 村医 乡医 护士 教师 老师 校长 学生 老兵 退役军人 军属 烈属 老党员 党员 干部 村干部 书记员 通讯员 记者 编辑
	老人 老汉 大姐 大嫂 大爷 大妈 阿姨 妻子 丈夫 儿子 女儿 母亲 父亲 爷爷 奶奶 孙子 师傅 厨师 工匠 能人 乡贤 青年 大学生 成员
	老板 老板娘 店主 摊主 掌柜 场主 农场主`)

// aspectRunes17p follow a verb (了, 着, 过), never a name.
var aspectRunes17p = runeBitsOf("了着过")

// nounSuffix17p end nouns (扇子, 木头, 鸟儿) more often than given names.
var nounSuffix17p = runeBitsOf("子头儿")

// tailRunes17p end a name's household or a kinship title (家, 伯, 姐),
// not the name.
var tailRunes17p = runeBitsOf("家里们俩伯叔姐哥嫂婆爷奶妈姨公")

// stops17p begin the predicate after a name (也, 因, 为, 说 …).
var stops17p = runeBitsOf("也因为在说把将被向跟和与对从于等都已正曾还就又便则所以自")

// nameEnd17p reports whether a name may end before rune e: the text's
// end, a character that is no Han one, a predicate's first character or
// a word's start.
func nameEnd17p(tt *tokText, e int) bool {
	if e >= len(tt.runes) {
		return true
	}
	r := tt.runes[e]
	return !isHan(r) || functionRuneBits.has(r) || stops17p.has(r) || roleStops15b.has(r) || tt.tokStart(e)
}

// surnameLen17p returns the length of the surname at rune j (two for a
// compound surname, one for a single one) or 0.
func surnameLen17p(tt *tokText, j, n int) int {
	l := getLexicon()
	if j+2 <= n && l.isCompound(tt.sub(j, j+2)) {
		return 2
	}
	if l.isSurname(tt.runes[j]) {
		return 1
	}
	return 0
}

// nameSpan17p reports whether runes [s, e) can be a person's name where
// the context already says a person stands there: Han characters, none a
// function character, no frequent word whole, no word of the dictionary
// that begins at s and runs past the surname, and either a surname with
// one or two given characters or a minority name (平措, 阿苏日哈).
func nameSpan17p(tt *tokText, s, e int, list bool) bool {
	l := getLexicon()
	for k := s; k < e; k++ {
		if r := tt.runes[k]; !isHan(r) || functionRuneBits.has(r) || stops17p.has(r) {
			return false
		}
	}
	if tailRunes17p.has(tt.runes[e-1]) {
		return false // 斯琴家, 石老伯: a household or a kinship title after the name
	}
	w := tt.sub(s, e)
	if l.common[w] || l.places[w] > 0 || genreWords[w] || personNouns17p[w] {
		return false
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.end == e && nameTagged15b(t.pos) {
		return true // gojieba's own name (多吉/nrt)
	}
	if minorityShaped(tt, s, e) && e-s >= 2 {
		return true
	}
	if e-s >= 3 && (tt.runes[s] == '阿' || tt.runes[s+2] == '阿') {
		return true // a Yi name: 阿苏日哈, 巫且阿牛
	}
	sl := surnameLen17p(tt, s, e)
	if sl == 0 || e-s-sl < 1 || e-s-sl > 2 {
		return false
	}
	if e < len(tt.runes) && aspectRunes17p.has(tt.runes[e]) {
		return false // 农民|管起了: a verb and its aspect, no name
	}
	if e-s-sl == 2 && nounSuffix17p.has(tt.runes[e-1]) {
		return false // 连|扇子: a noun in 子, 头 or 儿, no given name
	}
	if t := tt.tokenAt(s); t != nil && t.start == s && t.dictWord() && t.n() >= 2 && !nameTagged15b(t.pos) && t.end != s+sl {
		// 村民|收入: an ordinary word begins there; but a surname and 家
		// (王家|豪) is how gojieba cuts a name of three characters
		if !(sl == 1 && t.n() == 2 && t.end == e-1 && tt.runes[s+1] == '家' && tt.tokStart(e-1)) {
			return false
		}
	}
	if !list && verbGiven15b(tt, s+sl, e) {
		return false
	}
	return true
}

// afterPersonNoun17p finds a name right after a word of personNouns17p
// (spaces between allowed: 通讯员 王家豪), the longest span of four, three
// or two characters that nameSpan17p accepts and that ends where a name
// may end.
func afterPersonNoun17p(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for k := range tt.toks {
		t := &tt.toks[k]
		if !tt.endMay(&personNouns17pLast, k) || !personNouns17p[t.word] {
			continue
		}
		s := t.end
		for s < n && (tt.runes[s] == ' ' || tt.runes[s] == '\u3000' || tt.runes[s] == '：' && t.word == "成员") {
			s++
		}
		if s >= n || !isHan(tt.runes[s]) || !tt.tokStart(s) {
			continue
		}
		if overlapsAny(fs, tt.off[t.start], tt.off[t.end]) || gluedVillage17p(tt, t) {
			continue // 张思村|民宿: the word is cut from a place and the word after it
		}
		for ln := 4; ln >= 2; ln-- {
			e := s + ln
			if e > n || !nameEnd17p(tt, e) || !nameSpan17p(tt, s, e, false) {
				continue
			}
			if overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
				break
			}
			out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "name-after:" + t.word + ",leaks17p", Score: contextScore})
			break
		}
	}
	return out
}

// listBesidePerson17p finds a name of a surname and a given name (three
// or four characters) that a list comma joins to a masked person on
// either side (上官文静、〔人名〕; 〔人名〕、查国庆义务…), where the given
// name is an ordinary word the character statistics pass by.
func listBesidePerson17p(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	personEndsAt := map[int]bool{}
	personStartsAt := map[int]bool{}
	for _, f := range fs {
		if f.Type == PERSON {
			personEndsAt[f.End] = true
			personStartsAt[f.Start] = true
		}
	}
	var out []Finding
	for i := tt.nextAt(rcDun, 0); i < n; i = tt.nextAt(rcDun, i+1) { // (by position, speed7b.go)
		if tt.runes[i] != '、' {
			continue
		}
		// after the comma, a person before it
		if personEndsAt[tt.off[i]] && i+1 < n {
			s := i + 1
			for ln := 4; ln >= 3; ln-- {
				e := s + ln
				if e <= n && tt.tokStart(s) && nameEnd17p(tt, e) && nameSpan17p(tt, s, e, true) && surnameLen17p(tt, s, e) > 0 && !overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
					out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "list-beside-person,leaks17p", Score: contextScore})
					break
				}
			}
		}
		// before the comma, a person after it
		if i+1 < n && personStartsAt[tt.off[i+1]] {
			e := i
			for ln := 4; ln >= 3; ln-- {
				s := e - ln
				if s < 0 || !tt.tokStart(s) || !nameSpan17p(tt, s, e, true) || surnameLen17p(tt, s, e) == 0 || overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
					continue
				}
				if s > 0 && isHan(tt.runes[s-1]) && !functionRuneBits.has(tt.runes[s-1]) {
					continue // the name must open the list: after punctuation (成员：…)
				}
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "list-beside-person,leaks17p", Score: contextScore})
				break
			}
		}
	}
	return out
}

// shopWordsBefore17p stand before a quoted shop or account name (网店“…”),
// shopWordsAfter17p after it (“…”特色馆).
var shopWordsBefore17p = []string{"网店", "店铺", "账号", "直播间", "公众号", "小店", "门店"}
var shopWordsAfter17p = []string{"特色馆", "网店", "店铺", "账号", "直播间", "公众号", "小店", "门店", "旗舰店", "专卖店", "体验店", "超市", "农家乐", "民宿"}

// quotedShops17p finds a shop, online store or account named in quotes
// of two to eight characters right after or before the word for it
// (网店“…”, “…”特色馆, 账号“…”): such a name points to one owner.
func quotedShops17p(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		if n := runeLen(w); n < 2 || n > 8 || !allHan(w) {
			continue
		}
		shop := hasAnySuffix14(t[:s-len("“")], shopWordsBefore17p) || hasAnyPrefix13(t[e+len("”"):], shopWordsAfter17p)
		if !shop || overlapsEdge18(fs, s, e) || placeThenWord18(fs, t, s, e) { // (a reading inside the quotes gives way: 稻|花姐姐, 辉发|河畔; leaks18.go)
			continue
		}
		out = append(out, Finding{Type: ORG, Text: w, Start: s, End: e, Evidence: "quoted-shop,leaks17p", Score: contextScore, label: "企业"})
	}
	return out
}

// doubtful17p reports a finding another recognizer marked as doubtful
// (a name or place the later passes may drop).
func doubtful17p(f Finding) bool { return strings.Contains(f.Evidence, "doubtful") }

// overlapsFirm17p reports whether bytes [s, e) overlap a finding that is
// not doubtful and no part of a name there (吉克阿 of 吉克阿依).
func overlapsFirm17p(fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.Start < e && f.End > s && !doubtful17p(f) && !(f.Type == PERSON && f.Start >= s && f.End <= e) {
			return true
		}
	}
	return false
}

// addOver17p adds the findings out to fs, dropping first the doubtful
// findings they overlap and the persons inside them (村民|阿苏 read as a place, 上官文静 a doubtful
// list item): the context of this round makes them sure.
func addOver17p(fs, out []Finding) []Finding {
	if len(out) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		drop := false
		for _, o := range out {
			if f.Start < o.End && f.End > o.Start && (doubtful17p(f) || f.Type == PERSON && f.Start >= o.Start && f.End <= o.End) {
				drop = true
			}
		}
		if !drop {
			kept = append(kept, f)
		}
	}
	return addWhole(kept, out)
}

// gluedVillage17p reports a word in 村 (村民, 村医) right after a Han
// character that is no function character, quantifier or word of
// belonging (张思|村民|宿): the 村 most likely ends a village's name there.
func gluedVillage17p(tt *tokText, t *tok) bool {
	if tt.runes[t.start] != '村' || t.start == 0 {
		return false
	}
	p := tt.runes[t.start-1]
	return isHan(p) && !functionRuneBits.has(p) && !strings.ContainsRune("中全本该各有名位村户是为和与及个其", p)
}

// salutations17p open an address to a person (尊敬的张市长).
var salutations17p = []string{"尊敬的", "敬爱的", "亲爱的"}

// officialTitles17p are titles that follow a surname in an address.
var officialTitles17p = wordSet(`市长 副市长 县长 副县长 区长 副区长 镇长 乡长 省长 副省长 州长 旗长 书记 副书记 主任 副主任 局长 副局长 部长 厅长
	处长 科长 院长 校长 主席 副主席 董事长 总经理 经理 老师 教授 同志 先生 女士 代表 委员 秘书长 会长 队长 站长 所长 行长`)

// salutedOfficials17p finds a surname and a title right after a word of
// address (尊敬的张市长): there the surname is a person's, even where
// gojieba reads it as a measure word (张) or a verb.
func salutedOfficials17p(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, sal := range salutations17p {
		if !tt.mayContain(sal) {
			continue // (the signature: most texts lack one of its characters)
		}
		m := runeLen(sal)
		// every i with tt.sub(i, i+m) == sal: where the bytes of sal
		// stand, which begin at a character (sal is valid UTF-8)
		for from := 0; from < len(tt.text); {
			j := strings.Index(tt.text[from:], sal)
			if j < 0 {
				break
			}
			b := from + j
			from = b + 1
			i := tt.runeAt(b)
			if i < 0 || i+m >= n {
				continue
			}
			s := i + m
			sl := surnameLen17p(tt, s, n)
			if sl == 0 {
				continue
			}
			for ln := 3; ln >= 2; ln-- {
				e := s + sl + ln
				if e > n || !officialTitles17p[tt.sub(s+sl, e)] || !nameEnd17p(tt, e) || overlapsFirm17p(fs, tt.off[s], tt.off[e]) {
					continue
				}
				out = append(out, Finding{Type: PERSON, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "surname+title,saluted:" + sal + ",leaks17p", Score: contextScore})
				break
			}
		}
	}
	return out
}

// dropSalutations17p drops a person finding that is the word of address
// itself (敬爱 of 敬爱的于老师), read as a name by the character tagger.
func dropSalutations17p(tt *tokText, fs []Finding) []Finding {
	kept := fs[:0]
	for _, f := range fs {
		if f.Type == PERSON && strings.HasPrefix(tt.text[f.Start:], f.Text+"的") {
			if slices.Contains(salutations17p, f.Text+"的") {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// marketKinds17p close a list of markets after 等 (等批发市场).
var marketKinds17p = []string{"批发市场", "农贸市场", "农产品市场", "专业市场", "市场"}

// listedMarkets17p finds the name of a market that follows its city in a
// list closed by 等 and a kind of market (北京X、天津Y等批发市场): the
// part after a masked place, two to five Han characters up to the list
// comma or 等, is the market's own name.
func listedMarkets17p(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for i := tt.nextAt(rcCount, 0); i+1 < n; i = tt.nextAt(rcCount, i+1) { // (等 is of the class, speed7b.go; speed10)
		if tt.runes[i] != '等' {
			continue
		}
		if !hasAnyPrefix13(tt.text[tt.off[i+1]:], marketKinds17p) {
			continue
		}
		// walk back over the items of the list: each ends at 、 or 等
		end := i
		for items := 0; items < 8 && end > 0; items++ {
			start := end
			for start > 0 && isHan(tt.runes[start-1]) && !functionRuneBits.has(tt.runes[start-1]) && end-start < 12 {
				start--
			}
			// the place before the market's name: a location finding inside the item
			for _, f := range fs {
				if f.Type != LOCATION {
					continue
				}
				fs0, fe := tt.runeAt(f.Start), tt.runeAt(f.End)
				if fs0 < start || fe >= end || fe < 0 {
					continue
				}
				ln := end - fe
				w := tt.sub(fe, end)
				if ln < 2 || ln > 5 || genreWords[w] || overlapsFirm17p(fs, tt.off[fe], tt.off[end]) {
					continue
				}
				out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[fe], End: tt.off[end], Evidence: "market-in-list,leaks17p", Score: contextScore})
			}
			if start == 0 || tt.runes[start-1] != '、' {
				break
			}
			end = start - 1
		}
	}
	return out
}
