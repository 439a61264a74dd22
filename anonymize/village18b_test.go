package anonymize

import "testing"

// TestDateVillages18b: a village named after a date right after its town
// is masked; the date alone (五一期间) and a count of villages stay.
func TestDateVillages18b(t *testing.T) {
	got := maskedText(t, []string{
		"石桥镇八一村新建冷库一座，全镇五一期间接待游客。",
		"托里镇五一村种植户增收，全镇三个村完成改厕。",
	})
	checkMasked(t, got, []string{"八一村", "五一村"}, []string{"五一期间接待游客", "三个村完成改厕"})
}
