package anonymize

import "testing"

// TestFixedEndNames14: a name whose two ends the sentence fixes is masked
// though its given name is an ordinary word or its surname an ordinary
// character: 在X的带动下, 表彰了X等N名, 选派X担任, X说： and X一家 at a
// clause start, a role word before X and a verb after it, a by-line or
// contact word before it.
func TestFixedEndNames14(t *testing.T) {
	got := maskedText(t, []string{
		"在查田园的带动下，全组二十户都种上了烤烟。",
		"表彰了种国庆等十二名优秀护林员。",
		"县里选派刘水生担任防汛专班组长。",
		"吴建设说：“路修通了，山里的菜就好卖了。”",
		"上官勇一家靠养蜂过上了好日子。",
		"辅警周和平协助民警疏导交通。",
		"镇长和建国主持召开安全生产调度会。",
		"快递员和向阳把包裹送到了山顶的农户家。",
		"（通讯员 和建国）",
	})
	checkMasked(t, got, []string{"查田园", "种国庆", "刘水生", "吴建设", "上官勇", "周和平", "和建国", "和向阳"},
		[]string{"的带动下", "等十二名", "担任防汛", "说：", "一家", "协助民警", "主持召开", "把包裹", "通讯员"})
}

// TestFixedEndNamesKeep14: the readings of fixedEndNames14 leave ordinary
// words after a role alone: a frequent word gojieba tags as a name
// (乡村医生|养老补助), a role word that runs over the surname (老师傅|带徒),
// a conjunction before a kind of person.
func TestFixedEndNamesKeep14(t *testing.T) {
	got := maskedText(t, []string{
		"全面落实乡村医生养老补助。",
		"聘请两位老师傅带徒授艺。",
		"网格员和志愿者一起入户宣传。",
		"经营户和企业签订食品安全承诺书。",
	})
	checkMasked(t, got, nil, []string{"养老补助", "老师傅带徒授艺", "网格员和志愿者", "经营户和企业签订"})
}

// TestMinorityInContext14: a single-element minority name after a role
// word or before 老人/一家 at a clause start is masked.
func TestMinorityInContext14(t *testing.T) {
	got := maskedText(t, []string{
		"经营户次仁主动把店门前的垃圾清理干净。",
		"次仁老人今年已经九十二岁。",
	})
	checkMasked(t, got, []string{"次仁"}, []string{"主动把店门前", "老人今年"})
}

// TestListNames14: list items beside a person found are read with the
// looser reading (和海洋 after a role, 种和平 between commas).
func TestListNames14(t *testing.T) {
	got := maskedText(t, []string{
		"志愿者和海洋、张伟、李强参加了义务植树。",
		"护林员王强、李伟、种和平、赵刚参加了防火演练。",
	})
	checkMasked(t, got, []string{"和海洋", "种和平"}, []string{"志愿者", "参加了义务植树", "参加了防火演练"})
}

// TestRareSurnameTitles14: the surname of a found name that is an
// ordinary character (才, 代) is masked again before a title.
func TestRareSurnameTitles14(t *testing.T) {
	got := maskedText(t, []string{
		"驻村第一书记才伟带领村民发展茶叶产业。才书记常说：“产业兴了，村子才有希望。”",
	})
	checkMasked(t, got, []string{"才伟", "才书记"}, []string{"第一书记", "村子才有希望"})
}

// TestVerbTails14: a person reading that ran over the verb after the
// name ends before it (甲乙笑|着说, 卓玛|通过, 次仁住|进了).
func TestVerbTails14(t *testing.T) {
	got := maskedText(t, []string{
		"养殖户黄伟笑着说：“今年的牛价好。”",
		"养殖户周德明笑着说：“今年的羊价好。”",
		"返乡大学生卓玛通过直播卖出了两万斤蜂蜜。",
		"五保户次仁住进了敬老院。",
		"老党员卓玛带头拆除了自家的旱厕。",
	})
	checkMasked(t, got, []string{"黄伟", "周德明", "卓玛", "次仁"}, []string{"笑着说", "通过直播", "住进了", "带头拆除"})
}

// TestRoleQualifiersAndBodies14: a qualifier of a role before a name
// (特岗|教师) is no name, and a body read from the name over the verb
// after it (甲乙|扎根山区小学) is none.
func TestRoleQualifiersAndBodies14(t *testing.T) {
	got := maskedText(t, []string{
		"特岗教师陈芳扎根山区小学八年。",
		"特岗教师周建设扎根山区小学六年。",
	})
	checkMasked(t, got, []string{"陈芳", "周建设"}, []string{"特岗教师", "扎根山区小学"})
}

// TestWordTitles14: a surname and title reading whose surname ends a word
// with the character before it (专班|组长) is none.
func TestWordTitles14(t *testing.T) {
	got := maskedText(t, []string{
		"县里派刘水生担任专班组长。刘组长到任后走遍了全镇十八个村。",
	})
	checkMasked(t, got, []string{"刘水生", "刘组长"}, []string{"专班组长"})
}
