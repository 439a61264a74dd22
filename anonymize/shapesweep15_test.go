package anonymize

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The shape sweep measures leaks and over-masks in the SENTENCE SHAPES
// county reports use most, rather than in one kind of name: officials'
// visits and inspections (职务 + 姓名 + 到/赴/前往/深入 + 地点 + 调研),
// meetings (在X召开, X会议在X举行), honours lists (X村被评为…), projects
// (X项目落户X镇, 由X公司承建), sign-offs and contact lines (联系人：X),
// agreements (与X签约), quoted brands, tables written as lines (序号 地点
// 单位 负责人), leading clauses (截至X月, 在X的带领下), people's stories
// (X村村民X今年…) and numbers glued to names (X镇3个村). Every template
// is our own writing and may hold several slots:
//
//	{人} {人b}  an invented person (common or rare surname, a given name
//	           that is an ordinary word or a typical one)
//	{镇} {镇b}  a township, town or street office of the gazetteer
//	{村} {村b}  a village of the village list
//	{县}        a county of the gazetteer
//	{企}        an invented firm (brand + trade + form)
//	{社}        a cooperative or farm (a village's name or a brand + kind)
//	{校}        a school named after a village or town
//	{牌}        an invented product brand (in quotes)
//
// A slot leaks when its probe (the person's full name or word given name,
// a place's name without its kind, a firm's brand, a cooperative's or
// school's stem, the brand) stands readable more often than in the frame;
// a sentence over-masks when a word marked [ ] is lost. The slot fillers
// are split: the development half takes the even entries of every sorted
// list, the held-out half (SHAPE_SWEEP_HELDOUT=1) the odd ones, with its
// own name lists. `go test ./anonymize -run 'TestShapeSweep15$' -v`
// prints the table.
var shapeTemplates15 = []string{
	// visits and inspections
	"县委书记{人}到{镇}[调研]脱贫攻坚工作。",
	"副县长{人}一行赴{镇}[督导]防汛备汛工作。",
	"县长{人}深入{村}[检查]安全生产工作。",
	"市委常委{人}前往{县}[考察]产业项目。",
	"{人}同志带队到{企}[检查]安全生产。",
	"县人大常委会主任{人}率队到{镇}[视察]农村公路建设。",
	"{镇}党委书记{人}[陪同]调研。",
	"县政协主席{人}来到{村}，[走访慰问]困难群众。",
	"督查组到{镇}{村}[开展]人居环境整治督查。",
	"{人}副县长在{镇}[调研时]强调，要抓好秋收秋种。",
	// meetings
	"全县秋冬季农业生产现场会在{镇}[召开]。",
	"{镇}[召开]党委扩大会议，传达学习全会精神。",
	"现场推进会在{村}[举行]，县委副书记{人}[出席]并讲话。",
	"会议由{人}[主持]，{人b}[作]工作报告。",
	"在{企}[召开]安全生产现场观摩会。",
	"{县}[召开]乡村振兴工作推进会。",
	// honours lists
	"{村}[被评为]省级文明村。",
	"{企}[荣获]省级专精特新企业称号。",
	"{社}[被评为]国家农民合作社示范社。",
	"{校}[获评]市级文明校园。",
	"{镇}{村}党支部[被授予]全省先进基层党组织称号。",
	"{人}[荣获]全国五一劳动奖章。",
	"{村}、{村b}[入选]全国乡村治理示范村名单。",
	"{村}[获得]“全国民主法治示范村”[称号]。",
	// projects
	"{企}年产十万吨饲料项目[落户]{镇}。",
	"该项目由{企}[承建]，总投资一点二亿元。",
	"{镇}污水处理厂[委托]{企}负责运营。",
	"{企}在{镇}[投资建设]农光互补光伏电站。",
	"{村}至{村b}[通组公路]硬化工程已完工。",
	"{镇}农贸市场[改造项目]于五月开工。",
	// sign-offs and contact lines
	"[联系人]：{人}，[电话]：0851-2345678。",
	"[联系人]：{人}  [联系电话]：13912345678",
	"{镇}人民政府  [二〇二三年]十二月八日",
	"[撰稿]：{人}  [审核]：{人b}",
	"[报送单位]：{镇}农业农村办  [填报人]：{人}",
	"[通讯员]  {人}",
	// agreements
	"{县}与{企}[签订]战略合作协议。",
	"{镇}与{企}[签约]共建蔬菜保供基地。",
	"{社}与{企}[签订]订单收购合同。",
	"我县与{县}[签署]东西部协作框架协议。",
	// quoted brands
	"{村}的“{牌}”牌大米[远销]省外。",
	"打造“{牌}”区域公用品牌，[带动]农户增收。",
	"{社}注册的“{牌}”[商标]获评省级知名商标。",
	// tables written as lines
	"1  {镇}  {村}  {人}  [已完成]",
	"2．{镇}{村}，[负责人]：{人}，[完成率]百分之九十。",
	"3  {企}  {人}  [项目进度]百分之八十",
	"4  {村}  {社}  [种植面积]三百亩",
	// leading clauses
	"截至十月底，{镇}[累计]完成植树造林三千亩。",
	"在{人}的[带领下]，{村}走出了一条致富路。",
	"在{镇}党委的[坚强领导]下，{村}集体经济收入突破五十万元。",
	"近年来，{县}[坚持]生态优先、绿色发展。",
	"据{镇}[统计]，全镇外出务工人员四千二百人。",
	// people's stories
	"{村}村民{人}今年[养殖]肉牛二十头。",
	"{村}脱贫户{人}[告诉]记者，日子越过越红火。",
	"今年六十二岁的{人}是{村}的[老党员]。",
	"{人}，男，汉族，{镇}{村}人，[现任]村党支部书记。",
	"在{企}务工的{人}[每月]收入四千元。",
	"返乡青年{人}在{村}[创办]了{社}。",
	// numbers glued to names
	"{镇}3个村[完成]土地确权颁证。",
	"{镇}12户[群众]搬进了新居。",
	"{村}5组[道路]全部硬化。",
	"{县}2023年[地区生产总值]增长百分之六。",
	"{企}2条[生产线]建成投产。",
	"{镇}、{镇b}等4个乡镇[提前完成]年度任务。",
}

// Name and brand parts; the two halves share none.
type shapeLists15 struct {
	common, rare, wordGiven, typGiven []string
	brands, trades, coopKinds, marks  []string
}

var (
	shapeListsDev15 = shapeLists15{
		common:    strings.Fields("王 李 张 刘 陈 杨 黄 赵 周 吴"),
		rare:      strings.Fields("才 种 查 花 时 代 来 和 展 井"),
		wordGiven: strings.Fields("国庆 春桃 水生 向阳 建设 海洋 红梅 金花 文化 新春"),
		typGiven:  strings.Fields("秀英 志强 丽华 建国 桂兰 德明 玉梅 伟 芳 勇"),
		brands:    strings.Fields("恒昌 鑫源 宏泰 瑞丰 金禾 隆盛 华通 德顺 嘉和 永兴 润泽 福源"),
		trades:    strings.Fields("农业科技 食品 建材 物流 新能源 生物科技 茶业 畜牧"),
		coopKinds: strings.Fields("种植专业合作社 养殖专业合作社 茶叶专业合作社 家庭农场 果蔬专业合作社 中药材专业合作社"),
		marks:     strings.Fields("云岭香 黔山翠 岭上鲜 雾谷丰 溪源米 高坡红"),
	}
	shapeListsHeld15 = shapeLists15{
		common:    strings.Fields("徐 孙 马 朱 胡 郭 何 高 罗 郑"),
		rare:      strings.Fields("粟 麦 战 牟 门 党 过 冼 言 巩"),
		wordGiven: strings.Fields("红旗 金山 春风 胜利 丰收 光明 秋菊 长江 平安 永红"),
		typGiven:  strings.Fields("淑珍 文斌 海燕 俊杰 秀兰 永福 桂芳 军 燕 刚"),
		brands:    strings.Fields("鼎信 万隆 祥瑞 兴达 丰泽 泰源 广利 盛华 天润 聚鑫 康达 宏发"),
		trades:    strings.Fields("农产品加工 纺织 药业 电子 水务 环保 商贸 置业"),
		coopKinds: strings.Fields("蔬菜专业合作社 肉牛养殖专业合作社 食用菌专业合作社 生态农场 种养殖专业合作社 林下经济专业合作社"),
		marks:     strings.Fields("山泉谷 雪峰翠 梯田红 云雾鲜 清溪香 石门甜"),
	}
)

var shapeForms15 = strings.Fields("有限公司 有限责任公司 股份有限公司")

// shapePersonClasses15 rotate over the fills of a template.
var shapePersonClasses15 = []string{"常姓×词名", "常姓×常名", "僻姓×词名", "僻姓×常名"}

// shapeSlot15 is one filled slot: its kind, its text and the strings that
// must not stay readable.
type shapeSlot15 struct {
	kind, text string
	probes     []string
}

type shapeCase15 struct {
	tmpl, frame, text string
	slots             []shapeSlot15
	keep              []string
}

// stripKind15 returns a place's name without its kind (柴湖镇 → 柴湖) when
// two or more characters stay, else the whole name.
func stripKind15(s string) string {
	for _, k := range []string{"街道", "镇", "乡", "村", "县", "区", "市", "旗"} {
		if t := strings.TrimSuffix(s, k); t != s && utf8.RuneCountInString(t) >= 2 {
			return t
		}
	}
	return s
}

// shapeCases15 fills every template fills times.
func shapeCases15(seed int64, half, fills int) []shapeCase15 {
	p := newSweepPools(seed)
	rng := rand.New(rand.NewSource(seed))
	ls := shapeListsDev15
	if half == 1 {
		ls = shapeListsHeld15
	}
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	half2 := func(c string, ok func(string) bool) []string {
		var xs []string
		for _, s := range p.classes[c] {
			if ok(s) {
				xs = append(xs, s)
			}
		}
		sort.Strings(xs)
		return orgHalf14(xs, half)
	}
	towns := half2("镇", func(s string) bool { n := utf8.RuneCountInString(s); return n >= 3 && n <= 5 })
	villages := half2("村", func(s string) bool { return true })
	counties := half2("县", func(s string) bool { return strings.HasSuffix(s, "县") && utf8.RuneCountInString(s) >= 3 })
	schools := strings.Fields("小学 中心小学 中学 幼儿园 完全小学")

	var out []shapeCase15
	for _, t := range shapeTemplates15 {
		for k := 0; k < fills; k++ {
			pclass := shapePersonClasses15[k%len(shapePersonClasses15)]
			used := map[string]bool{}
			fill := func(kind string) shapeSlot15 {
				for try := 0; ; try++ {
					var s shapeSlot15
					switch strings.TrimRight(kind, "b") {
					case "人":
						sur := pick(ls.common)
						if strings.HasPrefix(pclass, "僻") {
							sur = pick(ls.rare)
						}
						given := pick(ls.typGiven)
						if strings.HasSuffix(pclass, "词名") {
							given = pick(ls.wordGiven)
						}
						s = shapeSlot15{kind: "人 " + pclass, text: sur + given, probes: []string{sur + given}}
						if strings.HasSuffix(pclass, "词名") {
							s.probes = append(s.probes, given)
						}
					case "镇":
						n := pick(towns)
						s = shapeSlot15{kind: "镇", text: n, probes: []string{stripKind15(n)}}
					case "村":
						n := pick(villages)
						s = shapeSlot15{kind: "村", text: n, probes: []string{stripKind15(n)}}
					case "县":
						n := pick(counties)
						s = shapeSlot15{kind: "县", text: n, probes: []string{stripKind15(n)}}
					case "企":
						b := pick(ls.brands)
						s = shapeSlot15{kind: "企", text: b + pick(ls.trades) + pick(shapeForms15), probes: []string{b}}
					case "社":
						stem := pick(ls.brands)
						if rng.Intn(2) == 0 {
							stem = stripKind15(pick(villages))
						}
						kd := pick(ls.coopKinds)
						if lastRune13(stem) == firstRune13(kd) {
							kd = "农民" + kd
						}
						s = shapeSlot15{kind: "社", text: stem + kd, probes: []string{stem}}
					case "校":
						stem := stripKind15(pick(villages))
						if rng.Intn(3) == 0 {
							stem = stripKind15(pick(towns))
						}
						s = shapeSlot15{kind: "校", text: stem + pick(schools), probes: []string{stem}}
					case "牌":
						b := pick(ls.marks)
						s = shapeSlot15{kind: "牌", text: b, probes: []string{b}}
					}
					if !used[s.probes[0]] || try > 20 {
						used[s.probes[0]] = true
						return s
					}
				}
			}
			c := shapeCase15{tmpl: t}
			var text, frame strings.Builder
			rest := t
			for {
				i := strings.Index(rest, "{")
				if i < 0 {
					text.WriteString(rest)
					frame.WriteString(rest)
					break
				}
				j := strings.Index(rest, "}")
				text.WriteString(rest[:i])
				frame.WriteString(rest[:i])
				s := fill(rest[i+1 : j])
				c.slots = append(c.slots, s)
				text.WriteString(s.text)
				frame.WriteString("\x00")
				rest = rest[j+1:]
			}
			strip := strings.NewReplacer("[", "", "]", "")
			c.text, c.frame = strip.Replace(text.String()), strip.Replace(frame.String())
			for s := text.String(); ; {
				a := strings.Index(s, "[")
				if a < 0 {
					break
				}
				b := strings.Index(s[a:], "]")
				c.keep = append(c.keep, s[a+1:a+b])
				s = s[a+b+1:]
			}
			out = append(out, c)
		}
	}
	return out
}

// runShapeSweep15 returns the table and the tally over slots (leaks) and
// sentences (over-masks).
func runShapeSweep15(t testing.TB, seed int64, half, fills int) (string, *sweepTally, *sweepTally) {
	a := New(testSeg(t), nil, Placeholder)
	byT, byK := map[string]*sweepTally{}, map[string]*sweepTally{}
	slots, sents := &sweepTally{}, &sweepTally{}
	get := func(m map[string]*sweepTally, k string) *sweepTally {
		if m[k] == nil {
			m[k] = &sweepTally{}
		}
		return m[k]
	}
	for _, c := range shapeCases15(seed, half, fills) {
		out := a.Analyze([]string{c.text}).Apply(c.text)
		lost := false
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				lost = true
			}
		}
		anyLeak, leakText := false, ""
		for _, s := range c.slots {
			leaked := false
			for _, pr := range s.probes {
				if strings.Count(out, pr) > strings.Count(c.frame, pr) {
					leaked = true
				}
			}
			if leaked {
				anyLeak = true
				leakText += s.text + " "
			}
			r := sweepResult{sweepCase: sweepCase{tmpl: c.tmpl, class: s.kind, slot: s.text, text: c.text}, out: out, leaked: leaked}
			get(byK, s.kind).add(r)
			slots.add(r)
		}
		r := sweepResult{sweepCase: sweepCase{tmpl: c.tmpl, slot: strings.TrimSpace(leakText), text: c.text}, out: out, leaked: anyLeak, lost: lost}
		if os.Getenv("SHAPE_SWEEP_DUMP") == "1" && (anyLeak || lost) {
			t.Logf("dump leak=%v lost=%v  %s → %s  ‖ %s", anyLeak, lost, leakText, out, c.text)
		}
		get(byT, c.tmpl).add(r)
		sents.add(sweepResult{out: out, lost: lost, leaked: anyLeak, sweepCase: r.sweepCase})
	}
	var b strings.Builder
	b.WriteString("== per template (sentences: leak = any slot leaked)\n")
	for _, t := range shapeTemplates15 {
		s := byT[t]
		fmt.Fprintf(&b, "%s  %s\n", s, t)
		for _, e := range s.examples {
			fmt.Fprintf(&b, "        %s\n", e)
		}
	}
	b.WriteString("== per slot kind (slots)\n")
	ks := make([]string, 0, len(byK))
	for k := range byK {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(&b, "%s  %s\n", byK[k], k)
	}
	fmt.Fprintf(&b, "== slots %s\n", slots)
	fmt.Fprintf(&b, "== sentences %s\n", sents)
	return b.String(), slots, sents
}

// TestShapeSweep15 runs the shape sweep; it fails when the development
// half's slot leak rate or sentence over-mask rate rises above what
// shapes15.go reached.
func TestShapeSweep15(t *testing.T) {
	if testing.Short() {
		t.Skip("shape sweep: skipped under -short")
	}
	seed, half := int64(15), 0
	if v, err := strconv.ParseInt(os.Getenv("SWEEP_SEED"), 10, 64); err == nil {
		seed = v
	}
	if os.Getenv("SHAPE_SWEEP_HELDOUT") == "1" {
		half = 1
	}
	table, slots, sents := runShapeSweep15(t, seed, half, shapeFills15)
	t.Log("\n" + table)
	if seed != 15 || half == 1 {
		return
	}
	if lr := float64(slots.leaked) / float64(slots.n); lr > shapeMaxLeak15 {
		t.Errorf("shape sweep slot leak rate %.3f > %.3f", lr, shapeMaxLeak15)
	}
	if or := float64(sents.lost) / float64(sents.n); or > shapeMaxLost15 {
		t.Errorf("shape sweep over-mask rate %.3f > %.3f", or, shapeMaxLost15)
	}
}

// shapeFills15 is how many times each template is filled per half.
const shapeFills15 = 12

// Ceilings for the shape sweep's development half (64 templates × 12
// fills: 768 sentences, 1,272 slots). Held-out half for the record: slot
// leaks 61 (0.048) before shapes15.go, 47 (0.037) after; over-masked
// sentences 30 (0.039) before, 1 (0.001) after.
const (
	shapeMaxLeak15 = 0.02  // slot leaks 0.060 before shapes15.go (76 of 1,272), 0.014 after (18)
	shapeMaxLost15 = 0.005 // over-masked sentences 0.044 before (34 of 768), 0 after
)
