package anonymize

import (
	"strings"
	"testing"
)

// rareProbe21c is the round's probe of names of rare surnames that no
// tier held (丘, 零, 磨, 俸, 郯, 菅, 汝, 凤, 郤) in a person's frame
// (class rareFrames21c), each a different role and verb, and ordinary
// text in which the same characters open words after a role or a person:
// sentence, the name that must go, the words that must stay.
var rareProbe21c = []struct{ text, name, keep string }{
	{"村医丘美玲每周上门为留守老人测量血压。", "丘美玲", "村医,测量血压"},
	{"县农技站站长丘志远在田间讲解病虫害防治。", "丘志远", "站长,病虫害防治"},
	{"蔗农零德明说，今年甘蔗亩产超过6吨。", "零德明", "蔗农,甘蔗亩产"},
	{"屯长磨正林组织群众修建水柜。", "磨正林", "屯长,修建水柜"},
	{"网格员俸立新入户排查安全隐患。", "俸立新", "网格员,安全隐患"},
	{"非遗传承人郯秀云带徒20人传授刺绣技艺。", "郯秀云", "传承人,刺绣技艺"},
	{"果农菅志强引进新品种苹果。", "菅志强", "果农,新品种苹果"},
	{"民警汝海鹏破获电信诈骗案件一起。", "汝海鹏", "民警,电信诈骗"},
	{"驾驶员凤国良在暴雨中转移群众30人。", "凤国良", "驾驶员,转移群众"},
	{"邀请专家丘永康、零海燕等到现场指导。", "丘永康,零海燕", "邀请专家,现场指导"},
	{"由零宏杰同志主持会议。", "零宏杰", "同志,主持会议"},
	{"经研究，决定给予郤长青同志记功奖励。", "郤长青", "记功奖励"},
	{"研究员荀嘉禾在座谈会上介绍了新品种。", "荀嘉禾", "研究员,座谈会"},
	// ordinary text: the same characters open words after a role or a person
	{"党员零距离服务群众，解决急难愁盼问题。", "", "党员零距离服务群众"},
	{"实现施工人员零伤亡。", "", "人员零伤亡"},
	{"农户零散种植改为连片经营。", "", "农户零散种植"},
	{"企业办事实现群众零跑腿。", "", "群众零跑腿"},
	{"政务服务窗口实现用户零等待、零差评。", "", "用户零等待,零差评"},
	{"家长零花钱管理讲座进校园。", "", "家长零花钱"},
	{"客户凤梨订单增长三成。", "", "客户凤梨订单"},
	{"技术人员弓背作业时间减少。", "", "技术人员弓背作业"},
	{"农户丘陵地带种植油茶5000亩。", "", "农户丘陵地带"},
	{"零售业销售额同比增长8.5%。", "", "零售业"},
	{"安全生产实现零事故目标，对腐败问题坚持零容忍。", "", "零事故,零容忍"},
	{"磨坊改造为乡村文化展示馆，粘虫防治面积3万亩。", "", "磨坊,粘虫防治"},
	{"零工市场为灵活就业人员提供服务。", "", "零工市场"},
	{"磨砺意志，担当作为。", "", "磨砺意志"},
	{"矫正对象全部纳入社区管理。", "", "矫正对象"},
	{"哈密瓜种植面积扩大到2000亩。", "", "哈密瓜"},
}

// TestRareFrames21c (class rareFrames21c): the probe's names are masked
// whole and its ordinary words stay.
func TestRareFrames21c(t *testing.T) {
	var paras []string
	for _, p := range rareProbe21c {
		paras = append(paras, p.text)
	}
	a := New(testSeg(t), nil, Placeholder)
	red := a.Analyze(paras)
	for _, p := range rareProbe21c {
		got := red.Apply(p.text)
		for _, nm := range strings.Split(p.name, ",") {
			if nm == "" {
				continue
			}
			rs := []rune(nm)
			if strings.Contains(got, string(rs[1:])) || strings.Contains(got, string(rs[0])+"〔") {
				t.Errorf("%q survived: %s", nm, got)
			}
		}
		for _, k := range strings.Split(p.keep, ",") {
			if k != "" && !strings.Contains(got, k) {
				t.Errorf("%q was masked: %s", k, got)
			}
		}
	}
}

// TestRareFrames21cReader: the reader itself finds the name in a role's
// frame and leaves a word of the same surname character alone.
func TestRareFrames21cReader(t *testing.T) {
	seg := testSeg(t)
	for _, c := range []struct{ text, want string }{
		{"护理员零春燕通过培训取得证书。", "零春燕"},
		{"由丘晓峰同志主持。", "丘晓峰"},
		{"驻村工作人员零距离服务群众。", ""},
		{"全县实现零事故。", ""},
	} {
		tt := newTokText(seg, c.text)
		got := ""
		for _, f := range rareFrames21c(tt, nil) {
			got = f.Text
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}
