package classify

import (
	"path/filepath"
	"strings"
	"testing"

	"huibao/classify/devset"
	"huibao/segment"
)

// A report written for this test: every numbering style, a review section
// that admits problems, a plan paragraph without a heading.
const testReport = `青山县2023年政府工作报告
——2024年1月12日在青山县第十七届人民代表大会第四次会议上
青山县人民政府县长 张三
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
（一）经济运行稳中有进
1.工业生产
全年新增规上工业企业12家，完成工业总产值120亿元，同比增长8.1%。
（1）新材料产业
新材料产业园建成投产项目5个，实现产值26亿元。
①重点企业
龙头企业完成技术改造，产能提高了三成。
我们也清醒地看到，经济总量偏小，产业层次不高，财政收支矛盾突出，民生领域还有不少短板。
二、存在的困难和问题
一是项目储备不足，接续乏力。二是融资难问题依然突出。
三、2024年工作安排
第一，全力抓好项目建设，力争全年新开工亿元以上项目30个。
首先，要加快新材料产业园二期建设，确保年底前投入使用。`

func analyzeText(t *testing.T, text string) (*Analysis, []Input) {
	t.Helper()
	in := Lines(text)
	return Analyze(in), in
}

// checkRoles checks the role of the paragraph holding each substring.
func checkRoles(t *testing.T, a *Analysis, in []Input, want map[string]string) {
	t.Helper()
	for sub, role := range want {
		if got := a.Results[find(t, in, sub)].Role; got != role {
			t.Errorf("%q: role %q, want %q", sub, got, role)
		}
	}
}

func find(t *testing.T, in []Input, sub string) int {
	t.Helper()
	for i, p := range in {
		if strings.Contains(p.Text, sub) {
			return i
		}
	}
	t.Fatalf("no paragraph contains %q", sub)
	return -1
}

func TestStructureRoles(t *testing.T) {
	a, in := analyzeText(t, testReport)
	want := map[string]string{
		"2023年政府工作报告":  RoleTitle,
		"人民代表大会第四次会议上": RoleOccasion,
		"县长 张三":        RoleSpeaker,
		"各位代表":         RoleSalutation,
		"一、2023年工作回顾":  RoleHeading,
		"全年新增规上工业企业":   RoleBody,
	}
	checkRoles(t, a, in, want)
	if a.DocType != TypeGovReport {
		t.Errorf("doc type %q", a.DocType)
	}
	if a.Year != 2023 {
		t.Errorf("year %d, want 2023", a.Year)
	}
}

// A speech titled by its occasion line, with a bracketed date under the
// speaker: the occasion line is the title, the date is no title.
func TestSpeechTitledByOccasion(t *testing.T) {
	a, in := analyzeText(t, `在全县文旅融合工作推进会上的汇报发言
青岭镇党委书记 李四
（2023年5月8日）
尊敬的各位领导：
现将青岭镇文旅融合工作汇报如下。
一、主要做法
新建民宿12家，接待游客8万人次。`)
	want := map[string]string{
		"推进会上的汇报发言":   RoleTitle,
		"党委书记 李四":     RoleSpeaker,
		"（2023年5月8日）": RoleMeta,
	}
	checkRoles(t, a, in, want)
	if a.Year != 2023 {
		t.Errorf("year %d, want 2023", a.Year)
	}
}

func TestHeadingTree(t *testing.T) {
	a, in := analyzeText(t, testReport)
	levels := map[string]int{"一、2023年工作回顾": 1, "（一）经济运行稳中有进": 2, "1.工业生产": 3, "（1）新材料产业": 4, "①重点企业": 5, "三、2024年工作安排": 1}
	for h, lv := range levels {
		r := a.Results[find(t, in, h)]
		if !r.Heading || r.Level != lv {
			t.Errorf("%q: heading %v level %d, want level %d", h, r.Heading, r.Level, lv)
		}
	}
	if len(a.Outline) != 3 {
		t.Fatalf("outline has %d roots, want 3", len(a.Outline))
	}
	n := a.Outline[0]
	for depth := 2; depth <= 5; depth++ {
		if len(n.Children) != 1 {
			t.Fatalf("level %d: %d children", depth, len(n.Children))
		}
		n = n.Children[0]
		if n.Level != depth {
			t.Errorf("child level %d, want %d", n.Level, depth)
		}
	}
	if got := a.Results[find(t, in, "龙头企业完成技术改造")].Section; got != "①重点企业" {
		t.Errorf("section %q", got)
	}
	if got := a.Results[find(t, in, "一是项目储备不足")].Section; got != "二、存在的困难和问题" {
		t.Errorf("section %q", got)
	}
}

func TestCategories(t *testing.T) {
	a, in := analyzeText(t, testReport)
	want := map[string]string{
		"各位代表": Other,
		"我代表县人民政府向大会报告工作": Other,
		"全年新增规上工业企业":      Achievement,
		"龙头企业完成技术改造":      Achievement,
		"我们也清醒地看到":        Problem, // inside the review section
		"一是项目储备不足":        Problem,
		"二、存在的困难和问题":      Problem, // a heading carries its section's category
		"第一，全力抓好项目建设":     Plan,
		"首先，要加快新材料产业园":    Plan,
	}
	for sub, c := range want {
		r := a.Results[find(t, in, sub)]
		if r.Category != c {
			t.Errorf("%q: %s (%.2f, %v), want %s", sub, r.Category, r.Confidence, r.Evidence, c)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			t.Errorf("%q: confidence %v", sub, r.Confidence)
		}
	}
	r := a.Results[find(t, in, "我们也清醒地看到")]
	if !hasPrefix(r.Evidence, "cue:") {
		t.Errorf("problem inside review: evidence %v lacks the cue", r.Evidence)
	}
	if r := a.Results[find(t, in, "一是项目储备不足")]; !hasPrefix(r.Evidence, "section:problem") {
		t.Errorf("evidence %v lacks the section", r.Evidence)
	}
}

func hasPrefix(ss []string, p string) bool {
	for _, s := range ss {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func TestContentDecidesWithoutHeadings(t *testing.T) {
	text := `县商务局工作情况
今年以来，我们共组织企业参加展会8次，帮助企业签订订单1.2亿元，外贸进出口总额增长了15%。
但是，我们也清楚地认识到，全县外贸企业规模小、抗风险能力弱，跨境电商发展明显滞后。
下一步，我们将继续加大招商引资力度，力争全年新引进外贸企业10家以上。`
	a, in := analyzeText(t, text)
	for sub, c := range map[string]string{"共组织企业参加展会": Achievement, "外贸企业规模小": Problem, "下一步，我们将": Plan} {
		if got := a.Results[find(t, in, sub)].Category; got != c {
			t.Errorf("%q: %s, want %s", sub, got, c)
		}
	}
}

func TestMixedParagraphSentences(t *testing.T) {
	text := `一、工作成效
全年新建村级服务站32个，培训群众1500人次，群众满意度明显提升了。但是服务站运行经费严重不足，专业人员匮乏，部分站点管理薄弱。下一步，我们将力争年内实现服务站全覆盖。`
	a, in := analyzeText(t, text)
	r := a.Results[find(t, in, "全年新建村级服务站")]
	if len(r.Sentences) != 3 {
		t.Fatalf("sentences %+v, want 3", r.Sentences)
	}
	for i, c := range []string{Achievement, Problem, Plan} {
		if r.Sentences[i].Category != c {
			t.Errorf("sentence %d %q: %s, want %s", i, r.Sentences[i].Text, r.Sentences[i].Category, c)
		}
	}
	one := a.Results[find(t, in, "一、工作成效")]
	if one.Sentences != nil {
		t.Error("a heading has no sentence labels")
	}
}

func TestDocTypes(t *testing.T) {
	cases := map[string]string{
		"2023年度个人述职报告\n一年来，我认真履行职责。":      TypeDuty,
		"县统计局2023年工作总结\n一年来，全局完成了各项任务。":   TypeSummary,
		"在全县经济工作会议上的汇报发言\n今年以来，全县经济平稳运行。": TypeSpeech,
		"关于脱贫攻坚工作情况的汇报\n今年以来，我们扎实推进各项工作。": TypeBriefing,
		"现将一年来的工作汇报如下：\n一、主要成效":           TypeBriefing,
		"秋天的故事\n树叶黄了。":                    TypeOther,
		"各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。": TypeGovReport,
	}
	for text, want := range cases {
		if a, _ := analyzeText(t, text); a.DocType != want {
			t.Errorf("%q: %s, want %s", text, a.DocType, want)
		}
	}
}

func TestEmptyAndOdd(t *testing.T) {
	if a := Analyze(nil); len(a.Results) != 0 || len(a.Outline) != 0 {
		t.Error("empty input")
	}
	a := Analyze([]Input{{Text: ""}, {Text: "。。。"}, {Text: strings.Repeat("一、", 500)}, {Text: "（（（（"}})
	if len(a.Results) != 4 {
		t.Fatal("results per input")
	}
	for _, r := range a.Results {
		if classIndex(r.Category) < 0 {
			t.Errorf("category %q", r.Category)
		}
	}
}

func TestStyledTitleIsNoSection(t *testing.T) {
	in := []Input{
		{Text: "关于全县招商引资工作情况的汇报", Heading: true, Level: 1},
		{Text: "各位领导："},
		{Text: "一、工作成效", Heading: true, Level: 1},
		{Text: "全年签约项目32个，到位资金58亿元。"},
		{Text: "存在的问题", Heading: true, Level: 1},
		{Text: "项目落地慢，要素保障不足。"},
	}
	a := Analyze(in)
	if a.Results[0].Role != RoleTitle || a.Results[0].Category != Other {
		t.Errorf("styled title: %+v", a.Results[0])
	}
	if a.Results[2].Role != RoleHeading || a.Results[4].Role != RoleHeading {
		t.Errorf("styled headings: %+v %+v", a.Results[2], a.Results[4])
	}
	if a.Results[3].Category != Achievement || a.Results[5].Category != Problem {
		t.Errorf("categories %s %s", a.Results[3].Category, a.Results[5].Category)
	}
	if a.DocType != TypeBriefing {
		t.Errorf("doc type %s", a.DocType)
	}
}

// FuzzAnalyze checks that no text makes structure or classification
// panic and that every paragraph gets a category.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{testReport, "一、\n（一）\n1.\n①", "各位代表：\n现将工作汇报如下：", "\xff\xfe", "。。；；", "——2020年1月1日在"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Analyze(Lines(s))
		for _, r := range a.Results {
			if classIndex(r.Category) < 0 {
				t.Fatalf("category %q", r.Category)
			}
		}
	})
}

// TestGenreCues checks three readings that carry across reports: a
// preamble that closes by announcing the report is other even when it
// names problems and next year; a paragraph that opens by looking back is
// a review even when its words sound like a plan; a news headline that
// announces a deployment does not make the whole item a plan.
func TestGenreCues(t *testing.T) {
	text := `县交通运输局工作情况汇报
我局认真分析今年运行中存在的问题和差距，对明年工作早谋划、早部署，现就全年工作完成情况和明年工作计划作如下汇报。
一年来，我局坚持规划引领，强化项目支撑，着力补齐农村公路短板，推动交通运输高质量发展。`
	a, in := analyzeText(t, text)
	if got := a.Results[find(t, in, "现就全年工作")].Category; got != Other {
		t.Errorf("closing preamble: %s, want other (%v)", got, a.Results[find(t, in, "现就全年工作")].Evidence)
	}
	r := a.Results[find(t, in, "一年来，我局")]
	if r.Category != Achievement {
		t.Errorf("retrospective opening: %s, want achievement (%v)", r.Category, r.Evidence)
	}
	news := `白河镇召开会议部署秋冬季森林防火工作
9月20日，白河镇召开秋冬季森林防火工作会议，镇村干部和护林员共60余人参加。
会议通报了上一年度森林防火工作情况。
会上，镇应急办与各村签订了森林防火目标责任书。
全镇各村党组织书记、护林员代表参加会议。`
	a, in = analyzeText(t, news)
	for _, sub := range []string{"9月20日，白河镇召开", "会议通报了上一年度", "镇应急办与各村签订", "护林员代表参加会议"} {
		if got := a.Results[find(t, in, sub)]; got.Category == Plan {
			t.Errorf("%q in a meeting news item: plan (%v)", sub, got.Evidence)
		}
	}
	for title, want := range map[string]bool{
		"白河镇召开会议部署秋冬季森林防火工作":      false,
		"县林业局2024年工作要点":           true,
		"县全民健身实施计划（2023—2025年）":   true,
		"县教育局2023年工作总结和2024年工作计划": false,
		"县人大常委会视察重点项目建设安排落实情况":    false,
	} {
		if got := planTitle(title); got != want {
			t.Errorf("planTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestOwnCheckSet scores the labelled reports written for this project
// (classify/testdata/own..own15, never trained on) with the shipped model,
// at the figures measured last. Their first, unseen scores (see each
// set's README): own 74/80, own2 37/45, own3 63/67, own4 90/94, own5
// 61/65, own6 64/67, own7 42/48; round classify3's rules, prompted by the
// misses of own..own4 and reports-dev (and later fixes by those of own5,
// own6 and own7), moved them to 80/80, 44/45, 67/67, 94/94, 62/65, 65/67
// and 44/48; round classify4's (prompted by the misses of all seven and
// reports-dev) to 80/80, 45/45, 67/67, 94/94, 65/65, 67/67 and 48/48.
// own8 and own9, written in round classify4 and scored once on its final
// code: 140/144 and 139/148; 141/144 and 144/148 after the lead's fixes
// for own9's misses; own10, written after those fixes and scored once:
// 138/146, 140/146 after one more fix; own11, written after that and
// scored once: 135/145, 137/145 after the closing and byline fixes (which
// also took own8 to 142); own12, written last and scored once on the
// final classifier: 136/149, 138/149 after 特此报告 and attendance lines.
// Round classify5 (news items and surveys): own12 140/149 once a news
// item's perfective stops making its event a result; own11 139/145 once
// members' proposals (有的委员建议，) read as plans, 140 once 年均增长
// reports a result, 141 once a closing exhortation is other; own12
// 144/149 once a
// survey's respondent profile, satisfaction and complaints are read, 145
// once the flow no longer carries a news item's figures into its event,
// 146 once the deals an event closed (共有18个项目现场签约) count, 147
// once what a guest of the event says (企业代表表示，将…) is other.
// own13, own14 and own15, written after round classify5 and scored once
// on the final classifier: 145/151, 145/152, 137/146. Round classify6
// (the causes of their misses, see testdata/MISSES.md): own13 150/151,
// own14 151/152, own15 144/146 once rallying closes, survey lines, news
// items' event lines, orders opening 要…, list items, formulas under a
// heading, frame lines, progress headlines and 据了解 background are
// read; the same rules took own9 to 145, own10 to 141 and own11 to 143.
func TestOwnCheckSet(t *testing.T) {
	for dir, want := range map[string]int{"own": 80, "own2": 45, "own3": 67, "own4": 94, "own5": 65, "own6": 67, "own7": 48, "own8": 142, "own9": 145, "own10": 141, "own11": 143, "own12": 147, "own13": 150, "own14": 151, "own15": 144} {
		docs, err := devset.Load(filepath.Join("testdata", dir))
		if err != nil {
			t.Fatal(err)
		}
		e := Evaluate(&Classifier{Seg: mustSeg(t), Model: Shipped(), Weights: DefaultWeights}, docs)
		t.Logf("%s:\n%s", dir, e.Report(true))
		if e.Right < want || len(e.Unfound) > 0 {
			t.Errorf("%s: %d/%d (unfound %v), measured %d", dir, e.Right, e.Total, e.Unfound, want)
		}
	}
}

func mustSeg(t *testing.T) *segment.Segmenter {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	return seg
}

// TestNewsItemNoReviewPrior checks that a news item (a dateline, a
// reporter, an opening quotation) is told from a report, whose unmarked
// paragraphs are presumed to review work.
func TestNewsItemNoReviewPrior(t *testing.T) {
	for text, want := range map[string]bool{
		"县水务局召开防汛工作会议\n5月8日上午，县水务局召开全县防汛工作会议。\n会议传达了上级防汛工作会议精神。":               true,
		"村里的变化\n“这条路修通以后，我们的蔬菜当天就能运到县城。”说起村里的变化，村民王大山笑着说。\n村党支部书记介绍了全村产业发展情况。": true,
		"县统计局上半年工作总结\n上半年，我局圆满完成了各项统计调查任务。\n7月10日，我局召开了半年工作总结会。":               false,
	} {
		in := Lines(text)
		if got := isNews(in, structure(in)); got != want {
			t.Errorf("isNews(%q) = %v, want %v", text[:30], got, want)
		}
	}
}

// TestPerfective checks the done-work mark: a verb followed by 了 counts,
// 为了 and 了解 do not, and a sentence counts once.
func TestPerfective(t *testing.T) {
	seg := mustSeg(t)
	for text, want := range map[string]int{
		"我们建立了联席会议制度，实施了三项工程。下半年又开展了培训。": 2,
		"为了更好地了解群众需求，我们将深入走访。":           0,
		"全力推进项目建设，确保年底完工。":               0,
	} {
		if got := len(perfective(text, seg.Cut(text))); got != want {
			t.Errorf("perfective(%q) = %d, want %d", text, got, want)
		}
	}
}

// TestFlow checks the document-level pass: without headings, an undecided
// paragraph after a confident plan leans to plan, and does not without
// the pass.
func TestFlow(t *testing.T) {
	text := `县农业农村局工作情况
下一步，我们将继续加大高标准农田建设力度，力争明年新建高标准农田3万亩。
培育家庭农场30家，发展农民专业合作社15家。`
	in := Lines(text)
	c := &Classifier{Seg: mustSeg(t), Model: Shipped(), Weights: DefaultWeights}
	r := c.Analyze(in).Results[find(t, in, "培育家庭农场")]
	if r.Category != Plan {
		t.Errorf("after a plan: %s (%v), want plan", r.Category, r.Evidence)
	}
	c.Weights.Flow = 0
	if r := c.Analyze(in).Results[find(t, in, "培育家庭农场")]; r.Category == Plan {
		t.Errorf("plan without the flow pass too (%v): the test no longer shows the pass", r.Evidence)
	}
}

// TestClosingCall checks that the call closing a work report is other,
// even under a plan heading.
func TestClosingCall(t *testing.T) {
	text := `二、2025年工作安排
新建改建农村公路30公里，力争新增规模以上工业企业10家。
各位代表，蓝图已经绘就，号角已经吹响。让我们在县委的坚强领导下，团结一心、真抓实干，为建设美丽幸福新家园而努力奋斗！`
	a, in := analyzeText(t, text)
	if r := a.Results[find(t, in, "让我们在县委")]; r.Category != Other {
		t.Errorf("closing call: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := a.Results[find(t, in, "新建改建农村公路")]; r.Category != Plan {
		t.Errorf("plan before the closing: %s (%v)", r.Category, r.Evidence)
	}
}

// TestHeadingVersusContent checks two places where a heading must not
// decide: a heading that reports a target met (完成目标任务) is a review,
// and a paragraph that opens by looking ahead is a plan even under a
// problem heading.
func TestHeadingVersusContent(t *testing.T) {
	if c, _ := headingCategory("四、绩：超额完成目标任务"); c != Achievement {
		t.Errorf("完成目标任务 heading: %q, want achievement", c)
	}
	if c, _ := headingCategory("三、2025年目标任务"); c != Plan {
		t.Errorf("目标任务 heading: %q, want plan", c)
	}
	text := `三、存在的不足
一是学习不够深入，二是调研不够扎实。
今后，我将认真查找差距，进一步改进作风，努力把工作做得更好。`
	a, in := analyzeText(t, text)
	if r := a.Results[find(t, in, "今后，我将")]; r.Category != Plan {
		t.Errorf("looking ahead under a problem heading: %s (%v), want plan", r.Category, r.Evidence)
	}
	if r := a.Results[find(t, in, "一是学习不够深入")]; r.Category != Problem {
		t.Errorf("problem line: %s (%v)", r.Category, r.Evidence)
	}
}
