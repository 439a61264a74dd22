package anonymize

import "testing"

// TestRoleReadingsKeepNews14: after a role word, ordinary phrases of news
// text stay readable: the adverb 都 before 曾/不 (球员都曾, 老师都不), a
// weekday (总理周二晚), 和 before a kind of persons (党员和师生) or an
// ordinary word (会见和会晤), a surname before a determiner (成员国该月).
func TestRoleReadingsKeepNews14(t *testing.T) {
	got := maskedText(t, []string{
		"赛季过半，每名球员都曾在关键场次挽救过球队。",
		"期中测验以后，老师都不在班上念分数。",
		"该国总理周二晚表示，谈判将在下月继续。",
		"全县把宣讲活动覆盖到全体党员和师生作为今年的重点。",
		"代表团团长出席了随后的会见和会晤。",
		"组织内其余八个成员国该月的出口总量有所回落。",
	})
	checkMasked(t, got, nil, []string{"球员都曾在", "老师都不在", "总理周二晚表示", "党员和师生", "会见和会晤", "成员国该月"})
}

// TestRoleNameAdverbTail14: a two-character given name read after a role
// ends before an adverb that belongs to the verb (王晨|都表示): the name is
// masked, the adverb and the verb stay.
func TestRoleNameAdverbTail14(t *testing.T) {
	got := maskedText(t, []string{
		"座谈会上，县报社社长孙立都表示要办好乡村版。",
	})
	checkMasked(t, got, []string{"孙立"}, []string{"都表示要办好"})
}

// TestRoleReadingsStillMask14: the narrowings leave names after a role
// masked: 周 and 都 before given-name characters, 和 before a given name.
func TestRoleReadingsStillMask14(t *testing.T) {
	got := maskedText(t, []string{
		"护林员周明远协助村民扑灭了山火。",
		"镇长和建国主持召开安全生产调度会。",
		"网格员都海峰主动上门登记。",
	})
	checkMasked(t, got, []string{"周明远", "和建国", "都海峰"}, []string{"协助村民", "主持召开", "主动上门"})
}
