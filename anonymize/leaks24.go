package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round leaks24: classes behind the misses of the
// training sets span-train27 … 29 (long-tail names of shops, inns,
// villagers' groups and townships), each recognised by the words around
// the name rather than by the name:
//   - a quoted name right after or before the word for a family inn, a
//     homestay, a tea room, a camp, an online shop or an account
//     (农家乐“…”, “…”牧家乐, 抖音账号“…”“…”), also one with 的 inside
//     (“…家的…”), and the quotes that follow it in a list;
//   - an item of a list of shops closed by 等 and the word for shops or
//     traders (甲乙五金、丙丁家纺等门店): a stem of two or three
//     characters that is no frequent word before a trade word.
//   - a villagers' group right after the village, township or town the
//     rules found (…村|X组, …镇|X组), whatever its stem: a borrowed
//     minority word (那X, X亚) or one gojieba read as a verb;
//   - a village or community whose stem is an ordinary verb or adjective
//     (前进, 光明) right after its township and before a list's comma or
//     its end (…镇|前进村、…);
//   - a township whose school or village repeats its stem (X乡|X中心小学).
//   - an item of a list of trails, peaks or caves beside one the rules
//     found (…村古道、X古道; X山、…山两座火山);
//   - a drain or canal numbered by an ordinal (第五排水沟): one canal.
//   - a karez, spring, pond or lake named right after its township or
//     village (…乡|X坎儿井, …乡|X海湿地);
//   - a river of two characters in 水 before its banks or branches (X水|沿岸,
//     X水|北支) that gojieba does not know as a word.
//   - a by-line's name of two or three characters set off by spaces after
//     记者 or 通讯员, whatever its first character (记者  和X  通讯员);
//   - a name of two or three characters between a role or a kind of person
//     and what the person says or did (书记|X|介绍, 村民|X|和他创办的).
//   - a border trade point or a bus stop named by a stem of its own
//     (X互市点 after a stop, …镇|X客运招呼站 after its town).
//   - a family's plantation right after its village (…村|黄家油茶园): a
//     surname, 家 and a kind of garden.
// A name found so is masked wherever it stands in the text.

// leaks24 adds the findings of this round to the findings fs of one text.
func leaks24(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	var out []Finding
	if tt.mayHold('“') && tt.mayHold('”') {
		out = append(out, quotedLodgings24(tt, fs)...)
	}
	if tt.mayHold('等') && tt.mayHold('、') {
		out = append(out, shopListItems24(tt, fs)...)
	}
	if tt.mayHold('组') {
		out = append(out, groupsAfterParent24(tt, fs)...)
	}
	if tt.mayHold('村') || tt.mayHold2('社', '区') {
		out = append(out, ordinaryUnits24(tt, fs)...)
	}
	if tt.mayHold('乡') || tt.mayHold('镇') {
		out = append(out, repeatedTownships24(tt, fs)...)
	}
	if tt.mayHold('、') {
		out = append(out, siblingLandmarks24(tt, fs)...)
	}
	if tt.mayHold('第') {
		out = append(out, ordinalCanals24(tt)...)
	}
	if tt.mayHold('井') || tt.mayHold('泉') || tt.mayHold('海') || tt.mayHold('塘') {
		out = append(out, waterWorksAfterPlace24(tt, fs)...)
	}
	if tt.mayHold('水') {
		out = append(out, shuiRivers24(tt, fs)...)
	}
	if tt.mayHold('家') && tt.mayHold('园') {
		out = append(out, familyGardens24(tt, fs)...)
	}
	if tt.mayHold3('互', '市', '点') || tt.mayHold3('招', '呼', '站') {
		out = append(out, namedStops24(tt, fs)...)
	}
	if tt.spaceMay() && (tt.mayHold2('记', '者') || tt.mayHold3('通', '讯', '员')) {
		out = append(out, byLineNames24(tt, fs)...)
	}
	if speechAfterSig24.any(tt) {
		out = append(out, roleSpeechNames24(tt, fs)...)
	}
	if len(out) == 0 {
		return fs
	}
	return add19(dropGenericUnder21(fs, out), everywhere17(tt, out))
}

// lodgingKinds24 are the words for a family inn, homestay, eating place,
// camp, workshop, online shop or account that a quoted name stands
// right after or right before (民宿“…”, “…”茶室).
var lodgingKinds24 = []string{"农家乐", "渔家乐", "牧家乐", "藏家乐", "民宿", "客栈", "茶室", "茶舍", "茶馆", "餐吧", "藏餐吧", "餐馆", "餐厅", "饭庄", "酒家", "营地", "帐篷营地", "露营地", "刺绣坊", "绣坊", "网店", "抖音账号", "直播账号", "快手账号", "视频号", "账号", "咖啡馆", "书吧"}

// selfKinds24 end a quoted name that is itself an eating place, inn or
// workshop (“…茶舍”, “…咖啡馆”).
var selfKinds24 = []string{"咖啡馆", "茶舍", "茶馆", "家宴", "饭庄", "酒家", "客栈", "餐馆", "腊肉坊", "酒坊", "小筑", "小院"}

// coopKinds24 follow a quoted brand of a co-operative, after at most
// two characters of its trade (“…”茶叶专业合作社).
var coopKinds24 = []string{"专业合作社", "合作社"}

// quotedNot24 are words of a campaign or a kind inside quotes after an
// inn's word (民宿“提质升级”, 农家乐“星级评定”): no business's name.
var quotedNot24 = []string{"提升", "提质", "升级", "改造", "示范", "服务", "模式", "工程", "行动", "计划", "评定", "评选", "标准", "星级", "管家", "入住", "共享", "联盟", "品牌", "集群", "认证", "挂牌", "经营", "创建", "整治", "规范", "培训", "下乡", "进村", "上线", "运营", "发展", "建设", "打造"}

// quotedLodgings24 finds a name of two to ten characters in quotes right
// after or right before the word for an inn, eating place, camp, online
// shop or account, or a co-operative's word after its trade (“…”茶叶专业
// 合作社), or one that ends with such a kind itself after a stop or a
// place: such a name points to one owner. A quote that follows a found
// one with nothing or a list comma between (民宿“甲”“乙”) is the next
// item of the same list.
func quotedLodgings24(tt *tokText, fs []Finding) []Finding {
	t := tt.text
	l := getLexicon()
	var out []Finding
	prevEnd := -1 // byte offset after the ” of the last quote found
	for s, e := range quotedSpans(t) {
		o := s - len("“")
		ok := quotedName24(l, t[s:e])
		if !ok {
			prevEnd = -1
			continue
		}
		after := t[e+len("”"):]
		chained := prevEnd >= 0 && (o == prevEnd || o == prevEnd+len("、") && strings.HasPrefix(t[prevEnd:], "、"))
		hit := chained || hasAnySuffix14(t[:o], lodgingKinds24) || hasAnyPrefix13(after, lodgingKinds24) || coopAfter24(after)
		if !hit && hasAnySuffix14(t[s:e], selfKinds24) {
			b := tt.runeAt(o)
			hit = bounded19(tt, fs, b) || villageEnd19(tt, b)
		}
		if !hit || overlapsEdge18(fs, s, e) || placeThenWord24(fs, t, s, e) || !nounInside24(tt, tt.runeAt(s), tt.runeAt(e)) {
			prevEnd = -1
			continue
		}
		out = append(out, Finding{Type: ORG, Text: t[s:e], Start: s, End: e, Evidence: "quoted-lodging,leaks24", Score: contextScore, label: "企业"})
		prevEnd = e + len("”")
	}
	return out
}

// placeThenWord24 is placeThenWord18 (“北流|百香果”网店: the place is
// masked on its own, the word stays readable) for a place found that is a
// gazetteer's place or short form and no frequent word; any other reading
// at the head of a quoted name (“湖畔|格桑花”民宿) is the name's own word.
func placeThenWord24(fs []Finding, t string, s, e int) bool {
	l := getLexicon()
	for k := range fs {
		if f := &fs[k]; f.Type == LOCATION && f.Start == s && f.End < e && (!l.knownPlace24(t[f.Start:f.End]) || l.common[t[f.Start:f.End]]) {
			return false
		}
	}
	return placeThenWord18(fs, t, s, e)
}

// knownPlace24 reports whether x is a gazetteer place or a place's
// short form (shortAll holds every key of short as well).
func (l *lexicon) knownPlace24(x string) bool {
	return l.places[x] > 0 || l.shortAll[x]
}

// nounInside24 reports whether a token that lies wholly inside runes
// s..e is a noun or a stretch gojieba could not read: a quoted run of
// adjectives and verbs (“小散弱”) describes, it names nothing.
func nounInside24(tt *tokText, s, e int) bool {
	return tokenInside21(tt, s, e, func(t *tok) bool {
		return strings.HasPrefix(t.pos, "n") || t.pos == "x"
	})
}

// coopAfter24 reports whether after begins with a co-operative's word,
// straight or after two characters of its trade (茶叶|专业合作社).
func coopAfter24(after string) bool {
	if hasAnyPrefix13(after, coopKinds24) {
		return true
	}
	rest := after
	for k := 0; k < 2; k++ {
		r, size := utf8.DecodeRuneInString(rest)
		if !isHan(r) {
			return false
		}
		rest = rest[size:]
	}
	return hasAnyPrefix13(rest, coopKinds24)
}

// quotedName24 reports whether w reads as a business's name in quotes:
// two to ten Han characters (or ·), no frequent word, no kind alone
// (“民宿”), no group of people (“职工之家”), no campaign word and no
// numeral at its start (“三改一”).
func quotedName24(l *lexicon, w string) bool {
	n := 0
	for _, r := range w {
		if !isHan(r) && r != '·' || isMaskRune(r) {
			return false
		}
		if n == 0 && strings.ContainsRune("一二三四五六七八九十百千万两双多各全", r) {
			return false
		}
		n++
	}
	if n < 2 || n > 10 || l.common[w] || quotedNot19[w] || quotedNot19[strings.TrimSuffix(w, "之家")] {
		return false
	}
	if slices.Contains(lodgingKinds24, w) {
		return false
	}
	for _, k := range quotedNot24 {
		if strings.Contains(w, k) {
			return false
		}
	}
	return true
}

// shopClosers24 close a list of shops after its 等 (…等42家沿街门店,
// …等商户216家).
var shopClosers24 = []string{"门店", "商户", "商家", "店铺", "商铺", "网点", "铺面", "门面", "老字号", "老店", "商店"}

// closerFirst24 holds the first characters of shopClosers24.
var closerFirst24 = firstRunesOf24(shopClosers24)

// firstRunesOf24 returns the first characters of the words ws, so that a
// one-bit test stands before the words are compared and cannot drift
// from the list.
func firstRunesOf24(ws []string) (b runeBits) {
	for _, w := range ws {
		b.set(firstRuneOf(w))
	}
	return
}

// tradeWords24 end a shop's name in such a list besides the trade words
// of leaks21.go and org.go (…腊味, …红木).
var tradeWords24 = wordSet(`腊味 腊肉 米酒 红木 家具 粮油 米业 茶庄 酒坊 布艺 陶艺 刺绣 土产 特产 干货 副食 百货 日杂 烟酒 电器 家电 建材 服装 鞋帽 超市`)

// shopListItems24 finds the items of a list of shops closed by 等 and,
// within ten characters, the word for shops or traders (甲乙五金、丙丁家纺
// 等门店): an item of a stem of two or three characters that is no
// frequent word and a two-character trade word.
func shopListItems24(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, d := range occurrences19(tt, "等") {
		closed := false
		for k := d + 1; k < n && k-d <= 10 && tt.runes[k] != '，' && tt.runes[k] != '。'; k++ {
			if closerFirst24.has(tt.runes[k]) && hasAnyPrefix13(tt.text[tt.off[k]:], shopClosers24) {
				closed = true
				break
			}
		}
		if !closed || d < 4 {
			continue
		}
		e := d
		for items := 0; items < 8 && e >= 4; items++ {
			b := e
			for b > 0 && e-b < 7 && isHan(tt.runes[b-1]) {
				b--
			}
			if f, ok := shopListItem24(tt, fs, l, b, e); ok {
				out = append(out, f)
			}
			if b == 0 || tt.runes[b-1] != '、' {
				break
			}
			e = b - 1
		}
	}
	return out
}

// verbBefore24 reports whether a verb of two characters or more ends
// right before rune s (新开|甲乙五金): the item's name begins there.
func verbBefore24(tt *tokText, s int) bool {
	if s < 2 || !tt.tokStart(s) {
		return false
	}
	t := &tt.toks[tt.tokOf[s-1]]
	return t.end == s && t.n() >= 2 && t.pos == "v"
}

// brandStem24 reports whether the stem at runes s..e may be a brand's:
// not one dictionary word other than a name (风干|腊味, 床上|家纺: a kind
// of goods), and no word of two characters or more inside it a verb,
// adjective, place word, direction, adverb or function word. Single
// characters gojieba split off a made-up brand (喜/v|旺/a) say nothing.
func brandStem24(tt *tokText, s, e int) bool {
	if t := tt.tokenAt(s); t.start == s && t.end == e && t.dictWord() {
		switch t.pos {
		case "nz", "nr", "nrt", "nrfg", "ns", "j":
		default:
			return false
		}
	}
	return !tokenInside21(tt, s, e, func(t *tok) bool {
		switch t.pos {
		case "n", "nr", "nz", "ns", "nt", "nrt", "nrfg", "ng", "x", "j", "l", "i", "t", "tg":
			return false
		}
		return t.n() >= 2
	})
}

// shopListItem24 reads the item at runes b..e of a list of shops: the
// last two to three characters before a two-character trade word, no
// frequent word, industry or genre word, and where a name may begin (the
// item's start, or right after a place the rules found).
func shopListItem24(tt *tokText, fs []Finding, l *lexicon, b, e int) (Finding, bool) {
	t0 := e - 2
	if t0-b < 2 {
		return Finding{}, false
	}
	w := tt.sub(t0, e)
	if !tradeWords24[w] && !tradeWords21[w] && !industryWords[w] && !brandIndustry[w] {
		return Finding{}, false
	}
	for ln := 2; ln <= 3 && t0-ln >= b; ln++ {
		s := t0 - ln
		if s != b && !placeEnds19(tt, fs, s) && !verbBefore24(tt, s) {
			continue
		}
		stem := tt.sub(s, t0)
		if !plainStem19(tt, s, t0) || !brandStem24(tt, s, t0) || l.common[stem] || industryWords[stem] || tradeWords24[stem] || genreWords[stem] || l.places[stem] > 0 || overlapsAny(fs, tt.off[s], tt.off[e]) {
			return Finding{}, false
		}
		return found19(tt, ORG, s, e, "shop-list-item,leaks24"), true
	}
	return Finding{}, false
}

// parentEnds24 holds the findings whose end the rules of this round ask
// about: a place the rules found ends at a byte offset and its name ends
// with one of parents. It scans the findings at each question instead of
// building a map: the rules ask only at their few candidates.
type parentEnds24 struct {
	fs      []Finding
	parents []string
}

// has reports whether a place found ends at byte b whose name ends with
// one of the parents.
func (p parentEnds24) has(b int) bool {
	for i := range p.fs {
		if f := &p.fs[i]; f.End == b && f.Type == LOCATION && !f.generic && hasAnySuffix14(f.Text, p.parents) {
			return true
		}
	}
	return false
}

// stemBefore returns the start of the nearest stem of two to four runes
// that ends at rune k right after a place found ending with one of the
// parents (…村|X组: the X), or -1.
func (p parentEnds24) stemBefore(tt *tokText, k int) int {
	for ln := 2; ln <= 4 && k-ln >= 0; ln++ {
		if p.has(tt.off[k-ln]) {
			return k - ln
		}
	}
	return -1
}

// grammar24 are characters that make a clause, not a unit's name, when
// gojieba reads them as a word of their own.
var grammar24 = runeBitsOf("的了是在和与及或而并对从向为把被将给同跟等个些这都也就还又已每各全本该其所有")

// unitStem24 reports whether runes s..e make the stem of a village's or
// group's name: Han characters, no grammatical character read alone, no
// word of two characters or more that is an adverb, preposition,
// pronoun, numeral, measure, conjunction or particle, and, unless verbs
// is set, no verb either.
func unitStem24(tt *tokText, s, e int, verbs bool) bool {
	for i, r := range tt.runes[s:e] {
		if !isHan(r) || grammar24.has(r) && tt.toks[tt.tokOf[s+i]].n() == 1 || strings.ContainsRune("村镇乡县市区", r) {
			return false
		}
	}
	return !tokenInside21(tt, s, e, func(t *tok) bool {
		switch {
		case t.n() == 1:
			return false // (a single character is grammar24's to judge: 那|郎 is a borrowed word's)
		case t.pos == "p", t.pos == "r", t.pos == "m", t.pos == "q", t.pos == "c", t.pos == "u", strings.HasPrefix(t.pos, "d"):
			return true
		case t.pos == "v":
			return !verbs
		}
		return false
	})
}

// groupTails24 open a word of its own right after 组 (组织, 组长, 组成).
var groupTails24 = runeBitsOf("织长员成合团级民委装队别件图照稿")

// groupsAfterParent24 finds a villagers' group of two to four characters
// right after the village, township or town the rules found (…村|X组,
// …镇|X组), when 组 opens no word of its own (组织, 组长; 组建 unless
// 建成 follows as a word: X组|建成) and the stem is no working group's.
func groupsAfterParent24(tt *tokText, fs []Finding) []Finding {
	ends := parentEnds24{fs, []string{"村", "镇", "乡", "社区", "嘎查", "苏木", "寨", "屯"}}
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "组") {
		if k+1 < n {
			if nx := tt.runes[k+1]; groupTails24.has(nx) || nx == '建' && !(k+2 < n && strings.ContainsRune("成设有起", tt.runes[k+2])) {
				continue
			}
		}
		s := ends.stemBefore(tt, k)
		if s < 0 {
			continue
		}
		stem := tt.sub(s, k)
		if !groupStemNot22[stem] && !stemNot20[stem] && !unitStemNot22[stem] && unitStem24(tt, s, k, false) && !overlapsNamed22(fs, tt.off[s], tt.off[k+1]) {
			out = append(out, found19(tt, LOCATION, s, k+1, "group-after-parent24"))
		}
	}
	return out
}

// unitStops24 may follow a unit's name at the end of a list item: a
// list comma, 等, a conjunction or the clause's end.
var unitStops24 = runeBitsOf("、，。；等和及与")

// ordinaryUnits24 finds a village or community whose two-character stem
// is an ordinary verb or adjective (前进, 光明) right after its township or
// subdistrict found by the rules, when a list's comma, 等 or the clause's
// end follows it: a clause (…镇建成|村级…) goes on after the kind.
func ordinaryUnits24(tt *tokText, fs []Finding) []Finding {
	ends := parentEnds24{fs, []string{"镇", "乡", "街道", "苏木"}}
	n := len(tt.runes)
	var out []Finding
	for _, kind := range []string{"村", "社区"} {
		kl := runeLen(kind)
		for _, k := range occurrences19(tt, kind) {
			s := k - 2
			if s < 0 || k+kl >= n || !unitStops24.has(tt.runes[k+kl]) || !ends.has(tt.off[s]) {
				continue
			}
			stem := tt.sub(s, k)
			if unitStemNot22[stem] || stemNot20[stem] || genericPlaceStems[stem] || !unitStem24(tt, s, k, true) || overlapsNamed22(fs, tt.off[s], tt.off[k+kl]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k+kl, "ordinary-unit24"))
		}
	}
	return out
}

// repeatedTownships24 finds a township or town of a two-character stem
// whose name the next words repeat (X乡|X中心小学, X镇|X村): the stem is
// the place's, however ordinary a word it is; both are masked.
func repeatedTownships24(tt *tokText, fs []Finding) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, kind := range []string{"乡", "镇"} {
		for _, k := range occurrences19(tt, kind) {
			s := k - 2
			if s < 0 || k+3 > n || tt.runes[k+1] != tt.runes[s] || tt.runes[k+2] != tt.runes[s+1] {
				continue
			}
			if !bounded19(tt, fs, s) || !unitStem24(tt, s, k, true) || unitStemNot22[tt.sub(s, k)] || overlapsNamed22(fs, tt.off[s], tt.off[k+3]) {
				continue
			}
			out = append(out, found19(tt, LOCATION, s, k+1, "repeated-township24"), found19(tt, LOCATION, k+1, k+3, "repeated-township24"))
		}
	}
	return out
}

// landmarkGroups24 are kinds of landmark that stand side by side in a
// list of named ones (…古道、…栈道).
var landmarkGroups24 = [][]string{
	{"古道", "栈道", "步道"},
	{"山", "峰", "岭"},
	{"洞", "溶洞"},
	{"坎儿井"},
}

// landmarkLast24 holds the last characters of the kinds of
// landmarkGroups24, for a one-bit test before the kinds are compared.
var landmarkLast24 = func() (b runeBits) {
	for _, ks := range landmarkGroups24 {
		for _, k := range ks {
			b.set(lastRune(k))
		}
	}
	return
}()

// landmarkItemAt24 returns the kind group and the kind of the landmark
// item ending right before rune e (…古道|、), or -1.
func landmarkItemAt24(tt *tokText, e int) (int, string) {
	if e < 1 || !landmarkLast24.has(tt.runes[e-1]) {
		return -1, ""
	}
	for g, ks := range landmarkGroups24 {
		for _, k := range ks {
			if kl := runeLen(k); e-kl >= 0 && tt.sub(e-kl, e) == k {
				return g, k
			}
		}
	}
	return -1, ""
}

// foundLandmark24 reports whether the list item at runes b..e (a kind of
// landmark at its end) is the rules' reading: a place found ends at its
// end or right before its kind (武阳村|古道).
func foundLandmark24(tt *tokText, fs []Finding, b, e int, kind string) bool {
	k := e - runeLen(kind)
	for i := range fs {
		f := &fs[i]
		if f.Type == LOCATION && !f.generic && f.Start >= tt.off[b] && (f.End == tt.off[e] || f.End == tt.off[k]) {
			return true
		}
	}
	return false
}

// itemStart24 returns where the list item ending at rune e begins: after
// the last 、, punctuation or non-Han character within eight characters.
func itemStart24(tt *tokText, e int) int {
	b := e
	for b > 0 && e-b < 8 && isHan(tt.runes[b-1]) {
		b--
	}
	return b
}

// itemEnd24 returns where the list item beginning at rune b ends: before
// the first 、, punctuation or non-Han character within eight characters.
func itemEnd24(tt *tokText, b int) int {
	e := b
	for e < len(tt.runes) && e-b < 8 && isHan(tt.runes[e]) {
		e++
	}
	return e
}

// siblingLandmarks24 finds a trail, peak or cave of a two- or
// three-character stem in a list beside an item of the same group of
// kinds that the rules found (…村古道、X古道; X山、…山两座): the list
// names them alike. The stem must be no frequent word, nor a verb or
// adverb of two characters.
func siblingLandmarks24(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, c := range occurrences19(tt, "、") {
		left := [2]int{itemStart24(tt, c), c}
		right := [2]int{c + 1, itemEnd24(tt, c+1)}
		// the item after the comma beside the one before it, then the other way
		for _, pair := range [2][2][2]int{{right, left}, {left, right}} {
			b, e, ob, oe := pair[0][0], pair[0][1], pair[1][0], pair[1][1]
			// the item may end before a tail (…古道|串联, …山|两座): try each end
			og := -1
			for z := oe; z > ob+1 && og < 0; z-- {
				if g, k := landmarkItemAt24(tt, z); g >= 0 && foundLandmark24(tt, fs, ob, z, k) {
					og = g
				}
			}
			if og < 0 {
				continue
			}
			for z := b + 3; z <= e; z++ {
				g, kind := landmarkItemAt24(tt, z)
				if g != og {
					continue
				}
				k := z - runeLen(kind)
				if k-b < 2 || k-b > 3 {
					continue
				}
				if landmarkName24(tt, fs, l, b, k, z) {
					out = append(out, found19(tt, LOCATION, b, z, "sibling-landmark24"))
				}
				break
			}
		}
	}
	return out
}

// landmarkName24 reports whether the stem at runes b..k, with its kind
// up to rune z, may name one landmark, work or stop: a plain stem, no
// frequent word, no word a place's stem never is, no generic stem, no
// verb, adverb or count inside (landmarkStem24), and no finding across
// its edges.
func landmarkName24(tt *tokText, fs []Finding, l *lexicon, b, k, z int) bool {
	if !plainStem19(tt, b, k) {
		return false
	}
	stem := tt.sub(b, k)
	return !l.common[stem] && !stemNot20[stem] && !genericPlaceStems[stem] && landmarkStem24(tt, b, k) && !overlapsEdge18(fs, tt.off[b], tt.off[z])
}

// landmarkStem24 reports whether runes s..e may be a landmark's stem: no
// word of two characters or more inside that is a verb, adverb,
// preposition, pronoun, conjunction or particle, and no count (两条, 三处);
// a numeral alone may open a name (九|都, 两|程).
func landmarkStem24(tt *tokText, s, e int) bool {
	for _, r := range tt.runes[s+1 : e] {
		if strings.ContainsRune("条座个处段批片家只", r) {
			return false
		}
	}
	return !tokenInside21(tt, s, e, func(t *tok) bool {
		if t.n() < 2 {
			return false
		}
		return strings.HasPrefix(t.pos, "v") && t.pos != "vn" || strings.HasPrefix(t.pos, "d") || t.pos == "p" || t.pos == "r" || t.pos == "c" || t.pos == "u" || t.pos == "q"
	})
}

// canalKinds24 are drains and canals a county numbers by an ordinal.
var canalKinds24 = []string{"排水沟", "排干沟", "排干", "干渠", "支渠", "斗渠", "干沟"}

// ordinalCanals24 finds a drain or canal numbered by an ordinal of one
// Chinese numeral (第五排水沟): the number names one canal of the
// county's system, no share of a count.
func ordinalCanals24(tt *tokText) []Finding {
	n := len(tt.runes)
	var out []Finding
	for _, d := range occurrences19(tt, "第") {
		if d+2 >= n || !strings.ContainsRune("一二三四五六七八九十", tt.runes[d+1]) {
			continue
		}
		k := firstPrefix(tt.text[tt.off[d+2]:], canalKinds24)
		if k == "" {
			continue
		}
		out = append(out, found19(tt, LOCATION, d, d+2+runeLen(k), "ordinal-canal24"))
	}
	return out
}

// waterWorks24 are the kinds of karez, spring, pond and lake a county
// names after its place; 海 counts only before a wetland's word (…海|湿地).
var waterWorks24 = []string{"坎儿井", "海子", "泉", "塘坝", "山塘", "海"}

// waterWorksAfterPlace24 finds a karez, spring, pond or lake of a stem of
// two to four characters right after the township, town or village the
// rules found (…乡|X坎儿井): the place before makes it one work.
func waterWorksAfterPlace24(tt *tokText, fs []Finding) []Finding {
	ends := parentEnds24{fs, []string{"镇", "乡", "村", "街道", "苏木", "嘎查"}}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, kind := range waterWorks24 {
		if !tt.mayContain(kind) {
			continue
		}
		kl := runeLen(kind)
		for _, k := range occurrences19(tt, kind) {
			z := k + kl
			if z < n && (kind == "泉" && strings.ContainsRune("水眼", tt.runes[z]) || kind == "海" && !strings.HasPrefix(tt.text[tt.off[z]:], "湿地")) {
				continue
			}
			if b := ends.stemBefore(tt, k); b >= 0 && landmarkName24(tt, fs, l, b, k, z) {
				out = append(out, found19(tt, LOCATION, b, z, "water-work-after-place24"))
			}
		}
	}
	return out
}

// shuiAfter24 follow a river's name: its banks, branches and reaches.
var shuiAfter24 = []string{"沿岸", "两岸", "北支", "南支", "东支", "西支", "干流", "上游", "下游", "流域", "河段"}

// shuiAfterFirst24 holds the first characters of shuiAfter24.
var shuiAfterFirst24 = firstRunesOf24(shuiAfter24)

// shuiRivers24 finds a river of one character and 水 (X水|沿岸) right before
// its banks, branches or reaches, after a stop or a list's comma, when
// gojieba knows no word of the two characters (污水, 山水 are words).
func shuiRivers24(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, k := range occurrences19(tt, "水") {
		b, z := k-1, k+1
		if b < 0 || z >= n || !shuiAfterFirst24.has(tt.runes[z]) || !isHan(tt.runes[b]) || !hasAnyPrefix13(tt.text[tt.off[z]:], shuiAfter24) || !bounded19(tt, fs, b) {
			continue
		}
		w := tt.sub(b, z)
		if t := tt.tokenAt(b); t == nil || t.start == b && t.end == z && t.dictWord() || t.end > z || l.common[w] || functionRunes[tt.runes[b]] || overlapsAny(fs, tt.off[b], tt.off[z]) {
			continue
		}
		out = append(out, found19(tt, LOCATION, b, z, "shui-river24"))
	}
	return out
}

// byLineRoles24 open a by-line's name.
var byLineRoles24 = []string{"记者", "通讯员", "摄影", "实习生"}

// byLineNames24 finds a by-line's name: two or three Han characters after
// 记者 or 通讯员 and one or more spaces, ended by a space, a closing
// bracket or the text's end, no frequent word and no role.
func byLineNames24(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for _, role := range byLineRoles24 {
		if !tt.mayContain(role) {
			continue
		}
		rl := runeLen(role)
		for _, k := range occurrences19(tt, role) {
			b := k + rl
			for b < n && spaceRune(tt.runes[b]) {
				b++
			}
			if b == k+rl {
				continue
			}
			z := b
			for z < n && z-b < 4 && isHan(tt.runes[z]) {
				z++
			}
			if z-b < 2 || z-b > 3 || z < n && !spaceRune(tt.runes[z]) && !strings.ContainsRune("）)】", tt.runes[z]) {
				continue
			}
			w := tt.sub(b, z)
			if l.common[w] || firstPrefix(w, byLineRoles24) != "" || overlapsAny(fs, tt.off[b], tt.off[z]) {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[z], Evidence: "by-line24", Score: contextScore + 1})
		}
	}
	return out
}

// speechAfter24 follow a person's name: what the person says, or the
// person and what the person made (…和他创办的).
var speechAfter24 = []string{"介绍", "表示", "告诉记者", "坦言", "感慨", "笑着说", "说：", "说，", "和他", "和她"}

// speechRoles24 are roles and kinds of person a name follows.
var speechRoles24 = []string{"书记", "主任", "村长", "组长", "队长", "站长", "所长", "社长", "理事长", "负责人", "传承人", "村民", "牧民", "农民", "渔民", "老板", "店主", "致富带头人", "老党员", "村医"}

// roleSpeechNames24 finds a name of two or three Han characters between a
// role or a kind of person and what the person says or did (党支部书记|X|
// 介绍, 村民|X|和他创办的): the two words around it leave no other reading.
// The name must be no frequent word, role or kind of person, hold no
// grammatical character nor 地 or 得 of an adverb of manner (高兴地说), and
// no adjective, verb or adverb of gojieba's.
func roleSpeechNames24(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for _, sp := range speechAfter24 {
		if !tt.mayContain(sp) {
			continue
		}
		for _, k := range occurrences19(tt, sp) {
			for ln := 2; ln <= 3; ln++ {
				b := k - ln
				if b < 2 || !hasAnySuffix14(tt.text[:tt.off[b]], speechRoles24) {
					continue
				}
				w := tt.sub(b, k)
				ok := allHan(w) && !l.common[w] && firstPrefix(w, speechRoles24) == "" && !overlapsAny(fs, tt.off[b], tt.off[k])
				for _, r := range tt.runes[b:k] {
					if functionRunes[r] || isMaskRune(r) || strings.ContainsRune("地得着了过", r) {
						ok = false // (高兴|地|说: an adverb of manner)
					}
				}
				if tokenInside21(tt, b, k, func(t *tok) bool {
					return t.n() >= 2 && (strings.HasPrefix(t.pos, "a") || strings.HasPrefix(t.pos, "v") || strings.HasPrefix(t.pos, "d"))
				}) {
					ok = false // an adjective, verb or adverb (高兴, 纷纷)
				}
				if ok {
					out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[k], Evidence: "role-speech24", Score: contextScore + 1})
				}
				break
			}
		}
	}
	return out
}

// stopKinds24 are border trade points and bus stops: a stem before one
// names one place. A trade point's stem may stand after a stop or a
// list's comma (、X互市点); a bus stop's only after its town or village.
var stopKinds24 = []string{"边民互市点", "互市点", "客运招呼站", "招呼站"}

// namedStops24 finds border trade points and bus stops of a stem of two
// or three characters (拉X互市点, …镇|X客运招呼站): no frequent word, no
// kind (边民), after the place the rules found or, for a trade point, after
// a stop.
func namedStops24(tt *tokText, fs []Finding) []Finding {
	ends := parentEnds24{fs, []string{"镇", "乡", "村", "街道", "社区"}}
	l := getLexicon()
	var out []Finding
	for _, kind := range stopKinds24 {
		if !tt.mayContain(kind) {
			continue
		}
		kl := runeLen(kind)
		for _, k := range occurrences19(tt, kind) {
			if kind == "互市点" && k >= 2 && tt.sub(k-2, k) == "边民" || kind == "招呼站" && k >= 2 && tt.sub(k-2, k) == "客运" {
				continue // (the longer kind's)
			}
			z := k + kl
			for ln := 2; ln <= 3; ln++ {
				b := k - ln
				if b < 0 {
					break
				}
				placed := ends.has(tt.off[b])
				if !placed && !(strings.HasSuffix(kind, "互市点") && b > 0 && stop19.has(tt.runes[b-1])) {
					continue
				}
				if landmarkName24(tt, fs, l, b, k, z) {
					out = append(out, found19(tt, LOCATION, b, z, "named-stop24"))
				}
				break
			}
		}
	}
	return out
}

// gardenKinds24 are the plantations a family runs under its surname.
var gardenKinds24 = []string{"油茶园", "茶园", "果园", "菜园", "花园", "竹园", "柑橘园", "猕猴桃园", "李子园", "桃园"}

// familyGardens24 finds a family's plantation right after the village or
// township the rules found (…村|X家油茶园): a surname, 家 and a kind of
// garden; the surname makes it one family's, no kind (…村|茶园).
func familyGardens24(tt *tokText, fs []Finding) []Finding {
	ends := parentEnds24{fs, []string{"村", "乡", "镇", "组"}}
	l := getLexicon()
	var out []Finding
	for _, k := range occurrences19(tt, "家") {
		b := k - 1
		if b < 0 || !ends.has(tt.off[b]) || !l.isSurname(tt.runes[b]) {
			continue
		}
		kind := firstPrefix(tt.text[tt.off[k+1]:], gardenKinds24)
		if kind == "" {
			continue
		}
		z := k + 1 + runeLen(kind)
		if overlapsEdge18(fs, tt.off[b], tt.off[z]) {
			continue
		}
		out = append(out, found19(tt, ORG, b, z, "family-garden24"))
	}
	return out
}
