package quantity

import "testing"

// Forms of round classify4; every sentence here is written for the test.

// TestRatios checks that two figures around a ratio colon are one ratio,
// its value the first term and its unit the separator and the second,
// normalised to a ratio to one; and that times of day, chains of three
// (a structure of sectors) and bare colons stay what they are.
func TestRatios(t *testing.T) {
	check(t, "全县户籍人口性别比为1.96∶1", want{"1.96∶1", 1.96, "∶1", false, KindRatio, 1.96})
	check(t, "城乡居民收入比缩小到2.3:1", want{"2.3:1", 2.3, ":1", false, KindRatio, 2.3})
	check(t, "省市两级按3：2的比例分担", want{"3：2", 3, "：2", false, KindRatio, 1.5})
	check(t, "两项收入之比为1:1.25", want{"两项", 2, "项", false, KindCount, 0}, want{"1:1.25", 1, ":1.25", false, KindRatio, 0.8})
	check(t, "按1:1比例落实配套资金", want{"1:1", 1, ":1", false, KindRatio, 1})
	// not ratios
	check(t, "会议于上午9:30召开")
	check(t, "三次产业结构调整为9:38:53")
	check(t, "备注:1")
}

// TestHalves checks 一半, 过半, 大半 and 半数 as the fraction one half
// (过半 and 大半 approximate: more than half), with 以上 after them, and
// that spans of time and words holding 半 are none.
func TestHalves(t *testing.T) {
	check(t, "一半以上的行政村建成了村史馆", want{"一半以上", 0.5, "半", true, KindFraction, 50})
	check(t, "贫困户中有一半是因病致贫", want{"一半", 0.5, "半", false, KindFraction, 50})
	check(t, "过半数的企业完成了技术改造，大半农户加入了合作社", want{"过半数", 0.5, "半", true, KindFraction, 50}, want{"大半", 0.5, "半", true, KindFraction, 50})
	check(t, "半数以上的乡镇实现了全覆盖", want{"半数以上", 0.5, "半", true, KindFraction, 50})
	check(t, "超过一半的资金用于民生", want{"超过一半", 0.5, "半", true, KindFraction, 50})
	// not halves
	check(t, "经过半年的努力，用了大半年时间")
	check(t, "做强大半导体产业，服务半径缩短")
	check(t, "上半年，下半年")
}

// TestMaskedSpanOfYears checks that one or two mask characters before 年
// are a span of years where a word of duration stands before them or
// after 年, with no approximation mark, and a masked calendar year
// otherwise.
func TestMaskedSpanOfYears(t *testing.T) {
	check(t, "项目建设周期为×年", want{"×年", nan, "年", false, KindDuration, 0})
	check(t, "已连续××年保持全省前列", want{"××年", nan, "年", false, KindDuration, 0})
	check(t, "力争X年内全部完成", want{"X年", nan, "年", false, KindDuration, 0})
	check(t, "试运行期××个月", want{"××个月", nan, "个月", false, KindDuration, 0})
	// masked calendar years
	check(t, "××年全县完成生产总值")
	check(t, "xx年以来")
	check(t, "20××年")
	check(t, "xxxx年为期")
}

// TestNewFormsOnBrokenText runs Find on random mixes of the round's form
// pieces and broken bytes: it must not panic, and every quantity must lie
// inside the text in order.
func TestNewFormsOnBrokenText(t *testing.T) {
	pieces := []string{"1.96", "∶", ":", "：", "1", "比", "一", "半", "过", "大", "数", "以上", "×", "××", "年", "为期", "来", "\xe2\x88", "\xff", "。", "，", "12:40:48"}
	seed := uint32(11)
	next := func() uint32 { seed = seed*1664525 + 1013904223; return seed >> 8 }
	kinds := map[string]int{}
	for k := 0; k < 3000; k++ {
		var b []byte
		for n := int(next() % 10); n >= 0; n-- {
			b = append(b, pieces[next()%uint32(len(pieces))]...)
		}
		s := string(b)
		end := 0
		for _, q := range Find(s) {
			if q.Start < end || q.End > len(s) || s[q.Start:q.End] != q.Text {
				t.Fatalf("Find(%q): %+v out of place", s, q)
			}
			end = q.End
			kinds[q.Kind]++
		}
	}
	if kinds[KindRatio] == 0 || kinds[KindFraction] == 0 || kinds[KindDuration] == 0 {
		t.Errorf("the mixes met too few of the forms: %v", kinds)
	}
}
