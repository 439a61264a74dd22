package anonymize

import (
	"strings"
	"testing"
)

// TestCountrysideAfterVerb: a verb and a word for the countryside in
// general (扎根山村, 走进乡村, 服务农村, 深入基层) name no place, whoever read
// them as one; a named village after the same verbs stays masked.
func TestCountrysideAfterVerb(t *testing.T) {
	got := maskedText(t, []string{
		"乡村医生刘某扎根山村三十年，守护群众健康。",
		"组织专家走进乡村开展义诊，引导人才服务农村、深入基层。",
		"工作队走进红岩村、扎根黄泥塘村，帮助发展产业。",
	})
	checkMasked(t, got, []string{"红岩村", "黄泥塘"}, []string{"扎根山村", "走进乡村", "服务农村", "深入基层"})
}

// TestCountrysideAt23 reads the rule itself on findings placed by hand:
// which spans it calls an ordinary phrase.
func TestCountrysideAt23(t *testing.T) {
	seg := testSeg(t)
	cases := []struct {
		text, span string
		ordinary   bool
	}{
		{"青竹村卫生室村医扎根山村20年。", "扎根山村", true},
		{"青竹村卫生室村医扎根山村20年。", "山村", true},
		{"医疗队走进乡村开展义诊。", "走进乡村", true},
		{"医疗队走进乡村开展义诊。", "进乡村", true},
		{"鼓励青年服务农村。", "服务农村", true},
		{"工作队走进龙山村调研。", "龙山村", false},     // a named village
		{"工作队走进龙山村调研。", "走进龙山村", false},   // a named village with its verb
		{"村医扎根山村20年。", "村医扎根山村", false},   // reaches before the verb
		{"同志们扎根山村小学任教。", "扎根山村小学", false}, // goes on past the word
		{"振兴乡村民议事会成立。", "振兴乡", false},     // a township, no countryside word
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		if b < 0 {
			t.Fatalf("%q not in %q", c.span, c.text)
		}
		f := Finding{Type: LOCATION, Text: c.span, Start: b, End: b + len(c.span)}
		if got := countrysideAt23(tt, f); got != c.ordinary {
			t.Errorf("%q in %q: ordinary %v, want %v", c.span, c.text, got, c.ordinary)
		}
	}
}

// TestOrdinaryPhrases23: the classes of keep23 on sentences of our own —
// parallel phrases and nature runs, slogans of four, kinds of body, a
// food workshop, kinds of business in a list, assessed sections, a
// technology, festivals, a chief's title, an award, a department's long
// name, a designated hospital — stay readable; the names beside them stay
// masked.
func TestOrdinaryPhrases23(t *testing.T) {
	got := maskedText(t, []string{
		"实施山水林田湖草沙系统治理项目3个，推进大江大河和中小河流治理。",
		"推广“以林养林”做法，个别村级服务点“有房无店”，运营困难。",
		"新建青山乡为农服务中心1个、县级养老服务指导中心1个，依托白沙镇劳务工作站转移就业800人。",
		"村民李建国在镇上经营的饵块加工坊年产值50万元。",
		"青溪镇石门村的“竹林小院”农家乐、白云乡观山民宿周末客满。",
		"长江青溪段、青溪河、鸬鹚湖国考、省考断面水质全部达标。",
		"推广北斗导航终端300台套，村里开起农家乐5家。",
		"举办苗瑶歌节、彝汉同胞联欢活动，县长王志强担任清水河城区段总河长。",
		"承建的教学楼获“天山杯”奖，大坝镇的苗家新寨开展回头看。",
		"由县文化体育广播电视和旅游局主办，县中医院纳入医保定点医院。",
	})
	checkMasked(t, got, []string{"青山乡", "白沙镇", "李建国", "竹林小院", "石门村", "王志强", "清水河", "鸬鹚湖", "大坝镇"},
		[]string{"山水林田湖草沙", "大江大河", "以林养林", "有房无店", "为农服务中心", "养老服务指导中心", "劳务工作站", "饵块加工坊",
			"农家乐、", "国考", "省考断面", "北斗导航", "农家乐5家", "苗瑶歌节", "彝汉同胞", "总河长", "天山杯", "苗家新寨", "广播电视", "医保定点医院"})
}

// TestKeep23Guards: what keep23 must leave masked — a person after 所以
// whose name repeats its surname, a village of a parallel shape, a lake
// glued to a village, a name before 长期, a family business with an
// owner, a county's short form before a cup, the technology name where
// the text names its township.
func TestKeep23Guards(t *testing.T) {
	got := maskedText(t, []string{
		"所以林建林同志带头捐款。",
		"上河下河村新修便道1公里。",
		"村主任王建河长期坚持走访。",
		"村民陈阿福农家乐年收入20万元。",
		"尖石村才让家庭牧场入选示范。",
		"北斗镇北斗导航服务站投入使用。",
		"黄山市举办首届“黄山杯”篮球赛。",
	})
	checkMasked(t, got, []string{"林建林", "上河下河", "王建河", "陈阿福", "才让", "北斗镇", "黄山"}, []string{"带头捐款", "新修便道", "长期坚持"})
	seg := testSeg(t)
	cases := []struct {
		text, span string
		ordinary   bool
	}{
		{"推进大江大河治理。", "大江大河", true},
		{"守护绿水青山。", "青山", true},
		{"上河下河村新修便道。", "上河下河", false},
		{"探索以田养田模式。", "田养田", true},
		{"所以林建林带头。", "林建林", false},
		{"完成山水林田湖草一体化保护。", "林田湖", true},
		{"沿江河湖村公路。", "江河湖", false},
	}
	for _, c := range cases {
		tt := newTokText(seg, c.text)
		b := strings.Index(c.text, c.span)
		f := Finding{Type: PERSON, Text: c.span, Start: b, End: b + len(c.span)}
		if got := ordinary23(tt, f); got != c.ordinary {
			t.Errorf("%q in %q: ordinary %v, want %v", c.span, c.text, got, c.ordinary)
		}
	}
}

// TestListItems23 reads the list-item filters of keep23 on findings made
// by hand: a kind of business is no place; a lake that runs into 国考 is
// cut down to the lake; an item that begins with 省考 is none.
func TestListItems23(t *testing.T) {
	item := func(s string) Finding {
		return Finding{Type: LOCATION, Text: s, Start: 10, End: 10 + len(s), Evidence: "list-item"}
	}
	if !listItemKind23(item("农家乐")) || listItemKind23(item("石板寨")) {
		t.Error("listItemKind23: 农家乐 is a kind, 石板寨 is not")
	}
	if g := listItemAssessTail23(item("鸬鹚湖国考")); g.Text != "鸬鹚湖" || g.End != 10+len("鸬鹚湖") {
		t.Errorf("鸬鹚湖国考 cut to %q", g.Text)
	}
	if g := listItemAssessTail23(item("省考断面")); g.Text != "" {
		t.Errorf("省考断面 kept as %q", g.Text)
	}
	if g := listItemAssessTail23(item("国考")); g.Text != "" {
		t.Errorf("国考 kept as %q", g.Text)
	}
	if g := listItemAssessTail23(item("白沙河")); g.Text != "白沙河" {
		t.Errorf("白沙河 changed to %q", g.Text)
	}
}
