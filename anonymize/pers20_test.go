package anonymize

import (
	"strings"
	"testing"
)

// handleProbe20 are our own sentences of a quoted handle in an account's
// frame (the probe of handles20; class: handles in an account's frame),
// each a different handle and frame: the handle must not survive. At the
// start of the round ten of them survived (山野晓风, 稻田守望者, 牧场小蹄,
// 溪畔晓禾, 麦浪翻滚, 高原追风人, 荞麦花开, 赶海小铭, 石桥夜话, 晨曦牧歌).
var handleProbe20 = [][2]string{
	{"返乡青年何晓峰开设的“山野晓风”抖音号粉丝突破20万。", "山野晓风"},
	{"宝妈主播“竹溪小满”单场直播销售土蜂蜜3000斤。", "竹溪小满"},
	{"网名“稻田守望者”的种粮大户带动周边农户发展订单农业。", "稻田守望者"},
	{"她注册的“桔乡云朵”快手号累计带货金额超过800万元。", "桔乡云朵"},
	{"县里培育了“峡谷老周”“梯田晨光”等本土直播账号40余个。", "梯田晨光"},
	{"合作社的“青瓦炊烟”视频号记录乡村生活，播放量破亿。", "青瓦炊烟"},
	{"大学生村官开设“松涛听雪”网店，帮助村民销售山货。", "松涛听雪"},
	{"昵称“醉美枫林”的摄影爱好者拍摄的短视频获得百万点赞。", "醉美枫林"},
	{"直播号“牧场小蹄”每天展示牦牛放牧日常。", "牧场小蹄"},
	{"返乡创业的刘海波把“老街糖画”直播间做成了非遗展示窗口。", "老街糖画"},
	{"村民吴秀兰运营的“秀兰说农事”快手号粉丝超过15万。", "秀兰说农事"},
	{"支持“溪畔晓禾”“果园月光”等网红账号开展助农直播。", "溪畔晓禾"},
	{"支持“溪畔晓禾”“果园月光”等网红账号开展助农直播。", "果园月光"},
	{"在“鹰嘴桃叔”直播间，一晚上卖出鹰嘴桃5万斤。", "鹰嘴桃叔"},
	{"网名为“沙洲归雁”的退役军人发起了义务巡河活动。", "沙洲归雁"},
	{"主播“麦浪翻滚”带领团队走进田间地头。", "麦浪翻滚"},
	{"快手号“高原追风人”记录了牧民转场的全过程。", "高原追风人"},
	{"视频号“江畔拾光”发布的非遗短片被多家媒体转载。", "江畔拾光"},
	{"账号“北坡老羊倌”的养殖课程免费向农户开放。", "北坡老羊倌"},
	{"她的网店“芦花深处”主营手工布鞋，月销量过万双。", "芦花深处"},
	{"大学生返乡开通“雾里青山”微店，销售高山云雾茶。", "雾里青山"},
	{"妇女手工协会注册了“荞麦花开”淘宝店。", "荞麦花开"},
	{"带货达人“巷口糖人”走进非遗工坊直播。", "巷口糖人"},
	{"“海棠湾老郑”直播间单月成交额突破百万元。", "海棠湾老郑"},
	{"“半山腰的云”抖音号记录了山村小学的日常。", "半山腰的云"},
	{"东山镇“菌子哥”王德胜带领乡亲们采收野生菌。", "菌子哥"},
	{"河口乡“柚子妹”杨丽华通过直播卖出蜜柚8万斤。", "柚子妹"},
	{"抖音号“赶海小铭”的粉丝超过30万。", "赶海小铭"},
	{"县融媒体中心联合“古渡听风”“石桥夜话”等本土网红账号推介文旅资源。", "石桥夜话"},
	{"昵称为“晨曦牧歌”的牧民主播带动了牦牛肉线上销售。", "晨曦牧歌"},
}

// handleKept20 are our own sentences of the same account words around
// programme, campaign, platform and media names or no name at all: they
// must read as written (class: handles in an account's frame, and
// programme phrases as shops for “乡村振兴”, “县长带货”, “消费帮扶”, which
// were masked at the start of the round).
var handleKept20 = []string{
	"县里开设“乡村振兴”直播间，县长亲自带货。",
	"组织开展“双十一”直播带货活动，销售额同比增长三成。",
	"开通“政务服务”抖音号，发布政策解读视频120条。",
	"依托“一村一品”网店销售农产品。",
	"培育网红主播35名、带货达人12名。",
	"入驻“抖音”“快手”等平台账号超过两百个。",
	"设立“助农直播间”3个，帮助农户销售滞销农产品。",
	"转发“人民日报”抖音号发布的宣传片。",
	"建设“共富工坊”直播间12个，吸纳就业600人。",
	"开通“县长带货”直播间，推介本地特产。",
	"打造“最美乡村”抖音号矩阵，宣传美丽乡村建设成果。",
	"书记强调，要用好直播间这个新农具。",
	"镇长带队走访电商企业，主播与商家对接订单。",
	"开展“我为家乡代言”直播活动。",
	"网红经济和直播电商成为县域消费新增长点。",
	"开设“消费帮扶”网店专区，上架农产品200余种。",
	"组织“新农人”直播培训班3期，培训学员400人次。",
	"开通“法律服务”微信公众号，解答群众咨询。",
	"创建“电商进农村”示范县，建成村级服务站80个。",
}

// TestHandles20 (class: handles in an account's frame; programme phrases as
// shops): the probe's handles are masked, its ordinary lines kept.
func TestHandles20(t *testing.T) {
	var lines []string
	seen := map[string]bool{}
	for _, c := range handleProbe20 {
		if !seen[c[0]] {
			seen[c[0]] = true
			lines = append(lines, c[0])
		}
	}
	got := maskedText(t, lines)
	for _, c := range handleProbe20 {
		if strings.Contains(got, c[1]) {
			t.Errorf("%s survives in %q", c[1], got)
		}
	}
	kept := maskedText(t, handleKept20)
	for _, s := range handleKept20 {
		if !strings.Contains(kept, s) {
			t.Errorf("%q over-masked in %q", s, kept)
		}
	}
}

// TestHandlesPlaceProduct20 (class: handles in an account's frame): a
// county's product brand before 网店 keeps the product readable and masks
// only the place; a handle's own words after a place go with it; a handle
// of a persona word and 带货 is no programme phrase and stays masked; an
// idiom after 主播 is no handle.
func TestHandlesPlaceProduct20(t *testing.T) {
	got := maskedText(t, []string{
		"“灵山荔枝”网店月销量突破10万单。",
		"培育“苍梧瑶家小妹”等本土网红账号20个。",
		"“山城阿妹带货”直播间单场成交额超过50万元。",
		"部分主播“半途而废”，粉丝流失严重。",
	})
	checkMasked(t, got, []string{"灵山", "瑶家小妹", "山城阿妹带货"}, []string{"荔枝”网店月销量", "等本土网红账号", "主播“半途而废”"})
}

// TestCampaignName20 (class: programme phrases as shops): names made of
// programme and role words only.
func TestCampaignName20(t *testing.T) {
	for name, want := range map[string]bool{
		"乡村振兴": true, "县长带货": true, "消费帮扶": true, "书记直播": true,
		"山城阿妹带货": false, "乐乡好物": false, "振兴小馆": false, "": false,
	} {
		if got := campaignName20(name); got != want {
			t.Errorf("campaignName20(%q) = %v, want %v", name, got, want)
		}
	}
}
