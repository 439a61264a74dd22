package classify

import (
	"testing"

	"huibao/segment"
)

// TestContentProbes labels single paragraphs, written for this test in the
// genre's usual phrasings, under a title and no heading, so that content
// alone (cues, trouble words, the model) decides: problems that never say
// 问题, results stated as evaluation (大为改观), plans without 将. At the
// shipped model: 42/44 (the two misses are a plan in bare imperative
// style, 严格落实…, and a result stated as 实现“…连丰”).
func TestContentProbes(t *testing.T) {
	probes := map[string][]string{
		Achievement: {
			"全镇新建成标准化厂房3.2万平方米，入驻企业14家，吸纳就业600余人。",
			"城区供水管网改造工程全面竣工，老城区居民彻底告别了季节性停水。",
			"农村集体产权制度改革基本完成，确认集体经济组织成员21.6万人。",
			"我们坚持把招商引资作为一号工程，主要领导带队外出招商19次，落地项目8个。",
			"森林覆盖率提高到63.5%，空气质量优良天数比例达到96.2%。",
			"县人民医院成功创建三级综合医院，县域内就诊率达到90%。",
			"全年办理人大代表建议68件、政协提案95件，办复率100%。",
			"通过“党建+积分”模式，群众参与村级事务的积极性明显提高，村容村貌大为改观。",
			"开展安全生产大检查，排查整改隐患1360处，全年未发生较大安全事故。",
			"争取上级资金4.3亿元，比上年多争取1.1亿元。",
			"粮食生产实现“二十连丰”，总产量稳定在50万吨以上。",
			"全县城镇新增就业5200人，城镇登记失业率控制在3.5%以内。",
		},
		Problem: {
			"受市场需求疲软影响，部分企业订单减少、开工不足，工业经济下行压力加大。",
			"财政收支矛盾十分突出，刚性支出不断增加，“三保”压力较大。",
			"部分村级组织带头人能力偏弱，发展集体经济思路不宽、办法不多。",
			"项目前期工作滞后，土地、资金等要素保障跟不上，个别项目迟迟不能开工。",
			"医疗卫生人才流失严重，近三年乡镇卫生院流失专业技术人员40余人。",
			"少数干部作风不实，存在庸懒散拖现象，群众对此仍有意见。",
			"城乡居民收入与全省平均水平相比仍有较大差距。",
			"全县规上工业企业数量少、规模小，没有一家产值超过10亿元的企业。",
			"基层农技推广体系“线断、网破、人散”，服务能力明显弱化。",
			"由于历史原因，城区排水设施标准低，遇到强降雨极易形成内涝。",
			"老龄化程度不断加深，养老服务供给明显不足。",
			"一些惠民政策宣传不到位，群众知晓率不高，政策效果打了折扣。",
		},
		Plan: {
			"全面推进城市更新行动，改造提升背街小巷30条，新增停车位2000个。",
			"扎实做好稳就业工作，确保城镇新增就业5000人以上。",
			"着力优化营商环境，深化“放管服”改革，推动更多事项“一网通办”。",
			"加快补齐农村基础设施短板，新建改建农村公路100公里，完成危桥改造8座。",
			"我们将坚定不移实施工业强县战略，力争规上工业增加值增长8%。",
			"持续抓好疫情防控和公共卫生体系建设，年内建成县疾控中心实验室。",
			"要进一步压实安全生产责任，坚决遏制较大以上事故发生。",
			"启动县城第二水厂建设，谋划实施一批水利重点工程。",
			"围绕“一县一业”，做大做强茶产业，打造区域公用品牌。",
			"严格落实中央八项规定精神，持之以恒纠治“四风”。",
			"建议县政府设立乡村人才发展专项资金，每年不少于500万元。",
			"明年，全县地区生产总值预期增长6%左右。",
		},
		Other: {
			"我县位于省境西南部，总面积2468平方公里，辖12个乡镇，总人口38万人。",
			"下面，我就全县农业农村工作情况作简要汇报，不妥之处请批评指正。",
			"谢谢大家！",
			"现将有关情况报告如下：",
			"会议由县委副书记主持，县直有关部门主要负责人参加会议。",
			"该村共有耕地4300亩，其中水田2100亩，主要种植水稻和油菜。",
			"根据县委安排，今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。",
			"县水利局现有干部职工56人，内设股室6个，下属事业单位3个。",
		},
	}
	c := &Classifier{Seg: segment.MustDefault(), Model: Shipped(), Weights: DefaultWeights}
	right, total := 0, 0
	for want, ps := range probes {
		for _, p := range ps {
			a := c.Analyze([]Input{{Text: "关于有关工作情况的报告"}, {Text: p}})
			got := a.Results[1].Category
			total++
			if got == want {
				right++
			} else {
				t.Logf("want %s got %s (%.2f) %v %s", want, got, a.Results[1].Confidence, a.Results[1].Evidence, p)
			}
		}
	}
	t.Logf("content probes: %d/%d", right, total)
	if right < 42 {
		t.Errorf("content probes %d/%d, below the measured 42/44", right, total)
	}
}

// TestContentProbesLonger is a second batch of such paragraphs, longer
// and closer to a government report's voice: reviews that open with 坚持,
// problems announced before they are listed, plans in the imperative with
// no 将. At the shipped model: 32/34 (misses: a result with 解决…难题 read
// as a plan, a plan opening with 坚持把… read as a review).
func TestContentProbesLonger(t *testing.T) {
	probes := map[string][]string{
		Achievement: {
			"坚持工业强县不动摇，新能源电池材料产业园一期建成投产，全县规上工业增加值增长9.6%，高于全市平均水平2.1个百分点。",
			"这一年，我们直面挑战、迎难而上，经济运行稳中向好，主要指标增速位居全市前列。",
			"教育事业均衡发展，新建、改扩建中小学校9所，新增学位5400个，高考本科上线率再创新高。",
			"在县委的坚强领导下，全局上下齐心协力，较好地完成了全年各项目标任务。",
			"我局共受理群众来信来访326件次，按期办结率100%，群众满意率98.5%。",
			"三年来，我坚持每月到分管联系村走访，帮助解决群众急难愁盼问题60余个。",
			"通过开展“万人助万企”活动，为企业解决融资、用工等难题210个。",
			"文化旅游融合发展，接待游客突破800万人次，实现旅游综合收入65亿元，分别增长18%和21%。",
			"生态环境持续改善，PM2.5平均浓度降至28微克每立方米，国考断面水质全部达标。",
			"营商环境不断优化，企业开办时间压缩至1个工作日以内，政务服务事项“一网通办”率达到98%。",
		},
		Problem: {
			"但我们也要看到，经济发展中还存在一些不容忽视的问题。",
			"对照上级要求和群众期盼，我们的工作还有很多不足。",
			"一是产业结构不优，传统产业占比过高，新兴产业规模偏小；二是创新能力不强，研发投入强度仅为1.2%。",
			"个别乡镇对项目谋划重视不够，储备项目质量不高，能够落地的大项目、好项目少。",
			"受土地指标限制，部分招商项目无法及时落地，影响了项目建设进度。",
			"县级财力有限，公共服务投入不足，城乡之间、区域之间发展差距依然较大。",
			"干部队伍年龄结构老化，35岁以下年轻干部仅占12%，后备力量明显不足。",
			"部分群众环保意识淡薄，秸秆焚烧、垃圾乱倒等现象屡禁不止。",
		},
		Plan: {
			"坚持把扩大有效投资作为稳增长的关键举措，全年实施重点项目120个，完成投资180亿元以上。",
			"深入实施乡村振兴战略，新建高标准农田5万亩，粮食产量稳定在40万吨以上。",
			"持续深化“放管服”改革，推行“一件事一次办”，打造一流营商环境。",
			"下半年，我们将重点抓好以下几项工作。",
			"全力以赴抓招商，力争全年引进亿元以上项目30个，到位资金突破100亿元。",
			"切实加强干部队伍建设，着力培养一支政治过硬、本领高强的干部队伍。",
			"2025年，全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。",
			"我们要以更加饱满的热情、更加务实的作风，奋力推动各项工作再上新台阶。",
			"请县政府统筹协调，帮助解决项目建设用地指标问题。",
			"推进城乡供水一体化，年底前实现农村自来水普及率达到95%。",
		},
		Other: {
			"各位代表，现在我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
			"受县委委托，我就2024年度履职情况向大家作简要汇报。",
			"本次调研采取座谈交流、实地走访、问卷调查等方式进行，共发放问卷1200份。",
			"我县地处丘陵山区，总人口52万人，其中农业人口41万人。",
			"以上是我的述职报告，不妥之处，请批评指正。",
			"2月10日上午，全县乡村振兴工作会议在县行政中心召开。",
		},
	}
	c := &Classifier{Seg: segment.MustDefault(), Model: Shipped(), Weights: DefaultWeights}
	right, total := 0, 0
	for want, ps := range probes {
		for _, p := range ps {
			a := c.Analyze([]Input{{Text: "关于有关工作情况的报告"}, {Text: p}})
			got := a.Results[1].Category
			total++
			if got == want {
				right++
			} else {
				t.Logf("want %s got %s (%.2f) %v %s", want, got, a.Results[1].Confidence, a.Results[1].Evidence, p)
			}
		}
	}
	t.Logf("longer content probes: %d/%d", right, total)
	if right < 32 {
		t.Errorf("longer content probes %d/%d, below the measured 32/34", right, total)
	}
}
