package anonymize

import "testing"

// TestHostNames20p (class: a venue's host, 民宿主人/农家乐主人/客栈主人, before
// a name of an ordinary-word surname and a given name that reads as a word):
// masked; 主人翁 and 主人公 stay.
func TestHostNames20p(t *testing.T) {
	got := maskedText(t, []string{
		"溪畔农家乐主人向秋月获评市级乡村旅游带头人。",
		"桃源客栈主人龙建华返乡经营老宅民宿，带动周边农户增收。",
	})
	checkMasked(t, got, []string{"向秋月", "龙建华"}, []string{"主人", "桃源客栈主人", "获评"})
	kept := maskedText(t, []string{"民宿主人翁意识不断增强，客栈主人公开承诺诚信经营。"})
	checkMasked(t, kept, nil, []string{"民宿主人翁意识", "客栈主人公开承诺"})
}

// TestRoleCountNames20p (class: a role + a name of an ordinary-word surname
// before 等 and a count of persons, or before 在, in a long clause): masked;
// roles alone before 等N名 or 在 stay.
func TestRoleCountNames20p(t *testing.T) {
	got := maskedText(t, []string{
		"县农技推广中心高级农艺师原海生等15名技术骨干分片包联各乡镇，开展春季防疫、饲草种植培训42场次。",
		"毕节小伙程立新在开发区一家电子元件工厂学会了焊接技术，现在已经是班组长。",
	})
	checkMasked(t, got, []string{"原海生", "程立新"}, []string{"高级农艺师", "等15名技术骨干", "小伙"})
	kept := maskedText(t, []string{"镇党委副书记和驻村干部等12名同志参加会议，村民代表在会上发言。"})
	checkMasked(t, kept, nil, []string{"驻村干部等12名同志", "村民代表在会上"})
}

// TestChannelKeep20p (class: a channel or place-of-doing word read as a
// given name after a role, 种植户|线上|销售): kept; a real name after the
// role is still masked.
func TestChannelKeep20p(t *testing.T) {
	got := maskedText(t, []string{
		"全县种植户线上销售农产品，果农田间采摘鲜桃。",
		"合作社社员线下配送蔬菜，种植户石永福带头试种。",
	})
	checkMasked(t, got, []string{"石永福"}, []string{"种植户线上销售", "线下配送"})
}

// TestSectionKeep20p (class: a road's works section, 延伸段, read as a
// transliterated person after the masked road): the section word is kept.
func TestSectionKeep20p(t *testing.T) {
	got := maskedText(t, []string{
		"建成沿河路延伸段和城东互通立交，沿河路延伸段串联起老城区与新区。",
		"推进地铁5号线延伸段和南环路拓宽段建设，年底前通车。",
	})
	checkMasked(t, got, nil, []string{"延伸段和", "延伸段串联", "拓宽段建设"})
}
