package anonymize

import "testing"

// TestTownBeforeCentralSchool: a township whose stem is a genre word
// (龙头, as in 龙头企业) is masked before its central school; the genre
// word elsewhere stays.
func TestTownBeforeCentralSchool(t *testing.T) {
	got := maskedText(t, []string{
		"龙头镇中心学校教师张三获评县级优秀班主任。",
		"培育农业产业化龙头企业5家。",
	})
	checkMasked(t, got, []string{"龙头镇", "张三"}, []string{"中心学校教师", "龙头企业"})
}

// TestNumeralAndGluedVillagesAfterTown: villages right after their town
// named by a numeral and a measure (五里村, 十八里村) or cut by gojieba as
// one word with 村 are masked; a kind of village after a town stays.
func TestNumeralAndGluedVillagesAfterTown(t *testing.T) {
	got := maskedText(t, []string{
		"白石镇五里村、十八里村完成饮水管网改造，汨罗镇屈原村建成文化广场。",
		"白石镇八岔村发展柑橘产业，白石镇移民村全部通硬化路。",
	})
	checkMasked(t, got, []string{"五里村", "十八里村", "屈原村", "八岔村"}, []string{"移民村全部通硬化路", "完成饮水管网改造"})
}

// TestRiverBeforeStretch: a river with no gazetteer entry is masked
// before its stretch in a town (…河|某镇|段) and before 河段 when its
// stem is no word; a kind of stretch (重点河段, 城区河段) stays.
func TestRiverBeforeStretch(t *testing.T) {
	got := maskedText(t, []string{
		"青石镇境内沥浦河段水质稳定，石门河白石镇段、大路河白石镇段完成清淤。",
		"重点河段、城区河段实行河长巡查，部分河段水质仍不稳定。",
	})
	checkMasked(t, got, []string{"沥浦", "石门河", "大路河", "白石镇"}, []string{"重点河段", "城区河段", "部分河段水质"})
}

// TestScenicNameBeforeKind: a scenic spot or park named by ordinary words
// (天上|花谷, 石门|清) before its kind is masked, and so is a valley a road
// to it starts from (…峪|至); ranks and themes before a kind (国家湿地公园,
// 生态景区, 乡村旅游公路) stay.
func TestScenicNameBeforeKind(t *testing.T) {
	got := maskedText(t, []string{
		"打通县城至天上花谷景区的快捷通道，石门清湿地公园完成提升改造。",
		"推动黑熊峪至空中花海旅游环线开工建设。",
		"创建国家湿地公园，打造生态景区和核心景区，发展乡村旅游公路。",
	})
	checkMasked(t, got, []string{"天上花谷", "石门清", "黑熊峪", "空中花海"}, []string{"国家湿地公园", "生态景区", "核心景区", "乡村旅游公路"})
}

// TestHamletAfterTownAndOldVillage: a hamlet right after its town (…镇
// 竹寨) is masked, and so is an old village named before 古村落; kinds of
// village after a town (镇村寨) and a description before 古村落 (传统) stay.
func TestHamletAfterTownAndOldVillage(t *testing.T) {
	got := maskedText(t, []string{
		"青石镇竹寨完成危房改造，新建文化广场一处。",
		"依托菊寨古村落和山歌文化，举办乡村旅游节。",
		"白石镇村寨道路全部硬化，保护传统古村落。",
	})
	checkMasked(t, got, []string{"竹寨", "青石", "菊寨"}, []string{"村寨道路全部硬化", "保护传统古村落", "山歌文化"})
}

// TestKindOrgsNarrowed: a studio named after a person keeps its kind and
// loses the name (…|名师工作室), a town's public unit keeps its kind and
// loses the town (…街道|社区卫生服务中心, …镇|泵站), and a bank named only
// by its level (县农商银行) stays whole.
func TestKindOrgsNarrowed(t *testing.T) {
	got := maskedText(t, []string{
		"成立王晓燕名师工作室，带动青年教师成长。",
		"东湖街道社区卫生服务中心完成改造，白石镇泵站改造工程通过验收。",
		"协调县农商银行推出“民宿贷”，累计放贷3000万元。",
	})
	checkMasked(t, got, []string{"王晓燕", "东湖街道", "白石镇"}, []string{"名师工作室", "社区卫生服务中心", "泵站改造", "县农商银行"})
}

// TestOrdinaryReadings10: a level of government and 里 (州里, 县里) is no
// name, and an ordinary word shared with a place's short form stays
// before a belt (滨海旅游带); a name before 等 is still masked.
func TestOrdinaryReadings10(t *testing.T) {
	got := maskedText(t, []string{
		"推进滨海旅游带建设，刘桂芳等农户受到州里表彰，县里安排专项资金。",
	})
	checkMasked(t, got, []string{"刘桂芳"}, []string{"滨海旅游带", "受到州里表彰", "县里安排"})
}

// TestCountsAndGluedTownRole: counts of towns and villages in a slogan
// (百县千镇万村) are no places, and a produce word after a town whose
// suffix and its first character read as 镇长 (…镇|长把桃) is no name; a
// name after a true 镇长 is masked.
func TestCountsAndGluedTownRole(t *testing.T) {
	got := maskedText(t, []string{
		"围绕“十县百镇千村示范工程”，抓好各项任务落实。",
		"其中河阴镇、白石镇长把梨种植1.2万亩。",
		"白石镇镇长刘桂芳主持会议。",
	})
	checkMasked(t, got, []string{"刘桂芳", "河阴"}, []string{"十县百镇千村示范工程", "长把梨种植"})
}

// TestMinorityPrefixName: a Dai villager's name of 岩 or 玉 and one
// character after 村民 is masked, here and where it is quoted again; an
// ordinary word of the same shape (玉米) stays unless speech follows.
func TestMinorityPrefixName(t *testing.T) {
	got := maskedText(t, []string{
		"“合作社统一收购，茶叶不愁卖了。”村民岩砍一边采茶一边说。",
		"“今年收入翻了一番。”岩砍笑着说。",
		"村民玉米种植面积扩大，农户玉米增产两成。",
	})
	checkMasked(t, got, []string{"岩砍"}, []string{"村民玉米种植", "农户玉米增产"})
}

// TestHeritageHouseName: a clan house or compound named before its kind
// (…大屋, …围屋) is masked; a people, a period or a style before the kind
// (客家围屋, 传统土楼) stays.
func TestHeritageHouseName(t *testing.T) {
	got := maskedText(t, []string{
		"依托德三大屋和山歌文化，发展乡村旅游。",
		"修缮客家围屋，保护传统土楼和大屋。",
	})
	checkMasked(t, got, []string{"德三"}, []string{"客家围屋", "传统土楼和大屋"})
}
