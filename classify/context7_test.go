package classify

import "testing"

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
