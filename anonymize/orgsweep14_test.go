package anonymize

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The organisation sweep measures the leak class of NAMED ORGANISATIONS:
// a brand stem (an auspicious two-character word, a surname and a
// character, a place and a word, a three-character brand, a town's short
// name) and a kind (a company in full or by its short form brand + trade,
// a cooperative or family farm, a shop or inn, a school, a clinic, a fund
// or troupe, an incubator, a station), put into report sentences of our
// own writing where reports name bodies: project tables, after 由/与/和/
// 委托/联合, before 的/等/承建/中标/投资, in 、-lists, in quotes, and again
// by a short form in a later sentence ({B}). A named organisation leaks
// when its brand still stands readable anywhere; a sentence over-masks
// when a frame word marked [ ] is lost. Rows of generic bodies (县人民医院,
// 县燃气公司, 农民专业合作社) and of trade words alone (燃气, 物业) check
// that ordinary words stay readable.
// `go test ./anonymize -run 'TestOrgSweep14$' -v` prints the table;
// ORG_SWEEP_HELDOUT=1 runs the held-out half (other templates, other
// stems: the split is by filler, no stem is in both halves).

// orgTrades14 are trades of a company's short form (brand + trade).
var orgTrades14 = strings.Fields("燃气 公交 监理 建工 物业 鞋服 食品 药业 电力 物流 水务 置业 环保 商贸 茶业 酒业 建材 农业 科技 劳务 旅游 传媒")

// orgKinds14 are the kinds, grouped; each group is a row. A kind is the
// text after the stem; the company groups build their own (see below).
var orgKinds14 = []struct {
	group string
	kinds []string
}{
	{"公司全称", nil}, // [县简] + stem + trade + form
	{"公司简称", nil}, // stem + trade
	{"品牌回指", nil}, // full form, then the brand alone in {B}
	{"合作社农场", strings.Fields("种植专业合作社 养殖专业合作社 茶叶专业合作社 农民专业合作社 中药材专业合作社 果蔬专业合作社 家庭农场 生态农场 养殖场")},
	{"店铺", strings.Fields("超市 饭店 酒楼 餐馆 宾馆 客栈 民宿 农家乐 便利店 大药房 火锅店 酒店 茶馆")},
	{"学校", strings.Fields("中学 小学 幼儿园 中心小学 第二幼儿园 第一中学 完全小学 实验学校 镇中心小学 镇第二幼儿园 镇中学")},
	{"医疗", strings.Fields("医院 诊所 口腔诊所 中医诊所 骨科医院 眼科医院 中医馆 康复中心")},
	{"基金社团", strings.Fields("助学基金 基金会 艺术团 魔术团 志愿服务队 协会 商会 合唱团 舞蹈队 篮球队")},
	{"空间", strings.Fields("众创空间 孵化器 创客中心 创业孵化基地 电商直播基地 创业园")},
	{"站点", strings.Fields("水文站 监测站 气象站 雨量站 水位站 观测站")},
}

var orgForms14 = strings.Fields("有限公司 股份有限公司 集团 集团有限公司 有限责任公司")

// orgStems14 are invented brand stems by shape; the development half takes
// the even entries, the held-out half the odd ones. "地名词" joins a
// county or town short name of the gazetteer to one of its words, "地名"
// is such a short name alone (both added in orgCases14).
var orgStems14 = []struct {
	shape string
	stems []string
}{
	{"吉词", strings.Fields("恒源 通达 宏远 鑫盛 隆达 盛泰 华源 恒泰 永盛 瑞祥 宏昌 兴业 金瑞 德润 嘉信 福顺 润丰 万通 晟泰 鼎盛 亿达 裕隆 昌盛 中恒 佳禾 泰和 源通 锦程 聚福 鸿运")},
	{"姓字", strings.Fields("李鑫 张宏 陈达 王顺 刘盛 赵丰 杨隆 周源 吴泰 黄恒 何昌 郑兴 孙瑞 马福 胡通 朱润 高远 林盛 罗宏 梁达 李记 张氏 陈记 刘氏 黄记 周氏")},
	{"三字", strings.Fields("金穗源 福满多 乐万家 百味鲜 好邻居 惠万家 康之源 鑫隆达 绿之源 喜洋洋 田园乐 佳味源 红满天 富民源 兴农源 金果园 美家乐 华宇通")},
}

// orgPlaceWords14 are the words after a place in the "地名词" shape.
var orgPlaceWords14 = strings.Fields("恒达 宏盛 鑫源 通泰 瑞丰 金利 华信 泰丰 隆兴 永达 宏宇 德信")

// orgTemplates14 are report sentences with a slot {S} and, in some, a
// later short form {B}.
var orgTemplates14 = []string{
	"施工单位：{S}；[监理单位]由县里统一招标。",
	"[建设单位]：县交通运输局；[施工单位]：{S}。",
	"[项目业主]：{S}；[建设地点]：县城东片区。",
	"由{S}[承建]的安置房项目已封顶。",
	"与{S}[签订]战略合作协议。",
	"和{S}[共同]举办农产品展销会。",
	"委托{S}[开展]第三方评估。",
	"联合{S}[推出]“惠民套餐”。",
	"{S}的[负责人]介绍了生产情况。",
	"{S}等[单位]受到通报表扬。",
	"{S}[承建]的污水管网已通水。",
	"{S}[中标]县城供水改造项目。",
	"{S}[投资]二点五亿元建设生产线。",
	"[表彰]了{S}、县供电局等先进集体。",
	"“{S}”[荣获]省级示范称号。",
	"[走访]{S}，了解企业用工需求。",
	"[帮助]{S}解决融资难题。",
	"{S}[被评为]省级示范单位。",
	"[组织]{S}参加招聘会。",
	"{S}[年产值]突破五千万元。",
	"{S}[吸纳]本地劳动力一百二十人。",
	"[依托]{S}，带动农户增收。",
	"{S}[正式]投入运营。",
	"[支持]{S}申报[高新技术企业]。",
	"在{S}[召开]现场观摩会。",
	"{S}[力争]年内投产。",
	"{S}[捐赠]物资价值十万元。",
	"[督促]{S}落实安全生产主体责任。",
	"{S}[获得]贷款贴息八十万元。",
	"由{S}[负责]日常运营管理。",
	"{S}[成立]于二〇一八年。",
	"{S}[落户]工业园区。{B}[负责人]表示，年底前投产。",
	"[签约]{S}等八个项目，{B}[计划]投资一亿元。",
	"{S}[申报]的项目获批，今年{B}[新增]岗位五十个。",
	"县里[引进]了{S}。{B}[带动]三百户农户种植辣椒。",
}

// orgHeldOut14 are templates kept apart from the fixes of orgs14.go.
var orgHeldOut14 = []string{
	"[设计单位]：{S}；[工期]十个月。",
	"{S}[参与]了乡村振兴示范点建设。",
	"经{S}[检测]，各项指标合格。",
	"[鼓励]{S}扩大生产规模。",
	"{S}、县融媒体中心等单位[参加]活动。",
	"{S}[承接]了三个村的改厕工程。",
	"“{S}”[已经]成为当地的一块招牌。",
	"对{S}[开展]安全检查。",
	"{S}[去年]实现销售收入八千万元。",
	"[协调]{S}解决用工问题，{B}[当月]招到工人四十名。",
	"跟{S}[对接]，争取订单。",
	"承建单位为{S}，[工期]八个月。",
	"{S}[入驻]后，{B}[新上]两条生产线。",
	"{S}的[产品]销往全国各地。",
}

// Generic bodies that must stay readable (development, held-out), and the
// trade words alone.
var (
	orgGeneric14      = strings.Fields("县人民医院 镇卫生院 县燃气公司 县公交公司 普惠性幼儿园 慈善超市 县城投公司 国有企业 龙头企业 农民专业合作社 家庭农场 志愿服务队")
	orgGenericHO14    = strings.Fields("县中医院 中心卫生院 县自来水公司 县供电公司 民办幼儿园 便民超市 县交投公司 民营企业 小微企业 专业合作社 示范家庭农场 青年志愿服务队")
	orgTradeWords14   = strings.Fields("燃气 公交 监理 物业 药业 电力 物流 建工")
	orgTradeWordsHO14 = strings.Fields("食品 鞋服 水务 置业 环保 劳务 建材 商贸")
)

// orgHalf14 keeps the entries of xs of the given half.
func orgHalf14(xs []string, half int) []string {
	var h []string
	for j, s := range xs {
		if j%2 == half {
			h = append(h, s)
		}
	}
	return h
}

// orgCases14 fills every template: per kind group and stem shape one named
// organisation, then one generic body and one trade word alone.
func orgCases14(seed int64, templates []string, half int) []slotCase {
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
	var counties []string
	for _, s := range p.classes["县简"] {
		if utf8.RuneCountInString(s) == 2 {
			counties = append(counties, s)
		}
	}
	sort.Strings(counties)
	counties = orgHalf14(counties, half)
	words := orgHalf14(orgPlaceWords14, half)

	type stem struct{ stem, probe string }
	shapes := []string{}
	pickStem := map[string]func() stem{}
	for _, sh := range orgStems14 {
		ss := orgHalf14(sh.stems, half)
		shapes = append(shapes, sh.shape)
		pickStem[sh.shape] = func() stem { s := p.pick(ss); return stem{s, s} }
	}
	shapes = append(shapes, "地名词", "地名")
	pickStem["地名词"] = func() stem { w := p.pick(words); return stem{p.pick(places) + w, w} }
	pickStem["地名"] = func() stem { s := p.pick(places); return stem{s, s} }

	generic, trades := orgGeneric14, orgTradeWords14
	if half == 1 {
		generic, trades = orgGenericHO14, orgTradeWordsHO14
	}
	var out []slotCase
	for _, t := range templates {
		hasB := strings.Contains(t, "{B}")
		tb := strings.Replace(t, "{B}", "\x00", 1)
		before, _, after, keep := parseTemplate(tb)
		mk := func(row, slot, back string, probes []string, gen bool) {
			a := strings.Replace(after, "\x00", back, 1)
			out = append(out, slotCase{tmpl: t, row: row, slot: slot, text: before + slot + a, probes: probes, keep: keep, generic: gen})
		}
		for _, g := range orgKinds14 {
			if g.group == "品牌回指" && !hasB {
				continue
			}
			for _, sh := range shapes {
				st := pickStem[sh]()
				trade := p.pick(orgTrades14)
				var slot, back string
				switch g.group {
				case "公司全称", "品牌回指":
					slot = st.stem + trade + p.pick(orgForms14)
					if sh != "地名词" && sh != "地名" {
						slot = p.pick(counties) + slot
					}
					back = st.stem + trade
					if g.group == "品牌回指" {
						back = st.stem
					}
				case "公司简称":
					slot = st.stem + trade
					back = slot
				default:
					kind := p.pick(g.kinds)
					for k := 0; k < 5 && lastRune13(st.stem) == firstRune13(kind); k++ {
						kind = p.pick(g.kinds)
					}
					slot, back = st.stem+kind, st.stem+kind
				}
				mk(g.group+" "+sh, slot, back, []string{st.probe}, false)
			}
		}
		g := p.pick(generic)
		mk("泛称", g, g, nil, true)
		w := p.pick(trades)
		mk("行业词", w, w, nil, true)
	}
	return out
}

// runOrgSweep14 returns the table and the tallies of named organisations
// and of generic bodies (the shared slot-sweep runner, slotsweep_test.go).
func runOrgSweep14(t testing.TB, seed int64, templates []string, half int) (string, *sweepTally, *sweepTally) {
	return runSlotSweep(t, orgCases14(seed, templates, half), templates, "named organisations", "generic bodies and trade words")
}

// TestOrgSweep14 runs the organisation sweep; it fails when the leak or
// over-mask rate of the development half rises above what orgs14.go
// reached.
func TestOrgSweep14(t *testing.T) {
	if testing.Short() {
		t.Skip("organisation sweep: skipped under -short")
	}
	seed, templates, half := int64(14), orgTemplates14, 0
	if v, err := strconv.ParseInt(os.Getenv("SWEEP_SEED"), 10, 64); err == nil {
		seed = v
	}
	if os.Getenv("ORG_SWEEP_HELDOUT") == "1" {
		templates, half = orgHeldOut14, 1
	}
	table, named, gen := runOrgSweep14(t, seed, templates, half)
	t.Log("\n" + table)
	if seed != 14 || half == 1 {
		return
	}
	if lr := float64(named.leaked) / float64(named.n); lr > orgMaxLeak14 {
		t.Errorf("organisation sweep leak rate %.3f > %.3f", lr, orgMaxLeak14)
	}
	if or := float64(named.lost) / float64(named.n); or > orgMaxLost14 {
		t.Errorf("organisation sweep over-mask rate (named) %.3f > %.3f", or, orgMaxLost14)
	}
	if or := float64(gen.lost) / float64(gen.n); or > orgMaxGenericLost14 {
		t.Errorf("organisation sweep over-mask rate (generic) %.3f > %.3f", or, orgMaxGenericLost14)
	}
}

// Ceilings for the organisation sweep's development half.
const (
	orgMaxLeak14        = 0.08  // 0.208 before orgs14.go (331 of 1,595), 0.075 after (119)
	orgMaxLost14        = 0.001 // 0 before and after (0 of 1,595)
	orgMaxGenericLost14 = 0.08  // 0.071 before and after (5 of 70)
)
