package anonymize

import "testing"

// TestProductHead18w: a weak name of three characters right before a
// product's head noun is a variety (…|高粱, …|鲜奶) and stays; a person
// before her own field or a name whose given part is a word stays masked.
func TestProductHead18w(t *testing.T) {
	got := maskedText(t, []string{"柳河乡推广红缨子高粱两千亩，订单收购价每斤一元二。"})
	checkMasked(t, got, nil, []string{"红缨子高粱"})
	got = maskedText(t, []string{"新集镇发展牛羊菜果薯药产业，带动农户九百户。"})
	checkMasked(t, got, nil, []string{"牛羊菜果薯药"})
	got = maskedText(t, []string{"李秋菊菜地被淹，王建国茶叶卖得好。"})
	checkMasked(t, got, []string{"李秋菊", "王建国"}, nil)
}

// TestProductGrade18w: a weak name right after a grade of goods (高纯|…)
// is a material, no person.
func TestProductGrade18w(t *testing.T) {
	got := maskedText(t, []string{"东海县引进高纯石英砂生产线两条，年产能三万吨。"})
	checkMasked(t, got, nil, []string{"高纯石英砂"})
	got = maskedText(t, []string{"园区落地高纯石英砂提纯项目，投资五亿元。"})
	checkMasked(t, got, nil, []string{"高纯石英砂"})
}

// TestStreakWord18w: a township's short form after a count is the streak
// word of a record (十九|连丰), no place; the township itself stays masked.
func TestStreakWord18w(t *testing.T) {
	got := maskedText(t, []string{"全县粮食总产实现“十九连丰”，总产达到八亿斤。"})
	checkMasked(t, got, nil, []string{"十九连丰"})
	got = maskedText(t, []string{"粮食生产喜获12连丰，种植面积稳中有增。"})
	checkMasked(t, got, nil, []string{"12连丰"})
}

// TestTerrainIdiom18w: a mountain read from its 山 that opens an idiom of
// rough terrain is no mountain (村寨|山高林密).
func TestTerrainIdiom18w(t *testing.T) {
	got := maskedText(t, []string{"部分村寨山高林密、交通不便，护林任务重。"})
	checkMasked(t, got, nil, []string{"村寨山高林密"})
	got = maskedText(t, []string{"一是部分崮顶山高林密，消防通道狭窄。"})
	checkMasked(t, got, nil, []string{"崮顶山高林密"})
}
