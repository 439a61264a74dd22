package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"huibao/outline"
)

// Clean removes page furniture and resale watermarks/ads from doc in place,
// recording what it removed in doc.Removed. Extract calls it unless
// Options.Raw is set.
//
// A line is furniture when it is
//   - a page number (- 3 -, 第3页 共10页, 3/10, Page 3) or a table-of-contents
//     entry with dot leaders (一、主要成效……3);
//   - a short line whose words are those of resale-site ads (contact
//     numbers, 会员, 订阅, 仅供学习, 下载, 公众号 …), scored so that one
//     ordinary word such as 免费 or 平台 is never enough;
//   - a short line repeated three times or more (running headers);
//   - a short unpunctuated line that appears inside an ad line elsewhere in
//     the document (the site's brand name on its own), or that sits between
//     two ad lines and does not read like a report title.
//
// A public body's own contact line ("县电商服务中心咨询QQ：…。", "联系人：…
// 电话：0931-…  QQ：…") is report text and stays (bodyContactLine).
//
// Inside kept paragraphs, site addresses ("www.example.com") and contact
// sentences ("更多资料请关注公众号…") are cut out. Headings are never
// removed unless they carry a contact number or an address.
func Clean(doc *Document) {
	ps := doc.Paragraphs
	n := len(ps)
	if n == 0 {
		return
	}
	counts := map[string]int{}
	for _, p := range ps {
		counts[squash(p.Text)]++
	}
	drop := make([]bool, n)
	ad := make([]bool, n)
	for i, p := range ps {
		t := strings.TrimSpace(p.Text)
		// An address inside a line is cut out later; the rest decides.
		bare := t
		if hasWWW(t) {
			bare = strings.TrimSpace(inlineAd.ReplaceAllString(t, ""))
		}
		switch {
		case bare == "" || len(t) <= 48 && rePageNumber.MatchString(t) || reTOCLine.MatchString(t):
			drop[i] = true
		case isWebChrome(bare):
			drop[i] = true
		case isAdLine(bare, p.Heading):
			drop[i], ad[i] = true, true
		case counts[squash(t)] >= 3 && isShortLine(t) && !p.Heading && !outline.IsHeading(t):
			drop[i] = true
		}
	}
	// Brand names and filler lines tied to the ads found above.
	var adText []string
	for i := range ps {
		if ad[i] {
			adText = append(adText, squash(ps[i].Text))
		}
	}
	if len(adText) > 0 {
		for i, p := range ps {
			t := strings.TrimSpace(p.Text)
			if drop[i] || p.Heading || !isShortLine(t) || outline.IsHeading(t) || looksLikeTitle(t) || isBodyContact(t) {
				continue
			}
			s := squash(t)
			if utf8.RuneCountInString(s) >= 2 && utf8.RuneCountInString(s) <= 12 {
				for _, a := range adText {
					if a != s && strings.Contains(a, s) {
						drop[i] = true
						break
					}
				}
			}
		}
		// A short unpunctuated line between two ad lines (skipping
		// furniture already found) belongs to the ad block.
		for i, p := range ps {
			t := strings.TrimSpace(p.Text)
			// A public body's contact line is no brand between two ads.
			if drop[i] || p.Heading || !isShortLine(t) || outline.IsHeading(t) || looksLikeTitle(t) || isBodyContact(t) {
				continue
			}
			if adNeighbour(ad, drop, i, -1) && adNeighbour(ad, drop, i, +1) {
				drop[i] = true
			}
		}
	}
	out := ps[:0]
	for i, p := range ps {
		if drop[i] {
			doc.Removed = append(doc.Removed, p.Text)
			continue
		}
		p.Text = stripInlineAds(p.Text)
		if p.Text == "" {
			continue
		}
		out = append(out, p)
	}
	doc.Paragraphs = out
}

var (
	// reTOCLine: a table-of-contents entry, dot leaders and a page number.
	reTOCLine    = regexp.MustCompile(`(?:\.{4,}|…{2,}|·{4,}|_{4,})\s*\d{1,4}$`)
	rePageNumber = regexp.MustCompile(`^(?:[-—–－~～]\s*\d{1,4}\s*[-—–－~～]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d+(?:\s*of\s*\d+)?|\d{1,4})$`)

	// Contact details and addresses: each is a strong sign of an ad.
	reContact = regexp.MustCompile(`(?i)(?:QQ|ＱＱ|扣扣|企鹅)\s*(?:群|号)?\s*[:：]?\s*\d{5,12}|微信\s*(?:号|群)?\s*[:：]\s*[A-Za-z0-9_-]{4,}|(?:https?://|www\.)[a-z0-9.-]+|[a-z0-9-]+\.(?:com|cn|net|org|cc|top|vip|xyz)(?:/\S*)?`)
	// titleCue: words of a report title, which the block rules never drop.
	titleCue = []string{"汇报", "报告", "发言", "讲话", "总结", "述职", "会议", "意见", "方案", "情况", "纪要", "规划", "计划", "通知", "决定", "办法", "工作"}
)

// strongCues are words ordinary report text hardly ever puts in a short
// line; weakCues appear in reports too and count only in combination.
// 侵权 alone is no cue: a market-supervision report says 侵权行为 and
// 侵权产品 in one sentence; a resale notice says 侵权必究 or 如有侵权.
// Plain substrings, counted with strings.Count: regular expressions made
// cleaning the slowest step of extraction.
var (
	strongCues = []string{"QQ", "ＱＱ", "公众号", "会员", "订阅", "VIP", "vip", "倒卖", "仅供学习", "仅供参考", "仅供交流",
		"禁止外传", "禁止转载", "禁止复制", "严禁外传", "严禁转载", "版权所有", "版权归", "侵权必究", "如有侵权", "侵权请", "侵权联系", "侵删", "文档下载", "下载地址",
		"范文", "文库", "付费", "充值", "扫码", "二维码", "客服", "加群", "进群", "入群", "微信号", "交流群", "微信群", "读者群"}
	weakCues = []string{"免费", "赠送", "整理", "咨询", "资料", "权益", "分享", "关注", "下载", "平台", "更新", "领取", "获取",
		"优惠", "购买", "原创", "转载", "搜索", "收藏", "联系", "独家", "精品", "迭代", "材料", "立享", "每日", "实时"}
)

func countCues(t string, words []string) int {
	n := 0
	for _, w := range words {
		n += strings.Count(t, w)
	}
	return n
}

// distinctCues counts how many of words occur in t, each once.
func distinctCues(t string, words []string) int {
	n := 0
	for _, w := range words {
		if strings.Contains(t, w) {
			n++
		}
	}
	return n
}

func hasCue(t string, words []string) bool {
	for _, w := range words {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// mayHaveContact is a cheap test before the contact expression runs.
func mayHaveContact(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == '.', c == 'Q', c == 'q':
			return true
		}
	}
	return strings.Contains(t, "ＱＱ") || strings.Contains(t, "扣扣") || strings.Contains(t, "企鹅") || strings.Contains(t, "微信")
}

func contactCount(t string) int {
	if !mayHaveContact(t) {
		return 0
	}
	n := 0
	for _, m := range reContact.FindAllStringIndex(t, -1) {
		if !officeAddress(t, m[0], m[1]) {
			n++
		}
	}
	return n
}

// officeAddress reports whether the contact match t[s:e] is the domain of
// an e-mail address or a government site (.gov.cn): a report's own
// contact line ("联系人：…，邮箱：…@…gov.cn"), not a resale site's ad.
func officeAddress(t string, s, e int) bool {
	m := strings.ToLower(t[s:e])
	if strings.Contains(m, "gov.cn") {
		return true
	}
	for i := s - 1; i >= 0; i-- {
		c := t[i]
		if c == '@' {
			return true
		}
		if !isAlnumByte(c) && c != '.' && c != '-' && c != '_' {
			break
		}
	}
	return false
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// adScore rates how much a line reads like a resale-site ad.
func adScore(t string) int {
	c, st, w := adCues(t)
	return 3*c + 2*st + w
}

// adCues counts contact details, strong and weak ad words in t.
func adCues(t string) (contact, strong, weak int) {
	return contactCount(t), countCues(t, strongCues), weakCount(t)
}

// policyCompounds are a report's own policy terms that hold a weak ad word:
// 城市更新 (urban renewal) and 设备更新 (the equipment-renewal programme)
// are no resale site's 更新, 公共服务平台 no resale 平台. Without them a
// sign-off such as "联系人：区住建局城市更新科 王某" (联系 + 更新, no
// figures) was dropped as an ad, and its office and name with it.
var policyCompounds = strings.NewReplacer(
	"城市更新", "　", "设备更新", "　", "更新改造", "　", "有机更新", "　", "更新换代", "　", "服务平台", "　")

// weakCount counts the weak ad words of t outside its policy compounds.
func weakCount(t string) int {
	w := countCues(t, weakCues)
	if w > 0 && (strings.Contains(t, "更新") || strings.Contains(t, "服务平台")) {
		w = countCues(policyCompounds.Replace(t), weakCues)
	}
	return w
}

func hasDigit(t string) bool { return strings.ContainsAny(t, "0123456789") }

// isAdLine reports whether a whole paragraph is an ad or watermark.
func isAdLine(t string, heading bool) bool {
	n := utf8.RuneCountInString(t)
	if heading || outline.IsHeading(t) {
		return n <= 40 && contactCount(t) > 0
	}
	c, st, w := adCues(t)
	if c > 0 && bodyContactLine(t) {
		return false
	}
	switch {
	case n <= 60 && endsSentence(t):
		// Report prose ("全县发展工会会员1200名。", "搭建免费咨询平台，
		// 提供政策服务。") needs more than ordinary words to count as an ad;
		// two strong words must be two different ones, since a sentence
		// about associations says 会员 twice ("…加入中国美术家协会，三人
		// 成为中国摄影家协会会员。").
		return c > 0 && st+w >= 1 || distinctCues(t, strongCues) >= 2
	case n <= 60:
		// A short unpunctuated line: one strong word is enough unless it
		// reads like a table row with figures.
		return c > 0 || st >= 2 || st == 1 && (w >= 1 || !hasDigit(t)) || w >= 3 || w >= 2 && !hasDigit(t)
	case n <= 200:
		// A long line is report prose unless the ad reading is strong: a
		// contact detail counts once, not again for the "QQ" it contains,
		// so a sentence that also gives a contact number is kept (and its
		// number masked later) instead of being dropped with its figures.
		// Each strong word counts once: report prose about a chamber of
		// commerce or a union says 会员 again and again, an ad strings
		// different words together (会员, 下载, 客服, QQ).
		if c > 0 {
			t = reContact.ReplaceAllString(t, " ")
		}
		st = distinctCues(t, strongCues)
		return 3*c+2*st+w >= 6
	}
	return false
}

func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(t))
	return strings.ContainsRune("。！？!?；;”’", r)
}

// isShortLine: a line that could be a header, brand or caption rather than
// prose.
func isShortLine(t string) bool {
	return utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "。；！？")
}

func looksLikeTitle(t string) bool { return hasCue(t, titleCue) }

func adNeighbour(ad, drop []bool, i, step int) bool {
	for j := i + step; j >= 0 && j < len(ad); j += step {
		if ad[j] {
			return true
		}
		if !drop[j] {
			return false
		}
	}
	return false
}

// squash removes all white space, so that "会员群：   免费" and "会员群：免费"
// count as the same line.
func squash(s string) string {
	return strings.Join(strings.Fields(s), "")
}

var (
	// An address in a line, optionally repeated in brackets:
	// "www.example.com (www.example.com)".
	inlineAd = regexp.MustCompile(`(?i)\s*[（(【\[]?\s*(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s）)】\]]*)?\s*[)）】\]]?`)
	// A sentence carrying contact details inside a paragraph.
	reSentence = regexp.MustCompile(`[^。！？!?]*[。！？!?]?`)
)

// stripInlineAds cuts site addresses and contact sentences out of a kept
// paragraph.
func stripInlineAds(s string) string {
	if hasWWW(s) {
		s = inlineAd.ReplaceAllString(s, "")
	}
	if contactCount(s) > 0 {
		var b strings.Builder
		for _, sent := range reSentence.FindAllString(s, -1) {
			if contactCount(sent) > 0 && adScore(sent) >= 4 && utf8.RuneCountInString(sent) <= 60 && !bodyContactLine(sent) {
				continue
			}
			b.WriteString(sent)
		}
		s = b.String()
	}
	return strings.TrimSpace(s)
}

func hasWWW(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if (s[i] == 'w' || s[i] == 'W') && (s[i+1] == 'w' || s[i+1] == 'W') && (s[i+2] == 'w' || s[i+2] == 'W') {
			return true
		}
	}
	return false
}

// webChrome: the lines news and government pages print around an article
// (previous/next links, print and close buttons, font-size switches, share
// bars). Lines with the source and date of an article are kept: they can
// carry the report's date.
var webChrome = []string{"上一篇", "下一篇", "打印本页", "打印此页", "关闭窗口", "关闭本页", "【打印】", "【关闭】",
	"字体：大", "字号：大", "【大 中 小】", "分享到", "返回顶部", "扫一扫在手机"}

func isWebChrome(t string) bool {
	return utf8.RuneCountInString(t) <= 60 && !endsSentence(t) && hasCue(t, webChrome)
}

// bodyContactLine reports whether t, which holds a QQ or WeChat contact, is
// a public body's own contact line: a county, town or village body names
// its contact for the public ("县电商公共服务中心咨询QQ：…。", "东岭镇便民服务
// 中心微信号：…", "红旗村村委会联系QQ…"). It is report text, not a resale
// watermark, though 咨询/联系 + QQ score like one. The line names the body
// with an administrative level (县, 镇, 村 …) before its kind word
// (reContactBody), or by a kind word no resale brand takes (reBareBody),
// or gives an office landline with its area code (reLandline); so a resale
// brand ("…公文网整理，咨询QQ…", "…资料中心") or a bare "联系人：李老师 电话：
// 139…" never passes. And the line holds no resale word besides the
// contact itself (会员, 客服, 下载, 整理, 资料, 网站 …).
var (
	reContactBody = regexp.MustCompile(`(?:县|市|区|镇|乡|村|街道|社区|旗)[^，,。；;：:、\s]{0,20}?(?:中心|政府|委员会|村委会?|居委会?|局|办|办公室|服务站|工作站|热线|窗口|大厅|服务所|所|站|委|院|馆|队|协会|工会|团委|妇联|残联)`)
	// Strong cues a body's own contact line may carry: the contact words.
	bodyContactCues = map[string]bool{"QQ": true, "ＱＱ": true, "微信号": true, "公众号": true, "微信群": true}
	// Resale words no body's contact line uses.
	resaleWords = []string{"整理", "资料", "下载", "领取", "获取", "赠送", "优惠", "购买", "原创", "转载", "收藏",
		"独家", "精品", "立享", "每日", "实时", "更新", "网站", "网址", "本站", "全文",
		// the report-writing trade: a body's contact line names no report
		// genre nor the writing of one ("县乡述职报告写作中心，咨询QQ…",
		// "区县工作汇报代写服务站QQ…" carry a level and a kind word)
		"代写", "写作", "公文", "范本", "模板", "述职", "总结", "汇报", "讲话稿", "心得体会"}
)

// reBareBody: a body named without its level ("市场监管局投诉QQ…",
// "民宗局联系人…"), by kind words no resale brand takes: a government
// department's 局, a government, a village or residents' committee, a
// party or congress body.
var reBareBody = regexp.MustCompile(`(?:监管|监督|管理|服务|事务|税务|公安|财政|民政|教育|卫健|人社|商务|农业农村|农业|水利|住建|自然资源|生态环境|交通运输|文旅|统计|审计|林业|医保|信访|司法|民宗|残联|市场监管)局|人民政府|镇政府|乡政府|村委会|居委会|街道办|党工委|党总支|党支部|人大常委会|政协|纪委监委|调研组|课题组|工作组|工作专班|领导小组`)

// reLandline: an office telephone with its area code (0931-8765432). A
// contact line that gives one is an office's ("联系人：…，电话：0931-…，
// QQ：…", "游客投诉电话：…，QQ：…。"); resale ads give a mobile or a QQ.
var reLandline = regexp.MustCompile(`(?:^|[^0-9])0\d{2,3}[-－—]\d{7,8}(?:$|[^0-9])`)

// isBodyContact: a body's contact line, tested only on lines with a contact.
func isBodyContact(t string) bool { return contactCount(t) > 0 && bodyContactLine(t) }

func bodyContactLine(t string) bool {
	for _, w := range strongCues {
		if !bodyContactCues[w] && strings.Contains(t, w) {
			return false
		}
	}
	if hasCue(t, resaleWords) {
		return false
	}
	for _, m := range reContactBody.FindAllStringIndex(t, -1) {
		// 市 of 市场 or 城市 is no level.
		if strings.HasPrefix(t[m[0]:], "市场") || m[0] >= 3 && t[m[0]-3:m[0]] == "城" {
			continue
		}
		return true
	}
	return reBareBody.MatchString(t) || reLandline.MatchString(t)
}
