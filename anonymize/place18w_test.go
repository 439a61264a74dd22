package anonymize

import "testing"

// TestGluedFeatureOverWeak18w: a river of two characters whose last
// character gojieba read into a weak guess (甲|江水|位) is masked; the
// words after it stay readable (leak18c's glued features, place18w).
func TestGluedFeatureOverWeak18w(t *testing.T) {
	got := maskedText(t, []string{
		"汛期网格员每天巡查婺江水位，及时发布预警。",
		"入夏以来盱江水位持续上涨，沿线群众已转移。",
	})
	checkMasked(t, got, []string{"婺江", "盱江"}, []string{"水位", "及时发布预警", "沿线群众已转移"})
}

// TestSitesBeforeBodies18w: a listed site whose characters a generic body
// took (甲乙湾|游客服务中心) is masked, and the body's kind stays readable.
func TestSitesBeforeBodies18w(t *testing.T) {
	got := maskedText(t, []string{
		"周边农家乐增加；重渡沟游客服务中心完成改造。",
		"周边民宿增加；拈花湾游客服务中心建成投用。",
	})
	checkMasked(t, got, []string{"重渡沟", "拈花湾"}, []string{"游客服务中心完成改造", "游客服务中心建成投用"})
}

// TestStoppedSiblings18w: a stopped name of the gazetteer beside a masked
// feature in a list is masked; the stopped name in an idiom stays.
func TestStoppedSiblings18w(t *testing.T) {
	got := maskedText(t, []string{
		"串联同里、周庄等古镇资源。",
		"游客在坝上和乌兰布统观赏秋景。",
	})
	checkMasked(t, got, []string{"同里", "坝上"}, []string{"等古镇资源", "观赏秋景"})
	kept := maskedText(t, []string{"冬季游客可在千山万水间体验民俗。"})
	checkMasked(t, kept, nil, []string{"千山万水"})
}

// TestRegionalSites18w: lakes, peaks, polders, gardens and landmarks added
// to data/sites17.txt are masked alone and before a kind word.
func TestRegionalSites18w(t *testing.T) {
	got := maskedText(t, []string{
		"游客登上白马尖远眺，山下的万春圩稻浪翻滚。",
		"水绘园、二十四道拐、李子坝游客量同比增长。",
		"沿无量河修建步道，远望卓木拉日雪山和多庆错。",
	})
	checkMasked(t, got, []string{"白马尖", "万春圩", "水绘园", "二十四道拐", "李子坝", "无量河", "卓木拉日", "多庆错"}, []string{"游客量同比增长", "修建步道"})
}
