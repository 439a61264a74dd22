package anonymize

import "testing"

// TestCoopCores19o: a cooperative's brand and trade alone after its full
// name are masked (class: a cooperative's core alone).
func TestCoopCores19o(t *testing.T) {
	got := maskedText(t, []string{
		"府谷县瑞丰蔬菜专业合作社建成冷库2座，瑞丰蔬菜进入省城商超。",
		"米脂县金穗小米专业合作社建成烘干线1条，金穗小米年销售额突破900万元。",
	})
	checkMasked(t, got, []string{"瑞丰蔬菜", "金穗小米"}, []string{"进入省城商超", "年销售额突破900万元"})
}

// TestFirmSeries19o: a firm's stem before 系列 is masked (class: a firm's
// stem before 系列).
func TestFirmSeries19o(t *testing.T) {
	got := maskedText(t, []string{
		"安徽墨锦文房用品有限公司扩建生产线，墨锦系列书画纸进入高校。",
		"浙江砚华文具用品有限公司开发新品40款，砚华系列钢笔获省级设计奖。",
	})
	checkMasked(t, got, []string{"墨锦", "砚华"}, []string{"书画纸进入高校", "钢笔获省级设计奖"})
}

// TestSurnameShops19o: a quoted eatery named by a surname and 记 is masked
// (class: surname + 记 in quotes); ordinary words in 记 stay.
func TestSurnameShops19o(t *testing.T) {
	got := maskedText(t, []string{
		"“严记羊杂汤”“郑记肥肠粉”在北街形成美食街。",
		"留住城市“印记”，推行“登记在册”管理。",
	})
	checkMasked(t, got, []string{"严记羊杂汤", "郑记肥肠粉"}, []string{"印记", "登记在册", "形成美食街"})
}

// TestStateUnitSiblings19o: an item of a list of state forest units beside
// a masked one is masked (class: listed state forest units); kinds stay.
func TestStateUnitSiblings19o(t *testing.T) {
	got := maskedText(t, []string{
		"国有七沟林场、国有青石砬子林场完成森林抚育4.1万亩。",
		"国有七沟林场、国有石门子沟林场完成造林1.3万亩，国有大西沟林场、国有白草洼林场完成封育。",
	})
	checkMasked(t, got, []string{"青石砬子林场", "石门子沟林场"}, []string{"完成森林抚育4.1万亩", "完成造林1.3万亩", "国有"})
	kept := maskedText(t, []string{
		"国有七沟林场、国有重点林场完成森林抚育4.1万亩。",
	})
	checkMasked(t, kept, nil, []string{"国有重点林场"})
}
