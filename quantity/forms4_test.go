package quantity

import (
	"testing"

	"huibao/segment"
)

// Forms first met in testdata/quantities-own4 and in the quant3 report;
// every sentence here is written for the test.

func TestMaskedSpansAndTenths(t *testing.T) {
	check(t, "近×年新建的厂房中，闲置的超过×成", want{"近×年", nan, "年", true, KindDuration, 0}, want{"超过×成", nan, "成", true, KindPercent, 0})
	check(t, "企业达标率约××成以上", want{"约××成以上", nan, "成", true, KindPercent, 0})
	check(t, "合格的占×成。", want{"×成", nan, "成", false, KindPercent, 0})
	// a masked year stays a date; ×成果 is a masked word
	check(t, "xxxx年以来，××年度考核优秀")
	check(t, "取得×成果")
}

func TestMoreMeasureWords(t *testing.T) {
	check(t, "群众办事最多跑两趟，干部下乡送课36节、讲党课12堂", want{"两趟", 2, "趟", false, KindCount, 0}, want{"36节", 36, "节", false, KindCount, 0}, want{"12堂", 12, "堂", false, KindCount, 0})
	check(t, "新建3孔桥梁一座，清淤2.6万立方", want{"3孔", 3, "孔", false, KindCount, 0}, want{"一座", 1, "座", false, KindCount, 0}, want{"2.6万立方", 2.6, "万立方", false, KindMeasure, 26000})
	// words, not counts
	check(t, "各界代表欢聚一堂，共度五一节、三八节")
	check(t, "推进节能降耗，一趟趟上门服务")
}

func TestApproxMarkInsideWords(t *testing.T) {
	check(t, "签约3个项目，附近2个村受益", want{"3个", 3, "个", false, KindCount, 0}, want{"2个", 2, "个", false, KindCount, 0})
	check(t, "节约资金120万元，最近两年新建5所", want{"120万元", 120, "万元", false, KindMoney, 0}, want{"两年", 2, "年", false, KindDuration, 0}, want{"5所", 5, "所", false, KindCount, 0})
	check(t, "签约项目约20个，临近3年到期", want{"约20个", 20, "个", true, KindCount, 0}, want{"3年", 3, "年", false, KindDuration, 0})
	check(t, "将近8成，接近2万人", want{"将近8成", 8, "成", true, KindPercent, 80}, want{"接近2万人", 2, "万人", true, KindCount, 20000})
}

func TestThousandsAndHundreds(t *testing.T) {
	check(t, "争取资金3千5百万元，新建厂房2千3百平方米", want{"3千5百万元", 3500, "万元", false, KindMoney, 3.5e7}, want{"2千3百平方米", 2300, "平方米", false, KindMeasure, 2300})
	check(t, "投入1千2百余万元", want{"1千2百余万元", 1200, "万元", true, KindMoney, 1.2e7})
	// no hundreds: two figures as before
	check(t, "3千万元", want{"3千万元", 3, "千万元", false, KindMoney, 3e7})
}

func TestDigitByDigitDiscounts(t *testing.T) {
	check(t, "门票八五折，老人九五折", want{"八五折", 8.5, "折", false, KindPercent, 85}, want{"九五折", 9.5, "折", false, KindPercent, 95})
	check(t, "七折优惠", want{"七折", 7, "折", false, KindPercent, 70})
}

func TestYearsAndMonths(t *testing.T) {
	check(t, "工期两年零九个月，提前一年又三个月完工", want{"两年零九个月", 33, "个月", false, KindDuration, 33}, want{"一年又三个月", 15, "个月", false, KindDuration, 15})
	check(t, "判处有期徒刑1年6个月", want{"1年6个月", 18, "个月", false, KindDuration, 18})
	// a year of the calendar, or months in another script, stay apart
	check(t, "2023年3个月", want{"3个月", 3, "个月", false, KindDuration, 0})
	check(t, "两年3个月", want{"两年", 2, "年", false, KindDuration, 0}, want{"3个月", 3, "个月", false, KindDuration, 0})
}

func TestOneMetreAfterMeasureWord(t *testing.T) {
	check(t, "挖一个一米见方的坑", want{"一个", 1, "个", false, KindCount, 0}, want{"一米", 1, "米", false, KindMeasure, 0})
	check(t, "这个一定要办好")
}

func TestPerSharedByListAndNotBySize(t *testing.T) {
	checkPer(t, []perCase{
		{"城乡居民人均可支配收入分别达到3.9万元、1.7万元", "1.7万元", "人"},
		{"低保标准分别提高到每人每月700元和520元", "520元", "人"},
		{"每亩补贴800元、每户500元", "500元", "户"},
		{"人均收入2.1万元、村集体收入25个", "25个", ""},
		{"每天坚持带领群众在石缝中挖出60厘米深的树坑", "60厘米", ""},
		{"每公里道路铺设3米宽的人行道", "3米", ""},
		{"每小时加工1.5吨", "1.5吨", "小时"},
		{"人均纯收入由2015年的2860元增加到2020年的10260元", "10260元", "人"},
		{"亩均税收由3万元提高到5万元", "5万元", "亩"},
		{"人均收入3万元提高到了全省第5位", "第5位", ""},
	})
}

func TestSubjectNotFromFigureBefore(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, words := range []bool{true, false} {
		text := "全镇1.26万户4.3万人全部参加医疗保险，新建养老机构3所"
		var qs []Quantity
		if words {
			qs = Analyze(seg, text)
		} else {
			qs = AnalyzeWords(text, nil)
		}
		if len(qs) != 3 {
			t.Fatalf("words %v: %+v", words, qs)
		}
		if s := qs[1].Subject; s == "万户" || s == "1.26万户" {
			t.Errorf("words %v: 4.3万人 has the subject %q of the figure before it", words, s)
		}
		if qs[2].Subject != "养老机构" {
			t.Errorf("words %v: 3所 subject %q, want 养老机构", words, qs[2].Subject)
		}
	}
}

func TestUpperBoundsAndTimesSigns(t *testing.T) {
	check(t, "每户最高不超过5000元，费率不高于3%", want{"不超过5000元", 5000, "元", true, KindMoney, 0}, want{"不高于3%", 3, "%", true, KindPercent, 0})
	// 7×24小时 is a service pattern, not a masked figure; 20××年 and 3xx万元 stay masks
	check(t, "实行7×24小时值守，3xx万元", want{"3xx万元", nan, "万元", false, KindMoney, 0})
	check(t, "在全市考核中获评第一等次", want{"第一等次", 1, "等次", false, KindOrdinal, 0})
}

func TestFirstIsAnOrdinal(t *testing.T) {
	check(t, "综合考核获全市第一名，入选第一批省级示范县", want{"第一名", 1, "名", false, KindOrdinal, 0}, want{"第一批", 1, "批", false, KindOrdinal, 0})
	// 第一 before no unit is a word
	check(t, "第一书记第一时间到岗，统一部署")
}

func TestRangeWithMagnitudeTwice(t *testing.T) {
	check(t, "每户补助1.5万至3.5万元，带动3万-5万人", want{"1.5万至3.5万元", 1.5, "万元", false, KindMoney, 15000}, want{"3万-5万人", 3, "万人", false, KindCount, 30000})
	qs := Find("每户补助1.5万至3.5万元")
	if len(qs) != 1 || qs[0].Max == nil || *qs[0].Max != 3.5 || qs[0].Per != "户" {
		t.Errorf("1.5万至3.5万元: %+v, want max 3.5 per 户", qs)
	}
	// a high end no larger, or a dash after a magnitude, is no range and no minus
	check(t, "投资5000万-1亿元", want{"5000万", 5000, "万", false, KindNumber, 0}, want{"1亿元", 1, "亿元", false, KindMoney, 1e8})
	check(t, "2万到1万元", want{"2万", 2, "万", false, KindNumber, 0}, want{"1万元", 1, "万元", false, KindMoney, 0})
}

func TestSubjectOfOneCharacterHeadAndList(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	qs := Analyze(seg, "全镇总人口4.3万人，其中脱贫户1260户、4380人，监测对象87户、302人。")
	want := []string{"总人口", "脱贫户", "脱贫户", "监测对象", "监测对象"}
	if len(qs) != len(want) {
		t.Fatalf("%+v", qs)
	}
	for i, w := range want {
		if qs[i].Subject != w {
			t.Errorf("%s: subject %q, want %q", qs[i].Text, qs[i].Subject, w)
		}
	}
	// a growth figure is no count: the list rule leaves it alone
	qs = Analyze(seg, "比上年多3个，增长5%")
	for _, q := range qs {
		if q.Subject == "上年多" {
			t.Errorf("%s: subject %q", q.Text, q.Subject)
		}
	}
}

func TestApproxWithVerbAndSteadyGrowth(t *testing.T) {
	check(t, "进口额约为2.3亿美元，大约有40家，签约为期3年", want{"约为2.3亿美元", 2.3, "亿美元", true, KindMoney, 2.3e8}, want{"大约有40家", 40, "家", true, KindCount, 0}, want{"3年", 3, "年", false, KindDuration, 0})
	qs := Find("连续三年每年递增10%")
	if len(qs) != 2 || !qs[1].Change {
		t.Errorf("递增10%%: %+v, want a change", qs)
	}
}

func TestTwoDigitYearAtItsEnd(t *testing.T) {
	check(t, "23年底全县完成投资，24年初开工")
	check(t, "从教23年，任教满10年的教师", want{"23年", 23, "年", false, KindDuration, 0}, want{"10年", 10, "年", false, KindDuration, 0})
}
