package anonymize

import (
	"strings"
	"testing"
)

// TestDeclaredShortFormInLongBracket: a firm's short form declared in the
// bracket after its name, behind its credit code (（统一社会信用代码：…，
// 以下简称“…”）), is masked wherever the report uses it.
func TestDeclaredShortFormInLongBracket(t *testing.T) {
	got := maskedText(t, []string{
		"群众反映四川蜀鼎建设工程有限公司（注册地：某县工业园区，以下简称“蜀鼎建设”）拖欠工资。",
		"经调查，蜀鼎建设已于月底前结清欠薪。",
	})
	checkMasked(t, got, []string{"蜀鼎"}, []string{"已于月底前结清欠薪"})
	if d := declaredShortForm("（成立于2019年，注册地在某县）"); d != "" {
		t.Errorf("a bracket declaring no short form gave %q", d)
	}
}

// TestFirmBrandAfterPlace: a company found from its trade words only
// (…|服务有限公司) takes the made-up brand between its city and those words;
// the brand's short form used later is masked too.
func TestFirmBrandAfterPlace(t *testing.T) {
	got := maskedText(t, []string{
		"项目将保洁业务外包给陇南市鑫和劳务服务有限公司，涉及务工人员24人。",
		"鑫和劳务负责人已到场说明情况。",
	})
	checkMasked(t, got, []string{"鑫和"}, []string{"涉及务工人员24人", "负责人已到场说明情况"})
}

// TestNameGluedToRoleRen: a name right after a role in 人 whose 人 gojieba
// glued to the surname (法定代表|人马|…) is masked whole.
func TestNameGluedToRoleRen(t *testing.T) {
	got := maskedText(t, []string{
		"约谈该公司法定代表人马志刚、项目负责人李四，责令限期整改。",
	})
	checkMasked(t, got, []string{"志刚", "马志", "李四"}, []string{"责令限期整改", "法定代表人"})
}

// TestOrdinaryStemTown: a town whose stem is an ordinary word (和平镇,
// 前进镇) opening a sentence is masked; the same word in ordinary text
// stays.
func TestOrdinaryStemTown(t *testing.T) {
	got := maskedText(t, []string{
		"全县推进健康乡村建设。和平镇开展爱国卫生运动，维护世界和平。",
		"前进镇完成改厕320户，继续前进。",
	})
	checkMasked(t, got, []string{"和平镇", "前进镇"}, []string{"开展爱国卫生运动", "维护世界和平", "推进健康乡村建设", "继续前进"})
}

// TestNamedKarstLandforms: karst landforms named before their kind (…天坑,
// …天坑群, …地缝) are masked; the bare kind stays.
func TestNamedKarstLandforms(t *testing.T) {
	got := maskedText(t, []string{
		"完成大坨坨天坑群步道建设，建成金子凼地缝至老鹰岩天坑观光线路，天坑保护条例宣传同步开展。",
	})
	checkMasked(t, got, []string{"大坨坨", "金子凼", "老鹰岩"}, []string{"步道建设", "天坑保护条例宣传同步开展", "观光线路"})
}

// TestFamilyLandformLandmarks: a reservoir or power station named after a
// place of the shape X家 + landform character (岳家渡水库, 洪家冲电站) is
// masked, though 岳家 is an ordinary word too; 专家 before a landmark is
// no such place.
func TestFamilyLandformLandmarks(t *testing.T) {
	got := maskedText(t, []string{
		"实施岳家渡水库除险加固，完成洪家冲电站增效扩容，邀请专家坝体检测。",
	})
	checkMasked(t, got, []string{"岳家渡", "洪家冲"}, []string{"除险加固", "增效扩容", "邀请专家坝体检测"})
}

// TestOrdinaryPhraseGuardsL8: a school found from a town's last characters
// (…铺镇农村寄宿制学校) leaves the school's kind readable and the town masked;
// a slogan cut by gojieba (县管|乡用) is no township; a motorway named
// after a city keeps its kind readable; a group named by its field after
// 组建 is no named body.
func TestOrdinaryPhraseGuardsL8(t *testing.T) {
	got := maskedText(t, []string{
		"五里铺镇农村寄宿制学校完成扩建，新增床位200张。",
		"推行“县管乡用”改革，实行“乡聘村用”，下沉医生20人次。",
		"汉中至安康高速公路完成投资8亿元。",
		"县人民医院牵头组建医疗集团，县中学组建教育集团。",
	})
	checkMasked(t, got, []string{"五里铺", "安康"}, []string{"寄宿制学校完成扩建", "县管乡用", "乡聘村用", "高速公路", "医疗集团", "教育集团"})
}

// TestBrandTradeShortForm: the short form of a firm made of its brand and
// its first trade word, read past the places it is registered in.
func TestBrandTradeShortForm(t *testing.T) {
	cases := map[string]string{
		"陇南市鑫和劳务服务有限公司": "鑫和劳务",
		"四川蜀鼎建设工程有限公司":  "蜀鼎建设",
		"甘肃建设工程有限公司":    "",
		"县医院":           "",
	}
	for in, want := range cases {
		f := Finding{Type: ORG, Text: in, label: "企业"}
		if got := brandTradeShortForm(f); got != want {
			t.Errorf("brandTradeShortForm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDeclaredShortFormLimits: declaredShortForm reads only the quoted
// short form after 以下简称 within the bracket, two to six Han characters.
func TestDeclaredShortFormLimits(t *testing.T) {
	cases := map[string]string{
		"（统一社会信用代码：91510822MA62Q8LK3D，以下简称“顺泰建筑”）": "顺泰建筑",
		"（法定代表人：张三，下称“宏达公司”）后":                     "宏达公司",
		"（以下简称“甲”）":                                        "",
		"无括号，以下简称“顺泰”":                                     "",
		"（注册资本500万元，以下简称“" + strings.Repeat("长", 8) + "”）": "",
	}
	for in, want := range cases {
		if got := declaredShortForm(in); got != want {
			t.Errorf("declaredShortForm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRiversCutIntoCharacters: a river gojieba cut into single characters
// or a numeral word (九冲|河, 八斗|河) before its banks or basin is masked;
// a river named by a measure word (一条河) is none.
func TestRiversCutIntoCharacters(t *testing.T) {
	got := maskedText(t, []string{
		"新建护岸5公里；九冲河沿岸完成清淤，八斗河流域退耕还林300亩，一条河两岸绿化。",
	})
	checkMasked(t, got, []string{"九冲", "八斗"}, []string{"沿岸完成清淤", "流域退耕还林", "一条河两岸绿化"})
}

// TestOrdinaryAttributesKept: two characters that only the learned tagger
// took for a name, glued before a plain noun (城区|黑臭|水体), and a place's
// short form that is an ordinary word before a benefit or facility noun
// (惠民政策, 滨河步道) stay readable; the real names around them do not.
func TestOrdinaryAttributesKept(t *testing.T) {
	got := maskedText(t, []string{
		"治理城区黑臭水体3处，落实惠民政策，建成滨河步道。",
		"副县长王建国带队督查。",
	})
	checkMasked(t, got, []string{"王建国"}, []string{"黑臭水体", "惠民政策", "滨河步道"})
}

// TestCreditCodeWrongCheckAfterLabel: a credit code after its label is
// masked even when its check character is wrong (a typo); the same run of
// characters with no label and a wrong check stays a plain code.
func TestCreditCodeWrongCheckAfterLabel(t *testing.T) {
	code := "91510822MA62Q8LK3D"
	if validCreditCode(code) {
		t.Fatalf("test code %s has a valid check character", code)
	}
	got := maskedText(t, []string{
		"某某建设工程有限公司（统一社会信用代码：" + code + "）承建该项目。",
	})
	checkMasked(t, got, []string{code}, []string{"承建该项目"})
	if creditLabelBefore("批次编号："+code, len("批次编号：")) {
		t.Errorf("a batch number read as labelled credit code")
	}
}
