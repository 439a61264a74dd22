package anonymize

import "testing"

// TestSites13: named sites of a name word (红旗小区), a commemorative date
// or a numeral and a landform character (八一水库, 九龙广场), a surname's
// hamlet (王家古井) and a direction and a landform (东岭市场) are masked
// wherever they stand; kinds, ratings, counts, metaphors and slogans stay.
func TestSites13(t *testing.T) {
	got := maskedText(t, []string{
		"卧龙小区改造工程年内完工。",
		"在东风水库开展环境卫生整治。",
		"今年胜利湿地公园接待游客十二万人次。",
		"推进八一路提质扩容。",
		"于四方街举办首届农民丰收节。",
		"于前进卫生院举办首届农民丰收节。",
		"九龙广场的配套设施日益完善。",
		"到孙庄古井实地察看。",
		"东岭批发市场入选省级示范名单。",
		"团结河段护栏全部更换。",
		"曙光体育馆片区的管网改造已启动。",
		"新建卧龙文化中心、城区绿道等八个项目。",
		"其中米太小区列入示范项目，米太滨河步道延伸至镇区。",
		"同乐镇互通立交主体完工，建设美丽幸福河湖。",
		"建成轴承产业园，米太小区列入示范项目。",
		"全县建成五星小区三个。",
		"新建三座桥、一道闸，修复三里路。",
		"青年公寓的配套设施日益完善，架起友谊桥。",
		"打造幸福家园，创建和谐小区。",
		"全县有国家森林公园一个，农家乐三十家。",
		"东风路线调整后，红旗市场化改革稳步推进。",
	})
	checkMasked(t, got, []string{"卧龙", "东风水库", "胜利湿地公园", "八一路", "四方街", "前进卫生院", "九龙广场", "孙庄", "东岭", "团结河", "曙光体育馆", "米太"}, []string{
		"五星小区", "三座桥", "一道闸", "三里路", "青年公寓", "友谊桥", "幸福家园", "和谐小区", "国家森林公园", "农家乐", "路线", "市场化", "城区绿道", "互通立交", "幸福河湖", "轴承产业园",
	})
	t.Log(got)
}

// TestSiteStemInPlace13: a gazetteer stem that begins with the suffix of a
// town found right before it (龙王庙镇|西河村, where 镇西 is a village of the
// gazetteer and 河 a site's kind) is no site: the village after its town
// stays one name and is masked whole.
func TestSiteStemInPlace13(t *testing.T) {
	got := maskedText(t, []string{
		"今年，龙王庙镇西河村建成农家书屋一处。",
		"关帝庙镇西塘村新修机耕道3公里。",
	})
	checkMasked(t, got, []string{"龙王庙", "西河", "河村", "西塘", "塘村"}, []string{"建成农家书屋一处", "新修机耕道3公里"})
}
