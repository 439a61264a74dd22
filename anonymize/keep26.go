package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep26: the classes behind the ordinary phrases
// that deid-own49 … 54 (the eleventh session's unseen check sets) found
// masked, each kept by its class:
//
//   - kinds of generic body: a national department by its sector short
//     name (国家林草局); a county department whose short name is cut
//     apart (县经|信局); the office of a chief system (县河长制办公室); a
//     medical or school alliance (医共体分院); a kind of service centre
//     after descriptive words (社区嵌入式养老服务中心, 智慧健身中心); the
//     party or management committee of a generic zone (高新区党工委); a
//     group or station of a kind of people (边民合作社, 边民互助组, 老兵驿站);
//     a quoted meeting named by an object (召开“板凳会”); a higher-level
//     department after the verb that cut it off a place (…经验获|省生态环境厅);
//   - a place with a generic tail (瑞丽市|边境管控工作领导小组, 额尔古纳市|委
//     政法委): only the place is masked (placeWithTail26);
//   - ordinary nouns whose first character is a surname or that gojieba
//     tags a place (楼栋, 纪念碑, 嘎查, 台区) and a quoted X之家 read as a
//     person ending in 之 (“戎耀之|家”);
//   - produce varieties and breeds (金顶谢花酥梨, 三河牛);
//   - policy slogans: paired landform words before a verb of joining
//     (陆海统筹), a national model's place after a domain (海上枫桥), a short
//     form that is an ordinary word before a type suffix (安居型);
//   - a title of honour (千年古盐镇); a chief's patrol read as a water
//     (带队|巡河);
//   - a landform term a place reading ran into (西河沿线消|落带, 狗河国|考
//     断面): the place is cut back to its kind; a river's stretch named by
//     a generic zone (璧南河|高新区段) is dropped.
//
// keep26 runs after keep24 and before keep28, keep27, the policy filter
// and keep21 (anonymize.go); its drop rules (keepFinding26) are hard
// filters of the span guard too (keptByFilters, spantagger.go).

// keep26 drops the findings of fs that are ordinary phrases of the
// classes above, and what lies inside a kind of body it drops (县河 of
// 县河长制办公室), and cuts the others back to their name.
func keep26(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	var kinds [][2]int // the kinds of body among fs
	for _, f := range fs {
		if f.Type == ORG && f.Score < 100 && bodyKind26(tt, f) {
			kinds = append(kinds, [2]int{f.Start, f.End})
		}
	}
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Score >= 100 {
			out = append(out, f) // a policy's deny-list entry
			continue
		}
		// an organisation here is no kind of body (bodyKind26 ran above, and a
		// kind lies inside its own span), so keepFinding26 need not ask again
		if insideAny21(kinds, f) || keepFinding26Body(tt, f, f.Type != ORG) {
			continue
		}
		if g, ok := placeWithTail26(tt, f, fs); ok {
			f = g
		} else if g, ok := deptAfterVerb26(tt, f); ok {
			f = g
		} else if g, ok := landformCut26(tt, f); ok {
			f = g
		}
		out = append(out, f)
	}
	return out
}

// bodyKind26 reports an organisation whose whole name is a kind of body of
// keep26's classes (县河长制办公室, 医共体分院, 高新区党工委).
func bodyKind26(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	// levelKind26 (speed17a.go) is afterLevels21 with chiefOffice26,
	// allianceBody26, describedKind26 and zoneCommittee26 in one walk
	// over the level words, each asked only when the name ends in a
	// character its kind can end in
	return nationalDept26(f.Text) || levelKind26(f.Text) || peopleGroup26(f.Text) || quotedMeeting26(tt, s, e)
}

// keepFinding26 reports whether f is an ordinary phrase of one of keep26's
// drop classes (the span guard and the enumerations of anonymize.go ask
// it too).
func keepFinding26(tt *tokText, f Finding) bool { return keepFinding26Body(tt, f, true) }

// keepFinding26Body is keepFinding26; with body false it takes an
// organisation for no kind of body without asking bodyKind26 (keep26
// asked it already).
func keepFinding26Body(tt *tokText, f Finding, body bool) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return false
	}
	if deptShortCut26(tt, s, e) || ordinaryNouns26[determinerCut26(f.Text)] || peopleGroup26(f.Text) {
		return true
	}
	switch f.Type {
	case ORG:
		return body && bodyKind26(tt, f)
	case PERSON:
		return quotedHome26(tt, f, s, e) || variety26(tt, f, e)
	case LOCATION:
		if f.Evidence == "stretch-of-river" && genericZone21(f.Text) {
			return true // a river's stretch named by a generic zone (璧南河|高新区段)
		}
		if patrolWater26(f.Text) {
			return true
		}
		return variety26(tt, f, e) || landPairSlogan26(tt, f) || modelSlogan26(tt, f, e) || typeSuffix26(tt, f, s, e) || honourTitle26(tt, f)
	}
	return false
}

// ------------------------------------------------------------ bodies

// nationalDept26 reports a national department named by its sector short
// name (国家林草局, 国家卫健委): a national body, kept like those of
// nationalBody13.
func nationalDept26(w string) bool {
	rest, ok := strings.CutPrefix(w, "国家")
	return ok && deptShortName14("县"+rest)
}

// deptShortCut26 reports a finding whose characters, with the one to
// three before it, are a county department's short name (县经|信局 read
// as a person 信局 after 县经): the department of a level, no name.
func deptShortCut26(tt *tokText, s, e int) bool {
	if e-s > 3 || !strings.ContainsRune("局委办", tt.runes[e-1]) {
		return false
	}
	for k := 1; k <= 3 && s-k >= 0; k++ {
		if deptShortName14(tt.sub(s-k, e)) {
			return true
		}
	}
	return false
}

// chiefSystems26 are the first characters of the chief systems every
// county runs (河长制, 林长制, 田长制, 链长制).
var chiefSystems26 = runeBitsOf("河湖林田路链山街巷楼网")

// chiefOffice26 reports the office of a chief system (河长制办公室, 河湖长制
// 办公室, 林长办): every county has one.
func chiefOffice26(w string) bool {
	stem, ok := strings.CutSuffix(w, "长制办公室")
	if !ok {
		stem, ok = strings.CutSuffix(w, "长办")
	}
	if !ok || stem == "" || utf8.RuneCountInString(stem) > 2 {
		return false
	}
	for _, r := range stem {
		if !chiefSystems26.has(r) {
			return false
		}
	}
	return true
}

// alliances26 are the alliances of hospitals or schools of a county (医共体
// of the county hospital and the township clinics); allianceParts26 their
// parts.
var (
	alliances26     = []string{"县域医共体", "县域医联体", "紧密型医共体", "医共体", "医联体", "教共体", "教联体", "医疗集团", "教育集团"}
	allianceParts26 = wordSet(`分院 总院 成员单位 分部 总部 成员校 分校`)
)

// allianceBody26 reports an alliance or one of its parts (医共体分院): a
// kind, no name.
func allianceBody26(w string) bool {
	p := firstPrefix(w, alliances26)
	return p != "" && (len(p) == len(w) || allianceParts26[w[len(p):]])
}

// serviceModifiers26 describe a kind of service centre without naming it
// (社区|嵌入式|养老服务中心, 智慧|健身中心).
var serviceModifiers26 = []string{"嵌入式", "社区", "小区", "智慧", "数字化", "数字", "标准化", "示范", "综合", "区域性", "区域", "乡村", "农村", "城市", "室内", "室外", "共享", "普惠", "一站式", "全龄", "互助式", "互助"}

// serviceKinds26 are kinds of centre that kindBodies21 does not list.
var serviceKinds26 = wordSet(`健身中心 健身房 健身驿站 养老服务中心 养老服务综合体 助餐点 长者服务中心 托育中心 托育服务中心 康养中心 文化中心 运动中心`)

// describedKind26 reports a kind of service centre after one or more
// descriptive words (社区嵌入式养老服务中心, 智慧健身中心): a kind, no name.
// The kind alone is kindOfBody21's.
func describedKind26(w string) bool {
	n := 0
	for {
		p := firstPrefix(w, serviceModifiers26)
		if p == "" || len(p) == len(w) {
			break
		}
		w = w[len(p):]
		n++
	}
	return n > 0 && (kindOfBody21(w) || serviceKinds26[w])
}

// zoneBodies26 are the bodies that run a zone (高新区党工委, 开发区管委会).
var zoneBodies26 = []string{"党工委", "工委", "管委会", "管理委员会", "党委"}

// zoneCommittee26 reports the committee of a generic zone (高新区党工委).
func zoneCommittee26(w string) bool {
	b := firstSuffix(w, zoneBodies26)
	return b != "" && len(b) < len(w) && genericZone21(w[:len(w)-len(b)])
}

// peopleKinds26 are kinds of people a group, a cooperative or a station is
// for (边民|合作社, 老兵|驿站).
var peopleKinds26 = []string{"边民", "农民", "牧民", "渔民", "村民", "居民", "果农", "菜农", "茶农", "蔗农", "职工", "妇女", "青年", "老兵", "退役军人", "残疾人", "快递员", "骑手", "户外劳动者", "新就业群体", "护边员"}

// peopleBodies26 are the groups and stations named by such a kind.
var peopleBodies26 = wordSet(`合作社 专业合作社 互助组 互助社 互助会 驿站 服务驿站 爱心驿站 之家`)

// peopleGroup26 reports a group or station named by a kind of people
// only (边民合作社, 边民互助组, 老兵驿站): every border county has them.
func peopleGroup26(w string) bool {
	p := firstPrefix(w, peopleKinds26)
	return p != "" && peopleBodies26[w[len(p):]]
}

// meetingVerbs26 hold a meeting (召开“板凳会”).
var meetingVerbs26 = []string{"召开", "开好", "举办", "举行", "开展", "组织", "开"}

// quotedMeeting26 reports a quoted meeting named by an object (召开一次
// “板凳会”, 开好“院坝会”): a word of gojieba's dictionary and 会 between
// quotes, a verb of holding a meeting shortly before; a form of meeting,
// no association.
func quotedMeeting26(tt *tokText, s, e int) bool {
	if e-s < 3 || tt.runes[e-1] != '会' || s == 0 || e >= len(tt.runes) || tt.runes[s-1] != '“' || tt.runes[e] != '”' {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e-1 || !t.dictWord() || containsPlace(t.word) {
		return false
	}
	from := max(0, s-1-6)
	before := tt.sub(from, s-1)
	for _, v := range meetingVerbs26 {
		if strings.Contains(before, v) {
			return true
		}
	}
	return false
}

// higherLevels26 open a department's name of a higher level.
var higherLevels26 = []string{"自治区", "省", "市", "州", "盟"}

// crossVerbs26 stand between a place's achievement and the department
// that judged it (…经验获|省生态环境厅推广), whatever word gojieba glues
// them into (获省).
var crossVerbs26 = []string{"获得", "受到", "得到", "报送", "通过", "获", "被", "经", "由", "报"}

// deptAfterVerb26 cuts a body found from its suffix whose span runs back
// over a verb to a place (白沙镇石门村经验获|省生态环境厅) back to that place
// (白沙镇石门村, up to its last kind of place before the verb): what the
// suffix names is the department after the verb, a higher level's named
// in ordinary words, which stays readable.
func deptAfterVerb26(tt *tokText, f Finding) (Finding, bool) {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if f.Type != ORG || s < 0 || e <= s+4 || !strings.HasPrefix(f.Evidence, "org-suffix") || !strings.ContainsRune("厅局委办", tt.runes[e-1]) {
		return f, false
	}
	for i := e - 4; i > s; i-- {
		v := firstPrefix(tt.sub(i, e), crossVerbs26)
		if v == "" || !tt.tokStart(i) {
			continue
		}
		l := i + utf8.RuneCountInString(v)
		p := firstPrefix(tt.sub(l, e), higherLevels26)
		if p == "" {
			continue
		}
		if r := l + utf8.RuneCountInString(p); r >= e-1 || !ordinaryWords21(tt, r, e) {
			return f, false
		}
		j := i
		for j > s+1 && !placeLevelEnds21.has(tt.runes[j-1]) {
			j--
		}
		if j <= s+1 {
			return f, false // no place before the verb: the body stays as found
		}
		f.Type, f.Text, f.End, f.label = LOCATION, tt.sub(s, j), tt.off[j], ""
		f.Evidence += ",place-before-verb26"
		return f, true
	}
	return f, false
}

// ------------------------------------------------------------ a place and a generic tail

// partyDepts26 are the departments of a county's party committee, named
// after the county and 委 (额尔古纳市|委|政法委).
var partyDepts26 = []string{"政法委", "组织部", "宣传部", "统战部", "办公室", "编办", "网信办", "巡察办", "农办", "政研室", "社会工作部", "党校", "党史研究室"}

// partyDeptAfter26 reports whether s begins with 委 and a department of a
// party committee (委|政法委 of 遂昌县委政法委).
func partyDeptAfter26(s string) bool {
	d, ok := strings.CutPrefix(s, "委")
	return ok && firstPrefix(d, partyDepts26) != ""
}

// placeWithTail26 cuts a body whose name is a place and a generic tail back
// to the place: a task group in ordinary words (瑞丽市|边境管控工作领导小组)
// or a department of the place's party committee (额尔古纳市|委政法委, also
// when the body ends at 委 before it). The tail stays readable; the place
// is masked as a place, and the redaction leaves its level before 委
// readable too (〔地名1〕市委政法委, levelBeforeParty26).
func placeWithTail26(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if f.Type != ORG {
		return f, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s {
		return f, false
	}
	for i := s + 2; i < e; i++ {
		if !placeLevelEnds21.has(tt.runes[i-1]) {
			continue
		}
		head := tt.sub(s, i)
		if !placeFoundAt21(fs, f.Start, tt.off[i], head) {
			continue
		}
		tail := tt.sub(i, e)
		ok := false
		if end := firstSuffix(tail, taskGroupEnds21); end != "" && len(end) < len(tail) {
			ok = ordinaryWords21(tt, i, e-utf8.RuneCountInString(end))
		} else if tail == "委" {
			ok = partyDeptAfter26(tail + tt.text[f.End:]) // 额尔古纳市委|政法委
		} else {
			ok = partyDeptAfter26(tail) && firstPrefix(tail[len("委"):], partyDepts26) == tail[len("委"):]
		}
		if ok {
			f.Type, f.Text, f.End, f.label = LOCATION, head, tt.off[i], ""
			f.Evidence += ",place-with-tail26"
			return f, true
		}
	}
	return f, false
}

// ------------------------------------------------------------ ordinary nouns

// ordinaryNouns26 are ordinary nouns that a recognizer reads as a name:
// their first character is a surname (楼栋, 纪念碑), they are a unit of
// the land or the grid (嘎查, 台区), or gojieba tags them a place.
var ordinaryNouns26 = wordSet(`楼栋 单元楼 纪念碑 纪念亭 纪念塔 嘎查 台区 配变台区`)

// determiners26 may stand before such a noun inside a reading (全|嘎查).
var determiners26 = runeBitsOf("全各本该每从到在")

// determinerCut26 returns w without a determiner of one character before a
// noun (全嘎查 → 嘎查), else w.
func determinerCut26(w string) string {
	if r, n := utf8.DecodeRuneInString(w); determiners26.has(r) && len(w) > n {
		return w[n:]
	}
	return w
}

// quotedHome26 reports a person read from a quoted X之家 whose last
// character is 之 (“戎耀之|家”): a programme's name, like those of
// programmeHome21, whatever its X. s and e are f's rune bounds.
func quotedHome26(tt *tokText, f Finding, s, e int) bool {
	return lastRune(f.Text) == '之' && e+1 < len(tt.runes) && tt.runes[e] == '家' && tt.runes[e+1] == '”' && s > 0 && tt.runes[s-1] == '“'
}

// ------------------------------------------------------------ varieties and breeds

// produceWords26 end the name of a fruit or crop variety (金顶谢花|酥梨).
var produceWords26 = wordSet(`酥梨 香梨 雪梨 鸭梨 苹果 脐橙 蜜桔 蜜柚 柚子 猕猴桃 葡萄 大枣 红枣 樱桃 板栗 核桃 茶叶 大米 小米`)

// breedRunes26 end the name of a breed of livestock (三河|牛, 滩|羊).
var breedRunes26 = runeBitsOf("牛羊马猪驴")

// breedAfter26 may follow a breed's name: a list mark, the end of a
// clause or a breeding word.
var breedAfter26 = runeBitsOf("、，。；和及等与良品种养")

// variety26 reports a weak reading right before the word of a fruit
// variety (谢花|酥梨, a person read from a surname and an unknown word) or
// a place's short form right before a breed's character (三河|牛、): the
// variety's or breed's name, no person or place. A full place name or a
// person with a role stays.
func variety26(tt *tokText, f Finding, e int) bool {
	if e >= len(tt.runes) {
		return false
	}
	switch f.Type {
	case PERSON:
		if !strings.Contains(f.Evidence, "unknown-word") || strings.Contains(f.Evidence, "role") {
			return false
		}
		t := tt.tokenAt(e)
		return t != nil && t.start == e && produceWords26[t.word]
	case LOCATION:
		// the breed of a place the document names in full is that place's
		// own brand (巴里坤哈萨克自治县 … 巴里坤马, keep27's placeKinds27)
		return strings.HasPrefix(f.Evidence, "gazetteer-short") && breedRunes26.has(tt.runes[e]) &&
			e+1 < len(tt.runes) && breedAfter26.has(tt.runes[e+1]) && !placeNamedBesideBreed26(tt, f)
	}
	return false
}

// placeNamedBesideBreed26 reports whether the document names the place of
// a breed's short form other than as a breed's head: a declared short
// form, or the stem standing before anything but a breed's character
// (巴里坤哈萨克自治县 … 巴里坤马): then the breed is that place's own brand.
func placeNamedBesideBreed26(tt *tokText, f Finding) bool {
	if strings.HasPrefix(f.Evidence, "short-form") {
		return true
	}
	for b := 0; ; {
		k := strings.Index(tt.text[b:], f.Text)
		if k < 0 {
			return false
		}
		p := b + k + len(f.Text)
		if r, _ := utf8.DecodeRuneInString(tt.text[p:]); !breedRunes26.has(r) {
			return true
		}
		b = p
	}
}

// patrolWater26 reports a water read from its kind whose last two
// characters are 巡 and the kind (带队|巡河, 巡湖): a chief's patrol of the
// waters (河长巡河), a verb and its object, no water's name.
func patrolWater26(w string) bool {
	// a kind of water is a valid character, so its bytes are the last
	// lastRuneLen(w) of w (no string is built for it)
	return waterKinds26.has(lastRune(w)) && lastRune(w[:len(w)-lastRuneLen(w)]) == '巡'
}

// ------------------------------------------------------------ slogans

// landformPairs26 make the halves of a pair of landforms (陆海, 山海, 江海).
var landformPairs26 = runeBitsOf("陆海山江河湖林田草沙城乡")

// joiningWords26 follow such a pair in a slogan (陆海|统筹, 山海|协作).
var joiningWords26 = []string{"统筹", "协作", "联动", "共治", "一体", "协同", "互济", "并进", "兼顾", "联通"}

// landPairSlogan26 reports a place of two landform characters before a
// word of joining (陆海|统筹): a slogan, no place.
func landPairSlogan26(tt *tokText, f Finding) bool {
	n, r0, r1, _ := firstRunes18(f.Text) // (no []rune: speed18.go)
	if n != 2 || !landformPairs26.has(r0) || !landformPairs26.has(r1) {
		return false
	}
	return firstPrefix(tt.text[f.End:], joiningWords26) != ""
}

// modelStems26 are the places of the national models of experience
// (枫桥 of 枫桥经验), from nationalModels13.
var modelStems26 = func() map[string]bool {
	m := map[string]bool{}
	for w := range nationalModels13 {
		if stem, ok := strings.CutSuffix(w, "经验"); ok {
			m[stem] = true
		}
	}
	return m
}()

// modelDomains26 carry a national model into a new domain (海上|枫桥,
// 网上|枫桥).
var modelDomains26 = []string{"海上", "网上", "线上", "云上", "指尖", "掌上", "新时代", "校园"}

// modelSlogan26 reports the place of a national model of experience after
// a domain word or before 式 (海上枫桥, 枫桥式): the model's name, no place.
func modelSlogan26(tt *tokText, f Finding, e int) bool {
	if !modelStems26[f.Text] || f.Evidence == "gazetteer" {
		return false
	}
	if e < len(tt.runes) && tt.runes[e] == '式' {
		return true
	}
	return firstSuffix(tt.text[:f.Start], modelDomains26) != ""
}

// typeSuffix26 reports a short form that is a word of gojieba's
// dictionary, not tagged a place, before a type suffix (安居/v|型商品住房):
// an attribute, no place.
func typeSuffix26(tt *tokText, f Finding, s, e int) bool {
	if !strings.HasPrefix(f.Evidence, "gazetteer-short") || e >= len(tt.runes) || tt.runes[e] != '型' {
		return false
	}
	t := tt.tokenAt(s)
	return t != nil && t.start == s && t.end == e && t.dictWord() && t.pos != "ns"
}

// ------------------------------------------------------------ titles of honour

// agesOfHonour26 open a title of honour (千年|古盐镇).
var agesOfHonour26 = []string{"千年", "百年", "千载", "万年"}

// honourTitle26 reports a place of three characters in 古 and a kind of
// place after an age (千年|古盐镇, 百年|古茶村): a title of honour, no name.
func honourTitle26(tt *tokText, f Finding) bool {
	n, r0, _, r2 := firstRunes18(f.Text) // (no []rune: speed18.go)
	if n != 3 || r0 != '古' || !strings.ContainsRune("镇城村寨", r2) {
		return false
	}
	return firstSuffix(tt.text[:f.Start], agesOfHonour26) != ""
}

// ------------------------------------------------------------ landform terms

// waterKinds26 end a water's name that a reading may run past (西河|沿线).
var waterKinds26 = runeBitsOf("河江湖溪渠库")

// waterTerms26 follow a water's name and are no part of it: the sections
// a level assesses (国考断面, assessWords23) and the land along it (沿线,
// 消落带 "the belt a reservoir's level rises over and falls from").
var waterTerms26 = append([]string{"沿线", "沿岸", "消落带", "消落区"}, assessWords23...)

// landformCut26 cuts a place, or a list's name read as a person, that runs
// past a water's kind into a term that follows waters (西河|沿线消, 狗河|国
// of 狗河国考断面) back to the kind: the term is no part of the name.
func landformCut26(tt *tokText, f Finding) (Finding, bool) {
	if f.Type != LOCATION && f.Type != PERSON {
		return f, false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s+2 {
		return f, false
	}
	for i := s + 1; i < e-1; i++ {
		if waterKinds26.has(tt.runes[i]) && firstPrefix(tt.text[tt.off[i+1]:], waterTerms26) != "" {
			f.Text, f.End = tt.sub(s, i+1), tt.off[i+1]
			f.Evidence += ",water-term26"
			return f, true
		}
	}
	return f, false
}

// levelBeforeParty26 returns the end of the masked part of the place
// entity e matched at s[i:]: a county or city whose level character
// stands before 委 and a department of its party committee (遂昌县|委政法委)
// keeps that character readable (〔地名1〕县委政法委, the generic body's
// name whole); any other match ends where the entity does.
func levelBeforeParty26(e *entity, s string, i int) int {
	end := i + len(e.text)
	if e.typ != LOCATION || e.keep != [2]int{} || utf8.RuneCountInString(e.text) < 3 || !strings.ContainsRune("县市区旗", lastRune(e.text)) || !partyDeptAfter26(s[end:]) {
		return end
	}
	return end - lastRuneLen(e.text)
}
