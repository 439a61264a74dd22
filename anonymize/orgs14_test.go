package anonymize

import "testing"

// TestOrgs14: named bodies of a brand word (鸿泰物业), a surname and a
// brand character (赵鑫建材), three brand characters (聚丰源商贸), a
// county's short form before a trade (尤溪燃气), the brand between a masked
// place and form, the value of a project table's field and the brand
// alone later are masked; descriptions, crops, villages and bases stay.
func TestOrgs14(t *testing.T) {
	got := maskedText(t, []string{
		"由鸿泰物业负责小区日常管理。",
		"由赵鑫建材承建的安置房项目已封顶。",
		"聚丰源商贸的负责人介绍了生产情况。",
		"尤溪燃气中标县城供水改造项目。",
		"组织昌隆艺术团参加文艺汇演。",
		"施工单位：红枫叶茶叶专业合作社；监理单位由县里统一招标。",
		"永州汇德食品有限公司落户工业园区。汇德负责人表示，年底前投产。",
	})
	checkMasked(t, got, []string{"鸿泰", "赵鑫", "聚丰源", "尤溪", "昌隆", "红枫叶", "汇德"}, []string{
		"由", "承建", "负责人", "燃气", "参加", "监理单位",
	})
	t.Log(got)
	kept := maskedText(t, []string{
		"由普惠性幼儿园承担学前教育。",
		"石塘镇红芽芋种植专业合作社种植红芽芋八百亩。",
		"后岸村、张思村民宿集群年营业收入增长两成。",
		"返乡创办杨梅基地，发展梯田旅游。",
		"葛城街道的电商直播基地里一片忙碌。",
		"县燃气公司、县公交公司完成改制。",
		"培育龙头企业和农民专业合作社，扶持家庭农场。",
	})
	checkMasked(t, kept, nil, []string{
		"普惠性幼儿园", "红芽芋", "民宿集群", "杨梅基地", "梯田旅游", "电商直播基地", "县燃气公司", "县公交公司", "龙头企业", "农民专业合作社", "家庭农场",
	})
	t.Log(kept)
}

// TestOrgsFrequentWords14: a frequent word or a mode of transport of brand
// or surname characters before a kind of body is no brand (the review's
// over-masks: 诚信|建设, 黄金|旅游线路, 陆运|物流); a brand before a trade
// stays masked.
func TestOrgsFrequentWords14(t *testing.T) {
	got := maskedText(t, []string{
		"加强诚信建设，营造良好营商环境。",
		"打造黄金旅游线路，带动沿线乡村发展。",
		"推进陆运物流与港口联动，发展海运物流。",
		"恒源燃气公司完成管网改造，恒源燃气负责运营。",
	})
	checkMasked(t, got, []string{"恒源燃气"}, []string{"诚信建设", "黄金旅游线路", "陆运物流", "海运物流"})
}
