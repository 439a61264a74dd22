package anonymize

import "testing"

// TestCountyInitials17: a county or banner of a stem of three characters
// or more is masked by its initial form elsewhere in its document (鄂旗 of
// 鄂托克旗, 尼县 of 尼勒克县 in its committee's name).
func TestCountyInitials17(t *testing.T) {
	got := maskedText(t, []string{
		"鄂托克旗农牧局关于草原保护工作的汇报",
		"今年守好鄂旗西部的防沙带。",
		"尼勒克县委组织部召开会议。",
		"“尼县蜂蜜”销往各地。",
	})
	checkMasked(t, got, []string{"鄂旗", "尼县"}, []string{"西部的防沙带", "蜂蜜”销往各地"})
}

// TestCountyInitialsKept17: no initial form of an autonomous county (大县
// of 大厂回族自治县) nor one inside a longer word (依托|县城) is masked.
func TestCountyInitialsKept17(t *testing.T) {
	got := maskedText(t, []string{
		"大厂回族自治县是农业大县。",
		"托克托县依托县城发展物流。",
	})
	checkMasked(t, got, nil, []string{"农业大县", "依托县城"})
}
