package anonymize

import "testing"

// TestCountedListOnePartName: a one-part Mongolian or Tibetan name (其木格,
// 阿拉坦) at the end of a list of names that a count of people closes is a
// name; a list of ordinary words before a count of people is not.
func TestCountedListOnePartName(t *testing.T) {
	got := maskedText(t, []string{
		"张建国、刘晓燕、其木格3名同志获评优秀共产党员。",
		"李卫东、周婷、阿拉坦3名教师参加了自治区技能大赛。",
		"全镇举办养殖、种植2名专家参与的培训班。",
	})
	checkMasked(t, got, []string{"张建国", "刘晓燕", "其木格", "李卫东", "阿拉坦"}, []string{"养殖、种植2名专家"})
}

// TestRareSurnameAfterRole: a Hui surname the table treats as a word
// (冶, 者) begins a name right after a role; the same characters in
// ordinary words after a role (主任冶金) stay.
func TestRareSurnameAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"县医院副院长冶国华带队开展义诊。",
		"清水乡乡长者海龙主持召开会议。",
		"车间主任冶炼经验丰富。",
	})
	checkMasked(t, got, []string{"冶国华", "者海龙"}, []string{"主任冶炼经验丰富"})
}
