package anonymize

import (
	"strings"
	"testing"
)

// TestCountedKind21a: a kind phrase the document counts (15个插花村) is a
// category, kept in every paragraph; named villages before 等+a count stay
// masked, and a count before 村民小组 counts the groups, not the village.
func TestCountedKind21a(t *testing.T) {
	got := maskedText(t, []string{
		"今年完成15个插花村搬迁，群众满意度达到97%。",
		"插花村搬迁后，土地复垦工作同步推进。",
		"共有18个抵关村实现通硬化路。",
		"红岩村、青峰村等5个边境村完成道路硬化。",
		"阿克苏村5个村民小组完成改厕。",
	})
	checkMasked(t, got, []string{"红岩村", "青峰村", "阿克苏村"}, []string{"15个插花村搬迁", "插花村搬迁后", "18个抵关村"})
	// a numeral after a unit's level numbers a sub-unit, it counts nothing:
	// the factory of a bureau's third division stays masked (the merged
	// rule had read 三处|甲乙服装厂 as "three of them" and kept it readable)
	got = maskedText(t, []string{"中铁七局三处红梅服装厂坚持开展文体活动。"})
	checkMasked(t, got, []string{"红梅服装厂"}, nil)
	// a count before a body's members counts the members: under strict the
	// body stays masked (〔机构〕成员国)
	paras := []string{"论坛吸引了40余个联合国成员国的青年代表。"}
	red := New(testSeg(t), StrictPolicy(), Placeholder).Analyze(paras)
	if out := red.Apply(paras[0]); strings.Contains(out, "联合国") {
		t.Errorf("strict: a body before its counted members was kept: %q", out)
	}
}

// TestFamilyFarmKind21a: a family farm's kind stays readable after its
// masked name; a farm named by its produce or grade stays whole.
func TestFamilyFarmKind21a(t *testing.T) {
	got := maskedText(t, []string{
		"返乡青年崔东浩创办的青禾家庭农场种植蓝莓80亩。",
		"石桥镇李长河家庭林场培育苗木200亩。",
		"全县认定省级示范家庭农场27家，黄桃家庭农场户均增收5万元。",
	})
	checkMasked(t, got, []string{"崔东浩", "青禾", "石桥镇", "李长河"}, []string{"〕家庭农场种植", "〕家庭林场培育", "省级示范家庭农场", "黄桃家庭农场"})
}

// TestSuperlative21a: a superlative opens no place or body name: honour
// titles of a kind word (最美渡口人, 最美水库人) and the national bodies
// named 最高 stay readable.
func TestSuperlative21a(t *testing.T) {
	got := maskedText(t, []string{
		"船工蒋大川被评为全市“最美渡口人”。",
		"水库管理员孔德林获评“最美水库人”。",
		"最高人民检察院通报表扬了县检察院。",
	})
	checkMasked(t, got, []string{"蒋大川", "孔德林"}, []string{"最美渡口人", "最美水库人", "最高人民检察院"})
}

// TestProbe21a is the round's probe as a table: ordinary instances of the
// three classes that must stay readable.
func TestProbe21a(t *testing.T) {
	keep := []string{
		"全县共有9个易地搬迁村。", "今年新认定14个集体经济薄弱村。", "乡里确定了5个民族团结示范村。",
		"对7个软弱涣散村党组织进行整顿。", "全区23个老旧小区完成改造。", "累计建成11个智慧农贸市场。",
		"培育10个一村一品专业村。", "建成两个高原渔业码头。", "全市12个城郊融合村纳入规划。",
		"将4个空壳村纳入重点帮扶。", "确定9个生态移民村为示范点。", "培育5家乡村旅游重点村。",
		"货运站站长被评为全省“最美车站人”。", "全县开展“最美河湖”评选。", "文化站干部获评“最美文化站长”。",
		"一批家庭农场和农民合作社发展壮大。",
	}
	got := maskedText(t, keep)
	for _, k := range keep {
		checkMasked(t, got, nil, []string{k})
	}
}

// TestVerbDivision21a: a work verb read with the generic unit after it
// (盘活|嘎查, 包联|嘎查, 做强|村) is no division; villages of a verb's name
// and units named after their town stay masked.
func TestVerbDivision21a(t *testing.T) {
	got := maskedText(t, []string{
		"盘活嘎查闲置草场3万亩，包联嘎查干部全部到岗。",
		"激活社区闲置资源，做强村集体经济。",
		"深入苏木嘎查开展宣讲80场。",
		"团结村和建设村的集体经济收入均超过20万元。",
		"胡斯台嘎查牧民人均收入增长9%。",
	})
	checkMasked(t, got, []string{"团结村", "建设村", "胡斯台嘎查"}, []string{"盘活嘎查闲置", "包联嘎查干部", "做强村集体经济", "深入苏木嘎查"})
}
