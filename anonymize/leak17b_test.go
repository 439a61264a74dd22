package anonymize

import "testing"

// TestStretchPairs17b: the other end of a stretch whose one end is a masked
// place (…公园至|祠堂前一线, …至|城台前一线, 鹤岭至|大桦背) is masked.
func TestStretchPairs17b(t *testing.T) {
	got := maskedText(t, []string{
		"荔湾湖公园至祠堂前一线试行错峰装卸。",
		"北湖公园至城台前一线试行夜间保洁。",
	})
	checkMasked(t, got, []string{"祠堂前", "城台前"}, []string{"一线试行错峰装卸", "一线试行夜间保洁"})
}

// TestStretchLists17b: the last member of a list before 一线 whose member
// before it is masked is masked too.
func TestStretchLists17b(t *testing.T) {
	got := maskedText(t, []string{
		"在西关大街、盐市口一线推进背街小巷整治。",
		"在乌龙山、茶树隘一带布设红外相机。",
	})
	checkMasked(t, got, []string{"盐市口", "茶树隘"}, []string{"一线推进背街小巷整治", "一带布设红外相机"})
}

// TestLaneSiblings17b: a lane next to a masked lane of the same kind in a
// list is masked.
func TestLaneSiblings17b(t *testing.T) {
	got := maskedText(t, []string{
		"华苑街道在安平里、秀园里两个居住区试点潮汐停车。",
		"华苑街道在安平里、紫华里两个居住区试点潮汐停车。",
	})
	checkMasked(t, got, []string{"秀园里", "紫华里"}, []string{"两个居住区试点潮汐停车"})
}

// TestGluedLocalities17b: gullies and villages of a stem of their own glued
// to their township are masked whole; a township's kinds of village
// (易地搬迁村, 贫困村) and its ditches stay readable.
func TestGluedLocalities17b(t *testing.T) {
	got := maskedText(t, []string{
		"清水镇红石沟完成沉陷区治理。",
		"巴音乡阿热勒托别村牧民喜迁新居。",
	})
	checkMasked(t, got, []string{"红石沟", "阿热勒托别村", "别村"}, []string{"完成沉陷区治理", "牧民喜迁新居"})
	kept := maskedText(t, []string{
		"城关镇易地搬迁村建成。",
		"石门镇排水沟清淤完成。",
	})
	checkMasked(t, kept, nil, []string{"易地搬迁村", "排水沟"})
}

// TestOrdinaryDivisions17b: a street office of the division lexicon whose
// name is an ordinary word is masked after 在; reporting up to a street
// office stays readable.
func TestOrdinaryDivisions17b(t *testing.T) {
	got := maskedText(t, []string{
		"今年在向上街道试点垃圾分类。",
	})
	checkMasked(t, got, []string{"向上街道"}, []string{"试点垃圾分类"})
	kept := maskedText(t, []string{
		"社区在向上街道汇报时提出建议。",
	})
	checkMasked(t, kept, nil, []string{"向上街道汇报"})
}

// TestFeatureSides17b: a river's name before a bank word and a ridge's
// before a side word and a masked place are masked; 长江两岸 stays.
func TestFeatureSides17b(t *testing.T) {
	got := maskedText(t, []string{
		"推进梅江北岸滨水步道建设。",
		"后岭以南的湾沟镇开展植树。",
	})
	checkMasked(t, got, []string{"梅江", "后岭"}, []string{"北岸滨水步道建设", "以南的"})
	kept := maskedText(t, []string{
		"长江两岸建成生态廊道。",
		"春风又绿江南岸，柳色新于河两岸。",
	})
	checkMasked(t, kept, nil, []string{"长江两岸", "又绿江南岸"})
}

// TestNewTownStems17b: the stem of a town named X新镇 is masked as an item
// of a list of places elsewhere in the document.
func TestNewTownStems17b(t *testing.T) {
	got := maskedText(t, []string{
		"川沙新镇完成老街修缮。",
		"统筹推进周浦、川沙、高桥等历史文化名镇保护利用。",
	})
	checkMasked(t, got, []string{"川沙"}, []string{"等历史文化名镇保护利用"})
}
