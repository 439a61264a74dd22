package anonymize

import "testing"

// TestTownOffices34: a township office named after its town at a
// clause's start is masked with the town's short form alone again;
// offices of a level or of no town stay.
func TestTownOffices34(t *testing.T) {
	got := maskedText(t, []string{
		"石门司法所、青杠司法所全面推行网上矫正。",
		"“清溪市场监管所”所长带队检查，清溪老街商户全部亮照经营。",
		"乡镇司法所和基层市场监管所要加强协作。",
	})
	checkMasked(t, got, []string{"石门司法所", "青杠司法所", "清溪市场监管所", "清溪老街"}, []string{"乡镇司法所", "基层市场监管所"})
}

// TestListLineNames34: a name that begins an honour-list line before
// padding and the person's village or town is masked, also when its given
// name is an ordinary word; a line of a heading stays.
func TestListLineNames34(t *testing.T) {
	got := maskedText(t, []string{
		"黎振兴  白沙镇柳塘村党员、养殖大户",
		"安国庆  石桥乡龙井村村民",
		"工作  重点村建设情况",
	})
	checkMasked(t, got, []string{"黎振兴", "安国庆"}, []string{"重点村建设情况"})
}

// TestRoleNames34: a name after a role word the role sets lack (传承人,
// 民宿主) or with a south-western surname (茶, 自) is masked whole,
// surname included; the role words and what follows stay.
func TestRoleNames34(t *testing.T) {
	got := maskedText(t, []string{
		"省级非遗代表性传承人茶丽花带领队员表演了打歌。",
		"州级传承人茶秋梅带领徒弟参加比赛。",
		"民宿主自金凤经营的山居民宿年接待游客3000人次。",
	})
	checkMasked(t, got, []string{"茶丽花", "传承人茶", "民宿主自"}, []string{"代表性传承人", "带领队员", "经营的"})
}
