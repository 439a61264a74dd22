package anonymize

import "testing"

// TestKeep29: the ordinary phrases of keep29's classes stay readable — a
// platform before a shop or place kind, a size class of enterprise, a pair
// of administrative levels — while the names beside them are still masked.
func TestKeep29(t *testing.T) {
	got := maskedText(t, []string{
		"全县网络零售额增长两成，淘宝村达到12个、淘宝镇3个。",
		"永兴制衣的天猫旗舰店年销售额9000万元，抖音小店月销过百万。",
		"返乡青年吴小梅说，她的抖音店铺桐溪阿梅竹编馆今年销售额翻番。",
		"全县新增限上商贸企业15家、规上工业企业9家。",
		"县文化馆组织毛南族、仫佬族群众开展非遗展演，毛南族花竹帽编织技艺得到传承。",
		"推动“小事不出村社、大事不出镇街”，镇街执法队员全部编入网格。",
	})
	checkMasked(t, got,
		[]string{"吴小梅", "桐溪阿梅竹编馆"},
		[]string{"淘宝村", "淘宝镇", "天猫旗舰店", "抖音小店", "抖音店铺", "限上商贸企业", "规上工业企业", "大事不出镇街", "镇街执法队员", "毛南族", "仫佬族"})
}
