package anonymize

import "testing"

// TestGenericServiceBodyK17: a service centre or school of generic words
// alone is a kind; after a village it keeps the village masked.
func TestGenericServiceBodyK17(t *testing.T) {
	got := maskedText(t, []string{
		"青山镇建成失能特困人员集中照护中心1所，红岩村党群服务中心开设日间照料室。",
		"县职教中心力争创成省高水平现代化职业学校，城西邻里中心年内投用。",
	})
	checkMasked(t, got,
		[]string{"青山镇", "红岩村"},
		[]string{"失能特困人员集中照护中心", "党群服务中心", "省高水平现代化职业学校", "邻里中心"})
}

// TestHonourShopK17: 党员诚信店 and 放心店 are honours, not shops' names.
func TestHonourShopK17(t *testing.T) {
	got := maskedText(t, []string{
		"石桥镇商会挂牌“党员诚信店”32家，个体户周红梅的店名列其中。",
		"县市场监管局评选诚信店40家、放心店25家，柳林镇占了9家。",
	})
	checkMasked(t, got, []string{"石桥镇", "周红梅", "柳林镇"}, []string{"诚信店", "放心店"})
}

// TestQuotedFolkBodyK17: a quoted folk title found as a body beside
// “土专家” (before 创办, 开办, read by quoted-body14) is a title too.
func TestQuotedFolkBodyK17(t *testing.T) {
	got := maskedText(t, []string{
		"两河村鼓励“土专家”“田秀才”创办工作室，带动120户增收。",
		"青山镇支持“田秀才”“土专家”开办服务社40家。",
	})
	checkMasked(t, got, []string{"两河村", "青山镇"}, []string{"“田秀才”", "“土专家”"})
}
