package anonymize

import "testing"

// TestNamedExpressways33: named expressways are masked, the national trunk
// lines named by their end cities (京港澳高速, 沪昆高速) with their exits,
// interchanges, stretches and links included; 高速 and 高速公路 alone, and
// the report's own county before them (我县高速公路), stay readable, while
// 本 alone may begin a line's name (本新高速).
func TestNamedExpressways33(t *testing.T) {
	got := maskedText(t, []string{
		"今年，京港澳高速石门出口改造完工。",
		"沪昆高速贵溪出口至滨江镇连接线完成改造。",
		"京台高速邹城出口附近新建物流园。",
		"绥满高速扎兰屯西出口连接线拓宽。",
		"汕昆高速公路秀山段完成路面大修。",
		"推进宜昌至巴东高速公路建设，张南高速互通开工。",
		"我县高速公路通车里程达到120公里，高速出口增至5个。",
		"加快高速公路建设，实现县县通高速。",
		"。本新高速连接线完成改造。",
	})
	checkMasked(t, got, []string{"京港澳", "港澳高速", "沪昆", "京台", "绥满", "汕昆", "巴东", "张南", "本新"},
		[]string{"我县高速公路通车里程", "高速出口增至5个", "加快高速公路建设，实现县县通高速"})
}
