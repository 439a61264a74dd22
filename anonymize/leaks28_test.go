package anonymize

import "testing"

// TestLeaks28: a padded name after a role and a colon or with a compound
// surname (spacedAfterColon28) and a quoted room of 老 and a surname with
// its founder's familiar name (familiarRooms28) and a party's name before
// its ID number (namesBeforeID28) are masked, while a colon
// before ordinary words and a room of a kind (“老年人调解室”) stay.
func TestLeaks28(t *testing.T) {
	got := maskedText(t, []string{
		"督导组组长：孙  明轩",
		"（编辑：郑  雨桐）",
		"东山县委常委、宣传部部长  欧阳 文博",
		"村民有事都找“老覃”，他办的“老覃调解室”今年化解纠纷40件。",
		"主要做法：强化  统筹",
		"社区设立“老年人调解室”。",
		"其中东山镇一经营户孙建业（身份证号：130000198001011234）无证销售玉米种子。",
		"东山镇经营户刘发展（身份证号：130000198001011234）无证经营。",
		"对经营户张某某（身份证号：130000198001011234）立案查处。",
	})
	checkMasked(t, got, []string{"孙  明轩", "明轩", "雨桐", "欧阳", "文博", "老覃调解室", "老覃", "孙建业", "刘发展"}, []string{
		"强化  统筹", "老年人调解室", "张某某",
	})
}
