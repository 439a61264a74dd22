package anonymize

import (
	"strings"
	"testing"
)

// probeDept21b is round keep21b's probe of a place's own department or
// institution (our own sentences, one instance each, in different frames):
// the place must be masked, the department must stay readable.
var probeDept21b = []struct{ text, place, dept string }{
	{"桐庐县民政局组织开展困难群众走访慰问。", "桐庐县", "民政局"},
	{"据萧山区财政局统计，全年减税降费2.3亿元。", "萧山区", "财政局"},
	{"平阳县人社局举办春风行动专场招聘会。", "平阳县", "人社局"},
	{"南浔区住建局对老旧小区改造项目开展质量抽查。", "南浔区", "住建局"},
	{"青田县教育局新建城区幼儿园两所。", "青田县", "教育局"},
	{"婺城区卫健委联合乡镇卫生院开展家庭医生签约服务。", "婺城区", "卫健委"},
	{"义乌市商务局组织企业参加广交会。", "义乌市", "商务局"},
	{"安吉县自然资源局完成全域土地综合整治试点。", "安吉县", "自然资源局"},
	{"柯桥区生态环境局开展夏季臭氧污染防治攻坚。", "柯桥区", "生态环境局"},
	{"龙游县交通运输局完成农村公路提升改造85公里。", "龙游县", "交通运输局"},
	{"仙居县水利局加快推进小型水库除险加固。", "仙居县", "水利局"},
	{"嵊州市市场监管局查处食品安全案件46起。", "嵊州市", "市场监管局"},
	{"江山市应急管理局开展森林防火专项检查。", "江山市", "应急管理局"},
	{"遂昌县医保局推行村级医保服务点全覆盖。", "遂昌县", "医保局"},
	{"衢江区文旅局举办油菜花节系列活动。", "衢江区", "文旅局"},
	{"上虞区统计局发布一季度经济运行数据。", "上虞区", "统计局"},
	{"天台县审计局对乡镇财政资金开展专项审计。", "天台县", "审计局"},
	{"松阳县人民医院与乡镇卫生院组建医共体。", "松阳县", "人民医院"},
	{"永嘉县中医院开设康复科。", "永嘉县", "中医院"},
	{"乐清市妇幼保健院开通产科绿色通道。", "乐清市", "妇幼保健院"},
	{"开化县融媒体中心推出系列专题报道。", "开化县", "融媒体中心"},
	{"磐安县人民法院设立巡回审判点。", "磐安县", "人民法院"},
	{"景宁县人民检察院开展公益诉讼专项监督。", "景宁县", "人民检察院"},
	{"泰顺县公安局破获电信诈骗案件12起。", "泰顺县", "公安局"},
	{"苍南县司法局推进法律顾问进村全覆盖。", "苍南县", "司法局"},
	{"德清县发改委牵头编制项目清单。", "德清县", "发改委"},
	{"长兴县农业农村局与县供销社签订合作协议。", "长兴县", "农业农村局"},
	{"武义县退役军人事务局走访慰问重点优抚对象。", "武义县", "退役军人事务局"},
	{"丽水市气象局发布暴雨橙色预警。", "丽水市", "气象局"},
	{"瑞安市疾控中心开展流感疫苗接种。", "瑞安市", "疾控中心"},
	{"新昌县税务局为小微企业办理留抵退税。", "新昌县", "税务局"},
}

// TestPlaceDeptTail21b: a place's own department or institution read with
// the place as one body is cut back to the place (class: a place's generic
// department, round keep21b). Without the rule most of the table's
// departments are masked with their place.
func TestPlaceDeptTail21b(t *testing.T) {
	for _, c := range probeDept21b {
		got := maskedText(t, []string{c.text})
		checkMasked(t, got, []string{c.place}, []string{c.dept})
	}
	// an organisation with a name of its own after the place stays whole
	got := maskedText(t, []string{"桐庐县富春民政服务中心为老人上门送餐。", "松阳县康宁医院扩建病房楼。"})
	checkMasked(t, got, []string{"富春", "康宁医院"}, nil)
}

// TestGenericDept21b: the tails the cut accepts.
func TestGenericDept21b(t *testing.T) {
	for _, w := range []string{"民政局", "人社局", "卫健委", "市场监管局", "人民医院", "疾控中心"} {
		if !genericDept21b(w) {
			t.Errorf("genericDept21b(%q) = false", w)
		}
	}
	for _, w := range []string{"康宁医院", "民政服务中心", "富春局", "", strings.Repeat("局", 3)} {
		if genericDept21b(w) {
			t.Errorf("genericDept21b(%q) = true", w)
		}
	}
}

// probePost21b is round keep21b's probe of a preposition that is also a
// surname before a post (our own sentences): each must come out unchanged.
var probePost21b = []string{
	"各屯理事会由屯长、老党员和乡贤代表组成。",
	"村规民约修订工作由寨长牵头，全寨群众参与讨论。",
	"每个村民小组的卫生评比由组长打分。",
	"楼道杂物清理由楼栋长负责督促。",
	"入河排污口排查由河长带队开展。",
	"森林防火巡查由林长包片负责。",
	"道路破损情况由路长登记后转交养护单位。",
	"田间设施管护由田长落实到户。",
	"村级事务先由村长召集群众商议。",
	"合作社分红方案由社长提交社员大会表决。",
	"农家书屋图书借阅由馆长登记。",
	"商会年度计划由会长提出。",
	"群众诉求可以向屯长反映。",
	"发现火情要第一时间向林长汇报。",
	"家庭困难情况可以向村长申请救助。",
	"防汛物资由站长清点入库。",
	"派出所夜间巡防由所长带班。",
	"敬老院入住老人由院长逐一走访。",
	"生产安全由厂长负总责。",
}

// TestPrepPost21b: 由 or 向 before a post is the clause's preposition, not
// a surname (class: a preposition before a post, round keep21b); a person
// of the surname who speaks, or named in full, stays masked.
func TestPrepPost21b(t *testing.T) {
	got := maskedText(t, probePost21b)
	if want := strings.Join(probePost21b, "\n"); got != want {
		t.Errorf("probe masked:\n%s", got)
	}
	got = maskedText(t, []string{"向华强是村里的致富带头人。", "组长刘秀英挨家挨户登记。"})
	checkMasked(t, got, []string{"向华强", "刘秀英"}, nil)
	// the rule itself: a surname and post before a speech verb, and 向
	// before no verb of reporting, stay persons
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"由队长说，今年的任务比去年重。", "由队长", false},
		{"向屯长带着我们看了新修的水渠。", "向屯长", false},
		{"理事会由屯长、党员组成。", "由屯长", true},
		{"可以向组长反映。", "向", true},
	} {
		i := strings.Index(c.text, c.name)
		f := Finding{Type: PERSON, Text: c.name, Start: i, End: i + len(c.name)}
		if got := prepPost21b(c.text, f); got != c.want {
			t.Errorf("prepPost21b(%q, %q) = %v", c.text, c.name, got)
		}
	}
}

// TestZheName21b: 长者 after a unit (社区长|者食堂) is "the elderly", not a
// role and a name opening with 者.
func TestZheName21b(t *testing.T) {
	in := []string{"社区长者食堂每天供应午餐。", "各村长者之家配备助餐员。", "村长者协会组织重阳节活动。"}
	if got := maskedText(t, in); got != strings.Join(in, "\n") {
		t.Errorf("masked:\n%s", got)
	}
	// 者 the rare surname after a post stays a name
	got := maskedText(t, []string{"村长者红英带领妇女发展刺绣。"})
	checkMasked(t, got, []string{"者红英"}, nil)
}
