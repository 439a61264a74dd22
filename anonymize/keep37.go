package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round keep37: ordinary phrases of deid-own73 … 78 (and
// older development sets) that a recognizer masked, each kept by its class:
//   - the verb 会同 ("together with") inside a clause, after its subject or
//     a time word (汛前|会同|县应急管理局, 我们|会同|县自然资源局), read as
//     the county 会同县 with the department after it (verbCountyMidClause37);
//   - a generic office after a place: a township's office (…镇|民政办), a
//     people's congress or its standing committee (…县|第十九届人民代表大会
//     常务委员会), a committee of the CPPCC (…区|政协人口资源环境委员会),
//     and a township's central school read as a 中心 (…乡|中心|完小): cut
//     back to the place (placeOfficeTail37, centreSchool37);
//   - a facility named by its function or cargo before a kind word that
//     also ends places (原油|码头, 疏港|公路, 通乡|油路, …镇|引黄|灌区)
//     (functionFacility37, placeFunctionStem37);
//   - a kind of industrial park the gazetteer holds as a place's name
//     (省级|化工园区, 特色产业园区) (parkKind37);
//   - a residents' self-governing body standing alone, as a list item
//     (社区、业主委员会、…物业) (selfGoverningBodies37);
//   - a build verb read with 社区 as a community's name before a facility
//     (新建|社区|养老服务综合体) (buildVerbCommunity37);
//   - a national agency's office for a province (国家能源局福建监管办公室)
//     (nationalAgencyOffice37, provinceOfAgency37); national parks are
//     not of it: the sets mask some (南山国家公园) and keep others;
//   - an epic read as a person's name before a performing genre (格萨尔|
//     说唱, 伊玛堪|说唱) (epicPerformance37);
//   - a breed of livestock read as a person's name (夏南牛) where a
//     livestock word follows it in the clause (breedName37), or its head
//     read as a listed place (夏南|牛存栏: breedHead37);
//   - a one-character surname that a title found (高|主任), masked again at
//     the head of an ordinary word (高标准农田, 高效) (occurrence37).
//
// keep37 runs after keep36 and before keep16 (anonymize.go); Analyze asks
// keepListItem37 of enumeration items, which reach the redaction without
// the rounds, and occurrence37 is asked at each occurrence of a masked
// text (redaction.go).

// keep37 drops the findings of fs that are ordinary phrases of the classes
// above and cuts a place's generic office back to the place.
func keep37(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding37)
}

// keepFinding37 returns f, cut where a generic part belongs to it, and
// whether f is an ordinary phrase as a whole.
func keepFinding37(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	after := text[f.End:]
	switch {
	case f.Type != PERSON && verbCountyMidClause37(tt, f, fs):
		return f, true
	case f.Type != PERSON && functionFacility37(f.Text):
		return f, true
	case f.Type != PERSON && buildVerbCommunity37(f, after):
		return f, true
	case f.Type == ORG && nationalAgencyOffice37(f.Text):
		return f, true
	case f.Type == LOCATION && strings.HasPrefix(f.Evidence, "gazetteer") && parkKind37(f.Text) && !parkNameBefore37(text[:f.Start]):
		return f, true
	case f.Type == ORG && selfGoverningBodies37[f.Text]:
		return f, true
	case f.Type == PERSON && epicPerformance37(f, after):
		return f, true
	case f.Type == PERSON && breedName37(text, f):
		return f, true
	case f.Type == LOCATION && breedHead37(tt, f):
		return f, true
	case f.Type == LOCATION && provinceOfAgency37(text, f):
		return f, true
	}
	if f.Type == ORG || f.Type == LOCATION {
		if g, ok := placeOfficeTail37(f, fs); ok {
			return g, false
		}
		if g, ok := centreSchool37(f, fs, after); ok {
			return g, false
		}
		if g, ok := placeFunctionStem37(f, fs, after); ok {
			return g, false
		}
	}
	return f, false
}

// keepListItem37 reports an item of an enumeration that is an ordinary
// phrase of keep37's classes (社区、业主委员会、…物业): list items reach
// the redaction without the recognizers' rounds. anchors are the other
// findings of the text; the guard is keepEach33's (a policy's deny-list
// entry and a finding outside the text are never dropped).
func keepListItem37(tt *tokText, f Finding, anchors []Finding) bool {
	if f.Score >= 100 || f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return false
	}
	_, drop := keepFinding37(tt, f, anchors)
	return drop
}

// ------------------------------------------------------------ 会同 the verb

// placeIntro37 stand right before a place that a clause goes to or names
// (在|会同县, 据|会同县, 省|会同县): after them 会同县 stays a county.
var placeIntro37 = runeBitsOf("在到赴至从往经与和同及、对向由于去来访驻据按省州市自")

// subjectPOS37 are the parts of speech of a word that ends a verb's subject
// or sets its time (我们, 汛前, 并, 组织部): 会同 after one is a verb.
var subjectPOS37 = wordSet(`r t f d c n nt ng j`)

// verbCountyMidClause37 reports a county whose stem is an ordinary word
// (会同) inside a clause, right after a word of its subject or time (我们|
// 会同县自然资源局, 汛前|会同县应急管理局), before a department: the verb
// "together with" and the report's own county's department. The stem must
// stand nowhere else in the text, nor in another finding: a report of the
// county itself names it again.
func verbCountyMidClause37(tt *tokText, f Finding, fs []Finding) bool {
	s := tt.runeAt(f.Start)
	if s < 1 || s+3 > len(tt.runes) || tt.runes[s+2] != '县' || !isHan(tt.runes[s-1]) || placeIntro37.has(tt.runes[s-1]) {
		return false
	}
	if f.Type == LOCATION && tt.runeAt(f.End) != s+3 {
		return false
	}
	if !countyBeforeDepartment(tt, s, s+3) {
		return false
	}
	t := tt.toks[tt.tokOf[s-1]]
	if t.end != s || !subjectPOS37[t.pos] {
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

// ------------------------------------------------------------ generic offices

// townOffices37 are the offices every township has (…镇|民政办): they name
// nothing without the place before them.
var townOffices37 = []string{"民政办", "党政办", "党政综合办", "社会事务办", "社会事务办公室", "经济发展办", "经发办", "综治办", "扶贫办", "农业办", "农办", "财政办", "计生办", "安监办", "村建办", "城建办", "规划办", "环保办", "人大办", "武装部", "人民武装部"}

// congressTail37 reports a people's congress, its standing committee or a
// committee of the CPPCC named after a place (第十九届人民代表大会常务委员会,
// 人大常委会, 政协人口资源环境委员会): generic bodies of every county. A
// session's number (第…届) is Chinese numerals or digits, twelve bytes at
// most (four numerals).
func congressTail37(w string) bool {
	if rest, ok := strings.CutPrefix(w, "第"); ok {
		i := strings.Index(rest, "届")
		if i <= 0 || i > 4*3 {
			return false
		}
		for _, r := range rest[:i] {
			if !strings.ContainsRune("一二三四五六七八九十0123456789", r) {
				return false
			}
		}
		w = rest[i+len("届"):]
	}
	switch w {
	case "人民代表大会", "人民代表大会常务委员会", "人大常委会", "人大", "政协", "政协委员会":
		return true
	}
	if rest, ok := strings.CutPrefix(w, "政协"); ok {
		mid, ok := strings.CutSuffix(rest, "委员会")
		if !ok || runeLen(mid) < 2 || runeLen(mid) > 10 {
			return false
		}
		for _, r := range mid {
			if !isHan(r) || placeRunes36.has(r) {
				return false
			}
		}
		return true
	}
	return false
}

// placeHead37 reports whether head, the first part of finding f, is a
// place a generic office may follow: a place's level ends it, and it is
// long enough to be one or found as one.
func placeHead37(f Finding, fs []Finding, head string) bool {
	last, _ := utf8.DecodeLastRuneInString(head)
	if !(placeLevelEnds21.has(last) || strings.HasSuffix(head, "街道")) {
		return false
	}
	return runeLen(head) >= 3 && !hasAnyPrefix13(head, wholeArea17) || placeFoundAt21(fs, f.Start, f.Start+len(head), head)
}

// cutToPlace37 returns f cut back to its first n bytes, a place.
func cutToPlace37(f Finding, n int, why string) Finding {
	f.Type, f.Text, f.End, f.label = LOCATION, f.Text[:n], f.Start+n, ""
	f.Evidence += "," + why
	return f
}

// officeTailLast37 holds the last characters of the tails
// placeOfficeTail37 accepts: the words of townOffices37 and what
// congressTail37 accepts (人民代表大会, 人大, 政协, …委员会).
var officeTailLast37 = func() runeBits {
	b := lastRuneBitsOf(townOffices37)
	for _, r := range "会大协" {
		b.set(r)
	}
	return b
}()

// placeOfficeTail37 cuts an organisation read over a place and a generic
// office (岩泊渡镇|民政办, 汶上县|第十九届人民代表大会常务委员会) back to
// the place.
func placeOfficeTail37(f Finding, fs []Finding) (Finding, bool) {
	if f.Type != ORG {
		return f, false
	}
	// (speed25: every tail tried is a suffix of f.Text, so all end in its
	// last character; an organisation ending in none of the offices' and
	// congresses' last characters needs no tail tried)
	if last, _ := utf8.DecodeLastRuneInString(f.Text); !officeTailLast37.has(last) {
		return f, false
	}
	for i := len(f.Text); i > 0; {
		_, n := utf8.DecodeLastRuneInString(f.Text[:i])
		i -= n
		head, tail := f.Text[:i], f.Text[i:]
		if !slices.Contains(townOffices37, tail) && !congressTail37(tail) {
			continue
		}
		if head == "" || !placeHead37(f, fs, head) {
			continue // (人民代表大会常务委员会 after 第十九届: the longer tail)
		}
		return cutToPlace37(f, len(head), "place-office37"), true
	}
	return f, false
}

// centreKinds37 follow 中心 in a township's central school or clinic
// (中心|完小, 中心|卫生院).
var centreKinds37 = []string{"完小", "小学", "学校", "校", "幼儿园", "卫生院", "敬老院"}

// centreSchool37 cuts an organisation read over a place and 中心 where a
// school's or clinic's kind follows (高峰土家族乡|中心|完小) back to the
// place: 中心完小 is the township's central school, a kind.
func centreSchool37(f Finding, fs []Finding, after string) (Finding, bool) {
	head, ok := strings.CutSuffix(f.Text, "中心")
	if f.Type != ORG || !ok || head == "" || firstPrefix(after, centreKinds37) == "" {
		return f, false
	}
	if !placeHead37(f, fs, head) {
		return f, false
	}
	return cutToPlace37(f, len(head), "centre-school37"), true
}

// ------------------------------------------------------------ function facilities

// functionStems37 name what a facility serves or carries (疏港 "serving the
// port", 引黄 "drawing the Yellow River", 原油, 通乡 "reaching the
// township"), no place: before a kind word they make a generic facility.
// The water-use words (扬水, 自流, 井灌 came from fac16's facUseTrim16,
// which cut the same class) make kinds of irrigation district (扬水|灌区).
var functionStems37 = wordSet(`原油 成品油 石油 天然气 煤炭 矿石 粮食 集装箱 散货 件杂货 客运 货运 滚装 液化 化工 危化品
	疏港 进港 通港 出港 港区 临港 引黄 扬黄 引水 提水 扬水 自流 井灌 调水 排水 排涝 防洪 灌溉 节水
	通乡 通村 通组 通镇 通景 环城 环湖 环山 绕城 过境 旅游 产业 资源 快速 应急 生产 便民 盘山 站前 沿江 沿河`)

// functionKinds37 end a facility that a function stem names.
var functionKinds37 = []string{"码头", "公路", "油路", "灌区", "港区", "航道", "通道", "干渠", "铁路", "专用线", "管道", "泊位", "作业区", "广场"}

// functionFacility37 reports a facility named by its function alone
// (疏港|公路, 原油|码头, 通乡|油路).
func functionFacility37(w string) bool {
	if r, _ := utf8.DecodeLastRuneInString(w); !mayHaveRune(&functionKindLast29, r) { // (no kind's last character ends w: speed29.go)
		return false
	}
	k := firstSuffix(w, functionKinds37)
	if k == "" {
		return false
	}
	return functionStems37[w[:len(w)-len(k)]]
}

// placeFunctionStem37 cuts a place read with a function stem before a kind
// word (苏独仑镇|引黄 + 灌区) back to the place; the stem alone is dropped.
// No stem of functionStems37 ends another, so at most one ends f and the
// map's order does not change the answer.
func placeFunctionStem37(f Finding, fs []Finding, after string) (Finding, bool) {
	if r, _ := utf8.DecodeRuneInString(after); !mayHaveRune(&functionKindFirst29, r) || firstPrefix(after, functionKinds37) == "" { // (no kind's first character after f: speed29.go)
		return f, false
	}
	for st := range functionStems37 {
		head, ok := strings.CutSuffix(f.Text, st)
		if !ok || head == "" {
			continue
		}
		if !placeHead37(f, fs, head) {
			return f, false
		}
		return cutToPlace37(f, len(head), "place-function37"), true
	}
	return f, false
}

// parkKinds37 are kinds of industrial park: every province has them.
var parkKinds37 = wordSet(`化工园区 化工产业园区 特色产业园区 产业园区 工业园区 农业园区 物流园区 科技园区 高新技术产业园区 现代农业产业园区 循环经济园区 生态工业园区 农业科技园区 文化产业园区 电商产业园区 创业园区 特色产业园 化工园 产业园 工业园 物流园`)

// parkLevels37 may stand before a kind of park (省级|化工园区).
var parkLevels37 = []string{"国家级", "省级", "自治区级", "市级", "州级", "县级", "国家", "省", "市", "县"}

// parkKind37 reports a kind of industrial park, after a level or none
// (化工园区, 省级特色产业园区): no park's name.
func parkKind37(w string) bool {
	if parkKinds37[w] {
		return true
	}
	lv := firstPrefix(w, parkLevels37)
	return lv != "" && parkKinds37[w[len(lv):]]
}

// parkNameBefore37 reports a character before a kind of park that may end
// its name (新碧|工业园区): any Chinese character but the 级 of a level
// (省级|化工园区) and the particles 是 and 的.
func parkNameBefore37(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return isHan(r) && r != '级' && r != '是' && r != '的'
}

// selfGoverningBodies37 are the bodies residents elect in every estate
// and village; alone, with no estate's or village's name before them,
// they name none (由社区、业主委员会、物业组成).
var selfGoverningBodies37 = wordSet(`业主委员会 业委会 业主大会 居民委员会 居委会 村民委员会 村委会 村务监督委员会 居务监督委员会 物业管理委员会 红白理事会 村民议事会 居民议事会`)

// ------------------------------------------------------------ communities

// countRunes37 count the facilities a clause built (6个, 十二处).
var countRunes37 = runeBitsOf("0123456789一二三四五六七八九十百两")

// measureRunes37 follow a count of facilities.
var measureRunes37 = runeBitsOf("个处座所家条片")

// buildVerbCommunity37 reports a community read from 社区 whose name is a
// build verb (新建|社区, 改建|社区) before a facility counted in the same
// clause (新建社区养老服务综合体6个): the verb of the clause. Without a
// count the community may be named so (…镇新建社区菜市场).
func buildVerbCommunity37(f Finding, after string) bool {
	v, ok := strings.CutSuffix(f.Text, "社区")
	if !ok || !(buildVerbs[v] || buildVerbs15[v]) {
		return false
	}
	n, counted := 0, false
	for _, r := range after {
		if n >= 20 || !isHan(r) && !countRunes37.has(r) {
			return false
		}
		if countRunes37.has(r) {
			counted = true
		} else if counted && measureRunes37.has(r) {
			return true
		} else {
			counted = false
		}
		n++
	}
	return false
}

// ------------------------------------------------------------ national bodies

// nationalAgencies37 keep offices in the provinces (国家能源局|福建|监管办公室).
var nationalAgencies37 = []string{"国家能源局", "国家金融监督管理总局", "国家矿山安全监察局", "国家外汇管理局", "中国证券监督管理委员会", "中国证监会", "国家粮食和物资储备局", "审计署", "国家烟草专卖局", "国家海洋局", "国家统计局", "国家药品监督管理局"}

// provinces37 are the provinces and regions, by their short names.
var provinces37 = []string{"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "华北", "东北", "华东", "华中", "华南", "西南", "西北"}

// agencyOffices37 end a national agency's office for a province.
var agencyOffices37 = []string{"监管办公室", "监管办", "监管局", "监察局", "特派员办事处", "特派办", "调查总队", "专员办", "分局", "局"}

// nationalAgencyOffice37 reports a national agency's office for a province
// or region (国家能源局福建监管办公室): a national body.
func nationalAgencyOffice37(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !mayHaveRune(&agencyFirst29, r) { // (no agency's first character opens w: speed29.go)
		return false
	}
	a := firstPrefix(w, nationalAgencies37)
	if a == "" {
		return false
	}
	rest := w[len(a):]
	p := firstPrefix(rest, provinces37)
	if p == "" {
		return false
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest[len(p):], "省"), "自治区")
	return slices.Contains(agencyOffices37, rest)
}

// provinceOfAgency37 reports a province read inside a national agency's
// office for it (国家能源局|福建|监管办公室).
func provinceOfAgency37(text string, f Finding) bool {
	p := strings.TrimSuffix(strings.TrimSuffix(f.Text, "省"), "自治区")
	if r, _ := utf8.DecodeRuneInString(p); p != "" && !mayHaveRune(&provinceFirst29, r) { // (no province's first character opens p, so firstPrefix is "", not p: speed29.go)
		return false
	}
	if firstPrefix(p, provinces37) != p {
		return false
	}
	for _, a := range nationalAgencies37 {
		if isBefore(text, f.Start, a) {
			return nationalAgencyOffice37(a + f.Text + firstPrefix(text[f.End:], agencyOffices37))
		}
	}
	return false
}

// ------------------------------------------------------------ epics and breeds

// performGenres37 follow an epic or a tale that is performed (格萨尔|说唱).
var performGenres37 = []string{"说唱", "史诗"} // (not 演唱, 弹唱: a singer's name stands before them)

// epicSites37 follow an epic's genre in the name of a place that teaches
// or performs it (格萨尔说唱|传习所), which the sets mask.
var epicSites37 = []string{"传习所", "传习中心", "传习馆", "传习基地", "传承基地", "传承中心", "协会", "艺术团", "博物馆", "展览馆"}

// epicPerformance37 reports a weak name (a transliteration, an unknown
// word, gojieba's nr) right before a performing genre (格萨尔|说唱): the
// epic performed, not a person. A person's context keeps f, and so does a
// site named after the epic (格萨尔说唱传习所).
func epicPerformance37(f Finding, after string) bool {
	g := firstPrefix(after, performGenres37)
	if g == "" || personContext33(f.Evidence) || firstPrefix(strings.TrimLeft(after[len(g):], "队班"), epicSites37) != "" { // (speed29: the genre first, the evidence searched only after one)
		return false
	}
	return strings.Contains(f.Evidence, "transliterated") || strings.Contains(f.Evidence, "unknown-word") || strings.Contains(f.Evidence, "jieba:nr") || f.Evidence == "surname+given"
}

// livestockRunes37 end the name of a breed of livestock (夏南|牛, 乌|鸡).
var livestockRunes37 = runeBitsOf("牛羊猪鸡鸭鹅驴马兔")

// livestockWords37 stand in the clause after a breed of livestock
// (夏南牛|存栏, …|冻精推广, …和花菇两大特色产业).
var livestockWords37 = []string{"存栏", "出栏", "养殖", "产业", "冻精", "良种", "种牛", "种羊", "种猪", "品种", "肉", "犊", "母牛", "繁育", "饲养", "育肥", "屠宰", "精深加工", "产值"}

// breedName37 reports a name read over a breed of livestock (夏南牛): its
// last character an animal, a livestock or industry word in the clause
// after it, and no person's context (a role, a title) at f.
func breedName37(text string, f Finding) bool {
	// (speed29: the length and the last character first, the evidence
	// searched only for a three-character name of a livestock's ending)
	if last, _ := utf8.DecodeLastRuneInString(f.Text); runeLen(f.Text) != 3 || !livestockRunes37.has(last) {
		return false
	}
	if personContext33(f.Evidence) || strings.Contains(f.Evidence, "title") || strings.Contains(f.Evidence, "role") {
		return false
	}
	after := text[f.End:]
	n := 0
	for k, r := range after {
		if n >= 20 || !isHan(r) {
			return false
		}
		if firstPrefix(after[k:], livestockWords37) != "" {
			return true
		}
		n++
	}
	return false
}

// breedHead37 reports a place read from a list over the head of a breed
// (夏南 of 夏南牛存栏): the breed's whole name read with its animal is one.
func breedHead37(tt *tokText, f Finding) bool {
	if f.Evidence != "village-list" && f.Evidence != "list-item" {
		return false
	}
	r, n := utf8.DecodeRuneInString(tt.text[f.End:])
	if !livestockRunes37.has(r) {
		return false
	}
	g := f
	g.Text, g.End, g.Evidence = f.Text+string(r), f.End+n, ""
	return breedName37(tt.text, g)
}

// ------------------------------------------------------------ one-character surnames

// surnameCues37 follow a surname that stands for a person although no
// title of titles13 does (高总, 高工, 高某).
var surnameCues37 = runeBitsOf("总工某老姐哥叔婶伯爷奶嫂")

// occurrence37 reports whether the occurrence of e at byte i of s is the
// head of an ordinary word although e, a one-character surname that a
// title found (高|主任), is masked elsewhere in the document (高效, 高|标准
// 农田): a surname alone names its person before a title, a cue (高总) or
// after 老/小, and nowhere else.
func occurrence37(e *entity, s string, i int) bool {
	if e.typ != PERSON || !strings.HasPrefix(e.evidence, "surname-title") || runeLen(e.text) != 1 {
		return false
	}
	rest := s[i+len(e.text):]
	next, n := utf8.DecodeRuneInString(rest)
	if !isHan(next) || surnameCues37.has(next) || firstPrefix(rest, titles13) != "" {
		return false
	}
	if prev, _ := utf8.DecodeLastRuneInString(s[:i]); prev == '老' || prev == '小' {
		return false
	}
	lx := getLexicon()
	if lx.common[s[i:i+len(e.text)+n]] {
		return true // 高效
	}
	next2, n2 := utf8.DecodeRuneInString(rest[n:])
	if !isHan(next2) {
		return false
	}
	return lx.common[s[i:i+len(e.text)+n+n2]] || lx.common[rest[:n+n2]] // 高新区; 高|标准
}
