package quantity

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"huibao/classify/devset"
	"huibao/segment"
)

func TestCompoundUnits(t *testing.T) {
	check(t, "高标准农田每亩投入标准提高到2800元/亩", want{"2800元/亩", 2800, "元/亩", false, KindMoney, 2800})
	check(t, "人均培训经费0.2万元/人，收购价6元/公斤", want{"0.2万元/人", 0.2, "万元/人", false, KindMoney, 2000}, want{"6元/公斤", 6, "元/公斤", false, KindMoney, 0})
	check(t, "设计时速60公里/小时，约150元/平方米", want{"60公里/小时", 60, "公里/小时", false, KindMeasure, 0}, want{"约150元/平方米", 150, "元/平方米", true, KindMoney, 0})
	check(t, "配备达到8人/万人以上", want{"8人/万人以上", 8, "人/万人", true, KindCount, 8})
	check(t, "水价2.5元／吨", want{"2.5元／吨", 2.5, "元/吨", false, KindMoney, 0})
	// a slash that opens no unit leaves the unit alone
	check(t, "补助300元/2023年起执行", want{"300元", 300, "元", false, KindMoney, 0})
	got := Find("0.2万元/人")
	if len(got) != 1 || got[0].Normalized == nil || got[0].Normalized.Unit != "元/人" {
		t.Errorf("0.2万元/人 normalized %+v, want unit 元/人", got)
	}
}

func TestTwoPartFigures(t *testing.T) {
	check(t, "总收入达2亿3千万元", want{"2亿3千万元", 2.3, "亿元", false, KindMoney, 2.3e8})
	check(t, "投资1亿2000万元", want{"1亿2000万元", 1.2, "亿元", false, KindMoney, 1.2e8})
	check(t, "带动农户4万6千户", want{"4万6千户", 46000, "户", false, KindCount, 46000})
	check(t, "接待游客2万8千人次", want{"2万8千人次", 28000, "人次", false, KindCount, 0})
	check(t, "筹集资金二亿五千万元", want{"二亿五千万元", 2.5, "亿元", false, KindMoney, 2.5e8})
	check(t, "总投资约三亿五千万", want{"约三亿五千万", 3.5, "亿", true, KindNumber, 3.5e8})
	check(t, "带动4万2千余人，投资2亿3千余万元", want{"4万2千余人", 42000, "人", true, KindCount, 42000}, want{"2亿3千余万元", 2.3, "亿元", true, KindMoney, 2.3e8})
	check(t, "共有6万4500人", want{"6万4500人", 64500, "人", false, KindCount, 64500})
	// two figures, not one
	check(t, "新增4万7人", want{"4万", 4, "万", false, KindNumber, 0}, want{"7人", 7, "人", false, KindCount, 0})
	check(t, "新增3万、5千户", want{"3万", 3, "万", false, KindNumber, 0}, want{"5千户", 5, "千户", false, KindCount, 0})
	check(t, "三万元", want{"三万元", 3, "万元", false, KindMoney, 30000})
}

func TestFractions(t *testing.T) {
	check(t, "受训学员中三分之一取得证书", want{"三分之一", 1.0 / 3, "分之", false, KindFraction, 100.0 / 3})
	check(t, "五分之二的村建成示范村，四分之三以上的户参加", want{"五分之二", 0.4, "分之", false, KindFraction, 40}, want{"四分之三以上", 0.75, "分之", true, KindFraction, 75})
	check(t, "有1/4返乡创业", want{"1/4", 0.25, "/", false, KindFraction, 25})
	check(t, "1/15召开")
	// dates and shifts are no fractions
	check(t, "2024/1/3召开会议，5/20日前报送")
	for _, q := range Find("7/24小时值守") {
		if q.Kind == KindFraction {
			t.Errorf("7/24小时 read as a fraction %q", q.Text)
		}
	}
	check(t, "十分之重要")
}

func TestTenthsAndDoublings(t *testing.T) {
	check(t, "部分商品低至七折，占比近六成", want{"七折", 7, "折", false, KindPercent, 70}, want{"近六成", 6, "成", true, KindPercent, 60})
	check(t, "一波三折，折合人民币5万元", want{"5万元", 5, "万元", false, KindMoney, 0})
	check(t, "经济总量翻一番，收入翻了两番", want{"翻一番", 1, "番", false, KindMultiple, 2}, want{"翻了两番", 2, "番", false, KindMultiple, 4})
	check(t, "费了一番功夫")
	check(t, "产值增长3倍", want{"3倍", 3, "倍", false, KindMultiple, 0})
	got := Find("收入翻两番")
	if len(got) != 1 || !got[0].Change {
		t.Errorf("翻两番 should be a change: %+v", got)
	}
}

func TestTableUnitInBrackets(t *testing.T) {
	check(t, "地区生产总值（亿元）：128.4，增长5.5%", want{"128.4", 128.4, "亿元", false, KindMoney, 1.284e10}, want{"5.5%", 5.5, "%", false, KindPercent, 0})
	check(t, "新增就业(人) 1260", want{"1260", 1260, "人", false, KindCount, 0})
	// a bracket that holds no unit gives the figure none
	check(t, "第一批（试点）：12", want{"第一批", 1, "批", false, KindOrdinal, 0})
	check(t, "（年）：2023")
}

func TestFullWidthPercentIsPercent(t *testing.T) {
	check(t, "增长 8.3 ％，占比12％以上", want{"8.3 ％", 8.3, "%", false, KindPercent, 8.3}, want{"12％以上", 12, "%", true, KindPercent, 0})
}

func TestSectorsAreNotCounts(t *testing.T) {
	check(t, "三次产业结构调整为12:40:48，召开三次会议", want{"三次", 3, "次", false, KindCount, 0})
}

func TestNewChangeCues(t *testing.T) {
	for _, in := range []string{"差距缩小1.2个百分点", "增速加快0.6个百分点", "降幅收窄2.1个百分点", "亏损面扩大3%"} {
		got := Find(in)
		if len(got) != 1 || !got[0].Change {
			t.Errorf("%s: want one change, got %+v", in, got)
		}
	}
	// 扩大到 names a level, not a change
	if got := Find("面积扩大到3万亩"); len(got) != 1 || got[0].Change {
		t.Errorf("扩大到3万亩: want a level, got %+v", got)
	}
}

// perCase is a text, the figure in it and the per-unit base it should get.
type perCase struct{ in, text, per string }

// checkPer finds each case's figure and checks its per-unit base.
func checkPer(t *testing.T, cases []perCase) {
	t.Helper()
	for _, c := range cases {
		var got *Quantity
		qs := Find(c.in)
		for i := range qs {
			if qs[i].Text == c.text {
				got = &qs[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %s not found in %+v", c.in, c.text, qs)
			continue
		}
		if got.Per != c.per {
			t.Errorf("%s: %s per %q, want %q", c.in, c.text, got.Per, c.per)
		}
	}
}

func TestPerBase(t *testing.T) {
	checkPer(t, []perCase{
		{"土地流转每亩补助600元", "600元", "亩"},
		{"每万人口拥有律师4.2名", "4.2名", "万人口"},
		{"千人口养老床位达到35张", "35张", "千人口"},
		{"农民人均可支配收入1.9万元", "1.9万元", "人"},
		{"葡萄亩产1.8吨", "1.8吨", "亩"},
		{"按每户每月10元收取", "10元", "户"},
		{"平均每场观众300人", "300人", "场"},
		{"每个村投入20万元", "20万元", ""},
		{"全年投入20万元", "20万元", ""},
		{"人均不足15平方米的有12户", "12户", ""},
		{"人均不足15平方米的有12户", "不足15平方米", "人"},
		{"人均收入增长8%", "8%", ""},
		{"500元/亩", "500元/亩", ""},
	})
}

func TestRoundNoise(t *testing.T) {
	if v := roundNoise(46.1 * 1e8); v != 4.61e9 {
		t.Errorf("roundNoise(46.1e8) = %v", v)
	}
	for _, v := range []float64{0, math.Inf(1), math.SmallestNonzeroFloat64} {
		if r := roundNoise(v); r != v && !(math.IsNaN(r) && math.IsNaN(v)) {
			t.Errorf("roundNoise(%v) = %v", v, r)
		}
	}
}

func TestPerMilleWords(t *testing.T) {
	check(t, "发病率控制在千分之三以内，万分之五", want{"千分之三以内", 3, "‰", true, KindPercent, 3}, want{"万分之五", 5, "‱", false, KindPercent, 5})
	check(t, "千分之二点五", want{"千分之二点五", 2.5, "‰", false, KindPercent, 0})
	check(t, "千分之")
}

func TestSpaceBeforeApproxMark(t *testing.T) {
	check(t, "受益群众 4.2 万 余人", want{"4.2 万 余人", 4.2, "万人", true, KindCount, 42000})
}

func TestProgrammeCountsAreNotCounts(t *testing.T) {
	check(t, "实施五个一批工程，落实四个一工程")
	check(t, "建成三个一流实验室", want{"三个", 3, "个", false, KindCount, 0})
}

func TestTableUnitWords(t *testing.T) {
	check(t, "全年收入（单位：万元）：4128", want{"4128", 4128, "万元", false, KindMoney, 4.128e7})
	got := Find("同比增长（%）：7.5")
	if len(got) != 1 || !got[0].Change || got[0].Unit != "%" {
		t.Errorf("同比增长（%%）：7.5 = %+v, want a change in %%", got)
	}
}

func TestFractionSubjects(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err) // the dictionaries are embedded: no excuse to skip
	}
	for _, c := range []struct{ in, subj string }{
		{"四分之三的户参加了医保", "户"},
		{"全镇劳动力中三分之一外出务工", "劳动力"},
	} {
		qs := Analyze(seg, c.in)
		if len(qs) != 1 || qs[0].Kind != KindFraction || qs[0].Subject != c.subj {
			t.Errorf("%s: %+v, want one fraction of %s", c.in, qs, c.subj)
		}
	}
}

func TestRangesWithUnitTwice(t *testing.T) {
	check(t, "增速保持在6%-9%之间，目标增长4%至5%", want{"6%-9%", 6, "%", false, KindPercent, 0}, want{"4%至5%", 4, "%", false, KindPercent, 0})
	got := Find("每村扶持2家至4家合作社")
	if len(got) != 1 || got[0].Text != "2家至4家" || got[0].Max == nil || *got[0].Max != 4 {
		t.Errorf("2家至4家: %+v", got)
	}
	// a second figure that is smaller, or of another unit, is no range end
	check(t, "分别为8%-3%", want{"8%", 8, "%", false, KindPercent, 0}, want{"3%", 3, "%", false, KindPercent, 0})
	check(t, "培训3人至5人次", want{"3人", 3, "人", false, KindCount, 0}, want{"5人次", 5, "人次", false, KindCount, 0})
}

func TestRanksAfterQian(t *testing.T) {
	check(t, "综合考核位列全市前三名，排名前10位", want{"前三名", 3, "名", false, KindOrdinal, 0}, want{"前10位", 10, "位", false, KindOrdinal, 0})
	check(t, "目前4名干部驻村", want{"4名", 4, "名", false, KindCount, 0})
}

func TestTemperatures(t *testing.T) {
	check(t, "年平均气温16.2℃，最低气温零下6摄氏度", want{"16.2℃", 16.2, "℃", false, KindMeasure, 0}, want{"零下6摄氏度", -6, "摄氏度", false, KindMeasure, 0})
	check(t, "总量翻了一番多", want{"翻了一番多", 1, "番", true, KindMultiple, 2})
}

func TestPerStopsAtBracket(t *testing.T) {
	qs := Find("每月工资3000元（其中补贴500元）")
	if len(qs) != 2 || qs[0].Per != "月" || qs[1].Per != "" {
		t.Errorf("per across a bracket: %+v", qs)
	}
}

func TestEvaluateCountsARangesHighEnd(t *testing.T) {
	v7, v8 := 7.0, 8.0
	doc := devset.Doc{Name: "t", Lines: []string{"目标增长7%至8%"}, Gold: devset.Gold{Quantities: []devset.Quantity{
		{Contains: "7%", Value: &v7, Unit: "%"}, {Contains: "8%", Value: &v8, Unit: "%"}, {Contains: "7%至8%", Value: &v8, Unit: "%"},
	}}}
	s := Evaluate([]devset.Doc{doc}, Find)
	// the low end and the written high end are read; the whole range is
	// not a reading of 8
	if s.Right != 2 || len(s.Misses) != 1 || s.Misses[0].Gold.Contains != "7%至8%" {
		t.Errorf("range ends: right %d, misses %v", s.Right, s.Misses)
	}
}

func TestChineseBareMagnitudeWithApproxMark(t *testing.T) {
	check(t, "企业所得税七百多万，另有三十余万", want{"七百多万", 700, "万", true, KindNumber, 7e6}, want{"三十余万", 30, "万", true, KindNumber, 3e5})
	check(t, "千万不能松懈")
}

func TestJSONStaysCompatible(t *testing.T) {
	// a quantity without a per-unit base adds no key older readers lack
	qs := Find("新建厂房12栋")
	b, err := json.Marshal(qs[0])
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `"per"`) || strings.Contains(string(b), "perAt") {
		t.Errorf("JSON of a plain count: %s", b)
	}
	qs = Find("每亩补助600元")
	b, _ = json.Marshal(qs[0])
	if !strings.Contains(string(b), `"per":"亩"`) {
		t.Errorf("JSON of a per-unit figure: %s", b)
	}
}

func TestDurationIsNoSubject(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	qs := Analyze(seg, "紧扣“三年翻两番”目标")
	if len(qs) != 2 || qs[1].Unit != "番" || qs[1].Subject == "三年" {
		t.Errorf("三年翻两番: %+v", qs)
	}
}
