package anonymize

import "testing"

// TestAppointNames15: names after a verb of appointment and before 为, in
// a list, after a colon, and after 免去 before 的 … 职务, are masked
// whatever their surname (操, 过, 占 lack from the surname table) and given
// name (建国, 立新 are words); a pronoun, a body or a frequent word in the
// frame stays.
func TestAppointNames15(t *testing.T) {
	got := maskedText(t, []string{
		"县政府决定任命操卫东为县交通运输局局长，免去章向前的县交通运输局局长职务。",
		"经研究，决定任命：过春来为县水利局副局长；提名占秀英、宁建国为副县长候选人。",
		"县委研究，任命其为组长，推荐优秀教师为代表，选举产生新一届班子，免去上述同志的职务。",
	})
	checkMasked(t, got, []string{"操卫东", "章向前", "过春来", "占秀英", "宁建国"}, []string{"任命其为组长", "推荐优秀教师为代表", "选举产生", "免去上述同志的职务"})
}

// TestAppointFrameBody15: a body read over the frame's 为 (牛立强为学校 as a
// school) gives way to the name the frame fixes.
func TestAppointFrameBody15(t *testing.T) {
	got := maskedText(t, []string{
		"经研究，决定聘任牛立强为学校副校长，聘请操文华为学院客座教授。",
	})
	checkMasked(t, got, []string{"牛立强", "操文华"}, []string{"为学校副校长", "为学院客座教授"})
}

// TestComradeAndProfileNames15: a name before 同志 and a verb of office, and
// a name before ，男， and a profile's next item, are masked whatever the
// surname; 全体同志 and a list of figures stay.
func TestComradeAndProfileNames15(t *testing.T) {
	got := maskedText(t, []string{
		"操卫东同志任县交通运输局局长，全体同志为此付出了努力。",
		"拟任人选：过春来，男，汉族，1979年3月出生，中共党员。",
		"占秀英，女，1985年6月生于本县。",
	})
	checkMasked(t, got, []string{"操卫东", "过春来", "占秀英"}, []string{"全体同志", "1979年3月出生"})
}

// TestAppointSurnameTitles15: the surname of a name found by a frame of
// appoint15 is masked again before a title in another paragraph (操书记),
// though the surname table lacks it.
func TestAppointSurnameTitles15(t *testing.T) {
	got := maskedText(t, []string{
		"经研究，决定任命操卫东为白沙村党支部书记。",
		"操书记上任后带领村两委班子走访农户。",
	})
	checkMasked(t, got, []string{"操卫东", "操书记"}, []string{"村两委班子"})
}

// TestLeadVerbBeforeVillageBody15: a verb of leading before 村两委 is no
// village's name (上任后带领|村两委班子); a village named by an ordinary
// word before its body is still masked.
func TestLeadVerbBeforeVillageBody15(t *testing.T) {
	got := maskedText(t, []string{
		"新书记上任后带领村两委班子走访农户，驻村工作队负责指导村党支部换届。",
		"胜利村两委班子和红星村党支部联合开展活动。",
	})
	checkMasked(t, got, []string{"胜利村", "红星村"}, []string{"后带领村两委班子", "指导村党支部"})
}

// TestSpacedAppointNames15: a name padded between surname and given name
// in an appointment or removal frame is masked (免去甄  勇的…职务); a level
// word after 免去 stays.
func TestSpacedAppointNames15(t *testing.T) {
	got := maskedText(t, []string{
		"免去甄  向阳的县交通运输局局长职务。",
		"任命蒙 幸福为县农业农村局副局长。",
		"免去县 交通局的职务。",
	})
	checkMasked(t, got, []string{"甄  向阳", "蒙 幸福"}, []string{"县 交通局"})
}
