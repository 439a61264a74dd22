package anonymize

import "testing"

// TestRoleNames16: a name ending in a place kind after a role ending in 人
// is masked as a person, and the role stays whole.
func TestRoleNames16(t *testing.T) {
	got := maskedText(t, []string{
		"琉璃烧制技艺代表性传承人赵春山现场授艺。",
		"项目负责人钱玉峰介绍了进度。",
	})
	checkMasked(t, got, []string{"赵春山", "春山", "钱玉峰", "玉峰"}, []string{"代表性传承人", "项目负责人"})
	if want := "〔人名"; !containsAll(got, want) {
		t.Errorf("no person placeholder in %q", got)
	}
}

// TestRoleNamesTail16: a name read with the tail of its role (非遗传|承人赵春山
// before 说) is cut back to the name.
func TestRoleNamesTail16(t *testing.T) {
	got := maskedText(t, []string{
		"非遗传承人赵春山说，手艺要传下去。",
		"非遗传承人孙秋山说，学徒越来越多。",
	})
	checkMasked(t, got, []string{"赵春山", "孙秋山"}, []string{"非遗传承人", "说，手艺要传下去"})
}

// TestHandleASCII16: the owner named in ASCII brackets after a quoted
// account name is masked like one in full-width brackets (the gate of
// handleNames16 asked for the full-width bracket only: rv16a found it).
func TestHandleASCII16(t *testing.T) {
	got := maskedText(t, []string{
		"抖音账号“茶山阿哥”(罗建业)粉丝超过十万。",
		"快手号“渔村小海”(覃海生)每晚直播卖海鲜。",
	})
	checkMasked(t, got, []string{"罗建业", "覃海生"}, []string{"粉丝超过十万", "每晚直播卖海鲜"})
}
