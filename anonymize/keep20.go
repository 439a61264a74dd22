package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep20 (the twentieth session's keep round):
// ordinary phrases that a recognizer masked, each kept by its class:
//   - produce read as a person (producePerson20): the modifier of a farm
//     product, a breed or a field work read by the surname tables as a
//     name (鲁西|黄牛4200头, 段木|香菇栽培, 石坎|梯田900亩, 巴氏|鲜奶,
//     詹氏|土鸡), a product or work read as a name right before its count
//     (新建丁坝12道, 小白杏2860亩), and a product or trade right before
//     its yield or industry (小白杏|亩产, 毛衫|产业集聚地);
//   - a place's product read as a person right after the place's short
//     form (库车|白杏, 宁都|黄鸡, 濮院|毛衫|创新园): a geographical-
//     indication product or a town's trade (placeProduce20);
//   - a field or water work read by a place pattern (…坝, …堤, …塘)
//     between a build verb and its count (新建丁字坝6道, 加固土石堤3处):
//     no place is built by the piece (builtWork20).
//
// Only findings that no person's context backs are dropped: the evidence
// is that of the surname tables, gojieba or the tagger alone (weakPerson20);
// a role before the name, a title or a verb of speech after it keeps it.
//
// keep20 runs right after keep37 (anonymize.go).

// keep20 drops the findings of fs that are ordinary phrases of the classes
// above.
func keep20(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding20)
}

// keepFinding20 returns f and whether f is an ordinary phrase.
func keepFinding20(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if f.Type == PERSON && (producePerson20(tt.text, f) || placeProduce20(tt.text, f, fs)) {
		return f, true
	}
	if f.Type == LOCATION && builtWork20(tt.text, f) {
		return f, true
	}
	return f, false
}

// ------------------------------------------------------------ produce read as a person

// weakPersonEvidence20 are the parts of a finding's evidence that say no
// more than "the characters could be a name": a surname table's reading,
// gojieba's tag, the tagger's vote. Any other part (role-before, title-after,
// occupation-name13b, padded-name, leaks…, persons13 …) is a person's
// context and keeps the finding.
var weakPersonEvidence20 = map[string]bool{
	"surname+given": true, "unknown-word": true, "jieba:nr": true, "jieba:nr-surname": true,
	"jieba:nrt": true, "jieba:x": true, "tagger": true, "given-is-word": true, "coordinated": true,
}

// weakPerson20 reports whether every part of ev is a weak one.
func weakPerson20(ev string) bool {
	if ev == "" {
		return false
	}
	for _, p := range strings.Split(ev, ",") {
		if !weakPersonEvidence20[p] {
			return false
		}
	}
	return true
}

// produceHeads20 are the heads of a farm product, a breed, a crop or a
// field work that follow their modifier in one word (鲁西|黄牛, 段木|香菇,
// 石坎|梯田, 巴氏|鲜奶). One-character heads are left out: after a name
// they are as often the start of another word (王芳|奶奶, 李强|果断).
var produceHeads20 = []string{
	// livestock and poultry
	"黄牛", "牦牛", "奶牛", "肉牛", "水牛", "山羊", "绵羊", "湖羊", "滩羊", "黑山羊", "白山羊", "绒山羊",
	"生猪", "黑猪", "土猪", "香猪", "花猪", "乌鸡", "乌骨鸡", "土鸡", "蛋鸡", "肉鸡", "麻鸡", "麻鸭", "白鹅", "灰鹅",
	"肉兔", "蜜蜂", "中蜂",
	// fungi, tea, grain, fruit, vegetables, herbs
	"香菇", "花菇", "木耳", "黑木耳", "银耳", "食用菌",
	"绿茶", "红茶", "白茶", "黑茶", "毛尖", "茶叶",
	"大米", "稻米", "贡米", "小米", "青稞", "荞麦",
	"苹果", "柑橘", "脐橙", "蜜柚", "猕猴桃", "葡萄", "核桃", "板栗", "冬枣", "红枣", "甜柿", "杨梅",
	"花椒", "辣椒", "生姜", "大蒜", "山药", "魔芋", "竹笋", "红薯", "马铃薯",
	// made products
	"鲜奶", "牛奶", "酸奶", "奶粉", "米酒", "黄酒", "腊肉", "酱菜", "豆腐", "粉丝", "米粉", "茶油", "蜂蜜", "蚕茧",
	// fields and works
	"梯田", "茶园", "果园",
}

// produceFrames20 follow a product in the clause when it is grown, bred or
// worked (段木香菇|栽培技术, 鲁西黄牛|改良).
var produceFrames20 = []string{"种植", "栽培", "栽植", "养殖", "饲养", "散养", "存栏", "出栏", "改良", "繁育", "采收", "采摘", "基地", "示范", "产业", "加工", "品种", "产量", "亩产", "上市"}

// produceTails20 follow a product, never a person, right after it (毛衫|
// 产业集聚地, 小白杏|亩产, 毛衫|生产企业): no one's name stands glued
// before a yield or an industry.
var produceTails20 = []string{"产业", "亩产", "单产", "产量", "产值", "生产企业", "加工企业", "种植面积", "种植基地", "养殖基地", "养殖规模", "示范园"}

// farmUnits20 count fields, crops, animals and works (12道, 2860亩, 12万袋).
var farmUnits20 = []string{"亩", "公顷", "株", "棵", "头", "只", "羽", "匹", "箱", "袋", "吨", "公斤", "千克", "斤", "道", "座", "处", "眼", "公里", "千米", "立方米", "平方米", "延米", "米"}

// producePerson20 reports a name read over produce: f, of two characters
// and weak evidence only, after a verb or scope of growing, glued before a produce head that a count or a produce frame
// follows in the clause, or ending in 氏 before the head (巴氏|鲜奶, a
// family's or a process's name, no one's full name); f right before a
// count of a farm unit (丁坝|12道); f right before a yield or an industry
// (produceTails20: 毛衫|产业, 白杏|亩产).
func producePerson20(text string, f Finding) bool {
	if !weakPerson20(f.Evidence) {
		return false
	}
	// two characters only: a three-character name glued before a product
	// is as often a farmer's whole name (沈国庆黄牛存栏); a surname and 氏
	// name a family, anything else must follow a verb or a scope of
	// growing (种植|罗勒, 全村|杭椒, 有|鲁西黄牛), not a clause's edge
	// where a farmer's name opens (，李强黄牛存栏…)
	after := text[f.End:]
	switch n := runeLen(f.Text); {
	case n == 3 && produceOpener20(text[:f.Start], f.Text) && farmCount20(after):
		return true // a product or work of three characters between a verb and its count (新建|丁字坝|6道): no name stands there
	case n != 2:
		return false
	}
	if !strings.HasSuffix(f.Text, "氏") && !produceOpener20(text[:f.Start], f.Text) {
		return false
	}
	if farmCount20(after) {
		return true
	}
	if firstPrefix(after, produceTails20) != "" && !strings.HasPrefix(after, "产业园") {
		return true
	}
	head := firstPrefix(after, produceHeads20)
	if head == "" {
		return false
	}
	if strings.HasSuffix(f.Text, "氏") {
		return true
	}
	rest := after[len(head):]
	if farmCount20(rest) {
		return true
	}
	// a produce frame in the clause after the head
	n := 0
	for k, r := range rest {
		if n >= 12 || !isHan(r) {
			break
		}
		if firstPrefix(rest[k:], produceFrames20) != "" {
			return true
		}
		n++
	}
	return false
}

// farmCount20 reports whether s opens with a number and a farm unit
// (12道, 1.2万亩, 12万袋).
func farmCount20(s string) bool {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) && !(i > 0 && r == '.') {
			break
		}
		i += w
	}
	if i == 0 {
		return false
	}
	s = s[i:]
	s = strings.TrimPrefix(strings.TrimPrefix(s, "万"), "余")
	return firstPrefix(s, farmUnits20) != ""
}

// ------------------------------------------------------------ a place's product read as a person

// produceEndRunes20 end the name of a fruit, a crop, a tea, a herb or an
// animal (白|杏, 黄|鸡, 黄|连 is not: a herb's name is too like a given
// name's).
var produceEndRunes20 = runeBitsOf("杏梨桃李枣橘桔柑橙柚柿莓瓜椒姜蒜笋薯菇耳米麦稻茶鸡鸭鹅牛羊猪兔鱼虾蟹")

// placeKindRunes20 end a place's full name (…县, …镇, …村): a name right
// after one is a resident (…村王杏), not a product.
var placeKindRunes20 = runeBitsOf("省市县区旗盟州镇乡村道组屯寨社队场")

// placeProduceTails20 follow a place's trade in the name of its park or
// base (濮院毛衫|创新园).
var placeProduceTails20 = []string{"创新园", "产业园", "直播基地", "生产基地", "交易市场", "批发市场", "特色小镇"}

// placeProduce20 reports a name of two characters, of weak evidence only,
// glued right after a place's short form (no kind character at its end)
// and either ending in a produce's character (库车|白杏, 宁都|黄鸡) or
// followed by a produce word or its park (濮院|毛衫|创新园).
func placeProduce20(text string, f Finding, fs []Finding) bool {
	if !weakPerson20(f.Evidence) || runeLen(f.Text) != 2 {
		return false
	}
	var place *Finding
	for i := range fs {
		if fs[i].Type == LOCATION && fs[i].End == f.Start {
			place = &fs[i]
			break
		}
	}
	if place == nil {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(place.Text); placeKindRunes20.has(last) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(f.Text); produceEndRunes20.has(last) {
		return true
	}
	after := text[f.End:]
	return firstPrefix(after, produceTails20) != "" || firstPrefix(after, produceFrames20) != "" || firstPrefix(after, placeProduceTails20) != ""
}

// ------------------------------------------------------------ a built work read as a place

// buildVerbs20 build, mend or make a work (新建|丁字坝6道).
var buildVerbs20 = []string{"新建", "修建", "新修", "建成", "兴建", "加固", "修复", "整修", "维修", "改造", "清淤", "建设", "完成"}

// builtWork20 reports a place read by a name pattern alone over a work
// that a build verb before and a count after make a thing built by the
// piece (新建|丁字坝|6道): a place is never built 6道 at a time.
func builtWork20(text string, f Finding) bool {
	if !strings.HasPrefix(f.Evidence, "pattern:") || strings.Contains(f.Evidence, ",") {
		return false
	}
	before := text[:f.Start]
	ok := firstSuffix(before, buildVerbs20) != ""
	return ok && pieceCount20(text[f.End:])
}

// pieceUnits20 count works by the piece (6道, 3座, 2口); an area or a
// length (12亩, 3公里) is left out: a named pond or stretch has one.
var pieceUnits20 = []string{"道", "座", "处", "条", "口", "眼", "个"}

// pieceCount20 reports whether s opens with a number and a unit of
// pieceUnits20.
func pieceCount20(s string) bool {
	i := 0
	for i < len(s) && isDigit(rune(s[i])) {
		i++
	}
	return i > 0 && firstPrefix(s[i:], pieceUnits20) != ""
}

// produceOpeners20 stand right before a product that is grown, bred,
// built or counted (种植|罗勒30亩, 全镇现有|鲁西黄牛, 新建|丁坝12道).
var produceOpeners20 = []string{"有", "发展", "推广", "种植", "栽植", "栽培", "栽种", "补植", "新栽", "引进", "引种", "养殖", "饲养", "新建", "修建", "建成", "完成", "全村", "全镇", "全乡", "全县", "全市"}

// produceOpener20 reports whether before ends in an opener of
// produceOpeners20, or in 小 before a produce's character (小|白杏).
func produceOpener20(before, name string) bool {
	if firstSuffix(before, produceOpeners20) != "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return strings.HasSuffix(before, "小") && produceEndRunes20.has(last)
}
