package anonymize

import "testing"

// TestRiverBeforeCourse: streams with no gazetteer entry are masked before
// a word of their course however gojieba cuts them (黑苏|台河, 东|苇河,
// 洧|河漂流); kinds of stream and frequent words (小河支流, 江河治理) stay.
func TestRiverBeforeCourse(t *testing.T) {
	got := maskedText(t, []string{
		"黑苏台河综合治理工程完工，东苇河支流新建护岸3公里。",
		"投资建设的洧河漂流项目开业，带动游客增长。",
		"沿线河道全面清淤，小河支流水质稳定，江河治理持续推进。",
	})
	checkMasked(t, got, []string{"黑苏", "苏台", "台河", "苇河", "洧"}, []string{"综合治理工程", "支流新建护岸", "漂流项目", "小河支流", "江河治理", "沿线河道"})
}

// TestListSiblingOfKind: an item of a list named before the same kind as
// a known place beside it is a place too (青峰水库、双合水库; 北月韵小镇、
// 金沙湖森林小镇); a kind alone (小型水库) stays.
func TestListSiblingOfKind(t *testing.T) {
	got := maskedText(t, []string{
		"白马水库、三合水库完成除险加固，小型水库安装监测设施。",
		"推进北月韵小镇、金沙湖森林小镇建设，培育特色小镇3个。",
	})
	checkMasked(t, got, []string{"白马", "三合", "北月韵", "金沙"}, []string{"小型水库", "特色小镇", "森林小镇"})
}

// TestOldTownAfterTownAndPass: an old town named right after its township
// (青山镇|望云|古城) and a pass before a scenic kind that gojieba cut from
// its head (跑|马口) are masked whole; a description (千年古城) and a verb of
// going (到|马口) stay.
func TestOldTownAfterTownAndPass(t *testing.T) {
	got := maskedText(t, []string{
		"串联白石镇老城、青山镇望云古城等资源，保护千年古城。",
		"依托跑马口景区开展研学，组织游客到马口景区游览。",
		"依托打虎口景区开展研学。",
	})
	checkMasked(t, got, []string{"望云", "依托跑", "依托打"}, []string{"古城等资源", "千年古城", "游客到〔"})
}

// TestProvincePartsAndMuseum: a province's part named by its short form
// and a direction (闽南, 苏北) is a place, and a museum with a made-up name
// (振华博物馆) an organisation; the county's museum stays.
func TestProvincePartsAndMuseum(t *testing.T) {
	got := maskedText(t, []string{
		"闽南茶叶市场交易活跃，苏北地区客商云集。",
		"振华博物馆开馆，县博物馆完成布展。",
	})
	checkMasked(t, got, []string{"闽南", "苏北", "振华"}, []string{"茶叶市场交易活跃", "地区客商", "县博物馆完成布展"})
}

// TestTownGluedToVillageAndRoadSection: a township whose suffix gojieba
// glued to its village (兴盛|乡上|金村) is masked with the village, and so
// are the township stems at both ends of a road section (儒林至丹口段);
// 县城至乡镇 stays.
func TestTownGluedToVillageAndRoadSection(t *testing.T) {
	got := maskedText(t, []string{
		"依托农科院开展科研，兴盛乡上金村建成示范基地。",
		"县道儒林至丹口段改造完工，县城至乡镇公路畅通。",
	})
	checkMasked(t, got, []string{"兴盛", "乡上", "上金", "儒林", "丹口"}, []string{"建成示范基地", "县城至乡镇公路畅通", "段改造完工"})
}

// TestFirmPlaceWord: the place word a firm is named after right after its
// province (山西|坝上|薯业有限公司) is masked where it stands alone in the
// paragraph.
func TestFirmPlaceWord(t *testing.T) {
	got := maskedText(t, []string{
		"依托山西坝上薯业有限公司建设基地，推动坝上农产品外销。",
	})
	checkMasked(t, got, []string{"坝上"}, []string{"农产品外销", "建设基地"})
}

// TestNamesWithoutRoleBeside: names are masked before an identity-card
// label (控制人祁建明（身份证号…）), in a contact line (办公室：严德光，联系电话),
// after a villager before speech (群众马尕六说) and after a role when the
// given name is an ordinary word (理事长方永和被评为).
func TestNamesWithoutRoleBeside(t *testing.T) {
	got := maskedText(t, []string{
		"将该公司及其实际控制人祁建明（身份证号：110101199003074514）列入失信名单。",
		"县农业农村局办公室：严德光，联系电话0930-1234567。",
		"来自白石镇的脱贫群众马尕六说：“日子越过越好。”",
		"合作社理事长方永和被评为全省乡村产业振兴带头人。",
	})
	checkMasked(t, got, []string{"祁建明", "建明", "严德光", "德光", "马尕六", "尕六", "方永和"},
		[]string{"实际控制人", "办公室：", "联系电话", "脱贫群众", "说：", "理事长", "被评为"})
}

// TestKindBodiesKept: bodies named by their kind stay readable — a
// cooperative of a trade (民俗文化演艺合作社), a rank of hotel (星级宾馆), a
// workshop of a genre word in a list (民宿、非遗工坊), a logistics word
// (冷链物流), what a clinic becomes (创成社区医院) and a national bank — while a
// firm with a made-up name (金穗演艺合作社) is still masked.
func TestKindBodiesKept(t *testing.T) {
	got := maskedText(t, []string{
		"村里成立了民俗文化演艺合作社，金穗演艺合作社同步开展演出。",
		"全县新增星级宾馆2家，打造青石庄园、非遗工坊等消费场景。",
		"冷链物流短板明显，白石镇卫生院创成社区医院。",
		"工资专用账户在中国工商银行开立。",
	})
	checkMasked(t, got, []string{"金穗"}, []string{"民俗文化演艺合作社", "星级宾馆", "非遗工坊", "冷链物流", "社区医院", "中国工商银行"})
}

// TestSloganShortFormsKept: ordinary words that are also short forms of a
// county or township stay readable in slogans and facilities (宜居宜业,
// 停车港湾, “文化惠民·…”, 滨海…示范带, 省级美丽宜居村), and a conjunction
// before a county body (学院和县委党校) or a department's short name before
// 局 (县人社局局长) is no place or person; the places and the head's name
// around them are still masked.
func TestSloganShortFormsKept(t *testing.T) {
	got := maskedText(t, []string{
		"建设宜居宜业和美乡村，同步建设停车港湾和充电桩。",
		"组织“文化惠民·送戏下乡”演出120场，打造滨海生态示范带。",
		"白石镇青竹村入选省级美丽宜居村，依托农校和县委党校开展培训。",
		"县人社局局长祁正明介绍，全县将开展技能培训。",
	})
	checkMasked(t, got, []string{"白石", "青竹", "祁正明"}, []string{"宜居宜业", "停车港湾", "文化惠民", "滨海生态示范带", "美丽宜居村", "和县委党校", "县人社局局长"})
}

// TestPrepositionLeftOutOfStream: a preposition gojieba leaves on a
// stream's name (沿|清溪|河, 对龙塘河/x, 对|柳|溪河) stays readable before the
// masked stream, which is still masked whole, and begins no list item
// (沿|北溪、白水关: the list of places still masks its second item).
func TestPrepositionLeftOutOfStream(t *testing.T) {
	got := maskedText(t, []string{
		"沿清溪河新建绿道5公里，对龙塘河开展综合整治，对柳溪河实施清淤。",
		"沿北溪、白水关一线布设监测点。",
	})
	checkMasked(t, got, []string{"清溪", "龙塘", "柳溪", "北溪", "白水"}, []string{"沿〔", "对〔", "新建绿道", "一线布设"})
}

// TestVerbCountyAfterSelfBody: a county whose name is a verb (会同县)
// opening a clause before a county department, in a sentence where a body
// spoke of itself (我局…), is the verb and the department's 县; the
// department stays readable also as a list item, and the town beside it is
// masked. The county before its department with no such subject (another
// document) is masked.
func TestVerbCountyAfterSelfBody(t *testing.T) {
	got := maskedText(t, []string{"我局立即启动快速处置机制，会同县住建局、白石镇政府召开协调会。"})
	checkMasked(t, got, []string{"白石"}, []string{"会同县住建局、"})
	got = maskedText(t, []string{"会同县住建局召开会议，部署安全生产工作。"})
	checkMasked(t, got, []string{"会同县"}, []string{"住建局召开会议"})
}

// TestLeaks11OrdinaryWordsStay: the recognizers of leaks11 leave ordinary
// phrases alone — idioms and kinds of stream (大江大河, 城市内河, 界河), a kind
// beside a named scenic spot (核心景区), a party before an ID label (申请人),
// parts of a town at a road section's ends (东环至西环段).
func TestLeaks11OrdinaryWordsStay(t *testing.T) {
	got := maskedText(t, []string{
		"推进大江大河治理，城市内河综合治理，界河治理有序推进。",
		"龙头山景区、核心景区游客增长。",
		"申请人（身份证号：110101199003074514）提出申请。",
		"县城至城区段、东环至西环段改造完成。",
	})
	checkMasked(t, got, []string{"龙头山"}, []string{"大江大河治理", "城市内河综合治理", "界河治理", "核心景区", "申请人（", "东环至西环段"})
}

// TestLandformHamletBeforeSite: a hamlet named by an ordinary noun and its
// landform (楼房|沟, 水井|湾) is masked before what it hosts (特色民宿, 露营地);
// a ditch before a demonstration point (排水沟示范点) stays.
func TestLandformHamletBeforeSite(t *testing.T) {
	got := maskedText(t, []string{
		"依托青峰山景区，发展楼房沟特色民宿集群，打造水井湾露营地。",
		"建设排水沟示范点，发展山沟民宿。",
	})
	checkMasked(t, got, []string{"楼房沟", "水井湾"}, []string{"特色民宿集群", "露营地", "排水沟示范点", "山沟民宿"})
}
