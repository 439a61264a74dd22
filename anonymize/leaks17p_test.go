package anonymize

import "testing"

// TestNamesAfterKindsOfPerson: a name right after a word for a kind of
// person that is no role in 人/者/员 (邻居, 村民, 医生, 退役军人, 通讯员) is
// masked — a Han name gojieba cuts as 王家|豪, a Tibetan or Yi name without
// a surname — while ordinary words after the same nouns stay.
func TestNamesAfterKindsOfPerson(t *testing.T) {
	got := maskedText(t, []string{
		"他的邻居吉克阿依也赶来帮忙摘果。",
		"村民阿木尔布说，路修好了心里踏实。",
		"卫生室医生卓嘎为行动不便的老人上门量血压。",
		"镇里为困难退役军人范家兴落实了住房补助。",
		"本报讯（通讯员 吴家俊）近日，镇中心小学开展安全演练。",
		"其中村民李强与邻居多吉因宅基地边界发生争执。",
		"全村村民收入稳步提高，村民自治不断完善。",
		"街头镇石桥村、平桥镇黄塘村民宿集群年营业收入增长两成。",
	})
	checkMasked(t, got, []string{"吉克阿依", "阿木尔布", "卓嘎", "范家兴", "吴家俊", "多吉"},
		[]string{"村民收入稳步提高", "村民自治", "民宿集群", "也赶来帮忙"})
}

// TestListNamesBesidePerson: a name whose given part is an ordinary word
// (文静, 国庆) is masked where a list comma joins it to a masked person,
// before or after it; a list of things stays.
func TestListNamesBesidePerson(t *testing.T) {
	got := maskedText(t, []string{
		"调研组（成员：欧阳建设、赵立群、孙晓东）深入各镇了解情况。",
		"宣讲团由退役老兵周德明、查建国义务讲解，全年开展讲座30场。",
		"张明华、江国庆两位同志参加了培训。",
		"调研组查看了渠道、泵站、水闸等设施。",
	})
	checkMasked(t, got, []string{"欧阳建设", "查建国", "江国庆"},
		[]string{"义务讲解", "查看了渠道、泵站、水闸"})
}

// TestQuotedShopsAndAccounts: a shop, online store or account named in
// quotes beside its kind (网店“…”, “…”特色馆, 开设“…”账号) is masked, while a
// quoted slogan before 行动 stays.
func TestQuotedShopsAndAccounts(t *testing.T) {
	got := maskedText(t, []string{
		"城关街道“优选荟”特色馆入驻本地产品200余种。",
		"县里一家电子商务公司的网店“皖西老味道”年销售额1200万元。",
		"返乡青年刘晓梅注册“桃源甜蜜”网店，旺季每天发货400多单。",
		"果农夫妻开设“橙子姐的果园”账号，粉丝超过10万人。",
		"全县深入开展“万企兴万村”行动。",
	})
	checkMasked(t, got, []string{"优选荟", "皖西老味道", "桃源甜蜜", "橙子姐的果园"},
		[]string{"万企兴万村", "特色馆入驻", "网店，旺季"})
}

// TestSalutedOfficials: a surname and a title after a word of address
// (尊敬的, 敬爱的) is masked even where the surname reads as a measure word
// (张) or a preposition (于); the word of address stays readable.
func TestSalutedOfficials(t *testing.T) {
	got := maskedText(t, []string{
		"尊敬的张县长，各位领导、同志们：",
		"尊敬的于主任、敬爱的钱老师，大家好！",
		"尊敬的各位代表：现在我代表县人民政府作报告。",
	})
	checkMasked(t, got, []string{"张县长", "于主任", "钱老师"},
		[]string{"尊敬的", "敬爱的", "各位领导", "尊敬的各位代表"})
}

// TestListedMarkets: the name of a market after its city in a list
// closed by 等 and a kind of market is masked; the kind stays readable.
func TestListedMarkets(t *testing.T) {
	got := maskedText(t, []string{
		"蔬菜日均发往上海江桥、南京众彩等批发市场。",
		"水果销往广州江南、长沙红星等农产品市场。",
		"全县建成农贸市场12个。",
	})
	checkMasked(t, got, []string{"江桥", "众彩", "江南"},
		[]string{"等批发市场", "等农产品市场", "全县建成农贸市场12个"})
}
