package anonymize

import (
	"strings"
	"testing"
)

// TestDst14QuotedBody: a quoted name before the kind of body it names
// (a fund, a volunteer team, a kindergarten, an association, a shop, a
// studio) is masked, with a trade word between or none, and wherever
// else it stands; a national programme or a numbered slogan in the same
// place stays.
func TestDst14QuotedBody(t *testing.T) {
	got := maskedText(t, []string{
		"“松岭晨光”助学基金向困难家庭学生发放助学金12万元。",
		"“向阳葵”志愿服务队每周为孤寡老人理发，向阳葵队员还帮老人采购。",
		"“晨曦”志愿服务队为独居老人送餐。",
		"民办的“彩虹桥”幼儿园通过普惠性幼儿园认定。",
		"“金秋乐”老年协会在社区开设书画班。",
		"镇里“同福”慈善超市由商会捐建。",
		"建档的“启航”助学基金资助新生90人。",
		"成立“杏林春晓”名医工作室3个。",
		// programmes, honours and numbered slogans are no body's name
		"“石榴籽”志愿服务队走访各族群众。",
		"“五老”宣讲团深入村组宣讲政策。",
		"“春蕾计划”助学基金资助女童60人。",
	})
	checkMasked(t, got, []string{"松岭晨光", "向阳葵", "晨曦", "彩虹桥", "金秋乐", "同福", "启航", "杏林春晓"},
		[]string{"助学基金", "志愿服务队", "幼儿园", "老年协会", "慈善超市", "名医工作室", "“石榴籽”志愿服务队", "“五老”宣讲团", "“春蕾计划”助学基金"})
}

// TestDst14BrandAlone: a firm's brand that opens a later clause alone
// after the full name and its declared short form is masked too.
func TestDst14BrandAlone(t *testing.T) {
	got := maskedText(t, []string{
		"河南新乡丰硕面业有限公司（简称“丰硕面业”）新上挂面生产线。",
		"全年收购小麦5万吨，丰硕还带动农户3000户。",
		"广西百色桂臻果业有限公司（简称“桂臻果业”）建成冷链仓库，桂臻又在镇上新建分拣中心。",
	})
	checkMasked(t, got, []string{"丰硕", "桂臻"}, []string{"新上挂面生产线", "还带动农户3000户", "又在镇上新建分拣中心"})
}

// TestDst14FunctionFacility: a facility named by its function alone is a
// kind, with a level before it or none.
func TestDst14FunctionFacility(t *testing.T) {
	got := maskedText(t, []string{
		"县慈善超市和各乡镇爱心超市全年发放物资价值50万元。",
		"光伏企业在园区建成储能电站2座。",
		"文创园首批入驻木雕工作室9家。",
	})
	checkMasked(t, got, nil, []string{"县慈善超市", "爱心超市", "储能电站", "木雕工作室"})
}

// TestDst14OldOrchard: an old orchard (古X园) is no village named X园, and
// a crop's orchard alone is no township's short form.
func TestDst14OldOrchard(t *testing.T) {
	got := maskedText(t, []string{
		"（二）古枣园保护。王家峁村的千年古枣园申报农业文化遗产。",
		"普洱茶山上的古茶园得到挂牌保护。",
		"全镇部分枣园发病率偏高，对枣园提质改造给予补助。",
	})
	checkMasked(t, got, []string{"王家峁村"}, []string{"古枣园保护", "千年古枣园", "古茶园", "部分枣园", "对枣园提质"})
}

// TestDst14VarietyList: varieties listed before 等品种 that share their last
// character are kinds of one produce, no villages.
func TestDst14VarietyList(t *testing.T) {
	got := maskedText(t, []string{
		"资源圃收集了油枣、团枣、木枣等品种40个。",
		"栽植蟠桃、白桃、毛桃等品种。",
		"收集苦椒、白椒、线椒等品种30个。",
	})
	checkMasked(t, got, nil, []string{"油枣、团枣、木枣", "蟠桃、白桃、毛桃", "苦椒、白椒、线椒"})
}

// TestDst14WorkTitle: a place with no gazetteer entry inside the title of
// a performed work stays.
func TestDst14WorkTitle(t *testing.T) {
	got := maskedText(t, []string{
		"剧团排演了歌舞《太行山下》。",
		"学校排演了情景剧《祁连山下》。",
	})
	checkMasked(t, got, nil, []string{"歌舞《太行山下》", "情景剧《祁连山下》"})
}

// TestDst14EthnicShortForm: a nationality's name is no short form of its
// ethnic township: the language and the people stay.
func TestDst14EthnicShortForm(t *testing.T) {
	got := maskedText(t, []string{
		"【民族乡过节】新生鄂伦春族乡举办古伦木沓节。",
		"乡中心学校的学生表演了鄂伦春语童谣，鄂伦春族猎民参加了篝火晚会。",
	})
	checkMasked(t, got, nil, []string{"鄂伦春语童谣", "鄂伦春族猎民"})
}

// TestDst14QuotedBodyPlace: the known place that opens a quoted body's
// name is returned to be masked on its own elsewhere (高台|驴 glued to a
// word where no recognizer reads it).
func TestDst14QuotedBodyPlace(t *testing.T) {
	for name, want := range map[string]string{"高台蘑菇姐": "高台", "兰溪茶妹子": "兰溪"} {
		ps := quotedBodyPlaces14(Finding{Type: ORG, Text: name, Evidence: "quoted-body14"})
		if len(ps) != 1 || ps[0].Text != want || ps[0].Type != LOCATION {
			t.Errorf("quotedBodyPlaces14(%s) = %v, want %s", name, ps, want)
		}
	}
}

// TestDst14BrandOrdinaryWord: a declared short form made of one ordinary
// noun and a word (梯田|人家) gives no brand alone, where a made-up brand
// (丰硕|面业) does.
func TestDst14BrandOrdinaryWord(t *testing.T) {
	seg := testSeg(t)
	for text, want := range map[string]string{
		"引进梯田人家农业开发有限公司（以下简称“梯田人家”），梯田面积扩大。": "",
		"引进稻田人家农业有限公司（以下简称“稻田人家”），稻田养鱼面积扩大。": "",
		"引进丰硕面业有限公司（以下简称“丰硕面业”），丰硕年加工小麦5万吨。": "丰硕",
	} {
		tt := newTokText(seg, text)
		e := strings.Index(text, "（")
		f := Finding{Type: ORG, Text: text[len("引进"):e], Start: len("引进"), End: e}
		got := strings.Join(brandsAlone14(tt, f, []*tokText{tt}), "")
		if got != want {
			t.Errorf("brandsAlone14(%s) = %q, want %q", f.Text, got, want)
		}
	}
}
