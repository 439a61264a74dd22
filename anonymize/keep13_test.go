package anonymize

import (
	"strings"
	"testing"
)

// TestNationalBodiesKept: a body of the whole country (中华全国…总社,
// 中华全国…联合会) and a national title (全国…特色学校) name no one of the
// county and stay readable; a university named 中国… is one institution
// and stays masked, and so do the county's own names beside them.
func TestNationalBodiesKept(t *testing.T) {
	got := maskedText(t, []string{
		"我们将对接中华全国供销合作总社的电商平台。",
		"县第三小学被评为全国青少年校园足球特色学校。",
		"县妇联积极争取中华全国妇女联合会项目资金。",
		"与中国农业大学合作建设试验站，站长王建华常驻指导。",
	})
	checkMasked(t, got, []string{"中国农业大学", "王建华"},
		[]string{"中华全国供销合作总社", "全国青少年校园足球特色学校", "中华全国妇女联合会"})
}

// TestNationalBody13: the test behind TestNationalBodiesKept, word by word.
func TestNationalBody13(t *testing.T) {
	for w, want := range map[string]bool{
		"中华全国供销合作总社":      true,
		"全国文明单位":          true,
		"中国残疾人联合会":        true,
		"中国红十字会总会":        true, // 十字 is a town's short form only
		"中国红十字会贵州省分会":     false,
		"中国农业大学":          false, // one university
		"中国农业科学院":         false,
		"中国银行":            false,
		"中国共产党":           true,
		"中国共产党第二十次全国代表大会": true,
		"中国农业银行":          true,
		"中国共产党理县委员会":      false,
		"中国农业银行毕节分行":      false,
		"全国":              false, // no body
		"中华全国总工会毕节市办事处":   false, // a place inside
	} {
		if got := nationalBody13(w); got != want {
			t.Errorf("nationalBody13(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNationalScopeFirm: a firm whose name begins with 全国 but still has
// a name of its own (全国|金穗|种业有限公司) is no national body; one of kind
// words only (全国|供销|合作社) is.
func TestNationalScopeFirm(t *testing.T) {
	seg := testSeg(t)
	for text, want := range map[string]bool{"全国金穗种业有限公司": true, "全国供销合作社": false} {
		tt := newTokText(seg, text)
		suf := "有限公司"
		if want == false {
			suf = "合作社"
		}
		f := Finding{Type: ORG, Text: text, Start: 0, End: len(text), Evidence: "org-suffix:" + suf, label: "企业"}
		if got := namedFirm13(tt, f); got != want {
			t.Errorf("namedFirm13(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestVerbBeforeKindOfBody: a verb a report writes before a kind of body
// (深化, 领办, 现有) is no part of a name, and the kind words after it
// (供销合作社, 农民专业合作社, 农家宾馆) name no one body; a place before the
// verb stays masked, and a cooperative that still has a name after the
// verb stays masked without the verb.
func TestVerbBeforeKindOfBody(t *testing.T) {
	got := maskedText(t, []string{
		"全县领办农民专业合作社36家。",
		"各乡镇深化供销合作社综合改革。",
		"马坪镇现有农家宾馆60家。",
		"村里领办红叶猕猴桃种植专业合作社，带动农户80户。",
	})
	checkMasked(t, got, []string{"马坪", "红叶猕猴桃种植专业合作社"},
		[]string{"领办农民专业合作社", "深化供销合作社综合改革", "现有农家宾馆", "村里领办"})
}

// TestVerbCountyBeforeDepartments: 会同 ("together with") before a county
// department with another bare 县 department listed after it is the verb,
// not the county 会同县: both departments stay readable; a person in the
// sentence stays masked.
func TestVerbCountyBeforeDepartments(t *testing.T) {
	got := maskedText(t, []string{
		"县农机中心由中心主任李四带队，会同县农业农村局、县市场监管局，深入各乡镇检查。",
	})
	checkMasked(t, got, []string{"李四"}, []string{"会同县农业农村局、县市场监管局"})
}

// TestVerbObjectShortForms: a verb-object word of the genre that is also a
// town's or county's short form (惠民, 护河) reads as the word before a
// noun or a verb, and as a team's name part (护河…队); after a preposition
// of place or in a list of places it is still the place.
func TestVerbObjectShortForms(t *testing.T) {
	got := maskedText(t, []string{
		"为让群众得实惠，县里出台了一揽子惠民措施。",
		"沿河群众组建了护河志愿队，每周巡河两次。",
		"村民们组建了护河巡查队，“护河也是我们自己的事。”",
	})
	checkMasked(t, got, nil, []string{"惠民措施", "护河志愿队", "护河巡查队", "护河也是"})
	for _, p := range []string{"今年我们到惠民考察学习。", "又与惠民、阳信两地交流。", "惠民至滨州的公路已通车。"} {
		checkMasked(t, maskedText(t, []string{p}), []string{"惠民"}, nil)
	}
	// places whose names look like such words are no such words
	checkMasked(t, maskedText(t, []string{"乐山的一家造纸厂被责令整改。"}), []string{"乐山"}, nil)
}

// TestSportsLodgingAndHerbWords: a loan word before a kind character (马拉松
// 赛), a lodging word cut apart by a village's 村 (…村|民宿集群) and herbs in
// a list of herbs (元胡) are no names; a name after an intact role is.
func TestSportsLodgingAndHerbWords(t *testing.T) {
	got := maskedText(t, []string{
		"五月在滨江公园举办“青山绿水”全程马拉松赛，吸引选手6000人。",
		"双河村、杨城村民宿集群年接待游客5万人次。",
		"全镇种植浙贝母、元胡、玄参等药材3000亩。",
		"村民代表张秀英说，民宿让大家有了新收入。",
	})
	checkMasked(t, got, []string{"张秀英"}, []string{"马拉松赛", "民宿集群", "元胡"})
}

// TestCropInListNeedsCropNeighbours: a name with a neighbour in its list
// that is a name too, or no crop, is still a name.
func TestCropInListNeedsCropNeighbours(t *testing.T) {
	seg := testSeg(t)
	text := "参会人员：刘建国、元胡、白芍"
	tt := newTokText(seg, text)
	s := strings.Index(text, "元胡")
	f := Finding{Type: PERSON, Text: "元胡", Start: s, End: s + len("元胡"), Evidence: "tagger"}
	g := Finding{Type: PERSON, Text: "刘建国", Start: strings.Index(text, "刘建国"), Evidence: "surname+given"}
	g.End = g.Start + len(g.Text)
	if cropInList13(tt, f, []Finding{f, g}) {
		t.Errorf("元胡 beside the name 刘建国 read as a crop")
	}
	text2 := "党参、元胡、白芍"
	tt2 := newTokText(seg, text2)
	s = strings.Index(text2, "元胡")
	f2 := Finding{Type: PERSON, Text: "元胡", Start: s, End: s + len("元胡"), Evidence: "tagger"}
	if !cropInList13(tt2, f2, []Finding{f2}) {
		t.Errorf("元胡 between 党参 and 白芍 not read as a crop")
	}
	f2.Evidence = "surname+given,role-before:主任"
	if cropInList13(tt2, f2, []Finding{f2}) {
		t.Errorf("a name with a role read as a crop")
	}
}

// TestCountiesWrittenWithXian: a county of a one-character stem that
// gojieba keeps as one word (理县) is masked, in a title and in a sign-off;
// a county whose stem is an ordinary word (竹溪县) inside a company's name
// gives its short form, masked where it stands alone.
func TestCountiesWrittenWithXian(t *testing.T) {
	got := maskedText(t, []string{
		"理县教育局关于全县教师培训的汇报",
		"理县教育局",
		"竹溪县金谷农业有限公司在我镇投资，修通了到竹溪的公路。",
	})
	checkMasked(t, got, []string{"理县", "竹溪"}, []string{"教育局", "全县教师培训", "修通了到"})
}

// TestOwnCountyShortFormAfterBody: the county named in its government's
// name (镇远县人民政府, 三台县人民政府), its stem beginning like a generic
// word (镇…, 三…), gives its short form, masked where it stands alone.
func TestOwnCountyShortFormAfterBody(t *testing.T) {
	got := maskedText(t, []string{
		"镇远县人民政府关于2024年旅游工作情况的报告",
		"全年来镇远旅游的游客达到900万人次。",
	})
	checkMasked(t, got, []string{"镇远"}, []string{"关于2024年旅游工作情况的报告"})
	got = maskedText(t, []string{
		"三台县人民政府办公室关于春耕生产的通知",
		"三台的小麦播种面积稳定在60万亩。",
	})
	checkMasked(t, got, []string{"三台"}, []string{"小麦播种面积"})
}

// TestOneCharCountyCutInTwo: a county of a one-character stem that
// gojieba cut in two (道/q|县/zg) is masked where a clause begins and after
// a verb of going; 新|县城 and 管理|县域 are no counties.
func TestOneCharCountyCutInTwo(t *testing.T) {
	got := maskedText(t, []string{
		"道县水利局关于2024年防汛工作的汇报",
		"今年，道县农业农村局组织技术人员下乡。",
		"我镇与道县交界，在道县务工的群众有300人。",
		"新县城建设有序推进，加强管理县域内的河道。",
	})
	checkMasked(t, got, []string{"道县"}, []string{"新县城建设", "管理县域"})
}

// TestSouthernSurnameAfterRole: a Dong or Miao name of a surname that is
// an ordinary character (滚) is masked after a role; the ordinary word
// (滚动) is not a name.
func TestSouthernSurnameAfterRole(t *testing.T) {
	got := maskedText(t, []string{
		"护林员滚德明发现火情后立即报告。",
		"推动项目滚动发展，储备项目40个。",
	})
	checkMasked(t, got, []string{"滚德明"}, []string{"滚动发展"})
}

// TestHerbListsAreNoNames: herbs and crops that begin with a surname's
// character (牛膝, 麦冬, 田七, 陈皮, 何首乌) in lists of produce are no names
// and no villages; a name written the same after a role still is one.
func TestHerbListsAreNoNames(t *testing.T) {
	got := maskedText(t, []string{
		"关于中药材产业发展情况的汇报",
		"牛膝、麦冬、葛根产量稳步提升。",
		"田七、陈皮、罗汉果等产品远销各地。",
		"吴茱萸、余甘子、艾叶等产品加工能力提升。",
		"新发展何首乌种植基地800亩。",
	})
	checkMasked(t, got, nil, []string{"牛膝", "麦冬", "葛根产量", "田七", "陈皮", "罗汉果", "吴茱萸", "余甘子", "艾叶", "何首乌"})
	got = maskedText(t, []string{"合作社理事长田七说，今年药材行情好。"})
	checkMasked(t, got, []string{"田七"}, []string{"药材行情"})
}

// TestSportsAndLodgingKinds: a sport and its event word (龙舟赛) in a list
// is no name, and a level word before a lodging kind (星级农家乐) no
// business's name; a farm stay named by its own word stays masked.
func TestSportsAndLodgingKinds(t *testing.T) {
	got := maskedText(t, []string{
		"龙舟赛、登山节、徒步大会等活动精彩纷呈。",
		"全县新增星级农家乐15家、精品民宿40家。",
		"青杠坡农家乐带动周边农户增收。",
	})
	checkMasked(t, got, []string{"青杠坡"}, []string{"龙舟赛", "星级农家乐", "精品民宿"})
}

// TestAlongRiverAndZoneWords: 沿河 "along the river" before the people it
// describes and 新区 "new district" of a county town are ordinary words,
// though towns and counties are called so; after a preposition of place,
// in a list of places or before 县 they are places.
func TestAlongRiverAndZoneWords(t *testing.T) {
	got := maskedText(t, []string{
		"沿河群众积极参与河道保洁。",
		"县城新区建设加快，新建道路4条。",
	})
	checkMasked(t, got, nil, []string{"沿河群众", "县城新区建设"})
	for _, p := range []string{"与沿河、思南两县交流协作。", "今年到沿河考察学习。", "沿河县委组织部来我县交流。"} {
		checkMasked(t, maskedText(t, []string{p}), []string{"沿河"}, nil)
	}
}

// TestSouthernSurnameQuotedAndWordGiven: a southern surname opening a
// clause before a verb of saying, or with a given name that is a word
// (德安, also a county's short form), is masked whole, surname included.
func TestSouthernSurnameQuotedAndWordGiven(t *testing.T) {
	got := maskedText(t, []string{
		"“今年的杨梅卖了好价钱。”滚玉兰笑着说。",
		"村民滚德安介绍，合作社每年分红两次。",
		"召开群众会议12场，磨合机制逐步完善。",
	})
	checkMasked(t, got, []string{"滚玉兰", "滚德安", "玉兰", "德安"}, []string{"召开群众会议", "磨合机制"})
}

// TestNationalModelsKept: national models and spirits named after a place
// (枫桥经验, 红旗渠精神, 井冈山精神) stay readable; a report of that very
// place names it in full, and then its name is masked in the model too.
func TestNationalModelsKept(t *testing.T) {
	got := maskedText(t, []string{
		"“枫桥经验”在基层落地生根。",
		"弘扬红旗渠精神，学习井冈山精神。",
	})
	checkMasked(t, got, nil, []string{"枫桥经验", "红旗渠精神", "井冈山精神"})
	got = maskedText(t, []string{
		"枫桥镇2024年社会治理工作汇报",
		"坚持和发展新时代“枫桥经验”。",
	})
	checkMasked(t, got, []string{"枫桥"}, nil)
}

// TestWildlifeAndHistoricRoutes: protected birds and animals whose names
// begin with a surname's character (白鹳, 朱鹮) and a historic route named
// after a town's short form (茶马古道) stay readable.
func TestWildlifeAndHistoricRoutes(t *testing.T) {
	got := maskedText(t, []string{
		"湿地生态持续向好，白鹳、朱鹮等珍稀鸟类数量增加。",
		"修复沿线茶马古道遗址3处，建成古道驿站2个。",
	})
	checkMasked(t, got, nil, []string{"白鹳", "朱鹮", "茶马古道"})
}
