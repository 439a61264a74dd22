package anonymize

import "testing"

// TestVillageKindsByClass: kinds of village named by an ordinary word
// (美丽村, 平安村, 卫生村, 示范村, 智慧村), counted after their list, counted
// before their item or each counted, stay readable; a named village after
// its town, in a list closed by a count of villages or beside a village
// whose name is no ordinary word stays masked.
func TestVillageKindsByClass(t *testing.T) {
	got := maskedText(t, []string{
		"今年新评定美丽村、平安村各4个。",
		"全县建成卫生村15个、示范村8个。",
		"计划培育3个智慧村，打造两个数字村。",
		"命名和谐村、幸福村、美丽村等36个。",
		"王家镇红旗村新修水渠两公里。",
		"李官庄村、红星村等3个村完成改厕。",
	})
	checkMasked(t, got, []string{"红旗村", "李官庄"},
		[]string{"美丽村、平安村各4个", "卫生村15个", "示范村8个", "3个智慧村", "两个数字村", "和谐村、幸福村、美丽村等36个"})
}

// TestVillageKindAt22 reads the rule itself: which three-character
// villages of a sentence it calls a kind.
func TestVillageKindAt22(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text string
		at   int // rune index of the village
		kind bool
	}{
		{"评选数字村、智慧村各3个。", 6, true},
		{"评选数字村、智慧村各3个。", 2, true},
		{"建成卫生村15个。", 2, true},
		{"培育3个美丽村。", 4, true},
		{"命名和谐村、幸福村、美丽村等36个。", 10, true}, // 命名, a noun to gojieba, before the run
		{"光明村、前进村等3个村纳入试点。", 0, false},   // a count of villages: named ones
		{"城关镇光明村新建冷库1座。", 3, false},      // after its town, no count after it
		{"张庄村、美丽村各2个。", 4, false},        // an item that is no ordinary word
		{"美丽村新建广场一处。", 0, false},         // no count
		{"光明村2024年工作总结", 0, false},       // a year, no count
		{"该文明村共3个小组。", 1, false},         // a pointer glued before it
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		if got := villageKindAt22(tt, c.at); got != c.kind {
			t.Errorf("%d in %q: kind %v, want %v", c.at, c.text, got, c.kind)
		}
	}
}
