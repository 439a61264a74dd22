package anonymize

import "testing"

// TestQuotedShopListItems17late: a quoted account or shop right before 等,
// a modifier and the kind of shop or account is masked; a quoted campaign
// word before such a kind stays.
func TestQuotedShopListItems17late(t *testing.T) {
	got := maskedText(t, []string{
		"县电商中心培训店主300人次，“阿满聊茶叶”等本土直播账号销量翻番。",
		"全镇“桂嫂说腊肉”等本地网店年销售额超过百万元。",
	})
	checkMasked(t, got, []string{"阿满聊茶叶", "桂嫂说腊肉"}, []string{"等本土直播账号销量翻番", "等本地网店年销售额"})
	kept := maskedText(t, []string{
		"培育“网红打卡”等特色小店。",
		"扶持“老字号”等门店。",
	})
	checkMasked(t, kept, nil, []string{"网红打卡", "老字号"})
}

// TestPlainShopListItems17late: an unquoted item of four characters after
// a list comma or 的, right before 等 and the kind of shop or homestay, is
// masked; ordinary kinds of shop in such a list stay.
func TestPlainShopListItems17late(t *testing.T) {
	got := maskedText(t, []string{
		"全县扶持特色小店30家，红枫坊面包、月岚花事等小店入选名单。",
		"水口镇石门村的桐溪小筑等民宿通过星级评定。",
	})
	checkMasked(t, got, []string{"月岚花事", "桐溪小筑"}, []string{"等民宿通过星级评定"})
	kept := maskedText(t, []string{
		"推广农家乐、渔家乐等民宿。",
		"建成共享厨房、社区食堂等门店。",
	})
	checkMasked(t, kept, nil, []string{"渔家乐等民宿", "社区食堂等门店"})
}
