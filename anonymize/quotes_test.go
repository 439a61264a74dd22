package anonymize

import "testing"

// quotedSpans yields the inside of each closed pair and stops at an
// unclosed one; closingQuotes yields every ”.
func TestQuoteScanners(t *testing.T) {
	text := "开设“甲店”门店，“乙”和“丙；未闭合“丁"
	var got []string
	for s, e := range quotedSpans(text) {
		got = append(got, text[s:e])
	}
	// the third opening quote has no closing one: the scan ends there
	if len(got) != 2 || got[0] != "甲店" || got[1] != "乙" {
		t.Errorf("quotedSpans: %q", got)
	}
	n := 0
	for end := range closingQuotes(text) {
		if text[end:end+len("”")] != "”" {
			t.Errorf("closingQuotes: %d is no ”", end)
		}
		n++
	}
	if n != 2 {
		t.Errorf("closingQuotes: %d quotes, want 2", n)
	}
}
