package anonymize

import (
	"strings"
	"testing"
)

// TestNameRunBeforeKind15: two or three names glued before a kind (陵, 庙)
// are masked as one place; before round known15 only the last name and the
// kind were, and the earlier names stayed readable.
func TestNameRunBeforeKind15(t *testing.T) {
	got := maskedText(t, []string{
		"景区内的颛顼帝喾陵每年接待游客八万人次。",
		"修缮后的张飞关羽庙已对外开放。",
		"刘备关羽张飞庙修缮工程完成招标。",
	})
	checkMasked(t, got, []string{"颛顼", "帝喾", "张飞", "关羽", "刘备"},
		[]string{"景区内的", "每年接待游客八万人次", "修缮后的", "已对外开放", "修缮工程完成招标"})
}

// TestFunctionStemCounty15: a county whose one-character stem is a function
// word (和县, 应县) is masked after a preposition, after its city, at a
// clause's start and in a list; 和 joining a bare level to 县 (乡镇和县直,
// 市和县两级, 乡和县的) and 应 before 县委 stay readable.
func TestFunctionStemCounty15(t *testing.T) {
	for _, c := range []struct {
		text string
		leak bool // the county must be masked
	}{
		{"与和县签订劳务协作协议后，双方互派干部挂职。", true},
		{"我县与和县结对帮扶，已开展交流活动五次。", true},
		{"马鞍山市和县石杨镇的种植大户来我县交流。", true},
		{"和县的做法值得我们借鉴。", true},
		{"来自应县的专家作了讲座。", true},
		{"全县各乡镇和县直部门要高度重视。", false},
		{"市和县两级财政共投入资金三千万元。", false},
		{"乡和县的干部要带头深入一线。", false},
		{"各乡镇应县委要求，抓好落实。", false},
	} {
		got := maskedText(t, []string{c.text})
		masked := strings.Contains(got, "〔地名")
		if masked != c.leak {
			t.Errorf("%s → %s (county expected masked: %v)", c.text, got, c.leak)
		}
		if c.leak && (strings.Contains(got, "和县") || strings.Contains(got, "应县")) {
			t.Errorf("county survived: %s", got)
		}
	}
}

// TestPlaceContextOverPerson15: a surname + given-name reading before a
// street, a shopping area or a stretch of a city (…商圈, …步行街, …周边) is
// masked as a place, with a place's placeholder, not a person's.
func TestPlaceContextOverPerson15(t *testing.T) {
	for _, c := range [][2]string{
		{"新开业的门店集中在王府井商圈。", "商圈"},
		{"杨柳青步行街的夜经济持续升温。", "步行街"},
		{"我县特产专柜入驻北京王府井步行街。", "步行街"},
		{"王府井周边的酒店入住率明显回升。", "周边"},
	} {
		got := maskedText(t, []string{c[0]})
		checkMasked(t, got, []string{"王府井", "杨柳青"}, []string{c[1]})
		if !strings.Contains(got, "〔地名") || strings.Contains(got, "〔人名") {
			t.Errorf("not masked as a place: %s", got)
		}
	}
	// a role before the name keeps the person
	got := maskedText(t, []string{"村支书王建军周边的群众都来帮忙。"})
	if !strings.Contains(got, "〔人名") {
		t.Errorf("a named person before 周边 lost its type: %s", got)
	}
}

// TestDescriptivePlaces15: landform words (低山, 浅山区, 深山区, 低山丘陵区,
// 中山 beside them) and settlement descriptions (老旧社区, 城中村, 城郊村,
// 空心村) are no place names and stay readable, while named places beside
// them stay masked.
func TestDescriptivePlaces15(t *testing.T) {
	got := maskedText(t, []string{
		"全县有低山、浅山、中山三种地貌，低山区林木覆盖率较高。",
		"深山区群众出行难问题得到解决，低山丘陵区适宜发展林下经济。",
		"实施老旧社区适老化改造，完成老旧小区改造8个。",
		"对城郊村、空心村进行整治，城中村改造2处。",
		"石门镇和柳河村完成了示范创建。",
	})
	checkMasked(t, got, []string{"石门镇", "柳河村"},
		[]string{"低山、浅山、中山三种地貌", "低山区林木", "深山区群众", "低山丘陵区",
			"实施老旧社区适老化改造", "完成老旧小区改造", "对城郊村、空心村进行整治", "城中村改造"})
}

// TestConjunctionBesideCounty15: in a document that names 和县 as a county,
// 和 joining a bare level to 县 elsewhere (各乡镇和县直部门, 市和县两级) stays
// readable, while the county stays masked wherever it stands, also after
// its city.
func TestConjunctionBesideCounty15(t *testing.T) {
	got := maskedText(t, []string{
		"我县与和县结对帮扶，来自和县的客商20余人参加推介会。",
		"全县各乡镇和县直部门要高度重视，市和县两级财政共投入资金三千万元。",
		"马鞍山市和县城区的客商也来参观。",
	})
	checkMasked(t, got, []string{"与和县", "来自和县", "市和县城"}, []string{"各乡镇和县直部门", "市和县两级"})
}

// TestStatueAndUnreadPlaces15: a run of names before a statue (…像, …塑像)
// is masked whole, while 像 as a verb after names is no statue; a name no
// recognizer read (…楼/nr, a clan village cut after its 家) before a word of
// place context (片区, 商圈) is masked as a place, and ordinary words before
// such a word (国家级片区, 核心商圈) stay readable.
func TestStatueAndUnreadPlaces15(t *testing.T) {
	got := maskedText(t, []string{
		"广场中央新塑了炎帝黄帝像。",
		"刘备关羽张飞塑像落成后游客明显增多。",
		"今年改造了刘家营片区的排水管网。",
		"赵家楼片区完成了雨污分流改造。",
		"在万福林商圈开设了农产品直营店。",
		"建设国家级片区，核心商圈客流回升。",
	})
	checkMasked(t, got, []string{"炎帝", "黄帝", "刘备", "关羽", "张飞", "刘家营", "赵家楼", "万福林"},
		[]string{"广场中央新塑了", "落成后游客明显增多", "片区的排水管网", "片区完成了雨污分流改造", "商圈开设了", "建设国家级片区，核心商圈客流回升"})
}

// TestDescriptiveDistrictsAndVerbHeads15: 老城区 and 新城区 read alone are the
// old and new parts of any town, while after their city, in a list of
// districts, after 与 or before their government they stay masked; a verb
// read with a one-character county by the suffix pattern (赴|临县) is left
// out of the mask.
func TestDescriptiveDistrictsAndVerbHeads15(t *testing.T) {
	// each text is a document of its own: a district masked once is
	// masked everywhere in its document
	got := maskedText(t, []string{"加快老城区有机更新，老城区和新城区协调发展。"})
	checkMasked(t, got, nil, []string{"加快老城区有机更新，老城区和新城区协调发展"})
	got = maskedText(t, []string{"洛阳市老城区的客商来我县考察。"})
	checkMasked(t, got, []string{"老城区"}, []string{"的客商来我县考察"})
	got = maskedText(t, []string{"与雁塔区、新城区签订协作协议。"})
	checkMasked(t, got, []string{"新城区"}, []string{"签订协作协议"})
	got = maskedText(t, []string{"我们赴临县考察红枣产业。"})
	checkMasked(t, got, []string{"临县"}, []string{"我们赴〔"})
}

// TestKnown15Edges: the rules read text ending right after a pattern, a
// text of the pattern alone and invalid UTF-8 without panicking, and still
// mask at the text's end.
func TestKnown15Edges(t *testing.T) {
	for _, s := range []string{"炎帝黄帝像", "和县", "乡和县", "王府井商圈", "低山", "赵家楼片区", "\xff和县\xfe", "颛顼帝喾陵", "与和县", "老城区"} {
		got := maskedText(t, []string{s})
		if strings.Contains(s, "炎帝") && strings.Contains(got, "炎帝") || s == "与和县" && strings.Contains(got, "和县") {
			t.Errorf("%q → %q", s, got)
		}
	}
}
