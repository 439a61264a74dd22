package anonymize

import "testing"

// TestOneSpaceListName15: an honour-list line whose padding the pipeline
// folded to one space still has its name masked, also when the given name
// is an ordinary word; a line that opens with a word stays.
func TestOneSpaceListName15(t *testing.T) {
	got := maskedText(t, []string{
		"蒋建设 龙田镇石门村党员、养殖大户",
		"庞文学 清溪乡柳湾村村民",
		"高质量 推进石门村建设",
	})
	checkMasked(t, got, []string{"蒋建设", "庞文学"}, []string{"高质量 推进"})
}

// TestPersons15: a name after a role leaks34 reads (领队) or at an
// honour-list line's start, whose given name is an ordinary word and
// which an earlier reading took for a doubtful person or hid in a generic
// body's span, is masked.
func TestPersons15(t *testing.T) {
	got := maskedText(t, []string{
		"工作队领队安立国带队考察口岸通道建设。",
		"安文学 石桥乡龙井村党员",
	})
	checkMasked(t, got, []string{"安立国", "安文学"}, []string{"口岸通道建设"})
}

// TestLevelHead15: a spaced name at a list line's start whose chain runs
// into the level of the body after it (甲 乙 县|教育局) is masked without
// the level: the body stays readable.
func TestLevelHead15(t *testing.T) {
	got := maskedText(t, []string{
		"雷 敏 县教育局办公室主任",
		"龚 萍 县人民医院护士长",
	})
	checkMasked(t, got, []string{"雷 敏", "龚 萍"}, []string{"县教育局", "县人民医院"})
}

// TestTownOffice15: a town whose name is an ethnic village word (土寨)
// before a township office is masked; the word alone stays.
func TestTownOffice15(t *testing.T) {
	got := maskedText(t, []string{
		"土寨司法所、龙潭司法所联合开展普法宣传。",
		"水寨市场监管所、青杠市场监管所开展食品安全检查，苗寨旅游持续升温。",
	})
	checkMasked(t, got, []string{"土寨", "水寨", "龙潭", "青杠"}, []string{"苗寨旅游"})
}
