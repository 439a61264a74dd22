package anonymize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze checks that no input makes the anonymizer panic, that Apply
// keeps valid UTF-8 valid, and that every audited original is gone from the
// masked text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"县委书记张三同志在西和县石桥村调研。", "联系电话13912345678，QQ群：123456",
		"阿不都·买买提、李四、王五", "×金成机械有限公司", "〔人名1〕和××", "\xff\xfe张", "", "、、、", "·", "　 张 三 "} {
		f.Add(s)
	}
	seg := testSeg(f)
	a := New(seg, StrictPolicy(), Placeholder)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		red := a.Analyze([]string{s}, s)
		out := red.Apply(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Apply broke UTF-8: %q → %q", s, out)
		}
		for _, e := range red.Audit() {
			if e.Text != "" && strings.Contains(out, e.Text) && !strings.Contains(e.Placeholder, e.Text) {
				t.Fatalf("%q still in %q", e.Text, out)
			}
		}
		red.Spans(s)
		red.Entities()
	})
}
