package anonymize

import "testing"

// TestRoleNames21 (class roleNames21: a role noun ending in 户/农/童/员/长
// or of roleBefore19, a name of an ordinary-word or table-missing surname,
// the clause's verb): masked; the role noun and the verb stay, and role
// nouns before ordinary clauses stay readable.
func TestRoleNames21(t *testing.T) {
	got := maskedText(t, []string{
		"蒙圩镇果农零海生通过嫁接改良品种，亩产提高两成。",
		"研究员零晓峰等专家团队驻点指导。",
		"菜农向建国通过电商卖菜，年增收两万元。",
	})
	checkMasked(t, got, []string{"零海生", "零晓峰", "向建国"}, []string{"果农", "通过嫁接", "研究员", "等专家团队", "菜农", "通过电商"})
	kept := maskedText(t, []string{
		"技术员于田间指导农户施肥。",
		"网格员上门走访独居老人。",
		"管理员时刻关注设备运行。",
		"监测户全部纳入帮扶范围。",
		"脱贫户通过务工增收。",
		"农户将秸秆就地还田。",
		"屯长会议研究通过了村规民约。",
		"队员在一线坚守岗位。",
	})
	checkMasked(t, kept, nil, []string{"于田间指导", "上门走访", "时刻关注", "全部纳入", "通过务工", "将秸秆", "屯长会议", "队员在一线"})
}

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
