package anonymize

import "testing"

// TestOrgHeadCutByGojieba: a company whose own name gojieba cuts into a
// two-character word and a character (福源|旺) or three characters
// (德|源|达) before a kind word (果品, 菌业) is named by those characters,
// and its brand alone later (…牌) is masked as its short form; a village
// before a farm (大湾村养殖场) stays a place before an ordinary word.
func TestOrgHeadCutByGojieba(t *testing.T) {
	got := maskedText(t, []string{
		"全年新增规模以上企业3家；福源旺果品有限公司扩建冷库，福源旺牌苹果脆片销往外省。",
		"招商引资成效明显；德源达菌业有限公司建成菌棒生产线。",
		"群众来电反映白沙村养殖场异味扰民问题。",
	})
	checkMasked(t, got, []string{"福源旺", "德源达"}, []string{"牌苹果脆片", "建成菌棒生产线", "养殖场异味扰民"})
}

// TestStreetNamedByWord: a subdistrict named by an ordinary noun (文化街道)
// is a place where a place's name begins (after 在, a comma or
// a county); the same nouns before 街道 in other slots stay readable.
func TestStreetNamedByWord(t *testing.T) {
	got := maskedText(t, []string{
		"年内在文化街道建成社区食堂两处，工业街道、河口镇各建成一处。",
		"环卫工人每天清扫街道，城区主要街道实现机械化清扫。",
	})
	checkMasked(t, got, []string{"文化街道", "工业街道"}, []string{"清扫街道", "城区主要街道", "社区食堂"})
}
