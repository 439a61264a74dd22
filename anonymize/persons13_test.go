package anonymize

import "testing"

// TestPersons13: names with an ordinary-word given name or a rare or
// compound surname after a role word (roleNames13), before 一家/老人/家
// (nameBeforeKin13), further along a 、 list (listNames13), and a surname
// found again before a title (surnameTitles13) are masked; role words
// before ordinary phrases and conjunctions between roles stay.
func TestPersons13(t *testing.T) {
	got := maskedText(t, []string{
		"个体经营户种建设主动缴纳了卫生保证金。",
		"护林辅警代田园每天巡山八个小时。",
		"老党员和春桃带头拆除了自家的旱厕。",
		"返乡大学生欧阳建设通过直播销售茶叶。",
		"联系人：才秀英，电话：0851-8320000。",
		"村里的花海洋一家靠种植香菇脱了贫。",
		"工作队走进来丽华家，了解生产生活情况。",
		"护林员常小红、时国庆冒雨巡查火险隐患。",
		"驻村第一书记时建设带领村民修路。时书记到任后走遍了全村十二个组。",
		"第一书记和驻村干部吃住在村。",
		"驾驶员安全行驶三十万公里。",
		"志愿者服务时长累计一万小时。",
		"技术员才能上岗作业。",
		"网格员和志愿者一起入户宣传。",
		"把补贴发到养殖户手中。",
		"村医和护理员上门服务。",
		"上麻田村、泽城村民宿集群新增床位八十张。",
		"举办农民丰收节系列活动。",
		"乡下农民管起了城里的市场。",
	})
	checkMasked(t, got, []string{"种建设", "代田园", "和春桃", "欧阳建设", "才秀英", "花海洋", "时国庆", "时书记"}, []string{
		"第一书记和驻村干部", "驾驶员安全行驶", "志愿者服务", "技术员才能上岗", "网格员和志愿者", "养殖户手中", "村医和护理员", "民宿集群", "农民丰收节", "农民管起了",
	})
}

// TestRoleFindingBeforeName13: a role word that gojieba tags nz (第一书记)
// and the rules take up as a body does not hide the name after it.
func TestRoleFindingBeforeName13(t *testing.T) {
	got := maskedText(t, []string{"工作汇报", "驻村第一书记时建设带领村民修路。"})
	checkMasked(t, got, []string{"时建设"}, []string{"第一书记"})
	got = maskedText(t, []string{"工作汇报", "驻村第一书记和春来带领村民修路。"})
	checkMasked(t, got, []string{"和春来"}, []string{"第一书记"})
}
