package anonymize

import (
	"strings"
	"testing"
)

// TestKeep26Bodies: kinds of generic body stay readable (a national
// department by its short name, a county department cut apart, the office
// of a chief system, an alliance, a described kind of centre, a zone's
// committee, groups of a kind of people, a quoted meeting, a higher
// department after a verb); the places and persons beside them stay masked.
func TestKeep26Bodies(t *testing.T) {
	got := maskedText(t, []string{
		"经国家林草局批准，阿荣旗新建湿地公园一处。",
		"联系人：县经信局 张立伟，电话0575-86038815",
		"县河长制办公室被评为全省河湖长制工作先进集体，县委副书记郑海平带队检查。",
		"龙溪镇中心卫生院与县人民医院组建医共体分院，开通远程诊断。",
		"建成社区嵌入式养老服务中心2个，在青衣江畔建成智慧健身中心1处。",
		"我在区委、区政府和高新区党工委的领导下，配合完成璧南河高新区段综合整治。",
		"全市组建边民合作社31家。",
		"弄怀村边民互助组组长李文华说，去年每户分红3800元。",
		"双河镇打造“老兵驿站”5个，每周召开一次“板凳会”听取意见。",
		"白沙镇石门村经验获省生态环境厅推广。",
	})
	checkMasked(t, got, []string{"阿荣旗", "张立伟", "郑海平", "龙溪镇", "青衣江", "璧南河", "弄怀村", "李文华", "双河镇", "白沙镇", "石门村"},
		[]string{"国家林草局", "县经信局", "县河长制办公室", "医共体分院", "社区嵌入式养老服务中心", "智慧健身中心", "高新区党工委", "高新区段",
			"边民合作社", "边民互助组", "老兵驿站", "板凳会", "省生态环境厅"})
}

// TestKeep26PlaceWithTail: a body named by a place and a generic tail (a
// task group, a department of the party committee) masks the place only;
// the tail, and the level before 委, stay readable.
func TestKeep26PlaceWithTail(t *testing.T) {
	got := maskedText(t, []string{
		"据瑞丽市边境管控工作领导小组办公室介绍，全市现有专职护边员900名。",
		"松阳县委政法委相关负责人介绍，松阳县今年化解矛盾纠纷120起。",
		"阿荣旗委政法委牵头开展平安建设。",
	})
	checkMasked(t, got, []string{"瑞丽", "松阳", "阿荣"},
		[]string{"边境管控工作领导小组办公室", "县委政法委", "旗委政法委"})
}

// TestKeep26Nouns: ordinary nouns read as names (楼栋, 纪念碑, 嘎查, 台区), a
// quoted X之家, produce varieties and breeds, slogans, a title of honour
// and terms that follow a water stay readable.
func TestKeep26Nouns(t *testing.T) {
	got := maskedText(t, []string{
		"推行“党员联系楼栋”，完成凤凰山公园烈士纪念碑修缮，新建“戎耀之家”4处。",
		"带领全嘎查牧民发展，申报自治区级民族团结进步示范嘎查。",
		"供电所新增配变台区36个。",
		"石桥镇金顶谢花酥梨种植面积稳定在8万亩；引导牧民开展三河牛、草原羊良种繁育。",
		"坚持陆海统筹，深化“海上枫桥”经验，筹集安居型商品住房1200套。",
		"漳县盐井镇是千年古盐镇，近年来发展乡村旅游；县级河长带队巡河36次。",
		"龙溪河、南河沿线消落带完成植被恢复；白石河、牛河国考断面水质稳定。",
	})
	checkMasked(t, got, []string{"凤凰山公园", "石桥镇", "盐井镇", "龙溪河", "南河", "白石河", "牛河"},
		[]string{"党员联系楼栋", "烈士纪念碑", "戎耀之家", "带领全嘎查", "示范嘎查", "配变台区", "金顶谢花酥梨", "三河牛", "陆海统筹", "海上枫桥",
			"安居型商品住房", "千年古盐镇", "带队巡河", "沿线消落带", "国考断面"})
}

// TestKeep26Shapes reads the rules on findings placed by hand: a name of
// the same shape as a kept phrase, without the class's context, stays.
func TestKeep26Shapes(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text, span string
		typ        Type
		ev         string
		keep       bool // keepFinding26 drops it
	}{
		{"新建红岩智慧健身中心一处。", "红岩智慧健身中心", ORG, "org-suffix:中心", false}, // a name before the descriptive words
		{"成立红星合作社。", "红星合作社", ORG, "org-suffix:合作社", false},        // no kind of people
		{"成立边民合作社。", "边民合作社", ORG, "org-suffix:合作社", true},
		{"县河道办公室牵头。", "县河道办公室", ORG, "org-suffix:办公室", false}, // no chief system
		{"古田镇发展茶业。", "古田镇", LOCATION, "pattern:镇", false},     // no age of honour before
		{"这是千年古田镇。", "古田镇", LOCATION, "pattern:镇", true},
		{"枫桥派出所民警出警。", "枫桥", LOCATION, "gazetteer-short:枫桥街道", false},      // no domain before
		{"安居区人民政府召开会议。", "安居", LOCATION, "gazetteer-short:安居区", false},     // no type suffix
		{"参加“青商会”年会。", "青商会", ORG, "span tagger", false},                   // no verb of holding a meeting
		{"张立明书记酥梨基地调研。", "张立明", PERSON, "surname+given,role-after", false}, // not an unknown word's reading
		{"山海关迎来游客。", "山海", LOCATION, "jieba:ns", false},                    // no word of joining
		{"国家医保局发布通知。", "国家医保局", ORG, "org-suffix:局", true},
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		if b < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		f := Finding{Type: c.typ, Text: c.span, Start: b, End: b + len(c.span), Evidence: c.ev}
		if got := keepFinding26(tt, f); got != c.keep {
			t.Errorf("keepFinding26(%q in %q) = %v, want %v", c.span, c.text, got, c.keep)
		}
	}
	// a place that ends in its kind of place is not cut (白马河村)
	tt := newTokText(seg, "白马河村沿线修路。")
	f := Finding{Type: LOCATION, Text: "白马河村", Start: 0, End: len("白马河村"), Evidence: "pattern:村"}
	if g, ok := landformCut26(tt, f); ok {
		t.Errorf("landformCut26 cut 白马河村 to %q", g.Text)
	}
}

// TestPatrolWater26Edges: patrolWater26 takes a patrol of a water (巡河,
// 带队巡湖) and nothing shorter, longer-tailed or broken (河, 巡查, an
// invalid byte before the kind).
func TestPatrolWater26Edges(t *testing.T) {
	for w, want := range map[string]bool{
		"": false, "河": false, "巡河": true, "带队巡湖": true, "巡查": false, "\xff河": false, "巡河段": false, "西河": false,
	} {
		if got := patrolWater26(w); got != want {
			t.Errorf("patrolWater26(%q) = %v, want %v", w, got, want)
		}
	}
}
