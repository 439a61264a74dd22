package anonymize

import (
	"strings"
	"testing"
)

// socialProbe21 are sentences of our own, each with a word-named social
// body of a different kind and frame (class: word-named social bodies);
// the name must not survive.
var socialProbe21 = []struct{ text, name string }{
	{"街道引入长春市南关区暖阳社会工作服务中心，暖阳社工为辖区困难老人提供上门服务。", "暖阳社工"},
	{"镇里新建的松鹤颐养院已入住老人56名。", "松鹤颐养院"},
	{"学院路街道“星火创业孵化器”累计孵化项目80个。", "星火"},
	{"依托老厂房改造建设“红砖科技孵化港”，入驻企业41家。", "红砖"},
	{"县里认定“云端众创空间”为市级众创空间。", "云端"},
	{"民办晨曦特殊儿童康复中心今年接收自闭症儿童42名。", "晨曦"},
	{"蓝天救援志愿服务队参与防汛抢险12次。", "蓝天"},
	{"南湖新建“青藤众创空间”，吸引大学生创业团队23个。", "青藤"},
	{"彩虹社工为留守儿童建立成长档案180份。", "彩虹社工"},
	{"“绿叶创业孵化器”新引进科技型企业15家。", "绿叶"},
	{"夕阳红颐养院护理员获评“最美护理员”。", "夕阳红"},
	{"春晖特殊儿童康复中心为孤独症儿童开展康复训练。", "春晖"},
	{"阳光雨露社工在三个村建立儿童之家。", "阳光雨露"},
	{"繁星众创空间举办创业沙龙16场。", "繁星"},
	{"在河口镇，青川红马甲志愿服务队定期上门为失能老人理发。", "青川"},
}

// socialKeep21 are sentences of our own with generic bodies of the same
// kinds; every kind word must stay readable.
var socialKeep21 = []string{
	"各社区社工站配备专职社工2名。",
	"县康复中心为残疾儿童提供免费康复训练。",
	"全县组建志愿服务队126支，注册志愿者3.2万人。",
	"新建乡镇颐养院3所，农村互助养老点17个。",
	"培育市级众创空间2家、科技企业孵化器1家。",
	"引导社会组织和专业社工参与基层治理。",
	"残疾人康复中心、儿童康复中心建设有序推进。",
	"组织巾帼志愿服务队开展邻里互助活动。",
	"科技孵化港和众创空间入驻企业实现营收1.2亿元。",
	"全县社工机构达到14家，持证社工216名。",
	"公办养老机构改造为颐养院后服务能力明显提升。",
	"青年志愿服务队、党员志愿服务队活跃在社区一线。",
	"创业孵化器孵化项目132个，带动就业900余人。",
	"部分孵化器运营同质化，服务能力不强。",
	"农村幸福院运转经费纳入财政预算。",
	"走访众创空间，了解企业用工需求。",
	"退休教师牵头成立银发志愿服务队，定期走访独居老人。",
	"督促孵化器落实安全生产主体责任。",
}

// TestSocialBodies21: the probe's names are masked, the generic bodies
// stay readable (class: word-named social bodies).
func TestSocialBodies21(t *testing.T) {
	for _, c := range socialProbe21 {
		if got := maskedText(t, []string{c.text}); strings.Contains(got, c.name) {
			t.Errorf("%q survives in %s", c.name, got)
		}
	}
	for _, s := range socialKeep21 {
		if got := maskedText(t, []string{s}); got != s {
			t.Errorf("generic body masked: %s -> %s", s, got)
		}
	}
}

// tradeProbe21 are sentences of our own with shops and malls named by a
// word (class: named shops and malls, socialHeads21's second part).
var tradeProbe21 = []struct{ text, name string }{
	{"金鹰商城、天河体育中心等驻区单位开放停车位。", "金鹰"},
	{"古镇上的“晓风书店”成为年轻人打卡地。", "晓风"},
	{"入夜，万象购物中心前的广场上人头攒动。", "万象"},
	{"时代广场购物中心国庆期间销售额增长18%。", "时代广场"},
	{"银泰商城新引进品牌店32家。", "银泰"},
}

// tradeKeep21 are generic lodgings and shops that stay readable.
var tradeKeep21 = []string{
	"全县精品民宿达到120家，乡村民宿床位3200张。",
	"引导农户把闲置农房改造为特色民宿。",
	"鼓励发展实体书店和社区书店。",
	"规划建设大型购物中心1个，引进免税店2家。",
	"网上商城销售额增长26%。",
	"评定甲级旅游民宿3家、乙级旅游民宿7家。",
	"古镇客栈入住率达到75%。",
	"高端民宿和精品客栈成为新的消费热点。",
	"我们把老房子改成民宿，游客越来越多。",
	"依托古村落发展民宿、客栈和农家乐。",
	"推动民宿集群化发展，打造民宿集聚区。",
	"这家书店每天开放到晚上十点。",
	"两家商城和一家购物中心相继开业。",
}

// TestTradeNames21: named shops and malls are masked, generic ones kept.
func TestTradeNames21(t *testing.T) {
	for _, c := range tradeProbe21 {
		if got := maskedText(t, []string{c.text}); strings.Contains(got, c.name) {
			t.Errorf("%q survives in %s", c.name, got)
		}
	}
	for _, s := range tradeKeep21 {
		if got := maskedText(t, []string{s}); got != s {
			t.Errorf("generic lodging or shop masked: %s -> %s", s, got)
		}
	}
}
