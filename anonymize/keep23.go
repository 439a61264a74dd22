package anonymize

import "strings"

// This file holds round keep23: the classes behind the ordinary phrases
// the eighth round of unseen check sets found masked, whichever rule or
// the span tagger read them as a name. keep23 runs right before keep22 and
// inside keptByFilters, so it is both a keep filter the span guard cannot
// overrule and a filter after the tagger:
//
//   - the countryside as a place one goes to, serves or takes root in
//     (扎根山村, 走进乡村, 服务农村, 深入基层) names no place
//     (countrysideAt23);
//   - a parallel phrase of four (大江大河) or a run of nature words
//     (山水林田湖草) holds no name (parallelPhrase23, natureRun23);
//   - slogans of the kinds 以X养X (以林养林) and 有X无Y (有证无照) are no
//     person or shop (sloganOfFour23);
//   - an ethnic group's word for its new villages (苗家新寨), two peoples
//     before a festival or a culture word (苗瑶歌节), the part of a chief's
//     title 总河长 a person reading took (…段|总河|长), a provincial
//     quality award named by a landmark (“长城杯”) are none
//     (ethnicNewVillage23, peoplesBeforeEvent23, chiefTitleCut23,
//     awardCup23);
//   - a family business whose "owner" is ordinary words (村里办起|农家乐),
//     a sector word of a department's long name (文化体育|广播电视|和旅游局),
//     a body named only by a designation (…定点医院) hold no name
//     (ordinaryFamilyBusiness23, sectorInDept23, designatedKind23).

// countrysideWords23 are words for the countryside or the grassroots in
// general, no place of their own.
var countrysideWords23 = wordSet(`山村 乡村 农村 基层 山区 牧区 林区 边疆 村庄 田间 田野 乡野 乡间 偏远山区 边远山区 贫困山区 农牧区 老区 村寨 乡镇`)

// countrysideVerbs23 are verbs of going to, staying in or serving a place
// that gojieba does not always tag as verbs (扎根 is ns to it).
var countrysideVerbs23 = wordSet(`扎根 植根 根植 深入 深耕 走进 走入 走向 走遍 来到 回到 返回 回归 留在 留守 坚守 驻守 驻扎 下沉 下到 沉到 奔赴 服务 奉献 反哺 助力 支援 投身 面向 进入 赋能 激活 惠及 覆盖 辐射 延伸 热爱 建设 振兴 繁荣 美化 走访 深入到 扎根于 服务于`)

// keep23 drops the place and body findings that are an ordinary phrase:
// see countrysideAt23.
func keep23(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Score < 100 && ordinary23(tt, f) { // a policy's deny-list entry always stays
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// ordinary23 reports whether finding f is one of the ordinary phrases of
// this file's classes.
func ordinary23(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s || e > len(tt.runes) {
		return false
	}
	if parallelPhrase23(tt, s, e) || natureRun23(tt, s, e) || sloganOfFour23(tt, s, e) {
		return true
	}
	switch f.Type {
	case LOCATION:
		return countrysideAt23(tt, f) || ethnicNewVillage23(tt, s, e) || awardCup23(tt, f, e) || techName23(tt, f)
	case ORG:
		return countrysideAt23(tt, f) || ordinaryFamilyBusiness23(tt, f, s, e) || sectorInDept23(tt, f, e) || designatedKind23(f.Text)
	case PERSON:
		return peoplesBeforeEvent23(tt, s, e) || chiefTitleCut23(tt, f.Text, e)
	}
	return false
}

// parallelPhrase23 reports whether runes [s, e) lie inside a parallel
// phrase of four (大江|大河, 金山|银山, 青山|绿水 read by keep21's
// pairFirsts21 and pairNature21): two halves, each a first character of
// pairFirsts21 and a nature word, read as one place or one half a place.
func parallelPhrase23(tt *tokText, s, e int) bool {
	if e-s > 4 {
		return false
	}
	for p := max(0, e-4); p <= s && p+4 <= len(tt.runes); p++ {
		rs := tt.runes[p : p+4]
		if pairFirsts21.has(rs[0]) && pairFirsts21.has(rs[2]) && pairNature21.has(rs[1]) && pairNature21.has(rs[3]) &&
			!(rs[0] == rs[2] && rs[1] == rs[3]) && (p+4 >= len(tt.runes) || !placeLevelEnds21.has(tt.runes[p+4])) {
			return true // (上河下河村 is a village)
		}
	}
	return false
}

// natureRunes23 are the one-character nature words of the ecological
// slogans (山水林田湖草沙, 江河湖海).
var natureRunes23 = runeBitsOf("山水林田湖草沙江河海冰")

// natureRun23 reports whether runes [s, e) lie inside a run of four or
// more nature characters (山水林田湖草沙一体化): a list of kinds of land,
// no name, however a reading cut it (林田湖 as a person), unless a place
// kind follows the run (…湖村).
func natureRun23(tt *tokText, s, e int) bool {
	for i := s; i < e; i++ {
		if !natureRunes23.has(tt.runes[i]) {
			return false
		}
	}
	a, b := s, e
	for a > 0 && natureRunes23.has(tt.runes[a-1]) {
		a--
	}
	for b < len(tt.runes) && natureRunes23.has(tt.runes[b]) {
		b++
	}
	if b-a < 4 {
		return false
	}
	// the run stands alone: not glued to a place kind after it (…湖村)
	return b >= len(tt.runes) || !placeLevelEnds21.has(tt.runes[b])
}

// sloganVerbs23 stand in the middle of a slogan of the kind 以X养X, 以X促X
// (以田养田, 以奖代补).
var sloganVerbs23 = runeBitsOf("养促带代补兴治管建强")

// sloganStems23 are the one-character sectors such a slogan may name
// twice or pair (以工代赈, 以商招商, 以林养林).
var sloganStems23 = runeBitsOf("田林水工农商文旅绿产城乡企奖补赈地房电山草牧游茶果渔")

// haveNot23 open the halves of a slogan of condition (有牌无店, 无证无照).
var haveNot23 = runeBitsOf("有无没")

// sloganOfFour23 reports whether runes [s, e) lie inside a slogan of four
// characters: 以X V Y with V one of sloganVerbs23 and X, Y the same
// character or both sectors (以田|养田 read as a person), or a condition
// 有X无Y, 无X无Y (有牌无|店 read as a shop). The slogan stands alone: quoted,
// or between punctuation, a verb or a particle and the next word.
func sloganOfFour23(tt *tokText, s, e int) bool {
	if e-s > 4 || e-s < 2 {
		return false
	}
	for p := max(0, e-4); p <= s && p+4 <= len(tt.runes); p++ {
		rs := tt.runes[p : p+4]
		switch {
		case rs[0] == '以' && sloganVerbs23.has(rs[2]) && (rs[1] == rs[3] || sloganStems23.has(rs[1]) && sloganStems23.has(rs[3])) && sloganOpen23(tt, p):
			return true
		case haveNot23.has(rs[0]) && haveNot23.has(rs[2]) && isHan(rs[1]) && isHan(rs[3]) && p == s && p+4 == e && quotedOrBare23(tt, p, p+4):
			return true
		}
	}
	return false
}

// sloganOpen23 reports whether the 以 at rune p opens a slogan: it begins
// a word of its own or one gojieba made up (以田养|田), not the end of 所以,
// 可以, 予以, after a character that is no Han (a quote, a comma) or after
// a verb (探索|以田养田).
func sloganOpen23(tt *tokText, p int) bool {
	if t := tt.tokenAt(p); t == nil || t.start != p || t.n() != 1 && t.pos != "x" {
		return false // inside 所以, or a dictionary word (以下)
	}
	if p == 0 || !isHan(tt.runes[p-1]) {
		return true
	}
	b := tt.tokenBefore(p)
	return b != nil && verbTags[b.pos] && b.n() >= 2
}

// quotedOrBare23 reports whether runes [s, e) are quoted (“有牌无店”) or
// stand between punctuation (，有牌无店；).
func quotedOrBare23(tt *tokText, s, e int) bool {
	before := s == 0 || !isHan(tt.runes[s-1])
	after := e >= len(tt.runes) || !isHan(tt.runes[e])
	return before && after
}

// ethnicNewVillage23 reports a place inside an ethnic group's character,
// 家 and a word for new villages (彝家新寨, 藏家新居; 新寨 alone read so; not 新村, a family's village):
// the programme's kind of village, no one village, unless it is a village
// stem of the gazetteer (a village called so) or a place kind follows it.
func ethnicNewVillage23(tt *tokText, s, e int) bool {
	for p := max(0, e-4); p <= s && p+4 <= len(tt.runes); p++ {
		rs := tt.runes[p : p+4]
		if !ethnicRunes21.has(rs[0]) || rs[1] != '家' || rs[2] != '新' || !strings.ContainsRune("寨居", rs[3]) {
			continue
		}
		if p+4 < len(tt.runes) && placeLevelEnds21.has(tt.runes[p+4]) {
			return false
		}
		w := string(rs)
		return !getVillages().has(w) && !getVillages().has(string(rs[:3]))
	}
	return false
}

// peoples23 are the characters of peoples that pair in the names of
// festivals and cultures (苗侗, 彝汉, 藏羌).
var peoples23 = runeBitsOf("苗侗瑶彝藏羌壮傣黎畲佤仡布汉蒙回满维哈纳傈景土")

// peopleEvents23 follow two peoples in the name of a festival, a custom
// or a kind of people (苗瑶|歌节, 藏羌|文化, 彝汉|群众).
var peopleEvents23 = []string{"歌会", "歌节", "歌舞", "山歌", "民歌", "大歌", "风情", "文化", "同胞", "群众", "儿女", "人民", "民族", "村寨", "山寨", "特色", "刺绣", "银饰", "服饰", "建筑", "医药", "节", "年"}

// peoplesBeforeEvent23 reports a person that is two peoples (苗瑶) before
// a festival or culture word (歌会), or that runs into the word's first
// character (苗瑶歌|节).
func peoplesBeforeEvent23(tt *tokText, s, e int) bool {
	if e-s < 2 || e-s > 3 || !peoples23.has(tt.runes[s]) || !peoples23.has(tt.runes[s+1]) || tt.runes[s] == tt.runes[s+1] {
		return false
	}
	rest := tt.text[tt.off[s+2]:]
	for _, w := range peopleEvents23 {
		if strings.HasPrefix(rest, w) && e-(s+2) < runeLen(w) {
			return true
		}
	}
	return false
}

// chiefRunes23 name what a chief of the 长制 systems is chief of (河长,
// 湖长, 林长, 田长, 路长).
var chiefRunes23 = runeBitsOf("河湖林田路库渠山")

// chiefTitleCut23 reports a person whose text ends with 总 and a chief's
// charge (…段|总河) right before the 长 that ends that title as a word
// (总河长): a reading of 段 as a surname, no name.
func chiefTitleCut23(tt *tokText, text string, e int) bool {
	// three characters or more, the last a chief's charge and 总 before it
	// (both of three bytes), read without a copy of the text
	n := len(text)
	if n <= 6 || !chiefRunes23.has(lastRune(text)) || text[n-6:n-3] != "总" || e >= len(tt.runes) || tt.runes[e] != '长' {
		return false
	}
	// 长 ends the title's word, it begins none (王总河|长期 is a name)
	t := tt.tokenAt(e)
	return t != nil && t.end == e+1
}

// awardStems23 are the landmarks whose names the provincial construction
// and engineering quality awards bear (the 长城杯 of Beijing, 钱江杯 of
// Zhejiang): famous mountains, rivers and old names, no county of a report.
var awardStems23 = wordSet(`长城 泰山 黄山 天府 芙蓉 钱江 扬子 白玉兰 闽江 中州 汾水 黄果树 天山 海河 太行 龙江 长白山 珠江 漓江 巴渝 天池 燕赵 三晋 荆楚 楚天 湘江 赣江 黄河 飞天 雪莲 昆仑 草原 鲁班 詹天佑 金石 安济 华东 西南 东北 西北 华北 华南 中原 江淮 八桂 巴蜀 高原 天目 钟山 紫金 浦江 申城`)

// awardCup23 reports a place whose text is one of awardStems23 followed
// by 杯 or 奖 (“长城杯”): the name of a quality award, where the text does
// not name the city or district of that name (黄山市).
func awardCup23(tt *tokText, f Finding, e int) bool {
	text := f.Text
	return e < len(tt.runes) && (tt.runes[e] == '杯' || tt.runes[e] == '奖') && awardStems23[text] && noNamedPlace21(tt, f)
}

// ordinaryFamilyBusiness23 reports a family business (leaks19.go) whose
// owner's part is ordinary words of two characters or more with a verb or
// a word of where in it (村里|办起|农家乐): no owner is named. Words of one
// character are never taken for ordinary: gojieba cuts names so (才|让).
func ordinaryFamilyBusiness23(tt *tokText, f Finding, s, e int) bool {
	if !strings.Contains(f.Evidence, "family-business19") {
		return false
	}
	kind := ""
	for _, k := range familyKinds19 {
		if strings.HasSuffix(f.Text, k) {
			kind = k
			break
		}
	}
	if kind == "" {
		return false
	}
	ks := e - runeLen(kind)
	if ks <= s || !tt.tokStart(s) {
		return false
	}
	verbOrWhere := false
	for i := s; i < ks; {
		t := tt.tokenAt(i)
		if t == nil || t.end > ks || !t.dictWord() || t.n() < 2 {
			return false // one character may be part of a name (才|让)
		}
		switch t.pos {
		case "v", "vd", "s", "f", "d", "p", "r":
			verbOrWhere = true
		case "n", "vn", "a", "m", "q":
		default:
			return false // a name, a place, a word gojieba does not know
		}
		i = t.end
	}
	return verbOrWhere
}

// deptEnds23 end the word that closes a department's long name (旅游局).
var deptEnds23 = runeBitsOf("局厅委办")

// sectorInDept23 reports an organisation gojieba tagged nt (广播电视) that
// is a sector of a department's long name: right before it a bare level or
// another sector, right after it a joining word and a word of two or more
// characters ending a department (县文化体育|广播电视|和|旅游局).
func sectorInDept23(tt *tokText, f Finding, e int) bool {
	if f.Evidence != "jieba:nt" || containsPlace(f.Text) || e >= len(tt.runes) || !tt.tokStart(e) {
		return false
	}
	// what stands before it belongs to the department's name too: a bare
	// level (县|) or another sector (文化体育|)
	s := tt.runeAt(f.Start)
	b := tt.tokenBefore(s)
	if b == nil || b.end != s || !(b.n() == 1 && levelRunes14.has(tt.runes[s-1]) ||
		b.n() >= 2 && b.dictWord() && (b.pos == "n" || b.pos == "vn" || b.pos == "v") && !containsPlace(b.word)) {
		return false
	}
	t := tt.tokenAt(e)
	if t.word == "和" || t.word == "与" || t.word == "及" {
		t = tt.tokenAt(t.end)
	}
	return t != nil && t.n() >= 2 && t.dictWord() && deptEnds23.has(tt.runes[t.end-1]) && !containsPlace(t.word)
}

// designations23 end a body named only by what it was designated for
// (国家组织药品集中采购|执行医院, 医保|定点医院).
var designations23 = []string{"执行医院", "定点医院", "定点医疗机构", "定点药店", "定点零售药店", "试点医院", "示范医院", "协作医院", "签约医院", "托管医院", "试点单位", "示范单位", "定点单位", "试点学校", "示范学校", "试点企业", "示范企业"}

// designatedKind23 reports an organisation named by a designation
// (…执行医院) with no place before it: a kind, every county has them.
func designatedKind23(text string) bool {
	for _, w := range designations23 {
		if stem, ok := strings.CutSuffix(text, w); ok {
			// the stem alone: 医保|定点 holds 保定, a city, by accident
			return !containsPlace(stem) && !strings.Contains(stem, "公司")
		}
	}
	return false
}

// countrysideAt23 reports whether finding f lies inside a verb and a word
// for the countryside right after it (扎根|山村, 走进|乡村) and covers part
// of that word: the verb is one of countrysideVerbs23 or a verb-tagged
// word of two or more characters, and the verb with the word's first
// character or with the whole word is no place or village stem (发展乡, a
// village stem, keeps 发展乡村 as it was read).
func countrysideAt23(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	k := tt.tokOf[e-1]
	g := &tt.toks[k]
	if k == 0 || g.end != e || !countrysideWords23[g.word] {
		return false
	}
	v := &tt.toks[k-1]
	if s < v.start || v.end != g.start {
		return false // the finding reaches before the verb
	}
	if !countrysideVerbs23[v.word] && !(verbTags[v.pos] && v.n() >= 2) {
		return false
	}
	// the verb and the word's first character may be a township (振兴乡)
	// or a village's stem before its 村 (发展乡|村)
	first := string(tt.runes[g.start])
	if _, place := getLexicon().places[v.word+first]; place {
		return false
	}
	return !getVillages().has(v.word + first)
}

// localFoods23 are the foods a county's workshops make (腊肉, 米粉, 乳饼):
// a workshop named by one alone (腊肉加工坊) is a kind (productFacility21).
var localFoods23 = wordSet(`乳扇 乳饼 奶酪 奶豆腐 酸奶 酥油 奶茶 牛肉干 风干肉 腊肉 腊肠 香肠 火腿 咸鸭蛋 皮蛋 豆腐 豆干 豆腐干 腐竹 腐乳 米粉 米线 粉丝 粉条 凉粉 挂面 面条 手工面 年糕 糍粑 饵块 粽子 月饼 馕 红糖 蜂蜜 酱油 香醋 豆瓣 豆豉 辣酱 辣椒酱 泡菜 酸菜 榨菜 笋干 果脯 蜜饯 米酒 黄酒 白酒 果酒 茶叶 白茶 红茶 绿茶 黑茶 油茶 菜籽油 茶油 山茶油 核桃油 食用菌 香菇 木耳 银耳`)

// businessKinds23 are kinds of rural business, lodging or shop that an
// enumeration may read as a place (“…”农家乐、…民宿): gojieba tags 农家乐 a
// name.
var businessKinds23 = wordSet(`农家乐 渔家乐 牧家乐 藏家乐 林家乐 民宿 精品民宿 客栈 农庄 休闲农庄 采摘园 农家院 农家小院 茶馆 茶楼 酒坊 饭庄 小卖部 便利店 超市 网店 微店 直播间 驿站`)

// listItemKind23 reports a list item that is only a kind of business
// (农家乐): no place.
func listItemKind23(f Finding) bool {
	return f.Evidence == "list-item" && businessKinds23[f.Text]
}

// assessWords23 are the short words for the water or air sections a level
// of government assesses (国考断面 "a section the state assesses", 省控).
var assessWords23 = []string{"国考", "省考", "市考", "县考", "国控", "省控", "市控", "县控"}

// listItemAssessTail23 cuts a list item that runs into such a word (东湖|
// 国考、省考断面) down to the place before it; an item that begins with
// one (省考断面) comes back with no text: no place.
func listItemAssessTail23(f Finding) Finding {
	if f.Evidence != "list-item" {
		return f
	}
	if hasAnyPrefix13(f.Text, assessWords23) {
		f.Text = ""
		return f
	}
	for _, w := range assessWords23 {
		if stem, ok := strings.CutSuffix(f.Text, w); ok && runeLen(stem) >= 2 {
			f.Text, f.End = stem, f.Start+len(stem)
			f.Evidence += ",assess-tail23"
			return f
		}
	}
	return f
}

// techNames23 are the names of national technology programmes and systems
// (北斗 satellite navigation, 神舟 spacecraft, 鸿蒙 operating system) that
// are also the short forms of townships.
var techNames23 = wordSet(`北斗 天宫 神舟 嫦娥 天眼 鸿蒙 天通 风云 天问 祝融 羲和 悟空 墨子 天和 问天 梦天 长征 天舟 天链`)

// techWords23 follow such a name where it names the technology (北斗|导航,
// 北斗|终端).
var techWords23 = []string{"导航", "卫星", "定位", "系统", "终端", "芯片", "设备", "高精度", "授时", "短报文", "基站", "探测器", "空间站", "火箭", "飞船", "操作系统", "自动驾驶", "农机", "监控", "应用"}

// techName23 reports a place that is one of techNames23 right before a
// word of its technology (北斗|导航自动驾驶系统), read as a township's short
// form or by a tagger, where the text does not name the township itself.
func techName23(tt *tokText, f Finding) bool {
	return techNames23[f.Text] && f.End <= len(tt.text) && hasAnyPrefix13(tt.text[f.End:], techWords23) && noNamedPlace21(tt, f)
}
