package anonymize

import "testing"

// TestDoubtfulUnderFrame18w (class: a frame's name under a doubtful
// guess): an attendance line's name whose given name gojieba reads as a
// place (建国/ns) and a word-name before 同志 and an appointment that a
// doubtful reading covered are masked; the word elsewhere stays.
func TestDoubtfulUnderFrame18w(t *testing.T) {
	got := maskedText(t, []string{
		"缺席：钱建国（请假）、冯建设（请假）。",
		"高峰同志任副镇长。早晚高峰期交通压力较大。",
	})
	checkMasked(t, got, []string{"钱建国", "冯建设", "高峰同志"}, []string{"缺席：", "（请假）", "高峰期交通压力较大"})
}

// TestCountedComrades18w (class: names listed before a count of
// comrades): word-names before 两位同志/三名同志 are masked, in their frame.
func TestCountedComrades18w(t *testing.T) {
	got := maskedText(t, []string{
		"常青和冷静两位同志分别作了发言。",
		"会上，方圆和向阳两名同志介绍了经验，冷静分析了形势。",
	})
	checkMasked(t, got, []string{"常青", "冷静两位", "方圆", "向阳"}, []string{"两位同志分别作了发言", "两名同志介绍了经验", "冷静分析了形势"})
}

// TestCountedComradesKept18w: words that describe comrades, and a list
// whose length is not the count, stay.
func TestCountedComradesKept18w(t *testing.T) {
	got := maskedText(t, []string{
		"年轻和女性两位同志走上领导岗位。",
		"本村和邻村两位同志参加了培训。",
		"安全、环保和质量两位同志负责。",
	})
	checkMasked(t, got, nil, []string{"年轻和女性两位同志", "本村和邻村两位同志", "安全、环保和质量两位同志"})
}

// TestFramedWordNames18w (class: word-names after 由/据/经 that gojieba
// tags nr, and a surname glued to the preposition, 由常|胜利).
func TestFramedWordNames18w(t *testing.T) {
	got := maskedText(t, []string{
		"此项工作由田野负责，按月调度。田野调查同步开展。",
		"此项任务由常胜利负责。",
	})
	checkMasked(t, got, []string{"由田野负责", "常胜利"}, []string{"此项工作由", "负责，按月调度", "田野调查同步开展", "此项任务由"})
}

// TestFramedWordNamesKept18w: bodies in the frame (由公司负责, 由林业负责)
// and a frequent word of the preposition (经常) stay.
func TestFramedWordNamesKept18w(t *testing.T) {
	got := maskedText(t, []string{
		"此项工作由公司负责，由林业部门配合。",
		"经常胜利的队伍也要总结经验。",
		"据他说，经研究同意，由金融负责。",
	})
	checkMasked(t, got, nil, []string{"由公司负责", "由林业部门配合", "经常胜利的队伍", "据他说，经研究同意，由金融负责"})
}

// TestFamiliarTokens18w (class: 老/小 and a surname gojieba made one
// token, 老周/t, before a verb).
func TestFamiliarTokens18w(t *testing.T) {
	got := maskedText(t, []string{
		"老周带领大家清理河道。",
		"小李跑遍了全村的养殖户。",
	})
	checkMasked(t, got, []string{"老周", "小李"}, []string{"带领大家清理河道", "跑遍了全村的养殖户"})
}

// TestFamiliarTokensKept18w: frequent words and noun surnames stay.
func TestFamiliarTokensKept18w(t *testing.T) {
	got := maskedText(t, []string{
		"老师带领学生参观。",
		"老路走不通，要走新路。",
		"小麦种植面积稳定。",
		"老区发展迎来新机遇。",
	})
	checkMasked(t, got, nil, []string{"老师带领学生", "老路走不通", "小麦种植", "老区发展"})
}
