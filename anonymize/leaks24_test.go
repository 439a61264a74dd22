package anonymize

import "testing"

// TestQuotedLodgings24: a quoted name right after or before the word for
// an inn, a tea room, a camp or an account is masked, also one with 的
// inside and the next quote of the same list; a quoted description
// (“小散弱”) and a quoted campaign after an inn's word stay readable.
func TestQuotedLodgings24(t *testing.T) {
	got := maskedText(t, []string{
		"青石镇培育农家乐“桥头老姑”、民宿“竹影半山”“溪声人家”等18家。",
		"“云上松风”茶室和“星河草甸”帐篷营地周末客满，农家乐“老胡家的铁锅鹅”年接待游客3万人次。",
		"抖音账号“山里的阿莲妹”粉丝过万，“金竹韵”茶叶专业合作社带动农户200户。",
	})
	checkMasked(t, got, []string{"桥头老姑", "竹影半山", "溪声人家", "云上松风", "星河草甸", "老胡家的铁锅鹅", "山里的阿莲妹", "金竹韵"}, []string{"茶室", "帐篷营地", "茶叶专业合作社", "粉丝过万"})
	got = maskedText(t, []string{"全县民宿“小散弱”问题突出，推动农家乐“提质升级”，开展民宿“管家服务”培训。"})
	checkMasked(t, got, nil, []string{"小散弱", "提质升级", "管家服务"})
}

// TestShopListItems24: the shops of a list closed by 等 and the word for
// shops or traders are masked; a list of kinds of goods stays readable.
func TestShopListItems24(t *testing.T) {
	got := maskedText(t, []string{"老街沿线，鸿泰五金、锦岚家纺、喜旺腊味等36家门店完成改造。"})
	checkMasked(t, got, []string{"鸿泰五金", "锦岚家纺", "喜旺腊味"}, []string{"门店完成改造"})
	got = maskedText(t, []string{"老街沿线，日用五金、床上家纺、风干腊味等门店完成改造。"})
	checkMasked(t, got, nil, []string{"日用五金", "床上家纺", "风干腊味"})
}
