package anonymize

import (
	"strings"
	"testing"
)

// maskedText runs one document through Analyze and returns its paragraphs
// joined after redaction.
func maskedText(t *testing.T, paras []string) string {
	t.Helper()
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze(paras)
	var out []string
	for _, p := range paras {
		out = append(out, red.Apply(p))
	}
	return strings.Join(out, "\n")
}

// checkMasked fails for every leak (a string that must be gone) and every
// lost phrase (a string that must stay).
func checkMasked(t *testing.T, got string, leaks, keep []string) {
	t.Helper()
	for _, s := range leaks {
		if strings.Contains(got, s) {
			t.Errorf("%q survived masking:\n%s", s, got)
		}
	}
	for _, s := range keep {
		if !strings.Contains(got, s) {
			t.Errorf("%q was masked:\n%s", s, got)
		}
	}
}

// TestPlaceCutByGojieba: a town whose suffix gojieba glued to the next
// village's head (肇兴|镇堂|安村) is masked whole, and so is the village
// with its head; a preposition between two places (至) belongs to neither.
func TestPlaceCutByGojieba(t *testing.T) {
	got := maskedText(t, []string{
		"肇兴镇堂安村新建人饮工程2处，受益群众800余人。",
		"德隆乡上劳村完成示范村建设。",
		"新修坡月村至百魔洞旅游公路5公里。",
	})
	checkMasked(t, got, []string{"肇兴", "镇堂", "堂安", "德隆", "乡上", "上劳", "百魔洞"},
		[]string{"新建人饮工程", "至〔", "旅游公路"})
}

// TestWorkshopNames: a workshop or shop word (电子厂, 砖厂, 服饰店) after a
// made-up name is a company, and a company whose name gojieba cut into
// single characters before its kind words (润|丰|种业) is masked with them;
// 新建停车场 is a car park, and the phrase before a company is not its name.
func TestWorkshopNames(t *testing.T) {
	got := maskedText(t, []string{
		"查处宏旺电子厂、鑫达砖厂违法排污案件2起。",
		"培育巴桑民族服饰店等诚信示范店12家。",
		"金穗农机有限公司、润丰种业股份有限公司获评龙头企业。",
		"争取资金300万元，新建停车场2处，帮扶项目青禾家庭农场扩建完成。",
	})
	checkMasked(t, got, []string{"宏旺", "鑫达", "巴桑", "润丰", "青禾", "金穗"},
		[]string{"违法排污", "新建停车场2处", "帮扶项目〔", "诚信示范店", "获评龙头企业"})
}

// TestGluedVillageSuffix: gojieba glues a village's or township's suffix
// to the next name it cannot read (百合|乡念井村, 阳坡|村加牙|藏毯); the
// suffix is split off so that both names are masked whole.
func TestGluedVillageSuffix(t *testing.T) {
	got := maskedText(t, []string{
		"百合乡念井村新建产业路8公里。",
		"阳坡村加牙藏毯专业合作社带动农户120户。",
		"大桥镇仇池村中蜂养殖基地被评为示范基地。",
	})
	checkMasked(t, got, []string{"念井", "乡念", "加牙", "村加", "仇池", "阳坡"},
		[]string{"新建产业路", "带动农户", "中蜂养殖基地"})
}

// TestPlaceLists: the other items of a list of places are places even when
// they read as ordinary words (联合村, 三友社区) or begin with a numeral
// (十里镇); a verb-like head (联合) is not dropped from a middle item.
func TestPlaceLists(t *testing.T) {
	got := maskedText(t, []string{
		"在城关镇、石堡镇、十里镇建成便民服务站。",
		"石堡村、联合村、下寨村完成改厕任务。",
		"鞍山村、三友社区老旧小区改造惠及居民800户。",
	})
	checkMasked(t, got, []string{"十里", "联合村", "三友"},
		[]string{"建成便民服务站", "完成改厕任务", "老旧小区改造"})
}

// TestKindNotFirm: a product + industry phrase before a site word (中蜂养殖
// 基地) and a term gojieba cut after a prefix (非|遗工坊) are no companies.
func TestKindNotFirm(t *testing.T) {
	got := maskedText(t, []string{
		"花椒、核桃、中蜂等特色产业覆盖全县农户，新建中蜂养殖基地3个。",
		"3家单位入选省级非遗工坊。",
	})
	checkMasked(t, got, nil, []string{"中蜂等特色产业", "中蜂养殖基地", "非遗工坊"})
}

// TestShortFormsAndChains: a short form given in brackets after an
// organisation is masked wherever it stands; a verb before a university is
// not part of its name; a short place form glued to 至, a township before
// its party committee, a river glued to its reservoir, a village's group
// and the place after a village are masked whole; a village that reads as
// a name is a place.
func TestShortFormsAndChains(t *testing.T) {
	got := maskedText(t, []string{
		"与浙江农林大学（农林大）共建研究院，农林大派出专家5名。",
		"8名学生考入海南大学。",
		"建成西和至礼县二级公路。",
		"在和平乡党委的领导下，八舟河水库完成投资1亿元。",
		"清华村新寨组、果桃村白沙坪新建产业路。",
		"上劳村那雷屯完成改造。",
	})
	checkMasked(t, got, []string{"农林大", "西和", "和平", "八舟", "新寨", "白沙", "沙坪", "那雷"},
		[]string{"8名学生考入〔", "派出专家5名", "二级公路", "党委的领导下", "新建产业路"})
	a := New(testSeg(t), nil, Placeholder)
	for _, e := range a.Analyze([]string{"上劳村那雷屯完成改造。"}).Entities() {
		if e.Type == PERSON {
			t.Errorf("a village was typed as a person: %+v", e)
		}
	}
}

// TestCountyHeadGlue: gojieba reads 县长 across a county and the town after
// it (西和县|长道镇, cut 西|和|县长|道|镇): both are masked, and the short form
// before a bank's branch word (西和|支行) too; 赴 before a mountain is not
// part of its name.
func TestCountyHeadGlue(t *testing.T) {
	got := maskedText(t, []string{
		"我厂位于西和县长道镇工业集中区。",
		"工资由建设银行西和支行代发。",
		"组织员工赴仇池山景区开展拉练。",
	})
	checkMasked(t, got, []string{"西和", "长道", "道镇", "仇池"}, []string{"组织员工赴〔", "支行代发"})
}

// TestGroupedNumbers: bank cards and mobile numbers written in groups of
// digits (no run longer than four digits) are masked like unbroken ones.
func TestGroupedNumbers(t *testing.T) {
	got := maskedText(t, []string{
		"代发账户：6217 0028 8000 1234 563。",
		"卡号6228 4804 0256 4890 018。",
		"联系人手机 139 0939 1234。",
		"联系电话：139-0939-1234。",
	})
	checkMasked(t, got, []string{"6217", "563", "6228", "018", "139", "1234"}, []string{"代发账户：〔", "联系人手机 〔"})
}

// TestBodyCharStartsPlace: 站 that begins a town's name (两当县|站儿巷镇) is
// no service station ending an organisation, and an organisation list's
// last item stops at the verb after it (兰理工|开展).
func TestBodyCharStartsPlace(t *testing.T) {
	got := maskedText(t, []string{"陇南市两当县站儿巷镇与兰州交大、西北师大、兰理工开展校地合作。"})
	checkMasked(t, got, []string{"儿巷", "两当", "兰理工"}, []string{"开展校地合作"})
}

// TestDotNameHeads: the first characters of a transliterated name that
// gojieba cut off before the part next to the dot (阿|依|努尔·…, 阿|不|都|
// 热合曼·…) are masked with it.
func TestDotNameHeads(t *testing.T) {
	got := maskedText(t, []string{
		"李晓东、阿依努尔·吐尔逊等同志表现突出。",
		"记者采访了阿不都热合曼·买买提。",
	})
	checkMasked(t, got, []string{"阿依", "阿不都", "热合曼"}, []string{"等同志表现突出", "记者采访了〔"})
}

// TestPlaceInsideOrg: the county a masked organisation is named after is
// masked wherever else it stands — in a title where gojieba glued its first
// character to the year (2024年西|和县政府), and in a road's name (西和连接线);
// 东西部 is no body ending an organisation.
func TestPlaceInsideOrg(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	paras := []string{
		"西成高速西和连接线加快建设。",
		"西和县人民医院建立远程会诊中心。",
		"与天津市河西区东西部协作资金到位1.8亿元。",
	}
	title := "2024年西和县政府工作报告"
	red := a.Analyze(paras, title)
	got := red.Apply(title)
	for _, p := range paras {
		got += "\n" + red.Apply(p)
	}
	checkMasked(t, got, []string{"西和", "河西"}, []string{"政府工作报告", "东西部协作资金"})
}

// TestQuantifiedPlaceBody: a station after a word for places in general
// (各乡镇|林业站) is a generic body the default policy keeps; after a named
// township it is masked.
func TestQuantifiedPlaceBody(t *testing.T) {
	got := maskedText(t, []string{"各乡镇林业站开展巡山护林，长道镇林业站完成造林2000亩。"})
	checkMasked(t, got, []string{"长道"}, []string{"各乡镇林业站开展巡山护林"})
}

// TestListItemNotSwallowed: a list's first item is the place found in it,
// not the noun before it (指导|盐官镇).
func TestListItemNotSwallowed(t *testing.T) {
	got := maskedText(t, []string{"一年来，我指导盐官镇、永兴镇申报省级历史文化名镇，与宝鸡、天水开展联合营销。"})
	checkMasked(t, got, []string{"盐官", "永兴"}, []string{"指导〔", "申报省级历史文化名镇"})
}

// TestListHeadsAndWorkshops: a village's one-character head stays with it
// in a list (小|梳村), and so does a brand's name word before its trade
// (华锦|熬香酱菜); 三大战场 after a village is no workshop, and a family farm
// after a made-up name is masked whole.
func TestListHeadsAndWorkshops(t *testing.T) {
	got := maskedText(t, []string{
		"预脱贫2个村(小梳村、龙阁村)。",
		"做好嘉禾旗帜、华锦熬香酱菜、",
		"主攻古寨群、晨曦农业观光园、梓桐民国村三大战场,强推景区建设。",
		"回归项目绿禾家庭农场扩建完成。",
	})
	checkMasked(t, got, []string{"小梳", "梳村", "华锦", "绿禾"}, []string{"(〔", "三大战场", "回归项目〔"})
}

// TestNoNewOverMasks: a list item that begins with a national term (全国冠军)
// is no local place, and 终场 after a made-up word holding a preposition
// (始到) is no workshop.
func TestNoNewOverMasks(t *testing.T) {
	got := maskedText(t, []string{
		"奥运会冠军李晓今天战胜了1996年全国冠军、辽宁选手王刚。",
		"外援将球铲入大门始到终场前1分钟又进一球。",
	})
	checkMasked(t, got, []string{"辽宁"}, []string{"全国冠军", "始到终场"})
}

// TestOrdinaryPlaceWords: an ordinary word a town is also called (小城镇)
// is not propagated from an organisation's name, and a list item is no
// place for a word gojieba merely tags as one (海洋|运输).
func TestOrdinaryPlaceWords(t *testing.T) {
	got := maskedText(t, []string{
		"要保障小城镇建设，理顺地方政府和小城镇政府之间的财政关系。",
		"威胁海洋的因素包括：过度捕捞、海洋运输、废弃物倾倒、沿海地区开发等。",
	})
	checkMasked(t, got, nil, []string{"小城镇建设", "海洋运输"})
}

// TestLandmarkLocatives: a lake or mountain whose suffix gojieba joined to
// the locative after it (晚霞|湖畔, 仇池|山下) is masked; 河边, 山上 and 半山腰
// alone stay ordinary words.
func TestLandmarkLocatives(t *testing.T) {
	got := maskedText(t, []string{
		"在晚霞湖畔、仇池山下建设便民服务点18个。",
		"村民在河边洗衣服，到山上放羊，他家在半山腰。",
	})
	checkMasked(t, got, []string{"晚霞", "仇池"}, []string{"建设便民服务点", "在河边洗衣服", "到山上放羊", "半山腰"})
}

// TestCooperativeName: a cooperative's own name before 农民专业合作社 is
// part of it (仇池|农民专业合作社联合社), while a generic phrase stays.
func TestCooperativeName(t *testing.T) {
	got := maskedText(t, []string{
		"西和县仇池农民专业合作社联合社建成电商中心。",
		"全县发展农民专业合作社120家，组织贫困户加入农民专业合作社。",
	})
	checkMasked(t, got, []string{"仇池"}, []string{"全县发展农民专业合作社120家", "加入农民专业合作社"})
}

// TestGroupedCodes: resident IDs and credit codes written in groups are
// masked when their check character holds; a grouped number whose check
// fails and that no ID label introduces stays.
func TestGroupedCodes(t *testing.T) {
	got := maskedText(t, []string{
		"身份证号：622627 19850315 4316，信用代码：91621225 MA7123456N。",
		"档案编号622627 19850315 4317。",
	})
	checkMasked(t, got, []string{"622627 19850315 4316", "MA7123456N"}, []string{"编号622627 19850315 4317"})
}

// TestFullwidthNumbers: numbers and addresses typed in fullwidth forms
// (１３９…, ｘｉｈｅ＠１６３．ｃｏｍ) are masked like ASCII ones, and the
// replacement covers exactly the original span.
func TestFullwidthNumbers(t *testing.T) {
	got := maskedText(t, []string{
		"联系电话：１３９０９３９１２３４，身份证号６２２６２７１９８５０３１５４３１６。",
		"邮箱：ｘｉｈｅ＠１６３．ｃｏｍ，座机（０９３９）３２１２３４５。",
	})
	checkMasked(t, got, []string{"１３９", "６２２６", "ｘｉｈｅ", "３２１２"}, []string{"联系电话：〔", "。\n邮箱：〔", "，座机〔"})
	// invalid UTF-8 and U+FFFD beside fullwidth digits keep their offsets
	for _, s := range []string{"\xff１３９０９３９１２３４\xfe", "\uFFFD１３９０９３９１２３４\uFFFD"} {
		for _, f := range findPatterns(s) {
			if f.Text != s[f.Start:f.End] || f.Text != "１３９０９３９１２３４" {
				t.Errorf("span %d-%d %q in %q", f.Start, f.End, f.Text, s)
			}
		}
	}
}

// TestFileNameDoubtfulPlace: a name in a file name that gojieba tags as a
// place the default policy keeps as doubtful (马建国/ns) is masked as a name.
func TestFileNameDoubtfulPlace(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	name := "长道镇工作总结-马建国.txt"
	red := a.Analyze([]string{"今年以来，我镇扎实推进各项工作。"}, name)
	checkMasked(t, red.Apply(name), []string{"马建国", "长道"}, []string{"工作总结-〔", ".txt"})
}

// TestFileNameNameWords: a file name's person whom gojieba reads as a
// place word inside a longer run (2023年马建国同志述职) or cut off its surname
// (何|建华述职) is masked; ordinary titles stay.
func TestFileNameNameWords(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	for _, name := range []string{"2023年马建国同志述职.txt", "何建华述职.txt"} {
		red := a.Analyze([]string{"今年以来，我镇扎实推进各项工作。"}, name)
		checkMasked(t, red.Apply(name), []string{"马建国", "何建华", "建华"}, []string{"述职.txt"})
	}
	for _, name := range []string{"关于乡村振兴工作的汇报.txt", "何时完成整改的说明.txt", "马铃薯产业发展规划.txt"} {
		red := a.Analyze([]string{"今年以来，我镇扎实推进各项工作。"}, name)
		if got := red.Apply(name); got != name {
			t.Errorf("%q became %q", name, got)
		}
	}
}

// TestListOfNsNames: an item that is one whole place-tagged word (德尔 after
// 英特尔) stays a list item, though a two-word item needs a word that reads
// like a place.
func TestListOfNsNames(t *testing.T) {
	got := maskedText(t, []string{"技术股表现活跃，尤其是英特尔、德尔以及几家网络公司的股价大幅攀升。"})
	checkMasked(t, got, []string{"德尔"}, []string{"〕以及几家"})
}

// TestRegionCapital: 台 of 台资 is a place to the strict policy and an
// ordinary word to the default one.
func TestRegionCapital(t *testing.T) {
	text := "引进台资企业3家。"
	a := New(testSeg(t), nil, Placeholder)
	if got := a.Analyze([]string{text}).Apply(text); got != text {
		t.Errorf("default policy changed %q to %q", text, got)
	}
	strict := New(testSeg(t), StrictPolicy(), Placeholder)
	if got := strict.Analyze([]string{text}).Apply(text); strings.Contains(got, "台资") {
		t.Errorf("strict policy left 台 of 台资: %q", got)
	}
}
