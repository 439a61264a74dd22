package anonymize

import "testing"

// TestIDLineNames21 (class idLineNames21: a name before an identity number
// on a record line, its given name an ordinary word): masked; the labels
// stay.
func TestIDLineNames21(t *testing.T) {
	got := maskedText(t, []string{
		"示范户：权建国  身份证号：450881197703151234  种植面积：80亩",
		"户主  龙解放，身份证号：452730196805121236",
		"示范户：张建设  身份证号：610403198309174625",
	})
	checkMasked(t, got, []string{"权建国", "龙解放", "张建设"}, []string{"示范户：", "户主", "身份证号", "种植面积"})
}
