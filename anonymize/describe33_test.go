package anonymize

import "testing"

// TestDescriptiveStems33: a terrain or emblem word before a kind word
// (高山蔬菜, 石榴籽家园) stays readable, after a department's kind that
// keep30 trims (农业农村委|高山) and as a gazetteer stem of sites13; a
// village of the same name (高山村) is still masked.
func TestDescriptiveStems33(t *testing.T) {
	got := maskedText(t, []string{
		"全乡种植高山蔬菜8000亩。",
		"配合县农业农村委高山蔬菜示范基地建设。",
		"争取市农业农村委高山茶叶提质项目落地。",
		"在城关建成石榴籽家园3个，开展民族团结进步创建。",
		"以“石榴籽家园”为载体，办好各族群众实事。",
		"龙山镇高山村新建村级活动场所。",
	})
	checkMasked(t, got, []string{"高山村"}, []string{"高山蔬菜8000亩", "委高山蔬菜示范基地", "委高山茶叶", "石榴籽家园3个", "“石榴籽家园”"})
}
