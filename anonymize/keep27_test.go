package anonymize

import "testing"

// TestKeep27KindWords: a word of a kind that a surname or place rule read
// as a name (互花米草, 花岗岩, 胡杨林 in a heading), a kind of building counted (鼓楼12座), a grade
// before a business (金牌农家乐), activities before a site (海钓基地,
// 帆船码头), landforms (海蚀崖, 玄武岩, 火山口遗址), two nature characters
// before a policy noun (陆海接力, 向海经济), a region before an honour
// (齐鲁工匠), varieties before 等品种 and a crop's part (菠萝叶纤维) stay
// readable (kindWord27 … partOfCrop27).
func TestKeep27KindWords(t *testing.T) {
	got := maskedText(t, []string{
		"潮间带互花米草治理面积扩大到500亩，石料以花岗岩为主。",
		"【胡杨林迎来观赏季】全旗将办好秋季旅游。",
		"全镇现存鼓楼12座、戏台9座。",
		"3家农家乐入选全省金牌农家乐。",
		"岱山海洋旅游投资有限公司（简称“岱旅投”）建成海钓基地2处、帆船码头1座。",
		"依托礁盘、海蚀崖、海蚀洞发展观光，对火山灰土壤和玄武岩台地开展调查。",
		"在南山镇、角尾乡珊瑚礁海岸、火山口遗址开展研学。",
		"推广陆海接力养殖模式，抓产业，做强“向海经济”。",
		"两名石匠荣获齐鲁工匠称号。",
		"引进西州密30号、金凤凰等品种，菠萝叶纤维提取项目投产。",
	})
	checkMasked(t, got, []string{"岱旅投", "南山镇", "角尾乡"}, []string{
		"互花米草", "花岗岩", "胡杨林", "鼓楼12座", "金牌农家乐",
		"海钓基地", "帆船码头", "海蚀崖", "海蚀洞", "玄武岩", "火山口遗址", "陆海接力", "向海经济",
		"齐鲁工匠", "金凤凰", "西州密30号", "菠萝叶纤维",
	})
}

// TestKeep27KindLists: the items of a list of kinds of fish, plants or
// farming methods stay readable beside the kind words that vouch for them
// (kindListItem27), also a variety named by a word and its crop
// (金钻凤梨); the persons of a list beside crops are still masked.
func TestKeep27KindLists(t *testing.T) {
	got := maskedText(t, []string{
		"近海主养大黄鱼、鲍鱼、海蛎三个品种，沙滩上栽植胡杨、沙枣、柽柳1200亩。",
		"全县发展筏式养殖、吊养、渔排升级改造完成2万口。",
		"主栽品种为台农17号、金钻凤梨、香水菠萝。",
		"种植大户张红梅、李海波种植马铃薯、胡椒。",
	})
	checkMasked(t, got, []string{"张红梅", "李海波"}, []string{
		"大黄鱼、鲍鱼、海蛎", "胡杨、沙枣、柽柳", "筏式养殖、吊养、渔排", "金钻凤梨", "马铃薯、胡椒",
	})
}

// TestKeep27ShortFormsInKindWords: a masked place's short form stays
// readable where it begins a kind word (哈密|瓜, 兴安|落叶松), where it is a
// crop listed beside other kinds (枸杞、贻贝) (kindWordHalf27); the
// places themselves and the short forms standing alone are masked.
func TestKeep27ShortFormsInKindWords(t *testing.T) {
	got := maskedText(t, []string{
		"哈密市第二中学开设农技课；全镇哈密瓜种植面积2万亩，产品销往哈密的批发市场。",
		"兴安镇林场对樟子松、兴安落叶松古树挂牌保护。",
		"枸杞乡依托海岛发展旅游，枸杞、贻贝、海瓜子成为特色。",
	})
	checkMasked(t, got, []string{"哈密市", "哈密的", "兴安镇", "枸杞乡"}, []string{
		"哈密瓜", "兴安落叶松", "枸杞、贻贝",
	})
}

// TestKeep27Guards: names of the shapes keep27 keeps stay masked where a
// role names a person (局长胡杨, 书记齐鲁), where the text names the place
// in full (《关于支持玛纳斯县发展的意见》), where persons stand before 等
// and a noun of people (等品种选育人), where a kind word is a village's
// stem (胡杨林村), where the kind word beside a place is a place too
// (昆明、普洱), where a landform word opens a sight's name
// (雅丹国家地质公园), where a breed's place is the document's own
// (巴里坤哈萨克自治县 … 巴里坤马), where a kind word is an inn's stem
// (白桦林民宿) and where a list item holds a town and a number
// (…冷库、上洋镇4号冷链中转站).
func TestKeep27Guards(t *testing.T) {
	got := maskedText(t, []string{
		"县林业局局长胡杨主持会议，县委副书记齐鲁出席。",
		"学习《关于支持玛纳斯县发展的意见》。",
		"表彰王建华、李秀英等品种选育人。",
		"胡杨林村新建村民活动室。",
		"外出务工人员主要去往昆明、普洱和广东。",
		"莫高窟、雅丹国家地质公园接待游客。",
		"巴里坤哈萨克自治县加快牧业发展，引进巴里坤马良种。",
		"民俗村新增“长白人家”、白桦林民宿、金大姐烧烤店等经营户，岭头镇1号冷库、上洋镇4号冷链中转站投入使用。",
	})
	checkMasked(t, got, []string{"局长胡杨", "齐鲁出席", "玛纳斯县", "王建华", "李秀英", "胡杨林村", "昆明", "雅丹国家地质公园", "巴里坤马", "白桦林民宿", "上洋镇"}, nil)
	// a breed named after a place the document does not name is a kind
	got = maskedText(t, []string{"牧业合作社引进巴里坤马、伊犁马良种。"})
	checkMasked(t, got, nil, []string{"巴里坤马、伊犁马"})
}

// TestKeepFinding27Shapes reads the classes on findings placed by hand.
func TestKeepFinding27Shapes(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text, span, evidence string
		typ                  Type
		want                 bool
	}{
		{"潮间带互花米草治理完成。", "米草", "tagger", PERSON, true},
		{"县长胡杨主持会议。", "胡杨", "surname+given", PERSON, false},
		{"胡杨林村新建活动室。", "胡杨林", "surname+given", PERSON, false},
		{"主养大黄鱼、鲍鱼、海蛎。", "鲍鱼", "list-item", PERSON, true},
		{"表彰王建华、李秀英。", "李秀英", "list-item", PERSON, false},
		{"全镇现存鼓楼12座。", "鼓楼", "gazetteer-short:鼓楼区", LOCATION, true},
		{"全镇现存鼓楼12座。", "鼓楼", "gazetteer-short:鼓楼区", LOCATION, true},
		{"入选全省金牌农家乐。", "金牌农家乐", "org-suffix:农家乐", ORG, true},
		{"入选全省溪畔农家乐。", "溪畔农家乐", "org-suffix:农家乐", ORG, false},
		{"推广陆海接力养殖。", "陆海", "jieba:ns", LOCATION, true},
		{"荣获齐鲁工匠称号。", "齐鲁", "surname+given", PERSON, true},
		{"引进金凤凰等品种。", "金凤凰", "surname+given,given-is-word", PERSON, true},
		{"表彰金凤凰等品种选育人。", "金凤凰", "surname+given,given-is-word", PERSON, false},
		{"引进王建华等品种。", "王建华", "surname+given", PERSON, false},
		{"菠萝叶纤维提取项目投产。", "叶纤维", "surname+given,given-is-word", PERSON, true},
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := indexOf27(c.text, c.span)
		if b < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		f := Finding{Type: c.typ, Text: c.span, Start: b, End: b + len(c.span), Evidence: c.evidence, Score: 3}
		if got := keepFinding27(tt, f); got != c.want {
			t.Errorf("%q in %q (%s): keepFinding27 = %v, want %v", c.span, c.text, c.evidence, got, c.want)
		}
	}
}

// indexOf27 is strings.Index, the last occurrence when the span stands
// twice (玛纳斯县《玛纳斯》).
func indexOf27(text, span string) int {
	b := -1
	for i := 0; i+len(span) <= len(text); i++ {
		if text[i:i+len(span)] == span {
			b = i
		}
	}
	return b
}

// TestKindWordAt27Window: kindWordAt27 reads only the characters next to a
// masked place, and answers as a test of the whole rest of the text
// converted to runes would (a kind word at either end, invalid bytes).
func TestKindWordAt27Window(t *testing.T) {
	whole := func(s string, atEnd bool) bool {
		rs := []rune(s)
		for k := 2; k <= kindMaxRunes27 && k <= len(rs); k++ {
			w := string(rs[:k])
			if atEnd {
				w = string(rs[len(rs)-k:])
			}
			if ordinaryKind27(w) {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		"", "鲍", "鲍鱼", "厚壳贻贝养殖面积扩大", "全县发展厚壳贻贝", "兴安落叶松",
		"\xff鲍鱼", "鲍鱼\xff", "鲍\xff鱼", "沿海主养大黄鱼", "大黄鱼、鲍鱼",
	} {
		for _, atEnd := range []bool{false, true} {
			if got, want := kindWordAt27(s, atEnd), whole(s, atEnd); got != want {
				t.Errorf("kindWordAt27(%q, %v) = %v, want %v", s, atEnd, got, want)
			}
		}
	}
}
