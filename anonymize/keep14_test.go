package anonymize

import (
	"strings"
	"testing"
)

// TestDepartmentShortNames14: a department named by the bare level and two
// sector characters (旗林草局) names no one body; the person beside it and
// a county named in full stay masked.
func TestDepartmentShortNames14(t *testing.T) {
	got := maskedText(t, []string{
		"旗林草局副局长张立军带队开展春季防火巡查。",
		"请县林草局牵头做好松材线虫病普查，阿荣旗人民政府给予配合。",
	})
	checkMasked(t, got, []string{"张立军", "阿荣旗"}, []string{"旗林草局", "县林草局"})
	for w, want := range map[string]bool{"旗林草局": true, "县民宗委": true, "县医保局": true, "县林草中心": false, "金林草局": false, "县林草": false} {
		if deptShortName14(w) != want {
			t.Errorf("deptShortName14(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestKindOnlyBodies14: a union of cooperatives and a programme park named
// by kind words only, and a family inn after a verb, are kinds; a named
// cooperative stays masked.
func TestKindOnlyBodies14(t *testing.T) {
	got := maskedText(t, []string{
		"全镇现有农民专业合作社联合社2家，其中青石岭茶叶专业合作社带动农户300户。",
		"力争创建省级生态农业示范园1个。",
		"今年全镇发展农家乐15家，户均增收两万元。",
	})
	checkMasked(t, got, []string{"青石岭"}, []string{"农民专业合作社联合社", "生态农业示范园", "农家乐"})
}

// TestNationalGroup14: a group of the whole country named by 中国 and sector
// words (中国农业发展集团) is kept; a county's company beside it is not.
func TestNationalGroup14(t *testing.T) {
	got := maskedText(t, []string{"县农投公司与中国农业发展集团签订合作协议，双方将共建冷链仓储，长岭县金穗粮油有限公司参与建设。"})
	checkMasked(t, got, []string{"金穗粮油有限公司"}, []string{"中国农业发展集团"})
}

// TestSlogansAndPatterns14: numeral slogans, a count before a hill pattern,
// a stretch before 入河, a township before 大运河 and a list item running
// into 出境 are read right; the township and the rivers stay masked.
func TestSlogansAndPatterns14(t *testing.T) {
	got := maskedText(t, []string{
		"扎实推进“百县千乡万村”示范创建行动。",
		"1500余名登山爱好者参加活动。",
		"完成渭河临渭段入河排污口排查。",
		"李庄乡大运河遗产保护带完成绿化。",
		"清水河、小河坝河出境断面水质达标。",
	})
	checkMasked(t, got, []string{"李庄乡", "清水河", "小河坝河"}, []string{"百县千乡万村", "余名登山爱好者", "入河排污口", "大运河", "出境断面"})
}

// TestOrdinaryPhrasesNotPlaces14: a goal in a list, 宜居乡村, a faraway
// county's short form inside a fixed phrase and 会同 opening a sentence are
// kept; a trip to that county and the county of a named body stay masked.
func TestOrdinaryPhrasesNotPlaces14(t *testing.T) {
	got := maskedText(t, []string{
		"创建生态宜居乡村示范点5个。",
		"主动融入双城经济圈，大力发展滨海旅游。",
		"五是劳务协作。会同县人社局组织专场招聘会3场。",
	})
	checkMasked(t, got, nil, []string{"宜居乡村", "双城经济圈", "滨海旅游", "会同县人社局"})
	got = maskedText(t, []string{"组织企业赴滨海旅游考察。", "会同县人民政府副县长王平出席。"})
	checkMasked(t, got, []string{"滨海", "会同", "王平"}, nil)
	// a paragraph opening with the county's department is the county's own
	got = maskedText(t, []string{"会同县人社局组织专场招聘会3场。"})
	checkMasked(t, got, []string{"会同县"}, nil)
}

// TestProductsNotPersons14: a drink, a melon and a class of workers read as
// persons are kept; a person in the same text stays masked.
func TestProductsNotPersons14(t *testing.T) {
	got := maskedText(t, []string{
		"摊位上摆着米糕、山兰酒等土产，摊主陈美玲说生意不错。",
		"早年靠种哈密瓜为生，如今开起了民宿。",
	})
	checkMasked(t, got, []string{"陈美玲"}, []string{"山兰酒", "哈密瓜"})
}

// TestReadingsDropped14: the tests behind the person and list rules, on a
// finding as a recognizer would report it: a class of workers, the 家 of a
// family inn, a goal in a list and a list item running into 出境 are
// dropped or trimmed; a person, a short village name in a list and a river
// that ends where its word ends are left alone.
func TestReadingsDropped14(t *testing.T) {
	seg := testSeg(t)
	find := func(text, w string, typ Type, ev string) (*tokText, Finding) {
		tt := newTokText(seg, text)
		i := strings.Index(text, w)
		if i < 0 {
			t.Fatalf("%q not in %q", w, text)
		}
		return tt, Finding{Type: typ, Text: w, Start: i, End: i + len(w), Evidence: ev}
	}
	tt, f := find("按月足额发放农民工工资。", "农民工", PERSON, "list-after-role-name")
	if !classOfPeople14(tt, f) {
		t.Errorf("农民工 read as a person")
	}
	tt, f = find("工地负责人王建民到场。", "王建民", PERSON, "list-after-role-name")
	if classOfPeople14(tt, f) {
		t.Errorf("王建民 taken for a class of people")
	}
	tt, f = find("草原上的牧家乐生意兴隆。", "牧家", PERSON, "surname+title:家")
	if !familyInn14(tt, f) {
		t.Errorf("牧家 of 牧家乐 read as a family")
	}
	tt, f = find("到牧家走访慰问。", "牧家", PERSON, "surname+title:家")
	if familyInn14(tt, f) {
		t.Errorf("牧家 before 走访 taken for an inn")
	}
	tt, f = find("围绕城市更新、老旧小区改造两项任务。", "城市更新", LOCATION, "list-item")
	if got := listItems14(tt, []Finding{f}); len(got) != 0 {
		t.Errorf("城市更新 kept as a list item: %v", got)
	}
	tt, f = find("由原老岭、沙场、周冲三村合并而成。", "沙场", LOCATION, "list-item")
	if got := listItems14(tt, []Finding{f}); len(got) != 1 || got[0].Text != "沙场" {
		t.Errorf("village 沙场 not kept as it was found: %v", got)
	}
	tt, f = find("清水河、小河坝河出境断面达标。", "小河坝河出", LOCATION, "list-item")
	if got := listItems14(tt, []Finding{f}); len(got) != 1 || got[0].Text != "小河坝河" {
		t.Errorf("run-on list item not trimmed to 小河坝河: %v", got)
	}
}

// TestTradeCentres14: a service point named by a bare level or a town, a
// part of town and trade words (县城南农资配送中心) is a kind of facility;
// the town before it stays masked, and a point with a trade name of its
// own (金穗农资配送中心) is still a name.
func TestTradeCentres14(t *testing.T) {
	got := maskedText(t, []string{
		"县城南农资配送中心投入运营，年配送化肥8000吨。",
		"古城镇城东冷链物流中心建成投用。",
		"金穗农资配送中心同步开业。",
	})
	checkMasked(t, got, []string{"古城镇", "金穗"}, []string{"县城南农资配送中心", "冷链物流中心"})
}

// TestQuotedInn14: a quoted inn's sign ending in a family (“河湾牧家”) is
// masked whole as a business, so 牧家乐 elsewhere stays readable; the
// herder who runs it stays masked.
func TestQuotedInn14(t *testing.T) {
	got := maskedText(t, []string{
		"牧民其木格家开办的“河湾牧家”旺季每天接待游客30人。",
		"全乡牧家乐发展到26户。",
	})
	checkMasked(t, got, []string{"其木格", "河湾牧家"}, []string{"牧家乐"})
}
