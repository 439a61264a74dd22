package anonymize

import "testing"

// TestFirmBrands18o: a firm the recognizers cut to its trade words and
// legal form gets back its brand of two characters (after a masked place,
// after 的 with a trade word between) and its province the segmenter cut;
// the brand is masked wherever its firm's short form stands.
func TestFirmBrands18o(t *testing.T) {
	got := maskedText(t, []string{
		"扬州润和汽车零部件有限公司年产值突破5亿元。",
		"来自东莞的莞捷精密科技有限公司在本镇建设新基地。",
	})
	checkMasked(t, got, []string{"润和", "莞捷"}, []string{"年产值突破5亿元", "在本镇建设新基地"})
	kept := maskedText(t, []string{"鼓励本地汽车零部件有限公司扩大产能。"})
	checkMasked(t, kept, nil, []string{"鼓励本地"})
}

// TestFirmContractions18o: a firm's brand with the contraction of its
// trade words (重型汽车 → 重汽, 汽车部件 → 汽配) is masked whole where the
// report uses it alone (not the brand alone); the trade words alone stay readable.
func TestFirmContractions18o(t *testing.T) {
	got := maskedText(t, []string{
		"山东临沂蒙岳重型汽车零部件有限公司新建车桥工厂，蒙岳重汽获评专精特新企业，蒙岳汽配同步扩产。",
		"常州来的瑞禾汽车部件有限公司投产，瑞禾汽配招工300人。",
	})
	checkMasked(t, got, []string{"重汽获评", "汽配同步", "汽配招工"}, []string{"获评专精特新企业", "同步扩产", "招工300人"})
	kept := maskedText(t, []string{"全县文旅融合发展，重汽配套产业园开工。"})
	checkMasked(t, kept, nil, []string{"文旅融合", "重汽配套"})
}

// TestTownPolice18o: a police station named after a town or 街道 of the
// gazetteer is masked, also when its stem reads as a word; a generic
// station stays readable.
func TestTownPolice18o(t *testing.T) {
	got := maskedText(t, []string{
		"黄家埠派出所开展夜间巡逻，群众安全感明显提升。",
		"园艺派出所推行“警网融合”工作法。",
	})
	checkMasked(t, got, []string{"黄家埠", "园艺派出所"}, []string{"开展夜间巡逻", "推行“警网融合”工作法"})
	kept := maskedText(t, []string{"全县派出所和社区派出所均完成规范化建设，创建枫桥式公安派出所2个。"})
	checkMasked(t, kept, nil, []string{"全县派出所", "社区派出所", "枫桥式公安派出所"})
}
