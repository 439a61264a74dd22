package anonymize

import "testing"

// TestThingPerson21c: a ware, an earth, a grove or a fruit tree whose first
// character is a surname (柴|窑, 高|岭土, 古|柏群, 古|梨树), read as a name,
// stays readable in a thing's frame (…两座, …开采量, …保护范围, …八百株)
// and in another paragraph that uses the same word before it without a
// frame (古梨树老化 … 古梨树八百株);
// names ending in the same kind characters stay masked before a verb a
// person does (保护了, 开采证 is not a thing's tail), before 年产 without
// 量, after a role, and before 同志.
func TestThingPerson21c(t *testing.T) {
	got := maskedText(t, []string{
		"全镇古柏群保护范围划定完毕。",
		"村里新建柴窑两座，用于烧制仿古瓷器。",
		"高岭土开采量逐年压减。",
		"一是古梨树老化，管护资金不足。",
		"去年，古梨树八百株完成挂牌。",
		"王秀英保护了三名落水儿童。",
		"周建树年产蔬菜两万斤。",
		"孙玉石开采证到期后停止作业。",
		"镇长高建群主持召开专题会议。",
		"柴永林同志任镇党委副书记。",
	})
	checkMasked(t, got, []string{"王秀英", "周建树", "孙玉石", "高建群", "柴永林"},
		[]string{"古柏群保护范围", "柴窑两座", "高岭土开采量", "古梨树八百株", "古梨树老化"})
}

// TestThingFrame21c: the frame of things, one case each: a tail, a count in
// digits or characters, a verb of things before the word, and none.
func TestThingFrame21c(t *testing.T) {
	for _, c := range []struct {
		before, after string
		want          bool
	}{
		{"", "储量丰富", true},
		{"", "9800余株", true},
		{"新建", "两座", true},
		{"复原古法", "的技艺", true},
		{"盛产", "和脆梨", true},
		{"", "保护了儿童", false},
		{"镇长", "主持会议", false},
		{"", "三人获得表彰", false},
	} {
		if got := thingFrame21c(c.before, c.after); got != c.want {
			t.Errorf("thingFrame21c(%q, %q) = %v, want %v", c.before, c.after, got, c.want)
		}
	}
}
