package anonymize

import (
	"strings"
	"testing"
)

// TestLeaks26: the items of a list counted under one kind of sight, a
// fishing port, beach or cove whose stem reads as ordinary words, the
// other end of a route whose one end was found (after 至 and before it),
// and a quoted hotel are masked; the counts, the kinds and the route
// words stay.
func TestLeaks26(t *testing.T) {
	got := maskedText(t, []string{
		"九龙潭、观音岩、和尚帽三处观景点增设导览牌。",
		"沙角所渔港完成清淤疏浚，新建冷链仓库。",
		"在青屿岙、大王头沙滩新建海钓基地2处。",
		"推动伊尔克至阿图什市货运专线。",
		"完成新平至野马地二级公路路面工程。",
		"达来镇“沙枣花”酒店、“芦苇荡”宾馆完成改造。",
	})
	checkMasked(t, got,
		[]string{"和尚帽", "沙角所", "青屿", "大王头", "伊尔克", "野马地", "沙枣花", "芦苇荡"},
		[]string{"三处观景点", "完成清淤疏浚", "新建海钓基地2处", "货运专线", "二级公路路面工程", "酒店", "宾馆"})
}

// TestLeaks26Grades: a fishing port, beach or land port named by a grade,
// a kind or a quality (中心渔港, 国家一类口岸, 公路口岸, 天然沙滩) stays
// readable.
func TestLeaks26Grades(t *testing.T) {
	got := maskedText(t, []string{
		"全县建成中心渔港1个、一级渔港2个，公路口岸通关顺畅。",
		"我县有两个国家一类口岸，天然沙滩保护良好。",
	})
	checkMasked(t, got, nil, []string{"中心渔港", "一级渔港", "公路口岸", "国家一类口岸", "天然沙滩"})
}

// TestLandPortAlone26: a land port named by its stem at a stop is masked in
// a paragraph that names no fishing port, beach or cove (the gate of
// shoreStems26 once left 口岸 out).
func TestLandPortAlone26(t *testing.T) {
	got := maskedText(t, []string{"完成旅检通道改造，大石头口岸通关顺畅。"})
	checkMasked(t, got, []string{"大石头"}, []string{"旅检通道", "通关顺畅"})
}

// TestSpacedForms26: a person found unspaced in a signature (述职人：…)
// is masked where a header sets the same characters apart by spaces.
func TestSpacedForms26(t *testing.T) {
	got := maskedText(t, []string{
		"中共勐棒镇委员会书记  岩 香 龙",
		"按照县委安排，现将本人履职情况报告如下。",
		"述职人：岩香龙",
	})
	checkMasked(t, got, []string{"岩香龙", "岩 香 龙", "香 龙"}, []string{"书记", "述职人"})
	if strings.Count(got, "〔人名") != 2 {
		t.Errorf("want the name masked twice:\n%s", got)
	}
}

// TestUnitEstates26: a compound named by the work unit whose staff it
// housed and an apartment block of its own stem are masked; the
// county's own body's compound and a kind of tenant's block stay.
func TestUnitEstates26(t *testing.T) {
	got := maskedText(t, []string{
		"完成棉纺厂家属院、县粮食局家属院改造。",
		"改造丝绸厂家属院、康宁花园、红星公寓等老旧小区。",
		"林业局家属楼完成供热管网改造，新建人才公寓200套。",
	})
	checkMasked(t, got, []string{"棉纺厂家属院", "丝绸厂家属院", "红星公寓", "林业局家属楼"}, []string{"县粮食局家属院", "人才公寓"})
}

// TestFirmTradeForms26: a company's brand with one of its trade words is
// masked where the report calls the firm so, also when the firm is
// registered after a town the text names; an ordinary product word before
// the trade word (绿色食品) stays.
func TestFirmTradeForms26(t *testing.T) {
	got := maskedText(t, []string{
		"甘肃驼峰乳业食品有限公司建成驼奶粉生产线，驼峰食品和28户养驼户签订协议。",
		"宁夏青龙山稻香食品有限公司在青龙山镇建成烘干线6条，稻香食品带动种植户1800户。",
		"宁夏红崖山绿色食品有限公司建成烘干线，绿色食品认证加快。",
	})
	checkMasked(t, got, []string{"驼峰食品", "稻香食品"}, []string{"绿色食品认证"})
}

// TestQuotedEateriesAndAliases26: a quoted eating place or tea house
// named by its kind at its end and a port's other name in brackets are
// masked; a bracket that annotates the port (筹, 含…) stays.
func TestQuotedEateriesAndAliases26(t *testing.T) {
	got := maskedText(t, []string{
		"南岙乡“阿嫂小厨”、北岙镇“老渔翁海鲜排档”入选示范店。",
		"东宁口岸（大石头）完成旅检通道改造。",
		"沿线引入“清风茶舍”等老字号门店46家。",
		"口岸（筹）建设加快，东宁口岸（含货检区）完成改造。",
	})
	checkMasked(t, got, []string{"阿嫂小厨", "老渔翁海鲜排档", "大石头", "清风茶舍"}, []string{"入选示范店", "（筹）", "（含货检区）"})
}
