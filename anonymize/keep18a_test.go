package anonymize

import "testing"

// TestVerbLevelPlace18a: a joint verb that is also a division's stem before
// the level character of a generic body is the verb; a text that names the
// place itself elsewhere keeps it masked.
func TestVerbLevelPlace18a(t *testing.T) {
	got := maskedText(t, []string{
		"东山镇卫生院联合镇中心小学开展健康教育，覆盖学生800人。",
		"全乡14个行政村有村卫生室14所，配备乡村医生20名。",
	})
	checkMasked(t, got, []string{"东山镇"}, []string{"联合镇中心小学", "有村卫生室"})
	// the place named itself: 联合镇 stays masked everywhere
	got = maskedText(t, []string{"联合镇位于县城北部，辖8个行政村。", "联合镇卫生院开展义诊120人次。"})
	checkMasked(t, got, []string{"联合镇"}, nil)
}

// TestBodyThenVerb18a: a level's own department before a joint verb is cut
// off the named body after the verb.
func TestBodyThenVerb18a(t *testing.T) {
	got := maskedText(t, []string{
		"建议县交通运输局会同长安大学开展课题研究。",
		"建议市生态环境局协同南京林业大学编制保护方案。",
	})
	checkMasked(t, got, []string{"长安大学", "南京林业大学"}, []string{"县交通运输局", "市生态环境局"})
}

// TestLevelBody18a: a level character or word before a body of generic
// words, a county's state firm called by its trade, and a place before a
// public service centre (the place masked, the centre kept).
func TestLevelBody18a(t *testing.T) {
	got := maskedText(t, []string{
		"今年，乡居家养老服务中心新增床位30张。",
		"乡养殖合作社联合社统一收购肉牛500头。",
		"全县建成村级公共法律服务工作室86个。",
	})
	checkMasked(t, got, nil, []string{"乡居家养老服务中心", "乡养殖合作社联合社", "公共法律服务工作室"})
	got = maskedText(t, []string{"县粮储公司新建低温仓2座，仓容增加1万吨。"})
	checkMasked(t, got, nil, []string{"县粮储公司"})
	got = maskedText(t, []string{"县供销公司新建农资网点12个。"})
	checkMasked(t, got, nil, []string{"县供销公司"})
	got = maskedText(t, []string{"凤凰县公共法律服务中心接待来访群众1200人次。", "桃源县粮储公司收购稻谷3万吨。"})
	checkMasked(t, got, []string{"凤凰县", "桃源县"}, []string{"公共法律服务中心"})
}
