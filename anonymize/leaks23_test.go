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
