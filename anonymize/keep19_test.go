package anonymize

import "testing"

// TestFunctionWorks19: works named by an action and what it acts on before
// a kind of work (拦砂坝, 待渡区, 漫水桥) stay readable; a place read with one
// is cut back to the place, which stays masked.
func TestFunctionWorks19(t *testing.T) {
	got := maskedText(t, []string{"在尾矿库下游设置拦渣坝，小流域新建拦砂坝5座。"})
	checkMasked(t, got, nil, []string{"拦渣坝", "拦砂坝"})
	got = maskedText(t, []string{"渡口两端新建待渡区，路口设置直行待行区。"})
	checkMasked(t, got, nil, []string{"待渡区", "直行待行区"})
	got = maskedText(t, []string{"对农村公路的漫水桥、过水涵实施提升改造。"})
	checkMasked(t, got, nil, []string{"漫水桥"})
	got = maskedText(t, []string{"王庄村待渡区新建遮阳棚，柳河镇漫水桥被冲毁后重建。"})
	checkMasked(t, got, []string{"王庄村", "柳河镇"}, []string{"待渡区", "漫水桥"})
}

// TestFunctionWorksShape19: the shape itself, without the pipeline.
func TestFunctionWorksShape19(t *testing.T) {
	for _, w := range []string{"漫水桥", "拦砂坝", "溢洪道", "截洪沟", "挡浪墙", "泄洪闸", "导流堤", "集雨窖", "烘干塔", "待转区", "错车道", "避险车道", "消力池", "矸石堆场", "渣土堆场", "尾矿库", "渣山"} {
		if !genericWorks19(w) {
			t.Errorf("genericWorks19(%q) = false", w)
		}
	}
	for _, w := range []string{"红旗渠", "胜利桥", "解放桥", "南关大桥", "幸福渠", "东风坝", "张家坡", "青石岭", "大石坝", "黑石沟"} {
		if genericWorks19(w) {
			t.Errorf("genericWorks19(%q) = true", w)
		}
	}
}

// TestMaterialYard19: a yard of a bulk material is a kind of site.
func TestMaterialYard19(t *testing.T) {
	got := maskedText(t, []string{"清运煤矸石堆和渣土堆场18处，建成采砂场2处。"})
	checkMasked(t, got, nil, []string{"渣土堆场"})
}

// TestStyleShort19: a short form before 式 is a style (港湾式); the place
// itself elsewhere stays masked.
func TestStyleShort19(t *testing.T) {
	got := maskedText(t, []string{"县城主干道增设港湾式公交站和非机动车道。"})
	checkMasked(t, got, nil, []string{"港湾式公交站"})
}

// TestTurnBeforeWorks19: a traffic word read as a person before a function
// work (左转|待转区), and a grade before a function stem (三级待渡|停车区).
func TestTurnBeforeWorks19(t *testing.T) {
	got := maskedText(t, []string{"在东门路口设置左转待转区，高峰通行效率提高。"})
	checkMasked(t, got, nil, []string{"左转待转区"})
	got = maskedText(t, []string{"春运期间在渡口设置三级待渡停车区，车辆有序过江。"})
	checkMasked(t, got, nil, []string{"三级待渡停车区"})
}

// TestProductList19: the head of an item of a list of produce ending in 等
// and a kind of produce is a variety (瑞阳, 白玉|枇杷); lists of persons or
// places before such a word stay masked.
func TestProductList19(t *testing.T) {
	got := maskedText(t, []string{"果园主栽品种为红富士，秦脆、瑞阳、金红苹果等新品种面积逐年扩大。"})
	checkMasked(t, got, nil, []string{"瑞阳"})
	got = maskedText(t, []string{"白玉枇杷、红心柚、沙田柚等水果产业带动农民增收。"})
	checkMasked(t, got, nil, []string{"白玉枇杷"})
	got = maskedText(t, []string{"丹东、东港等农产品主产区的冷链设施不断完善。"})
	checkMasked(t, got, []string{"丹东", "东港"}, nil)
	got = maskedText(t, []string{"推广员王秋实、李春华等新品种选育专家到村指导。"})
	checkMasked(t, got, []string{"王秋实", "李春华"}, nil)
}

// TestProbe19 is the round's probe: works named by their function, bulk
// yards and produce lists of our own writing; each line's phrase must stay
// readable. Start 4d21254: 12 of the 30 phrases were masked in part.
func TestProbe19(t *testing.T) {
	for _, c := range []struct{ text, keep string }{
		{"在小流域新建拦砂坝5座、谷坊12座。", "拦砂坝"},
		{"在尾矿库下游设置拦渣坝，防止溃坝风险。", "拦渣坝"},
		{"清运煤矸石堆和渣土堆场18处。", "渣土堆场"},
		{"在路口设置直行待行区，缓解早晚高峰拥堵。", "直行待行区"},
		{"渡口两端新建候渡棚和待渡区。", "待渡区"},
		{"河道内修建挑流坝，控制河势。", "挑流坝"},
		{"县城主干道增设港湾式公交站。", "港湾式公交站"},
		{"对农村公路的漫水桥、过水涵实施提升改造。", "漫水桥"},
		{"水库溢洪道加固工程已完成招标。", "溢洪道"},
		{"镇区新建截洪沟2.3公里。", "截洪沟"},
		{"山区村道增设错车道和避险车道。", "避险车道"},
		{"果园主栽品种为红富士，秦脆、瑞阳、金红苹果等新品种面积逐年扩大。", "瑞阳"},
		{"白玉枇杷、红心柚、沙田柚等水果产业带动农民增收。", "白玉枇杷"},
	} {
		got := maskedText(t, []string{c.text})
		checkMasked(t, got, nil, []string{c.keep})
	}
}
