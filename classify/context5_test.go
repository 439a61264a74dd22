package classify

import "testing"

// TestCreditAndThanksUnderReview checks that the paragraph closing a
// review with its credit and thanks (这些成绩的取得，是…的结果。在此，…
// 表示衷心的感谢) is other even under a review heading, while the review
// paragraphs around it stay achievements.
func TestCreditAndThanksUnderReview(t *testing.T) {
	text := `2025年清河县政府工作报告
各位代表：
一、2024年工作回顾
过去一年，我们新建高标准农田3.2万亩，引进工业项目26个，新增城镇就业4100人。
我们坚持产业强县，新培育规模以上工业企业12家，工业园区产值突破150亿元。
我们推进城乡融合，完成农村公路提质改造210公里，新建污水处理站14座。
我们坚持把民生放在首位，改造老旧小区18个，新建幼儿园5所。
我们加强政府自身建设，办理人大代表建议98件、政协委员提案121件，办结率100%。
各位代表，这些成绩的取得，是县委正确领导的结果，是县人大、县政协监督支持的结果，是全县人民团结奋斗的结果。在此，我代表县人民政府，向全县广大干部群众表示衷心的感谢！
二、2025年工作安排`
	if r := labelOf(t, text, "这些成绩的取得"); r.Category != Other {
		t.Errorf("credit and thanks: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "改造老旧小区18个"); r.Category != Achievement {
		t.Errorf("review: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestLessonsAndSubtitle checks an experience paper: its dashed subtitle
// (——某镇…经验交流材料) is a title line, not a section heading whose 经验
// would make what follows a review, and the paragraphs under 几点体会 state
// lessons (other), while those under 主要做法 review work.
func TestLessonsAndSubtitle(t *testing.T) {
	text := `织密网格 守护平安
——石桥镇网格化治理工作经验交流材料
一、主要做法
我们把全镇划分为86个网格，每个网格配备1名专职网格员，全年化解矛盾纠纷312件。
二、几点体会
一是党建引领是根本。只有把支部建在网格上，治理才有主心骨。
二是群众参与是关键。群众既是治理的对象，更是治理的主体。`
	if r := labelOf(t, text, "网格化治理工作经验交流材料"); r.Role != RoleTitle {
		t.Errorf("subtitle: role %s, want %s", r.Role, RoleTitle)
	}
	if r := labelOf(t, text, "党建引领是根本"); r.Category != Other {
		t.Errorf("lesson: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "化解矛盾纠纷312件"); r.Category != Achievement {
		t.Errorf("practice: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestRemedyHeadingIsNoProblem checks that a heading setting work that
// removes problems (开展…突出问题专项整治, …问题清零) names no problem
// section, while one that states problems still does.
func TestRemedyHeadingIsNoProblem(t *testing.T) {
	for _, h := range []string{"三、开展营商环境突出问题专项整治", "（二）推动信访积案问题清零"} {
		if c, cue := headingCategory(h); c == Problem {
			t.Errorf("headingCategory(%q) = problem (%s)", h, cue)
		}
	}
	if c := weakHeadingCategory("7．持续优化营商环境，开展招标投标领域突出问题专项整治。"); c == Problem {
		t.Errorf("weak heading with 整治: problem")
	}
	for _, h := range []string{"三、存在的突出问题", "二、当前面临的主要困难"} {
		if c, _ := headingCategory(h); c != Problem {
			t.Errorf("headingCategory(%q) = %q, want problem", h, c)
		}
	}
	if c := weakHeadingCategory("（三）项目移交后管护严重缺位"); c != Problem {
		t.Errorf("weak problem heading: %q, want problem", c)
	}
}

// TestClosingAndByline checks a report's last lines: the close that opens
// by looking back on the report (以上述职，请予评议; 以上报告，…批评指正) is
// other even after the plans, and so is a byline in brackets; a bracketed
// heading number or a bracketed sentence is no byline.
func TestClosingAndByline(t *testing.T) {
	text := `2025年度个人述职报告
一、履职情况
全年走访辖区居民小区42个，推动解决加装电梯、停车难等民生实事17件。
二、今后努力方向
一是持续推进老旧小区改造，年内完成改造12个；二是深化网格化管理，做到小事不出网格。
以上述职，请予评议。`
	if r := labelOf(t, text, "以上述职"); r.Category != Other {
		t.Errorf("以上述职: %s (%v), want other", r.Category, r.Evidence)
	}
	text = `县农业农村局2025年工作总结
一、下步打算
年内新建高标准农田2万亩，培育家庭农场30家。
以上报告，不当之处，恳请各位领导批评指正。`
	if r := labelOf(t, text, "以上报告"); r.Category != Other {
		t.Errorf("以上报告: %s (%v), want other", r.Category, r.Evidence)
	}
	for s, want := range map[string]bool{
		"（县政协办公室　王小明）":            true,
		"(通讯员 李四)":                true,
		"（一）加快项目建设":               false,
		"（全县共建成示范村 12个，覆盖率达到80%）": false,
		"（县政协办公室）":                false,
	} {
		if got := isBracketByline(s); got != want {
			t.Errorf("isBracketByline(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSoReportedIsOther checks the one-line close of a formal report
// (特此报告。) after its plans.
func TestSoReportedIsOther(t *testing.T) {
	text := `关于中央环保督察反馈问题整改情况的报告
一、下一步工作打算
年内完成剩余3个问题的整改销号，建立长效管护机制。
特此报告。`
	if r := labelOf(t, text, "特此报告"); r.Category != Other {
		t.Errorf("特此报告: %s (%v), want other", r.Category, r.Evidence)
	}
}

// TestNewsAttendanceIsOther checks a news item's closing attendance line
// (…负责人参加活动。) after its plans: who came, not work of the county.
func TestNewsAttendanceIsOther(t *testing.T) {
	text := `我县在珠三角举办农产品产销对接会
本报讯 5月12日，我县农产品产销对接会在广州举行。
据悉，我县将于下半年再举办两场对接会，力争全年农产品外销额突破20亿元。
县直有关部门和部分乡镇主要负责人参加活动。`
	if r := labelOf(t, text, "主要负责人参加活动"); r.Category != Other {
		t.Errorf("attendance: %s (%v), want other", r.Category, r.Evidence)
	}
}
