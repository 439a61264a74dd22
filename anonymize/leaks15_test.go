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
