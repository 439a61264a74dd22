package anonymize

import (
	"strings"
	"testing"
)

// Villages and communities whose stem is in the village gazetteer, cut
// apart or glued to the word before by gojieba.
func TestGazetteerUnits15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"网格员每天到北那社区走访独居老人。", "北那社区", "走访"},
		{"我们赴尉家庄社区学习垃圾分类经验。", "尉家庄社区", "学习"},
		{"疫苗接种点设在杏花营社区服务站。", "杏花营社区", "服务站"},
		{"上阵村的茶叶合作社带动农户一百二十户。", "上阵村", "茶叶合作社"},
		{"驻复建村工作队帮助修通了产业路。", "复建村", "工作队"},
		{"投资八十万元改造万前村饮水工程。", "万前村", "饮水工程"},
	})
}

// A stem before 村民 is masked alone: 村民 stays readable.
func TestGazetteerUnitVillagers15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "上阵村民主动参加义务植树。")
	if strings.Contains(out, "上阵") || !strings.Contains(out, "村民主动") {
		t.Errorf("got %s", out)
	}
}

// Kinds and counts of villages are no names.
func TestGazetteerUnitsKeep15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkOrdinary15(t, a, []string{
		"全县建成省级示范村十二个，书香社区五个。",
		"乡镇和社区两级服务中心全部达标。",
		"三个村的集体经济收入均超过二十万元。",
		"城郊村和移民村的污水管网同步建设。",
	})
}

// People named by a surname and a kinship title, or by 老 and a surname.
func TestKinPersons15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"村里的国阿姨每天都到卫生室量血压。", "国阿姨", ""},
		{"修大爷告诉我们，今年的玉米卖了好价钱。", "修大爷", ""},
		{"我们来到老冉家中，看了他新盖的羊圈。", "老冉", ""},
		{"在印婶的带动下，妇女们学会了刺绣。", "印婶", ""},
		{"晚上我们住在老揭家里，听他讲种茶的故事。", "老揭", ""},
		{"老桂拉着我们去看他的新果园。", "老桂", ""},
	})
	checkOrdinary15(t, a, []string{
		"两位大爷主动报名当了护林员。",
		"青年志愿者向大爷大妈讲解反诈知识。",
		"老师和学生一起参加了植树活动。",
		"新增资金和老钱要统筹使用。",
	})
}

// Gazetteer full names glued to a preposition or a particle, or whose
// stem gojieba read as a name or a numeral.
func TestGluedFullNames15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"以金堆镇为重点，推广林下养鸡。", "金堆镇", "推广"},
		{"以昭君镇为样板，打造民族团结进步示范区。", "昭君镇", "样板"},
		{"由千户镇牵头成立了联合党委。", "千户镇", "牵头"},
	})
	checkOrdinary15(t, a, []string{
		"新建镇卫生院住院楼一栋，改造村卫生室八个。",
		"全市重点镇建设加快，民族乡发展稳步推进。",
		"距离县城以东十五公里的山区新建了水厂。",
	})
}

// Short forms of prefectures and counties that gojieba read as another
// word, with a place word on each side.
func TestPlaceShorts15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"县委组织干部赴孝感考察学习数字乡村建设。", "孝感", "考察学习"},
		{"今年承接平凉产业转移项目四个。", "平凉", "产业转移"},
		{"在崇仁设立了特色农产品展销中心。", "崇仁", "设立"},
		{"与恩施签订文旅合作协议，互送客源。", "恩施", "签订"},
		{"开通了到新余的冷链专线。", "新余", "冷链专线"},
	})
	checkOrdinary15(t, a, []string{
		"在日照充足的坡地种植中药材。",
		"档案袋开封后须当场登记。",
		"各地做法大同小异，关键在落实。",
	})
}

// Two-character names gojieba left as one unknown word, with a
// preposition or a clause edge before and a verb of people after.
func TestUnknownNames15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"会后，辜姝传达了全省防汛工作会议精神。", "辜姝", ""},
		{"向付库等同志颁发了优秀网格员证书。", "付库", ""},
		{"由时坚负责全镇秸秆禁烧督查。", "时坚", ""},
	})
	checkOrdinary15(t, a, []string{
		"完成安全防护工程十二公里，危桥改造五座。",
		"冷链物资全部实现溯源管理。",
	})
}

// Readings that swallowed ordinary words around a name: the name stays
// masked, the words come back.
func TestOverMasks15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	checkGone15(t, a, []goneKept15{
		{"组织合作社参加在锦州举办的年货节。", "锦州", "举办"},
		{"全年接待湖北客商考察团六批次。", "湖北", "考察团"},
		{"以大佛镇为中心建设物流集散点。", "大佛镇", "中心"},
		{"青龙镇一带山多地少，耕地分散。", "青龙镇", "一带山多"},
		{"祝海说：“合作社分红了，心里踏实。”", "祝海", "说："},
		{"我们来到老聂家中，了解他家的收支情况。", "老聂", "家中"},
	})
}

// A place glued to 籍 after it is masked; 中国籍 stays.
func TestNativePlaces15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "全镇有四川籍务工人员八百余人，中国籍船员三人。")
	if strings.Contains(out, "四川") || !strings.Contains(out, "籍务工人员") || !strings.Contains(out, "中国籍船员") {
		t.Errorf("got %s", out)
	}
}

// A name gojieba did not know, right after a noun for a person, is the
// person's, even before a noun (退休教师|X|义务).
func TestNounNames15(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "退休教师章币义务辅导留守儿童，村民代表大会一致通过。")
	if strings.Contains(out, "章币") || !strings.Contains(out, "义务辅导") || !strings.Contains(out, "村民代表大会") {
		t.Errorf("got %s", out)
	}
}

// goneKept15 is a text whose gone must be masked and whose kept must stay
// readable (an empty kept asks nothing).
type goneKept15 struct{ text, gone, kept string }

// checkGone15 analyzes each case's text alone and reports a gone left
// readable or a kept lost.
func checkGone15(t *testing.T, a *Anonymizer, cases []goneKept15) {
	t.Helper()
	for _, c := range cases {
		out, _ := analyzeLines(t, a, c.text)
		if strings.Contains(out, c.gone) {
			t.Errorf("%s → %s: %q readable", c.text, out, c.gone)
		}
		if !strings.Contains(out, c.kept) {
			t.Errorf("%s → %s: %q lost", c.text, out, c.kept)
		}
	}
}

// checkOrdinary15 analyzes each ordinary phrase alone and reports any
// masking of it.
func checkOrdinary15(t *testing.T, a *Anonymizer, texts []string) {
	t.Helper()
	for _, s := range texts {
		if out, _ := analyzeLines(t, a, s); out != s {
			t.Errorf("%s → %s: an ordinary phrase was masked", s, out)
		}
	}
}
