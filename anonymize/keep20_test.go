package anonymize

import "testing"

// TestProducePerson20: the modifier of a farm product read as a name
// before the product's head and its count or frame (鲁西|黄牛4200头,
// 段木|香菇栽培), a family's product (詹氏|土鸡), a crop read as a name
// right before its count (罗勒30亩) or its yield (杭椒|亩产) stays
// readable; names with a role before them stay masked, and so do farmers'
// whole names that open a clause before their product (沈国庆|黄牛存栏).
func TestProducePerson20(t *testing.T) {
	got := maskedText(t, []string{
		"全镇现有鲁西黄牛4200头，冻精改良覆盖所有村。",
		"推广段木香菇栽培技术，带动菇农增收。",
		"詹氏土鸡散养户增至40户。",
		"严氏米酒销往长三角，钟氏腊肉年销售额达到2000万元。",
		"房前屋后种植罗勒30亩，栽植乔松3万株。",
		"全村杭椒亩产三千斤。",
		"种粮大户田永福300亩水稻喜获丰收。",
		"脱贫户韦春花饲养湖羊26只，当年出栏一半。",
		"护林员和树荣巡护林区3000亩。",
		"去年，沈国庆黄牛存栏达到80头。",
		"今年罗春梅香菇种植扩大到3万袋。",
		"谭卫东亩产达到1200斤，创全县纪录。",
	})
	checkMasked(t, got, []string{"田永福", "韦春花", "和树荣", "沈国庆", "罗春梅", "谭卫东", "卫东"},
		[]string{"鲁西黄牛", "段木香菇", "詹氏土鸡", "严氏米酒", "钟氏腊肉", "罗勒30亩", "乔松3万株", "杭椒亩产"})
}

// TestPlaceProduce20: a product read as a name right after its place's
// short form (库车|白杏, 宁都|黄鸡) stays; the place is masked, and a name
// after a place's full name (…县|李梅) stays masked.
func TestPlaceProduce20(t *testing.T) {
	got := maskedText(t, []string{
		"“库车白杏”获评地理标志产品。",
		"“宁都黄鸡”养殖规模扩大。",
		"托克逊县李梅介绍，今年杏子丰收。",
	})
	checkMasked(t, got, []string{"库车", "宁都", "李梅", "托克逊县"}, []string{"白杏", "黄鸡"})
}

// TestBuiltWork20: a work read by a place pattern between a build verb
// and a count by the piece (新建|丁字坝|6道, 新建|鱼塘护坝|5处) stays.
func TestBuiltWork20(t *testing.T) {
	got := maskedText(t, []string{
		"柑橘园新建丁字坝6道，护住河滩地。",
		"全村新建鱼塘护坝5处。",
		"沙坪坝区新建口袋公园3个。",
	})
	checkMasked(t, got, []string{"沙坪坝"}, []string{"丁字坝6道", "鱼塘护坝5处"})
}
