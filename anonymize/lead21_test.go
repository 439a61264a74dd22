package anonymize

import "testing"

// TestSurnameRefOccurrence21: a surname read alone from a reference to a
// named person (申|镇长 after 镇长  申  立伟) masks the surname before a
// title, not the head of an ordinary word elsewhere in the document
// (申报 had come out as 〔人名〕报; deid-own120).
func TestSurnameRefOccurrence21(t *testing.T) {
	got := maskedText(t, []string{
		"参加：县水务局局长  宋  建明，东关镇镇长  申  立伟，西河乡乡长  莫  红英",
		"会议要求：3月底前完成地理标志产品保护申报材料。",
		"会议同意实施湿地补水工程。申镇长要在汛期前完成河道清淤。",
	})
	checkMasked(t, got, []string{"立伟", "申镇长"}, []string{"申报材料"})
}
