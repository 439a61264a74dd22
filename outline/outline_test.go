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
