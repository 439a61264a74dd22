package anonymize

import (
	"strings"
	"testing"
)

// padProbe21 is the round's probe of padded names run on into a clause
// after a role (class paddedInClause21), in column frames and in lines of
// names (paddedNameLine21): sentence, the names that must go (padding
// written as one space), the words that must stay.
var padProbe21 = []struct{ text, names, keep string }{
	{"县应急管理局局长  郜  振宇主持召开防汛会商会。", "郜 振宇", "局长,防汛会商会"},
	{"驻村工作队队长宦  子墨带领队员走访脱贫户。", "宦 子墨", "驻村工作队队长,带领队员"},
	{"合作社负责人禚  安平介绍了今年的订单情况。", "禚 安平", "合作社负责人,订单情况"},
	{"副县长殳  静怡深入企业调研复工复产。", "殳 静怡", "副县长,深入企业"},
	{"镇党委书记郇  伟达强调要压实责任。", "郇 伟达", "镇党委书记,压实责任"},
	{"市场监管所所长拓  明远通报了检查结果。", "拓 明远", "市场监管所所长,检查结果"},
	{"货车驾驶员聂  兴旺被处以罚款。", "聂 兴旺", "货车驾驶员,处以罚款"},
	{"村党支部书记党  春生率先流转土地。", "党 春生", "村党支部书记,流转土地"},
	{"卫生院院长叶  沐阳组织义诊活动。", "叶 沐阳", "卫生院院长,义诊活动"},
	{"县人大常委会副主任权  立平带队开展执法检查。", "权 立平", "县人大常委会副主任,执法检查"},
	{"副市长覃  一帆任长江市级河长。", "覃 一帆", "副市长,市级河长"},
	{"项目经理巩  思源现场讲解施工方案。", "巩 思源", "项目经理,施工方案"},
	{"网格员龙  晓雪及时上报了险情。", "龙 晓雪", "网格员,上报了险情"},
	{"技术员零  家豪指导农户科学施肥。", "零 家豪", "技术员,科学施肥"},
	{"值班员鱼  浩然按时报送雨情信息。", "鱼 浩然", "值班员,雨情信息"},
	{"主任医师桓  嘉懿为群众免费体检。", "桓 嘉懿", "主任医师,免费体检"},
	{"乡长钭  俊杰主持召开党政联席会议。", "钭 俊杰", "乡长,党政联席会议"},
	{"调研组成员：区农业农村局  眭  子涵", "眭 子涵", "调研组成员,区农业农村局"},
	{"组长：县交通运输局  缑  文轩", "缑 文轩", "组长,县交通运输局"},
	{"编辑  庹  海川  校对  隽  书瑶", "庹 海川,隽 书瑶", "编辑,校对"},
	{"綦  明哲  佴  雨桐", "綦 明哲,佴 雨桐", ""},
	{"原  晓东  拓  佳琪", "原 晓东,拓 佳琪", ""},
	{"执笔人：县发改局  郄  婉清", "郄 婉清", "执笔人,县发改局"},
	{"成员：县林业局  殳  秋月", "殳 秋月", "成员,县林业局"},
	{"联系人：乔  晓月  电话：0871-6123457", "乔 晓月", "联系人,电话"},
	// ordinary text with padding near the same role words stays
	{"县长  热线全年受理群众诉求1.2万件。", "", "县长,热线"},
	{"负责人  培训和  考核同步推进。", "", "负责人,培训,考核"},
	{"项  目  建  设  稳步推进", "", "项,目,建,设,稳步推进"},
	{"工  作  总  结", "", "工,作,总,结"},
	{"网格员将  继续做好入户走访。", "", "网格员将,继续,入户走访"},
	{"副市长 分管 工作 会议 召开", "", "分管,工作,会议"},
	{"站长 会议 部署 汛期 工作", "", "站长,会议,部署,汛期"},
	{"技术员 下乡 开展 服务", "", "技术员,下乡,开展,服务"},
	{"第 三 季度 完成 投资", "", "三,季度,完成,投资"},
	{"工作  正  月开展", "", "正,月开展"},
	{"管理  王  牌产品提质增效", "", "管理,牌产品"},
}

// TestPaddedNames21 (classes paddedInClause21, paddedNameLine21,
// paddedMoonName21): the probe's padded names are masked, surname and
// given name both, and its ordinary words stay.
func TestPaddedNames21(t *testing.T) {
	var paras []string
	for _, p := range padProbe21 {
		paras = append(paras, p.text)
	}
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze(paras)
	for _, p := range padProbe21 {
		got := strings.Join(strings.Fields(red.Apply(p.text)), " ")
		for _, nm := range strings.Split(p.names, ",") {
			if nm == "" {
				continue
			}
			sur, given, _ := strings.Cut(nm, " ")
			for _, r := range given {
				if strings.ContainsRune(got, r) {
					t.Errorf("given name of %q survived: %s", nm, got)
					break
				}
			}
			if strings.Contains(got, sur+" ") {
				t.Errorf("surname of %q survived: %s", nm, got)
			}
		}
		for _, k := range strings.Split(p.keep, ",") {
			if k != "" && !strings.Contains(got, k) {
				t.Errorf("%q was masked: %s", k, got)
			}
		}
	}
}
