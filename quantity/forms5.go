package quantity

import (
	"strings"
	"unicode/utf8"
)

// Forms of round classify4: ratios (1.96∶1), halves (一半以上, 过半, 大半,
// 半数) and masked spans of years without an approximation mark (为期×年).

// ratioSeps separate the two terms of a ratio.
var ratioSeps = []string{"∶", ":", "："}

// ratioWords say that a colon between two figures is a ratio (收入比,
// 比例为, 之比), not a time of day (8:30).
var ratioWords = []string{"比", "比例", "配比", "比值"}

// ratio reads a ratio a∶b at n (the first term): two Arabic figures
// around a ratio colon (∶), or around an ordinary colon where a word of
// ratio stands in the clause before or right after, or one term has a
// decimal point. A chain of three (12:40:48, a structure of sectors) or a
// colon after a figure that ends another chain is no ratio. It returns
// the second term's text and value, the separator and the end.
func ratio(text string, n number) (second string, b float64, sep string, end int, ok bool) {
	if n.masked || n.chinese || n.value <= 0 || n.end >= len(text) {
		return "", 0, "", 0, false
	}
	for _, s := range ratioSeps {
		if strings.HasPrefix(text[n.end:], s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return "", 0, "", 0, false
	}
	for _, s := range ratioSeps {
		if strings.HasSuffix(text[:n.start], s) {
			return "", 0, "", 0, false // the later term of a chain
		}
	}
	k := n.end + len(sep)
	if k >= len(text) || text[k] < '0' || text[k] > '9' {
		return "", 0, "", 0, false
	}
	m, ok := readNumber(text, k)
	if !ok || m.masked || m.chinese || m.value <= 0 || m.mag != "" || m.bare {
		return "", 0, "", 0, false
	}
	for _, s := range ratioSeps {
		if strings.HasPrefix(text[m.end:], s) {
			return "", 0, "", 0, false // 12:40:48
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[m.end:]); m.end < len(text) && (isDigit(r) || r == '.' || isASCIILetter(r)) {
		return "", 0, "", 0, false
	}
	dec := strings.ContainsAny(text[n.start:n.end]+text[m.start:m.end], ".．")
	if sep != "∶" && !dec && !ratioContext(text, n.start, m.end) {
		return "", 0, "", 0, false
	}
	return text[m.start:m.end], m.value, sep, m.end, true
}

// ratioContext reports a word of ratio in the clause before start (at
// most 12 runes) or right after end.
func ratioContext(text string, start, end int) bool {
	j, c := start, 0
	for j > 0 && c < 12 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if clauseStop(r) {
			break
		}
		j -= size
		c++
	}
	for _, w := range ratioWords {
		if strings.Contains(text[j:start], w) || strings.HasPrefix(text[end:], w) || strings.HasPrefix(text[end:], "的"+w) {
			return true
		}
	}
	return false
}

// halfWords are the ways of writing a half of a whole: the value 0.5 of a
// fraction; 过半 and 大半 are more than half, an approximation.
var halfWords = []struct {
	s      string
	approx bool
}{{"过半数", true}, {"一半", false}, {"过半", true}, {"大半", true}, {"半数", false}}

// halfNot follow 半 where it is no fraction of a whole: spans of time
// (大半年, 一半天) and words (半径, 半导体).
var halfNot = []string{"年", "天", "个月", "月", "辈子", "日", "小时", "晌", "夜", "截", "径", "导体", "岛", "山腰", "壁", "拉子", "成品", "价"}

// halfAt reads a half word (一半以上, 过半, 大半, 半数) starting at byte i
// of text, which holds 半 at i or one character after it. It returns the
// quantity and its end.
func halfAt(text string, i int) (Quantity, int, bool) {
	for _, h := range halfWords {
		if !strings.HasPrefix(text[i:], h.s) {
			continue
		}
		end := i + len(h.s)
		for _, w := range halfNot {
			if strings.HasPrefix(text[end:], w) {
				return Quantity{}, 0, false
			}
		}
		if h.s == "一半" {
			if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (isCN(prev) && prev != '的' || prev == '来') {
				// 十一半, 一年一半: a numeral before it is another figure
				if !strings.ContainsRune("的有占超过达近约逾将", prev) {
					return Quantity{}, 0, false
				}
			}
		}
		if h.s == "大半" || h.s == "过半" {
			// 大半 and 过半 inside a longer word (强大半导体, 经过半年) are no half
			if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && strings.ContainsRune("强扩壮庞巨远伟宏经越跳", prev) {
				return Quantity{}, 0, false
			}
		}
		v := 0.5
		q := Quantity{Unit: "半", Kind: KindFraction, Value: &v, Approx: h.approx, Normalized: &Normalized{Value: 50, Unit: "%"}}
		end = approxAfter(text, end, &q)
		return finish(text, i, end, q), end, true
	}
	return Quantity{}, 0, false
}

// durationBefore are the words before a masked figure of years that make
// it a span (为期×年, 连续××年), not a masked calendar year (××年全县…).
var durationBefore = []string{"为期", "历时", "连续", "长达", "用了", "经过", "坚持了", "期限为", "周期为", "年限为", "期为", "满", "已有", "持续", "延长", "缩短", "提前"}

// durationAfter are the words after 年 that make a masked figure a span
// (×年来, ×年内, ×年时间).
var durationAfter = []string{"来", "内", "间", "时间", "的时间", "之内"}

// maskedYears reports whether a masked figure of one or two mask
// characters before 年 (from start to the end of 年 at end) is a span of
// years: a duration word stands right before it or right after 年.
func maskedYears(text string, start, numEnd, end int) bool {
	if utf8.RuneCountInString(text[start:numEnd]) > 2 {
		return false
	}
	for _, w := range durationBefore {
		if strings.HasSuffix(text[:start], w) {
			return true
		}
	}
	if strings.HasPrefix(text[end:], "以来") {
		return false
	}
	for _, w := range durationAfter {
		if strings.HasPrefix(text[end:], w) {
			return true
		}
	}
	return false
}
