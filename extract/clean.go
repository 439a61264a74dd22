package extract

import (
	"regexp"
	"strings"
)

// Clean removes page furniture and resale watermarks/ads from doc in place,
// recording what it removed in doc.Removed. Extract calls it unless
// Options.Raw is set.
func Clean(doc *Document) {
	counts := map[string]int{}
	for _, p := range doc.Paragraphs {
		counts[p.Text]++
	}
	out := doc.Paragraphs[:0]
	for _, p := range doc.Paragraphs {
		if isFurniture(p.Text, counts[p.Text]) {
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
	rePageNumber = regexp.MustCompile(`^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d+(?:\s*of\s*\d+)?|\d{1,4})$`)
	// adCue matches the vocabulary of resale-site watermarks and ads.
	adCue    = regexp.MustCompile(`(?i)(QQ\s*群?\s*[:：]?\s*\d{5,}|咨询\s*QQ|免费\s*QQ群|会员群|会员资料|仅供学习|禁止外传|打击倒卖|举报倒卖|立享|现在订阅|实时分享|自建平台|不断迭代|整理，咨询|微信公众号|关注公众号|扫码|www\.[a-z0-9-]+\.(?:com|cn|net)|下载地址|本文档|文档下载|VIP会员)`)
	inlineAd = regexp.MustCompile(`(?i)\s*[（(]?\s*www\.[a-z0-9-]+\.(?:com|cn|net|org)\s*[)）]?`)
)

// isFurniture reports whether a whole paragraph is a page number, a
// watermark or an ad rather than report text.
func isFurniture(s string, repeats int) bool {
	t := strings.TrimSpace(s)
	if rePageNumber.MatchString(t) {
		return true
	}
	if adCue.MatchString(t) {
		// Body paragraphs are long and end in sentence punctuation; ads are
		// short lines. A long paragraph that merely mentions a site keeps
		// its text (stripInlineAds removes the address).
		n := len([]rune(t))
		if n <= 60 || repeats > 1 {
			return true
		}
	}
	return false
}

func stripInlineAds(s string) string {
	return strings.TrimSpace(inlineAd.ReplaceAllString(s, ""))
}
