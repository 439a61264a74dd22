package anonymize

import "testing"

// TestSectionEnds21a: the readable end of a road section whose other end is
// a place found is masked; sections between generic points (起点至终点段,
// 东门至西门段, 城区至机场段) stay readable.
func TestSectionEnds21a(t *testing.T) {
	got := maskedText(t, []string{
		"农村公路繁荣至洪江段拓宽改造完成。",
		"国道108线太白至清涧段改线工程建成通车。",
		"起点至终点段全长12.6公里，东门至西门段步行街改造完成，城区至机场段快速路建成通车。",
		"县城至高铁站段的公交专线开通运营，一期至二期段的绿化带完成补植。",
	})
	checkMasked(t, got, []string{"繁荣", "太白"},
		[]string{"起点至终点段", "东门至西门段", "城区至机场段", "县城至高铁站段", "一期至二期段"})
}
