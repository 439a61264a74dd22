package anonymize

import "testing"

// TestRoleRenGlued15: the 人 of 法定代表人 that gojieba cuts off and the
// name recognizer reads as a name's first character stays with the role;
// the name after it stays masked.
func TestRoleRenGlued15(t *testing.T) {
	// one document each: a name confirmed in one paragraph is masked in
	// every other, which would hide the reading in 人
	for _, c := range []struct{ text, name, role string }{
		{"县市场监管局约谈该企业法定代表人周文斌，要求立即整改。", "周文斌", "企业法定代表人"},
		{"养殖场法定代表人田秀兰表示将按期完成整改。", "田秀兰", "养殖场法定代表人"},
		{"该超市法定代表人谭永刚接受询问。", "谭永刚", "超市法定代表人"},
		{"涉事企业法定代表人苏建明被依法处罚。", "苏建明", "企业法定代表人"},
		{"合作社法定代表人韦丽萍表示将按期偿还贷款。", "韦丽萍", "合作社法定代表人"},
	} {
		got := maskedText(t, []string{c.text})
		checkMasked(t, got, []string{c.name, "人" + c.name[:len("周")]}, []string{c.role})
	}
	// the reading itself: the name after the role's 人, or nothing
	for _, c := range []struct{ before, text, ev, want string }{
		{"公司法定代表", "人孙立伟", "four-character-name,role-before:法定代表", "孙立伟"},
		{"项目负责", "人张三", "transliterated", "张三"},
		{"项目负责", "人张", "role-before:负责", ""}, // too short to leave a name
		{"县", "人民路", "", ""},
	} {
		text := c.before + c.text
		tt := newTokText(testSeg(t), text)
		g, ok := roleRenGlued15(tt, Finding{Type: PERSON, Text: c.text, Start: len(c.before), End: len(text), Evidence: c.ev})
		if ok != (c.want != "") || ok && (g.Text != c.want || text[g.Start:g.End] != c.want) {
			t.Errorf("roleRenGlued15(%q after %q) = %q, %v; want %q", c.text, c.before, g.Text, ok, c.want)
		}
	}
}

// TestEventsAndFestivals15: games, fairs and festivals read as persons
// (残奥, 雪顿, 麦西来甫) are kept; a person beside them stays masked.
func TestEventsAndFestivals15(t *testing.T) {
	got := maskedText(t, []string{
		"残奥冠军走进校园分享成长经历。",
		"雪顿期间，景区接待游客4.6万人次。",
		"青奥志愿者招募工作顺利完成。",
		"麦西来甫表演吸引游客驻足。",
		"达努节期间，村民欧阳春燕组织群众排练铜鼓舞。",
		"盘王节期间游客增多。",
	})
	checkMasked(t, got, []string{"欧阳春燕"}, []string{"残奥冠军", "雪顿期间", "青奥志愿者", "麦西来甫", "达努节", "盘王节"})
}

// TestDishesAfterEating15: a dish read as a name right after a verb of
// eating or selling (品尝罗汉鸡) is kept; a person after such a verb's
// object, and a name without that verb, stay masked.
func TestDishesAfterEating15(t *testing.T) {
	got := maskedText(t, []string{
		"游客品尝罗汉鸡后赞不绝口。",
		"农家乐推出宫保鸡等家常菜。",
		"客人品尝罗汉斋。",
		"游客品尝武松鸡。",
		"来客品尝钱江鱼，店主杨红梅介绍了做法。",
	})
	checkMasked(t, got, []string{"杨红梅"}, []string{"品尝罗汉鸡", "推出宫保鸡", "品尝罗汉斋", "品尝武松鸡", "品尝钱江鱼"})
}

// TestCookingAndWatersideWords15: a district's short form that is a
// cooking word before a food (盐水虾) or a waterside word before a kind of
// walkway (滨湖游步道) is kept while the text never names that district; a
// trip to it, and the short form when the district is named in full, stay
// masked.
func TestCookingAndWatersideWords15(t *testing.T) {
	got := maskedText(t, []string{
		"农户加工的盐水虾很受欢迎。",
		"盐水毛豆是夏季热销菜品。",
		"村里加工的盐水花生远销外地。",
		"完成滨湖游步道建设。",
		"改造湖滨慢行道1.2公里。",
		"沿湖新建滨湖栈道3.2公里，配套建设观景台。",
		"修复滨湖湿地120亩。",
	})
	checkMasked(t, got, nil, []string{"盐水虾", "盐水毛豆", "盐水花生", "滨湖游步道", "湖滨慢行道", "滨湖栈道", "滨湖湿地"})
	got = maskedText(t, []string{"滨湖区代表团考察了滨湖栈道。"})
	checkMasked(t, got, []string{"滨湖"}, nil)
}

// TestSlogansOfKinds15: kinds of place that share one modifier of praise
// (强镇强村, 美镇美村) are a slogan; a town and its village of one stem stay
// masked.
func TestSlogansOfKinds15(t *testing.T) {
	got := maskedText(t, []string{
		"力争培育强县强镇强村。",
		"富镇富村建设成效明显。",
		"创建美镇美村。",
		"培育名乡名村。",
		"评选星镇星村。",
		"白沙镇白沙村完成改水工程。",
	})
	checkMasked(t, got, []string{"白沙"}, []string{"强县强镇强村", "富镇富村", "美镇美村", "名乡名村", "星镇星村"})
}

// TestVerbCountyBeforeDepartment15: 会同 "together with" before a
// department's full name of the bare level is a verb; the county named
// with its government, or when the text names its stem again, stays
// masked.
func TestVerbCountyBeforeDepartment15(t *testing.T) {
	got := maskedText(t, []string{
		"我局会同县住房和城乡建设局开展燃气安全检查。",
		"县政府会同县自然资源局划定永久基本农田。",
		"此外，会同县市场监督管理局、县公安局查处违法案件3起。",
		"必要时，会同县交通运输局调度应急车辆。",
		"县应急局会同县卫生健康局开展应急演练。",
	})
	checkMasked(t, got, nil, []string{"我局会同县住房和城乡建设局", "县政府会同县自然资源局", "会同县市场监督管理局", "会同县交通运输局", "会同县卫生健康局"})
	got = maskedText(t, []string{"会同县人民政府召开常务会议。", "此外，会同县住房和城乡建设局在会同县城开展检查。"})
	checkMasked(t, got, []string{"会同"}, nil)
}

// TestVenueAndTradeCentreOfPlace15: a venue or a trade centre named by a
// place and kind words only (乃东主会场, 福山镇农产品集配中心) keeps its
// kind words, and its place stays masked.
func TestVenueAndTradeCentreOfPlace15(t *testing.T) {
	got := maskedText(t, []string{
		"乃东主会场开幕。",
		"工布江达分会场活动吸引游客1.2万人次。",
		"朗县主会场设在县城广场。",
		"依托福山镇农产品集配中心开展统购统销。",
		"博鳌镇冷链集配中心投入使用。",
		"东成镇农产品集配中心完成主体工程。",
		"兰洋镇农产品集配中心年内建成。",
	})
	checkMasked(t, got, []string{"乃东", "工布江达", "朗县", "福山", "博鳌", "东成", "兰洋"},
		[]string{"主会场开幕", "分会场活动", "主会场设在", "农产品集配中心开展", "冷链集配中心投入", "农产品集配中心完成", "农产品集配中心年内"})
}

// TestCropFarmsAndPlants15: an orchard or a plant named by a crop and its
// product only (草莓采摘园, 葛根全粉加工厂, 魔芋|精粉加工厂) is a kind; a farm
// with a name of its own stays masked.
func TestCropFarmsAndPlants15(t *testing.T) {
	got := maskedText(t, []string{
		"新建草莓采摘园3处。",
		"村集体建成猕猴桃采摘园。",
		"新建杨梅采摘园两处。",
		"村里建成葡萄采摘园。",
		"全村发展核桃采摘园200亩。",
		"发展枇杷采摘园100亩。",
		"新建红薯全粉加工厂。",
		"建设魔芋精粉加工厂。",
		"新建葛根全粉加工厂。",
		"新建南瓜全粉加工厂。",
		"新建苦荞精粉加工厂。",
		"绿源采摘园负责人张红军介绍了经营情况。",
	})
	checkMasked(t, got, []string{"绿源", "张红军"},
		[]string{"草莓采摘园", "猕猴桃采摘园", "杨梅采摘园", "葡萄采摘园", "核桃采摘园", "枇杷采摘园", "红薯全粉加工厂", "魔芋精粉加工厂", "葛根全粉加工厂", "南瓜全粉加工厂", "苦荞精粉加工厂"})
}

// TestDemonstrativeBody15: 该公司 "the company" after a verb gojieba cut
// apart (约|谈该|公司) is no company's name; a named company stays masked.
func TestDemonstrativeBody15(t *testing.T) {
	for _, c := range []struct{ text, keep string }{
		{"我局约谈该公司负责人，责令限期整改。", "约谈该公司"},
		{"约谈本公司负责人。", "约谈本公司"},
		{"依法查处此公司违法行为，金穗粮油有限公司配合调查。", "查处此公司"},
		{"约谈该合作社理事长。", "约谈该合作社"},
		{"约谈该分公司负责人。", "约谈该分公司"},
	} {
		got := maskedText(t, []string{c.text})
		checkMasked(t, got, []string{"金穗粮油"}, []string{c.keep})
	}
}
