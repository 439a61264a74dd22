package anonymize

import "testing"

// TestHamlets21a: hamlets of a landform stem before 组 or 屯 and named
// natural villages are masked even where the gazetteer does not list them;
// teams (工作组, 专家组, 护坡组), 组织, counts and grades of natural
// villages stay readable.
func TestHamlets21a(t *testing.T) {
	got := maskedText(t, []string{
		"我们在黄泥冲组召开院坝会，桃子垭组的留守老人由网格员每周走访。",
		"长冲组有一片百年古茶林，白果垭组的光伏电站并网发电。",
		"其中后岭自然村的古民居得到修缮，石桥自然村入选美丽庭院示范点。",
		"县里派出工作组和专家组进驻，护坡组在田坎组织农户学习嫁接。",
		"全村15个自然村实现通硬化路，偏远自然村和较大自然村建成活动室，每个自然村配备一名保洁员。",
	})
	checkMasked(t, got, []string{"黄泥冲组", "桃子垭组", "长冲组", "白果垭组", "石桥自然村"},
		[]string{"工作组和专家组", "护坡组", "组织农户", "15个自然村", "偏远自然村和较大自然村", "每个自然村"})
}

// TestHamletProbe21a: the round's probe as a table, each sentence with a
// hamlet of its own in a frame of its own; the count of readable
// instances may not grow back.
func TestHamletProbe21a(t *testing.T) {
	names := []string{"黄泥冲组", "桃子垭组", "火烧坡组", "长冲组", "大石堡组", "石桥自然村", "白果垭组", "羊角冲屯"}
	lines := []string{
		"我们在黄泥冲组召开院坝会。",
		"桃子垭组的留守老人由网格员每周走访。",
		"火烧坡组新建集中供水点一处。",
		"长冲组有一片百年古茶林。",
		"大石堡组的护林员巡山二十年。",
		"石桥自然村入选市级美丽庭院示范点。",
		"白果垭组的光伏电站并网发电。",
		"羊角冲屯开通了客运班车。",
	}
	for i, l := range lines {
		got := maskedText(t, []string{l})
		checkMasked(t, got, []string{names[i]}, nil)
	}
}
