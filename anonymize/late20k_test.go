package anonymize

import "testing"

// TestBareZone20k: a zone named by its function and kind alone is every
// such zone, no name.
func TestBareZone20k(t *testing.T) {
	got := maskedText(t, []string{"全市化工园区开展隐患排查整治。"})
	checkMasked(t, got, nil, []string{"化工园区"})
	got = maskedText(t, []string{"临空经济区新签约项目5个。"})
	checkMasked(t, got, nil, []string{"临空经济区"})
	// a stem glued before the kind names the zone: the kind stays masked
	got = maskedText(t, []string{"将对接洋口综合保税区和临港经济开发区。"})
	checkMasked(t, got, []string{"综合保税区"}, nil)
}

// TestFeeling20k: a feeling of the public is a policy term, no person.
func TestFeeling20k(t *testing.T) {
	got := maskedText(t, []string{"群众安全感稳步提升。"})
	checkMasked(t, got, nil, []string{"安全感"})
	got = maskedText(t, []string{"村民安全感明显增强。"})
	checkMasked(t, got, nil, []string{"村民安全感"})
}

// TestTreeReading20k: a county's short form ending in 树 after a tree's
// age or before its nursery is the tree.
func TestTreeReading20k(t *testing.T) {
	got := maskedText(t, []string{"河口镇新建梨树良种繁育基地。"})
	checkMasked(t, got, []string{"河口镇"}, []string{"梨树良种"})
	got = maskedText(t, []string{"村口的老梨树开花了。"})
	checkMasked(t, got, nil, []string{"老梨树"})
}

// TestPostCell20k: a post in a table's column is no place; the row's town
// and person stay masked.
func TestPostCell20k(t *testing.T) {
	got := maskedText(t, []string{"青山镇  网格员  王秀英  负责2个村"})
	checkMasked(t, got, []string{"青山镇", "王秀英"}, []string{"网格员"})
	got = maskedText(t, []string{"白水镇  网格长  李德明  负责城区3个社区"})
	checkMasked(t, got, []string{"白水镇", "李德明"}, []string{"网格长"})
}

// TestVillageStanding20k: words that rate a village are no village's name.
func TestVillageStanding20k(t *testing.T) {
	got := maskedText(t, []string{"消除集体经济空壳村、薄弱村12个。"})
	checkMasked(t, got, nil, []string{"空壳村、薄弱村"})
	got = maskedText(t, []string{"经济薄弱村全部摘帽。"})
	checkMasked(t, got, nil, []string{"经济薄弱村"})
}

// TestSwapSlogan20k: a quoted slogan of opposite directions holds no name.
func TestSwapSlogan20k(t *testing.T) {
	got := maskedText(t, []string{"实施“东果西种”工程。"})
	checkMasked(t, got, nil, []string{"东果西种"})
	got = maskedText(t, []string{"推进“北牛南养”工程。"})
	checkMasked(t, got, nil, []string{"北牛南养"})
}

// TestPathWord20k: a toponym ending in a word of a way (套路) is no road.
func TestPathWord20k(t *testing.T) {
	got := maskedText(t, []string{"选手在省武术套路比赛中获奖。"})
	checkMasked(t, got, nil, []string{"武术套路"})
	got = maskedText(t, []string{"学员苦练拳术套路。"})
	checkMasked(t, got, nil, []string{"拳术套路"})
}

// TestNationalSite20k: a national designation is no old site's name; the
// site before it stays masked.
func TestNationalSite20k(t *testing.T) {
	got := maskedText(t, []string{"力争列入国家考古遗址公园名单。"})
	checkMasked(t, got, nil, []string{"国家考古遗址公园"})
	got = maskedText(t, []string{"申报国家考古遗址公园。"})
	checkMasked(t, got, nil, []string{"国家考古遗址公园"})
}

// TestDesignationRun20k: a designation run into its place is cut to the
// place, which stays masked.
func TestDesignationRun20k(t *testing.T) {
	got := maskedText(t, []string{"作为世界地质公园阿尔山的门户。"})
	checkMasked(t, got, []string{"阿尔山"}, []string{"世界地质公园"})
	got = maskedText(t, []string{"作为世界地质公园五大连池的门户。"})
	checkMasked(t, got, []string{"五大连池"}, []string{"世界地质公园"})
}
