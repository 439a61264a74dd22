package anonymize

import "testing"

// TestConj19: 和村 between a level word and a level's continuation is
// "and village", not the short form of 和村镇; the division before it stays
// masked.
func TestConj19(t *testing.T) {
	kept := maskedText(t, []string{"城关街道和村社区两级干部参加培训。", "龙泉镇和村两级联动推进整治。"})
	checkMasked(t, kept, []string{"城关街道", "龙泉镇"}, []string{"和村社区两级干部", "和村两级联动"})
}
