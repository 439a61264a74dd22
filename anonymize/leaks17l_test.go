package anonymize

import "testing"

// TestNumberedFacilitiesAndListedPlaces17: a stem before a numbered pumping
// station or water works (红旗一泵站) names a place, even an ordinary word;
// the items of a list closed by 等乡镇/等村 are places too, while a numbered
// works after 第 and a list of trades before 等 stay readable.
func TestNumberedFacilitiesAndListedPlaces17(t *testing.T) {
	got := maskedText(t, []string{
		"灌区改造中，红旗一泵站、沙湾三泵站完成机组更新。",
		"今年，长岗二提灌站扩建完工，灌溉面积提高一倍。",
		"工作组先后到前进、红星、胜利、联合等乡镇检查秋粮收购。",
		"在光明、团结、幸福等村推广稻渔综合种养。",
		"县城第二污水处理厂扩建工程完成，培育电商、物流、冷链等企业。",
	})
	checkMasked(t, got, []string{"红旗一泵站", "沙湾三泵站", "长岗二提灌站", "前进、", "红星", "胜利", "联合等", "光明、", "团结", "幸福等"},
		[]string{"完成机组更新", "扩建完工", "检查秋粮收购", "等村推广", "县城第二污水处理厂", "电商、物流、冷链等企业"})
}

// TestNamedRoadsEthnicTownshipsExpressways17: roads named in a list or at
// a junction (梧桐山路、长江路; …大道与凤鸣路交叉口), an ethnic township
// (青石沟回族乡) and an expressway named by two short forms (安平高速,
// the stem only) are masked; ordinary roads (乡村道路、农村公路) and
// 高速公路 stay.
func TestNamedRoadsEthnicTownshipsExpressways17(t *testing.T) {
	got := maskedText(t, []string{
		"城区梧桐山路、长江路雨污分流改造完工。",
		"迎宾大道与凤鸣路交叉口完成渠化改造。",
		"在青石沟回族乡、白杨河蒙古族乡推广节水灌溉。",
		"全力保障安平高速要素供给，力争明年建成通车。",
		"改造乡村道路、农村公路120公里，高速公路里程达到80公里。",
	})
	checkMasked(t, got, []string{"梧桐山路", "长江路", "凤鸣路", "青石沟回族乡", "白杨河蒙古族乡", "安平"},
		[]string{"雨污分流改造完工", "交叉口完成渠化改造", "推广节水灌溉", "高速要素供给", "乡村道路、农村公路", "高速公路里程"})
}

// TestVillageAfterTown17: a village whose stem is an ordinary word right
// after its town (石桥镇新楼村) is masked, and again where the text names
// it later alone.
func TestVillageAfterTown17(t *testing.T) {
	got := maskedText(t, []string{
		"篮球联赛决赛中，石桥镇新楼村队与河口镇红旗村队激烈角逐，新楼村队最终夺冠。",
		"长岭乡向阳村建成村级光伏电站，向阳村集体经济收入增加6万元。",
	})
	checkMasked(t, got, []string{"新楼村", "红旗村", "向阳村"},
		[]string{"篮球联赛决赛中", "激烈角逐", "最终夺冠", "建成村级光伏电站", "集体经济收入"})
}

// TestRiverReachesAndSameKindLists17: a river named with its reach
// (沥江石塘段) and the items of a list that end like the kind after 等
// (龙头寨、石门寨等古寨) are masked; a list of kinds (特色村、文明村等
// 示范村) and a reach of a river's part (上游段) stay.
func TestRiverReachesAndSameKindLists17(t *testing.T) {
	got := maskedText(t, []string{
		"。沥江石塘段完成河道清淤3公里。",
		"清水河白沙段新建堤防1.5公里，上游段完成护岸。",
		"依托龙头寨、石门寨等古寨发展乡村旅游。",
		"保护东岭围、新屋围等客家围屋。",
		"创建特色村、文明村等示范村12个。",
	})
	checkMasked(t, got, []string{"沥江", "石塘段", "清水河", "白沙段", "龙头寨", "石门寨", "东岭围", "新屋围"},
		[]string{"完成河道清淤", "新建堤防", "上游段完成护岸", "等古寨发展乡村旅游", "特色村、文明村等示范村"})
}
