package anonymize

import "testing"

// TestFacWaterHubs16: a water-control hub or an irrigation district of an
// ordinary-word stem is named (青木航电枢纽, 金鸡水利枢纽, 青套灌区); a hub
// of traffic and a pumping station of a county town stay readable.
func TestFacWaterHubs16(t *testing.T) {
	got := maskedText(t, []string{
		"青木航电枢纽完成蓄水验收，金鸡水利枢纽除险加固完工。",
		"磴口县是青套灌区的西大门，建设城区交通枢纽，县城污水泵站改造完成。",
	})
	checkMasked(t, got, []string{"青木航电枢纽", "金鸡水利枢纽", "青套灌区"}, []string{"完成蓄水验收", "除险加固完工", "城区交通枢纽", "县城污水泵站", "西大门"})
}

// TestFacPowerAfterTown16: a power station's name right after its town is
// masked, also where gojieba cut the town's suffix into the name (青山镇上|洋);
// a station named by its energy stays (抽水蓄能电站, read as 抽水|蓄能电站:
// dst14's functionFacilities14 now holds 蓄能).
func TestFacPowerAfterTown16(t *testing.T) {
	got := maskedText(t, []string{
		"白沙镇上溪电站完成下泄设施改造。",
		"桃源镇下洋电站、青山镇上洋电站完成改造，建设抽水蓄能电站。",
	})
	checkMasked(t, got, []string{"上溪电站", "下洋电站", "上洋电站"}, []string{"下泄设施改造", "抽水蓄能电站"})
}

// TestFacMiningAreas16: a mining area of a transliterated stem is named
// whole (拉日更矿区, 塔拉更矿区), also where gojieba read the stem's head as
// a person (before, 〔人名〕更矿区 left the name's tail readable); an
// abandoned or left-over mining area stays.
func TestFacMiningAreas16(t *testing.T) {
	got := maskedText(t, []string{
		"拉日更矿区完成渣堆整治，推进废弃矿区生态修复。",
		"加快推进塔拉更矿区生态修复，做好历史遗留矿区治理。",
	})
	checkMasked(t, got, []string{"拉日更", "更矿区"}, []string{"废弃矿区生态修复", "历史遗留矿区治理"})
}

// TestFacCablewayParking16: a cableway of a name (白鹤索道) and a parking
// lot of a landmark with a qualifier (磨盘梯地下停车场) are named; a
// sightseeing cableway and a public parking lot stay.
func TestFacCablewayParking16(t *testing.T) {
	got := maskedText(t, []string{
		"白鹤索道客流增长，开通观光索道。",
		"磨盘梯地下停车场投用，新建公共停车场。",
	})
	checkMasked(t, got, []string{"白鹤索道", "磨盘梯"}, []string{"客流增长", "观光索道", "公共停车场"})
}

// TestFacMemorials16: a former seat of a committee and a martyrs' cemetery
// of a region's abbreviation are named (湘赣省委旧址, 川陕苏区革命烈士陵园);
// a revolutionary site or cemetery without a name stays.
func TestFacMemorials16(t *testing.T) {
	got := maskedText(t, []string{
		"湘赣省委旧址修缮完成，修缮革命旧址三处。",
		"川陕苏区革命烈士陵园接待游客，革命烈士陵园修缮。",
	})
	checkMasked(t, got, []string{"湘赣省委旧址", "川陕苏区"}, []string{"革命旧址三处", "接待游客", "革命烈士陵园修缮"})
}

// TestFacInns16: a small inn of an ordinary-word name (云雾小栈) is named;
// a service post (党群服务驿站, 爱心驿站) stays.
func TestFacInns16(t *testing.T) {
	got := maskedText(t, []string{
		"云雾小栈开业，建设党群服务驿站和爱心驿站。",
		"返乡青年开起了“竹影小栈”。",
	})
	checkMasked(t, got, []string{"云雾小栈", "竹影小栈"}, []string{"党群服务驿站", "爱心驿站", "返乡青年"})
}

// TestFacMarketsParks16: a marketplace of a landmark and a trade (汾河五金
// 市场), one after its street office (清溪街道|山八珍特产市场) and a park of
// a landmark (星河风情公园) are named; the economic market (欧美市场,
// 客源市场), a market body (市场监管所) and generic markets stay.
func TestFacMarketsParks16(t *testing.T) {
	got := maskedText(t, []string{
		"星河五金市场年交易额突破10亿元，清溪街道山八珍特产市场改造完成，新建智慧农贸市场2个。",
		"建成星河风情公园，七成出口欧美市场，基层市场监管所人员少，对珠三角客源市场吸引力不足。",
	})
	checkMasked(t, got, []string{"星河五金市场", "山八珍特产市场", "星河风情公园"}, []string{"智慧农贸市场", "欧美市场", "市场监管所", "客源市场"})
}

// TestFacUseTrim16: an irrigation district's water-use word after a town
// (新安镇|引黄灌区, 新安镇|扬水灌区) stays readable; the town stays masked.
// keep37's placeFunctionStem37 owns the class (fac16's facUseTrim16, a
// second cut of it, is gone; its 扬水 joined functionStems37).
func TestFacUseTrim16(t *testing.T) {
	got := maskedText(t, []string{
		"新安镇引黄灌区实施节水改造。",
		"城关镇引黄灌区续建配套完成。",
		"新安镇扬水灌区完成泵站改造。",
	})
	checkMasked(t, got, []string{"新安镇"}, []string{"引黄灌区实施", "引黄灌区续建", "扬水灌区完成"})
}

// TestFacCargoWharves16: a wharf named by its cargo (原油码头, 煤炭码头)
// is a kind, no name (keep30's wharfUses30).
func TestFacCargoWharves16(t *testing.T) {
	got := maskedText(t, []string{
		"投资的30万吨级原油码头完成主体施工。",
		"完成港区煤炭码头改造。",
	})
	checkMasked(t, got, nil, []string{"原油码头", "煤炭码头"})
}
