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
