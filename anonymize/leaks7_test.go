package anonymize

import "testing"

// TestGazetteerVillageAfterTown: a village whose stem the gazetteer holds
// stands right after its town with four characters (吉勒得斯) or with
// words gojieba knows (小黑|岗子): the whole stem is masked, no piece of it
// stays; the villages listed after it with 、 too.
func TestGazetteerVillageAfterTown(t *testing.T) {
	got := maskedText(t, []string{
		"永陵镇吉勒得斯村完成村庄规划编制，新建卫生室一处。",
		"三道镇小黑岗子村、赵家围子村建成光伏电站。",
	})
	checkMasked(t, got, []string{"吉勒", "得斯", "小黑", "赵家"}, []string{"完成村庄规划编制", "建成光伏电站"})
}

// TestLandformStemPlaces: a village or township named for a landform
// (…坪村, …岗镇) after 在 or 到, which gojieba cuts (蚂蟥|坪村) or glues
// (分水|岗镇), is masked whole; 坪 and 岗 in ordinary words stay.
func TestLandformStemPlaces(t *testing.T) {
	got := maskedText(t, []string{
		"上年在蚂蟥坪村建设冷链仓储中心，到乔家坪村开展义诊活动。",
		"乡里全力推进在分水岗镇召开的现场会筹备工作，岗位培训同步开展。",
	})
	checkMasked(t, got, []string{"蚂蟥", "乔家", "分水岗"}, []string{"建设冷链仓储中心", "开展义诊活动", "岗位培训同步开展"})
}

// TestRiverStretchPlaces: the places that name the stretches of a river
// (…河大沟段、红土坡段) are masked, the first one after the river and the
// next after a list comma, even after a stretch the gazetteer does not know
// (龙家湾段、石门坎段); an ordinary stretch (上游段) stays.
func TestRiverStretchPlaces(t *testing.T) {
	got := maskedText(t, []string{
		"完成洮河大沟段、红土坡段堤防加固，上游段清淤同步推进。",
		"治理清水河龙家湾段、石门坎段河岸，国道318线波密段、通麦段改造完成。",
		"滨河路城区段、上游段、示范段、沿线段绿化提升。",
	})
	checkMasked(t, got, []string{"红", "大沟", "石门坎", "通麦"}, []string{"堤防加固", "上游段清淤", "城区段、上游段、示范段、沿线段绿化"})
}

// TestMinorityNameAfterRole: a Tibetan given name of one element (央宗,
// 德吉) right after a role is a name, before a list comma or a verb.
func TestMinorityNameAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"村党支部书记央宗、妇联主席拉姆参加培训。",
		"驻村工作队队长德吉介绍，今年新建蔬菜大棚20座。",
	})
	checkMasked(t, got, []string{"央宗", "德吉"}, []string{"参加培训", "新建蔬菜大棚"})
}

// TestRareSurnameInRoleList: a name with a Hui surname missing from the
// surname table (虎, 者) right after a role is a name with its surname, and
// so are the names listed after it: no surname stays readable.
func TestRareSurnameInRoleList(t *testing.T) {
	got := maskedText(t, []string{
		"政协委员虎秀英、虎文斌提交提案3件。",
		"社区主任者红梅说，居民满意度明显提高。",
	})
	checkMasked(t, got, []string{"虎", "秀英", "文斌", "者", "红梅"}, []string{"提交提案", "社区主任", "居民满意度"})
}

// TestNameGluedToPersonNoun: a quoted person's name after the noun that
// says who they are (果农|田德胜说) is masked whole even where gojieba glued
// its surname to the noun (农田) or its last character to the verb (明说).
func TestNameGluedToPersonNoun(t *testing.T) {
	got := maskedText(t, []string{
		"果农田德胜说，葡萄今年丰收。",
		"菜农田秀芝说，大棚菜卖上了好价钱。",
		"护林员甘德明说，山林防火不敢松懈。",
	})
	// 甘德|明说: the name's last character glued to the verb stayed readable
	checkMasked(t, got, []string{"田德胜", "田秀芝", "德明", "明说"}, []string{"果农", "菜农", "护林员", "葡萄今年丰收"})
}

// TestOrdinaryPhrasesNotNames: phrases of reports that read like names
// stay readable: a themed town (康养小镇), a county of a national list
// (重点产棉县), a body named by an attribute in 性 (普惠性幼儿园), a county's
// utility company (县供水公司), a prize (文华大奖) and a zone after its level
// (省级旅游度假区); the places around them are still masked.
func TestOrdinaryPhrasesNotNames(t *testing.T) {
	got := maskedText(t, []string{
		"新建康养小镇一个，申报全国重点产棉县，普惠性幼儿园覆盖率92%，普惠性托育机构达到12家。",
		"依托县供水公司实施管网改造，编排的花鼓戏荣获省文华大奖，创建省级旅游度假区，在分水岗镇建成游客中心。",
	})
	checkMasked(t, got, []string{"分水岗"}, []string{"康养小镇", "重点产棉县", "普惠性幼儿园", "普惠性托育机构", "县供水公司", "文华大奖", "省级旅游度假区"})
}

// TestBrandAfterProvince: a firm named after its province (四川|蓉禾源|农业
// 有限公司) is also called by its brand alone, which is masked wherever it
// stands; a two-character brand that names the firm's product too and a
// department's ordinary name (交通运输) are no short forms.
func TestBrandAfterProvince(t *testing.T) {
	got := maskedText(t, []string{
		"四川蓉禾源农业有限公司流转土地800亩，农户跟着蓉禾源种菜增收。",
		"县交通运输局牵头落实交通运输部的部署。",
	})
	checkMasked(t, got, []string{"蓉", "禾源"}, []string{"交通运输部", "种菜增收"})
}

// TestFirmHeadedByPlace: a firm whose name begins with its city, which
// gojieba tags as a place or a name, and a noun (那曲|雪域|藏香鸡养殖有限公司)
// is masked from the city on, so no word of its name stays readable and
// its product (藏香鸡养殖基地) is no short form of it.
func TestFirmHeadedByPlace(t *testing.T) {
	got := maskedText(t, []string{
		"引进那曲雪域藏香鸡养殖有限公司，建设藏香鸡养殖基地。",
	})
	checkMasked(t, got, []string{"那曲", "雪域"}, []string{"藏香鸡养殖基地"})
}

// TestPersonNounThenAdverb: after a person noun, an adverb before a verb
// of saying (高兴地说, 满意地说) begins with a surname character but is no
// name: its characters are not given-name characters.
func TestPersonNounThenAdverb(t *testing.T) {
	got := maskedText(t, []string{
		"农民高兴地说，今年收成好。居民满意地说，环境变美了。",
	})
	checkMasked(t, got, nil, []string{"高兴地说", "满意地说"})
}

// TestVillageHeadsAndLandforms: a known village stem after a direction or
// size character (大|石板沟村, glued to the town's suffix: 镇大/x) and a
// village found only as a landform character and 村 (白果树|坪村) are masked
// with their heads, so no piece of the name stays readable.
func TestVillageHeadsAndLandforms(t *testing.T) {
	got := maskedText(t, []string{
		"沿江镇大石板沟村和小石板沟村完成改厕。",
		"红岩镇青杠坡村、白果树坪村建成产业路。",
	})
	checkMasked(t, got, []string{"石板沟", "大石", "小石", "白果树", "青杠坡"}, []string{"完成改厕", "建成产业路"})
}

// TestFarmerAndListedRareSurnames: any kind of farmer in 农 before a name
// and a verb of saying (蜂农|虎德才说), and a name listed after a rare-surname
// name (哈桂香、撒建国) whose given name is also a word, are masked; the
// learned tagger's guess across the noun (农虎) gives way, and 务农 and
// 普遍说 stay.
func TestFarmerAndListedRareSurnames(t *testing.T) {
	got := maskedText(t, []string{
		"蜂农虎德才说，今年蜂蜜产量翻番。委员哈桂香、撒建国列席会议。",
		"务农群众普遍说好。",
	})
	checkMasked(t, got, []string{"虎德才", "德才", "撒建国", "建国"}, []string{"蜂农", "务农群众", "普遍说好", "列席会议"})
}

// TestMinorityElementsAfterPersonWords: a minority given name of one
// element after a person noun (牧民|乌力吉), after a role whose last
// character gojieba took for a surname with 同志 (乡长|格|桑同志), and the
// single elements listed after such a name (古丽、阿依) are masked whole.
func TestMinorityElementsAfterPersonWords(t *testing.T) {
	got := maskedText(t, []string{
		"嘎查长巴特尔、牧民乌力吉参加了培训。",
		"乡长格桑同志主持会议。工作队员古丽、阿依参加入户走访。",
	})
	checkMasked(t, got, []string{"乌力吉", "格", "阿依"}, []string{"嘎查长", "牧民", "乡长", "同志主持会议", "工作队员", "参加入户走访"})
}
