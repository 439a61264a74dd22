package anonymize

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The site sweep measures the leak class of NAMED SITES: a stem (a village
// or town stem of the gazetteer, an ordinary word, a direction and a word,
// a surname and a settlement word, a number) and a kind word (小区, 大桥,
// 水库, 湿地公园, 卫生院, 古井, 产业园 …), put into report sentences of our
// own writing at the places where reports name sites. A named site leaks
// when its stem still stands readable; a sentence over-masks when a frame
// word marked [ ] is lost. Rows of generic sites (老旧小区, 农村公路, 乡镇卫生院)
// and of kind words alone check that ordinary words stay readable.
// `go test ./anonymize -run TestSiteSweep13 -v` prints the table;
// SWEEP_HELDOUT=1 runs the held-out half (other templates, other stems).

// siteKinds13 are the kind words, grouped; each group is a row.
var siteKinds13 = []struct {
	group string
	kinds []string
}{
	{"住宅", strings.Fields("小区 家园 花园 苑 新村 公寓 安置区")},
	{"交通", strings.Fields("路 大道 街 大桥 桥 隧道 立交 客运站 火车站 汽车站 高速出口 收费站 服务区 码头 渡口")},
	{"水利", strings.Fields("水库 渠 干渠 灌区 河 溪 湖 泡 堰 塘 闸 泵站 水厂 污水处理厂")},
	{"生态", strings.Fields("湿地公园 森林公园 自然保护区 林场 苗圃 矿区 尾矿库 监测站")},
	{"公共", strings.Fields("广场 公园 体育馆 文化中心 卫生院 中学 小学 幼儿园 敬老院")},
	{"古迹", strings.Fields("寺 塔 楼 堂 亭 阁 祠 古井 土楼 古城墙 景区 峡谷 瀑布 洞")},
	{"商业", strings.Fields("商圈 市场 批发市场 产业园 工业园 种业园 物流园 旗舰店")},
}

// Stems of our own choosing by shape; the development half takes the even
// entries, the held-out half the odd ones.
var siteStems13 = []struct {
	shape string
	stems []string
}{
	{"词", strings.Fields("红旗 幸福 团结 金桥 青年 和平 东风 光明 胜利 友谊 前进 新华 朝阳 长青 丰收 振兴 向阳 联合 解放 红星 凤凰 卧龙 金沙 清泉")},
	{"方位", strings.Fields("东湖 南山 西河 北岭 东坡 南湖 西山 北塘 东关 南门 西岗 北湾 东岭 南塘 西湖 北山 东溪 南岗 西坡 北门")},
	{"姓氏", strings.Fields("王家 李庄 陈湾 张家 刘庄 赵湾 杨家 周庄 吴湾 黄家 何庄 郑湾 孙家 马庄 胡湾 朱家 高庄 林湾 罗家 梁庄")},
	{"数字", strings.Fields("八一 三八 五一 七一 五四 十里 三里 二道 四方 九龙 六合 双河 三星 五星 七星 十八")},
}

// siteTemplates13 are report sentences with one slot {S}: at the sentence
// start, after 在/到/至/经/于/与/和, before 的/等/段/片区/一带/周边/沿线, in
// 、-lists, in quotes, glued to a following word (改造, 项目, 建设).
var siteTemplates13 = []string{
	"{S}[改造]工程年内完工。",
	"{S}[项目]完成投资一点二亿元。",
	"{S}[建设]稳步推进。",
	"{S}[提升]行动受到群众点赞。",
	"在{S}[开展]环境卫生整治。",
	"到{S}[实地察看]项目进展。",
	"从县城至{S}的[公交线路]已开通。",
	"经{S}[转运]的物资全部登记。",
	"于{S}[举办]首届农民丰收节。",
	"与{S}[结对共建]，开展志愿服务。",
	"和{S}[一起]纳入全域旅游规划。",
	"项目位于{S}[周边]，占地八十亩。",
	"{S}[一带]游客明显增多。",
	"{S}[沿线]安装路灯二百盏。",
	"{S}[片区]的管网改造已启动。",
	"{S}的[配套设施]日益完善。",
	"{S}等[重点工程]按期完工。",
	"{S}段[护栏]全部更换。",
	"完成{S}、[集镇]供水等五个项目。",
	"“{S}”[提升工程]入选全省典型案例。",
	"[全县]共有{S}等十二处重点点位。",
	"[督查组]先后检查了{S}和五个工地。",
	"[投入]资金三百万元，对{S}进行提升。",
	"将{S}[纳入]县级重点项目库。",
	"围绕{S}[打造]特色消费场景。",
	"至{S}的[道路]拓宽工作已完成。",
	"到{S}[参观]的学生达三千人次。",
	"{S}[入选]省级示范名单。",
	"今年{S}[接待]游客十二万人次。",
	"在{S}[附近]新建停车场一处。",
	"以{S}为[核心]，带动周边产业发展。",
	"[推进]{S}提质扩容。",
	"“{S}”[已成为]市民休闲的好去处。",
	"[新建]{S}、城区绿道等八个项目。",
}

// siteHeldOut13 are templates kept apart from the fixes of sites13.go.
var siteHeldOut13 = []string{
	"今年对{S}[实施]亮化改造。",
	"{S}[周围]的农户已全部搬迁。",
	"{S}[升级]工程列入民生实事。",
	"游客可乘专线车直达{S}[门口]。",
	"在{S}[设立]便民服务点。",
	"{S}、[城区]绿道等项目同步推进。",
	"经过{S}的[货车]一律限速。",
	"我们到{S}[走访]了解情况。",
	"群众称赞“{S}”[变美了]。",
	"{S}[附近]的商户增加了二十家。",
	"与{S}[相邻]的地块已完成征收。",
	"{S}[扩建]项目年底前竣工。",
}

// Generic sites that must stay readable (development, held-out), and the
// kind words alone.
var (
	siteGeneric13   = strings.Fields("老旧小区 城区主干道 农村公路 中小河流 小型水库 乡镇卫生院 城市公园 农贸市场 产业园区 游客服务中心 安置小区 乡村学校")
	siteGenericHO13 = strings.Fields("县城主干道 病险水库 中心卫生院 城市广场 专业市场 集中安置区 乡村公路 小型泵站 国有林场 寄宿制小学 综合文化中心 农村客运站")
)

type siteCase13 struct {
	tmpl, row, stem, slot, text string
	keep                        []string
	generic                     bool
}

// siteCases13 fills every template: per kind group and stem shape one
// named site, then one generic site and one kind word alone.
func siteCases13(seed int64, templates []string, half int) []siteCase13 {
	p := newSweepPools(seed)
	shapes := append([]struct {
		shape string
		stems []string
	}{}, siteStems13...)
	var gaz []string
	for _, c := range []string{"村", "镇简"} {
		for _, s := range p.classes[c] {
			s = strings.TrimSuffix(s, "村")
			if n := utf8.RuneCountInString(s); n >= 2 && n <= 3 {
				gaz = append(gaz, s)
			}
		}
	}
	sort.Strings(gaz)
	shapes = append(shapes, struct {
		shape string
		stems []string
	}{"地名", gaz})
	for i := range shapes {
		var h []string
		for j, s := range shapes[i].stems {
			if j%2 == half {
				h = append(h, s)
			}
		}
		shapes[i].stems = h
	}
	generic := siteGeneric13
	if half == 1 {
		generic = siteGenericHO13
	}
	var kinds []string
	for _, g := range siteKinds13 {
		kinds = append(kinds, g.kinds...)
	}
	var out []siteCase13
	for _, t := range templates {
		before, _, after, keep := parseTemplate(t)
		mk := func(row, stem, slot string, gen bool) {
			out = append(out, siteCase13{tmpl: t, row: row, stem: stem, slot: slot, text: before + slot + after, keep: keep, generic: gen})
		}
		for _, g := range siteKinds13 {
			for _, sh := range shapes {
				stem := p.pick(sh.stems)
				kind := p.pick(g.kinds)
				for k := 0; k < 5 && lastRune13(stem) == firstRune13(kind); k++ {
					kind = p.pick(g.kinds) // 西河|河, 东湖|湖 are no names
				}
				if lastRune13(stem) == firstRune13(kind) {
					continue
				}
				mk(g.group+" "+sh.shape, stem, stem+kind, false)
			}
		}
		mk("泛称", "", p.pick(generic), true)
		mk("类词", "", p.pick(kinds), true)
	}
	return out
}

func lastRune13(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune13(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// runSiteSweep13 returns per-row tallies of the cases and the totals of
// named and of generic sites.
func runSiteSweep13(t testing.TB, seed int64, templates []string, half int) (string, *sweepTally, *sweepTally) {
	a := New(testSeg(t), nil, Placeholder)
	byT, byR, byG, byS := map[string]*sweepTally{}, map[string]*sweepTally{}, map[string]*sweepTally{}, map[string]*sweepTally{}
	named, gen := &sweepTally{}, &sweepTally{}
	get := func(m map[string]*sweepTally, k string) *sweepTally {
		if m[k] == nil {
			m[k] = &sweepTally{}
		}
		return m[k]
	}
	for _, c := range siteCases13(seed, templates, half) {
		out := a.Analyze([]string{c.text}).Apply(c.text)
		r := sweepResult{sweepCase: sweepCase{tmpl: c.tmpl, class: c.row, slot: c.slot, text: c.text, keep: c.keep}, out: out}
		if c.generic {
			r.lost = !strings.Contains(out, c.slot) // the generic site itself must stay
		} else {
			// the stem must no longer stand readable where it stood
			r.leaked = strings.Count(out, c.stem) >= strings.Count(c.text, c.stem)
		}
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				r.lost = true
			}
		}
		get(byT, c.tmpl).add(r)
		get(byR, c.row).add(r)
		if c.generic {
			gen.add(r)
			continue
		}
		f := strings.Fields(c.row)
		get(byG, f[0]).add(r)
		get(byS, f[1]).add(r)
		named.add(r)
	}
	var b strings.Builder
	b.WriteString("== per template\n")
	for _, t := range templates {
		s := byT[t]
		fmt.Fprintf(&b, "%s  %s\n", s, t)
		for _, e := range s.examples {
			fmt.Fprintf(&b, "        %s\n", e)
		}
	}
	for _, m := range []struct {
		name string
		m    map[string]*sweepTally
	}{{"kind group", byG}, {"stem shape", byS}, {"kind group × stem shape, generic rows", byR}} {
		fmt.Fprintf(&b, "== per %s\n", m.name)
		ks := make([]string, 0, len(m.m))
		for k := range m.m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Fprintf(&b, "%s  %s\n", m.m[k], k)
			if m.name != "kind group × stem shape, generic rows" {
				continue
			}
			for _, e := range m.m[k].examples {
				fmt.Fprintf(&b, "        %s\n", e)
			}
		}
	}
	fmt.Fprintf(&b, "== named sites %s\n", named)
	fmt.Fprintf(&b, "== generic sites and kind words %s\n", gen)
	return b.String(), named, gen
}

// TestSiteSweep13 runs the site sweep; it fails when the leak or
// over-mask rate of the development half rises above what sites13.go
// reached.
func TestSiteSweep13(t *testing.T) {
	if testing.Short() {
		t.Skip("site sweep: skipped under -short")
	}
	seed, templates, half := int64(13), siteTemplates13, 0
	if v, err := strconv.ParseInt(os.Getenv("SWEEP_SEED"), 10, 64); err == nil {
		seed = v
	}
	if os.Getenv("SWEEP_HELDOUT") == "1" {
		templates, half = siteHeldOut13, 1
	}
	table, named, gen := runSiteSweep13(t, seed, templates, half)
	t.Log("\n" + table)
	if seed != 13 || half == 1 {
		return
	}
	if lr := float64(named.leaked) / float64(named.n); lr > siteMaxLeak13 {
		t.Errorf("site sweep leak rate %.3f > %.3f", lr, siteMaxLeak13)
	}
	if or := float64(named.lost) / float64(named.n); or > siteMaxLost13 {
		t.Errorf("site sweep over-mask rate (named) %.3f > %.3f", or, siteMaxLost13)
	}
	if or := float64(gen.lost) / float64(gen.n); or > siteMaxGenericLost13 {
		t.Errorf("site sweep over-mask rate (generic) %.3f > %.3f", or, siteMaxGenericLost13)
	}
}

// Ceilings for the site sweep's development half.
const (
	siteMaxLeak13        = 0.02  // 0.231 before sites13.go (275 of 1,190), 0.018 after (22)
	siteMaxLost13        = 0.007 // 0.006 before and after (7 of 1,190)
	siteMaxGenericLost13 = 0.03  // 0.029 before and after (2 of 68)
)
