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

// The person sweep measures person leak CLASSES without a list of names:
// report sentences with person slots after role and occupation words, in
// 、-lists, quoted speech, before 同志/家/一家/夫妇/老人, in padded speaker
// lines, by-lines, contact lines and with a later surname + title
// reference, filled with names built from surname × given-name lists
// (common, rare and compound surnames; given names that are ordinary words
// and typical ones; single-word minority names). A leak is a name (or its
// later surname + title) left readable; an over-mask is a [ ] word lost.
// Sentences without a slot hold the same role words before an ordinary
// phrase (经营户数量, 网格员队伍): they count over-masks only.
// `go test ./anonymize -run TestPersonSweep13 -v` prints the table;
// PERSON_SWEEP_HELDOUT=1 runs the held-out templates with the held-out
// name lists instead.
//
// Slots: {人} {人b} {人c} {人d} a name each; {姓} the surname of {人} (the
// text after it, up to three Han characters, is the title it must not
// leave readable with: 才书记); {人s} a name padded apart, surname, two
// spaces, given name (王  国庆).

var personSweepDev = []string{
	// after occupation and role words
	"经营户{人}[主动]把店门前的垃圾清理干净。",
	"网格员{人}[每天]走访辖区独居老人。",
	"护林员{人}在山上[巡护]了十二年。",
	"养殖户{人}[去年]出栏生猪三百头。",
	"村医{人}[坚持]为行动不便的村民上门服务。",
	"辅警{人}[协助]民警疏导交通。",
	"驾驶员{人}[安全行驶]四十万公里无事故。",
	"志愿者{人}[利用]周末教孩子们画画。",
	"快递员{人}[把]包裹送到了山顶的农户家。",
	"农技员{人}[手把手]教大家嫁接果树。",
	"讲解员{人}向游客[介绍]红色故事。",
	"老党员{人}[带头]拆除了自家的旱厕。",
	"非遗传承人{人}[开办]了剪纸培训班。",
	"驻村干部{人}[吃住]在村里，一年[走访]农户四百余户。",
	"村支书{人}[召集]党员开会商量修路的事。",
	"党支部书记{人}[讲了]一堂专题党课。",
	"镇长{人}[主持]召开防汛工作调度会。",
	"退伍军人{人}[回乡]创办了家庭农场。",
	"脱贫户{人}在扶贫车间[务工]，月收入三千元。",
	"种粮大户{人}[流转]土地八百亩。",
	"乡村医生{人}[被评为]“最美村医”。",
	"特岗教师{人}[扎根]山区小学八年。",
	"致富能手{人}[办起了]农家乐。",
	"返乡大学生{人}[通过]直播卖出了两万斤蜂蜜。",
	"河道保洁员{人}[每天]清理河面漂浮物。",
	"五保户{人}[住进了]敬老院。",
	"据网格员{人}[介绍]，今年新增就业四十人。",
	// lists of workers
	"网格员{人}、{人b}[冒雨]排查危房。",
	"{人}、{人b}、{人c}[获评]优秀护林员。",
	"志愿者{人b}、{人}、{人c}、{人d}[参加]了义务植树。",
	// quoted speaking
	"{人}[说]：“合作社办起来以后，我们在家门口就能挣钱。”",
	"养殖户{人}[笑着说]：“今年的牛价好。”",
	// before 同志/家/一家/夫妇/老人
	"{人}[同志]在防汛抢险中表现突出。",
	"我们[走进]{人}家，看到院子收拾得干干净净。",
	"{人}[一家]靠种植食用菌摘掉了穷帽子。",
	"{人}[夫妇]照顾瘫痪的母亲二十年。",
	"{人}[老人]今年已经九十二岁。",
	// padded speaker lines, by-lines and contacts
	"主持人：{人s}",
	"汇报人：{人s}（[县农业农村局]）",
	"本报记者 {人} 通讯员 {人b}",
	"（[通讯员] {人}）",
	"联系人：{人}，[电话]：0851-8321456",
	"联系人：{人}  [联系电话]：13985012345",
	// a later surname + title reference
	"驻村第一书记{人}[带领]村民发展茶叶产业。{姓}书记[常说]：“产业兴了，村子才有希望。”",
	"县里派{人}[担任]专班组长。{姓}组长[到任后]走遍了全镇十八个村。",
	"副局长{人}[分管]安全生产，{姓}副局长[多次]深入企业检查。",
	// other contexts
	"在{人}的[带动]下，全组二十户都种上了烤烟。",
	"表彰了{人}等十名[优秀网格员]。",
}

// personSweepHeldOut are written apart from the dev half and never used to
// shape the rules of persons13.go.
var personSweepHeldOut = []string{
	"保洁员{人}[坚守]岗位十五年。",
	"挂职干部{人}[协调]引进了农产品加工项目。",
	"水管员{人}[及时]修复了破损管道。",
	"村委会主任{人}[组织]群众投工投劳。",
	"防疫员{人}、{人b}[完成]春季动物防疫。",
	"{人}[回忆]说：“那时候村里连一条水泥路都没有。”",
	"{人}[一家]五口住进了新房。",
	"{人}[同志]因公殉职，年仅四十三岁。",
	"本报通讯员 {人} 记者 {人b}",
	"联系人：{人}  [手机]：13708512345",
	"调解员{人}[化解]邻里纠纷三十余起。{姓}调解员[总结]出“三步调解法”。",
	"工作组组长{人}[连夜]赶到现场，{姓}组长[要求]立即转移群众。",
	"讲话人：{人s}",
	"{人}[老人]把积蓄捐给了村里修路。",
	"电商带头人{人}[注册]了自己的品牌。",
	"民兵{人}[跳入]水中救起落水儿童。",
}

// Sentences without a slot: the role words before an ordinary phrase, and
// ordinary words that are also given names.
var personSweepPlainDev = []string{
	"全县[经营户数量]比上年增加一成。",
	"[网格员队伍]不断壮大。",
	"把补贴资金直接发到[养殖户手中]。",
	"[志愿者服务]时长累计两万小时。",
	"[护林员队伍]实行网格化管理。",
	"开展[驾驶员培训]四期。",
	"[技术员]深入田间地头指导生产。",
	"组建[讲解员队伍]二十人。",
	"[老党员]带头，[年轻人]跟上。",
	"[传承人]认定工作有序推进。",
	"[第一书记]和[驻村干部]吃住在村。",
	"[村支书]培训班开班。",
	"[快递员]纳入新就业形态劳动者权益保障范围。",
	"[村医]待遇逐步提高。",
	"表彰[优秀志愿者]一百名。",
	"[养殖户]亩均增收八百元。",
	"[网格员]每月走访[独居老人]两次。",
	"[经营户]签订食品安全承诺书。",
	"[辅警]招录工作顺利完成。",
	"选派[驻村工作队员]三十六名。",
	"[国庆]期间接待游客五万人次。",
	"打造[田园]综合体两个。",
	"[建设]高标准农田一万亩。",
	"[志愿者]、[网格员]、[楼栋长]共同参与疫情防控。",
}

var personSweepPlainHeldOut = []string{
	"[保洁员工资]按月足额发放。",
	"[防疫员队伍]保持稳定。",
	"[调解员]持证上岗率达到百分之百。",
	"提高[村医补助]标准。",
	"[驾驶员队伍]培训实现全覆盖。",
	"坚持走[和平]发展道路。",
	"发展[海洋]经济。",
	"[老人]和[儿童]的关爱服务全覆盖。",
}

// Name parts: the dev half and the held-out half share none.
type personSweepLists struct {
	common, rare, compound []string
	wordGiven, typGiven    []string
	minority               []string
}

var (
	personSweepListsDev = personSweepLists{
		common:    strings.Fields("王 李 张 刘 陈 杨 黄 赵 周 吴"),
		rare:      strings.Fields("查 华 花 才 时 种 代 来 和"),
		compound:  strings.Fields("欧阳 司马 东方 上官"),
		wordGiven: strings.Fields("国庆 春桃 水生 和平 向阳 田园 海洋 建设"),
		typGiven:  strings.Fields("秀英 志强 丽华 建国 桂兰 小红 德明 玉梅 伟 芳 勇"),
		minority:  strings.Fields("扎西 卓玛 巴特尔 次仁"),
	}
	personSweepListsHeld = personSweepLists{
		common:    strings.Fields("徐 孙 马 朱 胡 郭"),
		rare:      strings.Fields("粟 麦 战 牟 门 党 过 仇 冼"),
		compound:  strings.Fields("公孙 司徒 万俟"),
		wordGiven: strings.Fields("红旗 金山 春风 长江 胜利 丰收 友谊 光明"),
		typGiven:  strings.Fields("淑珍 文斌 海燕 俊杰 秀兰 永福 军 燕"),
		minority:  strings.Fields("格桑 达瓦 其其格 旺堆"),
	}
)

// personSweepClasses are the kinds of name every template is filled with,
// two of each.
var personSweepClasses = []string{"常姓×词名", "常姓×常名", "僻姓×词名", "僻姓×常名", "复姓×名", "民族名"}

type personName struct{ sur, given string }

func (n personName) full() string { return n.sur + n.given }

func (ls personSweepLists) draw(rng *rand.Rand, class string) personName {
	p := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	switch class {
	case "常姓×词名":
		return personName{p(ls.common), p(ls.wordGiven)}
	case "常姓×常名":
		return personName{p(ls.common), p(ls.typGiven)}
	case "僻姓×词名":
		return personName{p(ls.rare), p(ls.wordGiven)}
	case "僻姓×常名":
		return personName{p(ls.rare), p(ls.typGiven)}
	case "复姓×名":
		if rng.Intn(2) == 0 {
			return personName{p(ls.compound), p(ls.wordGiven)}
		}
		return personName{p(ls.compound), p(ls.typGiven)}
	}
	return personName{"", p(ls.minority)}
}

// personSweepCase is one filled sentence with the strings that must not
// stay readable and the words that must.
type personSweepCase struct {
	tmpl, class, text string
	leaks, keep       []string
}

// fillPersonTemplate fills one template with names of one class.
func fillPersonTemplate(rng *rand.Rand, ls personSweepLists, t, class string) personSweepCase {
	c := personSweepCase{tmpl: t, class: class}
	if strings.Contains(t, "{姓}") || strings.Contains(t, "{人s}") {
		for class == "民族名" {
			class = personSweepClasses[rng.Intn(len(personSweepClasses)-1)]
		}
	}
	used := map[string]bool{}
	names := map[string]personName{}
	for _, s := range []string{"{人}", "{人b}", "{人c}", "{人d}", "{人s}"} {
		if !strings.Contains(t, s) {
			continue
		}
		cl := class
		if s != "{人}" && s != "{人s}" {
			cl = personSweepClasses[rng.Intn(len(personSweepClasses))] // other workers of a list: any class
		}
		for k := 0; k < 20; k++ {
			n := ls.draw(rng, cl)
			if !used[n.full()] {
				used[n.full()] = true
				names[s] = n
				break
			}
		}
	}
	var b strings.Builder
	rest := t
	for rest != "" {
		i := strings.Index(rest, "{")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		rest = rest[i:]
		j := strings.Index(rest, "}")
		slot := rest[:j+1]
		rest = rest[j+1:]
		switch slot {
		case "{姓}":
			n := names["{人}"]
			b.WriteString(n.sur)
			title := []rune{}
			for _, r := range strings.NewReplacer("[", "", "]", "").Replace(rest) {
				if len(title) == 3 || !isHan(r) {
					break
				}
				title = append(title, r)
			}
			// the title word: 书记, 组长, 副局长, 调解员 — the first two or
			// three characters of what follows
			tw := string(title)
			for _, w := range []string{"副局长", "调解员", "书记", "组长"} {
				if strings.HasPrefix(tw, w) {
					tw = w
				}
			}
			c.leaks = append(c.leaks, n.sur+tw)
		case "{人s}":
			n := names[slot]
			b.WriteString(n.sur + "  " + n.given)
			c.leaks = append(c.leaks, n.sur+"  "+n.given)
			if utf8.RuneCountInString(n.given) >= 2 {
				c.leaks = append(c.leaks, n.given)
			}
		default:
			n := names[slot]
			b.WriteString(n.full())
			c.leaks = append(c.leaks, n.full())
		}
	}
	text := b.String()
	for {
		a := strings.Index(text, "[")
		if a < 0 {
			break
		}
		e := strings.Index(text[a:], "]")
		c.keep = append(c.keep, text[a+1:a+e])
		text = text[:a] + text[a+1:a+e] + text[a+e+1:]
	}
	c.text = text
	return c
}

func personSweepCases(seed int64, templates, plain []string, ls personSweepLists) []personSweepCase {
	rng := rand.New(rand.NewSource(seed))
	var out []personSweepCase
	for _, t := range templates {
		for _, class := range personSweepClasses {
			for k := 0; k < 2; k++ {
				out = append(out, fillPersonTemplate(rng, ls, t, class))
			}
		}
	}
	for _, t := range plain {
		out = append(out, fillPersonTemplate(rng, ls, t, "无"))
	}
	return out
}

type personSweepResult struct {
	personSweepCase
	out          string
	leaked, lost bool
	leakedText   string
}

func runPersonSweep(t testing.TB, cases []personSweepCase) []personSweepResult {
	a := New(testSeg(t), nil, Placeholder)
	var res []personSweepResult
	for _, c := range cases {
		red := a.Analyze([]string{c.text})
		out := red.Apply(c.text)
		r := personSweepResult{personSweepCase: c, out: out}
		for _, l := range c.leaks {
			if strings.Contains(out, l) {
				r.leaked = true
				r.leakedText = l
				break
			}
		}
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				r.lost = true
			}
		}
		res = append(res, r)
	}
	return res
}

func personSweepTable(res []personSweepResult, templates, plain []string) (string, *sweepTally) {
	var b strings.Builder
	byT, byC := map[string]*sweepTally{}, map[string]*sweepTally{}
	total := &sweepTally{}
	get := func(m map[string]*sweepTally, k string) *sweepTally {
		if m[k] == nil {
			m[k] = &sweepTally{}
		}
		return m[k]
	}
	for _, r := range res {
		sr := sweepResult{sweepCase: sweepCase{slot: r.leakedText}, out: r.out, leaked: r.leaked, lost: r.lost}
		get(byT, r.tmpl).add(sr)
		get(byC, r.class).add(sr)
		total.add(sr)
	}
	b.WriteString("== per template\n")
	for _, t := range append(append([]string{}, templates...), plain...) {
		s := byT[t]
		fmt.Fprintf(&b, "%s  %s\n", s, t)
		for _, e := range s.examples {
			fmt.Fprintf(&b, "        %s\n", e)
		}
	}
	b.WriteString("== per class\n")
	cs := make([]string, 0, len(byC))
	for c := range byC {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	for _, c := range cs {
		fmt.Fprintf(&b, "%s  %s\n", byC[c], c)
	}
	fmt.Fprintf(&b, "== total %s\n", total)
	return b.String(), total
}

// TestPersonSweep13 runs the person sweep; it fails when the dev half's
// leak or over-mask count rises above what the code reached when the
// sweep was written.
func TestPersonSweep13(t *testing.T) {
	if testing.Short() {
		t.Skip("person sweep: skipped under -short")
	}
	seed := int64(13)
	if v, err := strconv.ParseInt(os.Getenv("PERSON_SWEEP_SEED"), 10, 64); err == nil {
		seed = v
	}
	templates, plain, ls := personSweepDev, personSweepPlainDev, personSweepListsDev
	held := os.Getenv("PERSON_SWEEP_HELDOUT") == "1"
	if held {
		templates, plain, ls = personSweepHeldOut, personSweepPlainHeldOut, personSweepListsHeld
	}
	res := runPersonSweep(t, personSweepCases(seed, templates, plain, ls))
	table, total := personSweepTable(res, templates, plain)
	t.Log("\n" + table)
	if seed != 13 || held {
		return
	}
	if total.leaked > personSweepMaxLeak {
		t.Errorf("person sweep: %d leaks > %d", total.leaked, personSweepMaxLeak)
	}
	if total.lost > personSweepMaxLost {
		t.Errorf("person sweep: %d over-masks > %d", total.lost, personSweepMaxLost)
	}
}

// Ceilings for the dev half's totals (of 600 sentences).
const (
	personSweepMaxLeak = 20 // 157 before persons13.go, 65 after, 58 before persons14.go, 19 after
	personSweepMaxLost = 3  // 23 before persons14.go, 2 after
)
