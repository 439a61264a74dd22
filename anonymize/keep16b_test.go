package anonymize

import "testing"

// TestShortFormInTerm16b: 惠民, 临港 and 北疆 in their ordinary terms are
// words, not the short forms of 惠民县, 临港街道 and 北疆乡.
func TestShortFormInTerm16b(t *testing.T) {
	got := maskedText(t, []string{
		"开发区围绕临港产业引进项目9个，沿江镇新增规上企业4家。",
		"民兵分队常年巡边，守护祖国北疆的安宁，红旗乡民兵连获评先进。",
	})
	checkMasked(t, got, []string{"沿江镇", "红旗乡"}, []string{"临港产业", "祖国北疆"})
}

// TestThingCompound16b: a farm thing whose first characters look like a
// name (连栋温室, 桑基鱼塘) is no person.
func TestThingCompound16b(t *testing.T) {
	got := maskedText(t, []string{
		"合作社在石桥镇新建连栋温室60亩，种植樱桃番茄。",
		"南岸村恢复桑基鱼塘300亩，村民刘桂芳带头养蚕。",
	})
	checkMasked(t, got, []string{"石桥镇", "南岸村", "刘桂芳"}, []string{"连栋温室", "桑基鱼塘"})
}

// TestVerbHospitality16b: 农家乐 after a verb is a kind, not a business
// named by the clause before it.
func TestVerbHospitality16b(t *testing.T) {
	got := maskedText(t, []string{
		"柳溪村依托梯田景观发展农家乐和民宿，年接待游客3万人次。",
		"草原上的牧户依托夏季草场开办牧家乐，户均增收8000元。",
	})
	checkMasked(t, got, []string{"柳溪村"}, []string{"发展农家乐", "开办牧家乐", "梯田景观"})
}

// TestNegationKind16b: 非煤矿山 after a count's classifier is a kind of
// mine, not a brand.
func TestNegationKind16b(t *testing.T) {
	got := maskedText(t, []string{
		"应急局对红岩镇的9家非煤矿山开展专项检查。",
		"全县关闭5家非金属矿山，治理矿区200亩。",
	})
	checkMasked(t, got, []string{"红岩镇"}, []string{"非煤矿山", "非金属矿山"})
}

// TestDeptTailFront16b: a department's last character and a preposition
// before a company are cut from it, so the department stays whole.
func TestDeptTailFront16b(t *testing.T) {
	got := maskedText(t, []string{
		"县自然资源局为鼎丰集团等5家企业办理用地手续。",
		"县行政审批局向华锐集团颁发首张电子营业执照。",
	})
	checkMasked(t, got, []string{"鼎丰集团", "华锐集团"}, []string{"县自然资源局", "县行政审批局"})
}

// TestShortFormHuimin16b: 惠民 after a field is the term "benefit the
// people", not the short form of 惠民县.
func TestShortFormHuimin16b(t *testing.T) {
	got := maskedText(t, []string{
		"今年全县抓项目建设、抓文化惠民、抓安全监管，青山镇各项工作有序推进。",
		"县里推进科技惠民，培训农民2000人次。",
	})
	checkMasked(t, got, []string{"青山镇"}, []string{"文化惠民", "科技惠民"})
}
