package anonymize

import "testing"

// TestGenericLocalBodies17: level words and a kind of body (社区人民调解
// 委员会, 医疗集团, 乡镇卫生院 after 全县现有) stay readable, while a body
// with a name of its own (青松镇中心卫生院, 河湾县供销社) is masked.
func TestGenericLocalBodies17(t *testing.T) {
	got := maskedText(t, []string{
		"组建县医院、县中医院两个医疗集团，以强带弱。",
		"社区人民调解委员会主任多次上门调解。",
		"全县现有乡镇卫生院15所、村卫生室210个。",
		"青松镇中心卫生院新建发热门诊。",
		"河湾县供销社建成为农服务中心3个，各基层供销社开展农资配送。",
	})
	checkMasked(t, got, []string{"青松镇", "河湾县"},
		[]string{"两个医疗集团", "社区人民调解委员会主任", "全县现有乡镇卫生院15所", "各基层供销社开展"})
}

// TestDiseasesAndInsectsNoNames17: crop diseases and insects that begin
// with a surname's character (黄龙病, 白粉病, 熊蜂, 叶螨) stay readable;
// the person beside them is masked.
func TestDiseasesAndInsectsNoNames17(t *testing.T) {
	got := maskedText(t, []string{
		"推广黄龙病综合防控技术，果园复产。",
		"推广立体栽培和熊蜂授粉技术，亩均效益提高。",
		"大棚草莓白粉病发生面积下降三成。",
		"农技员张建华指导农户防治叶螨。",
	})
	checkMasked(t, got, []string{"张建华"},
		[]string{"黄龙病综合防控", "熊蜂授粉", "白粉病发生", "防治叶螨"})
}

// TestPlaceOfGenericBody17: a body named only by its place and a generic
// kind (河湾区供销社) keeps the kind readable and masks the
// place; a marine ranch named as a kind stays whole.
func TestPlaceOfGenericBody17(t *testing.T) {
	got := maskedText(t, []string{
		"河湾区供销社建成冷链仓储中心一座。",
		"申报省级海洋牧场示范区。",
	})
	checkMasked(t, got, []string{"河湾区"},
		[]string{"供销社建成", "海洋牧场示范区"})
}
