package anonymize

import "testing"

// TestLeaks26: a quoted inn in 人家 after its village (quotedInns26), a
// quoted festival whose stem a person reading took (quotedEvents26) and a
// landmark named by a stem and 鼓楼 (landmarkKinds26) are masked whole,
// while the kind words in them stay readable elsewhere (白桦, 鼓楼 counted)
// and a festival of a kind word alone (“葡萄文化节”) is no name.
func TestLeaks26(t *testing.T) {
	got := maskedText(t, []string{
		"乌石村“白桦人家”开门迎客，林下补植白桦、樟子松。",
		"第三届“江格尔文化旅游节”开幕，《江格尔》史诗说唱同步上演。",
		"全县现存鼓楼236座，程阳永济桥、马胖鼓楼为全国重点文物保护单位，岜团桥、华练鼓楼列入保护名录。",
		"镇里办好“葡萄文化节”。",
	})
	checkMasked(t, got, []string{"白桦人家", "江格尔文化旅游节", "马胖", "华练"}, []string{
		"白桦、樟子松", "《江格尔》史诗", "鼓楼236座", "葡萄文化节",
	})
}
