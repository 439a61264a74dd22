package anonymize

import "testing"

// TestKeep31Justice: terms of criminal justice that gojieba tags as bodies
// stay readable.
func TestKeep31Justice(t *testing.T) {
	got := maskedText(t, []string{
		"县司法局对监外执行人员每月开展一次走访，核查居住地变化。",
		"全年新接收缓刑、假释和暂予监外执行人员43名，无一脱管。",
	})
	checkMasked(t, got, nil, []string{"监外执行人员", "暂予监外执行"})
}

// TestKeep31PoliceUnit: generic police and fire units, with a level or
// without, are kinds every county has; a named county before them is
// still masked.
func TestKeep31PoliceUnit(t *testing.T) {
	got := maskedText(t, []string{
		"镇政府联合交警大队整治集镇占道经营，劝离流动摊贩60余次。",
		"区交警支队与区消防救援支队在青岩镇开展应急演练。",
		"市交警大队、市消防救援大队对城区加油站开展联合检查。",
		"市交警支队会同县交警大队开展酒驾夜查。",
	})
	checkMasked(t, got, []string{"青岩镇"}, []string{"联合交警大队", "区交警支队", "区消防救援支队", "市交警大队", "市消防救援大队", "市交警支队会同县交警大队"})
}

// TestKeep31CountedSlogan: a quoted slogan that opens with a numeral and a
// kind of count, or holds a second numeral, is no name.
func TestKeep31CountedSlogan(t *testing.T) {
	got := maskedText(t, []string{
		"消防大队对全镇“九小场所”逐家排查，整改隐患58处。",
		"抓实“三所一庭”联调联动，矛盾纠纷化解率达到98%。",
		"对辖区“六小场所”开展消防安全联合检查。",
		"联合开展“九小门店”和电动自行车专项整治。",
	})
	checkMasked(t, got, nil, []string{"“九小场所”", "“三所一庭”", "“六小场所”", "“九小门店”"})
}

// TestKeep31Centre: a centre named by its function stays readable after a
// place and a verb or a position; the place before it is still masked.
func TestKeep31Centre(t *testing.T) {
	got := maskedText(t, []string{
		"鹤峰县融媒体中心全年推送稿件1200条。",
		"太阳镇云雾山下新开游客服务中心和生态停车场。",
		"各司法所建成智慧矫正中心，实现电子定位全覆盖。",
	})
	checkMasked(t, got, []string{"鹤峰", "太阳镇", "云雾山"}, []string{"融媒体中心", "游客服务中心", "智慧矫正中心"})
}

// TestKeep31PolicyTerm: a place's short form that opens a policy term is
// the policy, and so is the term's own short form.
func TestKeep31PolicyTerm(t *testing.T) {
	got := maskedText(t, []string{
		"县农商行推出普惠金融产品“惠农e贷”，新增授信2亿元。",
		"全县企业抓住海南自由贸易港政策机遇，用好自贸港零关税清单。",
		"发展普惠性托育服务，新增托位300个。",
	})
	checkMasked(t, got, nil, []string{"普惠金融", "海南自由贸易港", "自贸港", "普惠性托育"})
}

// TestKeep31Breed: breeds and varieties read as three-character names
// (…羊, …稻, …酒) and the items of a list closed by 等品种 stay readable;
// a person named beside them is still masked.
func TestKeep31Breed(t *testing.T) {
	got := maskedText(t, []string{
		"合作社引进杜湖羊种羊300只，社长陶文彬说销路不愁。",
		"山区推广旱香稻和糯米酒，农户户均增收3000元。",
		"七里镇引进努比羊种羊200只，建成标准化羊舍。",
		"全镇猕猴桃主栽红阳、金艳、东红等品种，种植面积2万亩。",
	})
	checkMasked(t, got, []string{"陶文彬"}, []string{"杜湖羊", "旱香稻", "糯米酒", "努比羊", "金艳", "东红等品种"})
}

// TestKeep31Room: a room's word cut apart after its verb (展|陈厅, 品|鉴室)
// is no name.
func TestKeep31Room(t *testing.T) {
	got := maskedText(t, []string{
		"博物馆新建展陈厅两个，年接待研学学生2万人次。",
		"馆内布展陈厅和多功能报告厅。",
	})
	checkMasked(t, got, nil, []string{"新建展陈厅", "布展陈厅"})
}

// TestKeep31SmallShop: small shops counted in a safety campaign are kinds.
func TestKeep31SmallShop(t *testing.T) {
	got := maskedText(t, []string{
		"在长乐街道、西湖街道夜查小餐馆、小旅馆、小网吧等“六小场所”40家。",
		"对临街小餐馆、小旅馆、小网吧等场所开展检查。",
	})
	checkMasked(t, got, []string{"长乐街道"}, []string{"夜查小餐馆", "临街小餐馆", "小旅馆", "小网吧"})
}

// TestKeep31ArtGenre: a performing-art genre named after a river or a task
// stays readable.
func TestKeep31ArtGenre(t *testing.T) {
	got := maskedText(t, []string{
		"剧团排演荆河戏新剧目两部，下乡演出80场。",
		"举办第三届龙舟节，汉剧、楚调、车水号子同台展演。",
		"文化节上，采茶戏、皮影戏、打硪号子轮番登场。",
	})
	checkMasked(t, got, nil, []string{"荆河戏", "车水号子同台", "打硪号子"})
}

// TestKeep31QuotedFoodShop: a snack shop named in quotes by its owner's
// surname and 记, or by 老 after a township, is masked whole; a quoted
// food of a kind (“老面包子” with no township before it) stays.
func TestKeep31QuotedFoodShop(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇的“陈记米线”和马坪乡的“老渡口烧饼”获评县级特色小吃店。",
		"青山镇的“钟记米粉”、白沙乡的“老井豆腐”入选县特色小吃名录。",
		"太平镇“方记烧饼”年销售额超过80万元。",
		"食堂推出“老面包子”，日销3000个。",
	})
	checkMasked(t, got, []string{"陈记米线", "老渡口烧饼", "钟记米粉", "老井豆腐", "方记烧饼"}, []string{"“老面包子”"})
}

// TestKeep31SloganLength: a quoted three-character name with a numeral and
// 大 (“八大家”, a cluster of old houses) is no counted slogan; four and
// more characters are.
func TestKeep31SloganLength(t *testing.T) {
	if countedSlogan31("七大院", "桃源村“", "”古民居群") {
		t.Error("“七大院” read as a counted slogan")
	}
	if !countedSlogan31("六小场所", "对辖区“", "”开展") || !countedSlogan31("两不愁三保障", "实现“", "”") {
		t.Error("a counted slogan of four or more characters not read as one")
	}
}
