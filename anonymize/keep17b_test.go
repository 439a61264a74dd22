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
