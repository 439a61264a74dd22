package anonymize

import "testing"

// TestFirmBrandAlone16b: a firm's brand of three characters or more written
// alone after the firm's full name is masked (class: brand alone after a
// trade of one character and 业, or a brand gojieba cuts into characters).
func TestFirmBrandAlone16b(t *testing.T) {
	got := maskedText(t, []string{
		"湖南湘禾记莲业有限公司建成新生产线，湘禾记带动农户3000户。",
		"彝良县小草坝天麻产业有限公司建起车间，小草坝天麻吸纳就业200人。",
	})
	checkMasked(t, got, []string{"湘禾记", "小草坝天麻", "小草坝"}, []string{"建成新生产线", "带动农户", "吸纳就业"})
}

// TestFirmBrandContracted16b: a brand of four characters with its trade
// contracted (瑞丰镁质|材料 → 瑞丰镁材) is masked; a brand of two characters
// that is a frequent word stays a word elsewhere (今天天晴).
func TestFirmBrandContracted16b(t *testing.T) {
	got := maskedText(t, []string{
		"营口瑞丰镁质材料有限公司增资扩产，瑞丰镁材成为首家民营企业。",
		"浙江天晴伞业集团股份有限公司建设未来工厂，今天天晴。",
	})
	checkMasked(t, got, []string{"瑞丰镁材", "瑞丰", "天晴伞业"}, []string{"成为首家民营企业", "今天天晴"})
}

// TestQuotedShops16b: quoted inns, tea houses and studies in a list before
// 等 and a kind of business are masked whole (class: quoted shop names in a
// list ending in 等…民宿/茶馆).
func TestQuotedShops16b(t *testing.T) {
	got := maskedText(t, []string{
		"村里把老宅改造成“听雨客栈”“松风茶寮”等特色民宿和茶馆。",
		"石门镇“一叶书斋”等民宿入选省级精品民宿。",
	})
	checkMasked(t, got, []string{"听雨客栈", "松风茶寮", "一叶书斋", "听雨", "一叶"}, []string{"特色民宿和茶馆", "入选省级精品民宿"})
}
