package anonymize

import "testing"

// TestBuildingType17a: a vernacular building type standing alone is a kind
// of building, no building's name.
func TestBuildingType17a(t *testing.T) {
	got := maskedText(t, []string{
		"青岩镇完成22处明清四合院修缮。",
		"我们推出两条线路，串联老街、白沙村过街楼和石桥村，预订量翻番。",
	})
	checkMasked(t, got, []string{"青岩镇", "白沙村", "石桥村"}, []string{"明清四合院", "过街楼"})
}

// TestContinentEpithet17a: an epithet on a continent's stem names no place
// of a county.
func TestContinentEpithet17a(t *testing.T) {
	got := maskedText(t, []string{
		"三江源被称作“亚洲水塔”，玛多县加强湿地保护。",
		"玛沁县牧民说，这里是“亚洲水塔”的源头。",
	})
	checkMasked(t, got, []string{"玛多县", "玛沁县"}, []string{"亚洲水塔"})
}

// TestModelTerm17a: a town's or village's stem before 精神, or before 经验
// after 新时代, is a national model's term; a village's full name, a quoted
// local model's stem (“后陈经验” beside 后陈村) and a county's stem are still
// masked.
func TestModelTerm17a(t *testing.T) {
	got := maskedText(t, []string{
		"新桥镇干部深入践行“红岩精神”，走访困难群众200户。",
		"白洋镇群众学习“后陈经验”，全年调解纠纷40件。",
		"白洋镇后陈村经验在全县推广。",
	})
	checkMasked(t, got, []string{"新桥镇", "白洋镇", "后陈村", "后陈"}, []string{"“红岩精神”"})
	// a quoted local model names the village the report is about
	got = maskedText(t, []string{"石门乡桃溪村卫生室建起健康档案。", "全县正在推广“桃溪经验”。"})
	checkMasked(t, got, []string{"桃溪村", "桃溪"}, nil)
	// the stem masked elsewhere (枫桥镇) stays at the term, unless the title
	// names the place (TestNationalModelsKept)
	got = maskedText(t, []string{"诸暨市2024年社会治理工作汇报", "枫桥镇调解中心受理纠纷120件。", "我们坚持发展新时代“枫桥经验”。"})
	checkMasked(t, got, []string{"枫桥镇"}, []string{"“枫桥经验”"})
	// a county's own spirit names the county
	got = maskedText(t, []string{"右玉县教育局开展研学活动。三、弘扬右玉精神。"})
	checkMasked(t, got, []string{"右玉"}, nil)
}

// TestProvinceTerm17a: a province before a folk art form or between 内地
// and a class is a national term.
func TestProvinceTerm17a(t *testing.T) {
	got := maskedText(t, []string{
		"县文化馆每周组织四川竹琴和清音演出，白沙镇文化站承办。",
		"去年全县有12名学生考上内地西藏班，扎西镇考取5名。",
		"初中毕业生考入内地新疆高中班8人，阿克苏镇输送3人。",
	})
	checkMasked(t, got, []string{"白沙镇", "扎西镇"}, []string{"四川竹琴", "内地西藏班", "内地新疆高中班"})
}

// TestEthnicGroup17a: a group read as a person before 人 and a word of
// settling is an ethnic group.
func TestEthnicGroup17a(t *testing.T) {
	got := maskedText(t, []string{
		"定日县扎西宗乡是夏尔巴人世代居住的地方，边民互市活跃。",
		"陈塘沟一带夏尔巴人聚居，竹编技艺代代相传。",
	})
	checkMasked(t, got, []string{"定日县"}, []string{"夏尔巴人世代居住", "夏尔巴人聚居"})
}

// TestKindBeforeQuotedName17a: a kind of business after 一家 and before
// its quoted name is the kind; the quoted name is masked.
func TestKindBeforeQuotedName17a(t *testing.T) {
	got := maskedText(t, []string{
		"返乡青年王晓东在石门镇开了一家竹编工作室“青篁坊”，年销售额30万元。",
		"李秀梅在老街开了一家刺绣工坊“锦绣里”，带动妇女20人就业。",
	})
	checkMasked(t, got, []string{"王晓东", "石门镇", "青篁坊", "李秀梅", "锦绣里"}, []string{"竹编工作室", "刺绣工坊"})
}

// TestCraftItem17a: a list item ending in a craft or trade is an activity,
// no place.
func TestCraftItem17a(t *testing.T) {
	got := maskedText(t, []string{
		"下寨乡白岩村的藏香制作、拉林乡的氆氇编织纳入扶持范围。",
		"龙门镇青石村的竹篮编织、白沙乡的米酒酿造列入名录。",
	})
	checkMasked(t, got, []string{"下寨乡", "白岩村", "拉林乡", "龙门镇", "青石村", "白沙乡"}, []string{"藏香制作", "氆氇编织", "竹篮编织", "米酒酿造"})
}

// TestVillageBusiness17a: a family business whose owner is a village is
// the village's businesses: the village is masked, the kind stays.
func TestVillageBusiness17a(t *testing.T) {
	got := maskedText(t, []string{
		"勒秀镇罗哇村牧家乐达到37户，年接待游客5万人次。",
		"尕海镇秀玛村牧家乐已有15户，年收入翻番。",
	})
	checkMasked(t, got, []string{"勒秀镇", "罗哇村", "尕海镇", "秀玛村"}, []string{"牧家乐达到37户", "牧家乐已有15户"})
}

// TestHistoricArmy17a: a historic army is cut from a body read over it.
func TestHistoricArmy17a(t *testing.T) {
	got := maskedText(t, []string{
		"石桥村离白沙湾新四军第五师旧址不远，发展红色研学。",
		"龙岗村紧邻黄土岭八路军一二九师旧址，开发研学线路。",
	})
	checkMasked(t, got, []string{"石桥村", "白沙湾", "龙岗村", "黄土岭"}, []string{"新四军第五师", "八路军一二九师"})
}

// TestEthnicGroupNoPerson17a: a person before 人大 and a settling word is
// no ethnic group: the name masked elsewhere must not stay readable there
// (before, 王建国 was kept at its first occurrence).
func TestEthnicGroupNoPerson17a(t *testing.T) {
	got := maskedText(t, []string{
		"王建国人大代表带领群众修路。县人大代表王建国参加会议。",
	})
	checkMasked(t, got, []string{"王建国"}, nil)
}

// TestLocalSpirit17a: a stem before 精神 whose village the document names
// in full is the village's own spirit and stays masked (before, 张庄精神
// and 柳溪精神 kept the stems of 张庄村 and 柳溪镇 readable); a national
// spirit (红岩精神) stays beside its village.
func TestLocalSpirit17a(t *testing.T) {
	got := maskedText(t, []string{
		"2025年文化工作总结",
		"张庄村位于县城东部。全村学习张庄精神，群众干劲足。",
		"柳溪镇党委书记李明介绍，柳溪精神激励全镇干部群众。",
	})
	checkMasked(t, got, []string{"张庄", "柳溪"}, nil)
	got = maskedText(t, []string{"2025年文化工作总结", "红岩村党支部书记李明介绍，全村践行“红岩精神”。"})
	checkMasked(t, got, []string{"李明"}, []string{"“红岩精神”"})
}
