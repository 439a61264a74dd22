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
		"阿不都·买买提、李四、王五", "×金成机械有限公司", "〔人名1〕和××", "\xff\xfe张", "", "、、、", "·", "　 张 三 ",
		"“青岚”“”田园综合体", "石岭路4公里、何冲路1公里、", "沙坪和水口", "“八一”农大和山科大", "卡号6228480012345678903", "中国长寿之乡", "李家村、", "王芳述职报告"} {
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
		// the text outside the placeholders (whose labels, 〔银行卡号2〕, may
		// hold an original such as 卡号 by chance)
		bare := out
		for _, e := range red.Audit() {
			if e.Placeholder != "" {
				bare = strings.ReplaceAll(bare, e.Placeholder, "\x00")
			}
		}
		for _, e := range red.Audit() {
			if e.Text != "" && strings.Contains(bare, e.Text) {
				t.Fatalf("%q still in %q", e.Text, out)
			}
		}
		red.Spans(s)
		red.Entities()
	})
}
