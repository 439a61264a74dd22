package anonymize

import (
	"strings"
	"testing"
)

// chainProbe20 is the probe of round place20's division-chain class: one
// invented sentence per instance, each a different town and village in a
// different frame, and the strings that must not survive (the town's and
// the village's stems). Each sentence its own document, the start of the
// round cut or missed 6 of the 26, the round none; the cuts were of the
// dev sets' kinds: 乡下 read as a word (翠屏|乡下|营盘村), 江村 as a
// gazetteer's short form (月亮乡望|江村), 李镇云 as a person (高|李镇云|上村),
// 镇南 as a short form (白石|镇南|岗村).
var chainProbe20 = []struct {
	sentence string
	names    []string
}{
	{"将青岚乡石门坎村、白沙乡岩脚村等5个村纳入联建。", []string{"青岚", "石门坎"}},
	{"康柳镇城下村农家书屋完成提质改造。", []string{"康柳", "城下村"}},
	{"翠屏乡下营盘村新建蔬菜大棚40个。", []string{"翠屏乡", "营盘"}},
	{"李庄镇雪坪村的茶园今年扩种300亩。", []string{"李庄", "雪坪"}},
	{"带动黎明镇朝阳村、花溪镇水口村农户增收。", []string{"黎明镇", "朝阳村"}},
	{"杨柳乡上河村村委会组织开展了义诊活动。", []string{"杨柳", "上河"}},
	{"走访了金城镇马尾村和石桥镇牛角村的种植大户。", []string{"金城", "马尾"}},
	{"在雷家镇后湾村建设冷链仓储中心。", []string{"雷家", "后湾"}},
	{"王坪乡花园村党支部书记作了交流发言。", []string{"王坪", "花园村"}},
	{"古城镇东岗村实施人居环境整治。", []string{"古城镇", "东岗"}},
	{"陈坊镇上塘村入选省级美丽宜居村庄。", []string{"陈坊镇", "上塘"}},
	{"胡集镇牌坊村种植艾草1200亩。", []string{"胡集", "牌坊村"}},
	{"月亮乡望江村建成村级光伏电站。", []string{"月亮乡", "望江"}},
	{"双桥镇向阳村的竹编产品进入超市。", []string{"双桥", "向阳村"}},
	{"团结镇新华村举办丰收节。", []string{"团结镇", "新华村"}},
	{"高李镇云上村建成蔬菜分拣中心。", []string{"高李", "云上"}},
	{"新王镇月里村的桑蚕基地扩种200亩。", []string{"新王", "月里"}},
	{"林张乡水里村实施饮水安全巩固提升工程。", []string{"林张", "水里村"}},
	{"白石镇南岗村的油茶林完成低改。", []string{"白石", "南岗"}},
	{"清水镇西坪村新修产业路4公里。", []string{"清水镇", "西坪"}},
	{"彩虹乡石门坎村建起了农家书屋。", []string{"彩虹", "石门坎"}},
	{"前进镇团结村的稻渔基地获评示范基地。", []string{"前进镇", "团结村"}},
	{"光明镇宝塔村举办了农民丰收节。", []string{"光明镇", "宝塔村"}},
	{"胜利乡长岭村的合作社年分红50万元。", []string{"胜利乡", "长岭"}},
	{"朱湖镇白鹤村的鱼塘完成清淤。", []string{"朱湖", "白鹤"}},
	{"石马乡庙前村完成危房改造。", []string{"石马", "庙前"}},
}

// framedProbe20 is the probe of the framed-town class: towns of an
// ordinary-word stem before a town's office or school or a masked place.
// The start left 棋子乡 and 火炬镇 readable (2 of 14).
var framedProbe20 = []struct{ sentence, name string }{
	{"城东镇第二小学新建教学楼一栋。", "城东镇"},
	{"半坡乡综治中心完成规范化建设。", "半坡乡"},
	{"宝塔镇卫生院新增床位30张。", "宝塔镇"},
	{"棋子乡党委召开专题会议。", "棋子乡"},
	{"红旗镇派出所开展反诈宣传。", "红旗镇"},
	{"凤凰乡便民服务中心实现一窗通办。", "凤凰乡"},
	{"石鼓镇中心小学新建塑胶跑道。", "石鼓镇"},
	{"城南乡敬老院完成适老化改造。", "城南乡"},
	{"响水乡的白龙潭景区接待游客5万人次。", "响水乡"},
	{"火炬镇第一小学新建食堂一座。", "火炬镇"},
	{"海棠乡卫生院完成标准化建设。", "海棠乡"},
	{"星光乡派出所破获电诈案件12起。", "星光乡"},
	{"宝石镇便民服务中心推行延时服务。", "宝石镇"},
	{"长城乡人民政府组织开展森林防火演练。", "长城乡"},
}

// townKeep20 is the probe's ordinary text near the same kind words: kinds
// and grades of town, levels and words that open with 乡 or 镇, several
// before the same office words; all must stay readable (none was masked at
// the start or after the round; 群众去乡政府 was by a first draft, whose
// stem ran back into the middle of a word).
var townKeep20 = []struct{ sentence, keep string }{
	{"全县乡镇卫生院全部完成标准化建设。", "乡镇卫生院"},
	{"各乡镇村干部参加了培训。", "乡镇村干部"},
	{"推进美丽乡村建设，打造特色小镇3个。", "特色小镇"},
	{"城乡居民医保参保率达到96%。", "城乡居民"},
	{"返乡创业人员新办企业120家。", "返乡创业"},
	{"全乡村级集体经济收入全部超过10万元。", "全乡村级"},
	{"镇村两级干部深入田间地头。", "镇村两级"},
	{"示范镇卫生院建设进展顺利。", "示范镇卫生院"},
	{"建成历史文化名镇2个、传统村落5个。", "历史文化名镇"},
	{"民族乡政府所在地集镇改造完成。", "民族乡政府"},
	{"家乡的变化让游子感到自豪。", "家乡的变化"},
	{"乡镇党委书记带头开展调研。", "乡镇党委"},
	{"重点镇综治中心实现全覆盖。", "重点镇综治中心"},
	{"回乡村民自发组织清理河道。", "回乡村民"},
	{"鱼米之乡的稻田迎来丰收。", "鱼米之乡"},
	{"建制镇污水处理设施实现全覆盖。", "建制镇"},
	{"推动城乡融合发展，乡村面貌焕然一新。", "城乡融合"},
	{"乡镇综治中心规范化建设全部达标。", "乡镇综治中心"},
	{"全镇上下凝心聚力抓发展。", "全镇上下"},
	{"离乡不离土的就业格局初步形成。", "离乡不离土"},
	{"乡里乡亲互帮互助蔚然成风。", "乡里乡亲"},
	{"中心镇卫生院完成提质改造。", "中心镇卫生院"},
	{"各乡镇人民政府要切实履行属地责任。", "各乡镇人民政府"},
	{"小城镇综合整治行动取得实效。", "小城镇"},
	{"群众去乡政府办事不用再排长队。", "群众去乡政府"},
	{"下面，我代表乡政府作简要汇报。", "我代表乡政府"},
	{"推进“三城百镇千村”风貌提升。", "百镇千村"}, // a slogan of counts
}

// TestDivisionChains20 runs the chain probe: every town and village of a
// chain masked whole, whatever read across it.
func TestDivisionChains20(t *testing.T) {
	for _, c := range chainProbe20 {
		got := maskedText(t, []string{c.sentence})
		for _, n := range c.names {
			if strings.Contains(got, n) {
				t.Errorf("%q survived: %s", n, got)
			}
		}
	}
}

// TestFramedTowns20 runs the framed-town probe and the ordinary text.
func TestFramedTowns20(t *testing.T) {
	for _, c := range framedProbe20 {
		got := maskedText(t, []string{c.sentence})
		if strings.Contains(got, c.name) {
			t.Errorf("%q survived: %s", c.name, got)
		}
	}
	for _, c := range townKeep20 {
		got := maskedText(t, []string{c.sentence})
		if !strings.Contains(got, c.keep) {
			t.Errorf("%q was masked: %s", c.keep, got)
		}
	}
}

// TestTownStem20 reads the stems back from the kind: up to a verb, a
// function character or a place found before, never a level or a grade.
func TestTownStem20(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct{ text, town string }{
		{"带动先锋镇光明村椒农增收。", "先锋"},
		{"对太花乡桃树古道进行了调查。", "太花"},
		{"将禾丰乡马头村纳入联建。", "禾丰"},
		{"全县乡镇卫生院完成建设。", ""},
		{"打造特色小镇3个。", ""},
		{"向化藏族乡完成建设。", ""},
	} {
		tt := newTokText(seg, c.text)
		got := ""
		for p := range tt.runes {
			if !townKindAt20(tt, p) {
				continue
			}
			if s := townStemBefore20(tt, nil, p); townStemOK20(tt, nil, s, p) {
				got = tt.sub(s, p)
			}
		}
		if got != c.town {
			t.Errorf("%s: stem %q, want %q", c.text, got, c.town)
		}
	}
}
