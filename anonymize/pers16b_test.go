package anonymize

import "testing"

// TestRoleNames16b (class 1): a name after a folk artist, a master, an old
// village secretary or a mine's manager, of a rare surname (敬, 涂) or an
// ordinary-word given name (白天|福, 国庆), is masked; the role stays.
func TestRoleNames16b(t *testing.T) {
	got := maskedText(t, []string{
		"县里邀请木偶艺人敬长林和他的剧团下乡巡演。",
		"石门镇民间艺人白天寿传承的竹编手艺列入县级名录。",
		"调查组认定当班副矿长任国华未落实巡查制度。",
		"制陶大师涂文礼带领徒弟烧出了新釉色。",
	})
	checkMasked(t, got, []string{"敬长林", "白天寿", "任国华", "涂文礼"}, []string{"木偶艺人", "民间艺人", "副矿长", "制陶大师", "剧团下乡巡演"})
}

// TestSurnameTitle16b (class 2): the surname of such a name again at a
// clause's start before 师傅 or 老支书 is masked with the title.
func TestSurnameTitle16b(t *testing.T) {
	got := maskedText(t, []string{
		"坪上村老支书陇德明带领乡亲修了水渠，陇老支书说：“水通了，心就顺了。”",
		"雕版大师涂永安带领的工作室招了八名学徒，涂师傅说要把手艺传下去。",
	})
	checkMasked(t, got, []string{"陇德明", "陇老支书", "涂永安", "涂师傅"}, []string{"带领乡亲修了水渠", "工作室招了八名学徒"})
}

// TestTibetanRoleNames16b (class 3): a four-character Tibetan name after a
// singer's or artist's role, with no surname, is masked.
func TestTibetanRoleNames16b(t *testing.T) {
	got := maskedText(t, []string{
		"藏族民歌手贡却才让在赛马节上演唱了酒歌。",
		"弦子艺人俄多卓玛在广场带大家跳锅庄。",
	})
	checkMasked(t, got, []string{"贡却才让", "俄多卓玛", "俄多"}, []string{"藏族民歌手", "弦子艺人", "赛马节"})
}

// TestRoleWordsKept16b: ordinary words after those roles stay (白天 as a
// time, 大师傅, 安全, an artists' association).
func TestRoleWordsKept16b(t *testing.T) {
	got := maskedText(t, []string{
		"歌手白天唱歌，艺人白天表演，大师傅说好，矿长安全意识强，民间艺人协会成立。",
	})
	checkMasked(t, got, nil, []string{"白天唱歌", "白天表演", "大师傅说好", "矿长安全意识强", "民间艺人协会成立"})
}
