package anonymize

import "testing"

// TestLevelKindsAndCountedBodies18: a body named by its level alone in a
// list (县第二中学, 县域高中 beside a named school), a kind of body counted
// right after it (公立医院6家), a body after a word for a whole area
// (全旗|…, 全市|供销合作社) and a central village (…中心村) stay readable;
// the named bodies beside them are masked.
func TestLevelKindsAndCountedBodies18(t *testing.T) {
	got := maskedText(t, []string{
		"对县第二中学、柏树镇中心学校食堂开展检查。",
		"全市共有公立医院6家、乡镇卫生院12家、村卫生室140个。",
		"推进学前教育扩容、县域高中振兴和职业教育融合，龙泉中学、县域高中结对帮扶。",
		"全旗现有旗疾控中心、旗中医院各1所。",
		"为落实全市供销合作社综合改革部署，各镇成立工作专班。",
		"北坪村获评省级美丽乡村中心村，镇里新建服务中心村民活动室。",
		"全县现有乡镇卫生院22所、村卫生室230个。",
	})
	checkMasked(t, got, []string{"柏树镇", "龙泉中学", "北坪村"},
		[]string{"县第二中学", "公立医院6家", "乡镇卫生院12家", "村卫生室140个", "县域高中振兴", "、县域高中结对",
			"旗疾控中心", "全市供销合作社综合改革", "美丽乡村中心村", "服务中心村民活动室", "乡镇卫生院22所"})
}

// TestSetPhrasesOfFour18: a four-character description of terrain (山陡沟深,
// a noun and an adjective twice) and a parallel phrase whose halves begin
// alike (安居安业) name no place, though gojieba or the gazetteer reads
// their middle or half as one; two places side by side that begin alike
// (六安至安庆) and a familiar name after a noun (老人|老蒋) stay masked.
func TestSetPhrasesOfFour18(t *testing.T) {
	got := maskedText(t, []string{
		"部分村组山陡沟深，群众出行不便。",
		"推动安居安业，稳定搬迁群众就业。",
		"加快建设六安至安庆铁路。",
		"空巢老人老蒋腿脚不便，网格员每天上门。",
	})
	checkMasked(t, got, []string{"安庆", "老蒋"},
		[]string{"山陡沟深", "推动安居安业"})
}

// TestShortFormBeforeOtherLevel18: a township's short form that a higher
// level's character follows (大湾|区) names a region, no township, and stays
// readable unless the township itself is named in the text; before a word
// that begins with the character (…|市场) nothing changes.
func TestShortFormBeforeOtherLevel18(t *testing.T) {
	got := maskedText(t, []string{"深度融入大湾区建设，承接大湾区产业外溢。"})
	checkMasked(t, got, nil, []string{"融入大湾区建设", "承接大湾区产业外溢"})
	got = maskedText(t, []string{"深度融入大湾区建设。", "大湾乡新建村级光伏电站。"})
	checkMasked(t, got, []string{"大湾"}, []string{"新建村级光伏电站"})
}
