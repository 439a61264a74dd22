package anonymize

import "testing"

// TestOrgHeadCutByGojieba: a company whose own name gojieba cuts into a
// two-character word and a character (福源|旺) or three characters
// (德|源|达) before a kind word (果品, 菌业) is named by those characters,
// and its brand alone later (…牌) is masked as its short form; a village
// before a farm (大湾村养殖场) stays a place before an ordinary word.
func TestOrgHeadCutByGojieba(t *testing.T) {
	got := maskedText(t, []string{
		"全年新增规模以上企业3家；福源旺果品有限公司扩建冷库，福源旺牌苹果脆片销往外省。",
		"招商引资成效明显；德源达菌业有限公司建成菌棒生产线。",
		"群众来电反映白沙村养殖场异味扰民问题。",
	})
	checkMasked(t, got, []string{"福源旺", "德源达"}, []string{"牌苹果脆片", "建成菌棒生产线", "养殖场异味扰民"})
}

// TestStreetNamedByWord: a subdistrict named by an ordinary noun (文化街道)
// is a place where a place's name begins (after 在, a comma or
// a county); the same nouns before 街道 in other slots stay readable.
func TestStreetNamedByWord(t *testing.T) {
	got := maskedText(t, []string{
		"年内在文化街道建成社区食堂两处，工业街道、河口镇各建成一处。",
		"环卫工人每天清扫街道，城区主要街道实现机械化清扫。",
	})
	checkMasked(t, got, []string{"文化街道", "工业街道"}, []string{"清扫街道", "城区主要街道", "社区食堂"})
}

// TestResidentialCompounds: residential compounds listed before a count
// of compounds or 等, or named before 小区 with a compound's ending, are
// places; 老旧小区, 新建小区 and 住宅小区 stay.
func TestResidentialCompounds(t *testing.T) {
	got := maskedText(t, []string{
		"幸福家园和桂园新村两个小区完成雨污分流改造。",
		"对阳光花园、滨江华府等小区加装电梯，翠湖名苑小区新建充电桩。",
		"全县完成老旧小区改造12个，新建小区配套设施同步交付，住宅小区物业覆盖率提高。",
	})
	checkMasked(t, got, []string{"幸福家园", "桂园新村", "阳光花园", "滨江华府", "翠湖名苑"},
		[]string{"两个小区", "等小区", "老旧小区改造", "新建小区配套", "住宅小区物业"})
}

// TestSceneryPairs: four-character set phrases of two landscape halves
// (青山绿水, 金山银山) are no mountains, places or names; a mountain's
// name before a scenic-area word is still masked.
func TestSceneryPairs(t *testing.T) {
	got := maskedText(t, []string{"守护好一方青山绿水，让冰天雪地变成金山银山，鹰嘴岩山景区年接待游客20万人次。"})
	checkMasked(t, got, []string{"鹰嘴岩山"}, []string{"青山绿水", "金山银山"})
}

// TestGenreWordNoBrand: a trade word of the genre gojieba does not know
// (冷链) before an industry word is no brand (冷链|物流); a made-up brand
// there still is (鑫禾|物流); a county-wide facility named by its trade
// (全县|冷链物流中心) is no proper body.
func TestGenreWordNoBrand(t *testing.T) {
	got := maskedText(t, []string{"全县冷链物流中心年底前投入使用，冷链物流企业达到6家，鑫禾物流负责全县农产品运输。"})
	checkMasked(t, got, []string{"鑫禾物流"}, []string{"冷链物流中心年底前", "冷链物流企业"})
}

// TestRicePaddyAndCraftWords: the words of rice paddies farmed with
// shrimp or fish (稻虾, 虾稻) are no names, and a craft word after a name
// and a list comma that qualifies a craft's people (、苗绣|代表性传承人) is
// no name in a list of names; the names around stay masked.
func TestRicePaddyAndCraftWords(t *testing.T) {
	got := maskedText(t, []string{
		"全镇推广虾稻连作和稻虾共生模式，稻虾综合种养面积突破3万亩。",
		"剪纸省级代表性传承人韦秀英、苗绣代表性传承人杨阿妹开设传习班。",
	})
	checkMasked(t, got, []string{"韦秀英", "杨阿妹"}, []string{"虾稻连作", "稻虾共生", "稻虾综合种养", "苗绣代表性传承人"})
}

// TestNationalEvent: a fair named by a national scope and kind words
// (中国国际水产品交易会) is kept, and so is the country's name elsewhere
// (no short form 中国 of it is masked); a fair named by a county still
// has its place masked.
func TestNationalEvent(t *testing.T) {
	got := maskedText(t, []string{"组织合作社参加中国国际水产品交易会和中国国际服务贸易交易会，中国农民丰收节期间举办兰考县蜜瓜推介会。"})
	checkMasked(t, got, []string{"兰考"}, []string{"中国国际水产品交易会", "中国国际服务贸易交易会", "中国农民丰收节", "蜜瓜推介会"})
}

// TestGenreFestival: a festival named by a genre word (黄牛节, 龙虾节) is
// no name.
func TestGenreFestival(t *testing.T) {
	got := maskedText(t, []string{"今年继续办好龙虾节和油茶节，节会期间接待游客8万人次。"})
	checkMasked(t, got, nil, []string{"龙虾节", "油茶节"})
}

// TestSloganNoPlace: a development slogan is no place, though a half of
// it is a county's name or short form (富民 of 富民强县, 兴县 of 科技兴县);
// the county itself is masked where it names a place.
func TestSloganNoPlace(t *testing.T) {
	got := maskedText(t, []string{"坚持科技兴县、富民强县，把乡村旅游打造成富民强镇的主导产业。"})
	checkMasked(t, got, nil, []string{"科技兴县", "富民强县", "富民强镇"})
	got = maskedText(t, []string{"山西省吕梁市兴县的考察团来我县交流。"})
	checkMasked(t, got, []string{"兴县"}, []string{"考察团"})
}

// TestDoubledWordAndBuildings: a speech's closing 谢谢 and a community's
// 楼栋 are no names; a name before 说 is still masked.
func TestDoubledWordAndBuildings(t *testing.T) {
	got := maskedText(t, []string{"以上汇报如有不妥，请批评指正。谢谢！", "全社区有12个楼栋未装电梯，楼栋长韩立新说已经登记了意向。"})
	checkMasked(t, got, []string{"韩立新"}, []string{"谢谢", "个楼栋未装电梯", "楼栋长"})
}

// TestGenreFacility: a facility named by a genre word gojieba calls a
// name (小龙虾/nr) and its kind (交易中心/nt) is no proper body; one with
// a trade name inside is.
func TestGenreFacility(t *testing.T) {
	got := maskedText(t, []string{"今年新建小龙虾交易中心一处，鑫源水产交易中心同步投入运营。"})
	checkMasked(t, got, []string{"鑫源"}, []string{"小龙虾交易中心"})
}

// TestVerbAfterComrade: the verb after 同志 that closes a name (…同志包联)
// is no name of its own; the names before stay masked.
func TestVerbAfterComrade(t *testing.T) {
	got := maskedText(t, []string{"带领副镇长郑宏图、邝英杰同志包保重点企业，每月上门走访一次。"})
	checkMasked(t, got, []string{"郑宏图", "邝英杰"}, []string{"同志包保重点企业"})
}
