package anonymize

import "testing"

// TestRareSurnameNames25: a name of the rare surnames 寸, 字, 星 after a
// role or a person noun, and one listed beside a person found, is masked;
// a word that opens with the surname's character stays readable.
func TestRareSurnameNames25(t *testing.T) {
	got := maskedText(t, []string{
		"和顺镇卫生院医生寸丽芳坚持送医上门，村小教师星晓燕扎根山区十年。",
		"调研组成员：周志刚、张玉兰、字建林",
		"组织乡村医生马有才、寸家福、李秀英到县医院进修。",
	})
	checkMasked(t, got, []string{"寸丽芳", "星晓燕", "字建林", "寸家福"}, []string{"坚持送医上门", "扎根山区十年", "到县医院进修"})
	got = maskedText(t, []string{"医生寸步不离守在床边，教师星级评定工作完成，干部字斟句酌修改材料。"})
	checkMasked(t, got, nil, []string{"寸步不离", "星级评定", "字斟句酌"})
}

// TestGluedPersonNoun25: a name right after 乡贤 is masked when gojieba
// glued the noun's last character to the surname.
func TestGluedPersonNoun25(t *testing.T) {
	got := maskedText(t, []string{"在外创业的乡贤王振国捐资15万元修建村文化广场。"})
	checkMasked(t, got, []string{"王振国", "振国"}, []string{"乡贤", "捐资15万元"})
}

// TestUnreadBeforeKinds25: a port, a border trade zone and a beach named
// by a stem gojieba cannot read are masked; a port, zone or beach
// qualified by an ordinary word stays readable.
func TestUnreadBeforeKinds25(t *testing.T) {
	got := maskedText(t, []string{
		"二是加快那坡关口岸改造，在红其拉甫口岸周边设立执勤点。",
		"勐腊告边境贸易区新建仓储中心，礁头岙沙滩完成步道改造。",
	})
	checkMasked(t, got, []string{"那坡关", "红其拉甫", "勐腊告", "礁头岙"}, []string{"口岸改造", "边境贸易区新建", "沙滩完成"})
	got = maskedText(t, []string{"推进陆路口岸和航空口岸建设，开放金色沙滩，打造智慧口岸。"})
	checkMasked(t, got, nil, []string{"陆路口岸", "航空口岸", "金色沙滩", "智慧口岸"})
}

// TestPasses25: a pass gojieba knows as a word and a Great-Wall section
// right after its township are masked; checks and switches in 关 stay
// readable.
func TestPasses25(t *testing.T) {
	got := maskedText(t, []string{
		"依托古镇景区和坐禅关的客流发展民宿，白岩乡八道口长城周边完成垃圾清理。",
	})
	checkMasked(t, got, []string{"坐禅关", "八道口"}, []string{"景区和", "的客流发展民宿", "周边完成垃圾清理"})
	got = maskedText(t, []string{"严把质量关和验收关，守住总开关，推进大通关建设，筑牢绿色长城。"})
	checkMasked(t, got, nil, []string{"质量关", "验收关", "总开关", "大通关", "绿色长城"})
}

// TestNamedQuarters25: the stem of a named historic or cultural quarter
// is masked; a quarter qualified by an ordinary word stays readable.
func TestNamedQuarters25(t *testing.T) {
	got := maskedText(t, []string{
		"市民在长廊历史文化街区就能看到白鹭，桃花坞文化街区完成立面整治，在楚辞小镇文化街区举办灯会。",
	})
	checkMasked(t, got, []string{"长廊", "桃花坞", "楚辞小镇"}, []string{"历史文化街区", "文化街区完成立面整治", "文化街区举办灯会"})
	got = maskedText(t, []string{"打造特色文化街区2个，完成老城历史文化街区保护规划，建成市民文化街区，整治文化街区。小镇文化街区完成改造。"})
	checkMasked(t, got, nil, []string{"特色文化街区", "老城历史文化街区", "市民文化街区", "整治文化街区", "小镇文化街区"})
}

// TestDotEstates25: an estate named by a developer, a middle dot and an
// estate word is masked; a transliterated person's name stays a person.
func TestDotEstates25(t *testing.T) {
	got := maskedText(t, []string{"为嘉禾·翠湖名苑等9个项目2100户群众同步发证。"})
	checkMasked(t, got, []string{"嘉禾·翠湖名苑", "翠湖名苑"}, []string{"等9个项目"})
	got = maskedText(t, []string{"社区书记古丽娜·艾山与居民结成对子，推动嘉禾·翠湖名苑交房。"})
	checkMasked(t, got, []string{"古丽娜", "翠湖名苑"}, []string{"与居民结成对子", "推动"})
}

// TestRouteEndTowns25: a gazetteer town with an ordinary word for stem
// at the end of a route's stretch is masked.
func TestRouteEndTowns25(t *testing.T) {
	got := maskedText(t, []string{"沿江建成绿道28公里，古镇景区至新建镇段成为骑行热门线路。"})
	checkMasked(t, got, []string{"新建镇"}, []string{"骑行热门线路"})
	got = maskedText(t, []string{"新建镇村道路120公里。"})
	checkMasked(t, got, nil, []string{"新建镇村道路"})
}

// TestDengVillages25: a village right after its township whose stem opens
// with 等 is masked; 等 closing a list of townships stays readable.
func TestDengVillages25(t *testing.T) {
	got := maskedText(t, []string{"弄岛镇等秀村护边员每天沿界碑巡逻。"})
	checkMasked(t, got, []string{"等秀村"}, []string{"护边员"})
	got = maskedText(t, []string{"弄岛镇等贫困村完成道路硬化，姐相镇等3个村通上自来水，户育乡等村民小组建成活动室，勐秀乡等各村建成卫生室。"})
	checkMasked(t, got, nil, []string{"等贫困村", "等3个村", "等村民小组", "等各村"})
}

// TestGluedSchools25: a school right after its township whose kind
// gojieba glued to the role after it is masked; a central school stays
// readable.
func TestGluedSchools25(t *testing.T) {
	got := maskedText(t, []string{"青石镇启明小学教师马成龙入选省级骨干教师。"})
	checkMasked(t, got, []string{"启明小学"}, []string{"入选省级骨干教师"})
	got = maskedText(t, []string{"寿乐镇全体小学教师参加培训，青石镇各村小学教师参加轮训。"})
	checkMasked(t, got, nil, []string{"全体小学教师", "各村小学教师"})
}

// TestSameKindSiblings25: a lake or a market listed right after one of
// the same kind found, and a street listed right after an area found,
// are masked; a list of kinds with no stem stays readable.
func TestSameKindSiblings25(t *testing.T) {
	got := maskedText(t, []string{
		"完成甘棠湖、东湖周边雨污分流改造。",
		"区商务局对七里河菜市场、向阳菜市场实施标准化改造。",
		"完成崖州古城南门片区、解放街骑楼立面修缮。",
	})
	checkMasked(t, got, []string{"东湖", "向阳菜市场", "解放街"}, []string{"周边雨污分流改造", "实施标准化改造", "骑楼立面修缮"})
	got = maskedText(t, []string{"七里河菜市场、农贸市场、超市全部纳入检查，完成崖州古城南门片区、主街改造。"})
	checkMasked(t, got, nil, []string{"农贸市场", "主街改造"})
}

// TestBorderStretch25: a stretch of the border named by a stem gojieba
// cannot read beside a port is masked; one between two countries' short
// names stays readable.
func TestBorderStretch25(t *testing.T) {
	got := maskedText(t, []string{"在口岸周边和阿克其古边境一线设立执勤点。"})
	checkMasked(t, got, []string{"阿克其古"}, []string{"边境一线设立执勤点"})
	got = maskedText(t, []string{"加强中缅边境一线管控。"})
	checkMasked(t, got, nil, []string{"中缅边境一线管控"})
}

// TestQuarterListItems25: an open ground listed right after a named
// quarter whose stem was found is masked.
func TestQuarterListItems25(t *testing.T) {
	got := maskedText(t, []string{"整治窑湾历史文化街区、石碾坪占道经营问题。"})
	checkMasked(t, got, []string{"石碾坪"}, []string{"占道经营问题"})
}

// TestDotNamesAfterPerson25: a transliterated name whose last part is
// one character right after a person noun in 员 is masked, and again
// where it stands alone; the noun stays readable.
func TestDotNamesAfterPerson25(t *testing.T) {
	got := maskedText(t, []string{"护边员木然·腊每天巡逻，退伍后回到寨子。", "“两样都不耽误。”木然·腊笑着说。"})
	checkMasked(t, got, []string{"木然·腊", "木然"}, []string{"护边员", "每天巡逻", "笑着说"})
	// any name dot, not only · (the gate once looked for · alone)
	got = maskedText(t, []string{"护边员木然•腊每天巡逻，退伍后回到寨子。"})
	checkMasked(t, got, []string{"木然"}, []string{"护边员", "每天巡逻"})
}

// TestUnreadCorridors25: a corridor named by a word gojieba cannot read
// is masked; the corridors it knows stay readable.
func TestUnreadCorridors25(t *testing.T) {
	got := maskedText(t, []string{"配合林业部门推进锦云廊古树保护，建成风雨廊3座、文化长廊2处。"})
	checkMasked(t, got, []string{"锦云廊"}, []string{"古树保护", "风雨廊", "文化长廊"})
}
