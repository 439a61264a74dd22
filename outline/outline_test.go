package outline

import "testing"

func TestParse(t *testing.T) {
	cases := []struct {
		in    string
		style Style
		level int
		rest  string
	}{
		{"一、主要工作成效", ChineseComma, 1, "主要工作成效"},
		{"（二）平台建设", ParenChinese, 2, "平台建设"},
		{"(三)问题", ParenChinese, 2, "问题"},
		{"1.加强培育", ArabicDot, 3, "加强培育"},
		{"2、森林分布不均", ArabicDot, 3, "森林分布不均"},
		{"（1）全镇建档立卡", ParenArabic, 4, "全镇建档立卡"},
		{"①加快建设", Circled, 5, "加快建设"},
		{"第一，坚持", OrdinalDi, 6, "坚持"},
		{"一是招才引智取得新进展。", InlineShi, 6, "招才引智取得新进展。"},
	}
	for _, c := range cases {
		m, ok := Parse(c.in)
		if !ok || m.Style != c.style || m.Level != c.level || m.Rest != c.rest {
			t.Errorf("Parse(%q) = %+v, %v", c.in, m, ok)
		}
	}
	for _, s := range []string{"1.5亿元用于建设", "今年以来", "2019年全县", "十分重要"} {
		if m, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %+v, want no marker", s, m)
		}
	}
}

func TestIsHeadingAndSplitLead(t *testing.T) {
	if !IsHeading("一、主要工作成效") || !IsHeading("二、存在问题") {
		t.Error("section headings not recognised")
	}
	if IsHeading("一是招才引智取得新进展。今年以来共开展了活动。") {
		t.Error("lead + body is not a heading")
	}
	lead, body, ok := SplitLead("一是招才引智取得新进展。今年以来共开展了活动。")
	if !ok || lead != "一是招才引智取得新进展。" || body != "今年以来共开展了活动。" {
		t.Errorf("SplitLead = %q %q %v", lead, body, ok)
	}
}

func TestEveryNumberingStyle(t *testing.T) {
	cases := []struct {
		in     string
		style  Style
		level  int
		prefix string
	}{
		{"一、主要工作成效", ChineseComma, 1, "一、"},
		{"十二、其他事项", ChineseComma, 1, "十二、"},
		{"三. 下步打算", ChineseDot, 1, "三."},
		{"（一）招才引智", ParenChinese, 2, "（一）"},
		{"(十)其他", ParenChinese, 2, "(十)"},
		{"㈡平台建设", ParenChinese, 2, "㈡"},
		{"1.加强培育", ArabicDot, 3, "1."},
		{"12、完善机制", ArabicDot, 3, "12、"},
		{"3．强化保障", ArabicDot, 3, "3．"},
		{"（2）农民专业合作社", ParenArabic, 4, "（2）"},
		{"(10)其他", ParenArabic, 4, "(10)"},
		{"3）抓好落实", ParenArabic, 4, "3）"},
		{"⑵完善设施", ParenArabic, 4, "⑵"},
		{"②完善设施", Circled, 5, "②"},
		{"第一，坚持党的领导", OrdinalDi, 6, "第一，"},
		{"第三、强化考核", OrdinalDi, 6, "第三、"},
		{"一是招才引智取得新进展。", InlineShi, 6, "一是"},
		{"二要健全激励机制", InlineShi, 6, "二要"},
		{"另一方面，人才流失严重", InlineShi, 6, "另一方面，"},
		{"首先，坚持规划引领。", Sequence, 6, "首先，"},
		{"其次，完善配套设施", Sequence, 6, "其次，"},
		{"最后，我们将", Sequence, 6, "最后，"},
	}
	for _, c := range cases {
		m, ok := Parse(c.in)
		if !ok || m.Style != c.style || m.Level != c.level || m.Prefix != c.prefix {
			t.Errorf("Parse(%q) = %+v %v, want %s level %d prefix %q", c.in, m, ok, c.style, c.level, c.prefix)
		}
	}
}

func TestNotMarkers(t *testing.T) {
	for _, s := range []string{"3.5万人参加", "2023年是关键之年", "一批项目落地", "十分重要", "第一书记", "三农工作", "5G基站"} {
		if m, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %+v, want no marker", s, m)
		}
	}
}

func TestHeadingVersusItem(t *testing.T) {
	headings := []string{"二、存在问题", "（三）项目移交后管护严重缺位", "1、森林分布不均,林分质量不高", "三、下步工作计划：", "①加快骨干水源工程建设"}
	for _, h := range headings {
		if !IsHeading(h) {
			t.Errorf("IsHeading(%q) = false", h)
		}
	}
	items := []string{
		"一、粮食局机关八十多人因工资供应问题情绪激烈，不但不能维持正常工作，连年度考核都无法进行。",
		"1.融资难。资金周转困难，融资难，融资贵。",
		"一是数量领先。列入考核的项目位居前列。",
		"今年以来，全县上下共同努力。",
	}
	for _, s := range items {
		if IsHeading(s) {
			t.Errorf("IsHeading(%q) = true", s)
		}
	}
	lead, body, ok := SplitLead("（一）坚持项目支撑，经济基础更加坚实。深化项目管理，完成投资。")
	if !ok || lead != "（一）坚持项目支撑，经济基础更加坚实。" || body != "深化项目管理，完成投资。" {
		t.Errorf("SplitLead = %q %q %v", lead, body, ok)
	}
}
