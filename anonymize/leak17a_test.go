package anonymize

import "testing"

// TestShopsAfterPlace17a: an unquoted shop right after its place or inside
// a market is masked (class: stem and kind of business after a masked
// place); a modifier before the kind (个体醋坊) stays.
func TestShopsAfterPlace17a(t *testing.T) {
	got := maskedText(t, []string{
		"太谷县范村镇上安村晋和醋坊等12家个体醋坊完成规范提升。",
		"西关农贸市场内聚丰园饭庄使用过期钢瓶，老城商场内一品香面馆被责令整改。",
		"消防救援大队在文龙街道夜查小餐馆，沿沐溪河布设茶馆12个。",
	})
	checkMasked(t, got, []string{"晋和醋坊", "聚丰园", "一品香"}, []string{"个体醋坊完成规范提升", "使用过期钢瓶", "被责令整改", "夜查小餐馆", "布设茶馆"})
}

// TestQuotedShopsWithPlaces17a: quoted shops in a list whose items each
// carry their township are masked (class: 甲镇“…”、乙镇“…”等民宿).
func TestQuotedShopsWithPlaces17a(t *testing.T) {
	got := maskedText(t, []string{
		"禹越镇“三分书屋”、钟管镇“望山小筑”等民宿入选省级精品民宿。",
		"新市镇“半窗书斋”、洛舍镇“临水茶舍”等民宿接待游客2万人次。",
	})
	checkMasked(t, got, []string{"三分书屋", "半窗书斋", "临水茶舍"}, []string{"等民宿入选省级精品民宿", "接待游客"})
}

// TestPlaceStemBrands17a: a quoted service brand named after the
// neighbourhood masked in the same paragraph is masked (class: place stem
// in a quoted brand before 品牌/服务队).
func TestPlaceStemBrands17a(t *testing.T) {
	got := maskedText(t, []string{
		"和平街道新华路社区打造“新华有约”议事品牌，全年化解矛盾86件。",
		"青松街社区推出“青松帮帮团”志愿服务品牌，结对独居老人45户。",
	})
	checkMasked(t, got, []string{"新华有约", "青松帮帮团"}, []string{"议事品牌", "志愿服务品牌", "结对独居老人"})
}

// TestFirmCutToTrade17a: a firm whose ordinary-word brand after a masked
// place was cut off (吉林图们江|北方|贸易有限公司) is masked whole, and its
// brand and trade alone after it (class: firm cut to its trade).
func TestFirmCutToTrade17a(t *testing.T) {
	got := maskedText(t, []string{
		"辽宁鸭绿江北方贸易有限公司全年进出口额2.1亿元，北方贸易在口岸设立保税仓库。",
		"吉林松花江南方贸易有限公司新开航线两条，南方贸易年运量增长12%。",
	})
	checkMasked(t, got, []string{"北方贸易", "南方贸易"}, []string{"全年进出口额", "在口岸设立保税仓库", "年运量增长"})
}

// TestTwoCharBrands17a: a firm's two-character brand that is a frequent
// word is masked where it stands as the firm (before its officer, in
// quotes) and stays a word elsewhere (class: two-character brand in a
// firm's frame).
func TestTwoCharBrands17a(t *testing.T) {
	got := maskedText(t, []string{
		"浙江天晴伞业集团股份有限公司建设未来工厂，天晴董事长俞建伟在会上发言。今天天晴，风和日丽。",
		"宁波春风电器有限公司扩产，“春风”品牌进入欧洲市场，春风总经理冯立新说订单增长。春风又绿江南岸。",
	})
	checkMasked(t, got, []string{"天晴董事长", "“春风”", "春风总经理"}, []string{"今天天晴", "董事长", "总经理", "春风又绿江南岸"})
}

// TestBylineNames17a: every name of a byline after its label is masked,
// whatever the given name (class: names of a byline).
func TestBylineNames17a(t *testing.T) {
	got := maskedText(t, []string{
		"本报记者  周  明远  通讯员  刀玉梅  李者黑",
		"摄影  杨晓  钱者青",
	})
	checkMasked(t, got, []string{"李者黑", "钱者青", "刀玉梅"}, []string{"本报记者", "通讯员"})
}

// TestResidentNames17a: a resident named after his village or group before
// a predicate of his past is masked, whatever the given name (class:
// residents after their village).
func TestResidentNames17a(t *testing.T) {
	got := maskedText(t, []string{
		"桃园村的涂丰收原是建档立卡贫困户，现在种了30亩果园。",
		"沙坝组的陇光明曾是外出务工人员，今年回乡办起了养殖场。",
	})
	checkMasked(t, got, []string{"涂丰收", "陇光明"}, []string{"原是建档立卡贫困户", "曾是外出务工人员"})
}
