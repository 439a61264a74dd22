package anonymize

import (
	"strings"
	"testing"
)

// gluedProbe19 is the probe of round place19's glued-settlement class: one
// invented sentence per instance, each a different stem and frame (an
// ordinary word, a function character, a grade word, a single character),
// and the string that must not survive. The start of the round left 8 of
// the 24 readable (和村, 新村, 上村, 对江村, 凤凰组团, 石板沟, 大里圩, 黄泥坑).
var gluedProbe19 = []struct{ sentence, name string }{
	{"平江县三市镇中村的油茶基地扩种500亩。", "中村"},
	{"湘阴县樟树镇和村建成稻虾共作基地。", "和村"},
	{"新邵县潭府乡新村的灌渠完成清淤。", "新村"},
	{"祁东县步云桥镇上村组建了劳务合作社。", "上村"},
	{"宁乡市灰汤镇城郊村建起了温泉民宿群。", "城郊村"},
	{"桃源县漳江街道城中社区新建老年食堂一处。", "城中社区"},
	{"安化县梅城镇雨里村的黑茶作坊年产茶300吨。", "雨里村"},
	{"隆回县六都寨镇坪上村的金银花基地带动农户200户。", "坪上村"},
	{"绥宁县寨市乡对江村新修水渠3公里。", "对江"},
	{"石门县新关镇各溪村完成饮水工程改造。", "各溪村"},
	{"慈利县零阳街道城东社区推行网格化管理。", "城东社区"},
	{"泸溪县浦市镇下湾村古码头完成修复。", "下湾村"},
	{"麻阳县高村镇瑶岭村坪山组新修通组路1.5公里。", "坪山组"},
	{"辰溪县火马冲镇朝阳村上坪组的溪流完成整治。", "上坪组"},
	{"望城经济开发区铜官片区新引进企业8家。", "铜官"},
	{"浏阳经济技术开发区洞阳片区完成征地1200亩。", "洞阳"},
	{"岳阳临港新区松阳湖片区建成公共码头两座。", "松阳湖"},
	{"永州工业园区凤凰组团道路全线贯通。", "凤凰"},
	{"耒阳市蔡子池街道康乐家园小区完成管网改造。", "康乐家园"},
	{"资兴市唐洞街道东江华庭小区新增停车位120个。", "东江华庭"},
	{"沅陵县官庄镇石板沟的滑坡隐患点实施了搬迁。", "石板沟"},
	{"通道县牙屯堡镇文坡村大塘坳新建风雨桥一座。", "大塘"},
	{"蓝山县所城镇大里圩的圩日人流量超过万人。", "大里圩"},
	{"双牌县江村镇黄泥坑新修山塘3口。", "黄泥坑"},
}

// gluedKeep19 is the probe's ordinary text near the same kind words: the
// generic forms (老旧小区, 城中村, 新农村, 村民小组, 片区化, 组团式, 村级, 各村)
// that must stay readable, several right after a masked town.
var gluedKeep19 = []struct{ sentence, keep string }{
	{"城关镇完成桂花社区、枫林乡小区老旧小区改造。", "老旧小区改造"},
	{"全县完成老旧小区改造12个，惠及居民3600户。", "老旧小区改造"},
	{"今年我镇推进城中村改造，拆除违建2万平方米。", "城中村改造"},
	{"新农村建设取得新进展，村容村貌明显改善。", "新农村建设"},
	{"各乡镇村民小组全部完成换届选举。", "村民小组"},
	{"县城片区化管理模式在全市推广。", "片区化管理"},
	{"工业园区推行组团式发展，形成三大产业集群。", "组团式发展"},
	{"石门镇村级集体经济收入全部超过10万元。", "村级集体经济"},
	{"严塘镇村民代表大会审议通过了村规民约。", "村民代表大会"},
	{"东源乡组织开展了安全生产大检查。", "组织开展"},
	{"黄桥镇各村全面完成人居环境整治。", "各村全面"},
	{"坪坦乡两个村入选传统村落名录。", "两个村入选"},
	{"长寿镇村庄规划编制全部完成。", "村庄规划"},
	{"邓元泰镇组建了应急救援队伍。", "组建了应急"},
	{"清水桥镇新建村级养老服务站5个。", "村级养老"},
	{"洋溪镇全村上下形成了发展合力。", "全村上下"},
	{"灰山港镇社区工作者队伍不断壮大。", "社区工作者"},
	{"若水镇小区物业管理逐步规范。", "小区物业"},
	{"高沙镇片区联防联控机制有效运行。", "片区联防"},
	{"崀山镇老旧小区加装电梯12部。", "老旧小区加装"},
	{"桃川镇小组长培训覆盖所有村组。", "小组长培训"},
}

// TestGluedSettlements19 runs the probe: every instance masked, every
// ordinary phrase kept.
func TestGluedSettlements19(t *testing.T) {
	for _, c := range gluedProbe19 {
		got := maskedText(t, []string{c.sentence})
		if strings.Contains(got, c.name) {
			t.Errorf("%q survived: %s", c.name, got)
		}
	}
	for _, c := range gluedKeep19 {
		got := maskedText(t, []string{c.sentence})
		if !strings.Contains(got, c.keep) {
			t.Errorf("%q was masked: %s", c.keep, got)
		}
	}
}

// TestListedSiblings19: the sibling of a masked numbered group or of a
// masked group in a merger is masked too; 组合 in a clause stays a word.
func TestListedSiblings19(t *testing.T) {
	got := maskedText(t, []string{
		"会同县若水镇团河村三组、四组实现自来水入户。",
		"攸县网岭镇罗家坪村老屋组和新屋组合并为新罗组。",
		"全县推行“党建+产业”组合模式，带动群众增收。",
	})
	checkMasked(t, got, []string{"四组", "新屋组"}, []string{"组合模式"})
}
