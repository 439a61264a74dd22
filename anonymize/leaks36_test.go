package anonymize

import "testing"

// TestSpacedNames36: a name padded between surname and given name (one
// space after extraction) in an honour line, after a role word, in a
// contact line, is masked whatever its given name; the description and the
// role word stay.
func TestSpacedNames36(t *testing.T) {
	got := maskedText(t, []string{
		"韦 丰收 摆金镇摆金村蔬菜种植大户",
		"公司总经理龙 富强说，今年订单增长了两成。",
		"联系人：芈 红 电话：0854-6210000",
	})
	checkMasked(t, got, []string{"韦 丰收", "龙 富强", "芈 红"}, []string{"蔬菜种植大户", "公司总经理", "订单增长"})
}

// TestSpacedListNames36: an unpadded name in a line of names set apart by
// spaces, next to a padded name, is masked; words of a heading line stay.
func TestSpacedListNames36(t *testing.T) {
	got := maskedText(t, []string{
		"检查组组长：覃 志远 成员：舒 晓梅 向建军 黎 敏",
		"督导组组长：卢 卫东 成员：谷 春生 向前进 田 丽",
	})
	checkMasked(t, got, []string{"舒 晓梅", "向建军", "谷 春生", "向前进"}, []string{"检查组组长", "成员"})
}
