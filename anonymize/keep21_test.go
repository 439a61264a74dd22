package anonymize

import "testing"

// TestKindsOfBody21: a kind of body that every county or township has
// stays readable, alone or after a level word; after a place only the
// place is masked; a zone word that begins a body (开发区|社区卫生服务中心)
// is no place that the kind's other mentions lose.
func TestKindsOfBody21(t *testing.T) {
	got := maskedText(t, []string{
		"今年建成红石镇全民健身中心，柳溪镇寄宿制学校配齐生活老师。",
		"北山村土地股份合作社分红32万元，宁县供销合作社综合改革全面完成。",
		"县里在各村推广普惠金融服务站，五个村联合成立强村公司。",
		"企业建起了自己的设计研发中心，青石镇海鲜批发市场完成改造。",
		"按照省林草局部署，推进自治区民宗委下达的试点任务。",
		"全力申报国家级经济技术开发区，开发区社区卫生服务中心投入使用。",
	})
	checkMasked(t, got, []string{"红石镇", "柳溪镇", "北山村", "宁县", "青石镇"},
		[]string{"全民健身中心", "寄宿制学校", "土地股份合作社", "供销合作社综合改革", "普惠金融服务站", "强村公司",
			"设计研发中心", "海鲜批发市场", "省林草局", "自治区民宗委", "国家级经济技术开发区"})
}

// TestTaskGroupsAndProgrammes21: a working group named by its task in
// ordinary words, and a quoted programme X之家 for a group of people,
// name no one; a quoted shop called X之家 after a name stays masked.
func TestTaskGroupsAndProgrammes21(t *testing.T) {
	got := maskedText(t, []string{
		"成立城市更新工作领导小组，统筹推进城市更新。",
		"完成“光荣之家”牌匾悬挂，建成“职工之家”12个。",
		"王立新开办的“立新之家”民宿年接待游客3000人次。",
	})
	checkMasked(t, got, []string{"王立新", "立新之家"},
		[]string{"城市更新工作领导小组", "推进城市更新", "光荣之家", "职工之家"})
}

// TestBoundAndSloganPlaces21: places read from a suffix inside a numeral
// slogan (四好村), a phrase of the kind 因X施策 or 帮镇扶村, after a bound
// character (自治区级|城市) or a classifier (6条|背街), or on a level word
// (苏木|镇) name none; a conversion slogan (单改双) is no person; a
// township's short form that is an ethnic village word (苗寨) is none where
// the township is not named; a route's kind after its place leaves the
// place masked alone.
func TestBoundAndSloganPlaces21(t *testing.T) {
	got := maskedText(t, []string{
		"深化“四好村”创建，因户施策，因村施策，开展驻镇帮镇扶村。",
		"申报自治区级城市体检试点，6条背街小巷完成改造。",
		"全旗苏木镇全部通硬化路，完成“单改双”42公里。",
		"村民说，苗寨更好看了。",
		"都昌连接线完成路面工程。",
	})
	checkMasked(t, got, []string{"都昌"},
		[]string{"四好村", "因村施策", "驻镇帮镇扶村", "自治区级城市体检", "6条背街小巷", "全旗苏木镇", "单改双", "苗寨更好看", "连接线"})
}

// TestConjunctionCounty21: a county of a function-word stem right after a
// township (…李庄镇|和县|财政局) is the conjunction 和 and the county's own
// department; after its city (马鞍山市和县) it stays a county.
func TestConjunctionCounty21(t *testing.T) {
	got := maskedText(t, []string{"张家镇、李庄镇和县财政局等单位参加调研。"})
	checkMasked(t, got, []string{"张家镇", "李庄镇"}, []string{"和县财政局"})
	got = maskedText(t, []string{"马鞍山市和县推进农村改厕。"})
	checkMasked(t, got, []string{"马鞍山市和县"}, nil)
}

// TestOrdinaryWordsTaggedPlaces21: an instrument gojieba tags as a place
// (吉他/ns) heads no body's name (吉他乐团, 吉他文化广场) and leaves no short
// form behind; a quality word that is a township's short form (宜居 of
// 宜居乡) is none where the township is not named; a named body before
// such words stays masked.
func TestOrdinaryWordsTaggedPlaces21(t *testing.T) {
	got := maskedText(t, []string{
		"实验小学组建了30人的吉他乐团，吉他文化广场每到周末热闹非凡。",
		"连续三年举办吉他文化节，五个村创建省级美丽宜居示范村。",
		"石门县吉他产业园有限公司年产吉他8万把。",
	})
	checkMasked(t, got, []string{"石门县吉他产业园有限公司"},
		[]string{"吉他乐团", "吉他文化广场", "吉他文化节", "美丽宜居示范村", "年产吉他"})
}

// TestPairedPhraseAndPairingVerb21: the short form of a district (金山 of
// 金山区) stays masked alone but not as half of a parallel phrase (金山银山,
// 绿水青山); a cadre's pairing verb (镇干部|包联) is no name, while a name
// after a cadre noun stays masked.
func TestPairedPhraseAndPairingVerb21(t *testing.T) {
	got := maskedText(t, []string{
		"金山区坚持绿水青山就是金山银山理念，金山的山林覆盖率提高到70%。",
		"镇干部包联前进村，村干部王建军每周入户走访。",
	})
	checkMasked(t, got, []string{"金山区", "金山的", "王建军"},
		[]string{"绿水青山就是金山银山", "镇干部包联"})
}

// TestProductsTradesAndJoinedBodies21: a facility named by the herb it
// processes (西洋参精深加工厂), a park named by a product (冰糖|橙|产业园), a
// town's trade read as a brand (某镇|木业产业集群) and a kind of body after a
// person and 会同 (王海东会同|司法所) stay readable; the towns and the
// persons are masked.
func TestProductsTradesAndJoinedBodies21(t *testing.T) {
	got := maskedText(t, []string{
		"引进企业建设西洋参精深加工厂，丹参精深加工厂同步开工。",
		"县里建成冰糖橙产业园，引进分拣线和冷库。",
		"蒲塘镇木业产业集群实现产值120亿元，垛庄镇木业产业集群实现产值30亿元。",
		"调委会主任王海东会同自然资源所工作人员现场测量，主任李山东会同司法所调处纠纷。",
	})
	checkMasked(t, got, []string{"蒲塘镇", "垛庄镇", "王海东", "李山东"},
		[]string{"西洋参精深加工厂", "丹参精深加工厂", "冰糖橙产业园", "木业产业集群实现产值120", "木业产业集群实现产值30", "会同自然资源所", "会同司法所"})
}
