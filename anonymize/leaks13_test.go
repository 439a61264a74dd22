package anonymize

import "testing"

// TestToponymEvidence: places with no gazetteer entry, a proper or
// ordinary stem before a geographic kind, are masked when the text shows
// they are places: a street named by an ordinary word right after its
// town (…镇|胜利街), a street listed beside it before a quarter word
// (、人民路片区), a mountain before its foot (舅公山脚下).
func TestToponymEvidence(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇胜利街、人民路片区加装电梯15部。",
		"白沙镇团结街新增路灯300盏。",
		"舅公山脚下的两个村建成污水处理站。",
	})
	checkMasked(t, got, []string{"胜利街", "人民路", "团结街", "舅公山"}, []string{"片区加装电梯", "新增路灯", "脚下的两个村"})
}

// TestToponymOrdinaryKept: ordinary phrases ending in a geographic kind
// stay readable: roads named by their purpose or surface, classes of
// villages and reservoirs, chief systems, a path of development.
func TestToponymOrdinaryKept(t *testing.T) {
	got := maskedText(t, []string{
		"全村新修产业路、旅游路4.2公里，致富路、小康路通到家门口。",
		"该村硬化机耕路3公里，各村都通了水泥路，农村公路和高速公路连成网。",
		"治理病险水库5座，扶持小型水库移民。",
		"全面推行河长制、林长制，落实一河一策，保护红色旧址。",
		"走出一条绿色发展之路，美丽乡村、示范村、贫困村、行政村、自然村都有变化，山区群众受益。",
		"城关镇步行街、美食街客流回升。",
	})
	checkMasked(t, got, nil, []string{"产业路", "旅游路", "致富路", "小康路", "机耕路", "各村", "水泥路", "农村公路", "高速公路",
		"病险水库", "小型水库移民", "河长制", "林长制", "一河一策", "红色旧址", "发展之路", "美丽乡村", "示范村", "贫困村", "行政村", "自然村", "山区", "步行街", "美食街"})
}

// TestToponymShapes: the shapes gojieba cuts a place into — a river of
// one character and its kind before a word of its course (溇水漂流), a
// list sharing the word of position after its last item (…江、…河沿线), a
// numeral village after its town (…镇六一村), a name of a word and a
// character (大营|子|村), a village after a route (…至|青石|窑村), compounds
// and quarters after their town (…镇纺织小区、电机小区; …镇鹭洲街区).
func TestToponymShapes(t *testing.T) {
	got := maskedText(t, []string{
		"开发溇水漂流线路，溇水县城段堤防完工。",
		"碧练江、丰泽河沿线完成排污口整治80个。",
		"青林镇六一村建成光伏电站。",
		"石桥镇大营子村农民篮球队获得冠军。",
		"新修黄土岗至青石窑村道路2公里。",
		"城关镇纺织小区、电机小区列入改造计划。",
		"古城镇鹭洲街区完成古建筑修缮。",
	})
	checkMasked(t, got, []string{"溇水", "碧练江", "丰泽河", "六一村", "大营子", "青石窑", "纺织小区", "电机小区", "鹭洲"},
		[]string{"漂流线路", "县城段堤防", "沿线完成", "建成光伏电站", "农民篮球队", "道路2公里", "列入改造计划", "完成古建筑修缮"})
}

// TestToponymShapesKept: landscape words side by side (高山峡谷), a verb
// glued to 村 (选派|驻村, 压实|包村), a road to every group (组组通路), and
// a compound named after a place already masked keeps its kind readable.
func TestToponymShapesKept(t *testing.T) {
	got := maskedText(t, []string{
		"县城地处高山峡谷，用地紧缺；选派驻村指导员40名，压实包村责任，实现组组通路。",
		"清原镇浑河小区完成改造，浑河沿岸新建步道。",
	})
	checkMasked(t, got, []string{"浑河"}, []string{"高山峡谷", "选派驻村指导员", "压实包村责任", "组组通路", "小区完成改造"})
}

// TestToponymOrdinaryStems: a reservoir named by an ordinary noun (东风
// 水库), since 水库 ends few ordinary phrases; a village named by a verb
// before its numbered group (丰收村七组).
func TestToponymOrdinaryStems(t *testing.T) {
	got := maskedText(t, []string{
		"东风水库、胜利水库灌区续建配套工程完工。",
		"丰收村七组、八组通组公路全面硬化。",
	})
	checkMasked(t, got, []string{"东风水库", "胜利水库", "丰收村"}, []string{"灌区续建配套工程", "公路全面硬化"})
}

// TestToponymGuards: what stands before a kind and is no name — a body
// (卫生室|村医), a verb or count before 村 (相邻|村, 一名|村民), a class
// adjective (优秀|村), two kinds side by side (河湖, 江河), a shore
// word (滨河, 临水), a chief's patrol (河长巡河), a slogan (贡献…力量),
// a verb glued to a kind (有水).
func TestToponymGuards(t *testing.T) {
	got := maskedText(t, []string{
		"青竹村卫生室村医扎根山村20年，与白石镇相邻村抱团发展。",
		"青竹镇一名村民烧荒被处罚；全县优秀村党组织书记受表彰。",
		"落实县乡村三级河湖长制，河长巡河1.2万次，江河湖泊水质稳定。",
		"新建滨河步道，临水临崖路段增设护栏。",
		"保证群众有水喝，为全县高质量发展贡献石塘力量。",
	})
	checkMasked(t, got, nil, []string{"卫生室村医", "扎根山村", "相邻村", "一名村民", "优秀村党组织", "三级河湖长制", "河长巡河",
		"江河湖泊", "滨河步道", "临水临崖路段", "有水喝", "发展贡献"})
}

// TestSharedKindAndQuotedBusiness: a list item before a place that a
// shared kind of area follows (推进青螺、白X山景区) is a place too; a name in
// quotes before a business or a mark (“…”农家乐, 注册“…”商标) is masked, a
// frequent word in quotes (“农家乐”) is not.
func TestSharedKindAndQuotedBusiness(t *testing.T) {
	got := maskedText(t, []string{
		"推进鸬鹚坳、白云山景区一体化运营。",
		"村民办的“河湾小院”农家乐年收入30万元，合作社注册“山野椒韵”商标。",
		"鼓励发展“农家乐”，带动就业。",
	})
	checkMasked(t, got, []string{"鸬鹚坳", "河湾小院", "山野椒韵"}, []string{"景区一体化运营", "农家乐年收入", "商标", "“农家乐”"})
}

// TestToponymListOfKind: a list of waters whose stems are no ordinary
// words names each of them (…潭、…湾、…滩); a kind of construction (浆砌
// 石拱桥) names none, whichever recognizer read it.
func TestToponymListOfKind(t *testing.T) {
	got := maskedText(t, []string{
		"对响水潭、月牙湾、鹅卵滩开展河道清淤。",
		"新建浆砌石拱桥一座，连通两岸。",
	})
	checkMasked(t, got, []string{"响水潭", "月牙湾", "鹅卵滩"}, []string{"开展河道清淤", "浆砌石拱桥"})
}

// TestToponymRoutesAndGroups: a village at the end of a route from a
// village (…村至四方台村), a group named by a stem after 家住 (家住石门槛
// 组), a cliff before its viewing platform (鹰嘴崖观景台) are places; a
// group of people (教研组长, 工作组) and a road to every group (通组公路)
// are not.
func TestToponymRoutesAndGroups(t *testing.T) {
	got := maskedText(t, []string{
		"三道沟村至四方台村公路完成改造。",
		"村民王桂兰家住石门槛组，常年种植魔芋。",
		"翻越老君岭，到达鹰嘴崖观景台。",
		"建设一支过硬的教研组长队伍，县工作组进村指导，拓宽通组公路3公里。",
	})
	checkMasked(t, got, []string{"四方台", "石门槛", "鹰嘴崖"}, []string{"公路完成改造", "常年种植魔芋", "观景台", "教研组长", "县工作组", "通组公路"})
}

// TestKindWordsKept: a kind of pond that is also a town's short form
// (山塘) stays readable alone, the town is masked where it stands; a set
// phrase of streets (背街小巷) is no street.
func TestKindWordsKept(t *testing.T) {
	got := maskedText(t, []string{
		"新建小型水库2座，整治山塘15口；县城主干道、背街小巷全部完成亮化。",
	})
	checkMasked(t, got, nil, []string{"整治山塘15口", "背街小巷"})
	town := maskedText(t, []string{"青溪县山塘镇新建卫生院一所。"})
	checkMasked(t, town, []string{"山塘镇"}, []string{"新建卫生院"})
}

// TestMonitoringSections: a water-quality section is named after the
// place where it lies (…国控断面): the place is masked, the kind of site
// and sections named by their class (出境断面) stay readable.
func TestMonitoringSections(t *testing.T) {
	got := maskedText(t, []string{"全县3个出境断面、2个国控断面水质达标，渡口省控断面、桥头国控断面水质稳定。"})
	checkMasked(t, got, []string{"渡口", "桥头"}, []string{"出境断面", "2个国控断面", "省控断面", "国控断面水质稳定"})
}

// TestEventMemorials: a memorial named after an event names the place
// where it happened (…口战役陈列馆): the place is masked, the event and the
// memorial stay readable; a class word before the event (重要会议) is no
// place.
func TestEventMemorials(t *testing.T) {
	got := maskedText(t, []string{"完成重要会议旧址修缮，新建石头口战役陈列馆。"})
	checkMasked(t, got, []string{"石头口"}, []string{"重要会议旧址", "战役陈列馆"})
}

// TestStreetsNamedByFrequentWords: a street named by a frequent word (建设
// 路) is a street where the text vouches for it — after 位于, or in a list
// with a street after its town; alone, or as a word of roads (建设路网), it
// stays readable.
func TestStreetsNamedByFrequentWords(t *testing.T) {
	got := maskedText(t, []string{"县人民医院位于建设路，交通便利。"})
	checkMasked(t, got, []string{"建设路"}, []string{"交通便利"})
	got = maskedText(t, []string{"城关镇解放路、建设路完成改造。"})
	checkMasked(t, got, []string{"解放路", "建设路"}, []string{"完成改造"})
	got = maskedText(t, []string{"加快建设路网，门店位于产业路旁。"})
	checkMasked(t, got, nil, []string{"建设路网", "产业路旁"})
}
