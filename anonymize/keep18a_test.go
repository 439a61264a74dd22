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
