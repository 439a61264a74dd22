package anonymize

import "testing"

// TestSpacedGivenAfterRole21: a speaker line's name written as a surname,
// spaces and a two-character given name after a role is masked whole; a
// surname-like character before a verb after a role stays readable.
func TestSpacedGivenAfterRole21(t *testing.T) {
	got := maskedText(t, []string{
		"县人民政府县长  杜 明远",
		"镇党委书记 柯  振华",
	})
	checkMasked(t, got, []string{"杜", "明远", "振华"}, []string{"县长", "书记"})
	got = maskedText(t, []string{"会议由县长 王 主持召开，各部门参加。"})
	checkMasked(t, got, nil, []string{"主持召开"})
}

// TestStreamsBeforeShore21: a stream named before its riverside works or
// scenery is masked however gojieba cuts it, a stem opening with a
// numeral word included; a count of streams and a kind of stream stay
// readable.
func TestStreamsBeforeShore21(t *testing.T) {
	got := maskedText(t, []string{
		"老城区改造完成，绥水河滨河公园建成开放。",
		"。秀溪河滨河步道贯通3公里。",
		"东湖湿地公园、七拐河风光带建成开放。",
	})
	checkMasked(t, got, []string{"绥水河", "秀溪河", "七拐河"}, []string{"滨河步道贯通3公里", "风光带建成开放"})
	got = maskedText(t, []string{"全县新建一条河风光带，整治城区河风光带。"})
	checkMasked(t, got, nil, []string{"一条河风光带", "城区河风光带"})
}

// TestQuotedNames21: quoted names side by side are of the kind of the one
// found among them (two B&Bs), and a made-up brand quoted before its
// product or 品牌 is masked; slogans and programmes of dictionary words in
// quotes stay readable.
func TestQuotedNames21(t *testing.T) {
	got := maskedText(t, []string{
		"全镇登记民宿231家，其中“松风小院”“枣树底下”两家获评省级精品民宿。",
		"新培育“蜀香源”等县域电商品牌12个。",
		"“石红”工夫茶年销售额突破3000万元。",
	})
	checkMasked(t, got, []string{"枣树底下", "蜀香源", "石红"}, []string{"两家获评省级精品民宿", "工夫茶年销售额"})
	got = maskedText(t, []string{"打造“生态茶乡”品牌，推进“三品一标”认证，抓好“四好农村路”“美丽乡村”建设。"})
	checkMasked(t, got, nil, []string{"生态茶乡", "三品一标", "四好农村路", "美丽乡村"})
}

// TestNamedZones21: an area or a port's zone named right after its place
// (…街道|X片区, …港区|X作业区), a park named after a work verb with a word
// gojieba cannot read, and the same stem before another kind are masked;
// kinds of area and park stay readable.
func TestNamedZones21(t *testing.T) {
	got := maskedText(t, []string{
		"桂林街道东门口片区加装电梯38部。",
		"望江港区晨光作业区新增泊位2个；晨光物流园入驻企业30家。",
		"依托鲁中化工城创业园建成孵化基地，扩大沪赣协作产业园招商规模。",
	})
	checkMasked(t, got, []string{"东门口", "晨光作业区", "晨光物流园", "鲁中化工城", "沪赣"}, []string{"加装电梯38部", "入驻企业30家", "孵化基地"})
	got = maskedText(t, []string{"推进老旧片区改造，依托现代农业产业园、物流产业园和县创业园建成孵化基地。"})
	checkMasked(t, got, nil, []string{"老旧片区改造", "现代农业产业园", "物流产业园", "创业园"})
}

// TestOldWorkSites21: a heritage site named by a place, 古 and its old
// work is masked however gojieba cuts the place and 古; a kind of site
// stays readable.
func TestOldWorkSites21(t *testing.T) {
	got := maskedText(t, []string{
		"推动鸡鸣山古银矿遗址周边乡村旅游发展。",
		"配合石槽古窑址景区开展研学活动。",
	})
	checkMasked(t, got, []string{"鸡鸣山", "石槽古窑址"}, []string{"周边乡村旅游发展", "开展研学活动"})
	got = maskedText(t, []string{"加强古建筑遗址保护，全县古窑址普查完成。"})
	checkMasked(t, got, nil, []string{"古建筑遗址保护", "全县古窑址普查"})
}

// TestUnreadBeforeLandmark21: a word gojieba cannot read right before a
// wetland's or grassland's kind is the landmark's name.
func TestUnreadBeforeLandmark21(t *testing.T) {
	got := maskedText(t, []string{"植被盖度达到88%。达日嘎湿地保护修复项目完成补水设施建设。"})
	checkMasked(t, got, []string{"达日嘎"}, []string{"湿地保护修复项目"})
	got = maskedText(t, []string{"全县湿地保护修复项目完成，高寒草原植被恢复。"})
	checkMasked(t, got, nil, []string{"全县湿地保护修复项目完成", "高寒草原植被恢复"})
}

// TestListedDivisions21: an item of a list of subdistricts, townships or
// villages beside one of the same kind is a place, a generic word for a
// stem included (…街道、老城街道); kinds of village and words that only
// begin with a kind (乡村) stay readable.
func TestListedDivisions21(t *testing.T) {
	got := maskedText(t, []string{
		"部分卫生院设备老化，杏林街道、古道街道社区卫生服务中心用房紧张。",
		"推动柳河回族乡、锦绣前程乡和美乡村示范片建设。",
		"与青山镇六尾村、黑石村联合举办民俗节。",
		"硬化桃子坳村至石牛村通组路5公里。",
	})
	checkMasked(t, got, []string{"古道街道", "锦绣前程乡", "六尾村", "石牛村"}, []string{"社区卫生服务中心用房紧张", "和美乡村示范片", "联合举办民俗节", "通组路5公里"})
	got = maskedText(t, []string{"柳树湾村、示范村建设稳步推进，青山镇、美丽乡村建设同步开展。"})
	checkMasked(t, got, nil, []string{"示范村", "美丽乡村"})
}

// TestAddressedFamiliar21: 小/老 and a surname as the object of a verb of
// turning to a person, closed by punctuation, is a person however gojieba
// glues the verb to it; frequent words in 小/老 stay readable.
func TestAddressedFamiliar21(t *testing.T) {
	got := maskedText(t, []string{
		"网格员贾秀云骑车出门。",
		"“有事找小贾，比亲戚还靠得住。”老人说。",
	})
	checkMasked(t, got, []string{"小贾", "贾秀云"}, []string{"比亲戚还靠得住"})
	got = maskedText(t, []string{"群众都说小康日子好，遇事请老实人帮忙，找老张、问老李。"})
	checkMasked(t, got, nil, []string{"小康日子", "老实人"})
}

// TestDotFirstPart21: the first part of a dotted name the text confirms
// is masked where it stands alone before a title.
func TestDotFirstPart21(t *testing.T) {
	got := maskedText(t, []string{
		"村党支部书记热合曼·艾力带领班子开展工作。",
		"村民说：“热合曼主任帮我们联系了收购商。”",
	})
	checkMasked(t, got, []string{"热合曼", "艾力"}, []string{"主任帮我们联系了收购商"})
}

// TestPrepSurnameAfterNoun21: a name whose surname is also a preposition
// (向, 于) right after a word for a kind of person is masked whole; the
// preposition before an ordinary word stays readable.
func TestPrepSurnameAfterNoun21(t *testing.T) {
	got := maskedText(t, []string{"退役军人向海涛返乡创办家庭农场，退役军人于海洋创办合作社。"})
	checkMasked(t, got, []string{"向海涛", "海涛", "于海洋"}, []string{"返乡创办家庭农场"})
	got = maskedText(t, []string{"退役军人向社会捐款，退役军人向东方学习，村民于是说。"})
	checkMasked(t, got, nil, []string{"退役军人向社会捐款", "退役军人向东方学习", "村民于是说"})
}

// TestCropFarmerNames21: a name after a grower of a crop (柚农, 椒农) is
// masked however gojieba cuts the grower's word and the name; words in 农
// that are no grower stay readable.
func TestCropFarmerNames21(t *testing.T) {
	got := maskedText(t, []string{
		"石门镇柚农蒋大兵说：“以前柚子要等老板上门收。”",
		"石门镇椒农邓小勇介绍，今年辣椒价格好。",
	})
	checkMasked(t, got, []string{"蒋大兵", "邓小勇"}, []string{"柚农", "椒农", "今年辣椒价格好"})
	got = maskedText(t, []string{"落实惠农政策，助农增收，支农资金到位。"})
	checkMasked(t, got, nil, []string{"惠农政策", "助农增收", "支农资金到位"})
}

// TestCountedNames21: a list of names closed by an exact count of people
// is masked item by item, even where other readings cross an item's edge
// (…、X玉梅两名: 梅两名 read as a name); a count that does not match the
// items, and a list of kinds, stay as they were.
func TestCountedNames21(t *testing.T) {
	got := maskedText(t, []string{"执法大队白建军、高玉梅两名同志被评为全市执法先进个人。"})
	checkMasked(t, got, []string{"白建军", "高玉梅", "玉梅"}, []string{"两名同志被评为全市执法先进个人"})
	got = maskedText(t, []string{"培训教师、医生两名同志参加活动，高级技师、农艺师3名同志获奖。"})
	checkMasked(t, got, nil, []string{"培训教师、医生两名同志", "高级技师、农艺师3名同志"})
}

// TestNamedZonesKinds21: parks named by their industry or crop after a
// town, areas named by a quality, and a national water before its scenery
// stay readable.
func TestNamedZonesKinds21(t *testing.T) {
	got := maskedText(t, []string{
		"柳河镇食用菌产业园、青石镇边境贸易物流园开工建设，石门镇山核桃产业园完成配套。",
		"解决东关街道等低洼片区内涝问题，青山平原易涝片区全部治理。",
		"宋村乡大运河生态廊道完成植树造林。",
	})
	checkMasked(t, got, nil, []string{"食用菌产业园", "边境贸易物流园", "山核桃产业园", "低洼片区", "易涝片区", "大运河生态廊道"})
}

// TestDeclaredNames21: a body's full name and the short form it declares
// in a bracket are masked, even a produce cooperative the keep filters
// read as a kind of body; an undeclared kind of cooperative stays
// readable.
func TestDeclaredNames21(t *testing.T) {
	got := maskedText(t, []string{
		"村合作社青河县柳湾甜蜜西瓜种植专业合作社（简称“甜蜜西瓜合作社”）与公司签订收购协议。",
		"甜蜜西瓜合作社带动农户120户。",
	})
	checkMasked(t, got, []string{"甜蜜西瓜种植专业合作社", "甜蜜西瓜合作社", "甜蜜〔"}, []string{"签订收购协议", "带动农户120户"})
	got = maskedText(t, []string{"全县发展葡萄种植专业合作社12家。县国有粮食收储有限公司（以下简称“县粮储公司”）开展收购。"})
	checkMasked(t, got, nil, []string{"葡萄种植专业合作社12家", "县国有粮食收储有限公司"})
	// a body the rules found whole keeps its own short forms: the trade
	// word of its short form stays readable elsewhere
	got = maskedText(t, []string{"引进青湖草原乳业有限公司（简称“草原乳业”），完成退化草原修复9万亩，聘用草原管护员96名。"})
	checkMasked(t, got, []string{"青湖", "草原乳业"}, []string{"退化草原修复9万亩", "草原管护员96名"})
}

// TestFirmBrandHeads21: a company whose brand's first character gojieba
// reads as a word of its own is masked whole, and so is its short form of
// brand and first trade word.
func TestFirmBrandHeads21(t *testing.T) {
	got := maskedText(t, []string{
		"重庆垒垫建设工程有限公司承建的项目拖欠工资。",
		"我委约谈垒垫建设负责人，督促足额支付。",
	})
	checkMasked(t, got, []string{"垒垫", "垒〔"}, []string{"负责人，督促足额支付"})
}

// TestStreetBeforeOldStreet21: a street named with an ordinary word before
// its old street or historic quarter (…街老街风貌) is masked; kinds of
// street before the same words stay readable.
func TestStreetBeforeOldStreet21(t *testing.T) {
	got := maskedText(t, []string{"完成解放街老街风貌提升，新建便民服务中心1个。"})
	checkMasked(t, got, []string{"解放街"}, []string{"老街风貌提升"})
	got = maskedText(t, []string{"完成步行街街区改造，商业街老街风貌提升。"})
	checkMasked(t, got, nil, []string{"步行街街区改造", "商业街老街风貌提升"})
}

// TestRouteStartShorts21: the start of a route whose end is a place is
// masked when it is a county's short form that is also an ordinary word;
// a town's centre and national terms before 至 stay readable.
func TestRouteStartShorts21(t *testing.T) {
	got := maskedText(t, []string{"建议加快推进和平至青石镇高速公路建设。"})
	checkMasked(t, got, []string{"和平至"}, []string{"高速公路建设"})
	got = maskedText(t, []string{"修通县城至青石镇公路，推进东方至青石镇旅游线。"})
	checkMasked(t, got, nil, []string{"县城至", "东方至"})
}

// TestBrandListItems21: the items of a list of brands closed by 等 and
// 品牌 that are a made-up brand before a trade word are firms; kinds of
// product and trades in such a list stay readable.
func TestBrandListItems21(t *testing.T) {
	got := maskedText(t, []string{"举办国际眼镜博览会，晶瞳光学、亮视康眼镜等一批本土品牌进入全国连锁渠道。"})
	checkMasked(t, got, []string{"晶瞳", "亮视康"}, []string{"等一批本土品牌"})
	got = maskedText(t, []string{"高端眼镜、智能光学等一批本土品牌进入全国，服装、家具、眼镜等企业集聚。"})
	checkMasked(t, got, nil, []string{"高端眼镜、智能光学", "服装、家具、眼镜等企业"})
}

// TestNamesAfterRelative21: a name of three characters between a clause
// saying what the person runs and a verb of speaking is masked whatever
// its surname; people words in the same place stay readable.
func TestNamesAfterRelative21(t *testing.T) {
	got := maskedText(t, []string{"经营松风小院的寸建华说：“线上预订占了七成。”承包鱼塘的者建国介绍，今年收成好。"})
	checkMasked(t, got, []string{"寸建华", "者建国"}, []string{"线上预订占了七成", "今年收成好"})
	got = maskedText(t, []string{"经营农家乐的人们说，负责此事的一位说，经营网店的年轻人说。"})
	checkMasked(t, got, nil, []string{"的人们说", "的一位说", "的年轻人说"})
}
