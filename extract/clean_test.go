package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huibao/outline"
)

func texts(ps []Paragraph) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// Ad lines of our own invention around report lines that share some of
// their words: the ads go, the report lines stay.
func TestCleanOwnAds(t *testing.T) {
	report := []string{
		"关于全县文化旅游工作情况的汇报",
		"一、主要工作成效",
		"全县发展工会会员1200名，组织职工培训36场。",
		"搭建免费咨询平台，全年提供政策服务5600人次。",
		"（二）整合资料平台",
		"群众满意度达到96.5%。",
		"二、下步工作打算",
		"加强项目谋划，力争全年接待游客300万人次。",
	}
	ads := []string{
		"本文由红枫公文网整理 仅供参考",
		"红枫公文网",
		"开通VIP会员即可下载本站全部资料",
		"每日更新 实时分享",
		"关注公众号：hongfeng_gw 领取更多材料",
		"第3页 共9页",
		"— 4 —",
		"二、下步工作打算………………………7",
		"红枫公文网整理，客服QQ：27182818",
	}
	var ps []Paragraph
	ps = append(ps, Paragraph{Text: ads[0]}, Paragraph{Text: ads[1]}, Paragraph{Text: ads[2]}, Paragraph{Text: ads[3]})
	for i, r := range report {
		ps = append(ps, Paragraph{Text: r})
		if i == 2 {
			ps = append(ps, Paragraph{Text: ads[5]}, Paragraph{Text: ads[4]})
		}
		if i == 5 {
			ps = append(ps, Paragraph{Text: ads[6]})
		}
		if i == 0 {
			ps = append(ps, Paragraph{Text: ads[7]})
		}
	}
	ps = append(ps, Paragraph{Text: ads[8]})
	// An inline watermark inside a real line.
	ps[len(ps)-2].Text += " www.hongfeng-gw.com (www.hongfeng-gw.com)"
	doc := &Document{Paragraphs: ps}
	Clean(doc)
	got := texts(doc.Paragraphs)
	if strings.Join(got, "\n") != strings.Join(report, "\n") {
		t.Errorf("cleaned text:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(report, "\n"))
	}
	if len(doc.Removed) != len(ads) {
		t.Errorf("removed %d lines, want %d: %q", len(doc.Removed), len(ads), doc.Removed)
	}
}

// A long report sentence that also gives a QQ contact is prose, not an ad:
// it keeps its figures (the number is masked later by anonymize), while a
// long line made of ad words and a contact still goes.
func TestCleanKeepsLongLineWithContact(t *testing.T) {
	keep := "全年引进高层次科研人才30名以上，培育科技型中小企业12家，新增发明专利45件，联系电话13812345678，服务QQ：20615706。"
	contact := "联系人：张三，电话：0931-8765432，邮箱：zhangsan@qsfgj.gov.cn。"
	doc0 := &Document{Paragraphs: []Paragraph{{Text: "关于全县科技工作情况的汇报"}, {Text: contact}}}
	Clean(doc0)
	if got := texts(doc0.Paragraphs); len(got) != 2 {
		t.Errorf("the report's own contact line was dropped: %q", got)
	}
	drop := "本站整理各类公文范文，开通会员即可免费下载全部资料，禁止转载，如需更多材料请联系客服QQ：27182818，每日更新实时分享，欢迎收藏本站。"
	doc := &Document{Paragraphs: []Paragraph{{Text: "关于全县科技工作情况的汇报"}, {Text: keep}, {Text: drop}}}
	Clean(doc)
	got := texts(doc.Paragraphs)
	if len(got) != 2 || got[1] != keep {
		t.Errorf("cleaned text %q, want the title and the report sentence only", got)
	}
}

// TestCleanKeepsInfringementCase: a market-supervision report speaks of
// 侵权 again and again (侵权行为, 侵权产品, 侵权商品); that is the case it
// reports, not a resale notice, and the paragraph with the penalty must
// stay. A notice saying 如有侵权 … 侵删 still goes.
func TestCleanKeepsInfringementCase(t *testing.T) {
	keep := "经查，当事人生产销售侵权产品，我局依法责令其立即停止侵权行为，没收侵权商品和专门用于制造侵权商品的工具，并处罚款8.5万元。"
	drop := "本文来源于网络整理，仅供学习交流，如有侵权请联系删除。"
	doc := &Document{Paragraphs: []Paragraph{{Text: "关于查处一起商标侵权案件的情况报告"}, {Text: keep}, {Text: drop}}}
	Clean(doc)
	got := texts(doc.Paragraphs)
	if len(got) != 2 || got[1] != keep {
		t.Errorf("cleaned text %q, want the title and the case paragraph only", got)
	}
}

func TestCleanRepeatedRunningHeader(t *testing.T) {
	var ps []Paragraph
	for i := 0; i < 4; i++ {
		ps = append(ps, Paragraph{Text: "东岭县人民政府工作报告"}, Paragraph{Text: "全县经济运行平稳，主要指标好于预期。"})
	}
	doc := &Document{Paragraphs: ps}
	Clean(doc)
	for _, p := range doc.Paragraphs {
		if p.Text == "东岭县人民政府工作报告" {
			t.Fatalf("running header kept: %q", texts(doc.Paragraphs))
		}
	}
	if len(doc.Paragraphs) != 4 {
		t.Fatalf("body lines lost: %q", texts(doc.Paragraphs))
	}
}

// The example report: the resale furniture goes, the report stays, and the
// DOCX gives the same paragraphs as the TXT.
func TestExampleReport(t *testing.T) {
	dir := xSharedDir(t, "examples")
	var prev []string
	for _, ext := range []string{"txt", "docx"} {
		b, err := os.ReadFile(filepath.Join(dir, "talent-work-briefing."+ext))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(context.Background(), "example."+ext, b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		all := strings.Join(texts(doc.Paragraphs), "\n")
		for _, banned := range []string{"酷乐文行", "仅供学习", "会员群", "订阅", "QQ206157060"} {
			if strings.Contains(all, banned) {
				t.Errorf("%s: %q survived cleaning", ext, banned)
			}
		}
		// Every line of the raw file that cleaning dropped must be furniture:
		// none of the report's headings or numbered paragraphs.
		for _, r := range doc.Removed {
			if _, ok := outline.Parse(r); ok || strings.HasSuffix(r, "。") {
				t.Errorf("%s: report line removed: %q", ext, r)
			}
		}
		heads := 0
		for _, p := range doc.Paragraphs {
			if p.Heading && p.Level == 1 {
				heads++
			}
		}
		if heads != 3 {
			t.Errorf("%s: %d level-1 headings, want 3", ext, heads)
		}
		got := texts(doc.Paragraphs)
		if prev != nil && strings.Join(prev, "\n") != strings.Join(got, "\n") {
			t.Errorf("docx paragraphs differ from txt:\n%q\n%q", got, prev)
		}
		prev = got
	}
}

// The development set: cleaning must not drop any paragraph the gold
// annotation relies on.
func TestCleanKeepsDevReports(t *testing.T) {
	dir := xSharedDir(t, "data/reports-dev")
	golds, _ := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if len(golds) == 0 {
		t.Skip("no gold files")
	}
	for _, g := range golds {
		var gold struct {
			MustKeep   []string `json:"must_keep"`
			Paragraphs []struct {
				Contains string `json:"contains"`
			} `json:"paragraphs"`
		}
		gb, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(gb, &gold); err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(g), ".json")
		b, err := os.ReadFile(filepath.Join(dir, "docs", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Extract(context.Background(), name+".txt", b, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		all := squash(strings.Join(texts(doc.Paragraphs), ""))
		want := gold.MustKeep
		for _, p := range gold.Paragraphs {
			want = append(want, p.Contains)
		}
		for _, w := range want {
			if !strings.Contains(all, squash(w)) {
				t.Errorf("%s: lost %q (removed: %q)", name, w, doc.Removed)
			}
		}
	}
}

// A long report paragraph about a chamber of commerce or a union names its
// members again and again; one repeated word is not an ad, a string of
// different ad words is.
func TestCleanRepeatedMemberWord(t *testing.T) {
	keep := "县个体私营企业协会每半年召开一次会员座谈会，请税务、市场监管等部门为会员讲解减税降费和稳岗补贴政策，全年帮助36家会员企业申报贷款贴息资金420万元，会员企业满意度达到98%。"
	drop := "开通会员即可免费下载本站全部范文资料，联系客服领取更多公文材料，每日更新实时分享，欢迎收藏转发给需要的朋友，感谢大家一直以来的支持与关注，祝工作顺利。"
	doc := &Document{Paragraphs: []Paragraph{{Text: "一、主要工作"}, {Text: keep}, {Text: drop}, {Text: "二、下步打算"}}}
	Clean(doc)
	got := strings.Join(texts(doc.Paragraphs), "\n")
	if !strings.Contains(got, keep) {
		t.Errorf("report paragraph with a repeated 会员 was dropped:\n%s", got)
	}
	if strings.Contains(got, "本站全部范文") {
		t.Errorf("ad paragraph kept:\n%s", got)
	}
}

// TestCleanKeepsRepeatedMemberWord: a short sentence that says 会员 twice
// (about associations) is report prose, not an ad; an ad line with two
// different strong words (会员, 客服) still goes.
func TestCleanKeepsRepeatedMemberWord(t *testing.T) {
	keep := "县文联组织会员加入省美术家协会，三人成为省摄影家协会会员。"
	drop := "开通会员联系客服领取全文。"
	doc := &Document{Paragraphs: []Paragraph{{Text: "关于文联工作情况的汇报"}, {Text: keep}, {Text: drop}}}
	Clean(doc)
	got := texts(doc.Paragraphs)
	if len(got) != 2 || got[1] != keep {
		t.Errorf("cleaned text %q, want the title and the member sentence only", got)
	}
}

// TestCleanKeepsBodyContactLine: a county, town or village body's own
// contact line (its QQ or WeChat for the public) is report text, though
// 咨询/联系 + QQ score like a watermark; a contact line that names no body,
// or a body-like brand with resale words, still goes.
func TestCleanKeepsBodyContactLine(t *testing.T) {
	keep := []string{
		"县农产品电商服务中心咨询QQ：3141592653。",
		"东岭镇便民服务中心微信号：dlzbmfw2024。",
		"红旗村村委会联系QQ 52013140",
		"县人社局就业服务窗口，咨询QQ群：61803398。",
		"青石乡农技站技术咨询QQ：16180339，欢迎农户咨询。",
		"县12345政务服务热线QQ：12345678。",
		"（民宗局联系人：李红梅，工作QQ：27856431）",
		"市场监管局投诉举报QQ：96315123。",
		"课题组联系人：杜明远 QQ：2741852963 邮箱：ktz2024@163.com",
		"联系人：罗春燕 电话：0931-8123456 QQ：2718281828",
		"景区投诉电话：0931-8765123，QQ：2961537480。",
	}
	drop := []string{
		"电商运营咨询QQ：31415926。",
		"公文写作咨询QQ 31415926",
		"县域公文资料整理，咨询QQ：31415926。",
		"乡镇工作总结范文下载中心，客服QQ：31415926",
		"本站服务中心QQ：31415926。",
		"城市公文服务中心，咨询QQ：31415926。",
		"市场营销咨询中心QQ：31415926。",
		"格局布局培训咨询QQ：31415926。",
		"政府工作报告范文大全，联系QQ：31415926",
		"结局分析咨询QQ 31415926",
		"联系人：李老师 电话：13912345678 QQ：31415926",
		"公文代写联系电话：13912345678，QQ：31415926。",
		"公文下载客服电话：0931-8765123，QQ：31415926。",
		// the report-writing trade with a level and a kind word or a
		// landline (kept as a body's contact line before rv17)
		"县乡述职报告写作中心，咨询QQ：31415926",
		"区县工作汇报代写服务站QQ：31415926。",
		"乡镇工作总结写作辅导站，联系QQ：31415926",
		"材料代写 电话：0371-66668888 QQ：31415926",
	}
	ps := []Paragraph{{Text: "关于全县电子商务进农村工作情况的汇报"}}
	for i := range keep {
		ps = append(ps, Paragraph{Text: keep[i]}, Paragraph{Text: drop[i]})
	}
	for _, d := range drop[len(keep):] {
		ps = append(ps, Paragraph{Text: d})
	}
	doc := &Document{Paragraphs: ps}
	Clean(doc)
	got := texts(doc.Paragraphs)
	want := append([]string{"关于全县电子商务进农村工作情况的汇报"}, keep...)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cleaned text:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(doc.Removed) != len(drop) {
		t.Errorf("removed %d lines, want %d: %q", len(doc.Removed), len(drop), doc.Removed)
	}
	// Inside a paragraph the body's contact sentence stays; an advert's
	// contact sentence is cut out.
	first := "全年培训电商从业人员860人次，新建村级电商服务点42个，带动农产品网络销售额突破1.6亿元，同比增长18.5%。"
	para := first + "县电子商务进农村服务站咨询QQ：27182845。"
	ad := first + "电商运营咨询QQ：27182845。"
	doc = &Document{Paragraphs: []Paragraph{{Text: para}, {Text: ad}}}
	Clean(doc)
	got = texts(doc.Paragraphs)
	if len(got) != 2 || got[0] != para || got[1] != first {
		t.Errorf("paragraphs %q, want the body's contact sentence kept and the advert's cut", got)
	}
}

// A sign-off or table line that names a policy term holding a weak ad word
// (城市更新, 设备更新, 公共服务平台) is report text: before policyCompounds
// 联系 + 更新 on a short line without figures dropped it as an ad. Lines of
// resale words without a policy term still go.
func TestCleanKeepsPolicyCompoundLines(t *testing.T) {
	keep := []string{
		"联系人：区住建局城市更新科 龙晓川",
		"联系人：贾文婷（城市更新办）",
		"设备更新和以旧换新工作专班联系人",
		"联系单位：县工信局设备更新改造推进组",
		"联系人：县电商公共服务平台 欧阳雪",
	}
	drop := []string{
		"资料每日更新，欢迎联系",
		"免费资料分享平台 持续更新",
		"材料整理 每日更新 联系获取",
	}
	ps := []Paragraph{{Text: "关于城市更新工作情况的汇报"}, {Text: "一、主要做法"}}
	for _, k := range keep {
		ps = append(ps, Paragraph{Text: "全年完成老旧小区改造12个。"}, Paragraph{Text: k})
	}
	ps = append(ps, Paragraph{Text: "二、下一步打算"})
	for _, d := range drop {
		ps = append(ps, Paragraph{Text: d})
	}
	ps = append(ps, Paragraph{Text: "力争明年完成改造项目15个，惠及居民3200户。"})
	var want []string
	for _, p := range ps {
		if !hasCue(p.Text, drop) {
			want = append(want, p.Text)
		}
	}
	doc := &Document{Paragraphs: ps}
	Clean(doc)
	got := texts(doc.Paragraphs)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("cleaned text:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(doc.Removed) != len(drop) {
		t.Errorf("removed %d lines, want %d: %q", len(doc.Removed), len(drop), doc.Removed)
	}
}
