package anonymize

import "testing"

// TestClosedNameLists: a list closed by 等 and a word for people, or by a
// kinship word, is a list of names once a role stands before it or one of
// its items is known as a name — ordinary-word names (何方, 田园)
// included; the same words in a list of things stay readable.
func TestClosedNameLists(t *testing.T) {
	got := maskedText(t, []string{
		"镇里安排调解员罗小川、何方等人上门化解矛盾。",
		"针对欧阳晓东、薛长明等党员反映的道路问题，村里及时整改。",
		"村民夏雨和田园夫妇今年扩建了大棚，田园说收入翻了一番。",
	})
	checkMasked(t, got, []string{"罗小川", "何方", "欧阳晓东", "薛长明", "夏雨", "田园"},
		[]string{"调解员", "上门化解矛盾", "等党员", "道路问题", "扩建了大棚", "夫妇"})

	// things, not people: no role before, no known name, no kinship word
	got = maskedText(t, []string{"全县推广高产、优质等品种，方便、快捷等优势明显。"})
	checkMasked(t, got, nil, []string{"高产", "优质等品种", "方便", "快捷等优势"})
}

// TestNameListTail: the item after two names in a list is a name even
// when it is an ordinary word, unless a noun follows it (全体|党员).
func TestNameListTail(t *testing.T) {
	got := maskedText(t, []string{"服务队队员王建军、于晓梅、高峰每月进村开展培训。"})
	checkMasked(t, got, []string{"王建军", "于晓梅", "高峰"}, []string{"服务队队员", "每月进村开展培训"})

	got = maskedText(t, []string{"会议由王建军、于晓梅、全体党员参加。"})
	checkMasked(t, got, []string{"王建军", "于晓梅"}, []string{"全体党员"})
}

// TestSpacedNameAfterKin: a spaced name after a kinship word (其妻X  Y)
// is a name, as after a role.
func TestSpacedNameAfterKin(t *testing.T) {
	got := maskedText(t, []string{"该店经营者杜明轩对事实供认不讳，其妻柏  雪负责网店销售，其子杜  骏负责发货。"})
	checkMasked(t, got, []string{"柏  雪", "柏 雪", "杜  骏"}, []string{"负责网店销售", "负责发货"})
}

// TestNameBeforeAcademicTitle: a name right before 教授/研究员 is masked
// after an institution's name and when gojieba cuts its first two
// characters into a word (周一|凡); adjectives and counts before a title
// stay readable.
func TestNameBeforeAcademicTitle(t *testing.T) {
	got := maskedText(t, []string{
		"我们聘请西北农林科技大学韩立新教授担任产业顾问，由周一凡研究员团队驻村指导。",
		"学校现有特聘教授3人、知名教授5名，曾任教授的老同志2人，另聘请农学院土壤学教授2名。",
	})
	checkMasked(t, got, []string{"韩立新", "周一凡"}, []string{"担任产业顾问", "团队驻村指导", "特聘教授", "知名教授", "曾任教授", "土壤学教授"})
}

// TestMinistriesAreGeneric: national ministries and provincial departments
// named by their work (交通运输部, 人力资源社会保障部, 省交通运输厅) are
// generic bodies the default policy keeps, however gojieba cuts them, and
// no adverb or verb before them (积极争取) joins them; a county's bureau is
// still masked, and a conjunction is no part of a place
// (部和省).
func TestMinistriesAreGeneric(t *testing.T) {
	got := maskedText(t, []string{
		"我们积极争取交通运输部和省交通运输厅支持，争取人力资源社会保障部试点。",
		"屏南县交通运输局牵头实施。",
	})
	checkMasked(t, got, []string{"屏南县"}, []string{"积极争取交通运输部", "和省交通运输厅支持", "人力资源社会保障部"})
}

// TestNumeralStemTown: a town named by a numeral and a measure word
// (三道镇, 八里镇) is masked without other evidence, and the village after
// it with it; counts of townships stay readable.
func TestNumeralStemTown(t *testing.T) {
	got := maskedText(t, []string{"三道镇什进村新建民宿12家，全县三个乡镇完成任务。"})
	checkMasked(t, got, []string{"三道镇", "什进村"}, []string{"新建民宿", "三个乡镇完成任务"})
}
