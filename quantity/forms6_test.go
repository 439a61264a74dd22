package quantity

import "testing"

// TestWaterGradeNotCount: a grade of water quality (劣五类, 三类水质) is a
// class, not a count of kinds; a count of kinds (五类产品) still is one.
func TestWaterGradeNotCount(t *testing.T) {
	for _, s := range []string{
		"到年底基本消除劣五类水体。",
		"出境断面水质稳定保持在三类水质以上。",
		"全县河流全部达到四类水标准。",
	} {
		for _, q := range Find(s) {
			if q.Unit == "类" {
				t.Errorf("%s: read %q as a quantity", s, q.Text)
			}
		}
	}
	qs := Find("全县共认定五类特色农产品。")
	if len(qs) != 1 || qs[0].Unit != "类" {
		t.Errorf("五类特色农产品: got %+v, want one count of 类", qs)
	}
}

// TestRankAndTimeChange: a place gained or a time saved against the year
// before (前移三位, 缩短一个多月) is a change, like 增长 of a figure.
func TestRankAndTimeChange(t *testing.T) {
	for s, want := range map[string]string{
		"招商考核位列全市第四位，比上年前移三位。":     "三位",
		"从签约到开工平均用时97天，比上年缩短一个多月。": "一个多月",
		"全县综合排名比上年前进5位。":           "5位",
	} {
		found := false
		for _, q := range Find(s) {
			if q.Text == want {
				found = true
				if !q.Change {
					t.Errorf("%s: %q not marked as a change", s, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q not found in %+v", s, want, Find(s))
		}
	}
}
