package anonymize

import "testing"

// TestLeaks27: a quoted inn in 人家 after its village (quotedInns27) and a
// landmark named by a stem and 鼓楼 (landmarkKinds27) are masked whole,
// while the kind words in them stay readable elsewhere (白桦, 鼓楼 counted)
// and a quoted festival of a kind word (“葡萄文化节”, no inn's kind) is
// left readable.
func TestLeaks27(t *testing.T) {
	got := maskedText(t, []string{
		"乌石村“白桦人家”开门迎客，林下补植白桦、樟子松。",
		"全县现存鼓楼236座，程阳永济桥、马胖鼓楼为全国重点文物保护单位，岜团桥、华练鼓楼列入保护名录。",
		"镇里办好“葡萄文化节”。",
	})
	checkMasked(t, got, []string{"白桦人家", "马胖", "华练"}, []string{
		"白桦、樟子松", "鼓楼236座", "葡萄文化节",
	})
}
