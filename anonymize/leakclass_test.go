package anonymize

import (
	"strings"
	"testing"
)

// Classes of leaks found by the cross-path leak test, each written with
// other names than the fixture's.

func TestNamedCooperative(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "青山养殖专业合作社带动农户增收，蔬菜种植专业合作社和农民专业合作社也有发展。\n红叶果业合作社、村集体经济合作社、名师工作室")
	for _, s := range []string{"青山养殖专业合作社", "红叶果业合作社"} {
		if strings.Contains(out, s) {
			t.Errorf("named cooperative %q survived: %s", s, out)
		}
	}
	for _, s := range []string{"蔬菜种植专业合作社", "农民专业合作社", "村集体经济合作社", "名师工作室"} {
		if !strings.Contains(out, s) {
			t.Errorf("generic %q was masked: %s", s, out)
		}
	}
}

func TestClanVillage(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "镇长三次到李家村调研，又去了赵庄村和陈湾村。全村、本村和各村都已完成。")
	for _, s := range []string{"李家村", "赵庄村", "陈湾村"} {
		if strings.Contains(out, s) {
			t.Errorf("village %q survived: %s", s, out)
		}
	}
	for _, s := range []string{"全村", "本村", "各村"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q was masked: %s", s, out)
		}
	}
}

// TestFileNameAlone: a file name de-identified without any document text
// (the error path) still loses a bare personal name.
func TestFileNameAlone(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	for _, name := range []string{"李国华的报告", "王芳述职报告", "2023_刘洋_总结", "陈思远", "周敏工作汇报"} {
		red := a.Analyze(nil, name)
		got := red.Apply(name + ".pdf")
		if !strings.Contains(got, "〔人名") {
			t.Errorf("%s.pdf → %s: the name was kept", name, got)
		}
	}
	for _, name := range []string{"关于高新技术企业申报的汇报", "工作总结", "政府工作报告"} {
		red := a.Analyze(nil, name)
		if got := red.Apply(name); got != name {
			t.Errorf("%s → %s: an ordinary file name was masked", name, got)
		}
	}
}

// Classes of leaks found on reports-dev, written with other names.
func TestPlaceClasses(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	cases := []struct{ text, gone, kept string }{
		// a village named without its suffix, from the village list
		{"加快青岚民国村建设。", "青岚", "建设"},
		// an ordinary-looking short form joined to a place already found
		{"沙坪和水口断面水质达标。", "水口", "断面"},
		// roads in a list with their lengths
		{"村道石岭路4公里、何冲路1公里、凤鸣山路1公里。", "凤鸣山", "公里"},
		// a road without a county suffix before its kind
		{"平宜快速通道等工程已完成。", "平宜", "工程"},
		// quoted names of rural projects
		{"抓好“青岚飞瀑”“红色羊角寨”田园综合体建设，落实“一事一议”。", "青岚飞瀑", "一事一议"},
		// a bank's usual short name
		{"建行和农行援助0.5亿元。", "建行", "援助"},
		// an enterprise list whose items mostly read as enterprises
		{"做好锦豪旗袍、扁鹊熬婆酱菜、尚雅服饰、卓远食用油服务。", "锦豪旗袍", "做好"},
		// a count of villages after the list makes it a list of places
		{"由原杏林乡的石岭、柿园、何冲、梅桥四村合并而成。", "梅桥", "合并"},
	}
	for _, c := range cases {
		out, _ := analyzeLines(t, a, c.text)
		if strings.Contains(out, c.gone) {
			t.Errorf("%q survived: %s", c.gone, out)
		}
		if !strings.Contains(out, c.kept) {
			t.Errorf("%q was masked: %s", c.kept, out)
		}
	}
	// ordinary words that are also village names stay
	out, _ := analyzeLines(t, a, "面对三大攻坚战和新冠肺炎疫情，上齐设备和人员。")
	for _, s := range []string{"三大攻坚战", "新冠肺炎", "上齐"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q was masked: %s", s, out)
		}
	}
}

// TestOrgBodies: publishers and factories are read by their longest suffix
// (出版社, not 社), a place a few nouns before a one-character suffix makes
// a named body, and one-word bodies are masked by the strict policy only.
func TestOrgBodies(t *testing.T) {
	seg := testSeg(t)
	def := New(seg, nil, Placeholder)
	out, _ := analyzeLines(t, def, "青州市技术监督局和柳河电影制片厂联合发布，由教育部指导。")
	for _, s := range []string{"青州市技术监督局", "柳河电影制片厂"} {
		if strings.Contains(out, s) {
			t.Errorf("%q survived: %s", s, out)
		}
	}
	if !strings.Contains(out, "教育部") {
		t.Errorf("a national body was masked by the default policy: %s", out)
	}
	strict := New(seg, StrictPolicy(), Placeholder)
	out, _ = analyzeLines(t, strict, "办事处认真研究，外交部长表示支持，代表团到访。")
	for _, s := range []string{"办事处", "外交部", "代表团"} {
		if strings.Contains(out, s) {
			t.Errorf("strict kept the body %q: %s", s, out)
		}
	}
}

// TestKeptTitles: a county's honorific title and an old village's land are
// no place names.
func TestKeptTitles(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	out, _ := analyzeLines(t, a, "先后获得“中国长寿之乡”“中国诗词之乡”称号，实施旧村土地复耕。")
	for _, s := range []string{"中国长寿之乡", "旧村土地复耕"} {
		if !strings.Contains(out, s) {
			t.Errorf("%q was masked: %s", s, out)
		}
	}
}

// TestCommitteeNames: a committee or association named with a verb inside
// its name is one body (strict), and a news agency needs no name part.
func TestCommitteeNames(t *testing.T) {
	a := New(testSeg(t), StrictPolicy(), Placeholder)
	out, _ := analyzeLines(t, a, "省残疾人工作协调委员会和新华社联合发布。")
	for _, s := range []string{"协调委员会", "新华社"} {
		if strings.Contains(out, s) {
			t.Errorf("%q survived: %s", s, out)
		}
	}
}
