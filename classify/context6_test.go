package classify

import (
	"strings"
	"testing"
)

// TestNewsEventIsOther checks that a news item telling its event in the
// perfective (推介了…, 参观了…) does not make the event a result of work,
// neither by the perfective mark nor by the flow from the figures quoted
// just before, while those figures stay achievements.
func TestNewsEventIsOther(t *testing.T) {
	text := `我县在成都举办文旅推介会
本报讯（记者 张三）9月12日，我县2025年文旅推介会在成都举行。来自川渝两地的150余位旅行社代表参加推介会。
据介绍，今年以来，我县已接待游客320万人次，实现旅游综合收入28亿元。
副县长李四从交通区位、景区资源、接待能力等方面，推介了我县的精品旅游线路，发布了文旅招商项目16个。
推介会还通过视频展示了我县的古镇风貌和民俗文化，并设置了非遗展示区。
在蓉期间，推介团一行还先后参观了3家文旅企业，与企业负责人就客源合作进行交流。
县文旅局和部分景区负责人参加活动。`
	for _, p := range []string{"推介了我县的精品", "通过视频展示了", "先后参观了"} {
		if r := labelOf(t, text, p); r.Category != Other {
			t.Errorf("event %q: %s (%v), want other", p, r.Category, r.Evidence)
		}
	}
	if r := labelOf(t, text, "已接待游客320万人次"); r.Category != Achievement {
		t.Errorf("figures of the year: %s (%v), want achievement", r.Category, r.Evidence)
	}
}

// TestMembersProposalIsPlan checks that the proposals of members reported
// from a consultation meeting (有的委员建议，…; 代表们提出，应…) are plans,
// and that a member's view stating a problem that is 较为突出 stays a
// problem after them.
func TestMembersProposalIsPlan(t *testing.T) {
	text := `县政协召开养老服务专题协商会
6月18日，县政协召开专题协商会，围绕“完善农村养老服务体系”建言献策。县政协主席张三主持会议。
协商会上，委员们积极发言。有的委员建议，整合闲置村小和村部用房，建设一批农村互助幸福院，解决留守老人就近养老。
有的委员提出，应加大护理员培训力度，落实岗位补贴，稳定基层养老服务队伍。
有的委员认为，当前部分村互助幸福院建成后运营经费保障的问题较为突出，一床难求并存，推进农村养老服务还需要统筹资源。
县政协副主席和部分委员参加会议。`
	for _, p := range []string{"整合闲置村小", "应加大护理员培训力度"} {
		if r := labelOf(t, text, p); r.Category != Plan {
			t.Errorf("proposal %q: %s (%v), want plan", p, r.Category, r.Evidence)
		}
	}
	r := labelOf(t, text, "一床难求并存")
	if r.Category != Problem {
		t.Errorf("member's view of a problem: %s (%v), want problem", r.Category, r.Evidence)
	}
	// the problem is read from the phrase, not left to the token model
	// against the flow of the proposals around it
	if !hasEvidence(r.Evidence, "cue:问题较为突出") {
		t.Errorf("member's view of a problem: no cue for 问题较为突出 in %v", r.Evidence)
	}
}

// TestSurveyFindings checks the findings of a questionnaire in a 调研报告:
// who the respondents are (从…看，…占N%) is other, what they are satisfied
// with (满意度为…) an achievement, and what they complain of most (意见最
// 集中的是…) a problem.
func TestSurveyFindings(t *testing.T) {
	text := `关于我县城乡公交服务情况的调研报告
为了解城乡公交运行情况，县交通运输局组成调研组，走访了8个乡镇，并面向乘客发放问卷1200份，收回有效问卷1106份。现将调研情况报告如下。
一、基本情况
全县现有城乡公交线路26条，营运车辆180辆，日均客运量约2.1万人次。
二、问卷调查结果
从乘客年龄看，60岁以上乘客占41%，学生占27%，务工人员占22%；从出行目的看，就医和购物的占53%。
乘客对城乡公交总体满意度为84.2分，对票价和驾驶员服务态度的评价最高，分别有90%和86%的乘客表示满意。
乘客意见最集中的是发车间隔，有47%的乘客反映候车时间太长，31%的乘客认为末班车发车太早。
三、存在的主要问题
部分线路客流少、运营亏损，财政补贴压力大，车辆老化严重。
四、对策建议
建议优化线路布局，在客流少的线路推行预约响应式公交。`
	if r := labelOf(t, text, "60岁以上乘客占41%"); r.Category != Other {
		t.Errorf("respondents: %s (%v), want other", r.Category, r.Evidence)
	}
	r := labelOf(t, text, "总体满意度为84.2分")
	if r.Category != Achievement {
		t.Errorf("satisfaction: %s (%v), want achievement", r.Category, r.Evidence)
	}
	// read from the phrase, not left to the token model alone
	if !hasEvidence(r.Evidence, "cue:满意度为") {
		t.Errorf("satisfaction: no cue for 满意度为 in %v", r.Evidence)
	}
	if r := labelOf(t, text, "意见最集中的是发车间隔"); r.Category != Problem {
		t.Errorf("complaint: %s (%v), want problem", r.Category, r.Evidence)
	}
}

// TestCompositionNeedsShares checks what composition accepts: an angle
// and two shares, without a change over time.
func TestCompositionNeedsShares(t *testing.T) {
	for text, want := range map[string]bool{
		"从企业规模看，小微企业占85%，中型企业占12%。":           true,
		"从企业规模看，小微企业占85%。":                    false,
		"从增速看，规上工业增加值增长8.2%，占全县的比重为45%，占比提高。": false,
		"全县小微企业占85%，中型企业占12%。":                false,
	} {
		if got := composition(text) != nil; got != want {
			t.Errorf("composition(%q) = %v, want %v", text, got, want)
		}
	}
}

// hasEvidence reports whether one of ev starts with prefix.
func hasEvidence(ev []string, prefix string) bool {
	for _, e := range ev {
		if strings.HasPrefix(e, prefix) {
			return true
		}
	}
	return false
}

// TestAnnualGrowthUnderBackground checks that growth stated over several
// years (年均增长…) under a background heading (基本情况) reports a result,
// while the profile beside it stays background, and a target of annual
// growth stays a plan.
func TestAnnualGrowthUnderBackground(t *testing.T) {
	text := `关于我县茶产业发展情况的调研报告
一、基本情况
全县现有茶园面积12万亩，涉及9个乡镇、3.1万户茶农，主要品种为绿茶和红茶。
从近四年的数据看，全县茶叶产量从2021年的0.9万吨到2025年的1.3万吨，年均增长9.6%，综合产值从15亿元到24亿元。
二、对策建议
力争到2030年茶叶综合产值年均增长10%以上。`
	r := labelOf(t, text, "年均增长9.6%")
	if r.Category != Achievement {
		t.Errorf("growth: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if !hasEvidence(r.Evidence, "cue:年均增长") {
		t.Errorf("growth: no cue for 年均增长 in %v", r.Evidence)
	}
	if r := labelOf(t, text, "全县现有茶园面积"); r.Category != Other {
		t.Errorf("profile: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "年均增长10%以上"); r.Category != Plan {
		t.Errorf("target: %s (%v), want plan", r.Category, r.Evidence)
	}
}

// TestNewsDealsAreAchievement checks that the deals a news item's event
// closed, counted (洽谈会上，共有12个项目集中签约), are its result — not
// background for their 共有, nor the meeting's proceedings for their 会上
// — while the attendance line stays other.
func TestNewsDealsAreAchievement(t *testing.T) {
	text := `我县在西安举办农产品产销洽谈会
本报讯（记者 王五）10月9日，我县农产品产销洽谈会在西安举行。来自陕甘两省的90余家采购商参加洽谈会。
洽谈会上，共有12个项目集中签约，签约金额9.5亿元，涉及苹果、核桃、小杂粮等特色农产品。
县农业农村局和部分乡镇负责人参加活动。`
	if r := labelOf(t, text, "共有12个项目集中签约"); r.Category != Achievement {
		t.Errorf("deals: %s (%v), want achievement", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "部分乡镇负责人参加活动"); r.Category != Other {
		t.Errorf("attendance: %s (%v), want other", r.Category, r.Evidence)
	}
	if !doneDeal("个项目现场签约") || doneDeal("规模以上工业企业120家") {
		t.Error("doneDeal reads a signing and a count of firms wrongly")
	}
}

// TestClosingExhortationIsOther checks that the exhortation closing a
// report (全乡上下要…以只争朝夕的精神…确保完成各项目标任务) is other,
// while the concrete task before it stays a plan.
func TestClosingExhortationIsOther(t *testing.T) {
	text := `柳林乡2025年上半年工作总结
上半年，全乡新建高标准农田4800亩，完成农村改厕620户，引进项目5个。
下半年，我们将加快推进柳林工业园污水处理厂建设，年底前建成投用。
全乡上下要坚定信心、鼓足干劲，以只争朝夕的精神和奋发有为的状态，确保圆满完成全年各项目标任务。`
	if r := labelOf(t, text, "以只争朝夕的精神"); r.Category != Other {
		t.Errorf("exhortation: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "污水处理厂建设"); r.Category != Plan {
		t.Errorf("task: %s (%v), want plan", r.Category, r.Evidence)
	}
	if isExhortation("要确保完成各项目标任务，全年新增就业3000人，以饱满的精神投入工作。") {
		t.Error("a paragraph with a figure is no bare exhortation")
	}
}

// TestNewsGuestSpeechIsOther checks that what a guest of a news item's
// event says it will do (客商代表表示，将…) is other, while the county's
// own commitment (我县将…) stays a plan.
func TestNewsGuestSpeechIsOther(t *testing.T) {
	text := `我县在重庆举办招商推介会
本报讯（记者 赵六）8月6日，我县招商推介会在重庆举行。
副县长钱七表示，我县将为落地项目提供全程代办服务，确保项目早开工、早投产。
签约企业代表在发言中表示，看好我县的产业基础和营商环境，将加快推进项目建设。
县直有关部门负责人参加活动。`
	if r := labelOf(t, text, "签约企业代表在发言中表示"); r.Category != Other {
		t.Errorf("guest: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "我县将为落地项目"); r.Category != Plan {
		t.Errorf("county: %s (%v), want plan", r.Category, r.Evidence)
	}
}
