package quantity

import (
	"math"
	"testing"

	"huibao/segment"
)

type want struct {
	text   string
	value  float64 // NaN: masked
	unit   string
	approx bool
	kind   string
	norm   float64 // 0: not checked
}

var nan = math.NaN()

func check(t *testing.T, in string, ws ...want) {
	t.Helper()
	got := Find(in)
	if len(got) != len(ws) {
		var ts []string
		for _, q := range got {
			ts = append(ts, q.Text)
		}
		t.Errorf("Find(%q) found %d %q, want %d", in, len(got), ts, len(ws))
		return
	}
	for i, w := range ws {
		q := got[i]
		if q.Text != w.text || q.Unit != w.unit || q.Approx != w.approx {
			t.Errorf("Find(%q)[%d] = %q unit %q approx %v, want %q %q %v", in, i, q.Text, q.Unit, q.Approx, w.text, w.unit, w.approx)
		}
		if math.IsNaN(w.value) {
			if !q.Masked || q.Value != nil {
				t.Errorf("Find(%q)[%d] %q: want masked", in, i, q.Text)
			}
		} else if q.Value == nil || math.Abs(*q.Value-w.value) > 1e-9 {
			t.Errorf("Find(%q)[%d] %q: value %v, want %v", in, i, q.Text, q.Value, w.value)
		}
		if w.kind != "" && q.Kind != w.kind {
			t.Errorf("Find(%q)[%d] %q: kind %q, want %q", in, i, q.Text, q.Kind, w.kind)
		}
		if w.norm != 0 && (q.Normalized == nil || math.Abs(q.Normalized.Value-w.norm) > 1e-6*w.norm) {
			t.Errorf("Find(%q)[%d] %q: normalized %+v, want %v", in, i, q.Text, q.Normalized, w.norm)
		}
	}
}

func TestArabicAndMagnitudes(t *testing.T) {
	check(t, "全年实现地区生产总值46.1亿元，带动就业3.5万人。", want{"46.1亿元", 46.1, "亿元", false, KindMoney, 4.61e9}, want{"3.5万人", 3.5, "万人", false, KindCount, 35000})
	check(t, "改造厂房60万平方米", want{"60万平方米", 60, "万平方米", false, KindMeasure, 6e5})
	check(t, "全镇共有１２家企业", want{"１２家", 12, "家", false, KindCount, 12})
	check(t, "完成投资6.12 亿元", want{"6.12 亿元", 6.12, "亿元", false, KindMoney, 6.12e8})
	check(t, "负债高达1.5亿，", want{"1.5亿", 1.5, "亿", false, KindNumber, 1.5e8})
	check(t, "新建蓄水池200m3，渠道35km", want{"200m3", 200, "m3", false, KindMeasure, 0}, want{"35km", 35, "km", false, KindMeasure, 0})
	check(t, "接待游客1,250人次", want{"1,250人次", 1250, "人次", false, KindCount, 1250})
}

func TestChineseNumerals(t *testing.T) {
	check(t, "新设立研发机构两家", want{"两家", 2, "家", false, KindCount, 0})
	check(t, "李四带领十几个村民", want{"十几个", 10, "个", true, KindCount, 0})
	check(t, "吸引数十家企业入驻", want{"数十家", 10, "家", true, KindCount, 0})
	check(t, "累计培训一万二千人", want{"一万二千人", 12000, "人", false, KindCount, 0})
	check(t, "一百零五户完成改造", want{"一百零五户", 105, "户", false, KindCount, 0})
	check(t, "筹集资金三万元", want{"三万元", 3, "万元", false, KindMoney, 30000})
	check(t, "建成兩個基地，投入三億元", want{"兩個", 2, "個", false, "", 0}, want{"三億元", 3, "億元", false, KindMoney, 3e8})
	check(t, "苦干三年，用了近10年", want{"三年", 3, "年", false, KindDuration, 0}, want{"近10年", 10, "年", true, KindDuration, 0})
}

func TestPercentAndPoints(t *testing.T) {
	check(t, "同比增长12.5%，提高2个百分点", want{"12.5%", 12.5, "%", false, KindPercent, 0}, want{"2个百分点", 2, "个百分点", false, KindPoints, 0})
	check(t, "覆盖率达到百分之十五", want{"百分之十五", 15, "%", false, KindPercent, 0})
	got := Find("税收同比增长12.5%，占比30%")
	if len(got) != 2 || !got[0].Change || got[1].Change {
		t.Errorf("change marks wrong: %+v", got)
	}
}

func TestRangesAndApprox(t *testing.T) {
	check(t, "每村有3-5家合作社", want{"3-5家", 3, "家", false, KindCount, 0})
	check(t, "培育3至5名带头人", want{"3至5名", 3, "名", false, KindCount, 0})
	if q := Find("3-5家")[0]; q.Max == nil || *q.Max != 5 {
		t.Errorf("range max: %+v", q)
	}
	check(t, "引进10多名专家、60余万亩、约200人、3%左右、超过160万元、1亿元以上、突破50家、近8万人",
		want{"10多名", 10, "名", true, "", 0}, want{"60余万亩", 60, "万亩", true, "", 0}, want{"约200人", 200, "人", true, "", 0},
		want{"3%左右", 3, "%", true, "", 0}, want{"超过160万元", 160, "万元", true, "", 0}, want{"1亿元以上", 1, "亿元", true, "", 0},
		want{"突破50家", 50, "家", true, "", 0}, want{"近8万人", 8, "万人", true, "", 0})
}

func TestMasked(t *testing.T) {
	check(t, "开展×余次活动，奖金×万元", want{"×余次", nan, "次", true, "", 0}, want{"×万元", nan, "万元", false, "", 0})
	check(t, "门诊xxx.x万人次，下降x.x%", want{"xxx.x万人次", nan, "万人次", false, "", 0}, want{"x.x%", nan, "%", false, "", 0})
	check(t, "森林面积--公顷，职工---人", want{"--公顷", nan, "公顷", false, "", 0}, want{"---人", nan, "人", false, "", 0})
	check(t, "引进XX名人才，投入某万元，建成＿＿个、__所", want{"XX名", nan, "名", false, "", 0}, want{"某万元", nan, "万元", false, "", 0},
		want{"＿＿个", nan, "个", false, "", 0}, want{"__所", nan, "所", false, "", 0})
	check(t, "资金**万元", want{"**万元", nan, "万元", false, "", 0})
}

func TestNotQuantities(t *testing.T) {
	for _, s := range []string{
		"2019年全县", "4月份以来", "2月7日召开", "20xx年以来", "201x年上半年", "××××年上半年", "二〇二〇年", "一九九八年",
		"统一部署", "一起研究", "国家万人计划", "千人计划", "×项目荣获大赛三等奖", "×省技术创新示范中心", "×市民盟",
		"QQ206157060", "S211省道", "十分恶劣", "党的十九大", "一是抓项目", "x-xx月份以来", "www.xxk123.com",
		"1-11月", "2022-2025年",
	} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

func TestOrdinals(t *testing.T) {
	got := Find("荣获二等奖（第二名），在第十八届会议上")
	if len(got) != 2 || got[0].Kind != KindOrdinal || got[0].Text != "第二名" || got[1].Kind != KindOrdinal {
		t.Errorf("ordinals: %+v", got)
	}
	if got[0].Normalized != nil {
		t.Error("an ordinal has no normalized amount")
	}
}

func TestSubjects(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct{ text, q, subject string }{
		{"帮助企业引进高层次科研人才×名以上。", "×名以上", "高层次科研人才"},
		{"今年新增规模企业12家。", "12家", "规模企业"},
		{"全县158个重点项目完成投资。", "158个", "重点项目"},
		{"实现地区生产总值440.5亿元、增长5.4%。", "5.4%", "地区生产总值"},
		{"特色产业覆盖率99.19%。", "99.19%", "特色产业覆盖率"},
		{"组织10多名副高级以上职称专家组成科研团队。", "10多名", "专家"},
		{"引进本科以上学历人才120名。", "120名", "人才"},
		{"全县有规模以上工业企业156家。", "156家", "工业企业"},
		{"新招聘具有硕士以上学位的教师25人。", "25人", "教师"},
		{"引进20名大专以上文化程度的技术工人。", "20名", "技术工人"},
		{"新建文化广场3个。", "3个", "文化广场"},
	}
	for _, c := range cases {
		found := false
		for _, q := range Analyze(seg, c.text) {
			if q.Text == c.q {
				found = true
				if q.Subject != c.subject {
					t.Errorf("%q: subject of %q = %q, want %q", c.text, c.q, q.Subject, c.subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", c.text, c.q)
		}
	}
}

func TestSubjectsWithoutWords(t *testing.T) {
	cases := []struct{ text, q, subject string }{
		{"帮助企业引进高层次科研人才×名以上。", "×名以上", "高层次科研人才"},
		{"今年新增规模企业12家。", "12家", "规模企业"},
		{"全县158个重点项目完成投资。", "158个", "重点项目"},
		{"实现地区生产总值440.5亿元、增长5.4%。", "5.4%", "地区生产总值"},
		{"特色产业覆盖率99.19%。", "99.19%", "特色产业覆盖率"},
		{"组织10多名副高级以上职称专家组成科研团队。", "10多名", "专家"},
		{"引进本科以上学历人才120名。", "120名", "人才"},
		{"选派12名优秀年轻干部到村任职。", "12名", "优秀年轻干部"},
		{"新建文化广场3个。", "3个", "文化广场"},
		{"新改建等级公路46公里。", "46公里", "等级公路"},
	}
	for _, c := range cases {
		found := false
		for _, q := range AnalyzeWords(c.text, nil) {
			if q.Text == c.q {
				found = true
				if q.Subject != c.subject {
					t.Errorf("%q: subject of %q = %q, want %q", c.text, c.q, q.Subject, c.subject)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found", c.text, c.q)
		}
	}
}

func TestMoreForms(t *testing.T) {
	check(t, "资金5000余万元、1万余人", want{"5000余万元", 5000, "万元", true, KindMoney, 5e7}, want{"1万余人", 1, "万人", true, KindCount, 1e4})
	check(t, "投入三千万元，两亿元", want{"三千万元", 3000, "万元", false, KindMoney, 3e7}, want{"两亿元", 2, "亿元", false, KindMoney, 2e8})
	check(t, "占全县七成以上", want{"七成以上", 7, "成", true, KindPercent, 70})
	check(t, "产值增长2.5倍", want{"2.5倍", 2.5, "倍", false, KindMultiple, 0})
	check(t, "新建110kV变电站1座", want{"110kV", 110, "kV", false, KindMeasure, 0}, want{"1座", 1, "座", false, KindCount, 0})
	check(t, "近10余年", want{"近10余年", 10, "年", true, KindDuration, 0})
	for _, s := range []string{"建成投用", "完成任务", "一成不变", "2019年度", "2019-2021年", "0571-88886666", "第一季度", "前三季度"} {
		if got := Find(s); len(got) > 0 {
			t.Errorf("Find(%q) = %q, want nothing", s, got[0].Text)
		}
	}
}

// FuzzFind checks that no input makes Find panic or report a span that
// is not its text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"引进10多名专家", "×余次", "百分之十五", "3-5家", "--万元左右", "二〇二〇年", "6.12 亿元", "\xff\xfe1万", "1.", "第", "百分之", "3千5百万元", "两年零九个月", "近×年", "八五折", "7×24小时", "一\xe4\xb8", "\xe4\xb8\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range Find(s) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v in %q", q, s)
			}
		}
		AnalyzeWords(s, nil)
	})
}
