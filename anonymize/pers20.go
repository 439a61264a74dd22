package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round pers20. handles20 runs right after roleNames16
// (anonymize.go). Class:
//
//   - handles in an account's frame (handles20): a quoted streamer's or
//     shop's handle of three to eight Han characters, whatever its shape
//     (“山野晓风”, “稻田守望者”, “半山腰的云”), right before an account
//     word (抖音号, 快手号, 视频号, 直播号, 直播间, 账号, 网店, 微店,
//     淘宝店), right after one (网名, 昵称, 抖音号, 主播, 达人, 网店), or
//     in a quoted list before 等 and an account word (“甲”“乙”等本土网红
//     账号); and a quoted persona handle (personaName18a: “芦笋哥”) right
//     before a found person, which a doubtful reading of the handle itself
//     used to shadow (quoteCovered18a saw it, resolve then dropped it).
//     Programme and policy phrases in quotes (“乡村振兴”直播间, “县长带货”,
//     “一村一品”网店), platforms (“抖音”), national media (“人民日报”) and
//     ordinary words stay readable.
//   - programme phrases as shops (campaignShops20, after keep37): a quoted
//     name made of programme, campaign and role words only (“乡村振兴”,
//     “消费帮扶”, “县长带货”), which leaks17p's quoted shops read as a
//     shop or account before 直播间/网店, is given back; a name with any
//     word of its own beside them (“甲阿妹带货”) stays masked.

// handleAfter20 are account words right after a handle's closing quote
// (class: handles in an account's frame).
var handleAfter20 = []string{"抖音号", "快手号", "视频号", "直播号", "微信号", "直播间", "账号", "网店", "微店", "淘宝店", "抖店"}

// handleBefore20 are account words right before a handle's opening quote
// (网名“…”, 昵称为“…”, 带货主播“…”).
var handleBefore20 = []string{"网名", "网名为", "网名叫", "昵称", "昵称为", "昵称叫", "抖音号", "快手号", "视频号", "直播号", "账号", "主播", "达人", "网店", "微店"}

// handleListAfter20 are account words a quoted list vouches for after 等
// (“甲”“乙”等本土网红账号).
var handleListAfter20 = []string{"账号", "抖音号", "快手号", "视频号", "直播号", "直播间", "网店"}

// handleGeneric20 are words of a programme, a campaign, a platform or a
// public body: a quoted name holding one is no one's handle (“乡村振兴”
// 直播间, “县长带货”, “消费帮扶”网店, “政务服务”抖音号). 带货, 好物, 融媒
// and 发布 are not among them: handles and county brands end in them
// (“甲哥带货”, “甲乙好物”, “甲乙融媒”).
var handleGeneric20 = []string{
	"振兴", "帮扶", "扶贫", "助农", "惠农", "惠民", "直播", "电商", "政务", "服务",
	"公益", "共富", "工坊", "平安", "法治", "法律", "文明", "党建", "红色", "培训", "示范", "产业",
	"特产", "农产品", "进农村", "代言", "乡村", "美丽", "最美", "新农人", "双十一", "年货", "消费",
	"抖音", "快手", "淘宝", "京东", "拼多多", "微信", "微博", "小红书", "美团", "视频号", "学习强国",
	"一村一品", "三农", "县长", "书记", "镇长", "乡长", "村长", "局长", "干部", "政府", "人民", "新华", "央视",
}

// handleNational20 open the names of national media and bodies (“人民
// 日报”, “中国三农”, “央视频”).
var handleNational20 = []string{"中国", "中华", "全国", "国家", "人民", "新华", "央视", "央广"}

// handleName20 reports whether a quoted name may be a handle: three to
// eight Han characters, no ordinary word, no national opening and no
// programme's or platform's word.
func handleName20(name string) bool {
	n := runeLen(name)
	if n < 3 || n > 8 || !allHan(name) || getLexicon().common[name] {
		return false
	}
	if firstPrefix(name, handleNational20) != "" {
		return false
	}
	for _, w := range handleGeneric20 {
		if strings.Contains(name, w) {
			return false
		}
	}
	return true
}

// dictName20 reports whether the quoted text[s:e] is one dictionary word
// of gojieba's, an idiom or a set phrase (主播“昙花一现”), no handle.
func dictName20(tt *tokText, s, e int) bool {
	j, k := tt.runeAt(s), tt.runeAt(e)
	if j < 0 || k < 0 || !tt.tokStart(j) {
		return false
	}
	t := tt.tokenAt(j)
	return t != nil && t.end == k && t.dictWord()
}

// handleFrame20 reports whether the quoted name text[s:e] stands in an
// account's frame: an account word right after its closing quote or right
// before its opening one (past 的), or after 等 closing the quoted list
// that holds it.
func handleFrame20(text string, s, e int) bool {
	c := e + len("”")
	if c <= len(text) && hasAnyPrefix18b(text[c:], handleAfter20) {
		return true
	}
	o := s - len("“")
	if o >= 0 && hasSuffixAny18w(strings.TrimSuffix(text[:o], "的"), handleBefore20) {
		return true
	}
	// a quoted list closed by 等 and an account word within its clause
	j := c
	for {
		t := strings.TrimPrefix(text[j:], "、")
		if !strings.HasPrefix(t, "“") {
			break
		}
		k := strings.Index(t, "”")
		if k < 0 || k > 60 {
			break
		}
		j = len(text) - len(t) + k + len("”")
	}
	if j > c || strings.HasSuffix(text[:o], "”") || strings.HasSuffix(text[:o], "”、") {
		if rest, ok := strings.CutPrefix(text[j:], "等"); ok {
			return hasAnyWord18a(clauseCut18a([]rune(rest), 8, false), handleListAfter20)
		}
	}
	return false
}

// shadowedOnly20 reports whether no finding crosses the quotes of
// text[s:e] and none over exactly the name is sure of it: findings inside
// the handle (陇川 of “陇川傣家小腊”) and doubtful or jieba readings of the
// whole (芦笋哥 as a doubtful name) give way to the handle.
func shadowedOnly20(fs []Finding, s, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.End <= s || f.Start >= e {
			continue
		}
		if f.Start < s || f.End > e {
			return false
		}
		if f.Start == s && f.End == e && !strings.Contains(f.Evidence, "doubtful") && !strings.HasPrefix(f.Evidence, "jieba:") {
			return false
		}
	}
	return true
}

// placeProduct20 reports whether the quoted name text[s:e] is a place the
// rules found followed by one dictionary word (“甲乙百香果”网店, a county's
// product brand): the rules' place is masked and the product stays
// readable, unlike a handle's own words after a place (“陇川傣家小腊”).
func placeProduct20(tt *tokText, fs []Finding, s, e int) bool {
	for i := range fs {
		f := &fs[i]
		if f.Start != s || f.End >= e || f.Type != LOCATION || weak19(f) {
			continue
		}
		rest := tt.text[f.End:e]
		if getLexicon().common[rest] {
			return true
		}
		j, k := tt.runeAt(f.End), tt.runeAt(e)
		if j < 0 || k < 0 || !tt.tokStart(j) {
			continue
		}
		if t := tt.tokenAt(j); t != nil && t.end == k && t.dictWord() {
			return true
		}
	}
	return false
}

// handles20 masks quoted handles in an account's frame and quoted persona
// handles right before a found person (class: handles in an account's
// frame).
func handles20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if !utf8.ValidString(name) {
			continue
		}
		framed := handleName20(name) && !dictName20(tt, s, e) && handleFrame20(text, s, e)
		if !framed && !(personaName18a(name, false) && personAfterQuote18a(fs, e)) {
			continue
		}
		if !shadowedOnly20(fs, s, e) || framed && placeProduct20(tt, fs, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "handle20", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// campaignWords20 are programme, campaign and role words a quoted
// campaign's name is made of (class: programme phrases as shops); longer
// words first.
var campaignWords20 = []string{
	"一村一品", "乡村振兴", "消费帮扶", "农产品", "乡村", "振兴", "消费", "帮扶", "扶贫", "助农", "惠农", "共富",
	"三农", "电商", "直播", "带货", "县长", "书记", "镇长", "乡长", "村长", "干部", "代言",
}

// campaignName20 reports whether name is made of campaignWords20 alone.
func campaignName20(name string) bool {
	rest := name
	for rest != "" {
		w := firstPrefix(rest, campaignWords20)
		if w == "" {
			return false
		}
		rest = rest[len(w):]
	}
	return name != ""
}

// campaignShops20 gives back quoted programme phrases that leaks17p read as
// a shop or an account (class: programme phrases as shops).
func campaignShops20(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "“") {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if strings.HasPrefix(f.Evidence, "quoted-shop") && campaignName20(f.Text) &&
			strings.HasSuffix(tt.text[:f.Start], "“") && strings.HasPrefix(tt.text[f.End:], "”") {
			continue
		}
		out = append(out, f)
	}
	return out
}
