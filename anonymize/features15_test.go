package anonymize

import (
	"bufio"
	"compress/gzip"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestFeatureRivers15: rivers of the gazetteer standing in a list, alone,
// and before 流域/沿岸/两岸/之滨 are masked; a river read as a person (堵河)
// is masked as a place.
func TestFeatureRivers15(t *testing.T) {
	got := maskedText(t, []string{
		"沅水、资水、澧水流经我市，水资源总量居全省前列。",
		"汉江、丹江、堵河穿境而过，境内水系发达。",
		"辰水、巫水沿岸新建生态护岸十二公里。",
		"我们在溆水两岸种植景观林八百亩。",
		"新建潇水之滨滨水步道三公里。",
		"持续推进汉水流域水污染防治。",
		"涔水是我县的母亲河。",
	})
	checkMasked(t, got, []string{"资水", "汉江", "堵河", "辰水", "巫水", "溆水", "潇水", "汉水", "涔水"},
		[]string{"流经我市", "穿境而过", "沿岸", "两岸", "之滨", "流域水污染防治", "母亲河"})
}

// TestFeatureLakesMountains15: lakes, mountains, peaks and ranges in a
// list, alone and before 脚下/景区 are masked.
func TestFeatureLakesMountains15(t *testing.T) {
	got := maskedText(t, []string{
		"纳木错、色林错的湖泊保护区全面落实管护责任。",
		"网湖、大冶湖水质稳定在三类。",
		"七目嶂景区全年接待游客二十万人次。",
		"在驼梁脚下建成高山民宿集群。",
		"老秃顶、神农顶一带森林覆盖率超过九成。",
		"雪峰山脉北麓的违建别墅全部拆除。",
		"武当山脉和无量山脉之间的生态廊道基本贯通。",
	})
	checkMasked(t, got, []string{"纳木错", "色林错", "网湖", "大冶湖", "七目嶂", "驼梁", "老秃顶", "神农顶", "雪峰山脉", "武当山脉", "无量山脉"},
		[]string{"湖泊保护区", "水质稳定", "景区全年", "脚下", "高山民宿", "一带森林", "北麓", "生态廊道"})
}

// TestFeatureOtherKinds15: gorges, falls, caves, grasslands, deserts,
// basins, islands and wetlands of the gazetteer are masked, alone and in a
// list.
func TestFeatureOtherKinds15(t *testing.T) {
	got := maskedText(t, []string{
		"大七孔、扎尕那的游步道完成改造。",
		"喀拉峻和克孜利亚景区实现门票预约。",
		"黄果树、三叠泉一带游客明显增多。",
		"芙蓉洞、黄龙洞入选研学基地名录。",
		"锡林郭勒草原和坝上草原的禁牧休牧全面落实。",
		"巴丹吉林沙漠、腾格里沙漠的治沙面积新增三万亩。",
		"柴达木盆地与塔里木盆地的光伏项目并网发电。",
		"外伶仃岛、三都岛的海岛民宿规范经营。",
		"九段沙、属都湖的候鸟监测站全年值守。",
	})
	checkMasked(t, got, []string{"大七孔", "扎尕那", "喀拉峻", "克孜利亚", "黄果树", "三叠泉", "芙蓉洞", "黄龙洞", "锡林郭勒草原", "坝上草原",
		"巴丹吉林沙漠", "腾格里沙漠", "柴达木盆地", "塔里木盆地", "外伶仃岛", "三都岛", "九段沙", "属都湖"},
		[]string{"游步道", "门票预约", "一带游客", "研学基地", "禁牧休牧", "治沙面积", "光伏项目", "海岛民宿", "候鸟监测站"})
}

// TestFeatureGuards15: no match inside a longer word or a name found
// already (汾河镇 one finding), not 长江/黄河 nor a policy term's stem
// (长江经济带, 秦岭国家公园, 淮河生态经济带), not a stopped ordinary word
// (盘山公路, 黑山羊, 千山万水, 陆水并举, 渠水畅通), not a product or a
// title (华山松, 泰山杯, 《…》).
func TestFeatureGuards15(t *testing.T) {
	got := maskedText(t, []string{
		"深入推动长江经济带发展，落实长江十年禁渔。",
		"扎实推进黄河流域生态保护和高质量发展。",
		"配合做好秦岭国家公园创建工作，融入淮河生态经济带建设。",
		"新修盘山公路八公里，引进黑山羊五百只。",
		"跨越千山万水，稳如泰山。",
		"栽植华山松苗木两万株，参加泰山杯比赛。",
		"排演原创歌舞《梦回大别山》。",
		"依托秦岭南麓山水资源，申报秦岭国家公园入口社区。",
		"推进水陆联运，陆水并举，确保渠水畅通。",
	})
	checkMasked(t, got, nil, []string{"长江经济带", "长江十年禁渔", "黄河流域生态保护和高质量发展", "秦岭国家公园", "淮河生态经济带",
		"盘山公路", "黑山羊", "千山万水", "稳如泰山", "华山松", "泰山杯", "梦回大别山", "陆水并举", "渠水畅通"})
	got = maskedText(t, []string{"汾河镇坚持生态立镇，汾河在镇域内长十五公里。"})
	checkMasked(t, got, []string{"汾河"}, []string{"生态立镇"})
}

// TestFeatureOneFinding15: a town named after a feature stays one finding
// (汾河镇), and a person whose name holds a feature stands (王汉江); the
// feature inside is not found apart.
func TestFeatureOneFinding15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	for _, text := range []string{"汾河镇坚持生态立镇。", "村民王汉江带头种植油茶。"} {
		_, fs := a.find(text)
		for _, f := range fs {
			if strings.Contains(f.Evidence, "feature-gazetteer") {
				t.Errorf("feature found inside a name in %s: %+v", text, f)
			}
		}
	}
	tt := newTokText(testSeg(t), "汾河镇坚持生态立镇。")
	town := Finding{Type: LOCATION, Text: "汾河镇", Start: 0, End: len("汾河镇"), Evidence: "gazetteer", Score: 3}
	if fs := features15(tt, []Finding{town}); len(fs) != 1 || fs[0].Text != "汾河镇" {
		t.Errorf("the town is not one finding: %+v", fs)
	}
	tt = newTokText(testSeg(t), "汉江、丹江、堵河穿境而过。")
	i := strings.Index(tt.text, "堵河")
	person := Finding{Type: PERSON, Text: "堵河", Start: i, End: i + len("堵河"), Evidence: "surname+given", Score: 3}
	fs := features15(tt, []Finding{person})
	for _, f := range fs {
		if f.Text == "堵河" && f.Type != LOCATION {
			t.Errorf("a person reading won over a listed feature: %+v", f)
		}
	}
}

// TestFeatureStopThreshold15: every listed feature that gojieba's
// dictionary tags as an ordinary word (not ns, nr, nz, nt) with a
// frequency of 45 or more, or as a verb, is in stopFeatures15; the
// gazetteer does not hold 长江, 黄河, 秦岭 or 珠江.
func TestFeatureStopThreshold15(t *testing.T) {
	fh, err := os.Open("../segment/dict/jieba.dict.utf8.gz")
	if err != nil {
		t.Skip("no gojieba dictionary:", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	g := featureGazetteer15()
	if len(g.kind) < 1000 {
		t.Errorf("gazetteer holds %d names, want over 1000", len(g.kind))
	}
	for _, w := range []string{"长江", "黄河", "秦岭", "珠江"} {
		if g.kind[w] != "" {
			t.Errorf("%s in the gazetteer", w)
		}
	}
	proper := wordSet("ns nr nz nt nrt nrfg")
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || g.kind[f[0]] == "" {
			continue
		}
		freq, _ := strconv.Atoi(f[1])
		if (!proper[f[2]] && freq >= 45) || f[2] == "v" || f[2] == "vn" {
			t.Errorf("%s (%s %d) is an ordinary word over the threshold; stop it in stopFeatures15", f[0], f[2], freq)
		}
	}
}

// TestFeatureWhole15: a listed desert, sandy land, waterfall or island
// group that context rules found only by its stem (库姆塔格|沙漠, 嵊泗|列岛)
// or read as a person (诺日朗|瀑布) is masked whole, kind word included.
func TestFeatureWhole15(t *testing.T) {
	got := maskedText(t, []string{
		"毛乌素沙地、浑善达克沙地的防沙治沙成效明显。",
		"库姆塔格沙漠和古尔班通古特沙漠的边缘区域植被恢复良好。",
		"壶口瀑布和诺日朗瀑布的冬季景观吸引游客。",
		"九龙瀑布、庐山瀑布景区实行预约。",
		"嵊泗列岛、庙岛群岛的渔民转产转业稳步推进。",
	})
	checkMasked(t, got, []string{"〕沙地", "〕沙漠", "〕瀑布", "人名", "嵊泗", "〕群岛"},
		[]string{"防沙治沙", "边缘区域", "冬季景观", "景区实行预约", "转产转业"})
}
