package anonymize

import "testing"

// TestRoleNames33: names whose surname is an ordinary or function
// character, or that gojieba glues to the role before them, are masked
// after a role word; the surname again before a title is masked; a
// profile line's name before ，男， is masked; ordinary words after a role
// (时期, 任务, 和) stay.
func TestRoleNames33(t *testing.T) {
	got := maskedText(t, []string{
		"由村党支部书记才海峰牵头，每天为老人送餐。才书记还自费买了两台冰柜。",
		"纪检组长时晓川负责日常监督，项目经理寻兆林介绍了工期。",
		"镇长代秋生，副镇长蒋立。代镇长表示先盘活闲置农房。",
		"车站业主邱梅芳说：“电梯装好了。”",
		"牧区养护员才旦负责全线巡查。",
		"返乡大学生娜吉在镇上开办电商服务站。",
		"任子轩，男，中心小学，五年级。",
		"他担任村支书时期，任务很重。书记和镇长表示支持。人才是第一资源，才能出成绩。",
	})
	checkMasked(t, got, []string{"才海峰", "才书记", "时晓川", "寻兆林", "代秋生", "代镇长", "邱梅芳", "才旦", "娜吉", "任子轩"},
		[]string{"村支书时期", "任务很重", "书记和镇长表示", "人才是", "才能出成绩"})
}

// TestFirmForms33: a firm's short form of brand and trade (…燃气, …监理),
// its brand with the product of a trade in 业 (…笋), and with the kind of
// what it funds (…慈善助学基金) are masked after its full name, also when
// the brand is a frequent word gojieba tags as a name; a firm gojieba cut
// with a verb before its suffix is found; a frequent word as brand makes
// no form (绿色食品 stays).
func TestFirmForms33(t *testing.T) {
	got := maskedText(t, []string{
		"推动栾城区佳润燃气有限公司延伸管网，督促佳润燃气更新老旧管道。",
		"湖北楚衡建设工程监理有限公司进场后，楚衡监理每周组织检查。",
		"满洲里市通顺公交有限责任公司新增新能源公交车，通顺公交驾驶员连续十年安全行车。",
		"广西岜盆茶业有限公司在网店销售岜盆茶。",
		"云南勐象茶业有限公司在网店销售勐象茶。",
		"山东鲁鸿纺织有限公司捐赠100万元，设立“鲁鸿慈善助学基金”。",
		"其中贵州黔秀鞋服有限公司在安置点开设车间。",
		"县绿色食品有限公司扩产，绿色食品认证达到12个。",
	})
	checkMasked(t, got, []string{"佳润燃气", "楚衡监理", "通顺公交", "岜盆茶", "勐象茶", "鲁鸿慈善", "黔秀鞋服"}, []string{"绿色食品认证"})
}

// TestRoleNameNotAWord33: a two-character ordinary word after a mass noun
// that roleNames33 reads as a role (群众|修路, 村民|修路) is no name (the
// review's over-mask); a name of an ordinary-character surname after a role
// stays masked.
func TestRoleNameNotAWord33(t *testing.T) {
	got := maskedText(t, []string{
		"驻村工作队带领群众修路，村民修路热情高。",
		"驻村第一书记才万里带领群众发展产业。",
	})
	checkMasked(t, got, []string{"才万里"}, []string{"群众修路", "村民修路"})
}

// TestRoleEndAtInitRoles: roleEndAt33 knows the roles leaks9's init adds
// to rolesBefore: roleLast33 was built before that init ran, so its gate
// turned away the two whose last character ends no other role word
// (嘎查达, 苏木达: speed25 found the gap).
func TestRoleEndAtInitRoles(t *testing.T) {
	seg := testSeg(t)
	for _, s := range []string{"嘎查达冯", "苏木达冯", "村医冯"} {
		tt := newTokText(seg, s)
		if q := len(tt.runes) - 1; !roleEndAt33(tt, q) {
			t.Errorf("%s: no role ends before %d", s, q)
		}
	}
}
