package anonymize

import "testing"

// TestEstateLists21c: estates listed before 等 or a count and a grade of
// 小区 (老旧, 商品房, 安置) are masked; kinds of place and works in such a
// list (棚户区、城中村, 供水、供气) and graded estates without a list stay
// readable.
func TestEstateLists21c(t *testing.T) {
	got := maskedText(t, []string{
		"荷风名邸、锦绣华府等商品房小区引入专业物业。",
		"安排资金改造松风里、鹤鸣里等老旧小区。",
		"水映华庭、月湖邸等商品房小区开展消防演练。",
		"推进棚户区、城中村等老旧小区改造，对供水、供气、供暖等老旧小区管网进行更新。",
		"全县完成老旧小区改造12个，新建安置小区3个，推动县城、集镇两个安置小区建设。",
	})
	checkMasked(t, got, []string{"荷风名邸", "锦绣华府", "松风里", "水映华庭", "月湖邸"},
		[]string{"棚户区、城中村等老旧小区", "供水、供气、供暖等老旧小区", "老旧小区改造12个", "新建安置小区3个", "县城、集镇两个安置小区"})
}

// TestEstateListProbe21c: the round's probe as a table, each sentence a
// list of estates of its own in a frame of its own; no estate of it may
// be readable again.
func TestEstateListProbe21c(t *testing.T) {
	cases := []struct {
		line  string
		names []string
	}{
		{"青禾苑、松涛家园等老旧小区完成雨污分流改造。", []string{"青禾苑", "松涛家园"}},
		{"荷风名邸、锦绣华府等商品房小区引入专业物业。", []string{"荷风名邸", "锦绣华府"}},
		{"云栖家园等5个老旧小区加装电梯36部。", []string{"云栖家园"}},
		{"对嘉禾府、半坡湾两个安置小区实施燃气管道更新。", []string{"嘉禾府", "半坡湾"}},
		{"推进石门院、凌霄苑等老旧小区加装电梯。", []string{"石门院", "凌霄苑"}},
		{"金沙湾、银河苑、春江府3个老旧小区完成雨污分流。", []string{"金沙湾", "银河苑", "春江府"}},
		{"将望岳居、怀远里等无物业小区纳入社区托管。", []string{"望岳居", "怀远里"}},
		{"水映华庭、月湖邸等商品房小区开展消防演练。", []string{"水映华庭", "月湖邸"}},
		{"竹韵轩、桃源居、杏花园等老旧小区改造惠及居民2100户。", []string{"竹韵轩", "桃源居", "杏花园"}},
		{"安排资金改造松风里、鹤鸣里等老旧小区。", []string{"松风里", "鹤鸣里"}},
		{"引导玉泉府、瑞雪苑两个新建小区成立业主委员会。", []string{"玉泉府", "瑞雪苑"}},
		{"玉屏新村、龙首家园等老旧小区同步实施瓶改管。", []string{"玉屏新村", "龙首家园"}},
	}
	for _, c := range cases {
		got := maskedText(t, []string{c.line})
		checkMasked(t, got, c.names, nil)
	}
}
