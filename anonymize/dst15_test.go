package anonymize

import (
	"strings"
	"testing"
)

// TestDst15PoeticInn: an inn or teahouse named by a two-character stem and
// a lodging head is masked, in quotes in a list of homestays or before a
// teahouse's kind, and unquoted after 的 for the heads of two characters;
// a generic stem (科技小院, 精品小院) and an ordinary word in 居 stay.
func TestDst15PoeticInn(t *testing.T) {
	got := maskedText(t, []string{
		"“松涛草堂”“枕溪居”和“望岚山舍”等精品民宿在沙溪镇开业。",
		"青岩山半腰的栖霞山舍推出观星套餐，栖霞山舍旺季满房。",
		"老街上的“听松轩”茶社每晚有评弹演出。",
		"镇里的云朵茶舍开设茶艺课堂。",
		// kinds, programmes and ordinary words in the same places stay
		"全县建成科技小院6个、精品小院12家。",
		"打造“美丽宜居”示范村，群众安居乐业。",
	})
	checkMasked(t, got, []string{"松涛", "枕溪", "望岚", "栖霞山舍", "听松", "云朵茶舍"},
		[]string{"精品民宿", "茶社", "科技小院", "精品小院", "美丽宜居", "安居乐业"})
}

// TestDst15QuotedTeahouse: a quoted name right before the kind of
// teahouse or inn it names is masked whole (a part read as a place leaves
// the rest readable: “裕〔地名〕”); a slogan in quotes before the same
// kind stays.
func TestDst15QuotedTeahouse(t *testing.T) {
	got := maskedText(t, []string{
		"退休教师在老街开了一家“德和祥”茶社，每天下午有人唱川剧。",
		"老艺人在西街开了一家“裕泰兴”茶社，每晚唱小曲。",
		"古镇里的“和顺昌”茶社每晚演出花鼓戏。",
		"社区开办“平安”茶社，调解邻里纠纷。",
	})
	checkMasked(t, got, []string{"德和祥", "“裕", "“和"}, []string{"茶社", "“平安”茶社", "花鼓戏"})
}

// TestDst15Railway: a heritage railway named by a place stem is masked at
// a stop, after a work verb or a place; a kind of line stays.
func TestDst15Railway(t *testing.T) {
	got := maskedText(t, []string{
		"依托芦溪小火车和黛石铁路沿线老矿区建设教学点。",
		"与邻县签订协议，云岫小火车旺季加开两班。",
		"乘坐云岫小火车可达竹海。",
		"城际铁路和森林小火车均已通车。",
	})
	checkMasked(t, got, []string{"芦溪", "黛石", "云岫", "小火车旺季"}, []string{"城际铁路", "森林小火车"})
}

// TestDst15ExpoHall: an exhibition city or park named by a stem back to a
// stop or a work verb is masked whole, 中国 and all; a kind of
// exhibition stays.
func TestDst15ExpoHall(t *testing.T) {
	got := maskedText(t, []string{
		"在石门风景区和中国竹木雕刻博览城设立演出点。",
		"依托青峰生态博览园举办花卉展。",
		"全市建成园林博览园一处，举办国际博览会两次。",
	})
	checkMasked(t, got, []string{"竹木雕刻博览城", "青峰生态"}, []string{"园林博览园", "国际博览会"})
}

// TestDst15TalentFlat: a talent apartment block of its own stem is
// masked; one of a level or kind stays.
func TestDst15TalentFlat(t *testing.T) {
	got := maskedText(t, []string{
		"在南苑街道建成南苑人才公寓，提供房源120套。",
		"园区建成凤栖人才公寓、栖凤人才公寓两处。",
		"全县新建人才公寓300套，县级人才公寓拎包入住。",
	})
	checkMasked(t, got, []string{"南苑人才公寓", "凤栖", "栖凤"}, []string{"新建人才公寓", "县级人才公寓"})
}

// TestDst15BorderMarket: a border market of a stem gojieba does not know
// is masked; one of a kind word stays.
func TestDst15BorderMarket(t *testing.T) {
	got := maskedText(t, []string{
		"规范提升朗木边贸市场，新建商铺30间。",
		"建成曲嘎边贸市场并引导群众开设边贸商店。",
		"边境边贸市场和口岸边贸市场交易额增长15%。",
	})
	checkMasked(t, got, []string{"朗木", "曲嘎"}, []string{"边境边贸市场", "口岸边贸市场"})
}

// TestDst15FamilyShop: a quoted shop named by a familiar name and 家的 is
// masked whole, the familiar name's head (阿) and all.
func TestDst15FamilyShop(t *testing.T) {
	got := maskedText(t, []string{
		"县城的“老根家的羊肉汤”入选特色小吃名录。",
		"返乡青年在抖音开设“阿甘家的橙子园”，粉丝超过十万。",
	})
	checkMasked(t, got, []string{"老根", "“阿", "橙子园"}, []string{"抖音", "特色小吃", "粉丝"})
}

// TestDst15FirmStyleForm: a firm's brand with the trade word that ends
// its compound trade (清韵|红木家具 → 清韵家具) names the firm again
// after its full name.
func TestDst15FirmStyleForm(t *testing.T) {
	got := maskedText(t, []string{
		"湖口镇江西清韵红木家具有限公司参加展会，清韵家具签约经销商12家。",
		"桐乡镇浙江云锦古典家具有限公司通过质量认证。云锦家具新增订单300套。",
	})
	checkMasked(t, got, []string{"清韵", "云锦"}, []string{"签约经销商", "新增订单"})
}

// TestDst15FestivalProduce: a flower or fruit that names a festival after
// its count (第八届|金莲花|节) is the festival's produce, no person; a
// person before 节后 stays a person.
func TestDst15FestivalProduce(t *testing.T) {
	got := maskedText(t, []string{
		"坝上草原举办第八届金莲花节，游客达5万人次。",
		"凤凰山下举办第六届金桂花节。",
		"社区干部王桂花节后返岗。",
	})
	checkMasked(t, got, []string{"王桂花"}, []string{"金莲花节", "金桂花节"})
}

// TestDst15KindNotPerson: a kind of business or programme (康养, 文旅)
// read as a surname and a given name is no person.
func TestDst15KindNotPerson(t *testing.T) {
	tt := newTokText(testSeg(t), "围绕“竹乡康养、龙舟文化”两张名片开展宣传。")
	for _, w := range []string{"康养", "文旅"} {
		s := strings.Index(tt.text, "康养")
		f := Finding{Type: PERSON, Text: w, Start: s, End: s + len(w)}
		if !notPerson15(tt, f) {
			t.Errorf("%s read as a person stays", w)
		}
	}
	s := strings.Index(tt.text, "龙舟")
	if notPerson15(tt, Finding{Type: PERSON, Text: "龙舟", Start: s, End: s + len("龙舟")}) {
		t.Errorf("龙舟 dropped as a kind")
	}
}

// TestDst15GachaHead: two Mongolian name elements right before the head
// of their gacha (宝音朝格图|嘎查长) are the head, masked, even where
// gojieba guesses the whole a place; the gacha after 带领 stays a place.
func TestDst15GachaHead(t *testing.T) {
	got := maskedText(t, []string{
		"宝音朝格图嘎查长带领牧民转场。",
		"苏木召开会议，苏和朝格图嘎查长汇报了草场流转情况。",
	})
	checkMasked(t, got, []string{"宝音", "朝格图", "苏和"}, []string{"嘎查长", "带领牧民转场"})
}
