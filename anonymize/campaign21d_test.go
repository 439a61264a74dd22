package anonymize

import (
	"strings"
	"testing"
)

// probeCampaign21d is round keep21d's probe of verb–object compounds before
// a campaign's or an opening's head word (our own sentences, one compound
// and frame each): every sentence must come out unchanged.
var probeCampaign21d = []string{
	"今年以来，全县在各条河流沿线开展清河行动，清理河道垃圾120吨。",
	"各乡镇持续推进护林行动，巡山护林员每月巡查不少于20天。",
	"全区组织净滩行动，志愿者清理海滩垃圾3.6吨。",
	"县里部署治水行动，整治黑臭水体8处。",
	"镇里启动清渠行动，疏浚灌溉渠道26公里。",
	"我们深入开展净山行动，清理山林白色垃圾。",
	"沿湖各村开展护湖行动，设立护湖员岗位32个。",
	"市里实施强港行动，新增泊位4个。",
	"全县实施兴村行动，扶持村集体经济项目15个。",
	"今年持续推进清湖行动，退养还湖面积1200亩。",
	"城区开展净街行动，清理占道经营摊点300余处。",
	"各村组织清沟行动，清理排水沟渠45公里。",
	"县里实施畅通行动，打通断头路11条。",
	"全市开展护田行动，查处违法占用耕地案件9起。",
	"乡里组织保洁行动，动员群众参与环境整治。",
	"物流园一期建成通关，并于9月开园运营。",
	"县城第二水厂建成后正式通水运营，日供水能力5万吨。",
	"新建的客运枢纽于7月开站运营，日均发送旅客2000人次。",
	"产业园污水处理厂10月建成投运，日处理能力1万吨。",
	"城北公交首末站建成开通运营，新增公交线路3条。",
	"在乡村振兴中，我们坚持“依山图强、借水兴业”的思路。",
	"全县牢固树立“向湖发展、生态立县”理念。",
	"全镇围绕“强农富民、以港兴镇”目标推进各项工作。",
	"园区坚持“以商招商、以企引企”，新引进企业12家。",
	"全县上下聚焦“产业兴旺、生态宜居”目标。",
	"县里推行“一河一策、一湖一档”管理办法。",
}

// TestCampaign21d: a verb–object compound before 行动 or 运营 is a
// campaign's or an opening's name, not a place (class: campaign and opening
// words read as places, round keep21d). Without the rule 清河, 兴村, 清湖
// and 开园 of the probe are masked, and so is 开港 in every paragraph of a
// document that opens a port.
func TestCampaign21d(t *testing.T) {
	got := maskedText(t, probeCampaign21d)
	if want := strings.Join(probeCampaign21d, "\n"); got != want {
		t.Errorf("probe masked:\n%s", got)
	}
	port := []string{"三号码头二期开港 江岸再添万吨级通道", "三号码头二期工程正式开港运营。", "开港仪式上，有关负责同志致辞。"}
	if got, want := maskedText(t, port), strings.Join(port, "\n"); got != want {
		t.Errorf("port opening masked:\n%s", got)
	}
	// places stay masked: a county named in full in the same document makes
	// its short form a place before 行动 too, and places of the gazetteer
	// keep their reading
	got = maskedText(t, []string{"清河县召开全县水利工作会议。", "考察组听取了清河行动情况汇报。"})
	checkMasked(t, got, []string{"清河"}, []string{"行动"})
	got = maskedText(t, []string{"县长带队赴开江县考察学习。", "我县与通海县签订劳务协作协议。", "保山市文旅局到我县考察交流。", "兴城市客商来我县投资建厂。"})
	checkMasked(t, got, []string{"开江", "通海", "保山", "兴城"}, nil)
}

// TestCampaignWord21d: the rule itself.
func TestCampaignWord21d(t *testing.T) {
	for _, c := range []struct {
		texts    []string
		text, ev string
		want     bool
	}{
		{[]string{"开展清河行动。"}, "清河", "jieba:ns", true},
		{[]string{"正式开港运营。"}, "开港", "jieba:ns", true},
		{[]string{"开港仪式上。", "正式开港运营。"}, "开港", "jieba:ns", true},
		{[]string{"开港仪式上。"}, "开港", "jieba:ns", false},              // no head anywhere
		{[]string{"开展清河行动。"}, "清河", "gazetteer", false},            // a place of the gazetteer
		{[]string{"清河区召开会议。", "开展清河行动。"}, "清河", "jieba:ns", false}, // named in full
		{[]string{"开展吴川行动。"}, "吴川", "jieba:ns", false},             // no action verb first
		{[]string{"开展清水河行动。"}, "清水河", "jieba:ns", false},           // not two characters
	} {
		f := Finding{Type: LOCATION, Text: c.text, Evidence: c.ev}
		if got := campaignWord21d(c.texts, f); got != c.want {
			t.Errorf("campaignWord21d(%q, %q %s) = %v, want %v", c.texts, c.text, c.ev, got, c.want)
		}
	}
}
