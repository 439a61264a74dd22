package anonymize

import "testing"

// TestKeep30LevelDepartment: a level character before a department and its
// kind is no person (区商务局 in a contact line, 区消防|救援支队 in a list
// of members); the names beside them are still masked.
func TestKeep30LevelDepartment(t *testing.T) {
	got := maskedText(t, []string{
		"各位领导：",
		"联系人：区商务局  王丽娟，电子邮箱：wanglj_sw@163.com",
		"成员有委员刘红梅、区消防救援支队退休干部陈国强、律师周明，先后深入各街道调研。",
	})
	checkMasked(t, got,
		[]string{"王丽娟", "刘红梅", "陈国强", "周明"},
		[]string{"区商务局", "区消防救援支队"})
}

// TestKeep30GenericNt: jieba's nt on a department and its generic kind
// alone (交警大队, 民族宗教|委) names no body.
func TestKeep30GenericNt(t *testing.T) {
	got := maskedText(t, []string{
		"交警大队联合城管开展整治行动，查处违法停车1200起。",
		"加强与省民族宗教委、市文化旅游委的工作对接，杨春梅副主任出席。",
	})
	checkMasked(t, got,
		[]string{"杨春梅"},
		[]string{"交警大队", "省民族宗教委"})
}

// TestKeep30VerbInsideBody: an organisation read left across a verb of
// action begins after the verb; what stands before the verb stays masked.
func TestKeep30VerbInsideBody(t *testing.T) {
	got := maskedText(t, []string{
		"凤凰山风景区完成云雾泉游客服务中心改造，新建观景台3处。",
		"双河剪纸进入中小学课堂，全县建成传习所6个。",
		"镇长罗建明任老街保护工作领导小组组长，统筹修缮工作。",
		"青龙峡景区新建石门泉游客服务中心，配套停车位200个。",
	})
	checkMasked(t, got,
		[]string{"凤凰山", "云雾泉", "双河", "罗建明", "青龙峡", "石门泉"},
		[]string{"完成", "中小学课堂", "组长", "游客服务中心"})
}

// TestKeep30Programmes: counted programme names (九小场所, 一江两桥,
// 一户一档) are no places or bodies.
func TestKeep30Programmes(t *testing.T) {
	got := maskedText(t, []string{
		"城乡接合部“六小场所”隐患突出，溪口街道已排查整改。",
		"整治“九小场所”火灾隐患1200处。",
		"宁远镇打造“一河两桥”观光带，新增农家乐18家。",
		"清水江沿岸打造“一江三桥”夜景，游客增长两成。",
	})
	checkMasked(t, got,
		[]string{"溪口街道", "宁远镇"},
		[]string{"六小场所", "九小场所", "一河两桥", "一江三桥"})
}

// TestKeep30Breeds: a breed read as a name before its livestock is kept.
func TestKeep30Breeds(t *testing.T) {
	got := maskedText(t, []string{
		"全县引进杜泊种公羊300只、安格斯种牛50头，与本地藏羊杂交，养殖户郑德文增收明显。",
		"在和平镇建设良种繁育基地，引进萨能奶山羊，与当地蒙古羊、哈萨克羊开展杂交改良。",
	})
	checkMasked(t, got,
		[]string{"郑德文", "和平镇"},
		[]string{"杜泊种公羊", "安格斯种牛", "哈萨克羊"})
}

// TestKeep30TradeZones: a province's name before a national free-trade
// zone, and the zone word alone, stay readable.
func TestKeep30TradeZones(t *testing.T) {
	got := maskedText(t, []string{
		"琼中县主动融入海南自由贸易港建设，加快招商引资。",
		"上海自贸区和海南自贸港建设给外贸企业带来新机遇。",
	})
	checkMasked(t, got,
		[]string{"琼中县"},
		[]string{"海南自由贸易港", "上海自贸区", "海南自贸港"})
}

// TestKeep30Objects: a food, a hat or a room is no surname and given name
// (陈列室, 展陈厅), nor a name before 之家.
func TestKeep30Objects(t *testing.T) {
	got := maskedText(t, []string{
		"新建陈列厅2个，改造多媒体陈列室3间，讲解员覃秀英介绍展品。",
		"新增数字化展陈厅2个，全年接待参观群众9万人次。",
		"县退役军人事务局在各乡镇设立戎耀之家12个，社区设立柯蓝之家2个，负责人黎德胜说服务更方便了。",
	})
	checkMasked(t, got,
		[]string{"覃秀英", "黎德胜"},
		[]string{"陈列厅", "陈列室", "展陈厅", "戎耀之家", "柯蓝之家"})
}

// TestKeep30Wharves: a wharf named by its use keeps its use readable; the
// place before it is still masked.
func TestKeep30Wharves(t *testing.T) {
	got := maskedText(t, []string{
		"石浦渔港码头完成改造，渔船停靠更加安全。",
		"新建客运码头1座，沙塘渔港码头同步扩建。",
	})
	checkMasked(t, got,
		[]string{"石浦", "沙塘"},
		[]string{"渔港码头", "客运码头"})
}

// TestKeep30Facilities: generic facilities of a scenic area listed before
// a count and a kind of sight (停车场、公厕、游客中心三处) name no sight.
func TestKeep30Facilities(t *testing.T) {
	got := maskedText(t, []string{
		"景区配套不断完善。停车场、公厕、游客中心三处景点配套设施全部建成，站长龚立新负责运营。",
		"在停车场、公厕、售票处三处观景点设置指示牌。",
	})
	checkMasked(t, got,
		[]string{"龚立新"},
		[]string{"停车场、公厕、游客中心", "停车场、公厕、售票处"})
}

// TestKeep30ProgrammeOccurrence: a town's short form found elsewhere in
// the text stays readable where it stands in a counted programme name
// (两河镇 … “一江两河”), and the town itself is still masked.
func TestKeep30ProgrammeOccurrence(t *testing.T) {
	got := maskedText(t, []string{
		"两河镇打造“一江两河”夜景，游客增长两成。",
		"五桥镇建设“一湖五桥”景观带，新建游步道3公里。",
	})
	checkMasked(t, got,
		[]string{"两河镇", "五桥镇"},
		[]string{"一江两河", "一湖五桥"})
}

// TestKeep30SurnameNumeral: a person whose surname is a numeral (万) and
// whose given name opens with 小 is no counted programme.
func TestKeep30SurnameNumeral(t *testing.T) {
	got := maskedText(t, []string{
		"第一书记吴国庆带着村民万小芳等24人到纺织企业实地考察。",
		"村民百小军等5人返乡创业，开办“六小门店”8家。",
	})
	checkMasked(t, got,
		[]string{"万小芳", "吴国庆"},
		[]string{"六小门店"})
}

// TestKeep30VerbBeforeLevel: a verb glued to the level character before a
// department (做实|区农业农村委) is no place ending in 区.
func TestKeep30VerbBeforeLevel(t *testing.T) {
	got := maskedText(t, []string{
		"做实区农业农村委高山蔬菜基地建设项目，带头人蒋文斌负责。",
		"做优区商务局电商服务项目，带动网店新增120家。",
	})
	checkMasked(t, got,
		[]string{"蒋文斌"},
		[]string{"做实区农业农村委", "做优区商务局"})
}

// TestKeep30NumeralCounty: a county whose name opens with a numeral before
// 一带 is no counted programme name: it stays masked.
func TestKeep30NumeralCounty(t *testing.T) {
	got := maskedText(t, []string{"三穗一带降雨偏多。", "五寨一带降雨偏多，六龟一线道路受损。"})
	checkMasked(t, got, []string{"三穗", "五寨"}, nil)
}
