package classify

import "testing"

// TestNewsEventPerfectiveIsOther checks that a news item telling its
// event in the perfective (通过视频展示了…, 参观了…) does not make the event a
// result of work, while the figures reported in the same item stay
// achievements.
func TestNewsEventPerfectiveIsOther(t *testing.T) {
	text := `我县在成都举办文旅推介会
本报讯（记者 张三）9月12日，我县2025年文旅推介会在成都举行。来自川渝两地的150余位旅行社代表参加推介会。
在蓉期间，推介团一行还先后参观了3家文旅企业，与企业负责人就客源合作进行交流。
据介绍，今年以来，我县已接待游客320万人次，实现旅游综合收入28亿元。
推介会还通过视频展示了我县的古镇风貌和民俗文化，并设置了非遗展示区。
县文旅局和部分景区负责人参加活动。`
	r := labelOf(t, text, "通过视频展示了")
	if r.Category != Other {
		t.Errorf("video shown at the event: %s (%v), want other", r.Category, r.Evidence)
	}
	if r := labelOf(t, text, "已接待游客320万人次"); r.Category != Achievement {
		t.Errorf("figures of the year: %s (%v), want achievement", r.Category, r.Evidence)
	}
}
