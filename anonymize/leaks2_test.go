package anonymize

import "testing"

// TestGenreShortFormNotDerived: a cooperative named after its livestock
// (黄牛养殖合作社) gives no short form 黄牛, so the animal stays readable
// elsewhere, while a cooperative with a distinctive name keeps its own.
func TestGenreShortFormNotDerived(t *testing.T) {
	got := maskedText(t, []string{
		"全乡新成立黄牛养殖专业合作社3家，年末存栏黄牛860头。",
		"青禾岭种植专业合作社带动农户120户，青禾岭品牌远销省外。",
	})
	checkMasked(t, got, []string{"青禾岭"}, []string{"存栏黄牛860头"})
}

// TestVerbBeforeVillageIsNoPlace: a verb, preposition or determiner before
// 村 takes the village as its object (包村干部, 返还给村集体, 驻村, 各村),
// while a one-character village name (李村) is still a place.
func TestVerbBeforeVillageIsNoPlace(t *testing.T) {
	got := maskedText(t, []string{
		"压实包村责任，包村干部每周驻村不少于四天，收益返还给村集体。",
		"各村要建立台账，本村群众优先务工。",
		"李村、王庄村两地联合建设冷库。",
	})
	checkMasked(t, got, []string{"李村", "王庄村"}, []string{"包村责任", "包村干部", "驻村", "返还给村集体", "各村", "本村群众"})
}

// TestFamiliarWordplayKept: 小钱/老钱 in a saying and 小马拉大车 are
// ordinary words, not familiar references; 老张 and 小王 stay persons.
func TestFamiliarWordplayKept(t *testing.T) {
	got := maskedText(t, []string{
		"财政资金要小钱办大事，老钱要用好，新钱要用准。",
		"基层人手少，小马拉大车的现象仍然存在。",
	})
	checkMasked(t, got, nil, []string{"小钱办大事", "老钱要用好", "小马拉大车"})
	got = maskedText(t, []string{"老张和小王连夜赶到现场。", "老张说，堤坝已经加固。"})
	checkMasked(t, got, []string{"张", "王"}, nil)
}
