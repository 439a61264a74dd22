package anonymize

import (
	"strings"
	"testing"
)

// TestJoinNamePieces12 checks that a foreign name found in two pieces
// (a familiar 小 before a transliterated tail, a one-character gap
// between two transliterated parts, a dotted name whose tail was read
// apart) is masked as one person, and that two Chinese names or two
// foreign names set apart by a conjunction stay two.
func TestJoinNamePieces12(t *testing.T) {
	an := New(testSeg(t), StrictPolicy(), Placeholder)
	for _, c := range []struct {
		text string
		want []string // person spans, in order
	}{
		{"此番小戈罗斯基带领全国的优秀选手参赛，来势汹汹。", []string{"戈罗斯基"}},
		{"总统新闻秘书阿斯特任科维奇宣布，总统周末将出访。", []string{"阿斯特任科维奇"}},
		{"外交部发言人卡列夫任尼科娃表示，会谈取得进展。", []string{"卡列夫任尼科娃"}},
		{"研究所所长帕·莱万诺夫斯基副教授说，样品已经送检。", []string{"帕·莱万诺夫斯基"}},
		{"美国参议员托马—格林斯在模型前签名。", []string{"托马—格林斯"}},
		{"克林顿和叶利钦举行了会谈。", []string{"克林顿", "叶利钦"}},
		{"总统罗斯托夫任命帕尔科娃为外长。", []string{"罗斯托夫", "帕尔科娃"}},
		{"村支书张德明、村主任李秀芳参加了会议。", []string{"张德明", "李秀芳"}},
	} {
		red := an.Analyze([]string{c.text})
		var got []string
		for _, p := range red.Spans(c.text) {
			if p.Type == PERSON {
				got = append(got, c.text[p.Start:p.End])
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: persons %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: persons %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

// TestJoinNamePieces12Places checks that two pieces with a township's
// level (苏木) between them are not joined into a name: the joined span
// had hidden the village after the township from the village finder, and
// the village was left readable.
func TestJoinNamePieces12Places(t *testing.T) {
	an := New(testSeg(t), StrictPolicy(), Placeholder)
	for _, c := range []struct{ text, hidden string }{
		{"宝格达乌拉苏木乌兰图雅嘎查牧民其其格办起了家庭牧场。", "乌兰图雅"},
		{"额尔敦宝拉格苏木乌兰图嘎嘎查牧民巴特尔说，今年收成好。", "乌兰图嘎"},
	} {
		red := an.Analyze([]string{c.text})
		if out := red.Apply(c.text); strings.Contains(out, c.hidden) {
			t.Errorf("%s: %s readable in %s", c.text, c.hidden, out)
		}
	}
}
