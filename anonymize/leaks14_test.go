package anonymize

import "testing"

// TestSplitAndGluedTownships: a township gojieba cut into its stem and a
// lone 乡 is masked when a list or a route shows the place; a gazetteer
// township whose first character a preposition took (在|内良乡 cut 在内|
// 良乡) is masked whole; the village at the end of a route whose 至 was
// glued to the village before (…村至|…|村) is masked.
func TestSplitAndGluedTownships(t *testing.T) {
	got := maskedText(t, []string{
		"新添镇、六合乡各建成垃圾中转站1座。",
		"桥上乡至大河村公路完成拓宽，群众出行更方便。",
		"县供销社在内良乡设立农资配送点3个。",
		"新修黄坡村至上方村机耕道2公里。",
	})
	checkMasked(t, got, []string{"六合乡", "桥上乡", "内良乡", "上方村"},
		[]string{"各建成垃圾中转站", "完成拓宽", "设立农资配送点", "机耕道2公里"})
}

// TestCityAfterOrigin: a city's short form after a word of origin is the
// city even where gojieba reads it as an ordinary word or a name (海口/s,
// 拉萨/nrt), and the preposition 从, also a surname, makes no person of it.
func TestCityAfterOrigin(t *testing.T) {
	got := maskedText(t, []string{
		"暑期有不少来自海口的家庭到村里避暑。",
		"老队员从拉萨赶来参加比赛。",
		"从长远看，从严管理是必须的。",
	})
	checkMasked(t, got, []string{"海口", "拉萨"}, []string{"从长远看", "从严管理", "老队员从", "赶来参加比赛"})
}

// TestSurnameGluedToPersonNoun: a surname gojieba glued to the person noun
// before it (茶农|田|大姐 cut 茶|农田|大姐, 老兵|马某某 cut 老|兵马|…) still
// makes a person, with a kinship title or in a list of names.
func TestSurnameGluedToPersonNoun(t *testing.T) {
	got := maskedText(t, []string{
		"茶农田大姐高兴地说，今年茶叶卖了好价钱。",
		"座谈会邀请老兵马德才、钱永福、杨正林讲述战斗故事。",
		"保护基本农田大约三万亩。",
	})
	checkMasked(t, got, []string{"田大姐", "马德才"}, []string{"茶农", "老兵", "基本农田大约三万亩"})
}

// TestKindSiblingsAndRouteEnds: a list item after a place that ends in the
// same kind and takes the same tail word is a place (…河、…河; …山林区、
// …山林区), even a one-character river or a common word before 山; the end
// of a route before 的 and a road (至…坪的产业路, 至…组的道路) is a place;
// ordinary phrases of the same shapes stay.
func TestKindSiblingsAndRouteEnds(t *testing.T) {
	got := maskedText(t, []string{
		"颍河、经河出境水质稳定。",
		"爷台山林区、桃花山林区落实护林员责任。",
		"新修从村委会至三里坪的产业路，拓宽至清池组的道路。",
		"修建从县城至安置小区的道路，完善山河、江湖治理。",
	})
	checkMasked(t, got, []string{"经河", "桃花山", "三里坪", "清池组"},
		[]string{"出境水质稳定", "林区落实护林员", "的产业路", "至安置小区的道路", "山河", "江湖"})
}

// TestSiteKinds: sites named after a person or a place — a former
// residence, a prince's mansion, a tomb, a memorial hall — are places
// (toponym.go) when their stem is a name; the class words of such sites
// (烈士纪念馆, 名人故居) and landforms (丘陵) stay readable.
func TestSiteKinds(t *testing.T) {
	got := maskedText(t, []string{
		"鲁迅故居、茅盾故居接待游客3万人次。",
		"配合双帝陵保护范围划定，白马镇红星城纪念馆完成布展。",
		"组织党员参观烈士纪念馆、名人故居，低山丘陵地带种植油茶。",
	})
	checkMasked(t, got, []string{"鲁迅故居", "茅盾故居", "双帝陵", "红星城纪念馆"},
		[]string{"烈士纪念馆", "名人故居", "丘陵地带", "接待游客"})
}

// TestUnitAfterTownAndLongStem: a community named right after its town is
// masked however gojieba cut its name (…镇玲珑X社区); a made-up word of
// three characters and one more character before a site kind make a stem
// of four (a transliterated name before 王府); a class stem after a town
// stays readable.
func TestUnitAfterTownAndLongStem(t *testing.T) {
	got := maskedText(t, []string{
		"白马镇玲珑张社区完成雨污分流改造。",
		"修缮达尔罕图王府院落，周边完成绿化提升。",
		"城关镇各社区完成换届。",
	})
	checkMasked(t, got, []string{"玲珑张社区", "达尔罕", "图王府"},
		[]string{"完成雨污分流改造", "周边完成绿化提升", "各社区完成换届"})
}

// TestPassedPlaces: the sights a route passes, listed after 途经 and closed
// by punctuation, are places even when their stems are ordinary words
// (蝴蝶, 流水) or gojieba cut them oddly; a list holding a collective word
// (山河, 江湖) is no list of names.
func TestPassedPlaces(t *testing.T) {
	got := maskedText(t, []string{
		"徒步线路途经蝴蝶湖、流水河，终点设在游客中心。",
		"这条路途经山河、江湖，风景很美。",
	})
	checkMasked(t, got, []string{"蝴蝶湖", "流水河"}, []string{"终点设在游客中心", "山河", "江湖"})
}

// TestSiteAfterToponym: a stem and kind before a former site or remains
// (…岩革命旧址) name a place even when the stem is an ordinary word.
func TestSiteAfterToponym(t *testing.T) {
	got := maskedText(t, []string{"完成胜利岩革命旧址、团结岩革命旧址保护修缮，新建停车场一处。"})
	checkMasked(t, got, []string{"胜利岩", "团结岩"}, []string{"革命旧址保护修缮", "新建停车场"})
}

// TestScenicInParkAndRoutePair: a place word of gojieba's that it doubts,
// before 景区 and right after a park, names the scenic area; a kind of
// place there (古镇) does not. The other end of a quoted route whose one end
// is a place is a place too.
func TestScenicInParkAndRoutePair(t *testing.T) {
	got := maskedText(t, []string{
		"五一期间，云雾山国家森林公园天池景区接待游客2万人次。",
		"把白沙镇纳入“白沙镇—青云佛国”旅游线路，打造“红色教育—绿色生态”旅游线路。",
		"白沙镇古镇景区周边完成绿化。",
	})
	checkMasked(t, got, []string{"天池", "青云佛国", "佛国"}, []string{"景区接待游客", "红色教育—绿色生态", "古镇景区周边"})
}
