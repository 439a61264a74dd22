package anonymize

import (
	"strings"
	"testing"
)

// TestMidSites20: a site whose stem and kind a word of what it is splits
// (a mine, fossils, 天然, 自然) is masked after a name's edge (境内, a
// verb, a list's 、); generic ones stay readable.
func TestMidSites20(t *testing.T) {
	got := maskedText(t, []string{
		"境内洛坪铅矿遗址入选省级文物保护单位。",
		"依托老鸦岩天然溶洞，打造研学基地。",
		"敖包山、巴彦乌拉恐龙化石遗址吸引游客5万人次。",
	})
	checkMasked(t, got, []string{"洛坪", "老鸦岩", "巴彦乌拉"}, []string{"入选省级文物保护单位", "打造研学基地", "吸引游客"})
	kept := maskedText(t, []string{
		"天然溶洞和瀑布群是县域重要旅游资源。",
		"新建自然风景区游客中心。",
		"全县发现古铜矿遗址3处，大型天然溶洞2处。",
	})
	checkMasked(t, kept, nil, []string{"天然溶洞和瀑布群", "自然风景区游客中心", "古铜矿遗址", "大型天然溶洞"})
}

// TestQuotedTowns20: a themed town in quotes is masked; generic themed
// towns in quotes stay readable.
func TestQuotedTowns20(t *testing.T) {
	got := maskedText(t, []string{
		"持续推进“青禾小镇”康养项目建设。",
		"“栖凤小镇”游客服务中心建成投用。",
	})
	checkMasked(t, got, []string{"青禾", "栖凤"}, []string{"康养项目建设", "游客服务中心建成投用"})
	kept := maskedText(t, []string{
		"打造“特色小镇”“康养小镇”品牌。",
		"推进“文旅小镇”建设。",
	})
	checkMasked(t, kept, nil, []string{"“特色小镇”“康养小镇”", "“文旅小镇”"})
}

// TestAreaSiblings20: an area of an ordinary-word stem in a sentence
// where a sibling area was masked is masked; generic areas and areas
// with no masked sibling stay readable.
func TestAreaSiblings20(t *testing.T) {
	got := maskedText(t, []string{
		"推进城南镇锦屏片区更新，推动桂花片区职住平衡。",
	})
	checkMasked(t, got, []string{"桂花片区"}, []string{"职住平衡"})
	kept := maskedText(t, []string{
		"核心片区、老城片区完成规划编制。",
		"产业片区和居住片区实现分区管理。",
		"推动桂花片区职住平衡。",
	})
	checkMasked(t, kept, nil, []string{"核心片区", "产业片区和居住片区", "桂花片区"})
}

// TestShrines20: a temple or palace of a two-character stem and 宫 or 观
// after 和 or an attribute's 的 in a site sentence is masked; words of the
// kinds stay readable.
func TestShrines20(t *testing.T) {
	got := maskedText(t, []string{
		"建于明代的灵泽宫每年吸引大批游客。",
		"依托古城、湿地公园和玄妙观，打造文化旅游带。",
	})
	checkMasked(t, got, []string{"灵泽宫", "玄妙观"}, []string{"吸引大批游客", "打造文化旅游带"})
	kept := maskedText(t, []string{
		"改造工人文化宫和青少年宫，方便游客参观。",
		"树立正确的价值观，提升旅游景区的景观。",
	})
	checkMasked(t, kept, nil, []string{"工人文化宫和青少年宫", "价值观", "景观"})
}

// TestTownSites20: a site glued to the masked division it lies in is
// masked whatever its stem (a frequent word, a numeral's, one gojieba
// glues to the division's last character); generic stems stay readable.
func TestTownSites20(t *testing.T) {
	got := maskedText(t, []string{
		"林溪镇望仙古道东段完成修复。",
		"修缮黄坪乡七里冲古道2公里。",
		"金沙镇河坝遗址完成围栏建设。",
	})
	checkMasked(t, got, []string{"望仙", "七里冲", "河坝"}, []string{"东段完成修复", "完成围栏建设"})
	kept := maskedText(t, []string{
		"青山镇旅游景区提档升级。",
		"白石村传统古民居保护完成。",
		"柳河镇两处遗址完成调查。",
		"金沙镇现有古民居30栋。",
		"黄坪乡高山湿地面积稳定。",
		"东坪村、石桥村古渡口遗址完成保护性展示。",
		"红岩村银杏景区提质，村里有千年银杏80余株。",
	})
	checkMasked(t, kept, nil, []string{"旅游景区", "传统古民居", "两处遗址", "现有古民居", "高山湿地", "古渡口遗址", "银杏景区", "千年银杏"})
}

// site20Probe is the round's probe: instances of the four classes and of
// their neighbours, in frames of our own, and ordinary text near the same
// kind words that must stay readable. want is the string that must be
// gone (a name) or, for ordinary text, the phrases that must stay
// (separated by |).
var site20Probe = []struct {
	name bool
	want string
	text string
}{
	{true, "洛坪铅矿", "境内洛坪铅矿遗址入选省级文物保护单位。"},
	{true, "老鸦岩", "依托老鸦岩天然溶洞，打造研学基地。"},
	{true, "黑龙峪", "黑龙峪自然风景区完成安全隐患排查。"},
	{true, "金鸡岭铁矿", "境内金鸡岭铁矿遗址是省级文物保护单位。"},
	{true, "巴彦乌拉", "敖包山、巴彦乌拉恐龙化石遗址吸引游客5万人次。"},
	{true, "乌兰哈达", "乌兰哈达恐龙化石遗址接待研学团队60批次。"},
	{true, "青禾小镇", "持续推进“青禾小镇”康养项目建设。"},
	{true, "栖凤小镇", "“栖凤小镇”游客服务中心建成投用。"},
	{true, "桂花片区", "推进城南片区更新，推动桂花片区职住平衡。"},
	{true, "和平片区", "工业园区东区片区新建项目3个，和平片区完成土地平整。"},
	{true, "灵泽宫", "建于明代的灵泽宫每年吸引大批游客。"},
	{true, "玄妙观", "依托古城、湿地公园和玄妙观，打造文化旅游带。"},
	{true, "石磨坪", "完成石磨坪遗址保护棚建设，考古发掘面积800平方米。"},
	{true, "谢凤岐", "修缮谢凤岐故居，布展面积300平方米。"},
	{true, "磨盘岭", "依托磨盘岭石窟、云居寺，打造文化旅游线路。"},
	{true, "徐家洼", "徐家洼烈士陵园完成提档升级。"},
	{true, "巴音查干", "巴音查干湿地完成补水2000万立方米。"},
	{true, "猫儿洞", "猫儿洞天然溶洞完成照明改造。"},
	{true, "双龙坳", "修复双龙坳古道3.5公里。"},
	{true, "雁鸣峡", "雁鸣峡栈道完成安全加固。"},
	{true, "鹞子岭", "鹞子岭观景台新增停车位60个。"},
	{true, "迎春大桥", "滹沱河上的迎春大桥经加固后重新通车。"},
	{true, "红崖子", "在金滩镇，红崖子遗址出土陶器300余件。"},
	{true, "沁园小镇", "桥头镇沁园小镇完成管网改造。"},
	{true, "七星潭", "至白河镇七星潭瀑布、高坪村的高山古道全线贯通。"},
	{true, "八角寨", "在石门乡，八角寨石窟、白云寺游人如织。"},
	{true, "望仙古道", "林溪镇望仙古道东段完成修复。"},
	{true, "岔河口", "桑园镇岔河口遗址完成围栏建设。"},
	{true, "七里冲", "修缮黄坪乡七里冲古道2公里。"},
	{true, "望月", "沿途设置柳河镇望月观景台、游客驿站等服务节点。"},
	{true, "三叠泉", "青山镇三叠泉瀑布接待游客5万人次。"},
	{true, "飞仙", "双溪镇飞仙栈道完成加固。"},
	{true, "河坝", "金沙镇河坝遗址完成围栏建设。"},
	{false, "革命遗址|红色遗址", "加强革命遗址和红色遗址保护利用。"},
	{false, "古遗址", "全县不可移动文物中有古遗址32处。"},
	{false, "考古遗址公园", "推进考古遗址公园建设。"},
	{false, "名人故居", "开展名人故居调查，建立档案。"},
	{false, "传统古民居", "传统古民居保护修缮完成12处。"},
	{false, "A级景区|3A级景区", "全县A级景区达到15家，新增3A级景区2家。"},
	{false, "旅游景区|重点景区", "推进旅游景区提档升级，重点景区实现智慧导览全覆盖。"},
	{false, "城市湿地|河流湿地", "加强城市湿地和河流湿地保护。"},
	{false, "玻璃栈道", "新建玻璃栈道一处。"},
	{false, "特色小镇|康养小镇", "推进特色小镇、康养小镇建设。"},
	{false, "风情小镇|田园小镇", "打造风情小镇和田园小镇各1个。"},
	{false, "核心片区", "核心片区完成规划编制。"},
	{false, "天然溶洞", "天然溶洞和瀑布群是县域重要旅游资源。"},
	{false, "烈士陵园", "烈士陵园完成提档升级。"},
	{false, "自然风景区", "新建自然风景区游客中心。"},
	{false, "历史遗址|新石器时代遗址", "发现新石器时代遗址3处，历史遗址得到有效保护。"},
	{false, "工业遗址|工业片区", "盘活老旧工业遗址，工业片区完成腾退。"},
	{false, "国家湿地公园", "创建国家湿地公园1个。"},
	{false, "产业片区|居住片区", "产业片区和居住片区实现分区管理。"},
	{false, "高山湿地|沼泽湿地", "高山湿地、沼泽湿地面积稳定。"},
	{false, "乡村旅游景区", "打造乡村旅游景区8个。"},
	{false, "文化小镇|旅游小镇", "建设文化小镇、旅游小镇各1个。"},
	{false, "周边景区", "带动周边景区客流增长20%。"},
	{false, "茶马古道", "茶马古道沿线村庄发展民宿。"},
	{false, "工人文化宫|少年宫", "改造工人文化宫和少年宫。"},
	{false, "旅游景区", "青山镇旅游景区提档升级。"},
	{false, "传统古民居", "白石村传统古民居保护完成。"},
	{false, "两处遗址", "柳河镇两处遗址完成调查。"},
	{false, "现有古民居", "金沙镇现有古民居30栋。"},
	{false, "高山湿地", "黄坪乡高山湿地面积稳定。"},
}

// TestSite20Probe runs the probe: every name is masked, every ordinary
// phrase stays.
func TestSite20Probe(t *testing.T) {
	var names, plain []string
	for _, p := range site20Probe {
		if p.name {
			names = append(names, p.text)
		} else {
			plain = append(plain, p.text)
		}
	}
	got := maskedText(t, names)
	kept := maskedText(t, plain)
	for _, p := range site20Probe {
		if p.name {
			checkMasked(t, got, []string{p.want}, nil)
		} else {
			checkMasked(t, kept, nil, strings.Split(p.want, "|"))
		}
	}
}
