package anonymize

import "testing"

// TestVisitNames15: a name between a role word and a verb of a visit is
// masked, its surname an ordinary character or not.
func TestVisitNames15(t *testing.T) {
	got := maskedText(t, []string{
		"市委常委展立新前往晴隆县考察茶产业。",
		"州委常委种红霞深入龙场镇督导秋收工作。",
	})
	checkMasked(t, got, []string{"展立新", "种红霞"}, []string{"市委常委", "前往", "州委常委", "深入", "督导"})
}

// TestTitleNames15: a name at a clause's start before a title and a verb
// is masked; the title stays.
func TestTitleNames15(t *testing.T) {
	got := maskedText(t, []string{
		"代秋生副县长在碧痕镇调研时强调，要守住安全底线。",
		"会上，花永年书记指出，要压实河长责任。",
	})
	checkMasked(t, got, []string{"代秋生", "花永年"}, []string{"副县长在", "书记指出"})
}

// TestChairNames15: the chair after 由 and a speaker before 作 + a speech
// are masked.
func TestChairNames15(t *testing.T) {
	got := maskedText(t, []string{
		"会议由周建国主持，种丽萍作工作报告。",
		"座谈会由时小军主持，查红梅作交流发言。",
	})
	checkMasked(t, got, []string{"周建国", "种丽萍", "时小军", "查红梅"}, []string{"主持", "作工作报告", "作交流发言"})
}

// TestHonourNames15: a clause that begins with a name and a person's
// honour masks the name; a body's honour keeps its subject.
func TestHonourNames15(t *testing.T) {
	got := maskedText(t, []string{
		"井建国荣获全国五一劳动奖章。",
		"才国庆被评为全省优秀共产党员。",
		"全县荣获省级文明县城称号。",
	})
	checkMasked(t, got, []string{"井建国", "才国庆"}, []string{"荣获全国五一劳动奖章", "全县荣获"})
}

// TestAgeNames15: a name after an age and 的 is masked.
func TestAgeNames15(t *testing.T) {
	got := maskedText(t, []string{
		"今年六十二岁的代丽华是村里的老党员。",
		"今年78岁的查水生每天都到村委会帮忙。",
	})
	checkMasked(t, got, []string{"代丽华", "查水生"}, []string{"六十二岁的", "是村里的老党员", "每天都到"})
}

// TestWorkerNames15: a name after 务工的 or 打工的 is masked, and not with
// the 每 of 每月.
func TestWorkerNames15(t *testing.T) {
	got := maskedText(t, []string{
		"在县城务工的才芳每月收入四千元。",
		"在扶贫车间打工的代海洋说，家门口就能挣钱。",
	})
	checkMasked(t, got, []string{"才芳", "代海洋"}, []string{"务工的", "每月收入", "打工的", "说，"})
}

// TestTableNames15: a name alone in a cell of a numbered table row is
// masked; a cell of an ordinary word stays.
func TestTableNames15(t *testing.T) {
	got := maskedText(t, []string{
		"3  县城污水管网改造  种建国  已完成",
		"4  集镇农贸市场  代德明  正常推进",
	})
	checkMasked(t, got, []string{"种建国", "代德明"}, []string{"已完成", "正常推进", "县城污水管网改造"})
}

// TestVerbOrgs15: an organisation the suffix rule ran back over a verb is
// dropped or cut; the verb and the body's kind stay, the place and the
// firm stay masked.
func TestVerbOrgs15(t *testing.T) {
	got := maskedText(t, []string{
		"柴湖镇召开党委扩大会议，传达学习全会精神。",
		"我县与长顺县签署东西部协作框架协议。",
		"垃圾中转站委托恒昌环保科技有限公司负责运营。",
	})
	checkMasked(t, got, []string{"柴湖镇", "长顺县", "恒昌"}, []string{"召开党委扩大会议", "签署", "委托"})
}

// TestTenureVillages15: a word of tenure before 村 is no village.
func TestTenureVillages15(t *testing.T) {
	got := maskedText(t, []string{
		"王建华，男，汉族，柴湖镇人，现任村党支部书记。",
		"李国庆曾任村委会主任，现任镇人大代表。",
	})
	checkMasked(t, got, []string{"王建华", "柴湖镇"}, []string{"现任村党支部书记", "曾任村委会主任"})
}

// TestHeBrands15: a brand of a character and 和 before a trade and a form
// is masked whole; 和 between two bodies stays.
func TestHeBrands15(t *testing.T) {
	got := maskedText(t, []string{
		"嘉和食品有限公司荣获省级专精特新企业称号。",
		"该项目由泰和建材有限公司承建。",
		"县交通运输局和县住建局联合开展检查。",
	})
	checkMasked(t, got, []string{"嘉和", "泰和"}, []string{"荣获", "承建", "县交通运输局和县住建局"})
}

// TestWorkPlaces15EndInDe: workerNames15 looks at a word of workPlaces15
// only where 的 stands before the name, so every such word must end in 的.
func TestWorkPlaces15EndInDe(t *testing.T) {
	for _, w := range workPlaces15 {
		if r := []rune(w); r[len(r)-1] != '的' {
			t.Errorf("workPlaces15 word %q does not end in 的", w)
		}
	}
}
