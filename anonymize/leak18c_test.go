package anonymize

import "testing"

// TestTitleMansions18c: an official's mansion named by a title and 第 or
// 府 is masked, a 大夫 title's rank with it; 第 before a numeral stays an
// ordinal's mark.
func TestTitleMansions18c(t *testing.T) {
	got := maskedText(t, []string{
		"上塘村举人第改造为民宿。",
		"修缮中宪大夫第、守备府等古建筑。",
	})
	checkMasked(t, got, []string{"举人第", "大夫第", "守备府"}, []string{"改造为民宿", "等古建筑"})
	kept := maskedText(t, []string{"他考中进士第三名，后来回乡办学。"})
	checkMasked(t, kept, nil, []string{"进士第三名"})
}

// TestNamedStations18c: a hydrological or monitoring station named by its
// stem is masked, an ordinary noun (铁门) too, also after a preposition gojieba glued to the stem
// (以|桃源); generic stations stay readable.
func TestNamedStations18c(t *testing.T) {
	got := maskedText(t, []string{
		"近年来，铁门保护站与周边村签订协议。",
		"以桃源水质自动监测站为考核依据。",
	})
	checkMasked(t, got, []string{"铁门", "桃源"}, []string{"与周边村签订协议", "为考核依据"})
	kept := maskedText(t, []string{
		"县里新建水文站3个，设立保护站。",
		"生态环境监测站和野生动物保护站完成改造。",
	})
	checkMasked(t, kept, nil, []string{"新建水文站", "设立保护站", "生态环境监测站", "野生动物保护站"})
}

// TestMesas18c: a mesa of one or two characters and 崮 is masked; a
// numbered group of them stays readable.
func TestMesas18c(t *testing.T) {
	got := maskedText(t, []string{
		"景区以梨花崮、板崮等为主体。",
		"游客登上卧牛崮观赏日出。",
	})
	checkMasked(t, got, []string{"板崮", "卧牛崮", "梨花"}, []string{"等为主体", "观赏日出"})
	kept := maskedText(t, []string{"全县修建了七十二崮步道。"})
	checkMasked(t, kept, nil, []string{"七十二崮"})
}

// TestHeritageHalls18c: a hall of two characters and 堂 listed in a
// sentence about heritage buildings is masked; halls by their function
// stay readable.
func TestHeritageHalls18c(t *testing.T) {
	got := maskedText(t, []string{
		"村里的黄氏宗祠、继善堂、官厅等建筑保存完好。",
		"村里的老祠、述古堂、书院等建筑保存完好。",
	})
	checkMasked(t, got, []string{"继善堂", "述古堂"}, []string{"等建筑保存完好"})
	kept := maskedText(t, []string{"村里的食堂、礼堂、祠堂等建筑完成修缮。"})
	checkMasked(t, kept, nil, []string{"食堂、礼堂、祠堂"})
}

// TestAncientRoads18c: an ancient road named by a pair of abbreviations
// is masked (its stem; 古道 stays readable); generic ones stay readable.
func TestAncientRoads18c(t *testing.T) {
	got := maskedText(t, []string{
		"完成桥头至樟坑的苏皖古道修复。",
		"小河镇皖赣古道完成修复。",
	})
	checkMasked(t, got, []string{"苏皖", "皖赣"}, []string{"古道修复", "古道完成修复"})
	kept := maskedText(t, []string{"茶马古道完成修缮，千年古道焕发新颜。"})
	checkMasked(t, kept, nil, []string{"茶马古道", "千年古道"})
}

// TestGluedFeatures18c: a gazetteer feature gojieba glued to a
// preposition before it (沿巫水/x) or to 至 after it (大熊|山至) is masked;
// a gazetteer name before a policy tail stays readable.
func TestGluedFeatures18c(t *testing.T) {
	got := maskedText(t, []string{
		"村民沿巫水开办竹筏漂流。",
		"明年修通大熊山至龙潭的旅游公路。",
	})
	checkMasked(t, got, []string{"巫水", "大熊山"}, []string{"开办竹筏漂流", "的旅游公路"})
	kept := maskedText(t, []string{"全县融入淮河生态经济带建设。"})
	checkMasked(t, kept, nil, []string{"淮河生态经济带"})
}
