package anonymize

import "testing"

// TestOccupationNames13b: a name right after an occupation word, its
// surname one of the table or an ordinary character (种, 过, 水) and its
// given name often an ordinary word, is masked; the same occupation words
// before ordinary words stay.
func TestOccupationNames13b(t *testing.T) {
	got := maskedText(t, []string{
		"经营户门庆丰在东山镇收购柑橘八年，门庆丰说：“今年价钱好。”",
		"技术员鲜立业、查文静常年驻在西河镇。",
		"返乡大学生水丽萍回到东山镇，办起了民宿。",
		"网格员种福来说：“群众的事没有小事。”",
		"非遗传承人过秋菊在西河镇开办剪纸作坊。",
		"采茶工鲜来福一家四口每年都来采茶。",
		"经营户门建设、查小梅在西河镇卖菜十年。",
		"经营户数量由300户增至420户，养殖户手中的存栏稳定。",
		"技术员队伍全年入户指导1.2万户次，网格员上门服务。",
		"种植户种玉米200亩，养殖户过上了好日子。",
	})
	checkMasked(t, got, []string{"门庆丰", "鲜立业", "水丽萍", "种福来", "过秋菊", "鲜来福", "门建设"},
		[]string{"经营户数量", "养殖户手中", "技术员队伍", "网格员上门", "种植户种玉米", "养殖户过上了"})
}

// TestOrgOverOccupation13b: a market read as a body from an occupation
// word and a name on (检测员甲乙丙扎根X镇农贸市场) loses the occupation
// and the name, which is masked as a person.
func TestOrgOverOccupation13b(t *testing.T) {
	got := maskedText(t, []string{
		"快检员仇春燕扎根东山镇农贸市场快检室五年。",
		"检测员门海涛扎根西河镇农贸市场三年。",
	})
	checkMasked(t, got, []string{"仇春燕", "门海涛"}, []string{"快检员", "检测员"})
}

// TestNicknamesAfterCall13b: what people call someone after 叫他/喊她
// (老甲, 甲大姐, 甲姐) is masked, the surname an ordinary character too;
// 叫他小心 stays, and a verb with its pronoun after a role (管理员都喊她)
// is no name.
func TestNicknamesAfterCall13b(t *testing.T) {
	got := maskedText(t, []string{
		"养殖户种发旺说：“羊好卖。”村里人都叫他老种。",
		"卖菜的经营户过素琴，市场管理员都喊她过大姐。",
		"乡亲们都叫她“水大嫂”。",
		"出门前，妈妈叫他小心。",
	})
	checkMasked(t, got, []string{"老种", "过大姐", "水大嫂"}, []string{"叫他小心", "管理员都喊她"})
}

// TestSpacedCompound13b: a by-line name with a compound surname padded
// apart (记者 鲜 于 明) is masked whole.
func TestSpacedCompound13b(t *testing.T) {
	got := maskedText(t, []string{
		"本报记者 鲜 于 明  通讯员 赵小东",
		"通讯员 单 于 飞",
	})
	checkMasked(t, got, []string{"鲜 于 明", "于 明", "单 于 飞", "于 飞"}, []string{"本报记者", "通讯员"})
}

// TestKindBodies13b: a studio named by a kind of person and a kind of
// farm or cooperative after a verb of founding stay readable; a studio or
// farm with its own name is still masked.
func TestKindBodies13b(t *testing.T) {
	got := maskedText(t, []string{
		"二是设立非遗传承人工作室，县财政每年给予补助。",
		"新建劳模创新工作室3个、技能大师工作室2个。",
		"三是支持返乡青年、退役军人领办家庭农场。",
		"鼓励致富能人创办合作社，全县新增家庭农场40家。",
		"东山镇青禾家庭农场、秀云剪纸工作室入选示范名单。",
	})
	checkMasked(t, got, []string{"青禾家庭农场", "秀云剪纸工作室"},
		[]string{"非遗传承人工作室", "劳模创新工作室", "退役军人领办家庭农场", "能人创办合作社"})
}
