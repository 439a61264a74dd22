package anonymize

import "testing"

// TestVerbHeadedPlace35: a generic local body after a verb (联合|县农商银行)
// stays whole; the words before the verb are no place.
func TestVerbHeadedPlace35(t *testing.T) {
	got := maskedText(t, []string{
		"（三）服务民营经济。商会联合县农商银行推出“茶商贷”，为小微企业提供信用贷款。",
		"协会联合县农商银行开展普惠金融进村活动。",
	})
	checkMasked(t, got, nil, []string{"商会联合县农商银行", "协会联合县农商银行"})
}

// TestExchangeCity35: the city of a national exchange stays with it.
func TestExchangeCity35(t *testing.T) {
	got := maskedText(t, []string{
		"青禾科技股份有限公司已向北京证券交易所递交上市申请。",
		"两家企业分别在北京证券交易所和上海证券交易所挂牌。",
	})
	checkMasked(t, got, []string{"青禾科技"}, []string{"北京证券交易所", "上海证券交易所"})
}

// TestTrainBrand35: an international freight-train brand read at the start
// of a tagger's span stays.
func TestTrainBrand35(t *testing.T) {
	for _, p := range []string{
		"红枣产品经中欧班列出口哈萨克斯坦等国家。",
		"与霍尔果斯综合保税区合作，葡萄干经中欧班列出口哈萨克斯坦等国家。",
	} {
		checkMasked(t, maskedText(t, []string{p}), nil, []string{"中欧班列"})
	}
}

// TestProvinceTerm35: a breed or a slogan built on a province stays.
func TestProvinceTerm35(t *testing.T) {
	got := maskedText(t, []string{
		"合作社现有社员90户，存栏新疆褐牛600头。",
		"为建设生态美的多彩贵州新未来贡献力量。",
	})
	checkMasked(t, got, nil, []string{"新疆褐牛", "多彩贵州"})
}

// TestPracticeTail35: a pilgrim's practice after a sacred lake is cut off
// the place, which stays masked.
func TestPracticeTail35(t *testing.T) {
	got := maskedText(t, []string{
		"配合地区做好玛旁雍错转山转湖游客服务。",
		"做好拉昂错转山转湖游客服务，全年接待游客2万人次。",
	})
	checkMasked(t, got, []string{"玛旁雍错"}, []string{"转山转湖"})
}

// TestOccupationNT35: a school's teacher read as a body from gojieba's nt
// tag stays readable.
func TestOccupationNT35(t *testing.T) {
	got := maskedText(t, []string{
		"熊 英 县民族中学教师",
		"全县招聘中学教师45名。",
	})
	checkMasked(t, got, []string{"熊 英"}, []string{"县民族中学教师", "中学教师45名"})
}
