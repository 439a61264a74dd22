package anonymize

import "testing"

// TestKindOpensWord19k: a glued settlement's kind that starts a longer word
// (沟|道) is no settlement's end.
func TestKindOpensWord19k(t *testing.T) {
	got := maskedText(t, []string{"红星镇、柳河镇山洪沟道清淤完成。"})
	checkMasked(t, got, []string{"红星镇", "柳河镇"}, []string{"山洪沟道清淤"})
	got = maskedText(t, []string{"青山乡、石门乡山洪沟道整治已完工。"})
	checkMasked(t, got, []string{"青山乡", "石门乡"}, []string{"山洪沟道整治"})
}

// TestFarmEstate19k: an estate named by the animal farmed is the farm's kind.
func TestFarmEstate19k(t *testing.T) {
	got := maskedText(t, []string{"前进镇建成养牛小区3个。"})
	checkMasked(t, got, []string{"前进镇"}, []string{"养牛小区"})
	got = maskedText(t, []string{"新建标准化养鹿小区5个。"})
	checkMasked(t, got, nil, []string{"养鹿小区"})
}

// TestBreedFarm19k: a breed before 养殖 is no farming firm's brand.
func TestBreedFarm19k(t *testing.T) {
	got := maskedText(t, []string{"龙潭镇引导农户发展大耳羊养殖。"})
	checkMasked(t, got, []string{"龙潭镇"}, []string{"大耳羊养殖"})
	got = maskedText(t, []string{"发展小耳猪养殖，存栏1万头。"})
	checkMasked(t, got, nil, []string{"小耳猪养殖"})
}

// TestCountedSpecies19k: a list place that ends, with the word after it, in
// an animal or tree before a count is the species counted.
func TestCountedSpecies19k(t *testing.T) {
	got := maskedText(t, []string{"引种美洲黑杨500株。"})
	checkMasked(t, got, nil, []string{"美洲黑杨500株"})
	got = maskedText(t, []string{"救护花尾榛鸡2只、黑嘴松鸡1只。"})
	checkMasked(t, got, nil, []string{"黑嘴松鸡1只"})
}

// TestOccupantHousing19k: flats named by whom they house are no names; a
// flat of a name of its own stays masked.
func TestOccupantHousing19k(t *testing.T) {
	got := maskedText(t, []string{"双河镇、清溪镇青年公寓投入使用。"})
	checkMasked(t, got, []string{"双河镇", "清溪镇"}, []string{"青年公寓"})
	got = maskedText(t, []string{"新丰镇人才公寓交付使用。", "新丰镇金桂公寓交付使用。"})
	checkMasked(t, got, []string{"新丰镇", "金桂公寓"}, []string{"人才公寓"})
}

// TestNationalMass19k: the national people's organizations are kept like
// ministries.
func TestNationalMass19k(t *testing.T) {
	got := maskedText(t, []string{"累计引进中国科协专家12名。"})
	checkMasked(t, got, nil, []string{"中国科协"})
	got = maskedText(t, []string{"受到中国文联表彰。"})
	checkMasked(t, got, nil, []string{"中国文联"})
}

// TestReferralCut19k: a body run over a referral is cut to the hospital
// after the verb; the hospital's place stays masked.
func TestReferralCut19k(t *testing.T) {
	got := maskedText(t, []string{"患者经绿色通道转诊黄石市中心医院。"})
	checkMasked(t, got, []string{"黄石市"}, []string{"经绿色通道转诊"})
	got = maskedText(t, []string{"骨折病人经绿色通道转诊仙桃市中医医院。"})
	checkMasked(t, got, []string{"仙桃市"}, []string{"经绿色通道转诊"})
	got = maskedText(t, []string{"危重病人经急救通道送往襄阳市中心医院。"})
	checkMasked(t, got, []string{"襄阳市"}, []string{"经急救通道送往"})
}

// TestPlantedTree19k: a weak name after a planting verb listed before a
// tree or shrub is a species planted; persons in a list stay masked.
func TestPlantedTree19k(t *testing.T) {
	got := maskedText(t, []string{"营造山杏、樟子松混交林。"})
	checkMasked(t, got, nil, []string{"山杏"})
	got = maskedText(t, []string{"种植文冠、沙棘。", "张松、李杨参加了植树。"})
	checkMasked(t, got, []string{"张松", "李杨"}, []string{"文冠"})
}

// TestCountedVillageFacility19k: a verb read as a village before a village
// facility and a count is every village's facility.
func TestCountedVillageFacility19k(t *testing.T) {
	got := maskedText(t, []string{"全乡规范建设村卫生室9个。"})
	checkMasked(t, got, nil, []string{"建设村卫生室9个"})
	got = maskedText(t, []string{"各镇规范建设村警务室14个。"})
	checkMasked(t, got, nil, []string{"建设村警务室14个"})
}
