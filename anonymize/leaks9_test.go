package anonymize

import "testing"

// TestBannerHeadSignature: the head of a banner or league (旗长, 盟长)
// signs a report with spaces between the title and a name that reads as
// ordinary words (国庆, 建军): the name is masked, the title stays.
func TestBannerHeadSignature(t *testing.T) {
	got := maskedText(t, []string{
		"某某旗人民政府旗长  包国庆",
		"盟长  白建军同志主持会议，研究部署春耕生产。",
	})
	checkMasked(t, got, []string{"包国庆", "白建军"}, []string{"旗长", "盟长", "研究部署春耕生产"})
}

// TestNameAfterVillageDoctor: a village doctor's name right after 村医,
// which gojieba cuts across (…村|村医|王…), is masked; 村医 in ordinary
// text stays.
func TestNameAfterVillageDoctor(t *testing.T) {
	got := maskedText(t, []string{
		"新民镇红星村村医付长林坚守岗位二十年，获评优秀乡村医生。",
		"全县村医培训实现全覆盖，村医待遇逐步提高。",
	})
	checkMasked(t, got, []string{"付长林"}, []string{"坚守岗位", "村医培训实现全覆盖", "村医待遇逐步提高"})
}

// TestRegionUniversity: a university named after a broad region, which
// gojieba keeps as one word (东北大学), is a proper name; a university named
// by a kind (老年大学) stays.
func TestRegionUniversity(t *testing.T) {
	got := maskedText(t, []string{
		"西北大学专家团队来县开展技术指导，东北大学学生赴乡镇实习。",
		"县老年大学新开设书法班。",
	})
	checkMasked(t, got, []string{"西北大学", "东北大学"}, []string{"专家团队", "老年大学新开设书法班"})
}

// TestProperStemTown: a town of the gazetteer whose stem gojieba tags as an
// abbreviation or a proper word (六合|镇) is masked in a list of products;
// a town named by a kind (特色镇, 重点镇) stays.
func TestProperStemTown(t *testing.T) {
	got := maskedText(t, []string{
		"六合镇食用菌、红旗镇黄花菜形成品牌，特色镇和重点镇建设稳步推进。",
	})
	checkMasked(t, got, []string{"六合"}, []string{"特色镇和重点镇建设稳步推进", "食用菌"})
}

// TestTombPlaceWord: a tomb or temple gojieba knows as a place word
// (中山陵) is masked; 寺庙 stays.
func TestTombPlaceWord(t *testing.T) {
	got := maskedText(t, []string{
		"中山陵周边绿化提升工程完工，山区寺庙消防检查全覆盖。",
	})
	checkMasked(t, got, []string{"中山陵"}, []string{"山区寺庙消防检查全覆盖"})
}

// TestProduceTradeCooperative: a cooperative named only by its produce and
// the work done on it (腊肉加工合作社) is no proper name, so its produce is
// no short form: 老腊肉 elsewhere stays readable.
func TestProduceTradeCooperative(t *testing.T) {
	got := maskedText(t, []string{
		"红星村去年成立了腊肉加工合作社，统一建设熏制房。",
		"山里的老腊肉通过直播卖到全国。",
	})
	checkMasked(t, got, []string{"红星村"}, []string{"老腊肉", "腊肉加工合作社"})
}

// TestShortFormOnlyInsideWords: the short form of a town (水口 of 水口镇)
// that the document writes only inside an ordinary word (取水口) is no name
// there and the word stays; once it stands alone (水口至县城) it is masked
// everywhere.
func TestShortFormOnlyInsideWords(t *testing.T) {
	got := maskedText(t, []string{
		"水口镇新建水厂一座，全县更换取水口设施九处。",
	})
	checkMasked(t, got, []string{"水口镇"}, []string{"更换取水口设施九处"})
	got = maskedText(t, []string{
		"水口镇新建水厂一座，水口至县城公路完工。",
		"全县更换取水口设施九处。",
	})
	checkMasked(t, got, []string{"水口镇", "水口至"}, []string{"全县更换", "设施九处"})
}

// TestRiverTownStretches: the stretches of rivers named by the river and
// the town they pass (…水|某镇段、…河|某乡段) mask both the river and the
// town, including a town the gazetteer does not know and a "name" read
// across the town's suffix; an ordinary stretch (城区段) stays.
func TestRiverTownStretches(t *testing.T) {
	got := maskedText(t, []string{
		"今年完成堤防加固。沅漓水霞坪镇段、柘溪河桐木乡段治理工程通过验收，城区段清淤同步推进。",
	})
	checkMasked(t, got, []string{"沅漓水", "霞坪", "柘溪河", "桐木"}, []string{"治理工程通过验收", "城区段清淤同步推进"})
}

// TestEnumeratorLedBodies: a body after an enumerator (二是|乡镇卫生院,
// 三是|县医院) is judged without it: a generic body stays, a named one
// (红旗镇卫生院) is masked.
func TestEnumeratorLedBodies(t *testing.T) {
	got := maskedText(t, []string{
		"二是乡镇卫生院服务能力提升。三是县医院胸痛中心通过认证。四是红旗镇卫生院改造完成。",
	})
	checkMasked(t, got, []string{"红旗镇"}, []string{"二是乡镇卫生院服务能力提升", "三是县医院胸痛中心"})
}

// TestOrdinaryReadings9: a kind of town (中心镇) stays, a verb of going and
// a unit (来县) is no person, and a town after 至 is masked without the
// preposition.
func TestOrdinaryReadings9(t *testing.T) {
	got := maskedText(t, []string{
		"加快中心镇建设，邀请专家来县指导工作。",
		"县城至桂竹坝镇公路完工。",
	})
	checkMasked(t, got, []string{"桂竹坝"}, []string{"加快中心镇建设", "专家来县指导工作", "县城至"})
}

// TestNamesAfterPersonNouns: names of ordinary words (国庆, 金花, 建军)
// after a person noun (养殖大户, 传承人 glued by gojieba to the surname,
// 创业青年) are masked; 青年文明号 stays.
func TestNamesAfterPersonNouns(t *testing.T) {
	got := maskedText(t, []string{
		"种植大户钱国庆流转土地三百亩。非遗传承人龙金花开设刺绣培训班。",
		"返乡创业青年宁建军创办电商公司，争创青年文明号创建示范点。",
	})
	checkMasked(t, got, []string{"钱国庆", "龙金花", "宁建军"}, []string{"种植大户", "流转土地", "开设刺绣培训班", "争创青年文明号创建示范点"})
}

// TestSiteHeadCharacter: a place found inside a scenic site's name
// (青|龙潭|景区) is widened to the character gojieba cut off before it at
// the start of a clause, so no piece of the site's name stays.
func TestSiteHeadCharacter(t *testing.T) {
	got := maskedText(t, []string{
		"全年旅游收入增长两成。青龙潭景区、石林峡景区新建游客中心。",
	})
	checkMasked(t, got, []string{"青龙潭", "青"}, []string{"全年旅游收入增长两成", "景区新建游客中心"})
}

// TestMongolianNameTails: a Mongolian name of an element and a tail
// character (宝音|图) after a role or a person noun is masked whole, the
// tail too, also where gojieba glues the tail to the verb (图说).
func TestMongolianNameTails(t *testing.T) {
	got := maskedText(t, []string{
		"嘎查达宝音图带领牧民修建棚圈。",
		"牧民宝音图说，今年羊价不错。",
	})
	checkMasked(t, got, []string{"宝音", "图带领", "图说"}, []string{"带领牧民修建棚圈", "说，今年羊价不错"})
}

// TestGenericLocalBodies: bodies every county has, named by their kind
// (县融媒体中心, 县城投集团, 益农信息社), stay readable even where gojieba
// glued the level's character to their first word; a township's named
// body (红旗镇卫生院) is masked.
func TestGenericLocalBodies(t *testing.T) {
	got := maskedText(t, []string{
		"县农投公司、县城投集团完成融资8亿元。县融媒体中心开设专栏。",
		"益农信息社实现行政村全覆盖，红旗镇卫生院改造完成。",
	})
	checkMasked(t, got, []string{"红旗镇"}, []string{"县农投公司、县城投集团完成融资", "县融媒体中心开设专栏", "益农信息社实现行政村全覆盖"})
}

// TestBrandBeforeAmount: a firm's brand and trade (闽兴食品) before the
// verb of an amount (投资2亿元) is masked without the verb.
func TestBrandBeforeAmount(t *testing.T) {
	got := maskedText(t, []string{
		"签约引进浙江禾丰食品有限公司，禾丰食品投资3亿元建设冷链仓储。",
	})
	checkMasked(t, got, []string{"禾丰"}, []string{"投资3亿元建设冷链仓储"})
}

// TestMongolianUnits: villages and townships of Inner Mongolia named by
// their unit word (…嘎查, …苏木) are masked whole, where gojieba glued the
// name to the unit, tagged its pieces as names, or read a list item one
// character at a time; the unit words alone (各苏木、嘎查) stay.
func TestMongolianUnits(t *testing.T) {
	got := maskedText(t, []string{
		"红岩嘎查新建棚圈三十座，哈达图苏木完成草场确权。",
		"巴彦嘎查、哈日根台嘎查实现光伏全覆盖，全旗各苏木、嘎查全面推行网格化管理。",
	})
	checkMasked(t, got, []string{"红岩", "哈达图", "巴彦", "哈日根台"}, []string{"新建棚圈", "完成草场确权", "全旗各苏木、嘎查全面推行"})
}

// TestOrdinaryWordVillagesInContext: villages named with a frequent word
// are masked as items of a list of such villages (团结村、胜利村) and opening
// a sentence before a verb gojieba tags as a place (新建); titles a village
// wins (文明村、卫生村) stay.
func TestOrdinaryWordVillagesInContext(t *testing.T) {
	got := maskedText(t, []string{
		"光明村新建文化广场一处。团结村、胜利村完成道路硬化。",
		"全镇创建文明村、卫生村各5个。",
	})
	checkMasked(t, got, []string{"光明村", "团结村", "胜利村"}, []string{"新建文化广场", "完成道路硬化", "创建文明村、卫生村各5个"})
}

// TestSpeakerBeforeSpeechVerb: a two-character name before 作 or 做 and a
// speech (常青|作|说明) is masked without the verb, which stays readable.
func TestSpeakerBeforeSpeechVerb(t *testing.T) {
	got := maskedText(t, []string{
		"受县长委托，副县长常青作说明，与会人员分组讨论。",
	})
	checkMasked(t, got, []string{"常青"}, []string{"作说明，与会人员分组讨论"})
}

// TestMinorityElementForm: a person named by a Tibetan name of two
// elements (次仁旺堆) and later by its second element (旺堆同志) is masked
// in both places.
func TestMinorityElementForm(t *testing.T) {
	got := maskedText(t, []string{
		"驻村工作队队长次仁旺堆带领队员入户走访。",
		"旺堆同志扎根基层三年，群众评价很高。",
	})
	checkMasked(t, got, []string{"次仁", "旺堆"}, []string{"带领队员入户走访", "同志扎根基层三年"})
}

// TestLaterReferencesAndHouseholds: a given name that is an ordinary word
// (建国 of 王建国) is masked where 同志 follows it later, while the ordinary
// word elsewhere stays; a name glued by gojieba to the household noun
// before it (帮扶户|张…) is masked.
func TestLaterReferencesAndHouseholds(t *testing.T) {
	got := maskedText(t, []string{
		"副县长刘建国带队检查，建国同志要求抓好整改。",
		"庆祝建国七十五周年。干部定期走访帮扶户张小花家。",
	})
	checkMasked(t, got, []string{"刘建国", "建国同志", "张小花"}, []string{"要求抓好整改", "庆祝建国七十五周年", "走访帮扶户"})
}
