package anonymize

import (
	"strings"
	"testing"
)

// TestKeep25 reads the rule on findings placed by hand: a verb of
// assignment after an adverb of sharing out is cut off the place it stands
// before, and a title a village strives for is dropped; named villages
// after other verbs stay whole.
func TestKeep25(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text, span string
		want       string // the finding's text after keep25, "" when dropped
	}{
		{"三名驻村干部分别包保李家坪村、石门村。", "包保李家坪村", "李家坪村"},
		{"两个工作组各自联系青石镇和白沙镇。", "联系青石镇", "青石镇"},
		{"三名驻村干部分别包保李家坪村、石门村。", "李家坪村", "李家坪村"},      // no verb inside
		{"工作队走进李家坪村开展调研。", "走进李家坪村", "走进李家坪村"},       // no adverb of sharing out before
		{"干部分别包保李家坪村民小组。", "包保李家坪村民小组", "包保李家坪村民小组"}, // no kind of place last
		{"全镇争创明星村、文明村，建设美丽乡村。", "明星村", ""},
		{"全镇争创明星村、文明村，建设美丽乡村。", "文明村", ""},
		{"该村去年荣获卫生村称号。", "卫生村", ""},
		{"工作队走进红星村开展调研。", "红星村", "红星村"},  // no verb of striving
		{"全镇争创李家坪村示范点。", "李家坪村", "李家坪村"}, // no ordinary word before 村
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		if b < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		fs := keep25(tt, []Finding{{Type: LOCATION, Text: c.span, Start: b, End: b + len(c.span)}})
		got := ""
		if len(fs) == 1 {
			got = fs[0].Text
			if c.text[fs[0].Start:fs[0].End] != got {
				t.Errorf("%q in %q: finding text %q does not match its offsets", c.span, c.text, got)
			}
		}
		if got != c.want {
			t.Errorf("%q in %q: keep25 left %q, want %q", c.span, c.text, got, c.want)
		}
	}
}

// TestAssignedVerbsAndVillageTitles: through the whole pipeline the verb of
// assignment and the village titles stay readable and the villages named
// are masked.
func TestAssignedVerbsAndVillageTitles(t *testing.T) {
	got := maskedText(t, []string{
		"两名副镇长分别包保柳树湾村、石门村，督促完成改厕任务。",
		"各村争创明星村、文明村，涌现出一批先进典型。",
	})
	checkMasked(t, got, []string{"柳树湾", "石门村"}, []string{"分别包保", "争创明星村、文明村"})
}
