package anonymize

import (
	"strings"
	"testing"
)

// TestGluedWaters20: a river whose kind gojieba glues to the word after it
// (…河漂流) is masked with its kind as one place when a word only a
// particular water takes follows; class words before the same kind
// (城区河两岸) stay readable.
func TestGluedWaters20(t *testing.T) {
	got := maskedText(t, []string{
		"推进柳杉河漂流项目提升，打造乡村旅游新亮点。",
		"整治城区河两岸环境，沿线新建游步道3公里。",
	})
	checkMasked(t, got, []string{"柳杉", "河漂流"}, []string{"城区河两岸", "新建游步道3公里"})
}

// TestRouteEnds20: both ends of a named trail or cycling route (X至Y徒步线)
// are masked as places, not people; a route between a town's centre and
// its townships (县城至乡镇旅游线) stays readable.
func TestRouteEnds20(t *testing.T) {
	got := maskedText(t, []string{
		"开通王子城至桦树东徒步线、石门城至柏树东骑行线等户外线路6条。",
		"开通县城至乡镇旅游线4条，总长120公里。",
	})
	checkMasked(t, got, []string{"王子城", "桦树东", "至桦", "石门城", "柏树东"}, []string{"县城至乡镇旅游线4条"})
	if strings.Contains(got, "〔人名") {
		t.Errorf("the ends of a route read as people: %s", got)
	}
}

// TestLandformsAfterTown20: a landform right after a township the rules
// found is masked as a place however gojieba cuts the township's last
// character and the stem (…镇长星岭 cut as 镇长|星岭); ordinary words, verbs,
// routes and the people of a place after a township or village stay readable.
func TestLandformsAfterTown20(t *testing.T) {
	got := maskedText(t, []string{
		"开通青石镇长星岭越野跑线。",
		"新建双河乡长林岭观景台。",
	})
	if strings.Contains(got, "〔人名") {
		t.Errorf("a landform read as a person: %s", got)
	}
	got += maskedText(t, []string{
		"全乡山区面积占七成，乡镇干部深入田间地头。",
		"青石镇东山村女孩梁小红开设网店，村民山上采茶增收。",
		"红岩乡柳溪村发生山洪，东坝村实施坡耕地改造，修通柳溪村至南山坡村的便道。",
	})
	checkMasked(t, got, []string{"长星岭", "星岭", "林岭"}, []string{"全乡山区面积占七成", "乡镇干部深入田间地头", "女孩", "村民山上采茶", "发生山洪", "实施坡耕地改造", "〕至〔"})
}
