package anonymize

import (
	"strings"
	"testing"
)

// TestGenericKindBody17c: a cooperative, farm or centre named by generic
// words alone is a kind; a named one and the place before a generic one
// stay masked.
func TestGenericKindBody17c(t *testing.T) {
	got := maskedText(t, []string{
		"全县培育农牧民专业合作社412家，两河村建成民族手工艺合作社，订单排到明年。",
		"青山镇红岩村生态畜牧业合作社年分红30万元，石门村建成智能化育秧中心1座。",
		"柳林镇的黄桃家庭农场由返乡青年牵头，稻丰家庭农场流转土地300亩。",
	})
	checkMasked(t, got,
		[]string{"两河村", "红岩村", "石门村", "柳林镇", "稻丰家庭农场"},
		[]string{"农牧民专业合作社", "民族手工艺合作社", "生态畜牧业合作社", "智能化育秧中心", "黄桃家庭农场"})
}

// TestRankingTitle17c: 千强镇 and 百强县 are ranking titles, not towns.
func TestRankingTitle17c(t *testing.T) {
	got := maskedText(t, []string{
		"力争青山镇创成全国千强镇，工业总产值突破百亿元。",
		"石桥镇连续三年跻身全国千强镇，新增规上企业6家。",
	})
	checkMasked(t, got, []string{"青山镇", "石桥镇"}, []string{"全国千强镇"})
}

// TestQuotedFolkTitle17c: a quoted title beside “土专家” (“田秀才”) is no
// person.
func TestQuotedFolkTitle17c(t *testing.T) {
	got := maskedText(t, []string{
		"全镇评选“田秀才”“土专家”45人，带动种植户增收。",
		"青山村培养了“土专家”“田把式”“田秀才”一批，村民周红梅带头种菇。",
	})
	checkMasked(t, got, []string{"青山村", "周红梅"}, []string{"“田秀才”"})
}

// TestNationalRiver17c: 黄河 before a reach's place (黄河|石嘴段) and after
// a verb's complement (守护好|黄河) stays readable; the reach is masked.
func TestNationalRiver17c(t *testing.T) {
	got := maskedText(t, []string{
		"黄河石嘴段沿岸建成生态护岸9公里，全面融入黄河流域生态保护和高质量发展。",
		"一、坚持生态优先，守护好黄河上游生态屏障，红岩镇完成造林3000亩。",
	})
	checkMasked(t, got, []string{"石嘴段", "红岩镇"}, []string{"黄河流域生态保护", "守护好黄河上游生态屏障"})
}

// TestMinistryBody17c: a national ministry alone, with its institute's
// kind, or before its designation is no name.
func TestMinistryBody17c(t *testing.T) {
	got := maskedText(t, []string{
		"加强与交通运输部规划研究院合作，申报交通运输部旅游公路示范项目。",
		"青山镇蔬菜批发市场成为农业农村部定点市场，加强与水利部黄河水利委员会对接。",
	})
	checkMasked(t, got, []string{"青山镇"}, []string{"交通运输部规划研究院", "交通运输部旅游公路", "农业农村部定点市场", "水利部黄河水利委员会"})
}

// TestGradeKind17c: a village, shop or old village named by its grade or
// style alone (网红村, 美丽屋场, 徽派古村, 网红店) is a kind; a real village
// of a common name (幸福村) stays masked.
func TestGradeKind17c(t *testing.T) {
	got := maskedText(t, []string{
		"打响“网红村”品牌，建成美丽屋场30个，青山村完成改厕200户。",
		"短视频账号推介徽派古村和富硒农产品，老街引进网红店52家。",
	})
	checkMasked(t, got, []string{"青山村"}, []string{"“网红村”", "美丽屋场", "徽派古村", "网红店"})
}

// TestNationalBodiesStrict17: national ministries, international bodies
// named by a continent and historic armies are kept by the default policy
// and masked by the strict one (Policy.Strict), which the news NER sets
// score as organisations.
func TestNationalBodiesStrict17(t *testing.T) {
	paras := []string{
		"交通运输部规划研究院专家到县里调研旅游公路。",
		"亚洲开发银行贷款项目落地，欧洲委员会代表团来访。",
		"这里是新四军老战士的家乡。",
	}
	checkMasked(t, maskedText(t, paras), nil, []string{"交通运输部规划研究院", "新四军"})
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	checkMasked(t, strings.Join(out, "\n"), []string{"交通运输部", "亚洲开发银行", "新四军"}, nil)
}

// TestGenericKindPlaceLabel17c: a place cut from a generic cooperative is
// written as a place (before, it kept the firm's label: 〔企业1〕).
func TestGenericKindPlaceLabel17c(t *testing.T) {
	got := maskedText(t, []string{"青山镇红岩村生态畜牧业合作社带动农户300户。"})
	checkMasked(t, got, []string{"红岩村", "〔企业"}, []string{"生态畜牧业合作社", "〔地名"})
}
