package classify

import (
	"strings"
	"testing"
)

// TestRallyingCloseIsOther checks that the call ending a speech is other
// when it addresses the audience without 让我们…！: a vocative and an
// exclamation, a vocative and 开创…新局面 ending in a full stop, or a
// pledge to the leaders (决不辜负…) after a run of plan paragraphs — while
// a vocative paragraph that assigns a counted task stays a plan.
func TestRallyingCloseIsOther(t *testing.T) {
	text := `在全县农业农村工作会议上的讲话
同志们：
今天召开全县农业农村工作会议，主要任务是总结去年工作，部署今年重点任务。
去年，全县粮食总产量达到31.2万吨，新建高标准农田5.6万亩，农村居民人均可支配收入增长7.1%。
要抓好粮食生产，确保粮食播种面积稳定在60万亩以上。
要加快发展特色产业，推动茶叶、中药材全产业链发展，新培育省级龙头企业2家。
同志们，各乡镇要在3月底前完成春耕备耕物资储备，县农业农村局要每周调度一次进度。
同志们，乡村振兴使命光荣。希望大家以只争朝夕的干劲，奋力开创农业农村工作新局面！`
	if r := labelOf(t, text, "奋力开创农业农村"); r.Category != Other {
		t.Errorf("vocative rallying close: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "完成春耕备耕物资"); r.Category != Plan {
		t.Errorf("vocative paragraph with a counted task: %s (%v), want plan", r.Category, r.Evidence)
	}
	pledge := `在全县安全生产工作会议上的表态发言
尊敬的各位领导，同志们：
今年以来，我局共检查企业460家次，排查整改隐患1280处，全县未发生较大以上安全事故。
一是在责任落实上再加压。我们将层层签订安全生产责任书，做到横向到边、纵向到底。
二是在隐患排查上再深入。开展为期两个月的集中整治，对重点企业实行一企一策。
各位领导，同志们，我们将以更加务实的作风、更加有力的举措抓好安全生产，决不辜负县委县政府的重托！`
	if r := labelOf(t, pledge, "决不辜负县委县政府"); r.Category != Other {
		t.Errorf("pledge that closes a speech: %s (%v), want other", r.Category, r.Evidence)
	}
	end := `县委常委会工作报告
一、过去一年的工作
全县地区生产总值增长6.2%，一般公共预算收入完成12.4亿元。
二、今年的主要任务
坚持项目为王，全年实施重点项目120个，完成投资150亿元。
坚持改革创新，深化国资国企改革，推动县属企业整合重组。
同志们，让我们更加紧密团结，锐意进取，以实干实绩开创全县高质量发展新局面。`
	if r := labelOf(t, end, "更加紧密团结"); r.Category != Other {
		t.Errorf("让我们 close ending in a full stop: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestIsRally checks the rallying call directly.
func TestIsRally(t *testing.T) {
	for s, want := range map[string]bool{
		"同志们，任务艰巨，使命光荣，让我们鼓足干劲，为建设美丽家园而努力奋斗！": true,
		"同志们，让我们凝心聚力，谱写新时代发展新篇章。":             true,
		"各位代表，我们将以更加昂扬的斗志，决不辜负全县人民的期待！":       true,
		"同志们，今年要新建村级活动场所12个，确保年底前全部投入使用。":     false,
		"我们将持续优化营商环境，为全县经济发展作出新的更大贡献。":        false,
		"同志们，我们召开这次会议，主要是总结工作、部署任务。":          false,
		"同志们，今年的目标是新增市场主体3000户，为全县发展开创新局面！":   false,
	} {
		if got := isRally(s); got != want {
			t.Errorf("isRally(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSurveySampleIsOther checks a 调研报告's survey lines inside its
// results section: the sample (共发放问卷…) and what respondents prefer
// (问卷显示，…最希望…) are other, while their satisfaction (满意度达到…)
// stays an achievement and the results around them stay achievements.
func TestSurveySampleIsOther(t *testing.T) {
	text := `关于全县农村幼儿教育情况的调研报告
一、主要工作成效
全县已建成乡镇公办中心幼儿园18所，新增学位2600个，学前三年毛入园率达到92%。
实施幼儿教师培训计划，累计培训保教人员1450人次，持证上岗率提高到88%。
本次调研共向家长发放问卷800份，收回有效问卷742份，其中农村家长占64%。
问卷显示，家长选择幼儿园时最看重的依次是离家距离（58.2%）、收费水平（41.5%）和师资（37.9%）。
受访家长对所在幼儿园保教质量的满意度达到87.6%。
二、存在的问题
部分村级幼儿园师资不足，专任教师缺口约120人。`
	for _, p := range []string{"收回有效问卷742份", "家长选择幼儿园时最看重"} {
		if r := labelOf(t, text, p); r.Category != Other {
			t.Errorf("survey line %q: %s (%v), want other", p, r.Category, r.Evidence)
		}
	}
	for _, p := range []string{"满意度达到87.6%", "累计培训保教人员"} {
		if r := labelOf(t, text, p); r.Category != Achievement {
			t.Errorf("%q: %s (%v), want achievement", p, r.Category, r.Evidence)
		}
	}
	if surveyFrame("问卷显示，受访群众对政务服务的满意度为96%。") != nil {
		t.Error("surveyFrame took a satisfaction finding")
	}
}

// TestNewsNoFlowAfterOrders checks that in a news item the lines after
// the leader's orders (要…) are not carried into plan by the flow: the
// delegates' verdict on the report and the reporter's background stay
// other, while the orders stay plans.
func TestNewsNoFlowAfterOrders(t *testing.T) {
	text := `县十九届人大四次会议开幕
本报讯 1月8日上午，县十九届人大四次会议在县人民会堂开幕。
县长李四代表县人民政府作政府工作报告。
报告指出，过去一年全县地区生产总值增长5.8%，城乡居民收入稳步提高。
报告要求，全县上下要紧盯全年目标，确保主要经济指标稳中有进。
要扎实推进城乡建设，全年改造老旧小区15个，新建城市道路8公里。
代表们普遍认为，报告实事求是、重点突出，听了很受鼓舞。
会议期间，代表们将分组审议政府工作报告。
据悉，本次会议会期两天半。`
	for _, p := range []string{"听了很受鼓舞", "将分组审议", "本次会议会期"} {
		r := labelOf(t, text, p)
		if r.Category != Other {
			t.Errorf("%q after the orders: %s (%v), want other", p, r.Category, r.Evidence)
		}
		for _, e := range r.Evidence {
			if strings.HasPrefix(e, "flow:") {
				t.Errorf("%q: the flow leans a news item's line to %s (%v)", p, e, r.Evidence)
			}
		}
	}
	if r := labelOf(t, text, "改造老旧小区15个"); r.Category != Plan {
		t.Errorf("order: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestDirectiveOpeningIsPlan checks that a paragraph opening with the
// modal 要 and a verb the cue list does not name (压实, 创新) is a plan,
// even when the trouble its object names (进度滞后) would read as a
// problem or a meeting word (观摩) as the event, and that 要求 or 要点
// open no order.
func TestDirectiveOpeningIsPlan(t *testing.T) {
	text := `全县项目建设观摩会召开
本报讯 9月5日，全县项目建设观摩会召开，各乡镇主要负责同志参加观摩。
会议要求，各乡镇要对标先进找差距，确保年底前完成年度投资任务。
要压实工作责任，县委督查室要对观摩中发现的问题跟踪督办，对进度滞后的单位严肃问责。
要创新招商方式，推行驻点招商和以商招商，年内新引进亿元以上项目10个。`
	for _, p := range []string{"要压实工作责任", "要创新招商方式"} {
		if r := labelOf(t, text, p); r.Category != Plan {
			t.Errorf("directive %q: %s (%v), want plan", p, r.Category, r.Evidence)
		}
	}
	for s, want := range map[string]bool{"要压实工作责任。": true, "要求各单位按时报送。": false, "要点如下：": false, "要": false} {
		if got := opensDirective(s); got != want {
			t.Errorf("opensDirective(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestListItemsAgree checks that in a report without headings the items
// of one enumeration (一是…二是…三是…) agree: a difficulty stated as a fall
// in figures (较上年减少…), which alone reads as undecided, takes the
// problem its fellow items state, and the plan list after it, restarting
// at 一是, stays a plan.
func TestListItemsAgree(t *testing.T) {
	text := `县自然资源局2025年工作总结
2025年，我局围绕保护资源、服务发展两大任务，各项工作稳步推进。现总结如下：
耕地保护全面加强。全年完成耕地“进出平衡”补充耕地1260亩，整治违法占用耕地图斑84宗。
用地保障有力有效。全年报批建设用地2150亩，保障了38个重点项目落地。
不动产登记提速增效。一般登记业务办理时间压缩到3个工作日以内，全年办理登记业务2.3万件。
一是土地市场持续低迷，全年经营性用地出让收入较上年减少2.1亿元。
二是执法监管手段单一，部分乡镇违法用地发现不及时、制止不到位。
三是专业技术人员不足，全局持证测绘人员仅有6人。
一是强化耕地保护，落实田长制，全年补充耕地1000亩以上。
二是做好用地保障，提前谋划重点项目用地，确保应保尽保。
三是推行不动产登记“一窗受理”模式，实现水电气过户联动办理。
四是加强队伍建设，每半年组织一次业务培训。`
	if r := labelOf(t, text, "土地市场持续低迷"); r.Category != Problem {
		t.Errorf("undecided item of a problem list: %s (%v), want problem", r.Category, r.Evidence)
	}
	for _, p := range []string{"强化耕地保护", "一窗受理", "加强队伍建设"} {
		if r := labelOf(t, text, p); r.Category != Plan {
			t.Errorf("plan list item %q: %s (%v), want plan", p, r.Category, r.Evidence)
		}
	}
	for s, want := range map[string]int{"一是加强学习。": 1, "三是提升服务水平，": 3, "（四）推进源头治理。": 4, "第二，要抓好落实。": 2, "十是其他工作。": 10, "首先，感谢大家。": 0, "全年新增就业5000人。": 0} {
		if _, got := listOrdinal(s); got != want {
			t.Errorf("listOrdinal(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNewsEventLines checks news items that only 本报讯 marks as news,
// and three kinds of line in them: the count of those present (应到…实到…,
// …名人员参加) and an exchange of views (就…进行了交流) are the event,
// other; the sights a visiting group saw (观摩团看到，…建成…) are the
// county's work, achievement, though a meeting word frames them.
func TestNewsEventLines(t *testing.T) {
	text := `县人大常委会视察全县学前教育工作
本报讯 6月3日，县人大常委会组织部分代表视察全县学前教育工作。
视察组先后来到城关幼儿园、河口镇中心幼儿园，实地察看办园条件和保教情况。
视察中，代表们还就幼儿教师待遇、民办园监管等问题与教育部门负责同志进行了交流。
视察组认为，近年来我县学前教育发展成效明显。
次日召开的县人大常委会会议应到委员29名，实到委员25名，符合法定人数。`
	if in := Lines(text); !isNews(in, structure(in)) {
		t.Error("a text opening 本报讯 is not taken for a news item")
	}
	for _, p := range []string{"应到委员29名", "进行了交流"} {
		if r := labelOf(t, text, p); r.Category != Other {
			t.Errorf("event line %q: %s (%v), want other", p, r.Category, r.Evidence)
		}
	}
	drill := `我县举行森林防火应急演练
本报讯 3月18日上午，我县在北山林场举行2026年森林防火应急演练。
演练设置火情发现、指挥调度、扑救处置等5个科目，林业、应急、消防等8家单位的260余名人员参加。
演练中，各扑火队伍反应迅速，仅用25分钟就完成了火点扑灭和清理。
据了解，今年以来我县已开展森林防火宣传120余场次。`
	if r := labelOf(t, drill, "260余名人员参加"); r.Category != Other {
		t.Errorf("drill participants: %s (%v), want other", r.Category, r.Evidence)
	}
	visit := `全县美丽乡村建设观摩会召开
本报讯 10月9日，我县召开美丽乡村建设观摩会，各乡镇党委书记参加观摩。
观摩团一行先后来到3个乡镇的6个观摩点，实地查看村庄整治情况。
在石桥村，观摩团看到，村里新建污水处理站2座，改造农户厕所410户，铺设入户道路8公里。
会议要求，各乡镇要对标先进，确保年底前完成整治任务。`
	if r := labelOf(t, visit, "新建污水处理站2座"); r.Category != Achievement {
		t.Errorf("what the visitors saw: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if !seesFrom("观摩团看到，园区建成大棚。", len("观摩")) || seesFrom("参加观摩。", len("参加观摩")) {
		t.Error("seesFrom")
	}
}

// TestFormulasOutweighSections checks three paragraphs that a section's
// heading must not decide: the credit formula that opens a paragraph of
// a review (这些成绩的取得，得益于…) is other; the lesson a paper draws
// (实践证明，只要…就…) is other even as the last paragraph of its plans;
// and a result the model is sure of, naming no trouble, set under a
// problem heading, stays an achievement — while a problem there stays a
// problem.
func TestFormulasOutweighSections(t *testing.T) {
	text := `石门乡2025年工作总结
一、主要工作成效
全乡粮食播种面积稳定在3.6万亩，新建高标准农田4200亩。
乡村道路提档升级，硬化通组道路23公里。
这些成绩的取得，得益于乡党委的坚强领导，得益于全乡干部群众的辛勤付出。
二、存在的不足
群众文化活动丰富多彩。全年组织送戏下乡演出26场，建成农家书屋12个，开展全民健身活动40余场次。
村级集体经济底子薄，8个村中有3个村年经营性收入不足10万元。
三、下一步打算
下一步，我们将扩大高山蔬菜种植规模，力争村集体经营性收入全部超过15万元。
石门乡的实践证明，只要支部有力、产业对路，就一定能让群众的日子越过越好。`
	for _, p := range []string{"这些成绩的取得", "石门乡的实践证明"} {
		if r := labelOf(t, text, p); r.Category != Other {
			t.Errorf("formula %q: %s (%v), want other", p, r.Category, r.Evidence)
		}
	}
	if r := labelOf(t, text, "送戏下乡演出26场"); r.Category != Achievement {
		t.Errorf("a result under the problem heading: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "村级集体经济底子薄"); r.Category != Problem {
		t.Errorf("a problem under the problem heading: %s (%v), want problem", r.Category, r.Evidence)
	}
}

// TestLeadInAndSignatureLines checks two lines of a report's frame: a
// sentence leading in to a list (我们的主要做法是：) is a paragraph, not
// a heading, though it names a section word; and the body that signs a
// report above its date (县城市管理局) is meta, not a paragraph of the
// last section.
func TestLeadInAndSignatureLines(t *testing.T) {
	text := `县城市管理局2025年工作总结
2025年，我局围绕城市精细化管理，各项工作取得新进展。
我们的主要做法是：
一、主要工作成效
全年清理占道经营1800余处，新建改造公厕16座。
二、2026年工作打算
推进智慧城管平台建设，年内新增监控点位60个。
县城市管理局
2026年1月8日`
	in := Lines(text)
	rs := structure(in)
	for i, p := range in {
		switch strings.TrimSpace(p.Text) {
		case "我们的主要做法是：":
			if rs[i].Heading {
				t.Errorf("lead-in line taken for a heading (role %s)", rs[i].Role)
			}
		case "县城市管理局":
			if rs[i].Role != RoleMeta {
				t.Errorf("signature line: role %s, want meta", rs[i].Role)
			}
		}
	}
	for s, want := range map[string]bool{"我们的主要做法是：": true, "具体情况如下：": true, "主要做法：": false, "存在问题": false} {
		if got := isCopulaLeadIn(s); got != want {
			t.Errorf("isCopulaLeadIn(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWeakResultKeepsPlans checks that once a report has passed its
// review (problems, then a first plan), a plan paragraph the model reads
// weakly as a result (完成…任务，启动…) does not bring the review back:
// the plan after it gets no review prior and stays a plan.
func TestWeakResultKeepsPlans(t *testing.T) {
	text := `县交通运输局2025年上半年工作总结
今年以来，我局围绕交通强县目标，扎实推进各项工作，现将上半年工作总结如下：
全局承担的9个重点交通项目完成投资5.2亿元，占年度计划的52%，县城至东岭镇二级公路已建成通车。
完成农村公路提档升级86公里，改造危桥7座，新增城乡公交线路3条。
一是项目建设资金压力大，部分项目因资金到位不及时影响进度。
二是农村公路养护力量不足，养护资金缺口较大。
对照年度计划倒排工期，全力推进县城外环路、东岭大桥等项目建设。
完成60公里农村公路提档升级任务，启动县客运站改造，新建港湾式停靠站20个。
落实农村公路养护资金保障机制，加快损毁路段修复，全力做好汛期道路保通工作，促进农村公路安全畅通。
持续深化交通运输领域“放管服”改革，进一步压缩道路运输证件办理时限，提升群众办事体验。`
	if r := labelOf(t, text, "落实农村公路养护资金"); r.Category != Plan {
		t.Errorf("plan after a weak result reading: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestLessonListIsOther checks the lessons an experience paper draws
// without a heading (一是党建引领是根本。… 二是…是关键。…): other, while a
// task item that opens the same way but gives an order (要…) stays a
// plan.
func TestLessonListIsOther(t *testing.T) {
	text := `建强村级组织 推动集体经济发展
——青山镇村级集体经济发展经验交流材料
近年来，青山镇坚持抓党建促发展，全镇14个村集体经济收入全部超过20万元。
我镇整合闲置校舍、厂房等资产，通过入股、租赁等方式盘活，全年增加村集体收入260万元。
一是选好带头人是根本。村里富不富，关键看支部，有一个好的带头人，村里的发展就有了主心骨。
二是找准产业是关键。发展集体经济不能一哄而上，必须因村制宜，宜农则农、宜游则游。
三是健全机制是保障。只有把制度立起来，集体资产才能管得住、用得好。
下一步，我们将持续深化村级集体经济“清零提质”行动，力争年内新增收入超50万元的村3个。`
	for _, p := range []string{"找准产业是关键", "健全机制是保障"} {
		if r := labelOf(t, text, p); r.Category != Other {
			t.Errorf("lesson %q: %s (%v), want other", p, r.Category, r.Evidence)
		}
	}
	if lessonOpening("一是项目建设是关键。") == nil || lessonOpening("一是加快项目建设，确保全年完成投资10亿元。") != nil {
		t.Error("lessonOpening")
	}
	task := `在全县项目建设推进会上的讲话
同志们：
一是项目建设是关键。要紧盯年度目标，确保重点项目全部开工。
二是要素保障是支撑。要加大用地、资金保障力度，年内新增建设用地2000亩。`
	if r := labelOf(t, task, "项目建设是关键"); r.Category != Plan {
		t.Errorf("task item opening with …是关键: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestProgressHeadlineIsResult checks a summary's results that open with
// a headline of progress (…有序推进。/ …进一步提高。) where no heading
// speaks: achievement, even when the last clause concedes a difficulty
// (…，但…仍然偏紧); while a headline of progress still wanted (有待进一步
// 提高) opens no result.
func TestProgressHeadlineIsResult(t *testing.T) {
	text := `县卫生健康局2025年工作总结
2025年，县卫生健康局围绕健康县城建设，统筹推进各项工作，现总结如下：
基层医疗服务能力进一步提升。新建村卫生室标准化用房18个，乡镇卫生院开设中医馆11个，但部分偏远村卫生室人员配备仍然不足，服务能力较为薄弱。
公共卫生服务体系逐步完善。县疾控中心实验室改造完工，全年完成适龄儿童免疫规划疫苗接种4.2万剂次。
一是基层人才引不进、留不住，乡镇卫生院专业技术人员缺口约60人。
二是医疗资源分布不均衡，城区医院就诊压力大。`
	for _, p := range []string{"基层医疗服务能力进一步提升", "公共卫生服务体系逐步完善"} {
		if r := labelOf(t, text, p); r.Category != Achievement {
			t.Errorf("progress headline %q: %s (%v), want achievement", p, r.Category, r.Evidence)
		}
	}
	if progressHeadline("服务水平有待进一步提高。部分窗口办事效率偏低。") != nil {
		t.Error("progressHeadline took a progress still wanted")
	}
	if progressHeadline("（二）社会事业稳步发展。新建幼儿园3所。") == nil {
		t.Error("progressHeadline missed a numbered headline")
	}
}

// TestNewsBackgroundIsOther checks the reporter's background that closes
// a news item (据了解，…): other, even where it counts work done, unless a
// cue makes it a result or a plan (据悉，…力争…).
func TestNewsBackgroundIsOther(t *testing.T) {
	text := `我县开展地质灾害应急演练
本报讯 6月6日上午，我县在石门镇开展地质灾害应急演练，县自然资源局等6个部门参加。
演练模拟强降雨引发山体滑坡，群众被困、道路中断。
演练中，各救援队伍协同配合，30分钟内完成了被困群众转移。
据了解，汛期以来我县先后排查地质灾害隐患点86处，发放明白卡3200余份。
据悉，我县还将在7月底前力争完成全部隐患点的监测设备安装。`
	if r := labelOf(t, text, "排查地质灾害隐患点86处"); r.Category != Other {
		t.Errorf("news background: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "力争完成全部隐患点"); r.Category != Plan {
		t.Errorf("news background with a target: %s (%v), want plan", r.Category, r.Evidence)
	}
}
