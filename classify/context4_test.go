package classify

import (
	"testing"

	"huibao/segment"
)

// TestInquiredDifficultyIsNoProblem checks that a difficulty named as the
// object of an inquiry or of help (了解…存在的困难, 帮助解决…问题) casts
// no problem cue, while one the report admits keeps it.
func TestInquiredDifficultyIsNoProblem(t *testing.T) {
	c := &Classifier{}
	for text, want := range map[string]int{
		"工作组深入园区企业，逐户了解生产经营中存在的困难，现场交办事项17件。": 0,
		"对停产半停产企业上门走访，摸清其复工复产中存在的问题和诉求。":      0,
		"目前全县招商引资工作还存在不少困难，签约项目落地率偏低。":        1,
		"了解情况后发现，乡镇财政运转存在困难，部分项目配套资金难以落实。":    1,
	} {
		pe := c.prepare(text, nil)
		if got := len(pe.cues[0]); got != want {
			t.Errorf("problem cues in %q: %d, want %d", text, got, want)
		}
	}
	text := `县工信局调研企业情况的汇报
今年以来，全县规上工业产值完成68.4亿元，同比增长9.2%，新增规上企业7家。
我局组织干部深入企业，逐一了解企业生产经营中存在的困难，协调落实贷款3.2亿元，帮助17家企业稳岗扩产。`
	if r := labelOf(t, text, "逐一了解企业生产"); r.Category == Problem {
		t.Errorf("inquiry into difficulties: %s (%v), want no problem", r.Category, r.Evidence)
	}
}

// TestComparedTargetIsNoPlan checks that a result measured against a
// target (低于年初预期目标, 超过预期目标) casts no plan cue, while a
// target set keeps it.
func TestComparedTargetIsNoPlan(t *testing.T) {
	c := &Classifier{}
	for text, want := range map[string]int{
		"全县生产总值增长4.6%，低于年初预期目标1.4个百分点。": 0,
		"财政收入完成9.1亿元，超过预期目标。":           0,
		"今年的预期目标是生产总值增长6%左右。":           1,
		"各项工作要对标对表，完成预期目标。":             1,
	} {
		pe := c.prepare(text, nil)
		if got := len(pe.cues[1]); got != want {
			t.Errorf("plan cues in %q: %d, want %d", text, got, want)
		}
	}
	text := `关于2024年国民经济计划执行情况的报告
2024年，全县上下攻坚克难，经济运行总体平稳。
全县完成地区生产总值212.6亿元，同比增长4.6%，低于年初预期目标1.4个百分点。`
	if r := labelOf(t, text, "全县完成地区生产总值"); r.Category != Achievement {
		t.Errorf("result below target: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestSpeechProcedureIsOther checks that a speech's recall of what was
// just said (刚才，…作了发言) is other, and that 刚才 alone decides
// nothing.
func TestSpeechProcedureIsOther(t *testing.T) {
	for text, want := range map[string]bool{
		"刚才，王五同志通报了上半年重点工作进展，三个乡镇作了交流发言，讲得都很实在。": true,
		"刚才，大家观看了专题片，我完全赞同。":                     false,
		"会上刚才发言的同志很多。":                           false,
	} {
		if got := isProcedure(text); got != want {
			t.Errorf("isProcedure(%q) = %v, want %v", text, got, want)
		}
	}
	text := `在全镇三级干部大会上的讲话
同志们：
今天召开全镇三级干部大会，主要任务是总结去年工作，安排今年任务。
刚才，党委副书记通报了去年实绩考核结果，两位村支书作了表态发言，我都赞同。
过去一年，全镇新建产业路14公里，村集体经济收入全部超过10万元。`
	if r := labelOf(t, text, "两位村支书作了表态发言"); r.Category != Other {
		t.Errorf("procedure: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "新建产业路14公里"); r.Category != Achievement {
		t.Errorf("review after the procedure: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestFeatureLedeIsOther checks that a feature story's opening quotation
// and the line naming who spoke it are other, while the story's account
// of the work and a quotation further down are not made other by these
// rules.
func TestFeatureLedeIsOther(t *testing.T) {
	text := `小菜园里的大产业
“地里的菜还没摘，订单就排到下个月了！”
在青石村蔬菜大棚里，菜农赵六捧着刚摘下的黄瓜笑着说。
今年以来，青石村新建标准化大棚120座，引进蔬菜加工企业2家，带动320户农户年均增收1.2万元。
“下一步我们还要把冷链仓库建起来。”村党支部书记钱七说。`
	if r := labelOf(t, text, "地里的菜还没摘"); r.Category != Other {
		t.Errorf("quotation lede: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "捧着刚摘下的黄瓜"); r.Category != Other {
		t.Errorf("attribution: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "新建标准化大棚120座"); r.Category != Achievement {
		t.Errorf("the story's account: %s (%v), want achievement", r.Category, r.Evidence)
	}
	for s, want := range map[string]bool{
		"“这样的日子真好！”":       true,
		"“好。”他说，“我们再干三年。”": false,
		"他说“好”。":           false,
	} {
		if got := isWholeQuote(s); got != want {
			t.Errorf("isWholeQuote(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"合作社理事长孙八高兴地说。":            true,
		"全村去年人均收入达到2.3万元，村主任说。":    false,
		"这项工作做得好不好，群众最有发言权，也最有话要说": true,
	} {
		if got := isAttribution(s); got != want {
			t.Errorf("isAttribution(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCreditFormulaIsOther checks that the thanks for a year's results
// (取得的成绩，得益于…) is other, while the results themselves are not.
func TestCreditFormulaIsOther(t *testing.T) {
	text := `2024年政府工作报告
各位代表：
过去一年，全县地区生产总值增长6.1%，城乡居民收入分别增长5.2%和7.0%。
这些成绩的取得，得益于上级党委政府和县委的坚强领导，是全县干部群众团结奋斗的结果。`
	if r := labelOf(t, text, "得益于上级党委"); r.Category != Other {
		t.Errorf("credit: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "地区生产总值增长6.1%"); r.Category != Achievement {
		t.Errorf("results: %s (%v), want achievement", r.Category, r.Evidence)
	}
	// a result with its credit reports the result
	text = `2024年政府工作报告
粮食总产量稳定在38.6万吨，这是全县干部群众共同努力的结果。`
	if r := labelOf(t, text, "粮食总产量稳定在38.6万吨"); r.Category != Achievement {
		t.Errorf("result with credit: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestMeetingVoteIsOther checks that a news item's account of a vote
// (会议还表决通过了…) is the meeting's proceedings.
func TestMeetingVoteIsOther(t *testing.T) {
	text := `县人大常委会召开第十九次会议
11月26日，县十八届人大常委会召开第十九次会议，听取和审议县政府关于农村供水工作情况的报告。
会议要求，县政府要加快推进城乡供水一体化，健全工程长效管护机制。
会议还表决通过了有关人事任免事项。`
	if r := labelOf(t, text, "表决通过了有关"); r.Category != Other {
		t.Errorf("vote: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestReviewTurnsToProblem checks that where no heading speaks, a
// paragraph the model reads as a problem is carried into the review
// before it neither by the report's flow nor by the perfective of a
// failing (拖慢了), though it names no strong problem cue.
func TestReviewTurnsToProblem(t *testing.T) {
	text := `城市更新工作情况汇报
今年以来，全区完成老旧小区改造21个，惠及居民4300户，新增停车位860个。
各小区同步加装电梯36部，改造雨污管网18公里，群众满意度达到96%。
改造中居民诉求多种多样，个别小区居民意见难以统一，拖慢了施工进度。`
	if r := labelOf(t, text, "居民意见难以统一"); r.Category != Problem {
		t.Errorf("problem after a review: %s (%v), want problem", r.Category, r.Evidence)
	}
}

// TestBoundModalIsNoPlan checks that 要 or 应 closing another word (主要以,
// 重要把, 相应加强) opens no plan cue, while a modal of its own (要以,
// 应加强) does.
func TestBoundModalIsNoPlan(t *testing.T) {
	c := &Classifier{}
	for text, want := range map[string]int{
		"全村耕地以坡地为主，农户主要以种植玉米和养羊为生。": 0,
		"供水站相应加强了水质检测。":             0,
		"各乡镇要以项目为抓手，推动产业落地。":        1,
		"我们应加强对村级财务的监督。":            1,
	} {
		pe := c.prepare(text, nil)
		if got := len(pe.cues[1]); got != want {
			t.Errorf("plan cues in %q: %d (%v), want %d", text, got, pe.cues[1], want)
		}
	}
}

// TestBackgroundWithoutHeading checks that where no heading speaks, a
// profile of the place the model reads as background gets no review
// prior (reports mostly review work), while a review still gets it, and
// that the whole report labels both right.
func TestBackgroundWithoutHeading(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := &Classifier{Seg: seg, Model: Shipped(), Weights: DefaultWeights}
	background := "柳岸村于2004年由原上柳、下柳两村合并而成。全村9个村民小组，农户612户、2280人，耕地多为坡地，是典型的山区农业村。"
	review := "近三年来，村里争取资金860万元，硬化村组道路14公里，新建蔬菜大棚60座，村集体经济收入由3万元增加到18万元。"
	prior := func(text string) (float64, *paraEvidence) {
		pe := c.prepare(text, seg.Cut(leadOf(text, MaxModelRunes)))
		with, _ := c.scoreRange(pe, 0, len(pe.words), 0, len(text), "", docCtx{genre: true}, false)
		without, _ := c.scoreRange(pe, 0, len(pe.words), 0, len(text), "", docCtx{}, false)
		k := classIndex(Achievement)
		return with[k] - without[k], pe
	}
	d, pe := prior(background)
	if pe.modelBest != classIndex(Other) || pe.modelP < ModelSure {
		t.Fatalf("the model reads the profile as %d (%.2f): the test needs other", pe.modelBest, pe.modelP)
	}
	if d != 0 {
		t.Errorf("background got a review prior of %.2f", d)
	}
	if d, _ := prior(review); d <= 0 {
		t.Errorf("review got no review prior (%.2f)", d)
	}
	text := "柳岸村脱贫攻坚工作汇报\n" + background + "\n" + review
	if r := labelOf(t, text, "由原上柳、下柳两村"); r.Category != Other {
		t.Errorf("background: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "硬化村组道路14公里"); r.Category != Achievement {
		t.Errorf("review: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestRunInHeading checks that a short first sentence without figures
// that more text follows (二是搭建…平台。建立…) is a run-in heading whose
// opening verb casts no sentence-opening feature, while a one-sentence
// task and a first sentence with figures keep theirs.
func TestRunInHeading(t *testing.T) {
	has := func(fs []string, name string) bool {
		for _, f := range fs {
			if f == name {
				return true
			}
		}
		return false
	}
	runIn := "二是加强平台建设。全县新建省级孵化器2家、众创空间3家，入驻企业56家。"
	fs := ParagraphFeatures(runIn, nil)
	if !has(fs, "#RUNIN") || has(fs, "#START:二是") || has(fs, "#START:加强") {
		t.Errorf("run-in heading: features %v, want #RUNIN and no opening of its own", fs)
	}
	for _, s := range []string{
		"加强平台建设，力争新建省级孵化器2家。",
		"2024年新建孵化器2家。明年再建3家。",
		"加强平台建设。",
	} {
		if fs := ParagraphFeatures(s, nil); has(fs, "#RUNIN") {
			t.Errorf("%q: features %v, want no #RUNIN", s, fs)
		}
	}
	if fs := ParagraphFeatures("加强平台建设，力争新建省级孵化器2家。", nil); !has(fs, "#FUT") {
		t.Errorf("one-sentence task: features %v, want #FUT", fs)
	}
}

// TestNoReviewPriorPastTheReview checks that where no heading speaks,
// once a report has turned from its results to its difficulties, the
// tasks after them are neither presumed to review work nor pulled back to
// the review by the flow.
func TestNoReviewPriorPastTheReview(t *testing.T) {
	text := `东坡社区2024年工作总结
今年以来，社区新建党群服务驿站2个，调解矛盾纠纷86起，为困难群众办理救助124人次。
社区工作人员少、事务多，服务精细化程度不高；部分小区物业管理缺位，居民反映较多。
推进“智慧社区”建设，年内建成社区服务小程序，解决居民办事来回跑的难题。
办好社区“四点半课堂”，新开设书法班和合唱团。`
	for sub, want := range map[string]string{
		"新建党群服务驿站2个":  Achievement,
		"社区工作人员少":     Problem,
		"年内建成社区服务小程序": Plan,
		"新开设书法班和合唱团":  Plan,
	} {
		if r := labelOf(t, text, sub); r.Category != want {
			t.Errorf("%s: %s (%v), want %s", sub, r.Category, r.Evidence, want)
		}
	}
	for _, c := range []struct {
		prev, last int
		want       bool
	}{
		{classIndex(Achievement), classIndex(Problem), true},
		{classIndex(Achievement), classIndex(Plan), true},
		{classIndex(Problem), classIndex(Plan), true},
		{classIndex(Problem), classIndex(Achievement), false},
		{classIndex(Plan), classIndex(Plan), false},
		{-1, classIndex(Plan), false},
	} {
		if got := movedOn(c.prev, c.last); got != c.want {
			t.Errorf("movedOn(%d, %d) = %v, want %v", c.prev, c.last, got, c.want)
		}
	}
}

// TestLookingBackOverYears checks that a paragraph opening with a span of
// years back (近三年, 五年来, 过去五年) reviews work, even in a background
// section, and that the thanks which credit those years' results stay
// other.
func TestLookingBackOverYears(t *testing.T) {
	for _, s := range []string{"近三年，全县新建学校9所", "五年来，我们坚持…", "过去五年，全县…", "近五年来，…"} {
		if retrospective(s) == nil {
			t.Errorf("%q: no retrospective opening", s)
		}
	}
	if retrospective("近三十年未遇的旱情") != nil || retrospective("三年行动计划") != nil {
		t.Error("a span that opens no look back read as one")
	}
	text := `县教育局工作汇报
一、基本情况
全县有中小学86所，在校学生4.2万人，专任教师3100人。
近三年，县里通过公开招聘和定向培养补充教师420名，改造乡村学校运动场31个，乡村教师补助提高到每月600元。
五年来的成绩，是县委坚强领导、全县上下苦干实干的结果。在此，我代表县教育局，向大家表示衷心的感谢！`
	if r := labelOf(t, text, "补充教师420名"); r.Category != Achievement {
		t.Errorf("work of three years in a background section: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "苦干实干的结果"); r.Category != Other {
		t.Errorf("thanks: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestInspectionVisitIsOther checks that in a news item, the visiting
// official's questions (仔细询问了…) without a figure are the visit, not
// work, while a paragraph of the same visit that reports progress with
// figures keeps it.
func TestInspectionVisitIsOther(t *testing.T) {
	text := `县领导调研重点项目建设
9月3日，县长周九带队调研重点项目建设情况。
周九先后来到城南污水处理厂、县人民医院新院区，实地察看了工程建设情况。
在工业园标准厂房项目工地，周九了解到，该项目总投资3.6亿元，目前已完成主体工程的80%。`
	if r := labelOf(t, text, "县人民医院新院区"); r.Category != Other {
		t.Errorf("the visit: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "已完成主体工程的80%"); r.Category != Achievement {
		t.Errorf("progress seen on the visit: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestConcessionAdmitsProblem checks that a concession turned by 但 to a
// word of trouble (覆盖率虽高，但…还不理想) speaks for a problem, and that
// a difficulty overcome after 但 does not.
func TestConcessionAdmitsProblem(t *testing.T) {
	c := &Classifier{}
	for text, want := range map[string]bool{
		"全县森林覆盖率虽高，但林分质量还不理想，经济林比重偏低。":  true,
		"虽然取得了一定成效，但与群众的期盼相比仍有差距。":      true,
		"虽然遇到的困难很多，但全镇干部克服困难，如期完成了任务。":  false,
		"今年旱情虽重，我们仍然保住了秋粮丰收。":           false,
		"我县虽然起步较晚。但发展势头良好，困难企业已全部恢复生产。": false,
	} {
		pe := c.prepare(text, nil)
		if got := concessive(text, pe.trouble, 0, len(text)) != nil; got != want {
			t.Errorf("concessive(%q) = %v, want %v", text, got, want)
		}
	}
	text := `县林业局工作汇报
今年全县完成人工造林1.2万亩，森林抚育3.6万亩，森林覆盖率达到61.5%。
全县有林地面积98万亩，占国土面积的61%，其中公益林52万亩、商品林46万亩。覆盖率虽高，但林相还不理想。`
	if r := labelOf(t, text, "其中公益林52万亩"); r.Category != Problem {
		t.Errorf("concession: %s (%v), want problem", r.Category, r.Evidence)
	}
}

// TestProgressOfWorksIsDone checks that works reported as already at a
// stage (已经封顶, 已完工, 已投入使用) cast an achievement cue, and the
// same stage as a target (确保年底前封顶) none.
func TestProgressOfWorksIsDone(t *testing.T) {
	for text, want := range map[string]int{
		"目前主体厂房已经封顶，设备安装过半。":   1,
		"城南大桥已通车，县医院新院区已投入使用。": 2,
		"确保年底前主体封顶，明年6月完工。":    0,
	} {
		if got := len(unnegated(text, contentCues[2].re.all(text))); got != want {
			t.Errorf("achievement cues in %q: %d, want %d", text, got, want)
		}
	}
	text := `县领导调研重点项目
9月3日，县长周九带队调研重点项目建设情况。
在县职教中心新校区项目现场，周九了解到，该项目总投资4.2亿元，目前教学楼已经封顶，实训楼正在进行主体施工。`
	if r := labelOf(t, text, "目前教学楼已经封顶"); r.Category != Achievement {
		t.Errorf("progress seen on a visit: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestContextRulesOnBrokenText runs the round's context rules on random
// mixes of their cue pieces, figures and broken bytes: none may panic,
// and every paragraph gets one of the four categories.
func TestContextRulesOnBrokenText(t *testing.T) {
	pieces := []string{"虽", "但", "不理想", "刚才", "发言", "“", "”", "说。", "了解", "存在的困难", "低于", "预期目标", "主要以", "要以", "相应加强",
		"二是", "加强平台建设。", "成绩的取得", "得益于", "询问了", "已经封顶", "近三年，", "。", "，", "12", "3.5", "\xe4\xb8", "\xff", " ", "克服困难"}
	seed := uint32(7)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	var paras []Input
	for k := 0; k < 300; k++ {
		var b []byte
		for n := int(next() % 12); n >= 0; n-- {
			b = append(b, pieces[next()%uint32(len(pieces))]...)
		}
		paras = append(paras, Input{Text: string(b)})
	}
	for _, r := range Classify(paras) {
		if classIndex(r.Category) < 0 {
			t.Fatalf("category %q", r.Category)
		}
	}
	for _, p := range paras {
		_ = concessive(p.Text, nil, 0, len(p.Text))
		_ = runInEnd(p.Text)
		_ = dropBound(p.Text, [][2]int{{0, 0}, {len(p.Text), len(p.Text)}})
		_ = dropAfter(p.Text, [][2]int{{0, 0}, {len(p.Text), len(p.Text)}}, inquiryVerbs, 16)
		_ = isWholeQuote(p.Text) || isAttribution(p.Text) || isProcedure(p.Text)
	}
}

// TestClosingThanksIsOther checks that the line closing a briefing (我的
// 汇报完毕，谢谢！) is other after its plans, and that a long paragraph
// ending with thanks is not taken for one.
func TestClosingThanksIsOther(t *testing.T) {
	for s, want := range map[string]bool{
		"我的汇报完毕，谢谢！": true,
		"以上发言完毕。":    true,
		"谢谢大家！":      true,
		"今年以来，全镇新建产业路14公里，村集体经济收入全部超过10万元，群众说谢谢": false,
	} {
		if got := isClosingThanks(s); got != want {
			t.Errorf("isClosingThanks(%q) = %v, want %v", s, got, want)
		}
	}
	text := `在全市医保工作会议上的汇报发言
今年以来，全县追回医保基金1260万元，参保率稳定在97%以上。
下步，我们将推进支付方式改革，年底前实现定点医疗机构全覆盖。
持续扩面提质，确保参保率稳定在97%以上。
我的汇报完毕，谢谢！`
	if r := labelOf(t, text, "我的汇报完毕"); r.Category != Other || r.Confidence < 0.8 {
		t.Errorf("closing thanks: %s %.2f (%v), want other", r.Category, r.Confidence, r.Evidence)
	}
}
