package anonymize

import "testing"

// TestFamilyBusinesses19: the owner's name before a family farm, ranch,
// inn or 农家乐 is masked with its kind, after a village or in a list, also
// where a stray person reading runs into it; levels and kinds before the
// same words (省级示范家庭农场, 星级农家乐) stay readable.
func TestFamilyBusinesses19(t *testing.T) {
	got := maskedText(t, []string{
		"今年，红柳乡沙泉村多吉旺家庭牧场、青石镇乌兰图家庭农场入选省级示范家庭农场。",
		"牧区发展迅速，扎木乡拉松村卓玛拉家庭旅馆和格热农家乐接待游客增长三成。",
		"全县培育星级农家乐26家、市级示范家庭农场40家，新增渔家乐12户。",
	})
	checkMasked(t, got, []string{"多吉旺", "乌兰图", "卓玛拉", "格热"},
		[]string{"省级示范家庭农场", "星级农家乐26家", "市级示范家庭农场40家", "新增渔家乐12户"})
}

// TestQuotedBusinesses19: a quoted name of three or more characters right
// before a kind of inn, shop or farm (“雪岭之家”客栈) is the name of one
// business; a group's 之家 (“青年之家”驿站) and quoted names before no such
// kind stay readable.
func TestQuotedBusinesses19(t *testing.T) {
	got := maskedText(t, []string{
		"城关镇“雪岭之家”客栈、河湾村“老鹿角之家”藏家乐年接待游客上万人次。",
		"设立“青年之家”驿站，推广“职工之家”活动室建设经验。",
	})
	checkMasked(t, got, []string{"雪岭之家", "老鹿角之家"},
		[]string{"“青年之家”驿站", "“职工之家”活动室"})
}

// TestCompounds19: residential compounds named with ordinary words after
// their town or in a list are masked; kinds of compound (老旧小区, 安置小区,
// 养殖小区) and a compound after a verb stay readable.
func TestCompounds19(t *testing.T) {
	got := maskedText(t, []string{
		"镇区和睦小区、前进小区完成老旧小区改造，惠及居民820户。",
		"城东片区的长乐新村、向阳新村等老旧小区加装电梯。",
		"新建安置小区3个，规范肉羊养殖小区12个，完成老旧小区改造。",
	})
	checkMasked(t, got, []string{"前进小区", "长乐新村", "向阳新村"},
		[]string{"完成老旧小区改造", "新建安置小区3个", "肉羊养殖小区12个"})
}

// TestStreets19: a street or avenue named with an ordinary word is masked
// where its works, a junction or a list show it; roads of a kind (旅游公路,
// 农村公路, 山区道路) and road metaphors (致富路) stay readable.
func TestStreets19(t *testing.T) {
	got := maskedText(t, []string{
		"完成东风大道与奋进大道交叉口改造，文明街、劳动街完成立面整治。",
		"新建旅游公路18公里，改造农村公路、山区道路，群众走上致富路。",
	})
	checkMasked(t, got, []string{"奋进大道", "劳动街"},
		[]string{"旅游公路18公里", "改造农村公路、山区道路", "走上致富路"})
}

// TestBridgesMarketsGorges19: a bridge, market or gorge right after its
// place (…溪|八渡桥, …县|南关春市场, …乡|尕布沟便民桥) is masked; kinds (危桥改造,
// 农贸市场, 国内市场, 排水沟) stay readable.
func TestBridgesMarketsGorges19(t *testing.T) {
	got := maskedText(t, []string{
		"龙潭溪八渡桥、白水河大桥完成加固，危桥改造完成12座。",
		"岔河乡团圆桥、老鹰沟大桥建成通车。",
		"牛羊肉进驻北京兴隆园市场，城区农贸市场提档升级，国内市场份额提升。",
		"红土乡尕布沟便民桥建成通车，清理排水沟3公里。",
		"凤岭乡十八弯坑峡谷成为热门线路。",
	})
	checkMasked(t, got, []string{"八渡桥", "团圆桥", "老鹰沟大桥", "兴隆园", "尕布沟", "十八弯坑"},
		[]string{"危桥改造完成12座", "城区农贸市场提档升级", "国内市场份额", "清理排水沟3公里"})
}

// TestExpresswaysAndWorkedStreets19: an expressway named by the short
// forms of its ends after a verb (谋划|梁垫高速) is masked with 高速, and a
// street after a verb of works (建成|友谊路东延段) or with a function
// character inside its stem (…与永将大道交叉口); ordinary roads (沿海高速,
// 高速公路) stay readable.
func TestExpresswaysAndWorkedStreets19(t *testing.T) {
	got := maskedText(t, []string{
		"一是谋划梁垫高速沿线水毁修复，二是配合建成沅巫高速连接线。",
		"完成滨湖大道与永将大道交叉口改造，建成友谊路东延段。",
		"沿海高速通车后，全县高速公路里程达到96公里。",
	})
	checkMasked(t, got, []string{"梁垫", "沅巫", "永将大道", "友谊路"},
		[]string{"沿海高速通车后", "全县高速公路里程"})
}

// TestTownCentresAndWeakGuesses19: a word for a town's centre before a
// street or compound bounds its name (县城|友爱路美食街, 镇区|和美小区,
// 乡政府所在地|兴业小区); a stem beginning with a function character that
// begins a word (和睦|路) and a stem gojieba guessed as a brand are still
// read; a river found by the rules before 小区 stays its own name, masked
// again where it stands alone.
func TestTownCentresAndWeakGuesses19(t *testing.T) {
	got := maskedText(t, []string{
		"县城友爱路美食街集中了各类小吃，镇区和美小区完成改造。",
		"乡政府所在地兴业小区完成管网改造，建成和睦路东延段。",
		"永宁镇浑江小区完成改造，沿浑江修建滨河步道。",
	})
	checkMasked(t, got, []string{"友爱路", "和美小区", "兴业小区", "和睦路", "浑江"},
		[]string{"美食街集中了各类小吃", "完成管网改造", "修建滨河步道"})
}
