package anonymize

import "testing"

// TestKeep28: the ordinary phrases of keep28's classes stay readable —
// media pairs, bare port kinds, centres named by their function, desert
// plants, verb roads, 向 with a direction, service stations, cliff
// carvings, viewing facilities, estuaries, a craft before its trade and a
// village's state — while the places beside them are still masked.
func TestKeep28(t *testing.T) {
	got := maskedText(t, []string{
		"县交通运输局坚持陆海统筹，推动江海联运和陆岛交通提升改造。",
		"新城镇至龙河口岸段新增错车道12处，全年口岸进出境货物增长。",
		"一、海岛景区建设。全年海岛旅游人均停留天数提高。",
		"鹤湾渔港中心渔港完成二期扩建，可停泊渔船800艘。",
		"塔克什肯口岸冷链查验中心投入使用；县域冷链物流中心完成主体工程。",
		"在南湖乡实施梭梭、柠条种植8万亩，胡杨林面积稳定增长，打造“金秋胡杨”旅游品牌。",
		"冬季大雪封路，山区道路通行困难；港区至新桥镇疏港路完成拓宽。",
		"市商务局全力推进向西开放。",
		"在客运站候车大厅设置“暖冬驿站”8个，在环卫站点设置“爱心驿站”。",
		"古堡保存有城墙、炮台和紫阳洞摩崖石刻。",
		"在北岙镇“蓝湾”景区新建观海平台2处。",
		"对长江口禁渔区开展联合执法。",
		"三、制笔行业提档升级",
		"后岙湾无人村设置限流闸机。",
	})
	checkMasked(t, got,
		[]string{"新城镇", "鹤湾渔港", "塔克什肯", "南湖乡", "新桥镇", "紫阳洞", "北岙镇", "蓝湾", "后岙湾"},
		[]string{"陆海统筹", "江海联运", "陆岛交通", "口岸段", "口岸进出境", "海岛景区", "海岛旅游", "中心渔港", "冷链查验中心", "县域冷链物流中心", "梭梭", "胡杨林", "金秋胡杨", "大雪封路", "疏港路", "向西开放", "暖冬驿站", "爱心驿站", "摩崖石刻", "观海平台", "长江口禁渔区", "制笔行业", "无人村"})
}
