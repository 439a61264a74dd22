package anonymize

import "testing"

// Round ner16 (ner16.go): words of a person's shape in news text that are
// no persons, and transliterated names cut short. Each class has sentences
// of our own (two for most, one for an nr word's place and trade name)
// that fail without its rule.
func TestNer16(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	cases := []struct {
		text          string
		want, notWant []string
	}{
		// ordinaryNRWord16: an nr word with nothing beside it that ends in
		// a kind of place is the place, and one before a body's kind the
		// body's trade name (other such words stay masked as persons)
		{"游客们参观了孔府。", []string{"LOCATION:孔府"}, []string{"PERSON:孔府"}},
		{"推动夏布工艺品厂申报非遗工坊。", []string{"PERSON:夏布"}, nil},
		// verbSpan16: a verb or an adjective of the dictionary, a verb and
		// its complement, a determiner inside a given name
		{"工作人员给每位来宾戴上胸卡。", nil, []string{"PERSON:戴上"}},
		{"对廉洁率在六成以下的班子给予警告。", nil, []string{"PERSON:廉洁"}},
		{"罗各大、中学校要开设电脑课。", nil, []string{"PERSON:罗各大"}},
		// measureWord16: 张 as a measure word after a demonstrative
		{"我手里那张小巧的门票是去年买的。", nil, []string{"PERSON:张小巧"}},
		{"这张小巧的卡片上写满了字。", nil, []string{"PERSON:张小巧"}},
		// honorific16: surname and 老 before a verb
		{"出版社安排吕老去郊外休养几天。", []string{"PERSON:吕"}, []string{"PERSON:吕老去"}},
		{"当年组织上送谢老去北京治病。", []string{"PERSON:谢"}, []string{"PERSON:谢老去"}},
		// nrtWord16: ordinary words gojieba tags nrt
		{"社区办起了科普画廊。", nil, []string{"PERSON:科普"}},
		{"她托人买了一台旧电视机。", nil, []string{"PERSON:托人买"}},
		// clauseSurname16: a function-word surname at a clause's start
		{"和万春还帮助村民修通了山路。", []string{"PERSON:和万春"}, []string{"PERSON:万春"}},
		{"这几年，和万春一直在山里种茶。", []string{"PERSON:和万春"}, []string{"PERSON:万春"}},
		// translitThing16: places in a list closed by 等 and a kind of place
		{"暴雨已经波及科连特斯、波萨达斯等城市。", nil, []string{"PERSON:科连特斯"}},
		{"冲突发生在弗拉诺瓦茨等三个村庄。", nil, []string{"PERSON:弗拉诺瓦茨"}},
		{"大水已经逼近波萨达斯、雷西斯滕西亚等城市。", []string{"LOCATION:滕西亚", "LOCATION:雷西斯"}, []string{"PERSON:滕西亚", "PERSON:雷西斯"}},
		// translitThing16: a document of a place, an index, a craft
		{"各国代表签署了阿鲁巴协定。", nil, []string{"PERSON:阿鲁巴"}},
		{"昨天琼斯指数上涨了两个百分点。", nil, []string{"PERSON:琼斯"}},
		{"“卡西尼”号探测器已经飞抵土星。", nil, []string{"PERSON:卡西尼"}},
		// adverbSpan16: 越A越B, 都 before a modal verb, 连…都
		{"房子越大越难打扫。", nil, []string{"PERSON:越大越"}},
		{"逢年过节，乡里的同志都要到敬老院看望老人。", nil, []string{"PERSON:都要"}},
		{"连吹来的风都是热的。", nil, []string{"PERSON:连吹来"}},
		// translitRest16: a transliterated name cut short by gojieba
		{"总统任命了赫里斯坚科为副总理。", []string{"PERSON:赫里斯坚科"}, []string{"PERSON:赫里斯"}},
		{"俄方任命了斯捷潘坚科为新的部长。", []string{"PERSON:斯捷潘坚科"}, []string{"PERSON:斯捷潘"}},
	}
	for _, c := range cases {
		checkFindings(t, a, c.text, c.want, c.notWant)
	}
}

// TestModalOne16: one set (modal16) serves both readers of 都 and a
// modal or motion verb; before, adverbSpan16's copy lacked 来 and 去, so
// 老党员|都来|参加 and 同志|都来|站上 were masked as names.
func TestModalOne16(t *testing.T) {
	got := maskedText(t, []string{
		"镇村工作总结",
		"逢年过节，镇上的同志都来站上帮忙。",
		"老党员都来参加活动。",
		"基层的同志们都去村里驻点。",
		"村里的职工都不愿意离开。",
	})
	checkMasked(t, got, nil, []string{"同志都来站上", "老党员都来参加", "同志们都去村里", "职工都不愿意"})
}
