package anonymize

import (
	"strings"
)

// This file holds round dst15: the long tail of facilities named by
// ordinary words that span-train37 and deid-own67 … 72 left readable.
// Each class is found by the kind word that ends the name and the words
// around it, not by the name:
//
//   - an inn, teahouse or studio named like a poem: a stem of two
//     characters and a lodging head (山舍, 茶舍, 草堂, 山居, 小院, 轩, 居),
//     in quotes (“甲乙轩”) or, for the heads of two characters, after a
//     stop, 的 or a place (…脚下的甲乙山舍); a head of one character
//     (轩, 居) only in quotes beside a list, a lodging word or a shop's
//     kind (“甲乙轩”“丙丁居”等民宿, “甲乙居”茶社). A stem that is a
//     level, a programme or a generic word (精品, 乡村, 科技) names no one
//     house (poeticInns15);
//   - a quoted name right before the kind of teahouse or inn it names
//     (“甲乙丙”茶社, “甲乙”茶馆), as dst14 does for funds and teams
//     (quotedTeahouses15);
//   - a heritage railway named by a place stem (甲乙小火车, 甲乙铁路) at a
//     stop, after a work verb or a place, unless the stem is a kind of
//     line (城际, 高速, 森林) or a frequent word (railways15);
//   - an exhibition city or park (中国甲乙丙丁博览城, 甲乙博览园) back to
//     a stop, a work verb or a place (expoHalls15);
//   - a talent apartment block named by a stem of its own (甲乙人才公寓)
//     (talentFlats15);
//   - a border market of a stem gojieba does not know (甲乙边贸市场)
//     (borderMarkets15);
//   - a person's farm or shop in quotes: a familiar name, 家的 and what
//     the family grows or sells (“阿甲家的芒果园”, “老乙家的柴火鸡”)
//     (familyShops15);
//   - a person reading that is a kind of business or a festival's produce
//     (竹海康养, 第十二届金莲花节) is dropped (notPerson15);
//   - a firm's brand with the end of its compound trade (雅韵|古典家具 →
//     雅韵家具), which Analyze masks across the document
//     (firmStyleForms15, called from anonymize.go);
//   - two Mongolian name elements before a gacha's or sumu's head
//     (宝音德力格尔|嘎查长) stay a person over gojieba's doubtful place
//     guess (gachaHeadAfter15, doubtfulPlaceAt15, called from
//     minority21.go).
//
// A name of three characters or more found so is masked wherever it
// stands in the text (everywhere17: a quoted teahouse of two, “甲乙”茶馆,
// only where it was found). dst15 runs in
// Analyze's rule chain right after features15 and before urban15 and
// orgs14, so the keep filters that follow (keep32 … keep35, keep21) still
// judge it.

// dst15 adds the findings of this round to the findings fs of one text.
func dst15(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 4 {
		return fs
	}
	var out []Finding
	quoted := tt.mayHold('“') && tt.mayHold('”')
	out = append(out, poeticInns15(tt, fs, quoted)...)
	if quoted {
		out = append(out, quotedTeahouses15(tt, fs)...)
		out = append(out, familyShops15(tt, fs)...)
	}
	out = append(out, railways15(tt, fs)...)
	out = append(out, expoHalls15(tt, fs)...)
	out = append(out, talentFlats15(tt, fs)...)
	out = append(out, borderMarkets15(tt, fs)...)
	if len(out) > 0 {
		fs = add19(fs, everywhere17(tt, out))
	}
	kept := fs[:0]
	for _, f := range fs {
		if !notPerson15(tt, f) {
			kept = append(kept, f)
		}
	}
	return kept
}

// notPerson15 reports a person reading that is an ordinary word of the
// sentence's class:
//   - a kind of business or programme (康养, 文旅, 研学) read as a
//     surname and a given name (竹海康养、草龙
//     文化 coordinated like two persons);
//   - a flower or fruit naming a festival after its count (第十二届|金莲花|节,
//     举办|桃花|节): the festival's produce, no person.
func notPerson15(tt *tokText, f Finding) bool {
	if f.Type != PERSON {
		return false
	}
	if kindNotPerson15[f.Text] {
		return true
	}
	last := lastRune(f.Text)
	if !festivalProduce15.has(last) || runeLen(f.Text) < 2 {
		return false
	}
	after := tt.text[f.End:]
	if !strings.HasPrefix(after, "节") && !strings.HasPrefix(after, "文化节") && !strings.HasPrefix(after, "旅游节") {
		return false
	}
	if r, _ := firstRune(after[len("节"):]); strings.HasPrefix(after, "节") && festivalNot15.has(r) {
		return false // 节后, 节日, 节约: after a festival or an ordinary word
	}
	before := tt.text[:f.Start]
	return strings.HasSuffix(before, "届") || strings.HasSuffix(before, "举办") || strings.HasSuffix(before, "举行") || strings.HasSuffix(before, "开幕")
}

// kindNotPerson15 are kinds of business and programme that no one is
// called (田园, a given name, is not among them).
var kindNotPerson15 = wordSet(`康养 文旅 农旅 茶旅 商旅 体旅 研学 文创 电商 非遗 冷链 演艺 托育`)

// festivalProduce15 end the produce a festival is named after (金莲花节,
// 蜜桃节, 新茶节).
var festivalProduce15 = runeBitsOf("花果桃梨杏茶莓椒瓜菊莲梅枣橘柑橙柿李萄")

// festivalNot15 follow 节 in ordinary words (节后, 节日, 节约, 节能).
var festivalNot15 = runeBitsOf("后前日约能点假气目庆奏水省俭电")

// firmStyleForms15 returns the short form of a firm's full name made of
// its brand and the trade word that ends a compound trade (福建|雅韵|古典家具
// 有限公司 → 雅韵家具): the report drops the style before the trade. The
// brand must be a word of two Han characters or more that is no frequent
// word, trade, genre or place; the form no frequent word. Analyze masks
// it wherever it stands in the document.
func firmStyleForms15(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG {
		return nil
	}
	suf, company := orgSuffix(f.Text)
	if !company || suf == "" {
		return nil
	}
	limit := f.End - len(suf)
	words := wordsWithin(tt, f.Start, limit)
	if len(words) < 3 {
		return nil
	}
	// a town before the place the firm is registered in (度尾镇|福建|…)
	for len(words) > 2 && runeLen(words[0]) >= 3 && strings.ContainsRune("镇乡县市区旗", lastRune(words[0])) {
		words = words[1:]
	}
	if b := dropLeadingPlaces(tt.text, words); b != nil {
		words = b
	}
	if len(words) != 2 {
		return nil
	}
	l := getLexicon()
	brand, trade := words[0], words[1]
	if runeLen(brand) < 2 || !allHan(brand) || l.common[brand] || industryWords[brand] || genreWords[brand] || l.places[brand] > 0 || industryWords[trade] {
		return nil
	}
	rs := []rune(trade)
	for n := 2; n <= 3 && n < len(rs); n++ {
		tail := string(rs[len(rs)-n:])
		if industryWords[tail] && !l.common[brand+tail] {
			return []string{brand + tail}
		}
	}
	return nil
}

// innHeads15 end the name of an inn, teahouse or studio named like a
// poem (晓月山舍, 听雨轩); the longer heads first.
var innHeads15 = []string{"山舍", "茶舍", "草堂", "山居", "小院", "轩", "居"}

// innStemNot15 are stems that make a lodging head a kind, a level or a
// programme, no house's name (精品小院, 科技小院, 乡村草堂, 美丽宜居).
var innStemNot15 = wordSet(`精品 乡村 特色 农家 田园 生态 民俗 传统 休闲 主题 高端 科技 乡愁 民族 山村 山区 农村 城市 共享 家庭 集体 示范 文化 网红 星级 度假 养生 康养 温泉 农耕 庭院 美丽 宜居 安居 乐居 康居 定居 聚居 民居 故居 新居 旧居 家居 人居 邻居 蜗居 移居 迁居 寄居 起居 同居 独居 群居 散居 杂居 幸福 和美 文明 平安 健康 智慧 数字 党建 红色 绿色 书香 巾帼 青年 老年 儿童 妇女 爱心 志愿 连心 暖心 同心 微型 小型 大型 一批 各类 全县 全镇 全村 新建 改造 提升`)

// innAfter15 may follow a quoted inn's name: another quoted name, a list
// comma or conjunction, or the kind of lodging or shop it is.
var innAfter15 = []string{"“", "、", "和", "与", "及", "等", "茶社", "茶馆", "茶楼", "茶室", "茶舍", "民宿", "客栈", "山庄", "酒店", "书屋", "工作室"}

// innBefore15 may stand right before a quoted inn's name: the kind of
// lodging or a verb of opening one.
var innBefore15 = []string{"民宿", "客栈", "茶社", "茶馆", "开设", "开办", "经营", "开了", "一家", "打造", "引进", "建成"}

// poeticInns15 finds the inns and teahouses named by a two-character stem
// and a lodging head (see the file comment).
func poeticInns15(tt *tokText, fs []Finding, quoted bool) []Finding {
	var out []Finding
	if quoted {
		t := tt.text
		for s, e := range quotedSpans(t) {
			w := t[s:e]
			if !allHan(w) {
				continue
			}
			head := firstSuffix(w, innHeads15)
			if head == "" || runeLen(w)-runeLen(head) != 2 {
				continue
			}
			stem := strings.TrimSuffix(w, head)
			if !innStem15(tt, stem, w) || coveredSure21(fs, s, e) || overlapsEdge18(fs, s, e) {
				continue
			}
			if runeLen(head) == 1 {
				// a head of one character only beside a list, a lodging
				// word or a shop's kind: 居 and 轩 end ordinary words too
				after := t[e+len("”"):]
				before := t[:s-len("“")]
				ok := hasAnyPrefix13(after, innAfter15)
				for _, b := range innBefore15 {
					ok = ok || strings.HasSuffix(before, b) || strings.HasSuffix(before, b+"”")
				}
				ok = ok || strings.HasSuffix(before, "”、") || strings.HasSuffix(before, "”")
				if !ok {
					continue
				}
			}
			b, z := tt.runeAt(s), tt.runeAt(e)
			if b < 0 || z < 0 {
				continue
			}
			out = append(out, found19(tt, ORG, b, z, "poetic-inn15"))
		}
	}
	// unquoted: a head of two characters after a stop, 的 or a place
	for _, head := range innHeads15[:4] {
		for _, k := range occurrences19(tt, head) {
			b := k - 2
			if b < 0 || !(bounded19(tt, fs, b) || tt.runes[b-1] == '的' || verbBefore19(tt, b)) {
				continue
			}
			z := k + runeLen(head)
			if z < len(tt.runes) && isHan(tt.runes[z]) && !tt.tokStart(z) {
				continue // the head runs on into a longer word
			}
			stem := tt.sub(b, k)
			if !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || !innStem15(tt, stem, tt.sub(b, z)) || startsWithin19(fs, tt.off[b], tt.off[z]) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
				continue
			}
			out = append(out, found19(tt, ORG, b, z, "poetic-inn15"))
		}
	}
	return out
}

// innStem15 reports whether stem may name one house with its head: Han
// characters, no generic or level word, no count, and the whole no
// frequent word.
func innStem15(tt *tokText, stem, whole string) bool {
	l := getLexicon()
	if !allHan(stem) || innStemNot15[stem] || innStemNot15[whole] || familyNot19[stem] || stemNot20[stem] || genericPlaceStems[stem] || l.common[whole] {
		return false
	}
	for _, r := range stem {
		if strings.ContainsRune("一二三四五六七八九十百千万两几各每某该本这那其", r) {
			return false
		}
	}
	return true
}

// teaKinds15 are kinds of teahouse or inn a quoted name stands before.
var teaKinds15 = []string{"茶社", "茶馆", "茶楼", "茶室", "茶坊", "茶舍", "茶庄", "酒家", "饭庄", "客栈", "书屋"}

// quotedTeahouses15 finds a quoted name of two to six Han characters
// right before the kind of teahouse or inn it names (“甲乙丙”茶社); a
// programme, honour or slogan word in quotes (quotedNotName14,
// quotedNotWords14) stays.
func quotedTeahouses15(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		n := runeLen(w)
		if n < 2 || n > 6 || !allHan(w) || quotedNotName14[w] || coveredSure21(fs, s, e) || overlapsEdge18(fs, s, e) {
			continue
		}
		after := t[e+len("”"):]
		if !hasAnyPrefix13(after, teaKinds15) || strings.ContainsAny(w[:len("一")], "一二三四五六七八九十两百千") {
			continue
		}
		bad := false
		for _, x := range quotedNotWords14 {
			bad = bad || strings.Contains(w, x)
		}
		if bad || getLexicon().common[w] && n == 2 {
			continue
		}
		out = append(out, found19(tt, ORG, tt.runeAt(s), tt.runeAt(e), "quoted-teahouse15"))
	}
	return out
}

// familiarHeads15 and familiarTails15 make a familiar name of two
// characters (阿甲, 老乙, 小丙; 丁姐, 戊哥).
var (
	familiarHeads15 = runeBitsOf("阿老小")
	familiarTails15 = runeBitsOf("姐哥妹弟叔婶嫂伯姨娘")
)

// familyShops15 finds a quoted name of a familiar name, 家的 and what the
// family grows, cooks or sells (“阿甲家的芒果园”, “老乙家的柴火鸡”): one
// person's business, named by the person.
func familyShops15(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	var out []Finding
	for s, e := range quotedSpans(t) {
		w := t[s:e]
		rs := []rune(w)
		if len(rs) < 5 || len(rs) > 10 || !allHan(w) || string(rs[2:4]) != "家的" || coveredSure21(fs, s, e) || overlapsEdge18(fs, s, e) {
			continue
		}
		if !(familiarHeads15.has(rs[0]) || familiarTails15.has(rs[1])) || familiarHeads15.has(rs[1]) {
			continue
		}
		out = append(out, found19(tt, ORG, tt.runeAt(s), tt.runeAt(e), "family-shop15"))
	}
	return out
}

// railHeads15 end a railway named by a place stem (甲乙小火车, 甲乙铁路).
var railHeads15 = []string{"小火车", "小铁路", "铁路"}

// railStemNot15 are kinds of line, not the places a railway joins (城际铁路,
// 森林小火车, 中欧班列's 中欧).
var railStemNot15 = wordSet(`城际 高速 普速 重载 货运 客运 专用 地方 窄轨 宽轨 米轨 标轨 国家 干线 支线 沿线 电气 复线 双线 单线 既有 新建 在建 规划 山区 城市 市域 市郊 郊区 森林 观光 旅游 蒸汽 跨境 国际 中欧 中老 中亚 境内 全县 全市 全省 省内 县内 普通 高铁 地铁 轻轨 有轨 运煤 运矿 煤矿 矿山 工业 铁路 公路 沿江 沿海 沿边 过境 出海 疏港 进港 港口 园区 城区 老旧 废弃 历史 百年 两条 一条 三条`)

// railways15 finds a railway of a two-character place stem before its
// kind at a stop, after a work verb or a place (依托甲乙小火车, 和甲乙铁路):
// the stem may be a place gojieba does not know or one of two towns'
// first characters (芭沟 + 石溪). A kind of line or a frequent word stays.
func railways15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, head := range railHeads15 {
		for _, k := range occurrences19(tt, head) {
			b := k - 2
			if b < 0 || !(bounded19(tt, fs, b) || verbBefore19(tt, b)) {
				continue
			}
			if head == "铁路" && k >= 1 && tt.runes[k-1] == '小' {
				continue // 小铁路: its own head
			}
			stem := tt.sub(b, k)
			z := k + runeLen(head)
			// a place read in the stem (芦溪 of 芦溪县) is the railway's
			// stem: the whole railway replaces it (add19)
			if railStemNot15[stem] || stemNot20[stem] || genericPlaceStems[stem] || l.common[stem] && !placeWord15(tt, b, k) || !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, b, z, "railway15"))
		}
	}
	return out
}

// expoHeads15 end an exhibition city or park (中国甲乙博览城, 甲乙博览园).
var expoHeads15 = []string{"博览城", "博览园"}

// expoStemNot15 are kinds of exhibition, no one hall (园林博览园, 国际博览城).
var expoStemNot15 = wordSet(`国际 世界 全国 园林 农业 花卉 园艺 科技 文化 综合 专业 大型 新建 各类 中国 国家 省级 市级 县级`)

// expoHalls15 finds an exhibition city or park named by a stem of two to
// eight characters back to a stop, a work verb or a place (和中国甲乙丙丁
// 博览城, 依托甲乙博览园); the stem must not be a kind of exhibition alone.
func expoHalls15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, head := range expoHeads15 {
		for _, k := range occurrences19(tt, head) {
			b := stemBack15(tt, fs, k, 2, 8)
			if b < 0 {
				continue
			}
			stem := tt.sub(b, k)
			z := k + runeLen(head)
			rest := strings.TrimPrefix(stem, "中国")
			if expoStemNot15[stem] || expoStemNot15[rest] || l.common[stem] || runeLen(rest) < 2 || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, b, z, "expo-hall15"))
		}
	}
	return out
}

// talentStemNot15 are levels and kinds before 人才公寓, no block's name
// (县级人才公寓, 新建人才公寓).
var talentStemNot15 = wordSet(`县级 市级 省级 州级 镇级 新建 在建 改造 首批 一批 各类 高端 高层 青年 乡村 园区 城区 县城 镇区 企业 共有 产权 配套 专属 定向 拎包 精装 免费 低价 公共`)

// talentFlats15 finds a talent apartment block named by a stem of two
// characters at a stop, after a work verb or a place (建成甲乙人才公寓).
func talentFlats15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, k := range occurrences19(tt, "人才公寓") {
		b := k - 2
		if b < 0 || !(bounded19(tt, fs, b) || verbBefore19(tt, b)) {
			continue
		}
		stem := tt.sub(b, k)
		z := k + 4
		if talentStemNot15[stem] || tenantStems26[stem] || stemNot20[stem] || genericPlaceStems[stem] || l.common[stem] && !placeWord15(tt, b, k) || !plainStem19(tt, b, k) || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, b, z, "talent-flat15"))
	}
	return out
}

// borderStemNot15 are kinds and places of trade before 边贸市场, no
// market's name (边境边贸市场, 口岸边贸市场).
var borderStemNot15 = wordSet(`边境 口岸 综合 专业 规范 现有 新建 改造 提升 传统 中国 境外 国际 互市 沿边 全县 县城 镇区 城区 集镇`)

// borderMarkets15 finds a border market named by a stem of two or three
// characters gojieba does not hold as one word (吉让边贸市场, not
// 口岸边贸市场), at a stop, after a work verb or a place.
func borderMarkets15(tt *tokText, fs []Finding) []Finding {
	var out []Finding
	l := getLexicon()
	for _, k := range occurrences19(tt, "边贸市场") {
		b := stemBack15(tt, fs, k, 2, 3)
		if b < 0 {
			continue
		}
		stem := tt.sub(b, k)
		z := k + 4
		if borderStemNot15[stem] || stemNot20[stem] || genericPlaceStems[stem] || l.common[stem] || !landmarkStem24(tt, b, k) || overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			continue
		}
		if t := tt.tokenAt(b); t != nil && t.start == b && t.end == k && !nameTags15[t.pos] {
			continue // an ordinary word of gojieba's (边境, 综合): a kind
		}
		out = append(out, found19(tt, LOCATION, b, z, "border-market15"))
	}
	return out
}

// nameTags15 are gojieba's tags of a word it does not know (x) or knows
// as a name (ns, nr, nz): such a stem may name a facility.
var nameTags15 = wordSet(`x ns nr nrt nz`)

// placeWord15 reports whether runes s..e are one word gojieba tags as a
// place (东湖/ns): a frequent word, yet a place's name.
func placeWord15(tt *tokText, s, e int) bool {
	t := tt.tokenAt(s)
	return t != nil && t.start == s && t.end == e && t.pos == "ns"
}

// stemBack15 returns the start of the shortest stem of lo to hi plain
// characters (plainStem19) that ends at rune e and begins at a stop or
// after a work verb, else of the shortest that begins after a place the
// rules found, or -1. Readings inside the stem (中国|古典 read as places)
// give way to the whole name (add19), so a stop beats the end of one.
func stemBack15(tt *tokText, fs []Finding, e, lo, hi int) int {
	for pass := 0; pass < 2; pass++ {
		for ln := lo; ln <= hi && e-ln >= 0; ln++ {
			s := e - ln
			if !plainStem19(tt, s, e) {
				break
			}
			if pass == 0 && (s == 0 || stop19.has(tt.runes[s-1]) || verbBefore19(tt, s) || townBefore19(tt, s)) || pass == 1 && placeEnds19(tt, fs, s) {
				return s
			}
		}
	}
	return -1
}

// gachaHeads15 are the heads of a Mongolian village or township (嘎查长,
// 苏木达) that stand right after their holder's name (宝音德力格尔|嘎查长):
// minority21 reads two name elements before one as a person, where 嘎查
// alone after them would make them the gacha's name.
var gachaHeads15 = []string{"嘎查长", "嘎查党支部书记", "嘎查书记", "嘎查主任", "苏木长", "苏木达", "苏木党委书记"}

// gachaHeadAfter15 reports whether a head of a gacha or sumu begins at rune
// e.
func gachaHeadAfter15(tt *tokText, e int) bool {
	return e < len(tt.runes) && firstPrefix(tt.text[tt.off[e]:], gachaHeads15) != ""
}

// doubtfulPlaceAt15 reports whether the only finding of fs that starts at
// byte s and reaches e is gojieba's doubtful place guess over exactly
// [s, e) (宝音德力格尔/ns-doubtful): a name of two known elements there is
// a person, and the guess, which the policy drops, must not hide it
// (minority21).
func doubtfulPlaceAt15(fs []Finding, s, e int) bool {
	some := false
	for i := range fs {
		f := &fs[i]
		if f.Start != s || f.End < e {
			continue
		}
		if f.End != e || f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "jieba:") || !strings.Contains(f.Evidence, "doubtful") {
			return false
		}
		some = true
	}
	return some
}
