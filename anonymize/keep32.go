package anonymize

import "strings"

// This file holds round keep32: ordinary phrases of deid-own61 … 66 that a
// recognizer masked, each kept by its class:
//   - a company named by its status alone (上市公司, 空壳公司, 僵尸企业's
//     皮包公司): an adjective of status and 公司, no name before it;
//   - a party committee named by its level or its field alone (街道党工委,
//     产业链党委, 楼宇党委), also where a recognizer glued the place and
//     the verb before it (…产业园|建立|产业链党委): the place before the
//     verb stays masked, the committee is kept;
//   - a zone named by its function or its height (消落区, 蓄滞洪区, 高半山区,
//     二半山区): a kind of land, no district;
//   - a city title of a national campaign (无废城市, 海绵城市, 韧性城市):
//     a title a county strives for, no city;
//   - a settlement described by its state of management (弃管小区,
//     老旧小区; not 新建社区, a name some bear) that a
//     compound recognizer masked with full confidence, past the
//     descriptive pass of known15.go.

// keep32 drops or trims the findings of fs that are ordinary phrases of
// one of the classes above.
func keep32(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		g, keep := keepFinding32(tt, f)
		if keep {
			continue
		}
		kept = append(kept, g)
	}
	return kept
}

// keepFinding32 returns f, trimmed where a verb opens a generic committee
// inside it, and whether f is an ordinary phrase of keep32's classes as a
// whole.
func keepFinding32(tt *tokText, f Finding) (Finding, bool) {
	if f.Start < 0 || f.End > len(tt.text) || f.Start >= f.End {
		return f, false
	}
	switch {
	case f.Type == ORG && statusCompany32(f.Text):
		return f, true
	case f.Type == ORG && genericCommittee32(f.Text):
		return f, true
	case f.Type == LOCATION && strings.HasPrefix(f.Evidence, "pattern:") && (landZone32(f.Text) || cityTitle32(f.Text)):
		return f, true
	case f.Type == LOCATION && describedSettlement32(f.Text):
		return f, true
	}
	if f.Type == ORG {
		return committeeAfterVerb32(f)
	}
	return f, false
}

// companyStatus32 are the states a company is named by when it has no
// name (上市|公司, 空壳|公司).
var companyStatus32 = wordSet(`上市 拟上市 新三板 挂牌 空壳 皮包 僵尸 挂靠 关联 控股 参股 子 母 分 总 国有 国营 民营 私营 外资 合资 独资 中外合资 外商独资 平台 壳 项目 施工 劳务 中介 代理 物业`)

// statusCompany32 reports whether w is a company named by its status
// alone (上市公司, 空壳公司).
func statusCompany32(w string) bool {
	for _, k := range []string{"有限公司", "公司"} {
		if d, ok := strings.CutSuffix(w, k); ok {
			return companyStatus32[d]
		}
	}
	return false
}

// committeeFields32 are the levels and fields that name a party committee
// without a name (街道|党工委, 产业链|党委).
var committeeFields32 = wordSet(`街道 乡镇 镇 乡 社区 村 机关 产业链 链 行业 楼宇 商圈 园区 新兴领域 两新 两新组织 非公 非公企业 社会组织 商务楼宇 专业市场 集团 企业 学校 医院 系统 总行 支行`)

// committeeKinds32 are the party bodies such a committee is.
var committeeKinds32 = []string{"党工委", "党委", "党总支", "联合党委", "综合党委"}

// genericCommittee32 reports whether w is a party committee named by its
// level or its field alone (街道党工委, 产业链党委).
func genericCommittee32(w string) bool {
	for _, k := range committeeKinds32 {
		if d, ok := strings.CutSuffix(w, k); ok && committeeFields32[d] {
			return true
		}
	}
	return false
}

// foundVerbs32 open a body a text reports founding (建立|产业链党委).
var foundVerbs32 = []string{"建立", "成立", "组建", "设立", "新建", "新成立", "筹建"}

// committeeAfterVerb32 trims an organisation read over a place, a verb of
// founding and a generic committee (…产业园|建立|产业链党委) to the place
// before the verb; the committee is kept. Without a place before the verb
// the whole finding is dropped.
func committeeAfterVerb32(f Finding) (Finding, bool) {
	for _, v := range foundVerbs32 {
		i := strings.LastIndex(f.Text, v)
		if i < 0 || !genericCommittee32(f.Text[i+len(v):]) {
			continue
		}
		if runeLen(f.Text[:i]) < 2 {
			return f, true
		}
		f.Text = f.Text[:i]
		f.End = f.Start + i
		return f, false
	}
	return f, false
}

// zoneKinds32 name a zone of land by its function or its height; with 区
// they are kinds of land (消落|区, 高半山|区), no district.
var zoneKinds32 = wordSet(`消落 消落带 淹没 库尾 回水 蓄滞洪 行洪 泄洪 滞洪 分洪 采空 沉陷 塌陷 半山 高半山 二半山 高寒山 干旱山 石山 石漠化 水源 饮用水源 水土流失 重点生态功能 禁养 限养 禁采 禁渔 禁建 限建`)

// landZone32 reports whether w is a zone of land named by its function or
// its height (消落区, 高半山区).
func landZone32(w string) bool {
	d, ok := strings.CutSuffix(w, "区")
	return ok && zoneKinds32[d]
}

// cityTitles32 are the titles of national campaigns a city strives for
// (无废|城市, 海绵|城市).
var cityTitles32 = wordSet(`无废 海绵 韧性 智慧 新型智慧 园林 森林 文明 卫生 宜居 低碳 零碳 健康 全域旅游 节水型 生态园林 双拥模范`)

// cityTitle32 reports whether w is a campaign title of a city (无废城市).
func cityTitle32(w string) bool {
	d, ok := strings.CutSuffix(w, "城市")
	return ok && cityTitles32[d]
}

// settlementStates32 describe a settlement's state of management; no
// settlement is named so (新建社区, 新型社区 are, and stay masked).
var settlementStates32 = wordSet(`弃管 失管 无物业 无主管 零物业 老旧 陈旧 开放式 封闭式 老旧住宅`)

// describedSettlement32 reports whether w is a settlement described by its
// state of management (弃管小区, 老旧小区), whatever recognizer read it.
func describedSettlement32(w string) bool {
	for _, k := range settlementKind15 {
		if d, ok := strings.CutSuffix(w, k); ok && settlementStates32[d] {
			return true
		}
	}
	return false
}
