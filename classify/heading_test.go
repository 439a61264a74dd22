package classify

import "testing"

// TestHeadingVariants checks section headings phrased in ways the training
// reports do not use, as real reports phrase them: each names its
// section's category on its own (the strong cues, or the weak problem
// words at the top level as buildOutline reads them).
func TestHeadingVariants(t *testing.T) {
	cases := map[string][]string{
		Achievement: {"已开展的工作", "工作实绩", "主要业绩", "项目建设情况", "主要工作和体会",
			"采取的主要措施", "德：坚定理想信念", "勤：爱岗敬业", "廉：严守纪律", "上半年工作完成情况", "主要做法和成效"},
		Problem: {"需要解决的问题", "需要协调解决的主要问题", "问题与挑战", "困难和挑战", "风险挑战", "原因分析",
			"制约发展的主要因素", "存在的隐患", "主要困难", "工作中的不足", "不足与差距", "存在的短板"},
		Plan: {"改进措施", "整改措施", "改进方向", "未来工作设想", "初步设想", "拟采取的措施", "拟采取的主要措施",
			"请求解决的事项", "需要上级支持的事项", "请求事项", "工作谋划", "几点思考", "请求帮助解决的问题", "下半年工作思路"},
		Other: {"基本情况", "工作背景", "县情概况"},
	}
	for want, hs := range cases {
		for _, h := range hs {
			line := "二、" + h
			got, cue := headingCategory(line)
			if got == "" && weakHeadingCategory(line) == Problem {
				got, cue = Problem, "weak"
			}
			if got != want {
				t.Errorf("%s: got %q (cue %q), want %s", line, got, cue, want)
			}
		}
	}
	// a sub-heading that names a remedy is no problem heading
	if got, _ := headingCategory("（二）安全隐患排查整治"); got == Problem {
		t.Errorf("安全隐患排查整治 read as a problem heading")
	}
}

// TestSectionNotTitle checks two structure rules: under a title, a line
// that names a section in a style outline does not number (【存在问题】,
// 壹、, I.) is a heading, not a second title line; and a short line that
// ends a sentence (建议上级部门加大支持力度。) is body text, not a heading,
// whatever cue it holds.
func TestSectionNotTitle(t *testing.T) {
	for _, text := range []string{
		"县水务局工作汇报\n【工作成效】\n全年完成投资3亿元。\n【存在问题】\n资金紧张，人才缺乏。",
		"县水务局工作汇报\n壹、工作回顾\n全年完成投资3亿元。\n贰、存在问题\n资金紧张，人才缺乏。",
	} {
		a, in := analyzeText(t, text)
		if r := a.Results[1]; r.Role != RoleHeading || r.Category != Achievement {
			t.Errorf("%q: role %s category %s, want an achievement heading", in[1].Text, r.Role, r.Category)
		}
		if r := a.Results[0]; r.Role != RoleTitle {
			t.Errorf("%q: role %s, want title", in[0].Text, r.Role)
		}
	}
	a, in := analyzeText(t, "三、意见建议\n建议上级部门加大支持力度。\n建立考核奖惩机制，将结果纳入年度考核。")
	if r := a.Results[find(t, in, "建议上级部门")]; r.Role != RoleBody || r.Category != Plan {
		t.Errorf("a sentence under 意见建议: role %s category %s, want a plan body paragraph", r.Role, r.Category)
	}
}
