package anonymize

import "testing"

// TestBrandCutFirms20o: a firm's made-up brand left between its masked
// place and the firm read from a trade word on joins the firm (class:
// brands cut from their firm).
func TestBrandCutFirms20o(t *testing.T) {
	got := maskedText(t, []string{
		"温州秀澜精密阀门有限公司新建智能产线一条。",
		"常州宏禾精密轴承有限公司入选省级隐形冠军。",
	})
	checkMasked(t, got, []string{"秀澜", "宏禾"}, []string{"新建智能产线一条", "入选省级隐形冠军"})
}

// TestPlacedFoundations20o: a foundation of a stem of its own after its
// masked place (class: placed foundations).
func TestPlacedFoundations20o(t *testing.T) {
	got := maskedText(t, []string{
		"南京瑞和公益基金会捐赠图书两万册。",
		"广州恒和慈善基金会资助困难学生300名。",
	})
	checkMasked(t, got, []string{"瑞和", "恒和"}, []string{"捐赠图书两万册", "资助困难学生300名"})
}

// TestBrandShortForms20o: a body named in full is named later by its brand
// and a word or an abbreviation of what follows it (class: brand short
// forms); a quoted project opening with the brand goes with it.
func TestBrandShortForms20o(t *testing.T) {
	got := maskedText(t, []string{
		"湖南长沙岳澜储能科技有限公司落户园区，岳澜储能当年产值4亿元。",
		"桐庐县沁语社会工作服务中心承接站点运营，沁语社工全年服务老人3000人次。",
		"深圳澄曦公益基金会实施“澄曦暖冬计划”，澄曦基金会还捐建图书室5间。",
	})
	checkMasked(t, got, []string{"岳澜", "沁语", "澄曦"}, []string{"当年产值4亿元", "全年服务老人3000人次", "还捐建图书室5间"})
}

// TestQuotedSettlements20o: a relocation settlement named in quotes before
// its kind (class: quoted settlements); a kind of settlement stays.
func TestQuotedSettlements20o(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇“和美苑”安置社区建成扶贫车间2个。",
		"石桥镇“同心苑”易地搬迁安置点入住群众860人。",
	})
	checkMasked(t, got, []string{"和美苑", "同心苑"}, []string{"安置社区建成扶贫车间", "易地搬迁安置点入住群众860人"})
}
