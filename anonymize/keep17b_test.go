package anonymize

import "testing"

// TestQuotedSlogan17b: a quoted policy slogan after a verb of following
// or before a slogan frame stays, whatever place its words look like;
// the places around it are masked.
func TestQuotedSlogan17b(t *testing.T) {
	got := maskedText(t, []string{
		"青岩镇各村按照“保大堤、抗大洪”的要求落实防汛责任。",
		"花溪镇推行“屯乡吹哨、站所报到”机制，群众诉求当天有人管。",
		"县能源局围绕“双碳”愿景推进能源转型。",
		"在各村推行“屋场议事会”，群众说事有了去处。",
		"按照“前店后坊、线上带动”的思路，建成家具电商园。",
		"坚持“小块并大块、零田变整田”的思路推进高标准农田建设。",
	})
	checkMasked(t, got, []string{"青岩镇", "花溪镇"}, []string{"保大堤、抗大洪", "屯乡吹哨、站所报到", "“双碳”", "屋场议事会", "前店后坊、线上带动", "小块并大块、零田变整田"})
}

// TestTradeNickname17b: a town's quoted trade nickname after a fame or
// honour frame stays; the county that bears it is masked.
func TestTradeNickname17b(t *testing.T) {
	got := maskedText(t, []string{
		"崧厦是闻名全国的“伞城”，制伞企业有300多家。",
		"当地是闻名全省的“瓜城”，西瓜面积8万亩。",
		"东乡县赣莲种植专业合作社扩种1万亩。东乡县是“中国赣莲之乡”。",
	})
	checkMasked(t, got, []string{"东乡县"}, []string{"“伞城”", "“瓜城”", "中国赣莲之乡"})
}

// TestFunctionHead17b: 暨 before a great river and 以 before a count of
// places are no part of a name; the towns beside them are masked.
func TestFunctionHead17b(t *testing.T) {
	got := maskedText(t, []string{
		"表彰大会暨黄河文化论坛在青岩镇召开。",
		"县庆暨长江大保护推进会在花溪镇召开。",
		"我们以千村示范为抓手，带动青岩镇整镇推进。",
		"全县以百村提升为抓手。",
	})
	checkMasked(t, got, []string{"青岩镇", "花溪镇"}, []string{"暨黄河文化论坛", "暨长江大保护", "以千村示范", "以百村提升"})
}

// TestPlaceThenYi17b: a body read over a district, 以 and a kind of
// economy is cut back to the district (or left to the district's own
// reading); 首店经济 stays.
func TestPlaceThenYi17b(t *testing.T) {
	got := maskedText(t, []string{
		"沙河口区以首店经济为抓手，引进品牌门店15家。",
		"望城区以首店经济为抓手。",
	})
	checkMasked(t, got, []string{"沙河口区", "望城区"}, []string{"以首店经济为抓手"})
}

// TestBirdSpecies17b: a bird's species of a colour surname's shape is no
// person before a wildlife word or after another bird; a warden named
// after a gull, after his role, is masked.
func TestBirdSpecies17b(t *testing.T) {
	got := maskedText(t, []string{
		"保护区内观测到白头鹤和黑脸琵鹭越冬种群。",
		"丹顶鹤和白琵鹭在青岩镇湖区栖息。",
		"护鸟员张晓鸥和王海鸥在湖区巡护。",
	})
	checkMasked(t, got, []string{"青岩镇", "张晓鸥", "王海鸥"}, []string{"黑脸琵鹭越冬种群", "丹顶鹤和白琵鹭"})
}

// TestPlaceWorkCommittee17b: a sub-district's party working committee is
// a kind: the sub-district is masked, 党工委书记 stays.
func TestPlaceWorkCommittee17b(t *testing.T) {
	got := maskedText(t, []string{
		"东关街道党工委书记王立新介绍，今年引进项目12个。",
		"北门街道党工委副书记刘芳主持会议。",
	})
	checkMasked(t, got, []string{"东关街道", "北门街道", "王立新", "刘芳"}, []string{"党工委书记", "党工委副书记"})
}

// TestSloganKeepsNames17b: a person's name in a slogan's clause and a
// hamlet's name before a quoted council stay masked (before, keep17b
// dropped them: 王建国, 李春梅 and 柳湾 were readable).
func TestSloganKeepsNames17b(t *testing.T) {
	got := maskedText(t, []string{
		"村里推行“王建国说事、李春梅办事”的做法。",
		"推行“柳湾议事会”模式，群众满意。",
	})
	checkMasked(t, got, []string{"王建国", "李春梅", "柳湾"}, nil)
}
