package anonymize

import "testing"

// TestKindTowns16: a town whose name is an ordinary word (名山, 石门) before
// 镇 is masked when the division lexicon lists it; grades of town (重点镇,
// 特色小镇) stay.
func TestKindTowns16(t *testing.T) {
	got := maskedText(t, []string{
		"名山镇入选省级旅游特色小镇，重点镇建设稳步推进。",
		"今年名山镇新建卫生院一所，带动周边乡镇发展。",
	})
	checkMasked(t, got, []string{"名山"}, []string{"入选省级旅游特色小镇", "重点镇建设", "周边乡镇"})
}

// TestKindVillages16: a village or community whose stem is an ordinary word
// of the village gazetteer (石头, 曲美, 前进) is masked, also after a town;
// grades of village and words the kind begins (文明村, 中心村, 示范社区,
// 村级) stay.
func TestKindVillages16(t *testing.T) {
	got := maskedText(t, []string{
		"石头社区建成养老驿站，曲美村护林员每天巡山。",
		"陶家屯镇前进村篮球队夺得冠军。",
		"创建文明村3个、中心村5个、示范社区2个，全面推进村级集体经济发展。",
		"修建村文化室两处，上世纪建成的工人新村完成改造。",
	})
	checkMasked(t, got, []string{"石头社区", "曲美村", "前进村"}, []string{"文明村3个", "中心村5个", "示范社区2个", "全面推进村级集体经济发展", "养老驿站", "篮球队夺得冠军", "修建村文化室", "工人新村"})
}

// TestKindRoads16: a road of an ordinary word and a direction (文艺北路,
// 雍和北路) is masked; directions alone (东西路网) stay.
func TestKindRoads16(t *testing.T) {
	got := maskedText(t, []string{
		"利用文艺北路闲置地块建成共享停车场。",
		"雍和北路完成管网改造，城区东西路网全面打通。",
	})
	checkMasked(t, got, []string{"文艺", "雍和"}, []string{"共享停车场", "东西路网全面打通", "管网改造"})
}

// TestKindStems16: the stem of a town named in the document (松树镇)
// standing as an item of a list of places in another paragraph (松树、湾沟等地)
// is masked; the tree in a list of a document that names no such town
// stays.
func TestKindStems16(t *testing.T) {
	got := maskedText(t, []string{
		"松树、湾沟等地因长期采煤形成沉陷区。",
		"在松树镇实施沉陷区治理，复垦耕地八十亩。",
	})
	checkMasked(t, got, []string{"松树"}, []string{"等地因长期采煤", "复垦耕地"})
	got = maskedText(t, []string{"补种松树、杉树等苗木三千株。"})
	checkMasked(t, got, nil, []string{"补种松树、杉树等苗木"})
}

// TestKindQuarters16: an old quarter's name before 传统风貌区 is masked, and
// so is the name alone again; the kind stays.
func TestKindQuarters16(t *testing.T) {
	got := maskedText(t, []string{
		"三道拐传统风貌区二期完成立面整治，青瓦台风貌区完成改造。",
		"三道拐地下停车场实现错时共享。",
	})
	checkMasked(t, got, []string{"三道拐", "青瓦台"}, []string{"传统风貌区", "地下停车场"})
}

// TestKindTownsCut16: a town of the division lexicon is masked whatever
// gojieba's cut glues to it (太|拥镇昂|沙村) and when its stem is a word
// (棋盘乡); the body after it stays.
func TestKindTownsCut16(t *testing.T) {
	got := maskedText(t, []string{
		"太拥镇昂沙村教学点新添课桌椅。",
		"棋盘乡新修通组路三公里。",
	})
	checkMasked(t, got, []string{"太拥", "棋盘乡"}, []string{"教学点新添课桌椅", "新修通组路三公里"})
}
