package anonymize

import "testing"

// TestPersonBeforeLead: a name between a word for a person and a verb of
// leading or speaking is a name, even an ordinary word or one gojieba
// glues to the person noun; adverbs in the same slot (高度, 全程) stay.
func TestPersonBeforeLead(t *testing.T) {
	got := maskedText(t, []string{
		"养殖户封远一边给鱼塘投料，一边算起了今年的收入账。",
		"村党支部副书记武艺带头包组联户，帮助群众解决实际困难。",
	})
	checkMasked(t, got, []string{"封远", "武艺"}, []string{"一边给鱼塘投料", "带头包组联户"})

	got = maskedText(t, []string{"县委书记高度重视，亲自部署；办公室主任全程带头参与，全力抓好落实。"})
	checkMasked(t, got, nil, []string{"书记高度重视", "主任全程带头参与", "全力抓好落实"})
}
