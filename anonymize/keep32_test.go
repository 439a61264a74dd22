package anonymize

import "testing"

// TestKeep32StatusCompany: a company named by its status alone is no
// name; a named company beside it is still masked.
func TestKeep32StatusCompany(t *testing.T) {
	got := maskedText(t, []string{
		"今年引进一家上市公司在园区投资建设锂电池隔膜项目，总投资5亿元。",
		"对长期零申报的空壳公司开展清理，注销营业执照37户。",
		"华锦新材料有限公司被上市公司收购后扩大产能。",
	})
	checkMasked(t, got, []string{"华锦新材料有限公司"}, []string{"上市公司", "空壳公司"})
}

// TestKeep32Committee: a party committee named by its level or its field
// is kept, also after a verb of founding glued to a park; the park is
// still masked.
func TestKeep32Committee(t *testing.T) {
	got := maskedText(t, []string{
		"在区委和街道党工委的领导下，社区完成换届选举。",
		"街道党工委书记带头走访困难群众。",
		"在南阳光电产业园建立产业链党委，吸纳光电企业党组织12个。",
		"在漯河食品产业园建立产业链党委，吸纳食品企业党组织30个。",
	})
	checkMasked(t, got, []string{"南阳光电产业园", "漯河食品产业园"}, []string{"街道党工委的", "街道党工委书记", "建立产业链党委"})
}

// TestKeep32LandZone: a zone of land named by its function or its height
// is no district.
func TestKeep32LandZone(t *testing.T) {
	got := maskedText(t, []string{
		"水库消落区种植耐淹植物1200亩，减少水土流失。",
		"石门乡地处高半山区，群众出行难的问题长期存在。",
		"对蓄滞洪区内的住户开展汛前转移演练。",
	})
	checkMasked(t, got, []string{"石门乡"}, []string{"消落区", "高半山区", "蓄滞洪区"})
}

// TestKeep32CityTitle: a campaign title of a city is no city.
func TestKeep32CityTitle(t *testing.T) {
	got := maskedText(t, []string{
		"县政府力争创建“无废城市”，工业固废综合利用率达到86%。",
		"全县上下力争创建“低碳城市”。",
	})
	checkMasked(t, got, nil, []string{"无废城市", "低碳城市"})
}

// TestKeep32Settlement: a settlement described by its state stays a kind,
// whichever recognizer read it.
func TestKeep32Settlement(t *testing.T) {
	got := maskedText(t, []string{
		"一、弃管小区治理",
		"物业公司接管金桥、银湖两个弃管小区，补齐路灯和门禁。",
		// a state of building, not of management: a name some bear
		"参照柳林镇光明村便民市场和桃源镇新建社区菜市场做法，规范摊位管理。",
	})
	checkMasked(t, got, []string{"新建社区"}, []string{"弃管小区"})
}
