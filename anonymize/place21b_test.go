package anonymize

import (
	"strings"
	"testing"
)

// worksProbe21b is the probe of round place21b's class of named works of
// a proper stem (place21b.go): one sentence of our own per instance, each
// a different stem in a different frame, and the stem that must not
// survive. The start left 4 of the 24 readable (龙洄湿地, 石角挡潮闸 among
// them); the round leaves 2 (洈水湿地: gojieba reads 洈水 as a verb;
// 渝遂立交: 遂 as an adverb), listed in worksProbeLeft21b.
var worksProbe21b = []struct{ sentence, name string }{
	{"今年经红其拉甫口岸出口番茄酱3万吨。", "红其拉甫"},
	{"都拉塔口岸完成查验设施改造。", "都拉塔"},
	{"卡拉苏口岸和伊尔克什坦口岸通关时间压缩一半。", "卡拉苏"},
	{"依托巴克图口岸发展边境贸易。", "巴克图"},
	{"溱湖湿地完成退渔还湿800亩。", "溱湖"},
	{"游客在芦苞湿地观鸟拍照。", "芦苞"},
	{"龙洄湿地水质稳定达到Ⅲ类。", "龙洄"},
	{"沪渝高速马坊互通改造完成。", "马坊"},
	{"新建柳林互通和白鹭收费站。", "柳林"},
	{"石门互通至县城连接线建成通车。", "石门互通"},
	{"推进苏坡立交周边交通组织优化。", "苏坡"},
	{"完成沙湾节制闸除险加固。", "沙湾"},
	{"新建石角挡潮闸一座。", "石角"},
	{"塘头水闸更换启闭机2台。", "塘头"},
	{"东坝提灌站完成机组更新。", "东坝"},
	{"马家河提灌站和柳湾泵站建成投用。", "马家河"},
	{"通济渠沿线完成清淤12公里。", "通济"},
	{"汉延渠砌护改造8公里。", "汉延"},
	{"依托惠农渠建设高效节水灌溉示范区。", "惠农渠"},
	{"广利渠两岸新植柳树2000株。", "广利"},
	{"青塘物流园年内引进冷链企业6家。", "青塘"},
	{"双河物流园完成仓储改造。", "双河"},
}

// worksProbeLeft21b are the probe's instances the round does not reach.
var worksProbeLeft21b = []string{"新建洈水湿地科普步道3公里。", "渝遂立交下穿通道投入使用。"}

// worksKeep21b is the probe's ordinary text near the same kind words:
// grades, functions, settings and topics before 口岸, 湿地, 互通, 立交,
// 闸, 渠, 提灌站 and 物流园, all to stay readable (the start over-masked
// none of these; 1号闸, 跨线立交 and 高速公路互通连接线, which the start
// already masks by other rules, are left out).
var worksKeep21b = []struct{ sentence, keep string }{
	{"加快建设国家湿地公园，城市湿地面积扩大到1200亩。", "城市湿地"},
	// a work's kind ends the stem of the next work (the merged rule read
	// 口岸|甲乙 back over the first 口岸 and masked 国家二类口岸甲乙口岸 whole)
	{"芒市是国家二类口岸畹町口岸的后方基地。", "国家二类口岸"},
	{"建成省级物流园临港物流园。", "省级物流园"},
	{"智慧口岸建设加快推进，口岸经济带动就业。", "智慧口岸"},
	{"全线新建互通立交2座。", "互通立交"},
	{"新建排涝闸3座，维修拦河闸2座。", "排涝闸"},
	{"主干渠和支渠完成防渗衬砌。", "主干渠"},
	{"新建提灌站5座，改造老旧提灌站3座。", "提灌站"},
	{"现代物流园和冷链物流园投入运营。", "冷链物流园"},
	{"湿地公园内新增观鸟点4处。", "湿地公园"},
	{"节制闸、分水闸等水工建筑物完成维修。", "分水闸"},
	{"建成电商物流园1个。", "电商物流园"},
	{"一类口岸和二类口岸通关效率提升。", "一类口岸"},
	{"斗渠、农渠配套建设同步推进。", "农渠"},
	{"修复退化湿地2000亩，完成沟渠清淤30公里。", "退化湿地"},
	{"新修灌渠5公里，实施明渠改暗渠工程。", "明渠"},
	{"海关在口岸开展联合查验，全市口岸进出口总额增长8%。", "全市口岸"},
	{"推动信息互通、资源共享。", "信息互通"},
	{"实现数据互通和业务协同。", "数据互通"},
	{"建设进境粮食指定口岸。", "粮食指定口岸"},
	{"粮食物流园和医药物流园建成投用。", "粮食物流园"},
	{"水边的步道完成提升，湿地的鸟类增加到120种。", "湿地的鸟类"},
	{"渠道建设和渠系配套同步推进。", "渠系配套"},
	{"农民在渠边种植蔬菜。", "渠边"},
	{"汽车物流园引进企业5家。", "汽车物流园"},
	{"新建水闸2座，维修涵闸5座。", "水闸"},
	{"打通城乡物流园最后一公里。", "城乡物流园"},
	{"保护好湿地，守住生态红线。", "保护好湿地"},
	// after a place the rules found: a function or a trade before a weak kind
	{"小梁乡、柴家乡沿黄提灌站完成更新改造。", "沿黄提灌站"},
	{"青石镇边境贸易物流园开工建设。", "边境贸易物流园"},
	{"元马镇建成蔬菜冷链物流园。", "蔬菜冷链物流园"},
	// a landform setting (class: settings of a wetland)
	{"保护高山湿地和草甸湿地。", "高山湿地"},
}

// TestWorks21b runs the probe: every named work masked, the ordinary
// text readable.
func TestWorks21b(t *testing.T) {
	for _, c := range worksProbe21b {
		got := maskedText(t, []string{c.sentence})
		if strings.Contains(got, c.name) {
			t.Errorf("%q survived: %s", c.name, got)
		}
	}
	for _, c := range worksKeep21b {
		got := maskedText(t, []string{c.sentence})
		if !strings.Contains(got, c.keep) {
			t.Errorf("%q was masked: %s", c.keep, got)
		}
	}
}

// TestWorks21bRule checks the rule itself on sentences of our own, each
// of which names a work by a rare character (龙洄), an ordinary noun
// bounded by a verb of work (石角), a place-tagged common word (长安), an
// abbreviation pair (渝泸); and generic works the rule must leave alone.
func TestWorks21bRule(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct{ text, want string }{
		{"龙洄湿地水质稳定达到Ⅲ类。", "龙洄湿地"},
		{"新建石角挡潮闸一座。", "石角挡潮闸"},
		{"推进渝泸立交周边改造。", "渝泸立交"},
		{"高速设有长安互通。", "长安互通"},
		{"新建排涝闸3座。", ""},
		{"推动信息互通、资源共享。", ""},
		{"元马镇建成蔬菜冷链物流园。", ""},
	} {
		tt := newTokText(seg, c.text)
		got := ""
		for _, f := range works21b(tt, nil) {
			got = f.Text
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
