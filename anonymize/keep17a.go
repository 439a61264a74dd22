package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep17a: tourism, heritage and national terms of
// the development sets that a recognizer masked as names, each kept by its
// class:
//   - a vernacular building type standing alone (明清|四合院, 14处|过街楼,
//     吊脚楼, 骑楼, 土楼): a kind of building, no building's name
//     (buildingType17a);
//   - an epithet on a continent's stem (“亚洲水塔”, 欧洲屋脊): no place of a
//     county (continentEpithet17a);
//   - a place's bare stem before 精神 or 经验 (“红岩精神”, 新时代“枫桥经验”):
//     a national term of a model, not the place (modelTerm17a);
//   - a province in a national term: before a folk art form (四川|竹琴,
//     山东|快书) or between 内地 and a class (内地|西藏|班) (provinceTerm17a);
//   - an ethnic group read as a person before 人 and a word of settling
//     (夏尔巴|人主要聚居地) (ethnicGroup17a);
//   - a kind of business right before its quoted name (一家|竹编工作室|
//     “甲乙坊”): the quoted name is the name, the kind stays
//     (kindBeforeQuotedName17a);
//   - a list item ending in a craft or trade (…村的|藏香制作、…): an
//     activity, no place (craftItem17a);
//   - a family business whose owner is a village (…镇|罗哇村|牧家乐达到37户):
//     the village's businesses, cut back to the village (villageBusiness17a);
//   - a historic army read as the tail of a body (…湾|新四军|第五师): cut
//     back before the army (historicArmy17a).
//
// keep17a runs right after keep37 (anonymize.go); keepListItem17a is asked
// of enumeration items, which reach the redaction without the rounds. The
// model terms are kept at each occurrence (occurrence17a, redaction.go),
// since the redaction masks every occurrence of a masked text.

// keep17a drops the findings of fs that are ordinary phrases of the classes
// above and cuts a village's businesses and an army's tail back.
func keep17a(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding17a)
}

// keepListItem17a reports an item of an enumeration that is an ordinary
// phrase of keep17a's classes (藏香制作); the guard is keepEach33's.
func keepListItem17a(tt *tokText, f Finding, anchors []Finding) bool {
	if tt == nil || f.Score >= 100 || f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return false
	}
	_, drop := keepFinding17a(tt, f, anchors)
	return drop
}

// keepFinding17a returns f, cut where a generic part belongs to it, and
// whether f is an ordinary phrase as a whole.
func keepFinding17a(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	before, after := text[:f.Start], text[f.End:]
	switch {
	case f.Type != PERSON && buildingTypes17a[f.Text]:
		return f, true
	case f.Type != PERSON && continentEpithet17a(f.Text):
		// kept by the default policy, masked by the strict one: the news
		// sets name international bodies so (亚洲开发银行, 欧洲委员会)
		f.generic = true
		return f, false
	case f.Type == LOCATION && provinceTerm17a(f, before, after):
		return f, true
	case f.Type == PERSON && ethnicGroup17a(f.Text, after):
		return f, true
	case f.Type == ORG && kindBeforeQuotedName17a(f.Text, before, after):
		return f, true
	case f.Type == LOCATION && craftItem17a(f.Text):
		return f, true
	case f.Type == ORG && historicArmySet17a[f.Text]:
		f.generic = true // a body of history: the strict policy masks it as the news sets' ORG
		return f, false
	}
	if g, ok := villageBusiness17a(tt, f); ok {
		return g, false
	}
	if g, ok := historicArmy17a(tt, f); ok {
		return g, false
	}
	return f, false
}

// ------------------------------------------------------------ building types

// buildingTypes17a are vernacular and historic building types: standing
// alone (not 张家|四合院) they name a kind of building, whatever era or
// count comes before them (明清四合院, 14处过街楼). A town's single
// landmarks (钟鼓楼, 魁星楼, 戏楼, 牌坊) are names in the sets and are
// not here.
var buildingTypes17a = wordSet(`四合院 三合院 过街楼 吊脚楼 骑楼 土楼 碉楼 围屋 围龙屋 谯楼 风雨桥 廊桥 石拱桥 马头墙 天井院 窑洞 石库门 筒子楼 蒙古包 毡房 土掌房 干栏 吊楼 跑马楼 藏式民居 徽派建筑 古民居 古建筑群`)

// ------------------------------------------------------------ epithets

// continents17a head epithets of a region's role for a continent or the
// world (亚洲水塔, 欧洲屋脊); no county names itself so.
var continents17a = []string{"亚洲", "欧洲", "非洲", "美洲"}

// continentEpithet17a reports a place read from a continent's stem and a
// thing after it (亚洲|水塔), not a place's kind nor a place of the
// gazetteer: towns take such stems (北极镇, 大洋洲镇, so 北极 and 大洋洲
// are no continents here).
func continentEpithet17a(s string) bool {
	p := firstPrefix(s, continents17a)
	if p == "" || len(s) == len(p) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if placeKindEnd17a.has(r) {
		return false
	}
	_, known := getLexicon().place(s)
	return !known
}

// ------------------------------------------------------------ model terms

// modelHeads17a follow a place's stem in the name of a national model of
// work or spirit (枫桥经验, 红岩精神).
var modelHeads17a = []string{"精神", "经验"}

// placeKindEnd17a end a place's full name: with one of them before 精神 the
// place is named (…村经验), not a model's stem.
var placeKindEnd17a = runeBitsOf("省市县区镇乡村街道社区州旗盟屯寨组")

// modelTerm17a reports a place's bare stem (红岩, 枫桥), not a county's,
// right before 精神,
// or before 经验 after 新时代: the stem of a model term, not the place.
// 经验 alone or quoted follows many things a county or village did (…湾经验,
// “马庄经验” of the village's own work), so it asks for the national mark.
func modelTerm17a(s, before, after string) bool {
	h := firstPrefix(after, modelHeads17a)
	if h == "" || runeLen(s) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if placeKindEnd17a.has(r) || countyStem17a(s) {
		return false
	}
	if h == "精神" {
		return true
	}
	// 经验 only after 新时代 (新时代“枫桥经验”, the national model): a quoted
	// local model alone (推广“南驿经验”, 深化“马庄经验”, “余村经验”) names the
	// village the report is about, and the sets mask its stem.
	return strings.HasSuffix(strings.TrimSuffix(before, "“"), "新时代")
}

// countyLevels17a end a county-level unit's full name.
var countyLevels17a = []string{"县", "市", "区", "旗", "州"}

// countyStem17a reports the short form of a county-level unit of the
// gazetteer (右玉 of 右玉县): a county's own spirit (弘扬右玉精神) names the
// county the report comes from, and the sets mask it; a town's or a
// village's stem (枫桥, 红岩) names a national model.
func countyStem17a(s string) bool {
	l := getLexicon()
	for _, k := range countyLevels17a {
		if _, ok := l.place(s + k); ok {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ provinces in terms

// folkArts17a are folk art forms a province names (四川竹琴, 山东快书,
// 河南坠子, 湖北大鼓).
var folkArts17a = []string{"竹琴", "清音", "扬琴", "琴书", "评书", "快书", "大鼓", "坠子", "梆子", "花鼓", "道情", "高腔", "皮影", "花灯", "渔鼓", "评弹", "二人转", "曲剧", "灯戏", "秧歌"}

// inlandClasses17a follow a province after 内地 in the names of the
// national boarding classes (内地西藏班, 内地新疆高中班).
var inlandClasses17a = []string{"班", "中职班", "高中班", "初中班"}

// provinceTerm17a reports a province (gazetteer short form of a province
// or an autonomous region) in a national term: before a folk art form, or
// between 内地 and a class.
func provinceTerm17a(f Finding, before, after string) bool {
	i := strings.Index(f.Evidence, "gazetteer-short:")
	if i < 0 {
		return false
	}
	full := f.Evidence[i+len("gazetteer-short:"):]
	if j := strings.IndexByte(full, ','); j >= 0 {
		full = full[:j]
	}
	if !(provinceShort30(f.Evidence) || strings.HasSuffix(full, "自治区")) {
		return false
	}
	if firstPrefix(after, folkArts17a) != "" {
		return true
	}
	return strings.HasSuffix(before, "内地") && firstPrefix(after, inlandClasses17a) != ""
}

// ------------------------------------------------------------ ethnic groups

// settleWords17a follow an ethnic group and 人 within a few characters
// (…人主要聚居地, …人世代居住).
var settleWords17a = []string{"聚居", "居住", "同胞", "群众"}

// ethnicGroup17a reports a person's reading right before 人 and, within
// six characters, a word of settling: an ethnic group (夏尔巴|人主要聚居地).
//
// 人 must not begin a word of renWordNext17a (王建国|人大代表带领
// 群众: a person before 人大, not a group): a person kept readable there
// leaks the name masked elsewhere.
func ethnicGroup17a(s, after string) bool {
	if !strings.HasPrefix(after, "人") {
		return false
	}
	rest := after[len("人"):]
	if r, _ := utf8.DecodeRuneInString(rest); renWordNext17a.has(r) {
		return false
	}
	n := 0
	for i := range rest {
		if n > 6 {
			break
		}
		if firstPrefix(rest[i:], settleWords17a) != "" {
			return true
		}
		n++
	}
	return false
}

// renWordNext17a make 人 the head of a word that follows a person, not a
// group (人大代表, 人民群众, 人员, 人称, 人物, 人选, 人才, 人士); 人世代
// (夏尔巴人世代居住) is left alone.
var renWordNext17a = runeBitsOf("大民员称物选才士")

// ------------------------------------------------------------ kind before its name

// oneOf17a stand before a kind of business that a quoted name follows
// (开了一家|竹编工作室|“甲乙坊”).
var oneOf17a = []string{"一家", "一间", "一个", "一处", "一座"}

// quotedKinds17a end a kind of business that its quoted name follows.
var quotedKinds17a = []string{"工作室", "工坊", "作坊", "小店", "茶馆", "客栈", "民宿", "农家乐", "书屋"}

// kindBeforeQuotedName17a reports a body read from a kind of business
// after 一家 or the like and right before a quoted name: the kind is no
// name, the quoted name is.
func kindBeforeQuotedName17a(s, before, after string) bool {
	if !strings.HasPrefix(after, "“") || firstSuffix(before, oneOf17a) == "" {
		return false
	}
	return firstSuffix(s, quotedKinds17a) != "" && !strings.ContainsAny(s, "“”")
}

// ------------------------------------------------------------ crafts

// craftEnds17a end an activity of craft or trade; no place ends so.
var craftEnds17a = []string{"制作", "编织", "加工", "刺绣", "酿造", "技艺", "手艺"}

// craftItem17a reports a place or body read from a list item that ends in
// a craft or trade (藏香制作, 氆氇编织).
func craftItem17a(s string) bool {
	p := firstSuffix(s, craftEnds17a)
	return p != "" && len(s) > len(p)
}

// ------------------------------------------------------------ a village's businesses

// villageEnds17a end a village or township standing as a family
// business's owner.
var villageEnds17a = []string{"村", "镇", "乡", "社区", "寨", "屯", "嘎查"}

// villageBusiness17a cuts a family business (leaks19.go) whose owner is a
// village or township (罗哇村|牧家乐) back to the place: the place's
// businesses, the kind stays.
func villageBusiness17a(tt *tokText, f Finding) (Finding, bool) {
	if f.Type != ORG || !strings.Contains(f.Evidence, "family-business19") {
		return f, false
	}
	kind := firstSuffix(f.Text, familyKinds19)
	if kind == "" {
		return f, false
	}
	stem := f.Text[:len(f.Text)-len(kind)]
	if runeLen(stem) < 2 || firstSuffix(stem, villageEnds17a) == "" {
		return f, false
	}
	g := f
	g.Type = LOCATION
	g.label = ""
	g.generic = false
	g.Text = stem
	g.End = f.Start + len(stem)
	g.Evidence = f.Evidence + ",village-business17a"
	return g, true
}

// ------------------------------------------------------------ historic armies

// historicArmySet17a are historic armies whose units name old sites
// (新四军第五师司令部旧址, 八路军办事处): national names.
var historicArmySet17a = wordSet(`新四军 八路军 东北抗日联军 红四方面军 红二方面军 红一方面军 红军`)

// historicArmies17a end a body read over an army's name.
var historicArmies17a = []string{"新四军", "八路军", "东北抗日联军", "抗日联军", "红四方面军", "红二方面军", "红一方面军", "红军"}

// historicArmy17a cuts a body whose tail is a historic army (…白果树湾|
// 新四军) back before the army; the army alone is dropped
// (historicArmySet17a).
func historicArmy17a(tt *tokText, f Finding) (Finding, bool) {
	if f.Type != ORG {
		return f, false
	}
	a := firstSuffix(f.Text, historicArmies17a)
	if a == "" {
		return f, false
	}
	head := f.Text[:len(f.Text)-len(a)]
	if runeLen(head) < 2 {
		return f, false
	}
	g := f
	g.Text = head
	g.End = f.Start + len(head)
	g.Evidence = f.Evidence + ",army-tail17a"
	return g, true
}

// occurrence17a reports whether the occurrence of e at byte i of s is a
// model term's stem (not of the place the title names in full) (“红岩|精神”) or an ethnic group before 人 and a word of
// settling (夏尔巴|人主要聚居地) although e is masked elsewhere in the
// document (红岩 of 红岩村, 夏尔巴 read as a craftsman's name): the
// redaction masks every occurrence of a masked text.
func occurrence17a(r *Redaction, e *entity, s string, i int) bool {
	before, after := s[:i], s[i+len(e.text):]
	switch e.typ {
	case LOCATION:
		if !modelTerm17a(e.text, before, after) || subjectPlace17a(r, e) {
			return false
		}
		// a stem before 精神 whose village or town the document names in
		// full (张庄村 … 学习张庄精神) is the place's own spirit: kept
		// readable it shows the name masked everywhere else (class: a
		// local spirit of a place of the document). A national spirit of
		// nationalSpirits17a stays even beside its place (红岩村 … 践行
		// “红岩精神”), and so does any stem with no such place.
		return !(strings.HasPrefix(after, "精神") && !nationalSpirits17a[e.text] && docPlace17a(r, e))
	case PERSON:
		return ethnicGroup17a(e.text, after)
	}
	return false
}

// nationalSpirits17a are the stems of the national spirits of the Party's
// spirit genealogy that carry a place's name (红岩精神, 西柏坡精神): a
// national term, kept even where the document names the place itself.
var nationalSpirits17a = wordSet(`红岩 井冈山 延安 西柏坡 沂蒙 大别山 红旗渠 塞罕坝 北大荒 大庆 遵义 古田 苏区 红船 照金 南泥湾 太行 吕梁 大寨 小岗 浦东 深圳 特区 王杰 焦裕禄 雷锋 铁人 两弹一星 载人航天 抗洪 抗震 北斗 西迁 老区`)

// docPlace17a reports whether any paragraph names in full a place that e
// shortens, its kind right after the stem (张庄村, 红岩镇 of 红岩).
func docPlace17a(r *Redaction, e *entity) bool {
	for _, o := range r.order {
		if o.typ != LOCATION || len(o.text) <= len(e.text) || !strings.HasPrefix(o.text, e.text) {
			continue
		}
		if k, _ := utf8.DecodeRuneInString(o.text[len(e.text):]); placeKindEnd17a.has(k) {
			return true
		}
	}
	return false
}

// subjectPlace17a reports whether the first paragraph (the title) names
// the place e shortens in full (枫桥镇2024年社会治理工作汇报): the report
// is the place's own, and its model (枫桥经验) names it.
func subjectPlace17a(r *Redaction, e *entity) bool {
	for _, o := range r.order {
		if o.typ == LOCATION && o.paragraph <= 0 && len(o.text) > len(e.text) && strings.HasPrefix(o.text, e.text) {
			return true
		}
	}
	return false
}
