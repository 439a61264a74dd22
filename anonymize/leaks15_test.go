package anonymize

import "testing"

// TestBrandBeforeCompoundTrade: a firm named after its province, a
// made-up brand and a trade word gojieba knows whole (生物科技, 汽车部件,
// 电子商务) is referred to later by its brand or by its name without the
// place and the legal form; both are masked, and the trade words stay.
func TestBrandBeforeCompoundTrade(t *testing.T) {
	got := maskedText(t, []string{
		"引进湖南瑞禾堂生物科技有限公司建设中药材提取项目。",
		"瑞禾堂负责人表示明年将追加投资。",
		"江苏恒锐汽车部件股份有限公司落户开发区。",
		"恒锐汽车部件总经理介绍了新生产线的产能。",
		"山东鑫禾源电子商务有限公司开设直播间20个。",
		"鑫禾源电子商务全年网络销售额突破3000万元。",
		"广西桂茂林再生资源有限公司回收废旧农膜。",
		"桂茂林再生资源在各乡镇设立回收点。",
		"全县汽车部件产业链、生物科技产业、电子商务、再生资源利用加快发展。",
	})
	checkMasked(t, got, []string{"瑞禾堂", "恒锐汽车部件", "鑫禾源", "桂茂林"},
		[]string{"全县汽车部件产业链、生物科技产业、电子商务、再生资源利用加快发展。", "负责人表示", "总经理介绍"})
}

// TestQuotedShopWithQualifier: a shop's name in quotes before a
// qualifier and a kind of shop (“…”直营门店, “…”连锁超市) is masked; a
// frequent word in quotes before the same words stays.
func TestQuotedShopWithQualifier(t *testing.T) {
	got := maskedText(t, []string{
		"在县城开设“禾丰鲜生”连锁超市3家。",
		"“山里红妹”品牌专卖店入驻高铁站。",
		"“乡味坊”线下体验店月均销售额12万元。",
		"“云岭优品”直营店上架农特产品200余种。",
		"新开“桃溪人家”社区便利店5家。",
		"设立“农产品”直营门店2家，打造“一站式”服务中心。",
	})
	checkMasked(t, got, []string{"禾丰鲜生", "山里红妹", "乡味坊", "云岭优品", "桃溪人家"},
		[]string{"“农产品”直营门店", "“一站式”服务中心", "连锁超市3家", "品牌专卖店"})
}

// TestNamesAfterUnit: a housing estate, lane or gully named right after
// its subdistrict, town or county is masked even when its stem is an
// ordinary word (和平, 阳光, 桃花); a class of estate (老旧小区, 安置小区)
// or a kind of ditch (排水沟) after the same places stays.
func TestNamesAfterUnit(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇幸福小区加装电梯4部。",
		"鼓楼街道阳光家园完成雨污管网改造。",
		"岚皋县杏花沟游客同比增长两成。",
		"鼓楼街道书院巷完成立面整治。",
		"城关镇锦绣花园新增停车位120个。",
		"城关镇老旧小区改造完成，鼓楼街道安置小区交付入住，岚皋县排水沟清淤3公里。",
	})
	checkMasked(t, got, []string{"幸福小区", "阳光家园", "杏花沟", "书院巷", "锦绣花园"},
		[]string{"老旧小区改造完成", "安置小区交付入住", "排水沟清淤"})
}

// TestVillagesBesideVillages: a village of two characters and 村 that
// gojieba cut off is masked beside a sure village in a list, however its
// stem was cut (同|和, an adjective), and at the opening of a sentence
// before a noun or a verb when its stem is no frequent word (an adjective
// such as 丰茂 or 温厚); kinds of village (贫困村, 行政村, 中心村) stay.
func TestVillagesBesideVillages(t *testing.T) {
	got := maskedText(t, []string{
		"新建通组公路18公里；同和村、黄土坳村完成人居环境整治提升。",
		"（二）特色产业。丰茂村油茶基地扩面至500亩。",
		"（三）文化建设。秀美村文化广场建成投用。",
		"（四）人居环境。温厚村完成改厕150户。",
		"石板坳村、宽敞村完成危房改造。",
		"贫困村、石板坳村完成评估。行政村全部通硬化路。中心村建设有序推进。",
	})
	checkMasked(t, got, []string{"同和村", "丰茂村", "秀美村", "温厚村", "宽敞村"},
		[]string{"贫困村、", "行政村全部通硬化路", "中心村建设有序推进", "油茶基地", "文化广场建成投用"})
}

// TestTownshipsAndRiversOfTheGazetteer: a township of one character and
// its level that gojieba cut or made up (古乡/x, 薛|镇) is masked after its
// county or before its village; the short form of a township that gojieba
// reads as a common noun or cuts apart (独石|口) is masked in a place slot
// (在…周边, 到…一带); a one-character river named like its county (澧水,
// 泾水) is masked; frequent words of the same shapes stay.
func TestTownshipsAndRiversOfTheGazetteer(t *testing.T) {
	got := maskedText(t, []string{
		"岷县古乡石堡村通了自来水。",
		"薛镇杏林村新建文化广场。",
		"在独石口周边布设监测点。",
		"到凉水口一带开展巡查。",
		"在白道口附近新建停车场。",
		"澧水干流水质稳定达标。",
		"泾水沿岸种植防护林。",
		"涉水工程审批加快，温水浸泡种子。在出入口附近设置标识，到路口一带巡逻。",
	})
	checkMasked(t, got, []string{"古乡", "薛镇", "独石口", "凉水口", "白道口", "澧水", "泾水"},
		[]string{"涉水工程审批加快", "温水浸泡种子", "在出入口附近", "到路口一带巡逻", "干流水质"})
}

// TestListsClosedByAKindOfPlace: the items of a list closed by 等 and a
// kind of place (等老街, 等村寨, 等河流) beside one sure place are places
// when they end like one (巷, 街, 沟, 湾, 溪), however ordinary their stem; a
// list with no sure place stays.
func TestListsClosedByAKindOfPlace(t *testing.T) {
	got := maskedText(t, []string{
		"整治和平街、打铁街等老街，完成立面改造。",
		"石门坎村、杨柳湾、李家沟等村寨完成改厕。",
		"澧水、清风溪、月亮湾等河流水质达标。",
		"对新华街道、同福巷、书院街等街巷实施雨污分流。",
		"黄泥坳村、望江口等景点接待游客2万人次。",
		"对城区主干道、背街小巷、出入口等路段加强巡查。",
	})
	checkMasked(t, got, []string{"打铁街", "杨柳湾", "清风溪", "月亮湾", "同福巷", "书院街", "望江口"},
		[]string{"对城区主干道、背街小巷、出入口等路段加强巡查。", "等老街", "等河流"})
}

// TestDotNamesCutAfterTheDot: a transliterated name whose part after the
// dot gojieba cut into a noun and a name word (…·木合|塔尔) or into single
// characters that a Chinese-name reading took (…·沙|吾|提 read as 沙吾提)
// is masked whole; a dot between ordinary words stays.
func TestDotNamesCutAfterTheDot(t *testing.T) {
	got := maskedText(t, []string{
		"骑手阿力木·沙吾提获得第一名。",
		"教练员叶尔保拉·沙吾列被评为优秀教练员。",
		"技术员努尔江·沙依提指导种植。",
		"护林员阿依别克·木合塔尔巡山。",
		"骑手别克·沙吾提夺冠。",
		"乡村振兴·产业发展论坛在县城举行。",
	})
	checkMasked(t, got, []string{"吾提", "吾列", "依提", "木合", "塔尔", "别克"},
		[]string{"乡村振兴·产业发展论坛", "获得第一名", "指导种植"})
}

// TestNamesInListsAndContacts: in a list beside a sure name, a surname
// and a given name that is a word (黄小妹, 白小妹) and a transliterated name
// with no surname (阿依达娜, 古丽娜) are names; after a contact label, an
// office and a space, any surname and given name is a name (高文静, 白雪,
// 田野); a label before an office alone stays.
func TestNamesInListsAndContacts(t *testing.T) {
	got := maskedText(t, []string{
		"评选出叶建明、黄小妹、朱建新等8户文明家庭。",
		"评出许国强、白小妹、陈建新等好媳妇。",
		"阿依达娜、王思远入选集训队。",
		"学员古丽娜、李思源、马建军结业。",
		"联系人：办公室 高文静",
		"联系人：综合科 白雪",
		"经办人：优抚股 田野",
		"负责人：办公室",
	})
	checkMasked(t, got, []string{"黄小妹", "白小妹", "阿依达娜", "古丽娜", "高文静", "白雪", "田野"},
		[]string{"负责人：办公室", "联系人：办公室 ", "入选集训队", "等好媳妇"})
}

// TestVillageStemBeforeASegment: a village named with a frequent word
// keeps its stem readable elsewhere (团结 stays a word), except where the
// document writes the stem before a segment word (…河团结段, 胜利片区): there
// it is the village and is masked with the segment word.
func TestVillageStemBeforeASegment(t *testing.T) {
	got := maskedText(t, []string{
		"和平村党支部组织党员学习。",
		"完成清水河和平段护岸加固1.2公里。",
		"团结村新建文化广场1处，村干部团结带领群众发展产业。",
		"团结片区完成电网改造。",
		"前进村发展蔬菜种植300亩。",
		"渠江前进河段清淤2公里。",
		"同心村新修产业路3公里。",
		"同心片区森林覆盖率达到六成。",
		"桃花村成立乡村旅游合作社。",
		"小溪桃花段新建步道800米，一段时间内游客明显增多。",
	})
	checkMasked(t, got, []string{"和平段", "团结片区", "前进河段", "同心片区", "桃花段"},
		[]string{"团结带领群众", "一段时间内", "护岸加固"})
}

// TestNameAfterVerbInList: the first name of a list right after a verb,
// whose surname gojieba glued to the verb's complement (评选|出叶|…) or
// read with the given name's first character as a place (评出|许国|…),
// is masked beside the sure names after it; list items that are no names
// stay.
func TestNameAfterVerbInList(t *testing.T) {
	got := maskedText(t, []string{
		"评选出叶建明、黄小妹、朱建新等8户文明家庭。",
		"评出许国强、白小妹、陈建新等好媳妇。",
		"年内评选出叶建国、黄小妹、朱建新等孝老爱亲模范。",
		"评出许国华、白小妹、陈建新等致富能手。",
		"评选出叶建设、黄小妹、朱建新等8户。",
		"评出许国栋、白小妹、陈建新等优秀网格员。",
		"新建出入口、停车场等设施。",
	})
	checkMasked(t, got, []string{"叶建明", "许国强", "叶建国", "许国华", "叶建设", "许国栋"},
		[]string{"新建出入口、停车场等设施。", "等好媳妇"})
}
