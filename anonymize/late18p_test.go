package anonymize

import "testing"

// TestListSiblingPlace18p (class 1, 的-frame): a name after a place and 的
// in a list of 、 whose sibling in the same frame is a masked person is
// masked, though its given name reads as a word (有余, 春雨, 夏天).
func TestListSiblingPlace18p(t *testing.T) {
	got := maskedText(t, []string{
		"在评选中，城关镇的韩大勇、柳林镇的金有余、石门镇的欧阳春雨被评为“十佳企业家”。",
		"白沙镇的郑海波、河口乡的夏天、石门镇的金有才被评为优秀网格员。",
	})
	checkMasked(t, got, []string{"金有余", "欧阳春雨", "夏天", "金有才"}, []string{"被评为“十佳企业家”", "被评为优秀网格员"})
}

// TestListSiblingTitle18p (class 1, title frame): a name after a unit and
// a title in a list of 、 whose sibling is a masked person after a title is
// masked, though it reads as a word (冷静, 夏天, 温暖) or its given name does
// (万家|和).
func TestListSiblingTitle18p(t *testing.T) {
	got := maskedText(t, []string{
		"受表彰的有：城关镇党委书记郑光辉、县自然资源局科长冷静、柳林镇综合执法队队员夏天、县农机中心主任万家和、县财政局会计吴小燕。",
		"县司法局科员宁静、县税务局股长温暖、县民政局干事郑丽华获表彰。",
	})
	checkMasked(t, got, []string{"冷静", "夏天", "万家和", "温暖"}, []string{"县自然资源局科长", "县农机中心主任", "县税务局股长"})
}

// TestListSiblingKept18p: a list of places or duties with no masked person
// in the frame keeps its words (乡镇的卫生院, 股长负责).
func TestListSiblingKept18p(t *testing.T) {
	got := maskedText(t, []string{
		"县城的学校、乡镇的卫生院都要达标。",
		"各单位股长负责、科长把关、局长签字。",
	})
	checkMasked(t, got, nil, []string{"乡镇的卫生院都要达标", "股长负责、科长把关、局长签字"})
}

// TestBackTitles18p (class 2): a surname and an association's title that
// refer back to a person of that surname named earlier are masked.
func TestBackTitles18p(t *testing.T) {
	got := maskedText(t, []string{
		"理事长黄秀兰是制茶能手，黄理事长还带出徒弟30名。",
		"合作社由理事长蒋秋菊牵头，蒋理事长今年带领社员增收。",
	})
	checkMasked(t, got, []string{"黄理事长", "蒋理事长"}, []string{"理事长还带出徒弟", "理事长今年带领社员增收"})
}

// TestBackFamiliar18p (class 3): 老 and a surname inside a clause that
// refer back to a person of that surname named earlier are masked.
func TestBackFamiliar18p(t *testing.T) {
	got := maskedText(t, []string{
		"北沟村养羊能手常满仓带头致富，群众都说跟着老常错不了。",
		"北沟村的汪德林当了三十年护林员，乡亲们常说有老汪在山就在。",
	})
	checkMasked(t, got, []string{"老常", "老汪"}, []string{"错不了", "在山就在"})
}

// TestBackKept18p: an association's title after the body's name (协会理事长)
// and a word that begins with 老 and the surname (老黄牛) stay.
func TestBackKept18p(t *testing.T) {
	got := maskedText(t, []string{
		"协会理事长由黄秀兰担任，黄大伟是村里的老黄牛。",
	})
	checkMasked(t, got, nil, []string{"协会理事长", "老黄牛"})
}
