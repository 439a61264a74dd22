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

// A one-part or Han name right after a word for a shop's or farm's owner
// (老板娘, 店主, 掌柜) is the owner's; the owner word alone stays readable.
func TestOwnerNounNames(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"民宿老板娘其木格一边给游客端上奶茶。", "其木格", "奶茶"},
		{"农家乐老板娘阿依古丽热情招呼客人。", "阿依古丽", "招呼客人"},
	})
	checkOrdinary15(t, a, []string{"老板娘们都说好。", "掌柜的笑了。"})
}
