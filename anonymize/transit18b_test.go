package anonymize

import "testing"

// TestAbbreviatedLines18b: lines named by the short forms of their ends
// are masked with their kind, whatever the kind (高铁, 铁路, 公路, 快速通道)
// and after a preposition glued to it or a conjunction (沿|宜遵高速,
// 和|宜遵高速);
// kinds of line and 高速 as an adverb stay readable.
func TestAbbreviatedLines18b(t *testing.T) {
	got := maskedText(t, []string{
		"游客沿宜遵高速进入景区，黔恩高铁、汉巴高铁带来客流。",
		"宜万高铁开通，和宜遵高速一起串起全域旅游。",
		"全县旅游公路、农村公路和城际铁路建设加快，经济保持高速发展，两条高速出口扩容。",
	})
	checkMasked(t, got, []string{"宜遵", "黔恩", "汉巴", "宜万"},
		[]string{"旅游公路", "农村公路", "城际铁路", "高速发展", "两条高速出口扩容"})
}

// TestOrdinaryWordLines18b: a line whose short forms make an ordinary word
// (太平, 长安) is masked when a part of a road follows it; the same word
// before 高速 as an adverb, or a count before a road's part, stays.
func TestOrdinaryWordLines18b(t *testing.T) {
	got := maskedText(t, []string{
		"太平高速石门西出口连接线完工。",
		"长安高速马鞍互通建成通车，确保平安高速行驶，两个高速出口增设岗亭。",
	})
	checkMasked(t, got, []string{"太平高速", "长安高速"},
		[]string{"平安高速行驶", "两个高速出口增设岗亭"})
}
