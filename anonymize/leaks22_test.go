package anonymize

import (
	"strings"
	"testing"
)

// TestSpacedNames22: a name printed with its characters spaced apart is
// masked whole, glued to the words around it or not; a by-line's
// two-character name after 记者 too. A spaced heading of more characters
// and a spaced pair after no calling stay readable.
func TestSpacedNames22(t *testing.T) {
	got := maskedText(t, []string{
		"在花溪镇，直播带货主播柯 雨 霏带着网友走进茶园和竹编作坊。",
		"调研组在郎 德 顺副主任带领下走访了五个村。",
		"（记者  费  岚  通讯员  张三）3月上旬，县里召开春耕工作会。",
	})
	checkMasked(t, got, []string{"柯 雨 霏", "郎 德 顺", "费  岚"}, []string{"带着网友", "副主任带领下", "通讯员"})
	got = maskedText(t, []string{"政 府 工 作 报 告\n一、过去一年工作回顾\n目  录"})
	checkMasked(t, got, nil, []string{"政 府 工 作 报 告", "目  录"})
}

// TestNumberedFacilities22: a numbered pumping station, pool, sluice or
// store is masked; a numbered programme, document or plant variety stays
// readable.
func TestNumberedFacilities22(t *testing.T) {
	got := maskedText(t, []string{
		"新建4号提灌站一座，改造2号泵站，修复1号蓄水池和3号节制闸。",
		"建成2号饲草储备库，铺设5号观光步道。",
	})
	checkMasked(t, got, []string{"4号提灌站", "2号泵站", "1号蓄水池", "3号节制闸", "2号饲草储备库", "5号观光步道"}, nil)
	got = maskedText(t, []string{"把招商引资作为一号工程，落实县委1号文件，推广稻丰8号，建成1号、2号机电井组。"})
	checkMasked(t, got, nil, []string{"一号工程", "1号文件", "稻丰8号", "2号机电井组"})
}

// TestVillagesAfterTownship22: a village right after a township found is
// masked whatever its stem; a class of villages, and 村 opening a word of
// its own, stay readable.
func TestVillagesAfterTownship22(t *testing.T) {
	got := maskedText(t, []string{
		"东坪镇太山村电商服务站带动农户增收，高田乡新建村完成确权登记。",
		"城西街道塘下垅村，新修道路3公里。",
	})
	checkMasked(t, got, []string{"太山村", "新建村", "塘下垅村"}, []string{"电商服务站", "完成确权登记", "新修道路3公里"})
	got = maskedText(t, []string{"东坪镇所有村实现通硬化路，高田乡贫困村全部出列，东坪镇新建村级活动场所2个，白岩镇建成农村客运站。"})
	checkMasked(t, got, nil, []string{"所有村", "贫困村", "新建村级活动场所", "建成农村客运站"})
}

// TestUnitsAfterParent22: a community after its subdistrict and a group of
// villagers after its village are masked, the next group of a list too; a
// working group sent to a village and a class of communities stay
// readable.
func TestUnitsAfterParent22(t *testing.T) {
	got := maskedText(t, []string{
		"城关街道和平社区、东坪镇青松社区建成养老服务站。",
		"白岩镇白岩村王家岭组、石板垭组通组路全部硬化。",
	})
	checkMasked(t, got, []string{"和平社区", "青松社区", "王家岭组", "石板垭组"}, []string{"养老服务站", "通组路全部硬化"})
	got = maskedText(t, []string{"县委向白岩镇白岩村工作组派驻干部，城关街道老旧社区完成改造。"})
	checkMasked(t, got, nil, []string{"派驻干部", "老旧社区完成改造"})
}

// TestMendPersons22: a form field after 户主 is no name, and a name of a
// surname and one character whose character makes a word with the next
// is masked whole, so no character of it stays readable.
func TestMendPersons22(t *testing.T) {
	got := maskedText(t, []string{"发放补贴前逐户核对户主银行卡：账号与身份证号一致后再打款。"})
	checkMasked(t, got, nil, []string{"户主银行卡"})
	got = maskedText(t, []string{"村支书张力争取到项目资金50万元。", "今年张力争创省级示范村。"})
	checkMasked(t, got, []string{"张力", "力争"}, []string{"取到项目资金", "创省级示范村"})
	if strings.Contains(got, "〕争") {
		t.Errorf("the name's last character stayed readable after its mask:\n%s", got)
	}
}

// TestNumberedAfterPlace22: after a village found, the village and the
// number are masked together and the kind of works stays readable; after
// a word that is a kind of area, nothing is masked.
func TestNumberedAfterPlace22(t *testing.T) {
	got := maskedText(t, []string{"桥头镇大东岭村2号灌溉泵站完成改造，园区3号污水提升泵站投入运行。"})
	checkMasked(t, got, []string{"2号灌溉泵站", "大东岭村"}, []string{"灌溉泵站完成改造", "园区3号污水提升泵站投入运行"})
}
