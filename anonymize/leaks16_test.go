package anonymize

import "testing"

// TestDotNameWithPlaceHead: a transliterated name whose part before the
// dot reads as a country or a township's short form (阿曼, 吐尔洪, 阿克苏)
// is masked whole, its part after the dot too, up to the verb after it.
func TestDotNameWithPlaceHead(t *testing.T) {
	got := maskedText(t, []string{
		"护边员阿曼·吐尔逊带领大家巡查边境线。",
		"牧民阿克苏·热合曼和妻子经营农家乐。",
		"快递员吐尔洪·依明表示，网点已通到村里。",
		"队员阿曼·木合买提积极参与巡逻。",
		"农机手吐尔洪·亚森说，今年小麦亩产提高了。",
		"举办第三届中国·泗洪螃蟹节。",
	})
	checkMasked(t, got, []string{"阿曼", "吐尔逊", "热合曼", "依明", "木合", "买提", "吐尔洪", "亚森"},
		[]string{"带领大家巡查边境线", "和妻子经营农家乐", "表示，网点", "积极参与巡逻", "说，今年小麦", "中国·"})
}

// TestHonourListNames: the names of a list closed by 等 and a kind of
// person (先进个人, 同志, 人) are masked though none is a sure name and
// the first is glued to the verb before it (评选出叶建军); a list of
// trades before 等 stays.
func TestHonourListNames(t *testing.T) {
	got := maskedText(t, []string{
		"今年评选出叶建军、马小妹等先进个人。",
		"县委表彰了钟秀英、黄大勇等同志。",
		"推选周海燕、孙明等人为优秀党员。",
		"评出何春生、罗小兵、郑玉兰等劳动模范。",
		"全镇涌现出马小红、叶新生等致富带头人。",
		"培育电商、物流、冷链等企业，引进种植、养殖等人才。",
	})
	checkMasked(t, got, []string{"叶建军", "建军", "马小妹", "小妹", "钟秀英", "黄大勇", "周海燕", "孙明", "何春生", "罗小兵", "郑玉兰", "马小红", "叶新生"},
		[]string{"培育电商、物流、冷链等企业，引进种植、养殖等人才。", "等先进个人", "等同志", "等人为优秀党员", "等劳动模范", "等致富带头人"})
}

// TestNounPlacesAndCommunities: a district gojieba tags as a plain noun
// (碑林区), a place's short form before 一带/附近 (周口店) and a community
// named with a frequent word right after its town (城关镇幸福社区) are
// masked; a district whose stem is a frequent word (新城区) and a kind of
// community after a town stay.
func TestNounPlacesAndCommunities(t *testing.T) {
	got := maskedText(t, []string{
		"碑林区开展了专项整治。",
		"周口店一带文物保护工作扎实推进。",
		"周口店附近新建停车场一处。",
		"城关镇幸福社区建成了日间照料中心。",
		"鼓楼街道光明社区新增养老床位20张。",
		"新城区推进背街小巷整治，城关镇新型社区建设加快。",
	})
	checkMasked(t, got, []string{"碑林", "周口店", "幸福社区", "光明社区"},
		[]string{"新城区推进背街小巷整治", "新型社区建设加快", "一带文物保护", "附近新建停车场"})
}

// TestVillageKindsCounted: a kind of village counted or listed (电商村3个,
// 宜居村、) stays readable; a named village in the same place is masked.
func TestVillageKindsCounted(t *testing.T) {
	got := maskedText(t, []string{
		"建成电商村3个、宜居村5个。",
		"全县创建生态村、文明村等120个。",
		"培育旅游村两个，特色村12个。",
		"新增淘宝村4个和直播村2个。",
		"评选数字村、智慧村各3个。",
		"城关镇桃园村新建冷库1座。",
	})
	checkMasked(t, got, []string{"桃园村"},
		[]string{"电商村3个", "宜居村5个", "生态村、文明村等", "旅游村两个", "特色村12个", "淘宝村4个", "直播村2个", "数字村、智慧村各3个"})
}

// TestDescriptionsNotNames: a four-character description (山高林密) and
// 老X beside 新X (old and new money) are no names; 老张 alone still is.
func TestDescriptionsNotNames(t *testing.T) {
	got := maskedText(t, []string{
		"这里山高林密，交通不便。",
		"项目区水深流急，施工难度大。",
		"老钱要管好，新钱要管好。",
		"沿线坡陡路险，已设置警示牌。",
		"老张说今年收成好。",
	})
	checkMasked(t, got, []string{"老张"},
		[]string{"山高林密", "水深流急", "老钱要管好，新钱要管好", "坡陡路险"})
}
