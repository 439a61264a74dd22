package anonymize

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The urban sweep measures the leak class of SMALL URBAN PLACES that no
// gazetteer lists: housing estates (幸福小区, 御景花园, 和平里), old work-unit
// compounds (东风机械厂宿舍, 红旗粮食局家属院), property firms and their
// short forms (阳光物业), farmers' and wholesale markets and night markets,
// shopping and pedestrian streets, office buildings and plazas, community
// service brands in quotes (“幸福邻里”, “和平管家”), parking lots and pocket
// parks, roads and lanes, grids named after an estate, and a real street
// office with a real community of the lexicon. The names stand in urban
// report sentences of our own writing: renovation lists, grid governance,
// market supervision, property disputes, community services, parking and
// traffic, addresses and sign-offs, and again by the name alone in a later
// sentence ({B}). A name leaks when its stem still stands readable; a
// sentence over-masks when a frame word marked [ ] is lost. Rows of generic
// urban words (老旧小区, 物业服务企业, 农贸市场, 第三网格) check that ordinary
// words stay readable.
// `go test ./anonymize -run 'TestUrbanSweep15$' -v` prints the table;
// URBAN_SWEEP_HELDOUT=1 runs the held-out half (other templates, other
// stems: the split is by filler, no stem is in both halves).

// urbanKinds15 are the kinds of urban place, grouped; each group is a row.
// A kind is the text after the stem; "单位宿舍", "引号品牌" and "街道社区"
// build their own slots (see urbanCases15).
var urbanKinds15 = []struct {
	group string
	kinds []string
}{
	{"小区", strings.Fields("小区 花园 苑 家园 公寓 新村 里 坊 嘉园 名苑 华庭 佳苑 新城 雅居")},
	{"单位宿舍", strings.Fields("宿舍 家属院 家属楼 大院 宿舍区 生活区")},
	{"物业", strings.Fields("物业 物业公司 物业管理有限公司 物业服务有限公司 物业服务中心")},
	{"市场", strings.Fields("农贸市场 菜市场 批发市场 综合市场 蔬菜批发市场 建材市场 夜市 早市 商贸城")},
	{"商业街", strings.Fields("步行街 商业街 美食街 小吃街 商业广场 购物中心 商场")},
	{"楼宇", strings.Fields("大厦 广场 中心 大楼 写字楼 商务中心 国际中心")},
	{"引号品牌", strings.Fields("邻里 管家 驿站 食堂 课堂 之家 帮办 红管家")},
	{"停车公园", strings.Fields("停车场 口袋公园 游园 公园 立体停车场 小游园")},
	{"道路", strings.Fields("路 巷 街 胡同 大道 西路 北街 中路 横街")},
	{"网格", strings.Fields("网格 小区网格 片区网格")},
	{"街道社区", nil},
}

// urbanUnits15 are the work units of an old compound (stem + unit + kind).
var urbanUnits15 = strings.Fields("纺织厂 机械厂 粮食局 供销社 水泥厂 棉纺厂 化肥厂 运输公司 邮电局 农机厂 食品公司 印刷厂")

// urbanStems15 are invented stems by shape; the development half takes the
// even entries, the held-out half the odd ones. "地名" is a county or town
// short name of the gazetteer (added in urbanCases15).
var urbanStems15 = []struct {
	shape string
	stems []string
}{
	{"常词", strings.Fields("幸福 和平 阳光 建设 团结 友谊 光明 胜利 新华 民主 解放 东风 红旗 向阳 春晖 金桥 锦绣 翠湖 长安 育才 文化 工农 朝阳 前进 康乐 平安 福寿 兴隆 振兴 繁荣")},
	{"雅词", strings.Fields("御景 金域 翡翠 星河 盛世 锦江 铂悦 紫荆 云栖 澜庭 君悦 怡和 瑞景 丽都 凯旋 嘉禾 观澜 天悦 书香 名门")},
	{"方位", strings.Fields("东关 西关 南门 北门 东岳 西城 南关 北苑 城东 城西 河东 河西 桥北 桥南 江南 湖畔")},
}

// urbanTemplates15 are report sentences with a slot {S} and, in some, a
// later short form {B} (the name alone again).
var urbanTemplates15 = []string{
	"[改造]{S}等[老旧小区]十二个，惠及居民三千户。",
	"{S}[加装电梯]六部，居民上下楼更方便。",
	"[完成]{S}雨污分流改造。",
	"{S}[业主委员会]依法选举产生。",
	"[督促]{S}整改消防通道堵塞问题。",
	"{S}的[物业服务企业]因服务不到位被约谈。",
	"在{S}[设立]便民服务点。",
	"[将]{S}划为一个网格，配备[专职网格员]两名。",
	"[化解]{S}物业纠纷十四起。",
	"[整治]{S}周边占道经营。",
	"[新增]{S}周边停车泊位二百个。",
	"[依托]{S}打造[15分钟生活圈]。",
	"{S}[纳入]今年城镇老旧小区改造计划。",
	"[开展]{S}食品安全专项检查。",
	"{S}[拆除]违章建筑四十处。",
	"[走访]{S}，听取居民意见。",
	"[调解]{S}与业主之间的矛盾。",
	"[表彰]{S}等十个美丽庭院示范点。",
	"[联系地址]：{S}三号楼二单元。",
	"{S}[列入]改造计划。{B}[居民]自筹资金二十万元。",
	"{S}[投入使用]后，{B}[周边]交通拥堵明显缓解。",
}

// urbanHeldOut15 are templates kept apart from the fixes of urban15.go.
var urbanHeldOut15 = []string{
	"[实施]{S}外墙保温改造。",
	"{S}[存在]私拉电线充电隐患，已责令整改。",
	"[协调]{S}解决停车难问题。",
	"对{S}[开展]燃气安全排查。",
	"{S}[居民]自发组建志愿服务队。",
	"[推动]{S}成立[业主委员会]。",
	"{S}[改造]完成后，居民满意度明显提升。",
	"[查处]{S}无照经营行为三起。",
	"{S}[引入]专业[物业服务企业]。",
	"{S}[周边]新设公交站点两处。",
	"在{S}[举办]邻里节活动。",
	"[入户]走访{S}独居老人四十名。",
	"[疏通]{S}下水管道八百米。",
	"{S}[商户]签订门前三包责任书。",
	"{S}[党支部]开展主题党日活动。",
	"[地址]：{S}；[联系人]：社区主任。",
	"{S}[完成]改造。{B}[居民]纷纷点赞。",
	"[推进]{S}提升工程，{B}[今年]新增绿地一千平方米。",
}

// Generic urban words that must stay readable (development, held-out).
var (
	urbanGeneric15   = strings.Fields("老旧小区 物业服务企业 农贸市场 业主委员会 口袋公园 15分钟生活圈 安置小区 背街小巷 城中村 社区食堂 公共停车场 便民市场 无物业小区 商品房小区 居民小区 第三网格")
	urbanGenericHO15 = strings.Fields("保障性住房 物业公司 菜市场 业委会 街头游园 一刻钟便民生活圈 回迁小区 城市主干道 棚户区 老年食堂 立体停车库 夜市 弃管小区 住宅小区 单位家属院 第五网格")
)

// urbanCase15 is one filled sentence of the urban sweep.
type urbanCase15 = slotCase

// urbanCases15 fills every template: per kind group and stem shape one
// named place, then one generic word.
func urbanCases15(seed int64, templates []string, half int) []urbanCase15 {
	p := newSweepPools(seed)
	var places []string
	for _, c := range []string{"县简", "镇简"} {
		for _, s := range p.classes[c] {
			if utf8.RuneCountInString(s) == 2 {
				places = append(places, s)
			}
		}
	}
	sort.Strings(places)
	places = orgHalf14(places, half)
	// real street offices and communities of the lexicon
	var streets, comms []string
	for _, s := range p.classes["镇"] {
		if strings.HasSuffix(s, "街道") && utf8.RuneCountInString(s) <= 5 {
			streets = append(streets, s)
		}
	}
	sort.Strings(streets)
	streets = orgHalf14(streets, half)
	comms = orgHalf14(p.classes["社区"], half)

	shapes := []string{}
	pickStem := map[string]func() string{}
	for _, sh := range urbanStems15 {
		ss := orgHalf14(sh.stems, half)
		shapes = append(shapes, sh.shape)
		pickStem[sh.shape] = func() string { return p.pick(ss) }
	}
	shapes = append(shapes, "地名")
	pickStem["地名"] = func() string { return p.pick(places) }

	generic := urbanGeneric15
	if half == 1 {
		generic = urbanGenericHO15
	}
	var out []urbanCase15
	for _, t := range templates {
		tb := strings.Replace(t, "{B}", "\x00", 1)
		before, _, after, keep := parseTemplate(tb)
		mk := func(row, slot, back string, probes []string, gen bool) {
			a := strings.Replace(after, "\x00", back, 1)
			out = append(out, urbanCase15{tmpl: t, row: row, slot: slot, text: before + slot + a, probes: probes, keep: keep, generic: gen})
		}
		for _, g := range urbanKinds15 {
			if g.group == "街道社区" {
				st, cm := p.pick(streets), p.pick(comms)
				sst := strings.TrimSuffix(st, "街道")
				scm := strings.TrimSuffix(cm, "社区")
				mk(g.group+" 词典", st+cm, cm, []string{sst, scm}, false)
				continue
			}
			for _, sh := range shapes {
				st := pickStem[sh]()
				kind := p.pick(g.kinds)
				for k := 0; k < 5 && lastRune13(st) == firstRune13(kind); k++ {
					kind = p.pick(g.kinds)
				}
				slot, back := st+kind, st+kind
				switch g.group {
				case "单位宿舍":
					slot = st + p.pick(urbanUnits15) + kind
					back = slot
				case "引号品牌":
					slot = "“" + st + kind + "”"
					back = slot
				}
				mk(g.group+" "+sh, slot, back, []string{st}, false)
			}
		}
		g := p.pick(generic)
		mk("泛称", g, g, nil, true)
	}
	return out
}

// runUrbanSweep15 returns the table and the tallies of named places and of
// generic words.
func runUrbanSweep15(t testing.TB, seed int64, templates []string, half int) (string, *sweepTally, *sweepTally) {
	return runSlotSweep(t, urbanCases15(seed, templates, half), templates, "named urban places", "generic urban words")
}

// TestUrbanSweep15 runs the urban sweep; it fails when the leak or
// over-mask rate of the development half rises above what urban15.go
// reached.
func TestUrbanSweep15(t *testing.T) {
	if testing.Short() {
		t.Skip("urban sweep: skipped under -short")
	}
	seed, templates, half := int64(15), urbanTemplates15, 0
	if v, err := strconv.ParseInt(os.Getenv("SWEEP_SEED"), 10, 64); err == nil {
		seed = v
	}
	if os.Getenv("URBAN_SWEEP_HELDOUT") == "1" {
		templates, half = urbanHeldOut15, 1
	}
	table, named, gen := runUrbanSweep15(t, seed, templates, half)
	t.Log("\n" + table)
	if seed != 15 || half == 1 {
		return
	}
	if lr := float64(named.leaked) / float64(named.n); lr > urbanMaxLeak15 {
		t.Errorf("urban sweep leak rate %.3f > %.3f", lr, urbanMaxLeak15)
	}
	if or := float64(named.lost) / float64(named.n); or > urbanMaxLost15 {
		t.Errorf("urban sweep over-mask rate (named) %.3f > %.3f", or, urbanMaxLost15)
	}
	if or := float64(gen.lost) / float64(gen.n); or > urbanMaxGenericLost15 {
		t.Errorf("urban sweep over-mask rate (generic) %.3f > %.3f", or, urbanMaxGenericLost15)
	}
}

// Ceilings for the urban sweep's development half.
const (
	urbanMaxLeak15        = 0.10  // 0.230 before urban15.go (198 of 861), 0.093 after (80)
	urbanMaxLost15        = 0.005 // 0.031 before (27 of 861), 0 after
	urbanMaxGenericLost15 = 0.05  // 0 before and after (0 of 21)
)
