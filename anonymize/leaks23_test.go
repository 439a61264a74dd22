package anonymize

import "testing"

// TestAreasBeforeKind23: a natural or protected area named before its kind
// is masked, its stem whatever gojieba makes of it (a word it does not know,
// a name, one character after a verb); the kind stays readable. A kind after
// an ordinary word, a level, a size or a verb stays readable, and so does a
// national park named by an ordinary word.
func TestAreasBeforeKind23(t *testing.T) {
	got := maskedText(t, []string{
		"乌图格沙地防风固沙工程完成造林1.2万亩，青崖石林景观带完成提升改造。",
		"第三届苏尔吉戈壁马拉松在县城开赛，选手来自12个省区。",
		"该乡位于云岫峰国家级自然保护区边缘，依托岚溪国家森林公园发展康养产业。",
		"沙柳湾旅游度假区年接待游客30万人次，丰渠灌区完成节水改造4万亩。",
	})
	checkMasked(t, got, []string{"乌图格", "青崖", "苏尔吉", "云岫峰", "岚溪", "沙柳湾", "丰渠"},
		[]string{"沙地防风固沙", "石林景观带", "戈壁马拉松", "国家级自然保护区边缘", "国家森林公园发展", "旅游度假区年接待", "灌区完成节水改造"})
	got = maskedText(t, []string{"积极融入大熊猫国家公园建设，推进智慧灌区和大中型灌区续建配套，争创国家森林公园，新增省级湿地公园2个，治理流动沙地3万亩。"})
	checkMasked(t, got, nil, []string{"大熊猫国家公园", "智慧灌区", "大中型灌区", "争创国家森林公园", "省级湿地公园", "流动沙地"})
}

// TestCallingPersons23: a person right after a calling in 员 or a chief's
// title of a responsibility system is masked, however gojieba cuts the
// name; a verb in 员, a body's members and a title before a verb or an
// ordinary word stay readable.
func TestCallingPersons23(t *testing.T) {
	got := maskedText(t, []string{
		"溪口镇水质监测员严小兵每天记录数据，村级河长郑海洋每周巡河。",
		"县统计局普查员罗春风走遍辖区18个村，调查员苏建华入户核实。",
	})
	checkMasked(t, got, []string{"严小兵", "郑海洋", "罗春风", "苏建华"}, []string{"水质监测员", "村级河长", "普查员", "调查员"})
	got = maskedText(t, []string{"全面推行林长制，动员全镇干部参与，普查员入户登记，河长巡河常态化，监测员全部持证上岗，党员高度重视。"})
	checkMasked(t, got, nil, []string{"动员全镇干部", "普查员入户登记", "河长巡河常态化", "监测员全部持证上岗", "党员高度重视"})
}

// TestHamletPairs23: the two ends of a road, or two list items, that end
// with the same kind of hamlet are masked whole, whatever gojieba glued to
// the kind; kinds of village and ordinary words joined so stay readable.
func TestHamletPairs23(t *testing.T) {
	got := maskedText(t, []string{
		"完成板岜屯至那卜屯通屯道路硬化2.1公里。",
		"完成弄烂屯至那累屯通屯道路硬化，硬化坡烂屯到那坤屯道路。",
	})
	checkMasked(t, got, []string{"板岜", "那卜", "弄", "那累", "坡", "那坤"}, []string{"道路硬化2.1公里", "完成"})
	got = maskedText(t, []string{"新建本村至邻村道路，实现通村至通组全覆盖，文明村、示范村各3个。"})
	checkMasked(t, got, nil, []string{"本村至邻村", "文明村、示范村"})
}

// TestQuotedVenues23: a lodging named in quotes before a word of style and
// its kind, or after its kind, and a trademark quoted before its product
// and 商标 are masked; quoted programmes and slogans stay readable.
func TestQuotedVenues23(t *testing.T) {
	got := maskedText(t, []string{
		"度假区引进“望澜”精品民宿集群。",
		"记者走进民宿“竹影深处”，主人正在煮茶。",
		"合作社注册的“禾田香”大米商标已进入超市。",
	})
	checkMasked(t, got, []string{"望澜", "竹影深处", "禾田香"}, []string{"精品民宿集群", "大米商标"})
	got = maskedText(t, []string{"实施民宿“提质增效”工程，打造“乡村振兴”品牌，推广“稻渔共生”模式，改变民宿农家乐“小散乱”局面。"})
	checkMasked(t, got, nil, []string{"提质增效", "乡村振兴", "稻渔共生", "小散乱"})
}

// TestGluedTradeBrand23: a firm's made-up brand before a trade word that
// gojieba glued to the next word (五金|制品) is its short form, masked where
// the brand stands alone; the trade word stays readable.
func TestGluedTradeBrand23(t *testing.T) {
	got := maskedText(t, []string{"浙江恒锐五金制品有限公司新上自动化生产线。", "县里支持恒锐五金做大做强。"})
	checkMasked(t, got, []string{"恒锐"}, []string{"五金做大做强"})
	if !gluedTrade23("五金制品") || gluedTrade23("制品") || gluedTrade23("发展") {
		t.Error("gluedTrade23: want 五金制品 only")
	}
}

// TestLabelNamesAndGluedSpeakers23: the name after a signature label and
// its colon is masked whatever its characters, and so is a name between a
// word for a kind of person and a 说 that gojieba glued to it; a body or an
// ordinary phrase after a label stays readable.
func TestLabelNamesAndGluedSpeakers23(t *testing.T) {
	got := maskedText(t, []string{
		"述职人：尕让东布",
		"汇报人：东周才项",
		"牧民格然腊说：“草场有保障了。”",
		"村民木然丁说：“托管以后省心。”",
	})
	checkMasked(t, got, []string{"尕让", "东布", "东周才项", "格然腊", "木然丁"}, []string{"述职人：", "汇报人：", "牧民", "说：“草场"})
	got = maskedText(t, []string{"联系人：县农业农村局\n记录：会议纪要\n整理：综合科"})
	checkMasked(t, got, nil, []string{"县农业农村局", "会议纪要", "综合科"})
}

// TestListTownOrigin23: the last item of a list of persons before the
// predicate, a gazetteer town named by an ordinary word between 在 and a
// verb, and a city's short form before 客商 are masked; a kind of town and
// a group of people stay readable.
func TestListTownOrigin23(t *testing.T) {
	got := maskedText(t, []string{
		"干部洛桑才让、闹正加被评为优秀护林员，干部王小兰、更正杰被评为先进个人。",
		"大学生李想在建设镇创办的电商企业带动就业80人，退役军人张成在团结乡开办的养殖场存栏生猪500头。",
		"县里与大连客商签订合作协议。",
	})
	checkMasked(t, got, []string{"闹正加", "更正杰", "建设镇", "团结乡", "大连"}, []string{"被评为优秀护林员", "创办的电商企业", "客商签订"})
	got = maskedText(t, []string{"在中心镇建设中持续发力，在重点镇推进改革，与外地客商签约。"})
	checkMasked(t, got, nil, []string{"中心镇建设", "重点镇推进", "外地客商"})
}

// TestEstatesAndRouteEnds23: an estate a developer built and the other end
// of a tourist route whose one end is a landmark are masked; a kind of
// housing after a developer and a route between kinds of place stay
// readable.
func TestEstatesAndRouteEnds23(t *testing.T) {
	got := maskedText(t, []string{"湖南金诚置业有限公司开发的翠湖天地项目年内交房。", "联合打造石门漈—桃花溪旅游线路。"})
	checkMasked(t, got, []string{"翠湖天地", "石门漈"}, []string{"开发的", "项目年内交房", "旅游线路"})
	got = maskedText(t, []string{"江西恒达置业有限公司开发的安置房项目完工，开通县城—景区旅游专线。"})
	checkMasked(t, got, nil, []string{"安置房项目", "县城—景区旅游专线"})
}
