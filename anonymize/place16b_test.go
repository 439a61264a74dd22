package anonymize

import "testing"

// TestPlaceSiblings16b: a member of an enumeration that ends in the same
// kind of place as a masked member next to it is masked (shrines after a
// temple); the work done on them stays readable.
func TestPlaceSiblings16b(t *testing.T) {
	got := maskedText(t, []string{
		"协调普济寺、慈因庵完成消防设施改造。",
		"广宗寺、下寺和风神庙壁画完成数字化采集。",
	})
	checkMasked(t, got, []string{"慈因庵", "风神庙"}, []string{"消防设施改造", "壁画完成数字化采集"})
}

// TestPlaceVillages16b: a village or hamlet glued to its township is
// masked even where its stem starts with 那 (Zhuang names); a poor village
// after a town stays readable.
func TestPlaceVillages16b(t *testing.T) {
	got := maskedText(t, []string{
		"平孟镇那洪屯返乡青年覃小梅开起直播间，销售沃柑。",
		"龙邦镇那况村种植芒果2000亩，古城镇贫困村全部出列。",
	})
	checkMasked(t, got, []string{"那洪屯", "那况村"}, []string{"贫困村全部出列", "开起直播间"})
}

// TestPlaceOldTowns16b: an old town of a stem of its own is masked, and
// so is its stem alone elsewhere in the text; a thousand-year old town
// stays readable.
func TestPlaceOldTowns16b(t *testing.T) {
	got := maskedText(t, []string{
		"牵头完成定边营古城保护修缮三期工程。下一步，力争完成定边营申报国家4A级旅游景区，擦亮千年古城名片。",
		"定边营古城南门城墙完成加固。",
	})
	checkMasked(t, got, []string{"定边营"}, []string{"千年古城", "申报", "南门城墙完成加固"})
}

// TestPlaceTribunals16b: a people's tribunal of an ordinary-word stem is
// masked; the basic-level tribunals stay readable.
func TestPlaceTribunals16b(t *testing.T) {
	got := maskedText(t, []string{
		"经县人民法院光明人民法庭调解后息诉罢访。",
		"县人民法院红旗人民法庭巡回审理案件12件，加强基层人民法庭建设。",
	})
	checkMasked(t, got, []string{"光明人民法庭", "红旗人民法庭"}, []string{"基层人民法庭"})
}
