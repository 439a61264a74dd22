package quantity

import "testing"

// Forms first met in testdata/quantities-own7 (scored once before this
// change); every sentence here is written for the test.

func TestLanesAndCubicMetres(t *testing.T) {
	check(t, "新建双向四车道公路12公里，拓宽两车道路段3处", want{"四车道", 4, "车道", false, KindCount, 0}, want{"12公里", 12, "公里", false, KindMeasure, 0}, want{"两车道", 2, "车道", false, KindCount, 0}, want{"3处", 3, "处", false, KindCount, 0})
	check(t, "完成清淤52万方，新增蓄水1.2亿方", want{"52万方", 52, "万方", false, KindMeasure, 520000}, want{"1.2亿方", 1.2, "亿方", false, KindMeasure, 1.2e8})
	// parties, not cubic metres
	check(t, "三方签订协议，多方筹措资金")
}
