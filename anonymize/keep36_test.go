package anonymize

import "testing"

// TestLevelOnlyBody36: a body named by its level alone stays.
func TestLevelOnlyBody36(t *testing.T) {
	got := maskedText(t, []string{
		"为困难老人免费安装扶手。县慈善协会设立“暖冬助老”专项基金，资助失能老人300户。",
		"加快教育资源扩容，力争明年建成州级示范性高中，推动普通高中优质发展。",
	})
	checkMasked(t, got, nil, []string{"县慈善协会", "州级示范性高中"})
	// an ordinal or a people makes the school one of several: a name
	got = maskedText(t, []string{"民生保障更加有力。旗蒙古族第二中学新建教学楼一栋，新增学位600个。"})
	checkMasked(t, got, []string{"蒙古族第二中学"}, nil)
}

// TestSeasonPasture36: a seasonal pasture is no named ranch.
func TestSeasonPasture36(t *testing.T) {
	got := maskedText(t, []string{
		"牧民转场到夏牧场后，流动医疗队每月上门巡诊一次。",
		"新建冬牧场棚圈40座，解决牲畜越冬难题。",
	})
	checkMasked(t, got, nil, []string{"夏牧场", "冬牧场"})
}

// TestGameContest36: a board game that a town's short form spells stays
// before a contest word.
func TestGameContest36(t *testing.T) {
	got := maskedText(t, []string{
		"象棋镇敬老院每周组织象棋比赛、山歌对唱等文娱活动。",
		"在象棋镇举办老年人象棋比赛，参赛选手60余名。",
	})
	checkMasked(t, got, nil, []string{"象棋比赛"})
}

// TestProgrammeTerm36: a programme term whose head reads as a name stays.
func TestProgrammeTerm36(t *testing.T) {
	got := maskedText(t, []string{
		"镇敬老院引入专业机构实行公建民营，服务质量明显提升。",
		"对口支援城市选派援青干部12名，援建学校2所。",
	})
	checkMasked(t, got, nil, []string{"公建民营", "援青干部"})
}
