package anonymize

import "testing"

// TestVerbCountyMidClause37: 会同 after its subject or a time word is the
// verb "together with", not the county 会同县.
func TestVerbCountyMidClause37(t *testing.T) {
	got := maskedText(t, []string{
		"入汛前会同县水利局对青岩镇、花溪镇的山塘水库开展排查。",
		"我们会同县自然资源局争取资金2000万元，治理废弃矿山6处。",
	})
	checkMasked(t, got, []string{"青岩镇", "花溪镇"}, []string{"会同县水利局", "会同县自然资源局"})
}

// TestPlaceOfficeTail37: a township's office, a people's congress and a
// committee of the CPPCC after a place are cut back to the place.
func TestPlaceOfficeTail37(t *testing.T) {
	got := maskedText(t, []string{
		"先进个人：王晓梅  麻阳溪镇民政办干部；李成刚  桂花乡人民政府干部。",
		"沅陵县第十八届人民代表大会常务委员会第九次会议听取了报告。",
		"江北区政协文化文史和学习委员会调研组到企业走访。",
	})
	checkMasked(t, got, []string{"麻阳溪镇", "沅陵县", "江北区", "王晓梅"}, []string{"民政办干部", "人民代表大会常务委员会", "政协文化文史和学习委员会"})
}

// TestCentreSchool37: a township's central school is a kind: the township
// is masked, 中心完小 stays.
func TestCentreSchool37(t *testing.T) {
	got := maskedText(t, []string{
		"受表彰人员：张秀兰  龙潭坪镇中心完小教师。",
		"刘建新  黄石土家族乡中心完小校长。",
	})
	checkMasked(t, got, []string{"龙潭坪镇", "黄石土家族乡", "张秀兰"}, []string{"中心完小"})
}

// TestFunctionFacility37: a facility named by its function or cargo is no
// place's name.
func TestFunctionFacility37(t *testing.T) {
	got := maskedText(t, []string{
		"港区新建10万吨级原油码头一座，配套罐区同步开工。",
		"城关街道疏港公路改造完工，货车不再穿城而过。",
		"马池镇引黄灌区完成节水改造2万亩。",
	})
	checkMasked(t, got, []string{"马池镇", "城关街道"}, []string{"原油码头", "疏港公路", "引黄灌区"})
}

// TestBuildVerbCommunity37: a build verb before 社区 is the clause's verb.
func TestBuildVerbCommunity37(t *testing.T) {
	got := maskedText(t, []string{
		"长安街道新建社区养老服务综合体3个。",
		"东城街道新建社区多功能运动场5个，方便居民健身。",
	})
	checkMasked(t, got, []string{"长安街道", "东城街道"}, []string{"新建社区养老服务综合体", "新建社区多功能运动场"})
	// with no count the community may be named so
	got = maskedText(t, []string{"参照桃源镇新建社区菜市场做法，实行明码标价。"})
	checkMasked(t, got, []string{"桃源镇", "新建社区"}, nil)
}

// TestNationalAgencyOffice37: a national agency's office for a province
// names no county.
func TestNationalAgencyOffice37(t *testing.T) {
	got := maskedText(t, []string{
		"建阳区水利局主动对接国家能源局福建监管办公室，推进电站安全评估。",
		"配合国家矿山安全监察局山西局开展煤矿安全专项检查。",
	})
	checkMasked(t, got, []string{"建阳区"}, []string{"国家能源局福建监管办公室", "国家矿山安全监察局山西局"})
}

// TestEpicPerformance37: an epic before a performing genre is no person.
func TestEpicPerformance37(t *testing.T) {
	got := maskedText(t, []string{
		"学校开设藏文书法、格萨尔说唱等校本课程。",
		"牧区小学请来民间艺人，江格尔说唱进课堂。",
	})
	checkMasked(t, got, nil, []string{"格萨尔说唱", "江格尔说唱"})
	// a site named after the epic is a name
	got = maskedText(t, []string{"在扎西镇建成“格萨尔说唱传习所”，培养传承人20名。"})
	checkMasked(t, got, []string{"格萨尔说唱传习所"}, nil)
}

// TestBreedName37: a breed of cattle read as a name is a breed where a
// livestock word follows it; a villager of that shape stays masked.
func TestBreedName37(t *testing.T) {
	got := maskedText(t, []string{
		"全县夏南牛存栏18万头，冻精改良覆盖所有乡镇。",
		"做强夏南牛和香菇两大特色产业。",
	})
	checkMasked(t, got, nil, []string{"夏南牛"})
	got = maskedText(t, []string{"村民赵铁牛养殖肉牛30头，年收入10万元。"})
	checkMasked(t, got, []string{"赵铁牛"}, nil)
}

// TestSurnameOccurrence37: a one-character surname found before a title is
// masked there, not at the head of an ordinary word.
func TestSurnameOccurrence37(t *testing.T) {
	got := maskedText(t, []string{
		"站长高丰收带领团队推广良种，高站长被评为先进个人。",
		"全年建成高标准农田3万亩，推广高效节水灌溉。",
	})
	checkMasked(t, got, []string{"高丰收", "高站长"}, []string{"高标准农田", "高效节水"})
}

// TestParkKind37: a kind of industrial park is no place's name.
func TestParkKind37(t *testing.T) {
	got := maskedText(t, []string{
		"安平经济开发区东区申报省级化工园区认定。",
		"陶瓷产业基地获评省级特色产业园区，入驻企业30家。",
	})
	checkMasked(t, got, nil, []string{"化工园区", "特色产业园区"})
}

// TestSelfGoverningBody37: a residents' body alone, as a list item, names
// no estate.
func TestSelfGoverningBody37(t *testing.T) {
	got := maskedText(t, []string{
		"柳岸社区党委书记吴晓雯牵头组建由社区、业主委员会、恒达物业组成的“三方议事会”。",
		"金桥社区主任陈立平推动成立由社区、业主委员会、顺达物业组成的议事小组。",
	})
	checkMasked(t, got, []string{"吴晓雯", "恒达物业", "陈立平", "顺达物业"}, []string{"业主委员会"})
}
