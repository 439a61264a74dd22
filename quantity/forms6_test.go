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

// TestComparedDifference: a difference from an earlier period (比上年多
// 230人, 较去年少3起) is a change; 多 as an approximation (230多人) and a
// plain count after 比 (比上年的200人) are not.
func TestComparedDifference(t *testing.T) {
	for s, want := range map[string]bool{
		"全镇外出务工人员比去年多230人。":    true,
		"争取上级资金比上年多争取1.2亿元。":   true,
		"全年发生事故较去年少3起。":        true,
		"全镇外出务工230多人。":         false,
		"全年接待游客比上年的200人次有所增加。": false,
	} {
		qs := Find(s)
		if len(qs) == 0 {
			t.Errorf("%s: nothing found", s)
			continue
		}
		if qs[0].Change != want {
			t.Errorf("%s: %q change %v, want %v", s, qs[0].Text, qs[0].Change, want)
		}
	}
	if qs := Find("在全省评价中位列第一档。"); len(qs) != 1 || qs[0].Kind != KindOrdinal || qs[0].Unit != "档" {
		t.Errorf("第一档: got %+v, want one ordinal of 档", qs)
	}
}
