// Package outline recognises the numbering that opens a heading or list item
// in Chinese official writing (一、 （一） 1. （1） ① 第一， 一是 首先) and
// gives it a level. It is shared by extraction, which keeps headings as
// their own paragraphs, and classification, which builds the section tree.
package outline

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Style names a numbering style.
type Style string

// Numbering styles, from the top of the usual hierarchy down.
const (
	ChineseComma Style = "一、"  // 一、主要工作成效
	ParenChinese Style = "（一）" // （一）招才引智
	ArabicDot    Style = "1."  // 1. or 1、 or 1．
	ParenArabic  Style = "（1）" // （1） or (1)
	Circled      Style = "①"   // ①
	OrdinalDi    Style = "第一，" // 第一，
	InlineShi    Style = "一是"  // 一是… (also 一要…, 其一是…, 一方面，)
	Sequence     Style = "首先"  // 首先/其次/再次/最后
	ChineseDot   Style = "一."  // 一. (a variant of 一、)
	NoStyle      Style = ""
)

// Marker is the numbering at the start of a paragraph.
type Marker struct {
	Style  Style
	Level  int    // 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; 6 for 一是/第一/首先
	Prefix string // the marker as written, e.g. "（一）"
	Rest   string // the text after the marker
}

const cn = `[一二三四五六七八九十百零〇两]+`

var patterns = []struct {
	re    *regexp.Regexp
	style Style
	level int
}{
	{regexp.MustCompile(`^(` + cn + `\s*[、，,])`), ChineseComma, 1},
	{regexp.MustCompile(`^(` + cn + `\s*[.．](?:\s|[^\d]))`), ChineseDot, 1},
	{regexp.MustCompile(`^([（(]\s*` + cn + `\s*[）)]\s*[、.．]?)`), ParenChinese, 2},
	{regexp.MustCompile(`^(\d{1,2}\s*[.．、](?:\s|[^\d.．]))`), ArabicDot, 3},
	{regexp.MustCompile(`^([（(]\s*\d{1,2}\s*[）)]\s*[、.．]?)`), ParenArabic, 4},
	{regexp.MustCompile(`^([㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩]\s*[、.．]?)`), ParenChinese, 2},
	{regexp.MustCompile(`^(\d{1,2}\s*[)）]\s*[、.．]?)`), ParenArabic, 4},
	{regexp.MustCompile(`^([⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇]\s*[、.．]?)`), ParenArabic, 4},
	{regexp.MustCompile(`^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])`), Circled, 5},
	{regexp.MustCompile(`^(第` + cn + `\s*[，,、：:])`), OrdinalDi, 6},
	{regexp.MustCompile(`^((?:其|另)?` + cn + `(?:是|要|方面\s*[，,]))`), InlineShi, 6},
	{regexp.MustCompile(`^((?:首先|其次|再次|最后)\s*[，,、：:]?)`), Sequence, 6},
}

// Parse returns the numbering marker at the start of s, if any.
func Parse(s string) (Marker, bool) {
	s = strings.TrimSpace(s)
	if !maybeMarker(s) {
		return Marker{}, false
	}
	may := candidates(s)
	for k, p := range patterns {
		if may&(1<<k) == 0 {
			continue
		}
		if m := p.re.FindStringSubmatch(s); m != nil {
			prefix := m[1]
			// The dotted patterns consume one character after the dot to
			// tell "1.5亿元" from "1. 标题"; give it back.
			if p.style == ArabicDot || p.style == ChineseDot {
				if i := strings.IndexAny(prefix, ".．、"); i >= 0 {
					_, n := firstRune(prefix[i:])
					prefix = prefix[:i+n]
				}
			}
			return Marker{Style: p.style, Level: p.level, Prefix: prefix, Rest: strings.TrimSpace(s[len(prefix):])}, true
		}
	}
	return Marker{}, false
}

// candidates returns, as bits by index in patterns, the patterns that can
// match s, from its first characters: the regular expressions run only
// where the numbering they look for is there (most body paragraphs that
// open with 一 or a year have none). Each test is a necessary condition of
// its pattern, so Parse finds what trying every pattern in turn finds.
func candidates(s string) uint16 {
	r, w := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9':
		// \d{1,2}\s*[.．、] (ArabicDot) or \d{1,2}\s*[)）] (ParenArabic)
		i := w
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i > 2 {
			return 0
		}
		switch next, _ := utf8.DecodeRuneInString(s[skipSpace(s, i):]); next {
		case '.', '．', '、':
			return 1 << 3
		case ')', '）':
			return 1 << 6
		}
		return 0
	case r == '(' || r == '（':
		// [（(]\s*一\s*[）)] or [（(]\s*1\s*[）)]
		next, _ := utf8.DecodeRuneInString(s[skipSpace(s, w):])
		switch {
		case isCN(next):
			return 1 << 2
		case next >= '0' && next <= '9':
			return 1 << 4
		}
		return 0
	case r >= '㈠' && r <= '㈩':
		return 1 << 5
	case r >= '⑴' && r <= '⒇':
		return 1 << 7
	case r >= '①' && r <= '⑳':
		return 1 << 8
	case r == '第':
		return 1 << 9
	case r == '其':
		return 1<<10 | 1<<11
	case r == '另':
		return 1 << 10
	case r == '首' || r == '再' || r == '最':
		return 1 << 11
	case isCN(r):
		// 一、 (ChineseComma), 一. (ChineseDot), 一是 (InlineShi): what
		// follows the whole run of numerals decides
		i := w
		for i < len(s) {
			c, n := utf8.DecodeRuneInString(s[i:])
			if !isCN(c) {
				break
			}
			i += n
		}
		var may uint16
		if next, _ := utf8.DecodeRuneInString(s[i:]); next == '是' || next == '要' || next == '方' {
			may |= 1 << 10
		}
		switch next, _ := utf8.DecodeRuneInString(s[skipSpace(s, i):]); next {
		case '、', '，', ',':
			may |= 1 << 0
		case '.', '．':
			may |= 1 << 1
		}
		return may
	}
	return 0
}

// isCN reports a Chinese numeral of the cn class.
func isCN(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇', '两':
		return true
	}
	return false
}

// skipSpace returns the index past the \s characters (ASCII white space
// as the regular expressions read it) from i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			i++
			continue
		}
		break
	}
	return i
}

// maybeMarker is a cheap test of the first character, so that most body
// paragraphs never reach the regular expressions.
func maybeMarker(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9', r == '(', r == '（', r >= '①' && r <= '⑳', r >= '⑴' && r <= '⒇', r >= '㈠' && r <= '㈩':
		return true
	}
	return strings.ContainsRune("一二三四五六七八九十百零〇两第首其再最另", r)
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0, 0
}

// IsHeading reports whether the paragraph s reads as a heading: a numbering
// marker of level 1 to 5 followed by a short phrase with no sentence inside
// it. Paragraphs that open with a marker and go on with body text ("一是招才
// 引智取得新进展。今年以来……") are not headings; see SplitLead.
func IsHeading(s string) bool {
	m, ok := Parse(s)
	if !ok || m.Level > 5 || m.Rest == "" {
		return false
	}
	rest := strings.TrimRight(m.Rest, "。.：:；; ")
	n := len([]rune(rest))
	if n == 0 || n > 40 {
		return false
	}
	return !strings.ContainsAny(rest, "。；;！？!?")
}

// SplitLead splits a paragraph that opens with a numbered lead sentence
// ("一是招才引智取得新进展。今年以来……") into the lead and the body. ok is
// false when s has no marker or no short lead sentence.
func SplitLead(s string) (lead, body string, ok bool) {
	m, has := Parse(s)
	if !has || m.Rest == "" {
		return "", "", false
	}
	i := strings.IndexAny(m.Rest, "。：:")
	if i <= 0 {
		return "", "", false
	}
	_, n := firstRune(m.Rest[i:])
	leadText := m.Rest[:i+n]
	if len([]rune(leadText)) > 40 || strings.TrimSpace(m.Rest[i+n:]) == "" {
		return "", "", false
	}
	return m.Prefix + leadText, strings.TrimSpace(m.Rest[i+n:]), true
}
