package anonymize

import "testing"

// TestQuotedLodgings24: a quoted name right after or before the word for
// an inn, a tea room, a camp or an account is masked, also one with 的
// inside and the next quote of the same list; a quoted description
// (“小散弱”) and a quoted campaign after an inn's word stay readable.
func TestQuotedLodgings24(t *testing.T) {
	got := maskedText(t, []string{
		"青石镇培育农家乐“桥头老姑”、民宿“竹影半山”“溪声人家”等18家。",
		"“云上松风”茶室和“星河草甸”帐篷营地周末客满，农家乐“老胡家的铁锅鹅”年接待游客3万人次。",
		"抖音账号“山里的阿莲妹”粉丝过万，“金竹韵”茶叶专业合作社带动农户200户。",
	})
	checkMasked(t, got, []string{"桥头老姑", "竹影半山", "溪声人家", "云上松风", "星河草甸", "老胡家的铁锅鹅", "山里的阿莲妹", "金竹韵"}, []string{"茶室", "帐篷营地", "茶叶专业合作社", "粉丝过万"})
	got = maskedText(t, []string{"全县民宿“小散弱”问题突出，推动农家乐“提质升级”，开展民宿“管家服务”培训。"})
	checkMasked(t, got, nil, []string{"小散弱", "提质升级", "管家服务"})
}

// TestShopListItems24: the shops of a list closed by 等 and the word for
// shops or traders are masked; a list of kinds of goods stays readable.
func TestShopListItems24(t *testing.T) {
	got := maskedText(t, []string{"老街沿线，鸿泰五金、锦岚家纺、喜旺腊味等36家门店完成改造。"})
	checkMasked(t, got, []string{"鸿泰五金", "锦岚家纺", "喜旺腊味"}, []string{"门店完成改造"})
	got = maskedText(t, []string{"老街沿线，日用五金、床上家纺、风干腊味等门店完成改造。"})
	checkMasked(t, got, nil, []string{"日用五金", "床上家纺", "风干腊味"})
}

// TestGroupsAfterParent24: a villagers' group right after its village or
// town is masked whatever its stem, a borrowed word included; a working
// 组 opening a word of its own stays readable.
func TestGroupsAfterParent24(t *testing.T) {
	got := maskedText(t, []string{
		"驻守青龙镇坝卡组、白岩镇岭那组等受灾地块，帮助威马村那当组、岭坎村新营组建成产业路。",
	})
	checkMasked(t, got, []string{"坝卡组", "岭那组", "那当组", "新营组"}, []string{"受灾地块", "建成产业路"})
	got = maskedText(t, []string{"白岩镇组织开展排查，岭坎村组建了护林队。"})
	checkMasked(t, got, nil, []string{"组织开展排查", "组建了护林队"})
}

// TestOrdinaryUnits24: a village whose stem is an ordinary verb or
// adjective is masked after its township before a list's comma or 等; a
// clause that goes on after 村 stays readable.
func TestOrdinaryUnits24(t *testing.T) {
	got := maskedText(t, []string{"白岩镇奋进村、青龙镇振兴村等12个村通上自来水。"})
	checkMasked(t, got, []string{"奋进村", "振兴村"}, []string{"12个村通上自来水"})
	got = maskedText(t, []string{"白岩镇发展村级集体经济，青龙镇建成村史馆。"})
	checkMasked(t, got, nil, []string{"发展村级集体经济", "建成村史馆"})
}

// TestRepeatedTownships24: a township whose school repeats its stem is
// masked with the repeated stem.
func TestRepeatedTownships24(t *testing.T) {
	got := maskedText(t, []string{"县第二中学新校区、奋斗乡奋斗中心小学教学楼投入使用。"})
	checkMasked(t, got, []string{"奋斗乡", "奋斗中心小学"}, []string{"教学楼投入使用"})
}

// TestSiblingLandmarks24: a trail in a list beside one the rules found is
// masked, a numeral-led stem too; a count of trails stays readable.
func TestSiblingLandmarks24(t *testing.T) {
	got := maskedText(t, []string{"青龙镇桃坪村古道、八都古道串联起库区，白岩镇石门村古道、两条古道完成修缮。"})
	checkMasked(t, got, []string{"八都古道"}, []string{"两条古道完成修缮"})
}

// TestOrdinalCanals24: a drain numbered by an ordinal is masked; the
// ordinal of a batch stays readable.
func TestOrdinalCanals24(t *testing.T) {
	got := maskedText(t, []string{"第七排水沟、第二干渠完成清淤，列入第三批水利项目。"})
	checkMasked(t, got, []string{"第七排水沟", "第二干渠"}, []string{"第三批水利项目"})
}

// TestShopListCloser24: a list of shops closed by 等 and 商铺 or 老店 is
// read like one closed by 门店.
func TestShopListCloser24(t *testing.T) {
	got := maskedText(t, []string{"古街上，鸿泰五金、锦岚家纺等商铺客流回升，喜旺腊味等老店排起长队。"})
	checkMasked(t, got, []string{"鸿泰五金", "锦岚家纺", "喜旺腊味"}, []string{"客流回升", "排起长队"})
}

// TestWaterWorksAfterPlace24: a karez and a lake named right after their
// township are masked; a spring's water and a sea's word stay readable.
func TestWaterWorksAfterPlace24(t *testing.T) {
	got := maskedText(t, []string{"对青龙乡艾买提坎儿井完成加固，白岩乡巴音海湿地水面恢复。"})
	checkMasked(t, got, []string{"艾买提坎儿井", "巴音海"}, []string{"完成加固", "湿地水面恢复"})
	got = maskedText(t, []string{"青龙乡泉水充沛，白岩乡海拔较高。"})
	checkMasked(t, got, nil, []string{"泉水充沛", "海拔较高"})
}

// TestShuiRivers24: a river of one character and 水 before its banks or
// branches is masked; an ordinary word in 水 stays readable.
func TestShuiRivers24(t *testing.T) {
	got := maskedText(t, []string{"横江风光带、练水沿岸建成滨水绿道，实施练水北支治理。"})
	checkMasked(t, got, []string{"练水"}, []string{"滨水绿道"})
	got = maskedText(t, []string{"整治污水沿岸排口，保护山水两岸风貌。"})
	checkMasked(t, got, nil, []string{"污水沿岸", "山水两岸"})
}

// TestByLineNames24: a by-line's name set off by spaces after 记者 is
// masked whatever its first character.
func TestByLineNames24(t *testing.T) {
	got := maskedText(t, []string{"本报讯（记者  和秀梅  通讯员  李四）3月5日，县里召开春耕动员会。"})
	checkMasked(t, got, []string{"和秀梅"}, []string{"召开春耕动员会"})
}

// TestRoleSpeechNames24: a name between a role or a kind of person and
// what the person says or did is masked; an ordinary word there stays
// readable.
func TestRoleSpeechNames24(t *testing.T) {
	got := maskedText(t, []string{"岩脚村党支部书记木嘎介绍，去年全村新修产业路5公里。", "傈僳族村民扒努和他创办的合作社带动20户增收。"})
	checkMasked(t, got, []string{"木嘎", "扒努"}, []string{"新修产业路5公里", "创办的合作社"})
	got = maskedText(t, []string{"村党支部书记多次介绍经验，村民纷纷表示满意。"})
	checkMasked(t, got, nil, []string{"多次介绍经验", "纷纷表示满意"})
}

// TestNamedStops24: a border trade point after a list's comma and a bus
// stop after its town are masked; the kind of trade point stays readable.
func TestNamedStops24(t *testing.T) {
	got := maskedText(t, []string{"货运量增长21%；曼迈互市点、岗卡互市点实现一站式通关，白岩镇坝脚客运招呼站建成投用。"})
	checkMasked(t, got, []string{"曼迈互市点", "坝脚客运招呼站"}, []string{"一站式通关", "建成投用"})
	got = maskedText(t, []string{"全县边民互市点实现一站式通关。"})
	checkMasked(t, got, nil, []string{"边民互市点"})
}

// TestFamilyGardens24: a family's plantation right after its village is
// masked; a village's tea garden stays readable.
func TestFamilyGardens24(t *testing.T) {
	got := maskedText(t, []string{"谷坪村何家果园获评州级示范家庭农场。"})
	checkMasked(t, got, []string{"何家果园"}, []string{"获评州级示范家庭农场"})
	got = maskedText(t, []string{"谷坪村茶园面积达到800亩。"})
	checkMasked(t, got, nil, []string{"茶园面积"})
}
