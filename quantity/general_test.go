package quantity

import "testing"

// Forms found missing by the own-writing check set testdata/quantities-own;
// the sentences here are written for these tests.

func TestChineseDecimals(t *testing.T) {
	check(t, "税收收入增长百分之八点五", want{"百分之八点五", 8.5, "%", false, KindPercent, 8.5})
	check(t, "全镇财政收入三点五亿元", want{"三点五亿元", 3.5, "亿元", false, KindMoney, 3.5e8})
	check(t, "失业率下降零点五个百分点", want{"零点五个百分点", 0.5, "个百分点", false, KindPoints, 0})
	check(t, "人均增收十二点三五万元", want{"十二点三五万元", 12.35, "万元", false, KindMoney, 123500})
	for _, s := range []string{"坚持三点一线", "一点一滴抓落实", "下午两点召开", "突出重点"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

func TestBareHundredsAndThousands(t *testing.T) {
	check(t, "全年营业收入突破百亿元", want{"突破百亿元", 100, "亿元", true, KindMoney, 1e10})
	check(t, "挽回损失近百万元", want{"近百万元", 100, "万元", true, KindMoney, 1e6})
	check(t, "培训人员上千人", want{"上千人", 1000, "人", true, KindCount, 1000})
	check(t, "吸引上百家企业", want{"上百家", 100, "家", true, KindCount, 100})
	check(t, "培育乡土人才数百名", want{"数百名", 100, "名", true, KindCount, 100})
	check(t, "引进百余家企业、千余名技工", want{"百余家", 100, "家", true, KindCount, 100}, want{"千余名", 1000, "名", true, KindCount, 1000})
	check(t, "惠及万余人，带动近万户", want{"万余人", 1, "万人", true, KindCount, 1e4}, want{"近万户", 1, "万户", true, KindCount, 1e4})
	check(t, "吸引数万名游客", want{"数万名", 1, "万名", true, KindCount, 1e4})
	check(t, "覆盖率达到百分之百", want{"百分之百", 100, "%", false, KindPercent, 100})
	for _, s := range []string{"签约亿元以上项目", "落地超亿元项目", "入选国家千人计划", "每千人口执业医师", "千方百计", "千家万户", "老百姓", "百花齐放"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

func TestApproxInsideUnit(t *testing.T) {
	check(t, "用两个多月时间完成登记", want{"两个多月", 2, "个月", true, KindDuration, 0})
	check(t, "会议开了一个多小时", want{"一个多小时", 1, "个小时", true, KindDuration, 0})
	check(t, "降低3个多百分点", want{"3个多百分点", 3, "个百分点", true, KindPoints, 0})
	check(t, "建成两个多功能厅", want{"两个", 2, "个", false, KindCount, 0})
}

func TestMoreUnits(t *testing.T) {
	check(t, "建设高标准农田12万标准亩", want{"12万标准亩", 12, "万标准亩", false, KindMeasure, 0})
	check(t, "完成手术9800余台次", want{"9800余台次", 9800, "台次", true, KindCount, 0})
	check(t, "年降水量1236.4毫米，积雪15厘米", want{"1236.4毫米", 1236.4, "毫米", false, KindMeasure, 0}, want{"15厘米", 15, "厘米", false, KindMeasure, 0})
	check(t, "PM2.5浓度为32微克/立方米", want{"32微克/立方米", 32, "微克/立方米", false, KindMeasure, 0})
}

func TestPercentWordsApprox(t *testing.T) {
	check(t, "处理率保持在百分之九十五以上", want{"百分之九十五以上", 95, "%", true, KindPercent, 0})
	check(t, "控制在百分之三左右", want{"百分之三左右", 3, "%", true, KindPercent, 0})
}

func TestChangeAfterSpace(t *testing.T) {
	got := Find("工业总产值 98.6 亿元，增长 7.2 %，占比 30%")
	if len(got) != 3 || got[0].Change || !got[1].Change || got[2].Change {
		t.Errorf("change marks wrong: %+v", got)
	}
}

func TestSlogansAreNotCounts(t *testing.T) {
	for _, s := range []string{"坚决做到“两个维护”", "推行“最多跑一次”改革", "落实“三会一课”和“四个一批”", "坚持“一村一品”", "实施“六大工程”"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
	// a count outside the quotes, or an Arabic one inside, stays
	check(t, "办好“30项民生实事”", want{"30项", 30, "项", false, KindCount, 0})
	check(t, "新建两个“农家书屋”", want{"两个", 2, "个", false, KindCount, 0})
	check(t, "他说：“今年新建了三个产业园区，带动就业一千人。”", want{"三个", 3, "个", false, KindCount, 0}, want{"一千人", 1000, "人", false, KindCount, 0})
}

func TestSessionOrdinals(t *testing.T) {
	got := Find("贯彻县委十四届五次全会和十八届三中全会精神，在县十七届人大二次会议上")
	var kinds []string
	for _, q := range got {
		kinds = append(kinds, q.Text+":"+q.Kind)
	}
	exp := []string{"十四届:ordinal", "五次:ordinal", "十八届:ordinal", "十七届:ordinal", "二次:ordinal"}
	if len(kinds) != len(exp) {
		t.Fatalf("got %v, want %v", kinds, exp)
	}
	for i := range exp {
		if kinds[i] != exp[i] {
			t.Errorf("got %v, want %v", kinds, exp)
			break
		}
	}
	check(t, "连续举办三届，召开三次会议", want{"三届", 3, "届", false, KindCount, 0}, want{"三次", 3, "次", false, KindCount, 0})
}

func TestSpaceBetweenDigitGroups(t *testing.T) {
	check(t, "较上年净增4 000户，审结案件1 236件", want{"4 000户", 4000, "户", false, KindCount, 0}, want{"1 236件", 1236, "件", false, KindCount, 0})
	check(t, "存款余额1 236 500元", want{"1 236 500元", 1236500, "元", false, KindMoney, 0})
	// a stray space before a unit, or between two numbers that are not groups, stays as it was
	check(t, "共有 126 家，完成 6.12 亿元", want{"126 家", 126, "家", false, KindCount, 0}, want{"6.12 亿元", 6.12, "亿元", false, KindMoney, 0})
	check(t, "编号2023 12家", want{"12家", 12, "家", false, KindCount, 0})
}

func TestListSharesChange(t *testing.T) {
	got := Find("排放量分别下降3.2%、2.8%和4.1%，占比40%")
	if len(got) != 4 || !got[0].Change || !got[1].Change || !got[2].Change || got[3].Change {
		t.Errorf("change marks wrong: %+v", got)
	}
}

func TestNeighbouringNumerals(t *testing.T) {
	for _, c := range []struct {
		in, text, unit string
		lo, hi         float64
	}{
		{"用了三五年时间", "三五年", "年", 3, 5},
		{"建成七八个示范点", "七八个", "个", 7, 8},
		{"吸引一两家龙头企业", "一两家", "家", 1, 2},
		{"培训四五十人", "四五十人", "人", 40, 50},
		{"带动三四百人就业", "三四百人", "人", 300, 400},
	} {
		got := Find(c.in)
		if len(got) != 1 || got[0].Text != c.text || got[0].Unit != c.unit || !got[0].Approx ||
			got[0].Value == nil || *got[0].Value != c.lo || got[0].Max == nil || *got[0].Max != c.hi {
			t.Errorf("Find(%q) = %+v, want %s %v~%v %s approx", c.in, got, c.text, c.lo, c.hi, c.unit)
		}
	}
	for _, s := range []string{"一二三产业融合", "三四级手术", "五六月份", "二〇二三年"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

func TestTemplateBlanks(t *testing.T) {
	check(t, "引进企业○○家，投资○○万元", want{"○○家", nan, "家", false, KindCount, 0}, want{"○○万元", nan, "万元", false, KindMoney, 0})
	check(t, "共有（ ）个行政村，人口(  )人", want{"（ ）个", nan, "个", false, KindCount, 0}, want{"(  )人", nan, "人", false, KindCount, 0})
	for _, s := range []string{"○○年以来", "（一）新建道路", "(2)改造管网", "（）个"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

func TestPhasesAndAges(t *testing.T) {
	got := Find("污水处理厂二期工程，开展培训12期")
	if len(got) != 2 || got[0].Kind != KindOrdinal || got[1].Kind != KindCount {
		t.Errorf("phases: %+v", got)
	}
	check(t, "45周岁以下干部", want{"45周岁以下", 45, "周岁", true, KindDuration, 0})
}

func TestFormulasAreNotCounts(t *testing.T) {
	for _, s := range []string{"严格落实中央八项规定精神", "坚定四个自信，做到两个维护", "统筹推进五位一体总体布局", "践行三个代表重要思想"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
	check(t, "制定两项规定，新建四个意识形态阵地", want{"两项", 2, "项", false, KindCount, 0}, want{"四个", 4, "个", false, KindCount, 0})
}

func TestNegativeFigures(t *testing.T) {
	check(t, "增加值同比增长-3.2%，增速为－5.6%，利润−120万元", want{"-3.2%", -3.2, "%", false, KindPercent, 0},
		want{"－5.6%", -5.6, "%", false, KindPercent, 0}, want{"−120万元", -120, "万元", false, KindMoney, 0})
	if got := Find("利润−120万元"); len(got) != 1 || got[0].Normalized == nil || got[0].Normalized.Value != -1.2e6 {
		t.Errorf("normalized negative: %+v", got)
	}
	if got := Find("增长-3.2%"); len(got) != 1 || !got[0].Change {
		t.Errorf("change mark of a negative growth: %+v", got)
	}
	// dashes of ranges, codes and years stay what they were
	check(t, "每村3-5家，2019-2021年", want{"3-5家", 3, "家", false, KindCount, 0})
	check(t, "净增3000﹪，办好十件事", want{"3000﹪", 3000, "%", false, KindPercent, 0}, want{"十件", 10, "件", false, KindCount, 0})
	if got := Find("推行一件事一次办"); len(got) > 0 {
		t.Errorf("一件事一次办 read as %q", got[0].Text)
	}
}

func TestSpaceAfterMagnitude(t *testing.T) {
	check(t, "完成投资6.12亿 元，培训1.5万 人次", want{"6.12亿 元", 6.12, "亿元", false, KindMoney, 6.12e8}, want{"1.5万 人次", 1.5, "万人次", false, KindCount, 15000})
	check(t, "负债1.5亿 县里", want{"1.5亿", 1.5, "亿", false, KindNumber, 0})
}
