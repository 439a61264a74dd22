package anonymize

import (
	"strings"
	"testing"
)

// TestGenreShortFormNotDerived: a cooperative named after its livestock
// (黄牛养殖合作社) gives no short form 黄牛, so the animal stays readable
// elsewhere, while a cooperative with a distinctive name keeps its own.
func TestGenreShortFormNotDerived(t *testing.T) {
	got := maskedText(t, []string{
		"全乡新成立黄牛养殖专业合作社3家，年末存栏黄牛860头。",
		"青禾岭种植专业合作社带动农户120户，青禾岭品牌远销省外。",
	})
	checkMasked(t, got, []string{"青禾岭"}, []string{"存栏黄牛860头"})
}

// TestVerbBeforeVillageIsNoPlace: a verb, preposition or determiner before
// 村 takes the village as its object (包村干部, 返还给村集体, 驻村, 各村),
// while a one-character village name (李村) is still a place.
func TestVerbBeforeVillageIsNoPlace(t *testing.T) {
	got := maskedText(t, []string{
		"压实包村责任，包村干部每周驻村不少于四天，收益返还给村集体。",
		"各村要建立台账，本村群众优先务工。",
		"李村、王庄村两地联合建设冷库。",
	})
	checkMasked(t, got, []string{"李村", "王庄村"}, []string{"包村责任", "包村干部", "驻村", "返还给村集体", "各村", "本村群众"})
}

// TestFamiliarWordplayKept: 小钱/老钱 in a saying and 小马拉大车 are
// ordinary words, not familiar references; 老张 and 小王 stay persons.
func TestFamiliarWordplayKept(t *testing.T) {
	got := maskedText(t, []string{
		"财政资金要小钱办大事，老钱要用好，新钱要用准。",
		"基层人手少，小马拉大车的现象仍然存在。",
	})
	checkMasked(t, got, nil, []string{"小钱办大事", "老钱要用好", "小马拉大车"})
	got = maskedText(t, []string{"老张和小王连夜赶到现场。", "老张说，堤坝已经加固。"})
	checkMasked(t, got, []string{"张", "王"}, nil)
}

// TestDottedNameWholeAndTitleApart: a ·-joined name whose last syllables
// gojieba reads as words (哈布|都|拉) is masked to its end, and a title
// before such a name (副镇长) stays readable.
func TestDottedNameWholeAndTitleApart(t *testing.T) {
	got := maskedText(t, []string{
		"温宿县某镇镇长 买合木提·托乎都拉",
		"感谢副镇长古丽娜·吐尔洪同志的支持。",
	})
	checkMasked(t, got, []string{"都拉", "托乎", "古丽娜", "吐尔洪"}, []string{"副镇长", "同志的支持"})
}

// TestCountedListNames: items closed by a count of people (两位老师傅,
// 三位专家) are names, however gojieba cuts them; a count of digits
// (两位数) or of bodies makes no names.
func TestCountedListNames(t *testing.T) {
	got := maskedText(t, []string{
		"请竹编传承人冉志机、幸家快两位老师傅带徒授艺。",
		"邀请卜成远、宓一川、井永福三位专家授课。",
		"营业收入保持两位数增长，财政、审计两位负责人列席。",
	})
	checkMasked(t, got, []string{"冉志机", "幸家快", "卜成远", "宓一川", "井永福"}, []string{"两位数增长", "财政、审计两位负责人"})
}

// TestSpacedNameInListAndBracketedShortForm: a spaced name after 干部 in
// a list is masked whole, and a university's short form in brackets after
// it is masked wherever it recurs.
func TestSpacedNameInListAndBracketedShortForm(t *testing.T) {
	got := maskedText(t, []string{
		"村里安排帮扶干部柯 亮、符晓雯入户走访。",
		"与北岭师范大学（北岭师大）合作，北岭师大派出实习生20名。",
	})
	checkMasked(t, got, []string{"亮", "符晓雯", "北岭师大"}, []string{"帮扶干部", "实习生"})
}

// TestVillageHeadsNotLeft: a village is masked with its whole head when
// gojieba glues a town's suffix to it (南坝|镇石|坎子|村), splits a clan
// place off it (王家|沟村), or reads it as a verb after 至 (车步村至|修建|村).
func TestVillageHeadsNotLeft(t *testing.T) {
	got := maskedText(t, []string{
		"走进青川县沙州镇石坎子村，竹林连片。",
		"对罗家沟村等重点区域持续盯防。",
		"硬化车步村至修建村产业路5.2公里。",
	})
	checkMasked(t, got, []string{"石坎子", "罗家", "沟村", "车步", "修建村"}, []string{"竹林连片", "重点区域", "产业路"})
}

// TestCompanyNameWithOneCharAdjective: a company's name is masked from its
// place and trade words across a one-character adjective (稀土|新|材料),
// but a verb before it still ends the name.
func TestCompanyNameWithOneCharAdjective(t *testing.T) {
	got := maskedText(t, []string{"园区引进赣州稀土新材料有限公司，建设新材料有限公司厂房。"})
	checkMasked(t, got, []string{"赣州", "稀土"}, []string{"建设新"})
}

// TestCityDepartmentKeepsItsName: a city's department (绵阳市林业局) is
// masked at its place and keeps its ordinary name under the default
// policy; a company's brand short form (湘隆) is masked where it recurs.
func TestCityDepartmentKeepsItsName(t *testing.T) {
	got := maskedText(t, []string{
		"据宜宾市林业局介绍，将对接宜宾市农业农村局推广经验。",
		"湘隆金银花科技有限公司建成烘干线，湘隆品牌进入采购目录。",
	})
	checkMasked(t, got, []string{"宜宾", "湘隆"}, []string{"林业局介绍", "农业农村局推广", "品牌进入采购目录"})
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	p := "据宜宾市林业局介绍，将推广经验。"
	if s := a.Analyze([]string{p}).Apply(p); s == p || strings.Contains(s, "宜宾") || strings.Contains(s, "林业局") {
		t.Errorf("strict policy should mask the whole department: %s", s)
	}
}

// TestHeritageBridgeAndListStart: kinds of bridges (廊桥, 木拱廊桥) are no
// places, and a list's first place does not take a character of the
// function word before it (其中|罗阳镇 masks 罗阳镇, not 中罗阳镇).
func TestHeritageBridgeAndListStart(t *testing.T) {
	got := maskedText(t, []string{
		"文成县2023年廊桥文化保护工作汇报",
		"全县现存木拱廊桥21座、风雨桥9座，其中大峃镇、珊溪镇分布最为集中。",
	})
	checkMasked(t, got, []string{"文成", "大峃", "珊溪"}, []string{"廊桥文化", "木拱廊桥21座", "风雨桥9座", "其中"})
}

// TestSameSuffixSiblings: a road or river listed beside one already found
// with the same last character is a place too, however gojieba reads it
// (荷叶路/n, 那/r 坡/n 河); ordinary words beside it (道路, 公路) are not.
func TestSameSuffixSiblings(t *testing.T) {
	got := maskedText(t, []string{
		"投资800万元实施金塔路、荷叶路提升改造，新建道路、公路和金塔路配套管网。",
		"百都河、那坡河沿岸种植八角。",
	})
	checkMasked(t, got, []string{"荷叶路", "那坡河", "百都河"}, []string{"新建道路、公路和", "沿岸种植八角"})
}

// TestSurnameShop: a shop named after its owner's surname and 记 is masked
// whole (not just its surname as a person); 牢记, 谨记 make no shop.
func TestSurnameShop(t *testing.T) {
	got := maskedText(t, []string{"王记烧饼铺、秦记羊肉馆等获评诚信示范店。", "要牢记使命，谨记店规。"})
	checkMasked(t, got, []string{"王记", "烧饼铺", "秦记", "羊肉馆"}, []string{"诚信示范店", "牢记使命", "谨记店规"})
}

// TestAdjectiveNamedBodyInList: a body whose own name is an adjective
// (宏远|检测|中心) is masked as a list item beside a generic body, which
// the default policy keeps.
func TestAdjectiveNamedBodyInList(t *testing.T) {
	got := maskedText(t, []string{"县农业科学研究所、宏远检测中心通过省级认定。"})
	checkMasked(t, got, []string{"宏远"}, []string{"县农业科学研究所", "通过省级认定"})
}

// TestVillageLandmarksAndRoadStart: a landmark named right after its
// village (青石村|竹林坪、) and a village opening a road's span
// (、坡月村至…) are places; 从乡到村, 各村到镇 name none.
func TestVillageLandmarksAndRoadStart(t *testing.T) {
	got := maskedText(t, []string{
		"百合乡青石村竹林坪、平孟镇平孟社区龙湾新建产业路。",
		"其中盘阳河生态修复、坡月村至百魔洞旅游公路进展顺利。",
		"从乡到村，从村至组，各村到镇。",
	})
	checkMasked(t, got, []string{"竹林坪", "坡月村", "青石村"}, []string{"从乡到村，从村至组，各村到镇", "生态修复", "旅游公路"})
}
