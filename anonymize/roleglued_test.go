package anonymize

import "testing"

// A three-character name right after a role whose surname and first given
// character gojieba reads as an ordinary word (周长 is "perimeter") is
// masked; the same word after a role with no lone given-name character
// after it, or with no role before it, is not a name.
func TestRoleGluedName(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"镇党委书记周长军也表示，将继续支持红色研学。", "周长", "红色研学"},
		{"镇党委书记周长军、镇长李明出席。", "周长", "出席"},
		{"县委副书记高明军同志主持会议。", "高明军", "主持会议"},
	})
	checkOrdinary15(t, a, []string{
		"总书记国家主席出席会议。",
		"测量周长和面积。",
		"县委书记高度重视此项工作。",
		"村书记周到细致地走访群众。",
	})
}
