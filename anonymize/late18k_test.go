package anonymize

import "testing"

// TestGas18k: mine gas before its process or device word, or after a verb
// of drawing it, is no transliterated person.
func TestGas18k(t *testing.T) {
	got := maskedText(t, []string{"和平煤矿完成瓦斯抽采系统改造，年抽采瓦斯8000万立方米。"})
	checkMasked(t, got, nil, []string{"瓦斯抽采", "抽采瓦斯"})
	got = maskedText(t, []string{"三号工作面瓦斯涌出量偏大，安监站要求加装瓦斯传感器。"})
	checkMasked(t, got, nil, []string{"瓦斯涌出", "瓦斯传感器"})
	// a transliterated name before a verb a person does stays masked
	got = maskedText(t, []string{"这次改革被认为是继麦克阿瑟治理后的又一次大变革。", "当年麦克阿瑟利用这条铁路运兵。"})
	checkMasked(t, got, []string{"麦克阿瑟"}, nil)
}

// TestLevelBody18k: a firm's name run over a verb into a level's programme
// body is cut back to the firm; a level's body cut inside its level word
// (嘎|查级…) is kept whole.
func TestLevelBody18k(t *testing.T) {
	got := maskedText(t, []string{"凤岭新材获批省级重点实验室，全年研发投入增长两成。"})
	checkMasked(t, got, []string{"凤岭新材"}, []string{"省级重点实验室"})
	got = maskedText(t, []string{"博远新能获批省级重点实验室，研发投入增长两成。"})
	checkMasked(t, got, []string{"博远新能"}, []string{"省级重点实验室"})
	got = maskedText(t, []string{"白音嘎查建成嘎查级党群服务中心，覆盖牧户120户。"})
	checkMasked(t, got, []string{"白音嘎查"}, []string{"嘎查级党群服务中心"})
	got = maskedText(t, []string{"青松嘎查建成嘎查级便民服务中心，服务牧民300户。"})
	checkMasked(t, got, []string{"青松嘎查"}, []string{"嘎查级便民服务中心"})
}

// TestVerbKind18k: a verb before a ferry or dock is no place's stem.
func TestVerbKind18k(t *testing.T) {
	got := maskedText(t, []string{"沿江各乡镇落实渡口安全管理，汛期停航3次。"})
	checkMasked(t, got, nil, []string{"落实渡口"})
	got = maskedText(t, []string{"各地落实码头安全责任，汛期停航3次。"})
	checkMasked(t, got, nil, []string{"落实码头"})
}

// TestReach18k: 段 after a masked place or an area word before a waterfront
// word is the reach marker, no surname.
func TestReach18k(t *testing.T) {
	got := maskedText(t, []string{"赣江吉安段滨水步道全线贯通。"})
	checkMasked(t, got, []string{"赣江"}, []string{"段滨水步道"})
	got = maskedText(t, []string{"沱江城区段滨江绿道完成提升。"})
	checkMasked(t, got, []string{"沱江"}, []string{"城区段滨江绿道"})
	// a person of that name elsewhere stays masked
	got = maskedText(t, []string{"段滨江同志任副镇长。"})
	checkMasked(t, got, []string{"段滨江"}, nil)
}

// TestNationalHead18k: a national academy cut to its head 中国… by gojieba
// is the national body.
func TestNationalHead18k(t *testing.T) {
	got := maskedText(t, []string{"公司与中国林业科学研究院合作，由专家牵头。"})
	checkMasked(t, got, nil, []string{"中国林业科学研究院"})
	got = maskedText(t, []string{"我们与中国林业科学院合作。"})
	checkMasked(t, got, nil, []string{"中国林业科学院"})
}

// TestZoneBrand18k: a development zone's word is no firm's brand before its
// industry.
func TestZoneBrand18k(t *testing.T) {
	got := maskedText(t, []string{"宁远经开区化工新材料产业产值突破200亿元。"})
	checkMasked(t, got, nil, []string{"经开区化工新材料"})
	got = maskedText(t, []string{"华容经开区电子信息产业营收增长两成。"})
	checkMasked(t, got, []string{"华容"}, []string{"经开区电子信息"})
}

// TestLevelDept18k: a level's department in a list of roles is no person.
func TestLevelDept18k(t *testing.T) {
	got := maskedText(t, []string{"参会人员有东风村党支部书记吴长青、市行政审批服务局科长冯涛。"})
	checkMasked(t, got, []string{"吴长青", "冯涛"}, []string{"市行政审批服务局"})
	got = maskedText(t, []string{"县委办副主任严可、市行政审批服务局科长冯涛参加。"})
	checkMasked(t, got, []string{"严可", "冯涛"}, []string{"市行政审批服务局"})
}
