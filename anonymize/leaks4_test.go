package anonymize

import (
	"strings"
	"testing"
)

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

// TestCompanyNameWithOrdinaryBrand: a company whose name holds an ordinary
// noun after its place (绿春县|粮农|红米开发有限公司) or runs long over its
// place and name words (云南|世博|红河|哈尼梯田文化旅游开发有限责任公司) is
// masked whole, not around a readable middle; the product word alone
// elsewhere (红米种植基地) is no short form of it and stays readable.
func TestCompanyNameWithOrdinaryBrand(t *testing.T) {
	got := maskedText(t, []string{
		"3  红米种植基地  绿春县粮农红米开发有限公司  负责人",
		"6  观景步道  云南世博红河哈尼梯田文化旅游开发有限责任公司  陈明",
	})
	checkMasked(t, got, []string{"粮农", "绿春", "世博", "红河"}, []string{"红米种植基地", "负责人", "观景步道"})
}

// TestPlacesAfterTown: a community or scenic area named with ordinary
// words right after its town (吉强镇|团结路社区, 江湾镇|彩虹桥景区), also when
// gojieba glued the town's suffix to the name's head (紫阳|镇文|公社|区),
// is masked whole.
func TestPlacesAfterTown(t *testing.T) {
	got := maskedText(t, []string{
		"吉强镇团结路社区2024年工作总结",
		"江湾镇彩虹桥景区成为网红打卡点。",
		"紫阳镇文公社区组建志愿服务队。",
	})
	checkMasked(t, got, []string{"团结路", "彩虹桥", "文公"}, []string{"2024年工作总结", "成为网红打卡点", "组建志愿服务队"})
}

// TestVillageSiblingInList: a village named with an ordinary word between
// villages found in a list (石门村、大年村、白沙村) is masked, and so is its
// later mention; 驻村 before a role is neither a name nor a place.
func TestVillageSiblingInList(t *testing.T) {
	got := maskedText(t, []string{
		"完成石门村、大年村、白沙村农村危房改造46户。",
		"驻村第一书记在大年村抓党建促振兴。",
	})
	checkMasked(t, got, []string{"石门村", "大年村", "白沙村"}, []string{"农村危房改造", "驻村第一书记", "抓党建促振兴"})
}

// TestSpacedNameBeforeComrade: a spaced name before 同志 (覃 明同志) is
// masked whole, surname included, not read as the surname 明 and a title.
func TestSpacedNameBeforeComrade(t *testing.T) {
	got := maskedText(t, []string{"驻村第一书记覃 明同志在村里抓党建成效明显。"})
	checkMasked(t, got, []string{"覃", "明同志"}, []string{"驻村第一书记", "同志在村里"})
}

// TestOrdinaryNameBeforeListedName: after a role, the first of two names
// is masked even when it is an ordinary word (副镇长文明、向春雨同志), since
// the name after the separator makes the list one of names; an ordinary
// word after a role with no name listed stays readable.
func TestOrdinaryNameBeforeListedName(t *testing.T) {
	got := maskedText(t, []string{
		"副镇长文明、向春雨同志分别牵头产业和民生工作。",
		"副镇长分管交通、水利工作。",
	})
	checkMasked(t, got, []string{"文明", "春雨"}, []string{"副镇长", "分别牵头", "交通、水利工作"})
}

// TestGazetteerTownBeforeRoad: a gazetteer town before a road (背荫河镇公路)
// is masked whole; the road pattern starting inside it (荫河镇公路) does not
// win and leave the town's first character readable.
func TestGazetteerTownBeforeRoad(t *testing.T) {
	got := maskedText(t, []string{"推进安家镇至背荫河镇公路改建。"})
	checkMasked(t, got, []string{"安家", "背荫", "荫河"}, []string{"公路改建"})
}

// TestTableHeaderNoName: a table's column header after 负责人 (联系电话)
// is no name, while a name there is.
func TestTableHeaderNoName(t *testing.T) {
	got := maskedText(t, []string{"序号  项目名称    负责人    联系电话", "5  道路硬化    负责人    卢朝明"})
	checkMasked(t, got, []string{"卢朝明"}, []string{"负责人    联系电话"})
}

// TestGenreWordsNoPersons: ethnic groups, their crafts and festivals
// (哈尼梯田, 芦笙坡会) and a name after a role that ends like a body
// (武装部长冀学军) are read right: the words stay, the name is a person.
func TestGenreWordsNoPersons(t *testing.T) {
	got := maskedText(t, []string{
		"红河县2024年哈尼梯田保护项目实施情况汇报",
		"芦笙坡会期间接待游客3.6万人次。",
		"副镇长雷红霞、武装部长冀学军各负其责。",
	})
	checkMasked(t, got, []string{"红河县", "雷红霞", "冀学军"}, []string{"哈尼梯田", "芦笙坡会", "武装部长", "各负其责"})
}

// TestVerbReadingsOfPlaces: the verb 会同 before a county's bureau (并会同县
// 住建局), a slogan item (促发展、惠民生), a product's park (稻米产业园) and a
// site word glued to a community's name (安置|点香杉|社区) are no places, or
// no part of one; a village's stem that is a crop (核桃 of 核桃村) is not
// masked where the crop stands alone.
func TestVerbReadingsOfPlaces(t *testing.T) {
	got := maskedText(t, []string{
		"我局依法下达指令书，并会同县住建局约谈建设单位。",
		"拉林满族镇稻米产业园顺利通过验收。",
		"我们将持续抓项目、促发展、惠民生。",
		"易地搬迁安置点香杉社区新建便民服务站1个。",
		"完成石门村、核桃村、白沙村危房改造，全村发展核桃3000亩。",
	})
	checkMasked(t, got, []string{"拉林", "香杉社区", "核桃村"},
		[]string{"会同县住建局", "稻米产业园", "惠民生", "安置点", "发展核桃"})
}

// TestSubjectIsPerson: a name that begins a sentence saying its subject is
// a kind of person (黄龙是…毕业的返乡青年) is masked, however the name reads
// alone (黄龙 is a place too); a frequent word in that place (关键是…的致富
// 带头人) stays readable.
func TestSubjectIsPerson(t *testing.T) {
	got := maskedText(t, []string{
		"黄龙是石门村2015年从农业职业学院毕业的返乡青年，他带头种植香菇。",
		"关键是要培养一批懂技术的致富带头人。",
	})
	checkMasked(t, got, []string{"黄龙"}, []string{"关键是要培养", "致富带头人", "返乡青年"})
}

// TestGenericFacilities: a facility named by a product, a class of produce
// or the group it serves and a kind of work (脐橙冷链仓储中心, 农产品冷链仓储
// 中心, 病人留观医院) and a kind of reservoir (病险水库) are no names; a
// trade name inside such a facility (脐橙金果仓储中心) still makes one.
func TestGenericFacilities(t *testing.T) {
	got := maskedText(t, []string{
		"新建脐橙冷链仓储中心1座，建成农产品冷链仓储中心各一座。",
		"设立发热病人留观医院，完成病险水库除险加固3座。",
		"新建脐橙金果仓储中心1座。",
	})
	checkMasked(t, got, []string{"金果"}, []string{"脐橙冷链仓储中心", "农产品冷链仓储中心", "病人留观医院", "病险水库"})
}

// TestPrefectureShortForms: an autonomous prefecture's short form is its
// name up to the first people it names (湘西 of 湘西土家族苗族自治州, 黔东南,
// 西双版纳), masked before a zone (湘西经济开发区), and a frequent-word short
// form of a prefecture in a list of places (恩施) is a place too.
func TestPrefectureShortForms(t *testing.T) {
	got := maskedText(t, []string{"带队赴湘西经济开发区考察，黔东南、西双版纳、恩施代表参加。"})
	checkMasked(t, got, []string{"湘西", "黔东南", "西双版纳", "恩施"}, []string{"经济开发区考察", "代表参加"})
}

// TestDepartmentShortNames: a department's short name before its 局 (区人社
// 局局长, 、区医保局局长) is neither an organisation's name nor a person's,
// and the seal line of a form (填报单位（盖章）) holds no name; the names
// after the roles are masked.
func TestDepartmentShortNames(t *testing.T) {
	got := maskedText(t, []string{
		"区人社局局长柏松林、区医保局局长石建华分别作表态发言。",
		"填报单位（盖章）：大将镇人民政府    填报人：韦小燕",
	})
	checkMasked(t, got, []string{"柏松林", "石建华", "大将镇", "韦小燕"}, []string{"区人社局局长", "区医保局局长", "填报单位（盖章）"})
}

// TestMemberLists: the names listed after a word for members (成员有…、
// …（女）、…; 致富带头人 and Yi names of four characters) are masked, the
// first one too, which alone reads doubtful; a list of form fields after
// such a word (负责人姓名、联系电话) stays readable.
func TestMemberLists(t *testing.T) {
	got := maskedText(t, []string{
		"专班成员有吴国平、周丽（女）、郑凯。",
		"该村致富带头人阿牛木呷、吉克阿依带头种植花椒。",
		"请填写负责人姓名、联系电话。",
	})
	checkMasked(t, got, []string{"吴国平", "周丽", "郑凯", "阿牛木呷", "吉克", "阿依"}, []string{"专班成员有", "（女）", "带头种植花椒", "负责人姓名、联系电话"})
}

// TestVillageGluedToRole: a village right after its town whose 村 gojieba
// glued to the next character as 村长 (…镇东游驾|村长|山药…) is masked; a
// verb phrase between a town and 村长 (镇召开村长会议) names no village.
func TestVillageGluedToRole(t *testing.T) {
	got := maskedText(t, []string{"段村镇东游驾村长山药种植专业合作社带动农户410户。", "白水镇召开村长会议。"})
	checkMasked(t, got, []string{"段村镇", "东游驾"}, []string{"带动农户", "召开村长会议"})
}

// TestAddressesAndSights: a town whose 镇 gojieba read into the next word
// (古宜|镇江|峰街) is masked whole, and so is the street of an address before
// its house number (江峰街88号, 幸福路18号); a place's short form before a
// sight word (丹洲古城) is masked, the word of the sight stays.
func TestAddressesAndSights(t *testing.T) {
	got := maskedText(t, []string{
		"企业地址：三江侗族自治县古宜镇江峰街88号。",
		"公司位于幸福路18号，程阳八寨景区、丹洲古城接待游客45万人次。",
	})
	checkMasked(t, got, []string{"古宜", "江峰街", "幸福路", "丹洲"}, []string{"企业地址", "88号", "18号", "古城接待游客"})
}

// TestLabelledNumbers: a local landline of seven digits after a contact
// (联系人 石丽君 7582001) and an old fifteen-digit ID after an ID label are
// masked; a count or an amount after the same words stays (热线电话 …次,
// …元), and a table's title after 负责人 (一览表) and the verb 报 before 乡
// are no name and no place.
func TestLabelledNumbers(t *testing.T) {
	got := maskedText(t, []string{
		"2024年度村级项目负责人一览表",
		"请及时报乡党政办（联系人 石丽君 7582009）。",
		"旧身份证：450328680315001",
		"今年共接听热线电话7582001次，投资12000000元。",
	})
	checkMasked(t, got, []string{"石丽君", "7582009", "450328680315001"},
		[]string{"负责人一览表", "报乡党政办", "7582001次", "12000000元"})
}

// TestTownshipBody: a township's party committee or government named by
// its county and town (…县…镇党委副书记) masks the places and keeps the body
// and the role readable; an ordinary word a town is also called (小城镇 of
// 小城镇政府) is not made a place and masked elsewhere (小城镇建设).
func TestTownshipBody(t *testing.T) {
	got := maskedText(t, []string{"巫溪县红池坝镇党委副书记、镇长  向 东", "要保障小城镇建设，理顺地方政府和小城镇政府之间的财政关系。"})
	checkMasked(t, got, []string{"巫溪", "红池坝", "向 东"}, []string{"党委副书记", "镇长", "小城镇建设"})
}

// TestVillagersAndTrades: a town whose 乡 gojieba joined to the next
// character (杆洞|乡党|鸠村) is masked whole, the words before it (有像) are
// no part of it; a villager by surname and kin word after a person noun
// (老党员石老伯) is masked; a cooperative named only by its trade (刺绣合作社)
// is no proper name.
func TestVillagersAndTrades(t *testing.T) {
	got := maskedText(t, []string{
		"我们有像杆洞乡党鸠村第一书记吴耀祖这样的扶贫干部，也有像老党员石老伯这样默默奉献的普通群众。",
		"贾秀英、贾秀兰姐妹俩带头成立刺绣合作社。",
	})
	checkMasked(t, got, []string{"杆洞", "党鸠", "吴耀祖", "石老伯", "贾秀英", "贾秀兰"}, []string{"我们有像", "老党员", "老伯这样", "刺绣合作社"})
}

// TestBrandsAndLatinNames: a quoted brand before 牌 (“山里红”牌腊肉), a
// cooperative whose name is a verb after its place (右江区|丰收|农机专业
// 合作社) and a company with a hyphenated Latin name (GX-Agri科技有限公司)
// are masked whole; the product word stays.
func TestBrandsAndLatinNames(t *testing.T) {
	got := maskedText(t, []string{
		"“山里红”牌腊肉获评优质农产品。",
		"德峨镇人民政府与百色市右江区丰收农机专业合作社签订协议。",
		"GX-Agri科技有限公司投资建设示范园。",
	})
	checkMasked(t, got, []string{"山里红", "丰收", "右江", "GX-", "Agri"}, []string{"牌腊肉", "签订协议", "投资建设"})
}

// TestPlaceVerbAndTradeNames: a county's short form gojieba reads as a
// verb before a company's name (融水/vn|金叶农业发展有限公司) is part of the
// name; a workshop or cooperative named only by its trade (苗绣工坊, 刺绣
// 合作社) is none.
func TestPlaceVerbAndTradeNames(t *testing.T) {
	got := maskedText(t, []string{"融水金叶农业发展有限公司带动农户320户；苗绣工坊吸纳留守妇女就业85人。"})
	checkMasked(t, got, []string{"融水", "金叶"}, []string{"带动农户", "苗绣工坊"})
}

// TestMinorityNameParts: Tibetan, Uyghur and Mongolian given names of two
// elements (扎西次仁, 格桑曲珍 after a preposition gojieba glued to it,
// 阿依古丽) are masked whole; one element that is an ordinary word too
// (格桑花, 乌云密布) stays readable.
func TestMinorityNameParts(t *testing.T) {
	got := maskedText(t, []string{
		"牧民扎西次仁、卓玛一家今年出栏牦牛32头。",
		"据格桑曲珍介绍，村里的民宿已经接待游客2000人次。",
		"阿依古丽在县城开了一家馕坑店。",
		"山坡上开满了格桑花，天空乌云密布。",
	})
	checkMasked(t, got, []string{"扎西", "次仁", "格桑曲珍", "曲珍", "阿依古丽"}, []string{"牧民", "据", "介绍", "格桑花", "乌云密布"})
}

// TestPostalAddress: the street of an address after its district, whatever
// gojieba tags its first word (新建/ns|路28号), and a postal code after 邮编
// are masked; the house number and the labels stay.
func TestPostalAddress(t *testing.T) {
	got := maskedText(t, []string{"邮寄地址：金城江区新建路28号，邮编：547000。"})
	checkMasked(t, got, []string{"金城江", "新建路", "547000"}, []string{"邮寄地址", "28号", "邮编："})
}

// TestVillageHeadsInList: a village named after a temple (妙音|寺村, where
// 寺村 alone is a town's short form) and one whose direction gojieba cut
// off (、西|索恩图村) are masked whole, no head left readable.
func TestVillageHeadsInList(t *testing.T) {
	got := maskedText(t, []string{"他们分别包保妙音寺村、西索恩图村。"})
	checkMasked(t, got, []string{"妙音", "寺村", "西索", "恩图"}, []string{"他们分别包保"})
}

// TestOrdinaryTownsByPredicate: an ordinary-word township that wins a
// title (向阳镇被评为…) or that someone goes to (赴公平镇调研) is a place;
// the same words in a slogan stay (公平正义, 向阳花).
func TestOrdinaryTownsByPredicate(t *testing.T) {
	got := maskedText(t, []string{"向阳镇被评为省级卫生镇。", "县委书记赴公平镇调研脐橙产业，强调公平正义，山坡开满向阳花。"})
	checkMasked(t, got, []string{"向阳镇", "公平镇"}, []string{"被评为省级卫生镇", "调研脐橙产业", "公平正义", "向阳花"})
}

// TestVillageBeforeBody: a village named with an ordinary word before its
// committees (红星村两委) or heading a report's title (光明村2024年工作总结)
// is masked; 各村两委 and 本村党支部 are no names.
func TestVillageBeforeBody(t *testing.T) {
	got := maskedText(t, []string{"红星村两委班子带领群众发展百香果。", "全镇各村两委换届顺利完成，本村党支部书记带头。"})
	checkMasked(t, got, []string{"红星村"}, []string{"两委班子", "各村两委换届", "本村党支部书记"})
	// or heads a report's title
	got = maskedText(t, []string{"光明村2024年工作总结", "全村发展百香果300亩。"})
	checkMasked(t, got, []string{"光明村"}, []string{"2024年工作总结", "全村发展百香果"})
}

// TestHazardWords: disaster words gojieba tags as places (滑坡/ns) stay
// readable beside the hamlets they hit (大寨村田头寨).
func TestHazardWords(t *testing.T) {
	got := maskedText(t, []string{"大寨村田头寨发生山体滑坡，冲毁房屋3间。"})
	checkMasked(t, got, []string{"大寨村", "田头寨"}, []string{"发生山体滑坡"})
}

// TestGroupLists: villager groups listed side by side (小坝组、大坝组、新寨组)
// are places; working groups (宣传组、材料组) are not.
func TestGroupLists(t *testing.T) {
	got := maskedText(t, []string{"完成小坝组、大坝组、新寨组房屋风貌改造156户。", "成立宣传组、材料组、后勤组。"})
	checkMasked(t, got, []string{"小坝", "大坝", "新寨"}, []string{"房屋风貌改造", "宣传组、材料组、后勤组"})
}

// TestPrepositionBeforeTown: a preposition before 镇 or 乡 (由镇党委书记,
// 经乡政府) makes no place, and the name after the role is masked.
func TestPrepositionBeforeTown(t *testing.T) {
	got := maskedText(t, []string{"成立由镇党委书记龙德刚任组长的工作专班。", "经乡政府同意，对村干部进行培训。"})
	checkMasked(t, got, []string{"龙德刚"}, []string{"成立由镇党委书记", "经乡政府同意", "对村干部"})
}

// TestOrdinaryTownInTitle: an ordinary-word township heading a report's
// title (大树镇2024年工作总结) is a place, in the title and wherever else.
func TestOrdinaryTownInTitle(t *testing.T) {
	got := maskedText(t, []string{"大树镇2024年工作总结", "今年以来，全镇脐橙产业稳步发展。"})
	checkMasked(t, got, []string{"大树镇"}, []string{"2024年工作总结", "全镇脐橙产业"})
}

// TestCountyShortFormReadAsVerb: a county's short form gojieba tags as a
// verb (奉节/v before 脐橙) and an old prefecture named by a rare character
// and 州 (夔州博物馆) are places; a frequent word of that shape is not.
func TestCountyShortFormReadAsVerb(t *testing.T) {
	got := maskedText(t, []string{"奉节脐橙获评中国驰名商标，夔州博物馆建成开放。", "要坚持和平发展，守护神州大地。"})
	checkMasked(t, got, []string{"奉节", "夔州"}, []string{"脐橙获评", "博物馆建成开放", "和平发展", "神州大地"})
}

// TestHuiSurnamesAndPlaceWordBrands: a name with a Hui surname the table
// lacked after a role (党委书记纳国栋) is masked, and a company whose brand
// is a place word after its region (宁夏|塞上/s|阳光农业有限公司) whole.
func TestHuiSurnamesAndPlaceWordBrands(t *testing.T) {
	got := maskedText(t, []string{"我是同心县韦州镇党委书记纳国栋，现将有关情况汇报如下。", "我们引进了宁夏塞上阳光农业有限公司。"})
	checkMasked(t, got, []string{"纳国栋", "塞上", "阳光农业"}, []string{"党委书记", "现将有关情况汇报如下", "我们引进了"})
}

// TestWordSurnamesAndOrdinaryVillages: Naxi and Bai surnames that are
// words too (和丽娟, 木正红) are names in a list of names; a village named
// with a frequent word after a preposition of place or opening a sentence
// before a verb (与新华村…, 新华村依托…) is a place; a title a village
// strives for (争创明星村、文明村) is none.
func TestWordSurnamesAndOrdinaryVillages(t *testing.T) {
	got := maskedText(t, []string{
		"调研组成员：李学军、和丽娟、木正红。",
		"调研组与新华村银器加工户座谈。",
		"争创明星村、文明村，建设美丽乡村。",
	})
	checkMasked(t, got, []string{"李学军", "和丽娟", "木正红", "新华村"}, []string{"调研组成员", "银器加工户", "争创明星村、文明村"})
	got = maskedText(t, []string{"胜利村依托品牌发展银器加工。"})
	checkMasked(t, got, []string{"胜利村"}, []string{"依托品牌"})
}

// TestRiverChiefSystem: the river-chief system (抓河|长制, 县级河长12名) is no
// river.
func TestRiverChiefSystem(t *testing.T) {
	got := maskedText(t, []string{"二是抓河长制。全县落实县级河长12名。"})
	checkMasked(t, got, nil, []string{"二是抓河长制", "县级河长12名"})
}

// TestNumeralHeadOfPlace: a place whose name begins with a numeral before a
// gazetteer short form (三|溪口提灌站) is masked whole, no 三 left before the
// mask; a count before a word (完成三县区域合作) is no name.
func TestNumeralHeadOfPlace(t *testing.T) {
	got := maskedText(t, []string{"新建三溪口提灌站1座。", "完成三县区域合作。"})
	checkMasked(t, got, []string{"三溪口", "溪口"}, []string{"新建", "提灌站1座", "完成三县区域合作"})
	if strings.Contains(got, "三〔") {
		t.Errorf("numeral head left readable: %s", got)
	}
}
