package anonymize

import "testing"

// TestUrbanNamedEstateWords15: an estate word (翡翠, 君悦) before a kind
// of urban place names a property firm, an office building, a lane; the
// generic words around them stay.
func TestUrbanNamedEstateWords15(t *testing.T) {
	got := maskedText(t, []string{
		"督促翡翠物业整改消防通道堵塞问题，物业服务企业限期答复。",
		"君悦写字楼新增充电桩二十个，书香口袋公园对外开放。",
		"完成老旧小区改造八个，新建口袋公园三个。",
	})
	checkMasked(t, got, []string{"翡翠", "君悦", "书香"}, []string{"督促", "物业服务企业", "老旧小区", "口袋公园三个", "充电桩"})
}

// TestUrbanNamedSloganDirection15: a slogan word names a lane or a
// property firm (幸福里, 幸福物业) but not an estate programme (幸福家园);
// a direction joined to a gate or part of town names a lane or grid.
func TestUrbanNamedSloganDirection15(t *testing.T) {
	got := maskedText(t, []string{
		"幸福里片区完成雨污分流，幸福物业退出后由社区托管。",
		"东关胡同完成立面改造，城西网格排查隐患十处。",
		"打造幸福家园，让群众住得安心。",
	})
	checkMasked(t, got, []string{"幸福里", "幸福物业", "东关", "城西网格"}, []string{"幸福家园", "雨污分流", "立面改造", "排查隐患"})
}

// TestUrbanUnitCompounds15: an old work unit's compound by a name stem, the
// unit and the compound's kind (锦绣供销社宿舍) is masked; a county unit's
// compound without a name stays.
func TestUrbanUnitCompounds15(t *testing.T) {
	got := maskedText(t, []string{
		"整治锦绣供销社宿舍周边占道经营。",
		"书香印刷厂家属院完成加装电梯两部。",
		"完成县纺织厂宿舍改造。",
	})
	checkMasked(t, got, []string{"锦绣", "书香"}, []string{"整治", "周边占道经营", "县纺织厂宿舍", "加装电梯"})
}

// TestUrbanAfterPlace15: whatever names a road, estate, market or community
// right after a township, street office or community the rules found is
// masked (X街道|金山路, X镇|人和社区, X镇|老街农贸市场); a modifier of the
// kind there (老旧小区, 集镇农贸市场) stays.
func TestUrbanAfterPlace15(t *testing.T) {
	got := maskedText(t, []string{
		"凤凰街道金山路一家餐饮店液化气泄漏，兴隆镇人和社区建成养老服务站。",
		"完成汤沟镇老街农贸市场改造，胜利社区向阳小区新建停车位六十个。",
		"凤凰街道老旧小区改造完工，汤沟镇集镇农贸市场开业，龙山镇皮毛市场成为有名的皮毛集散地。",
	})
	checkMasked(t, got, []string{"金山路", "人和社区", "老街农贸市场", "向阳小区", "胜利社区"}, []string{"老旧小区改造完工", "集镇农贸市场开业", "养老服务站", "新建停车位", "皮毛集散地"})
}

// TestUrbanTrim15: a body read over an estate and its owners' committee
// leaves the committee readable, the estate masked; a body read over the
// report verb before a name gives the verb back.
func TestUrbanTrim15(t *testing.T) {
	got := maskedText(t, []string{
		"东关停车场业主委员会依法选举产生。",
		"整治江南国际中心周边占道经营。",
	})
	checkMasked(t, got, []string{"东关", "江南"}, []string{"业主委员会依法选举", "整治"})
}
