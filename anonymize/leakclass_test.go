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
