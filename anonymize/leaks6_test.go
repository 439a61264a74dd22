package anonymize

import "testing"

// TestCountedListOnePartName: a one-part Mongolian or Tibetan name (其木格,
// 阿拉坦, 萨日娜) in a list of names that a count of people or 等 and a word
// for people closes is a name, at the list's end or its start; a list of
// ordinary words before a count of people is not.
func TestCountedListOnePartName(t *testing.T) {
	got := maskedText(t, []string{
		"张建国、刘晓燕、其木格3名同志获评优秀共产党员。",
		"李卫东、周婷、阿拉坦3名教师参加了自治区技能大赛。",
		"全镇举办养殖、种植2名专家参与的培训班。",
		"萨日娜、高志远、孙丽3名同志获评优秀教师。",
		"优秀教师周文斌、吴晓梅、其木格等教师受到表彰。",
		"组织养殖、种植、加工等专家下乡。",
		"斯琴高娃、额尔敦巴特等同志作了交流发言。",
	})
	checkMasked(t, got, []string{"张建国", "刘晓燕", "其木格", "李卫东", "阿拉坦", "萨日娜", "高志远", "周文斌", "斯琴高娃", "额尔敦巴特"},
		[]string{"养殖、种植2名专家", "养殖、种植、加工等专家"})
}

// TestRareSurnameAfterRole: a Hui surname the table treats as a word
// (冶, 者) begins a name right after a role; the same characters in
// ordinary words after a role (主任冶金) stay.
func TestRareSurnameAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"县医院副院长冶国华带队开展义诊。",
		"清水乡乡长者海龙主持召开会议。",
		"车间主任冶炼经验丰富。",
		"致富带头人者德海发展滩羊养殖。",
		"游客纳凉避暑，村民把垃圾分类投放。",
	})
	checkMasked(t, got, []string{"冶国华", "者海龙", "者德海"}, []string{"主任冶炼经验丰富", "游客纳凉避暑", "村民把垃圾分类"})
}

// TestAutonomousShortWithSuffix: an autonomous county's short form with
// 县 is a place though the short form is an ordinary word (互助县 of
// 互助土族自治县) or a word gojieba doubts (五峰县/ns); 全州 and 本州 stay.
func TestAutonomousShortWithSuffix(t *testing.T) {
	got := maskedText(t, []string{"在互助县教育局和五峰县文旅局的指导下，全州范围内开展检查，本州各县积极响应。"})
	checkMasked(t, got, []string{"互助县", "五峰县"}, []string{"全州范围内", "本州各县"})
}

// TestRiverNamedByPlace: a river whose name holds a conjunction character
// of a county's short form (西和河) and a river of one common character
// that gojieba made up a word for (州河) before a word of its water are
// masked; rivers as common words (河道, 运河) stay.
func TestRiverNamedByPlace(t *testing.T) {
	got := maskedText(t, []string{"西和河水质稳定达标。", "州河出境断面水质稳定在Ⅲ类以上，河道两岸完成绿化，运河沿岸整治完成。"})
	checkMasked(t, got, []string{"西和河", "州河"}, []string{"河道两岸", "运河沿岸"})
}

// TestScenicAreaName: the distinctive name before a scenic area's
// description and kind (…雨林文化旅游区, …温泉度假区) is masked; kinds
// after ordinary words (乡村旅游区, 全域旅游区, 4A级旅游景区) or a word of
// the genre (古村群景区) stay.
func TestScenicAreaName(t *testing.T) {
	got := maskedText(t, []string{
		"呀诺佳热带雨林文化旅游区推出夜游项目，嘎达坪温泉度假区接待游客12万人次，曼勐花海景区新建栈道。",
		"全县4A级旅游景区达到5个，乡村旅游区建设加快，打造全域旅游区，古村群景区完成提升改造。",
		"嘎隆拉国家级自然保护区加强巡护，游客到景区参观，加强自然保护区管理。",
	})
	checkMasked(t, got, []string{"呀诺佳", "嘎达坪", "曼勐", "嘎隆拉"}, []string{"4A级旅游景区", "乡村旅游区建设", "打造全域旅游区", "古村群景区", "游客到景区", "加强自然保护区管理"})
}

// TestBrandAfterRegisteredPlace: a company's brand after the province it
// is registered in (湖南|湘晶|玻璃有限公司) is its short form and masked
// where it stands alone.
func TestBrandAfterRegisteredPlace(t *testing.T) {
	got := maskedText(t, []string{"支持湖南湘晶玻璃有限公司扩建生产线，湘晶带动周边600余名群众就业。"})
	checkMasked(t, got, []string{"湘晶"}, []string{"带动周边600余名群众就业"})
}

// TestLandmarkNickname: a landmark's "first under heaven" nickname (塞北第一
// 泉, 岭南第一村) is masked; a ranking after a verb or before what the
// first one did (成为西北第一家…, 华东第一家通过…) stays.
func TestLandmarkNickname(t *testing.T) {
	got := maskedText(t, []string{
		"全镇以岭南第一村为龙头发展乡村旅游，塞北第一泉景区年接待游客30万人次。",
		"该企业成为西北第一家上市的农商行，华东第一家通过认证的企业落户园区。",
	})
	checkMasked(t, got, []string{"岭南第一村", "塞北第一泉"}, []string{"成为西北第一家上市", "华东第一家通过认证"})
}

// TestGenreWordsOfSixthRound: ordinary words of the genre that read as
// names or village stems stay readable — a programme's name in quotes, a
// slogan of working hours, a structure before a verb of works and a count,
// a people's craft, crops listed after a verb of development before a
// genre head, a disease's short name — while a name beside a role is still
// masked.
func TestGenreWordsOfSixthRound(t *testing.T) {
	got := maskedText(t, []string{
		"实施了“雁归工程”和“金桥计划”，发扬“晴加雨、昼加夜”精神。",
		"开展险桥加固3座，危堤整治5处。",
		"依托黎陶、苗医等非物质文化遗产发展研学游，传承满绣、黎绣技艺。",
		"全镇发展杨桃、罗汉果种植，推广金煌芒、贵妃芒种植。",
		"村党支部书记马国庆带头发展种植。",
		"全县实施金桥工程，由张建国工程师牵头；实施张建国工程师设计的方案。",
		"发展杨梅、黄皮、番石榴种植。",
	})
	checkMasked(t, got, []string{"马国庆", "张建国"}, []string{"金桥计划", "昼加夜", "危堤整治5处", "黎陶、苗医", "满绣、黎绣", "杨桃、罗汉果种植", "金煌芒、贵妃芒种植", "实施金桥工程", "发展杨梅、黄皮"})
}

// TestDiseaseNameNoVillage: the short name of a disease before 肺炎 or
// 疫情 (新冠) is no village stem.
func TestDiseaseNameNoVillage(t *testing.T) {
	got := maskedText(t, []string{"20××年受新冠肺炎疫情影响，客流下降。"})
	checkMasked(t, got, nil, []string{"新冠肺炎疫情影响"})
}

// TestEnumeratorNoVillage: the word that numbers a point (二是, 其三)
// before 村 begins the point, no village's name; a village named before
// its suffix is still masked.
func TestEnumeratorNoVillage(t *testing.T) {
	got := maskedText(t, []string{"二是村集体经济底子薄，其三村级组织运转经费不足；梨花坪村新修道路2公里。"})
	checkMasked(t, got, []string{"梨花坪"}, []string{"二是村集体经济", "其三村级组织"})
}

// TestVirtueNounNoPlace: a city's short form that is an ordinary noun of
// virtue (孝义/n) heading a compound of culture (…精神) is the noun; after
// its province it is the city.
func TestVirtueNounNoPlace(t *testing.T) {
	got := maskedText(t, []string{"各村弘扬孝义精神，评选好媳妇好婆婆。"})
	checkMasked(t, got, nil, []string{"弘扬孝义精神"})
	got = maskedText(t, []string{"山西孝义文化旅游节开幕。"})
	checkMasked(t, got, []string{"孝义"}, nil)
}

// TestListBrokenByClause: a list item holding a clause (…镇推出…) ends
// one list and begins another, so the towns before it do not make the
// crops after it places; a list of towns alone is still masked.
func TestListBrokenByClause(t *testing.T) {
	got := maskedText(t, []string{"石门镇、清溪镇推出桃花、金丝皇菊主题采摘游，白沙乡、柳林乡建成示范基地。"})
	checkMasked(t, got, []string{"石门镇", "清溪镇", "白沙乡", "柳林乡"}, []string{"桃花、金丝皇菊主题采摘游"})
}

// TestCampaignSloganQuotes: the words of a quoted campaign slogan before
// 行动/活动 (“百企兴百村”, “双培双带”) are no place or name; a village
// named whole in such quotes is still masked.
func TestCampaignSloganQuotes(t *testing.T) {
	got := maskedText(t, []string{"开展“百企兴百村”行动和“双培双带”活动，推进“美丽石门村”建设。"})
	checkMasked(t, got, []string{"石门村"}, []string{"“百企兴百村”行动", "“双培双带”活动"})
}

// TestGachaVillages: a pastoral village named before 嘎查 (…嘎查, …嘎查村)
// is masked whole; 各嘎查 and 全旗嘎查村 name no village.
func TestGachaVillages(t *testing.T) {
	got := maskedText(t, []string{"宝日希勒嘎查、巴彦塔拉苏木牧民收入增长，各嘎查完成确权，全旗嘎查村集体经济增长，乌兰嘎查村新建棚圈。"})
	checkMasked(t, got, []string{"宝日", "希勒", "乌兰"}, []string{"各嘎查完成确权", "全旗嘎查村集体经济"})
}

// TestBrandAfterCounty: a brand after the county-level city a firm is
// registered in (锡林浩特市|浩力宝|牧业) is its short form; after a county
// whose product the text names with it again (…县|翠雾|茶业 and 翠雾茶) it
// is the product and stays.
func TestBrandAfterCounty(t *testing.T) {
	got := maskedText(t, []string{"锡林浩特市浩力宝牧业有限公司收购活畜，浩力宝品牌走向全国。"})
	checkMasked(t, got, []string{"浩力宝"}, nil)
	got = maskedText(t, []string{"雷山县翠雾茶业有限公司推出“翠雾茶”礼盒。"})
	checkMasked(t, got, []string{"翠雾茶业"}, []string{"“翠雾茶”礼盒"})
}

// TestGenericZoneName: a zone the gazetteer lists under a generic name
// (旅游度假区) is no place where a report uses the words generically.
func TestGenericZoneName(t *testing.T) {
	got := maskedText(t, []string{"推动经济开发区和旅游度假区联动发展，全县旅游度假区接待游客增长。"})
	checkMasked(t, got, nil, []string{"旅游度假区联动", "全县旅游度假区"})
}

// TestNamesBetweenNames: a Mongolian name between two names of a list
// (甲、其木格、乙) is a name, closed by 同志 or by nothing; an ordinary
// word there (养殖) is not. A count of people may have a word qualifying
// them (10名优秀牧民), and 全旗 is no name.
func TestNamesBetweenNames(t *testing.T) {
	got := maskedText(t, []string{
		"受表彰的优秀教师有：赵立新、其木格、孟和巴雅尔。",
		"教师朝鲁、斯琴、吴晓丽同志受到表彰。",
		"全旗评选出陈志刚、乌云高娃等10名优秀牧民。",
		"孙立国、养殖、周海燕分别发言。",
	})
	checkMasked(t, got, []string{"赵立新", "其木格", "斯琴", "乌云高娃"}, []string{"全旗评选出", "、养殖、"})
}

// TestMinorityNameAfterPersonWord: a one-part Mongolian or Tibetan name
// right after a word for a person (牧民|斯琴家里, 护士|央金) is a name.
func TestMinorityNameAfterPersonWord(t *testing.T) {
	got := maskedText(t, []string{"牧民斯琴家里养了300只羊，护士央金每周入户随访。"})
	checkMasked(t, got, []string{"斯琴", "央金"}, []string{"家里养了300只羊"})
}

// TestPiecedBrand: a brand gojieba cut into a character and a name-like
// word after the province (广东|粤|顺达|物流) is the firm's short form.
func TestPiecedBrand(t *testing.T) {
	got := maskedText(t, []string{"广东粤顺达物流股份有限公司落户园区，粤顺达新增就业300人。"})
	checkMasked(t, got, []string{"粤顺达"}, []string{"新增就业300人"})
}
