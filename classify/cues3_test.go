package classify

import "testing"

// labelOf analyses text and returns the result of the paragraph holding sub.
func labelOf(t *testing.T, text, sub string) Result {
	t.Helper()
	a, in := analyzeText(t, text)
	return a.Results[find(t, in, sub)]
}

// TestSpeakerWillIsPlan checks that a speaker's own 将 (我们将, 我局还将)
// announces a plan whatever verb follows, and that a done-work cue turned
// round by a negation (已签约未开工) speaks for no achievement.
func TestSpeakerWillIsPlan(t *testing.T) {
	text := `县农业农村局工作情况汇报
今年以来，全县新建高标准农田2.1万亩，培育家庭农场46家，农业生产形势总体平稳。
年底前，我们将盯紧目标不放松，集中开展冬春农田水利建设会战，推动已立项未开工的5个项目年内全部开工。`
	if r := labelOf(t, text, "我们将盯紧目标"); r.Category != Plan {
		t.Errorf("我们将…: %s (%v), want plan", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "新建高标准农田2.1万亩"); r.Category != Achievement {
		t.Errorf("review line: %s (%v), want achievement", r.Category, r.Evidence)
	}
	for text, want := range map[string]int{
		"项目已签约未开工": 0,
		"项目尚未已建成":  0,
		"项目已建成投用":  1,
	} {
		hits := contentCues[2].re.all(text)
		if got := len(unnegated(text, hits)); got != want {
			t.Errorf("unnegated achievement cues in %q: %d, want %d", text, got, want)
		}
	}
}

// TestTargetInReviewSection checks that a paragraph whose first sentence
// states a target (计划完成…，力争…) is a plan even under a review
// heading, while a review paragraph that ends with a target keeps its
// review label.
func TestTargetInReviewSection(t *testing.T) {
	text := `一、前三季度工作完成情况
（一）工业经济稳步回升。前三季度完成规上工业产值46.2亿元，同比增长7.4%；新增规上工业企业6家。
全年计划完成技改投资12亿元，力争新培育专精特新企业5家以上，工业用电量增长8%。
（二）农业生产保持稳定。秋粮收获面积28.6万亩，产量同比增长2.1%，茶叶产值居全市第一；年底前力争再创佳绩。`
	if r := labelOf(t, text, "全年计划完成技改投资"); r.Category != Plan {
		t.Errorf("target in a review section: %s (%v), want plan", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "秋粮收获面积28.6万亩"); r.Category != Achievement {
		t.Errorf("review ending with a target: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestFramingIsOther checks that a paragraph which only sets the scene
// (the year's place in a plan period, what the times ask) is other, while
// one that goes on to report work or set tasks keeps its category.
func TestFramingIsOther(t *testing.T) {
	text := `禾山县人民政府工作报告
2024年，全县新建改建农村公路126公里，新增城镇就业4200人。
2025年是全面建成美丽县城三年行动的决战之年，也是谋划下一个五年的起步之年。
全面深化改革进入攻坚期，县域经济发展面临的环境发生了深刻变化。
今年是项目建设攻坚之年，我们将新开工亿元以上项目20个。`
	for _, sub := range []string{"三年行动的决战之年", "全面深化改革进入攻坚期"} {
		if r := labelOf(t, text, sub); r.Category != Other {
			t.Errorf("%q: %s (%v), want other", sub, r.Category, r.Evidence)
		}
	}
	if r := labelOf(t, text, "项目建设攻坚之年"); r.Category != Plan {
		t.Errorf("framing then a task: %s (%v), want plan", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "新建改建农村公路126公里"); r.Category != Achievement {
		t.Errorf("review line: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestBackgroundIsOther checks that a paragraph opening with a
// description of the place or body (全镇共有…, 地处…) is other when it
// evaluates nothing, and problem when it goes on to a difficulty.
func TestBackgroundIsOther(t *testing.T) {
	text := `柳溪镇2024年工作总结
柳溪镇地处丘陵山区，全镇共有11个行政村，2860户9400人，耕地面积1.6万亩。
全镇现有农民专业合作社32家，家庭农场19家，农业企业4家。
全镇共有村卫生室11个，乡村医生平均年龄58岁，后继乏人，群众看病难问题仍然突出。
今年以来，全镇新修产业路6.2公里，新发展油茶基地800亩，村集体经济收入全部超过10万元。`
	for _, sub := range []string{"柳溪镇地处丘陵山区", "全镇现有农民专业合作社32家"} {
		if r := labelOf(t, text, sub); r.Category != Other {
			t.Errorf("background %q: %s (%v), want other", sub, r.Category, r.Evidence)
		}
	}
	if r := labelOf(t, text, "全镇共有村卫生室11个"); r.Category != Problem {
		t.Errorf("background then a difficulty: %s (%v), want problem", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "全镇新修产业路6.2公里"); r.Category != Achievement {
		t.Errorf("review: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestMeetingProceedingsAreOther checks that in a news item the account
// of the meeting itself (who attended, who spoke, what was visited) is
// other, while what the meeting reported keeps its category, and that a
// report (not news) mentioning 主持 is not touched.
func TestMeetingProceedingsAreOther(t *testing.T) {
	news := `我县召开2025年春季农业生产现场推进会
3月6日，我县召开2025年春季农业生产现场推进会，总结去年农业工作，安排今年春耕生产。
会议指出，2024年全县粮食总产达到31.2万吨，同比增长3.1%，新建了高标准农田2.4万亩。
与会人员先后实地观摩了3个乡镇的春耕备耕现场和育秧工厂。
会上，4个乡镇和2家新型经营主体作了交流发言。
县直有关部门和各乡镇分管负责同志共90余人参加会议。`
	for _, sub := range []string{"实地观摩了3个乡镇", "2家新型经营主体作了交流发言", "共90余人参加会议"} {
		if r := labelOf(t, news, sub); r.Category != Other {
			t.Errorf("meeting proceedings %q: %s (%v), want other", sub, r.Category, r.Evidence)
		}
	}
	if r := labelOf(t, news, "全县粮食总产达到31.2万吨"); r.Category != Achievement {
		t.Errorf("what the meeting reported: %s (%v), want achievement", r.Category, r.Evidence)
	}
	report := `县统计局2024年工作总结
全年主持召开统计业务培训会议6次，培训基层统计人员520人次。`
	if r := labelOf(t, report, "主持召开统计业务培训"); r.Category != Achievement {
		t.Errorf("a report's own work: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestTurnToPlans checks the document-level phase: in a report without
// headings, once a paragraph confidently turns to what comes next (新的一
// 年…总体要求是), the unmarked paragraphs after it lean to plan rather
// than to review.
func TestTurnToPlans(t *testing.T) {
	text := `石桥镇人民政府工作报告
过去一年，全镇新建蔬菜大棚300亩，新修机耕道12公里，农民人均可支配收入增长7.6%。
新的一年，镇政府工作的总体要求是：以产业振兴为抓手，建设宜居宜业和美乡村。
壮大特色产业。新建标准化蔬菜基地500亩，引进农产品加工企业2家，培育家庭农场15家。
改善人居环境。新建农村公路18公里，新建改建农村户厕600座，完成5个村的污水治理。`
	in := Lines(text)
	c := &Classifier{Seg: mustSeg(t), Model: Shipped(), Weights: DefaultWeights}
	a := c.Analyze(in)
	for _, sub := range []string{"新建标准化蔬菜基地500亩", "新建改建农村户厕600座"} {
		if r := a.Results[find(t, in, sub)]; r.Category != Plan {
			t.Errorf("%q after the turn: %s (%v), want plan", sub, r.Category, r.Evidence)
		}
	}
	if r := a.Results[find(t, in, "全镇新建蔬菜大棚300亩")]; r.Category != Achievement {
		t.Errorf("review before the turn: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestConductIsAchievement checks that the conduct a 述职报告 reports
// (严格遵守…, 坚决抵制…, 从未…) is achievement, that a negated one (没有严格
// 执行) is not, and that one under 要 is a plan.
func TestConductIsAchievement(t *testing.T) {
	text := `2024年度个人述职报告
廉洁自律方面，严格遵守财经纪律，坚决抵制虚报冒领、优亲厚友等违规违纪行为，从未以任何理由插手工程项目。
个别干部没有严格执行请销假制度，迟到早退、工作拖拉现象时有发生。
新的一年，要严格执行中央八项规定精神，持之以恒纠治“四风”。`
	if r := labelOf(t, text, "严格遵守财经纪律"); r.Category != Achievement {
		t.Errorf("conduct: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "没有严格执行请销假制度"); r.Category != Problem {
		t.Errorf("negated conduct: %s (%v), want problem", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "要严格执行中央八项规定"); r.Category != Plan {
		t.Errorf("conduct as a task: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestReportedSpeech checks that the frame of reported speech in a news
// item (据…介绍，, …通报说，) does not make what is reported read as news:
// the reported results are achievement.
func TestReportedSpeech(t *testing.T) {
	for text, want := range map[string]string{
		"据县林业局负责人介绍，全县今年完成造林1.2万亩。": "据县林业局负责人介绍，",
		"王五通报说，近三年共争取项目资金3.6亿元。":    "王五通报说，",
		"会议强调，要抓好秋冬季森林防火。":          "",
		"全县新建农村公路120公里，惠及群众3万人。":    "",
	} {
		if got := text[:reportedFrame(text)]; got != want {
			t.Errorf("reportedFrame(%q) = %q, want %q", text, got, want)
		}
	}
	// the frame must not change the label the reported text has alone
	for _, content := range []string{
		"2024年全县新建集中供水工程46处，改造老化管网320公里，农村自来水普及率达到95.3%。",
		"今年以来全县新引进用工企业28家，新增就业岗位5600个，帮助1.2万名农村劳动力就近就业。",
		"全县城乡居民医保参保率稳定在97%以上，新建村卫生室38个。",
	} {
		head := "县政协视察民生实事工作\n9月5日，县政协组织部分委员视察全县民生实事工作。\n"
		plain := labelOf(t, head+content, string([]rune(content)[:10]))
		framed := labelOf(t, head+"据县有关部门负责人介绍，"+content, string([]rune(content)[:10]))
		if framed.Category != plain.Category {
			t.Errorf("framed %q: %s (%v), alone %s (%v)", string([]rune(content)[:10]), framed.Category, framed.Evidence, plain.Category, plain.Evidence)
		}
	}
	// the frame's words (介绍, a news mark) cast no vote
	c := &Classifier{Seg: mustSeg(t), Model: Shipped(), Weights: DefaultWeights}
	text := "据县有关部门负责人介绍，全县新建村卫生室38个。"
	pe := c.prepare(text, c.Seg.Cut(text))
	frame := reportedFrame(text)
	for i, e := range pe.ends {
		if e <= frame && pe.known[i] {
			t.Errorf("frame word %q votes", pe.words[i])
		}
	}
	for _, f := range pe.feats {
		if f.at < frame && f.name == "#NEWS" {
			t.Errorf("the frame's news mark votes")
		}
	}
}

// TestEarlierYearLooksBack checks that a paragraph opening with a year
// earlier than the latest the report names (in its title, its occasion
// line or another paragraph's opening) reviews work, while one opening
// with the latest year and 将 is a plan.
func TestEarlierYearLooksBack(t *testing.T) {
	for text, want := range map[string]int{"2024年，全县…": 2024, "二、2025年工作安排": 2025, "全县2024年…": 0, "12024年": 0} {
		if got := openingYear(text); got != want {
			t.Errorf("openingYear(%q) = %d, want %d", text, got, want)
		}
	}
	if got := latestYear("县文旅局2024年工作总结和2025年工作计划"); got != 2025 {
		t.Errorf("latestYear = %d, want 2025", got)
	}
	text := `县文化和旅游局2024年工作总结和2025年工作计划
2024年，县文旅局坚持文旅融合发展，统筹推进文化惠民工程和全域旅游建设，加快打造特色文旅品牌。
2025年，我局将以创建省级全域旅游示范区为抓手，推动文旅产业提质增效。`
	if r := labelOf(t, text, "县文旅局坚持文旅融合发展"); r.Category != Achievement {
		t.Errorf("earlier year: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "我局将以创建省级全域旅游示范区"); r.Category != Plan {
		t.Errorf("latest year: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestDifficultyNotPresumedReview checks that in a report without
// headings a paragraph naming a difficulty (居高不下, 淡薄, 屡查屡犯) is not
// pulled to achievement by the genre's review prior. (The flow pass may
// still pull one that follows a confident review: withholding that too
// cost a reports-dev line.)
func TestDifficultyNotPresumedReview(t *testing.T) {
	for _, w := range []string{"居高不下", "屡查屡犯", "淡薄", "老龄化"} {
		if reTrouble.find("运输成本"+w+"。") == nil {
			t.Errorf("%q is no trouble word", w)
		}
	}
	text := `县商务局工作情况汇报
按照会议安排，现将我县农村商贸流通有关情况汇报如下。
农村寄递成本居高不下，偏远村一件包裹比县城贵2元多，一些合作社只好放弃线上订单。
部分经营户诚信意识淡薄，缺斤短两、以次充好等行为屡查屡犯。`
	for _, sub := range []string{"农村寄递成本居高不下", "部分经营户诚信意识淡薄"} {
		if r := labelOf(t, text, sub); r.Category != Problem {
			t.Errorf("%q: %s (%v), want problem", sub, r.Category, r.Evidence)
		}
	}
}

// TestGovReportExcerpt checks that an excerpt of a government work report
// without its title is still one (各位代表，…, 镇政府将…), so its unmarked
// paragraphs get the genre's review prior, and that a bureau summary
// mentioning the county government is not.
func TestGovReportExcerpt(t *testing.T) {
	for text, want := range map[string]string{
		"全年新建农村公路86公里。\n各位代表，成绩来之不易。\n新的一年，镇政府将聚焦产业振兴。": TypeGovReport,
		"过去五年，本届政府坚持发展第一要务。\n全县地区生产总值年均增长6.1%。":         TypeGovReport,
		"县人社局2024年工作总结\n在县政府的正确领导下，全年新增就业5200人。":        TypeSummary,
		"全县新增就业5200人。\n县政府高度重视就业工作。":                    TypeOther,
	} {
		in := Lines(text)
		if got := docType(in, structure(in)); got != want {
			t.Errorf("docType(%q) = %s, want %s", text, got, want)
		}
	}
	text := `全镇新发展设施蔬菜1200亩，建成冷链仓储中心1个。
各位代表，过去一年的成绩来之不易。
全镇新增市级家庭农场6家，村级道路实现硬化全覆盖，农村生活垃圾集中收运。`
	if r := labelOf(t, text, "全镇新增市级家庭农场6家"); r.Category != Achievement {
		t.Errorf("review in a titleless government report: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestRecommendationListAndClosingCall checks that a paragraph opening a
// list of recommendations (为此，建议：一是…) is a plan after a problem,
// and that the call closing a report is other even under a plan heading
// and though it looks ahead (新的一年).
func TestRecommendationListAndClosingCall(t *testing.T) {
	text := `关于全县农村寄递物流情况的调研报告
近年来，全县建成乡镇快递服务站16个、村级寄递服务点210个。
调研发现，不少村级服务点业务量小，长期处于亏损状态，部分已经停止运营。
为此，建议：一是整合邮政、供销和快递企业资源，推行共同配送。二是对偏远村服务点给予运营补贴。`
	if r := labelOf(t, text, "整合邮政、供销和快递企业资源"); r.Category != Plan {
		t.Errorf("recommendation list: %s (%v), want plan", r.Category, r.Evidence)
	}
	c := &Classifier{Seg: mustSeg(t), Model: Shipped(), Weights: DefaultWeights}
	for _, lead := range []string{"为此，建议：一是加强培训。", "我们提出如下建议。", "为此,建议:一是设立专项资金。"} {
		if pe := c.prepare(lead, c.Seg.Cut(lead)); len(pe.recommend) == 0 {
			t.Errorf("%q: no recommendation found", lead)
		}
	}
	closing := `三、2025年主要任务
新建农村公路40公里，改造危桥6座。
各位代表，新的一年任重道远，让我们在县委的坚强领导下，同心协力，为建设美丽富裕新家园而努力奋斗！`
	if r := labelOf(t, closing, "新的一年任重道远"); r.Category != Other {
		t.Errorf("closing call: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestResultSloganHeading checks that an excerpt opening with a slogan
// heading that states a result (…，产业支撑更加有力) reads its section as a
// review, that a task slogan (推动…持续壮大) is not read so, and that a
// heading under a plan heading keeps the plan.
func TestResultSloganHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"（二）坚持项目为王，产业支撑更加有力": true,
		"（三）民生福祉持续增进":        true,
		"2.城乡面貌焕然一新":         true,
		"（一）推动工业经济持续壮大":      false,
		"（二）扎实推进城市更新":        false,
		"五、全面加强政府自身建设":       false,
	} {
		if got := resultHeading(h); got != want {
			t.Errorf("resultHeading(%q) = %v, want %v", h, got, want)
		}
	}
	text := `（二）坚持改革攻坚，发展活力持续增强
深化国有企业改革，整合组建县城投、农投两大集团，推进“一件事一次办”改革。
三、2025年工作安排
（一）推动工业经济持续壮大
深化国有企业改革，推动县城投集团市场化转型。`
	a, in := analyzeText(t, text)
	if r := a.Results[find(t, in, "整合组建县城投、农投两大集团")]; r.Category != Achievement {
		t.Errorf("under a result slogan: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := a.Results[find(t, in, "推动县城投集团市场化转型")]; r.Category != Plan {
		t.Errorf("under a plan heading: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestDutyPreamble checks that the preamble of a 述职报告 (现将…述职如下)
// is other, even when it opens with a year earlier than the report's
// latest (which otherwise leans to review).
func TestDutyPreamble(t *testing.T) {
	text := `村党组织书记述职报告
2024年，我在镇党委的领导下，带领村“两委”扎实抓好各项工作，现将履职情况述职如下：
全年新修产业路2.4公里，村集体经济收入达到21万元。
2025年，我将带领全村党员群众，力争村集体经济收入突破30万元。`
	if r := labelOf(t, text, "现将履职情况述职如下"); r.Category != Other {
		t.Errorf("述职 preamble: %s (%v), want other", r.Category, r.Evidence)
	}
	if contentCues[3].re.find("现将履职情况述职如下：") == nil || reNowReport.find("现将履职情况述职如下：") == nil {
		t.Errorf("述职如下 is no preamble cue")
	}
}

// TestThanksAfterTurn checks that the turn to plans gives its plan prior
// only to paragraphs the model does not read as other: a speech's
// closing thanks after its plans stays other.
func TestThanksAfterTurn(t *testing.T) {
	text := `在全县文旅工作会议上的发言
今年以来，全镇接待游客46万人次，新开民宿28家，旅游综合收入增长15%。
下一步，我们将加快古镇保护利用，力争明年创成省级旅游度假区。
我的发言到此结束，谢谢大家！`
	if r := labelOf(t, text, "我的发言到此结束"); r.Category != Other {
		t.Errorf("closing thanks: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestPlanExecutionTitle checks that a report on how a plan went (计划执行
// 情况) is no plan document, while a plan's own title still is.
func TestPlanExecutionTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"禾县2024年国民经济和社会发展计划执行情况": false,
		"县“十四五”规划实施情况中期评估报告":     false,
		"县2025年国民经济和社会发展计划（草案）":  true,
		"县全民健身实施计划（2023—2025年）":  true,
	} {
		if got := planTitle(title); got != want {
			t.Errorf("planTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestFirstHits checks the allocation-free first-hit search of the lead
// cues against the ordinary scan.
func TestFirstHits(t *testing.T) {
	for _, text := range []string{"全镇共有11个行政村，力争年内全部通路。", "力争明年建成，全县现有学校12所。", "没有任何线索。", ""} {
		var got [2][2]int
		leadCues().firstHits(text, got[:])
		all := leadCues().scan(text)
		for k := range got {
			want := [2]int{}
			if len(all[k]) > 0 {
				want = all[k][0]
			}
			if got[k] != want {
				t.Errorf("firstHits(%q)[%d] = %v, scan gives %v", text, k, got[k], want)
			}
		}
	}
	text := "全镇共有11个行政村，力争年内全部通路。"
	if n := testing.AllocsPerRun(100, func() {
		var out [2][2]int
		leadCues().firstHits(text, out[:])
	}); n != 0 {
		t.Errorf("firstHits allocates %v times", n)
	}
}
