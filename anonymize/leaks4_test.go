package anonymize

import "testing"

// TestOrdinaryWordTowns: a township whose name is an ordinary word (太平镇,
// 丰收镇, 幸福乡) is masked when something beside it shows a place — its
// county before it, a village after it, a township body after it, or a
// connector to another place — and then everywhere in the document; the
// ordinary word alone (喜获丰收, 幸福生活) stays readable, and so do
// the same names without any such evidence.
func TestOrdinaryWordTowns(t *testing.T) {
	got := maskedText(t, []string{
		"完成太平镇至丰收镇公路改造8公里，群众喜获丰收。",
		"幸福乡柳树沟村新建文化广场，幸福乡中心小学扩建教室，群众幸福生活更有保障。",
		"和平镇、东风镇、长青乡开展环境整治。",
		"太平镇卫生院开展义诊。",
	})
	checkMasked(t, got, []string{"太平镇", "丰收镇", "幸福乡", "柳树沟村", "和平镇", "东风镇", "长青乡"},
		[]string{"公路改造", "喜获丰收", "文化广场", "扩建教室", "幸福生活", "环境整治", "开展义诊"})

	// no evidence: the ordinary words stay readable
	got = maskedText(t, []string{"全镇喜获丰收，和平发展、太平无事。"})
	checkMasked(t, got, nil, []string{"喜获丰收", "和平发展", "太平无事"})
}

// TestOrdinaryTownInOrgName: a township named with an ordinary word inside
// a cooperative's name, written after its county with its suffix glued to
// the village's head (…县|平安|镇北|…村…合作社), is masked with the whole
// name and, as a place of the document, where it stands alone; its short
// form, an ordinary word, is not masked elsewhere (平安建设).
func TestOrdinaryTownInOrgName(t *testing.T) {
	got := maskedText(t, []string{
		"平安镇油茶低产林改造项目，业主为恭城瑶族自治县平安镇北坡村油茶种植专业合作社。",
		"全县深入推进平安建设。",
	})
	checkMasked(t, got, []string{"平安镇", "北坡村", "恭城", "合作社（"}, []string{"油茶低产林改造项目", "业主为", "平安建设"})
}

// TestLandformVillageHead: a village named by a word and a landform
// character (柳树|沟村, gojieba cutting 沟村 apart) is masked whole, with
// the town before it; the landform word alone after an ordinary class word
// (山区沟村) names no village.
func TestLandformVillageHead(t *testing.T) {
	got := maskedText(t, []string{"幸福乡柳树沟村新建文化广场。", "杏花坪村、石板湾村修通产业路。"})
	checkMasked(t, got, []string{"幸福乡", "柳树", "沟村", "杏花坪", "石板湾"}, []string{"新建文化广场", "修通产业路"})
}

// TestSloganTown: the slogan form 农业稳镇, 工业强镇, 文旅兴镇 (an ordinary
// noun, a verb, 镇) is no town; a real town of one character and 镇 after
// an ordinary word is still found by the gazetteer.
func TestSloganTown(t *testing.T) {
	got := maskedText(t, []string{"聚焦“农业稳镇、工业强镇、文旅兴镇”，全年完成生产总值9亿元。"})
	checkMasked(t, got, nil, []string{"农业稳镇", "工业强镇", "文旅兴镇", "生产总值"})
}
