package anonymize

import "testing"

// TestPaddedVouched19p (class: a padded name of a surname no table holds,
// vouched for by a role right before it or a found name next to it in a
// spaced or 、 list): masked; a letter-spaced heading and a padded word after
// no role nor name stay.
func TestPaddedVouched19p(t *testing.T) {
	got := maskedText(t, []string{
		"编写组：黄  志远  言  春华  唐  雅琴",
		"勉县人民政府副县长  库  云飞",
	})
	checkMasked(t, got, []string{"春华", "云飞"}, []string{"编写组", "副县长"})
	kept := maskedText(t, []string{
		"项  目  建  设  推进有力",
		"主要做法  同  步推进",
	})
	checkMasked(t, kept, nil, []string{"项  目  建  设", "同  步推进"})
}

// TestListedRoleNames19p (class: a role and a name of a surname no table
// holds, the clause broken by 分别 or by 、 and another role's name):
// masked; roles alone before 分别 stay.
func TestListedRoleNames19p(t *testing.T) {
	got := maskedText(t, []string{
		"县政协副主席卯德胜分别到三个乡镇督导秋粮收购。",
		"施工单位项目经理同志刚、安全员李春花每天在现场值守。",
	})
	checkMasked(t, got, []string{"卯德胜", "同志刚"}, []string{"县政协副主席", "分别到", "项目经理", "安全员"})
	kept := maskedText(t, []string{"县委书记、县长分别讲话。", "各乡镇党委书记分别汇报了工作。"})
	checkMasked(t, kept, nil, []string{"县委书记、县长分别讲话", "党委书记分别汇报"})
}

// TestGlossNames19p (class: a real name glossed in brackets and the quoted
// net name it glosses): both masked; a bracket with no real name stays.
func TestGlossNames19p(t *testing.T) {
	got := maskedText(t, []string{
		"返乡青年“果园小芳姐”（本名郑晓芳）通过直播销售脐橙。",
		"网红博主“豆豆爸”（真名许立群）带动民宿预订量翻番。",
	})
	checkMasked(t, got, []string{"果园小芳姐", "郑晓芳", "豆豆爸", "许立群"}, []string{"本名", "真名", "通过直播销售脐橙"})
}

// TestGivenBodies19p (class: a volunteer team or studio named after its
// founder's given name): the founder and the given name in the body are
// masked; a body of a craft word after 成立 stays.
func TestGivenBodies19p(t *testing.T) {
	got := maskedText(t, []string{
		"返乡青年苟振宇发起的振宇义工团常年开展助老服务。",
		"退休教师房立新组建的立新志愿服务队在社区开展义务家教。",
	})
	checkMasked(t, got, []string{"苟振宇", "振宇义工团", "房立新", "立新志愿服务队"}, []string{"发起的", "义工团", "志愿服务队"})
	kept := maskedText(t, []string{"县文联成立了书法工作室。", "团县委组建的青年志愿服务队开展关爱行动。"})
	checkMasked(t, kept, nil, []string{"成立了书法工作室", "青年志愿服务队"})
}
