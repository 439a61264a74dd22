package anonymize

import "testing"

// TestScenicNamesWithLooseParts18: a scenic spot whose name gojieba cuts
// into single characters or opens with a numeral word (…|口景区, 千年|…
// 景区), one whose kind it glues to 国家 (…国家森林公园) and a martyrs'
// cemetery are masked; a count before the kind (两大景区, 三个景区), a
// word after a number (800余人到…) and a preposition (民宿沿景区) are no
// names.
func TestScenicNamesWithLooseParts18(t *testing.T) {
	got := maskedText(t, []string{
		"完成黑都岔景区游步道改造，黑都岔景区游客中心投入使用。",
		"为千年蝠洞景区提升改造提供要素保障。",
		"退役军人被聘为拉姆玉则景区生态管护员。",
		"依托五道水国家森林公园发展康养旅游。",
		"完成蔡家岙烈士陵园修缮，清明节组织师生800余人到烈士陵园祭扫。",
		"两大景区、三个景区接待游客增长一成，引导民宿沿景区布局。",
	})
	checkMasked(t, got, []string{"黑都岔", "千年蝠洞", "拉姆玉则", "五道水", "蔡家岙"},
		[]string{"景区游步道改造", "景区游客中心", "景区提升改造", "景区生态管护员", "国家森林公园发展康养旅游", "烈士陵园修缮",
			"800余人到烈士陵园祭扫", "两大景区、三个景区接待游客", "民宿沿景区布局"})
}

// TestPersonListItems18: in a list of persons opened by a word for them
// (志愿者, 队员) or closed by another person, an item that the surname
// table or the character statistics pass by (a rare surname before an
// ordinary word, a Mongolian name in 其) is masked; ordinary items of the
// same lists (其他党员, 村民代表) stay.
func TestPersonListItems18(t *testing.T) {
	got := maskedText(t, []string{
		"志愿者李俊、代永旺每月为空巢老人义务理发。",
		"队员巴特尔、其乐格在全市摔跤比赛中获奖。",
		"志愿者李俊、其他党员每月走访，镇村干部许文涛、村民代表共同参与调解。",
	})
	checkMasked(t, got, []string{"代永旺", "其乐格", "乐格", "其〔", "李俊", "许文涛"},
		[]string{"每月为空巢老人", "在全市摔跤比赛中获奖", "、其他党员每月走访", "、村民代表共同参与调解"})
}

// TestQuotedShopsOverInnerReadings18: a shop or account named in quotes is
// masked whole even where another recognizer read a part of it (松阿 as a
// name, 拉林河 as a river: …河畔 stayed readable around the mask); a
// quoted place and product (桦甸人参) keeps its product word.
func TestQuotedShopsOverInnerReadings18(t *testing.T) {
	got := maskedText(t, []string{
		"合作社通过“拉林河畔”网店销售土鸡蛋。",
		"合作社通过“松阿河畔”网店销售木耳。",
		"合作社开设网店“桦甸人参”，年销售额300万元。",
	})
	checkMasked(t, got, []string{"河畔", "畔”", "拉林", "松阿", "桦甸"},
		[]string{"网店销售土鸡蛋", "网店销售木耳", "人参”，年销售额"})
}

// TestNamesAfterGluedPersonNoun18: a name right after a word for a person
// whose last character gojieba glued to the name (村|医其|…) is masked; a
// word in 员 before a compound (网格员微信群) and 村医 before an ordinary
// word stay.
func TestNamesAfterGluedPersonNoun18(t *testing.T) {
	got := maskedText(t, []string{
		"嘎查里只有一名村医其日格，一个人服务农牧民900余人。",
		"建立网格员微信群，村医生活补助按时发放。",
	})
	checkMasked(t, got, []string{"其日格", "日格"}, []string{"一名村医", "网格员微信群", "村医生活补助"})
}
