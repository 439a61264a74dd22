package anonymize

import "testing"

// TestLandmarks19: a landmark of a two-character stem and a one-character
// kind in a site frame is masked (a list's 、 before, 等 after; a visiting
// verb before; 后 glued to the kind); functional buildings of the same
// kinds stay readable.
func TestLandmarks19(t *testing.T) {
	got := maskedText(t, []string{
		"游客登临揽月台，俯瞰全城夜景。",
		"游览状元陵后，游客可沿步道继续前行。",
		"景区新开放燕子矶、犀牛嘴两处观景点。",
		"启动文昌阁修缮工程，年底前完成主体加固。",
	})
	checkMasked(t, got, []string{"揽月台", "状元陵", "犀牛嘴", "文昌阁"}, []string{"俯瞰全城夜景", "两处观景点", "修缮工程"})
	kept := maskedText(t, []string{
		"完成办公楼、教学楼和综合楼的维修改造。",
		"推进烈士陵园提档升级，修缮纪念亭2座。",
		"建设登山步道，沿线设置观景平台和休息亭。",
	})
	checkMasked(t, kept, nil, []string{"办公楼、教学楼和综合楼", "纪念亭", "休息亭"})
}

// TestLandmarkKindWords19: waterfalls, bridges, ancient roads, caves and
// viewing platforms of a two-character stem in a site frame are masked;
// generic ones (红军古道, 玻璃栈道, 人行桥, 天然溶洞) stay readable.
func TestLandmarkKindWords19(t *testing.T) {
	got := maskedText(t, []string{
		"新开放的落霞观景台、望海观景台成为游客打卡点。",
		"建成清江大桥、沙湾大桥，景区通达条件明显改善。",
	})
	checkMasked(t, got, []string{"落霞", "清江大桥", "沙湾大桥"}, []string{"成为游客打卡点", "景区通达条件"})
	kept := maskedText(t, []string{
		"景区新建玻璃栈道和观景台，游客量增长三成。",
		"沿线建设人行桥2座，方便群众出行。",
		"景区内天然溶洞众多，具有较高的旅游开发价值。",
	})
	checkMasked(t, kept, nil, []string{"玻璃栈道", "观景台", "人行桥", "天然溶洞"})
}

// TestTradeHouses19: an old trade house named by a surname + 家 or a name
// of two or three characters (和 inside it) before a trade word is masked;
// generic ones and lists of the trade words stay readable.
func TestTradeHouses19(t *testing.T) {
	got := maskedText(t, []string{
		"老街上的裕丰隆盐号和同泰银号旧址对外开放。",
		"老街上的德泰隆药号挂牌市级文物保护单位。",
	})
	checkMasked(t, got, []string{"裕丰隆", "同泰银号", "德泰隆"}, []string{"老街上的", "挂牌市级文物保护单位", "旧址对外开放"})
	kept := maskedText(t, []string{
		"平遥是晋商票号的发源地，票号文化源远流长。",
		"古镇保存了明清钱庄、当铺等商业建筑。",
		"票号、钱庄和当铺构成了旧时的金融体系。",
	})
	checkMasked(t, kept, nil, []string{"晋商票号", "明清钱庄", "票号、钱庄和当铺"})
}

// TestSiteProbe19 is the round's probe as a table: landmarks, trade
// houses, bridges and waterfalls of other stems in other frames, each
// masked; and ordinary sentences near the same kind words, each readable.
func TestSiteProbe19(t *testing.T) {
	masked := []struct{ text, name string }{
		{"游客登上观澜阁，远眺江面。", "观澜阁"},
		{"景区内的鹰嘴岩、飞来石已完成步道连接。", "鹰嘴岩"},
		{"完成宝莲宫、朝阳观消防设施改造，游客安全得到保障。", "宝莲宫"},
		{"景区新开放的猴子石、仙人台成为热门景点。", "猴子石"},
		{"修缮太白楼，提升景区品质。", "太白楼"},
		{"游客可参观陶家油号和李家布庄。", "陶家油号"},
		{"迎恩桥、通济桥完成维修，古桥风貌得到保护。", "通济桥"},
		{"新开放的望海观景台、云顶观景台成为游客打卡点。", "望海"},
	}
	for _, c := range masked {
		checkMasked(t, maskedText(t, []string{c.text}), []string{c.name}, nil)
	}
	kept := []struct{ text, keep string }{
		{"新建观景台3处、凉亭12座，修缮古建筑5处。", "新建观景台3处、凉亭12座"},
		{"对危岩、落石开展排查整治，清理危石40余处。", "对危岩、落石开展排查整治"},
		{"完成平台、看台和舞台的改造。", "完成平台、看台和舞台的改造"},
		{"这里曾是百年钱庄聚集地。", "百年钱庄"},
		{"开办私人当铺在当时十分普遍。", "私人当铺"},
		{"完成危桥改造15座，新建跨河大桥1座。", "跨河大桥"},
	}
	for _, c := range kept {
		checkMasked(t, maskedText(t, []string{c.text}), nil, []string{c.keep})
	}
}

// TestQuotedStudios19: a quoted lodging, studio or eatery of a
// one-character kind in a sentence about lodgings or eateries is masked;
// quoted programme names stay readable.
func TestQuotedStudios19(t *testing.T) {
	got := maskedText(t, []string{
		"东山村的“听松舍”获评省级甲级民宿。",
		"古镇新开业“云栖别院”等精品民宿12家。",
	})
	checkMasked(t, got, []string{"听松舍", "云栖别院"}, []string{"获评省级甲级民宿", "等精品民宿12家"})
	kept := maskedText(t, []string{
		"推进“农家书屋”提质增效，建成“乡村记忆”展示馆。",
		"“共富工坊”带动群众就近就业，村集体经济持续壮大。",
	})
	checkMasked(t, kept, nil, []string{"“农家书屋”", "“乡村记忆”", "“共富工坊”"})
}
