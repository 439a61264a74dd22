package anonymize

import "testing"

// TestGenericBodiesKept: a kind of body every county has stays readable
// after the place that names it (…镇|市场监管所, …社区|居家养老服务中心),
// after ordinary words (…直达|冷链仓储中心), after a level word (苏木乡镇|卫生
// 院) and after a character glued on from the word before (手工纸|研学工坊);
// the places stay masked.
func TestGenericBodiesKept(t *testing.T) {
	got := maskedText(t, []string{
		"县局稽查人员会同白鹭镇市场监管所开展食品安全检查。",
		"新建长青街道红旗社区居家养老服务中心，老人就近享受助餐服务。",
		"蔬菜通过产业路直达冷链仓储中心，损耗明显下降。",
		"巩固苏木乡镇卫生院服务能力，村医培训全覆盖。",
		"返乡青年开办手工纸研学工坊，接待学生2000人次。",
		"县慈善总会开展助学活动，募集善款30万元。",
	})
	checkMasked(t, got, []string{"白鹭", "长青街道", "红旗社区"},
		[]string{"市场监管所", "居家养老服务中心", "冷链仓储中心", "苏木乡镇卫生院", "研学工坊", "县慈善总会"})
}

// TestProductSeasonAndPolicyWords: season words (金秋), "…长制" systems and
// their chiefs (河长), crafts of a people (苗绣) and product words (…酒,
// …香梨) are not personal names; a name with a role beside it still is.
func TestProductSeasonAndPolicyWords(t *testing.T) {
	got := maskedText(t, []string{
		"金秋时节，果园里的玉露香梨挂满枝头。",
		"全面落实河长制，全县设立三级河长420名。",
		"深化林长制改革，全县林长巡林2万余次。",
		"发展康养民宿30家，新增床位600张。",
		"村里的桂花酒、苗绣都成了游客抢购的特产。",
		"村党支部书记王德发介绍，今年梨子收成好。",
	})
	checkMasked(t, got, []string{"王德发"},
		[]string{"金秋时节", "玉露香梨", "河长制", "三级河长", "林长巡林", "康养民宿", "桂花酒", "苗绣"})
}

// TestOrdinaryPlacePhrases: a risk zone (滑坡易发区), a team stationed in a
// village (…局驻村工作队), trees counted after a measure word (30亩梨树)
// and a product quality word (富硒) are not places.
func TestOrdinaryPlacePhrases(t *testing.T) {
	got := maskedText(t, []string{
		"在山洪灾害易发区开展巡查，转移群众80人。",
		"在县林业局驻村工作队帮助下，村里种了30亩梨树。",
		"打造“富硒青山、生态小镇”品牌，全镇新增富硒茶园500亩。",
	})
	checkMasked(t, got, nil, []string{"灾害易发区", "驻村工作队", "亩梨树", "富硒茶园"})
}

// TestCropAreaAndListNames: the crop a cooperative is named after stays
// readable elsewhere (雪莲芋亩产) while the cooperative is masked; an area
// named before its level (…国家级森林公园) is masked; and so is a name with
// a rare surname between two names of a list.
func TestCropAreaAndListNames(t *testing.T) {
	got := maskedText(t, []string{
		"青石镇雪莲芋种植专业合作社带动农户200户，雪莲芋亩产达到3000斤。",
		"依托白云落国家级森林公园发展生态旅游，石门开省级地质公园建成研学基地。",
		"种植大户王建国、杞德胜、李秀英带头发展核桃产业。",
	})
	checkMasked(t, got, []string{"青石镇雪莲芋种植", "白云落", "石门开", "王建国", "杞德胜", "李秀英"},
		[]string{"雪莲芋亩产", "国家级森林公园发展", "省级地质公园", "种植大户"})
}

// TestLandmarkListSiblings: the items of a list of landmarks are masked
// when one of them is a place already found (…寺、…关、…草原), however
// gojieba tagged them.
func TestLandmarkListSiblings(t *testing.T) {
	got := maskedText(t, []string{
		"汛期安全形势平稳。云岫寺、雁门坡、高山草原周边设立巡查点12个。",
		"白龙潭景区、蝴蝶谷遗迹园、青溪沟景区全年接待游客80万人次。",
	})
	checkMasked(t, got, []string{"云岫", "雁门坡", "高山草原", "蝴蝶谷遗迹园"}, []string{"周边设立巡查点", "全年接待游客"})
}

// TestStreetBeforeLocative: a street named by an ordinary word is masked
// before a word of where along it (光明路一带); a kind of road (产业路两侧)
// stays.
func TestStreetBeforeLocative(t *testing.T) {
	got := maskedText(t, []string{
		"夜市人气旺盛，光明路一带夜间客流增长两成。",
		"产业路两侧种植花卉3公里。",
	})
	checkMasked(t, got, []string{"光明路"}, []string{"产业路两侧", "一带夜间客流"})
}

// TestMountainBrand: a mountain a farm product is named after is masked
// before the work of raising it (…山黑山羊养殖); a kind word (生态) is not
// taken.
func TestMountainBrand(t *testing.T) {
	got := maskedText(t, []string{
		"新发展无忧山黑山羊养殖户35户，户均增收8000元。",
		"推广生态山茶油种植1200亩。",
	})
	checkMasked(t, got, []string{"无忧山"}, []string{"黑山羊养殖户", "生态山茶油种植"})
}

// TestPlaceStemBrand: a brand named after a landform's township (…山街道|
// …白茶) is found by the township's stem, a verb to gojieba (飞来) though
// it is; the stem inside the township and an ordinary word are not taken.
func TestPlaceStemBrand(t *testing.T) {
	text := "飞来山街道飞来白茶市场建成投用，客商飞来洽谈。"
	tt := newTokText(testSeg(t), text)
	town := "飞来山街道"
	fs := []Finding{{Type: LOCATION, Text: town, Start: 0, End: len(town), Evidence: "gazetteer", Score: 1}}
	out := placeStemBrands12(tt, fs)
	if len(out) != 1 || out[0].Text != "飞来" || out[0].Start != len(town) {
		t.Fatalf("want the stem before 白茶 only, got %+v", out)
	}
}
