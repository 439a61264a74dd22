package quantity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the forms a figure takes beyond "number + unit":
// compound units (元/亩), figures in two parts (1亿5千万元, 3万5千户),
// fractions (三分之一, 1/3), doublings (翻一番), a unit standing in
// brackets before a table's figure (（亿元）：45.3) and the base of a
// per-unit phrase (每亩850元, 人均1.2万元).

// denominatorExtra are bases of a compound unit that are no measure word
// of their own (元/月, 人/万人口).
var denominatorExtra = []string{"人口", "月", "日", "年", "周", "季", "班", "趟"}

// compoundUnit reads "/denominator" at text[i:] after a unit (元/亩,
// 万元/人, 公里/小时, 人/万人, 元/平方米) and returns the denominator as
// written and the bytes it takes, slash included.
func compoundUnit(text string, i int) (string, int) {
	if i >= len(text) {
		return "", 0
	}
	slash := 0
	switch {
	case text[i] == '/':
		slash = 1
	case strings.HasPrefix(text[i:], "／"):
		slash = len("／")
	default:
		return "", 0
	}
	j := i + slash
	for _, m := range []string{"万", "千", "百", "十"} {
		if strings.HasPrefix(text[j:], m) {
			j += len(m)
			break
		}
	}
	k := j
	if u, l := matchUnit(text, j); u != nil && u.kind != KindPercent && u.kind != KindPoints {
		k = j + l
	} else {
		for _, w := range denominatorExtra {
			if strings.HasPrefix(text[j:], w) {
				k = j + len(w)
				break
			}
		}
	}
	if k == j {
		return "", 0
	}
	if strings.HasPrefix(text[k:], "口") && strings.HasSuffix(text[j:k], "人") {
		k += len("口") // 人/万人口
	}
	// a unit glued to more digits or letters is no denominator (元/2023)
	if r, _ := utf8.DecodeRuneInString(text[k:]); isDigit(r) || isASCIILetter(r) {
		return "", 0
	}
	return text[i+slash : k], k - i
}

// secondPart reads the lower part of a figure written in two parts after
// its first magnitude: text[k:] follows "1亿" or "3万" and holds "5千万元"
// or "5千户". It returns the figure's value and magnitude as they are to
// be reported and the offset after the second part (before any unit).
// A figure whose second part ends in 万 after 亿 keeps 亿 (1亿5千万 → 1.5,
// 亿); one whose second part has no magnitude of its own is a plain count
// (3万5千 → 35000, no magnitude), as 一万二千 is.
// An approximation mark may follow the second part's magnitude (2万3千余人,
// 1亿5千余万元); approx reports it.
func secondPart(text string, k int, first float64, mag string, magv float64) (v float64, outMag string, outMagv float64, end int, approx, ok bool) {
	if k >= len(text) {
		return 0, "", 0, 0, false, false
	}
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !(r >= '0' && r <= '9') {
		return 0, "", 0, 0, false, false
	}
	m, ok := readNumber(text, k)
	if !ok || m.masked || m.chinese || m.value <= 0 {
		return 0, "", 0, 0, false, false
	}
	j := m.end
	m2v := 1.0
	for _, mm := range magnitudes {
		if strings.HasPrefix(text[j:], mm.s) {
			m2v = mm.v
			j += len(mm.s)
			break
		}
	}
	if m2v > 1 {
		for _, a := range approxAfterNum[:2] { // 余, 多
			if strings.HasPrefix(text[j:], a) {
				approx = true
				j += len(a)
				break
			}
		}
		// 5千余万: the 万 after 余 still scales the second part
		if approx && m2v < 1e4 && magv == 1e8 && strings.HasPrefix(text[j:], "万") {
			m2v *= 1e4
			j += len("万")
		}
	} else if m.value < 100 {
		return 0, "", 0, 0, false, false // 2万3人: too short a tail to be its lower digits
	}
	low := m.value * m2v
	if low >= magv {
		return 0, "", 0, 0, false, false // 3万5万: not one figure
	}
	switch {
	case magv == 1e8 && m2v >= 1e4:
		return first + low/1e8, mag, magv, j, approx, true
	case magv == 1e4:
		return first*magv + low, "", 1, j, approx, true
	}
	return 0, "", 0, 0, false, false
}

// hundredsPart reads the rest of a figure written as thousands and
// hundreds after "3千": text[k:] holds "5百万元" or "3百平方米". The
// thousands must be a single digit and the hundreds one digit followed by
// 百; a 万 or 亿 after them (with 余/多 between) is the figure's magnitude:
// 3千5百万元 → 3500, 万; 2千3百平方米 → 2300, no magnitude.
func hundredsPart(text string, k int, first float64) (v float64, mag string, magv float64, end int, approx, ok bool) {
	if first != math.Trunc(first) || first < 1 || first > 9 || k+1 >= len(text) || text[k] < '1' || text[k] > '9' || !strings.HasPrefix(text[k+1:], "百") {
		return 0, "", 0, 0, false, false
	}
	v = first*1000 + float64(text[k]-'0')*100
	j := k + 1 + len("百")
	for _, a := range approxAfterNum[:2] { // 余, 多
		if strings.HasPrefix(text[j:], a) {
			approx = true
			j += len(a)
			break
		}
	}
	magv = 1
	for _, m := range []struct {
		s string
		v float64
	}{{"万", 1e4}, {"亿", 1e8}} {
		if strings.HasPrefix(text[j:], m.s) {
			mag, magv = m.s, m.v
			j += len(m.s)
			break
		}
	}
	return v, mag, magv, j, approx, true
}

// magRangeEnd reads the high end of a range after its low end's
// magnitude (text[k:] follows "1.5万" and holds "至3.5万元"): a dash or
// 至/到, a larger number of the same script, the same magnitude mag and a
// unit that is no place word. It returns the high end, the offset of its
// unit and the unit.
func magRangeEnd(text string, k int, n number, mag string) (number, int, *unit, int, bool) {
	for _, sep := range [...]string{"-", "－", "—", "~", "～", "至", "到"} {
		if !strings.HasPrefix(text[k:], sep) {
			continue
		}
		m, ok := readNumber(text, k+len(sep))
		if !ok || m.masked || m.chinese != n.chinese || m.value <= n.value || m.mag != "" || !strings.HasPrefix(text[m.end:], mag) {
			return number{}, 0, nil, 0, false
		}
		e := m.end + len(mag)
		u, l := matchUnit(text, e)
		if u == nil || u.place {
			return number{}, 0, nil, 0, false
		}
		return m, e, u, l, true
	}
	return number{}, 0, nil, 0, false
}

// monthsAfter reads the months of a span written in years and months
// after its years (两年零九个月: text[end:] is "零九个月"): 零 or 又, then a
// whole number of 1 to 11 in the same script as the years and 个月. It
// returns the months, the end of 个月 and its unit.
func monthsAfter(text string, end int, chinese bool) (float64, int, *unit, bool) {
	j := end
	for _, w := range []string{"零", "又"} {
		if strings.HasPrefix(text[j:], w) {
			j += len(w)
			break
		}
	}
	if j >= len(text) {
		return 0, 0, nil, false
	}
	m, ok := readNumber(text, j)
	if !ok || m.masked || m.chinese != chinese || m.value < 1 || m.value > 11 || m.value != math.Trunc(m.value) || m.max > 0 || m.approx {
		return 0, 0, nil, false
	}
	u, l := matchUnit(text, m.end)
	if u == nil || u.s != "个月" {
		return 0, 0, nil, false
	}
	return m.value, m.end + l, u, true
}

// fraction reads 三分之一 (n is the denominator 三) or 1/3 (n is the
// numerator 1) at n and returns the ratio and the end of the fraction.
// An Arabic fraction needs a denominator of at most 10, so dates written
// with a slash (1/15, 12/31) stay what they are.
func fraction(text string, n number) (float64, int, string, bool) {
	if n.masked || n.value <= 0 {
		return 0, 0, "", false
	}
	if n.chinese {
		if !strings.HasPrefix(text[n.end:], "分之") {
			return 0, 0, "", false
		}
		m, ok := readNumber(text, n.end+len("分之"))
		if !ok || m.masked || !m.chinese || m.value <= 0 || m.value > n.value || m.bare {
			return 0, 0, "", false
		}
		return m.value / n.value, m.end, "分之", true
	}
	if n.end+1 >= len(text) || text[n.end] != '/' || n.value != math.Trunc(n.value) || strings.ContainsAny(text[n.start:n.end], ".．,") {
		return 0, 0, "", false
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:n.start]); prev == '/' || prev == '／' {
		return 0, 0, "", false // 2023/1/3
	}
	if r := text[n.end+1]; r < '1' || r > '9' {
		return 0, 0, "", false
	}
	m, ok := readNumber(text, n.end+1)
	if !ok || m.masked || m.chinese || m.value != math.Trunc(m.value) || m.value <= n.value || m.value > 10 {
		return 0, 0, "", false
	}
	if m.end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[m.end:])
		if r == '/' || r == '／' || r == '.' || isDigit(r) || isASCIILetter(r) {
			return 0, 0, "", false
		}
		for _, w := range []string{"日", "号", "月", "小时", "天"} { // 5/20日, 7/24小时
			if strings.HasPrefix(text[m.end:], w) {
				return 0, 0, "", false
			}
		}
	}
	return n.value / m.value, m.end, "/", true
}

// doubling reads 翻一番 / 翻了两番 with the numeral n: it returns the start
// of 翻 when the numeral is followed by 番 and preceded by 翻 or 翻了.
func doubling(text string, n number) (int, bool) {
	if n.masked || !strings.HasPrefix(text[n.end:], "番") {
		return 0, false
	}
	before := text[:n.start]
	before = strings.TrimSuffix(before, "了")
	if !strings.HasSuffix(before, "翻") {
		return 0, false
	}
	return len(before) - len("翻"), true
}

// tableUnit reads the unit a table line gives in brackets before its
// figure ("规模以上工业增加值（亿元）：45.3", "城镇新增就业（人）2860") from
// the text before the figure: it returns the magnitude, its factor and the
// unit, if before ends in one.
func tableUnit(before string) (mag string, magv float64, u *unit, at int, ok bool) {
	b := strings.TrimRight(before, " \u3000")
	b = strings.TrimSuffix(b, "：")
	b = strings.TrimSuffix(b, ":")
	b = strings.TrimRight(b, " \u3000")
	var inner string
	switch {
	case strings.HasSuffix(b, "）"):
		at = strings.LastIndex(b, "（")
		if at < 0 {
			return "", 0, nil, 0, false
		}
		inner = b[at+len("（") : len(b)-len("）")]
	case strings.HasSuffix(b, ")"):
		at = strings.LastIndex(b, "(")
		if at < 0 {
			return "", 0, nil, 0, false
		}
		inner = b[at+1 : len(b)-1]
	default:
		return "", 0, nil, 0, false
	}
	for _, p := range []string{"单位：", "单位:"} { // （单位：万元）
		inner = strings.TrimPrefix(inner, p)
	}
	inner = strings.TrimSpace(inner)
	if inner == "" || len(inner) > 24 {
		return "", 0, nil, 0, false
	}
	magv = 1
	for _, m := range magnitudes {
		if strings.HasPrefix(inner, m.s) {
			mag, magv = m.s, m.v
			inner = inner[len(m.s):]
			break
		}
	}
	if inner == "" {
		return mag, magv, nil, at, mag != ""
	}
	uu, l := matchUnit(inner, 0)
	if uu == nil || l != len(inner) || uu.place || uu.s == "年" || uu.s == "成" || uu.s == "折" {
		return "", 0, nil, 0, false
	}
	return mag, magv, uu, at, true
}

// dimension reports whether s, the text after a measure, makes it the
// size of a thing (60厘米深的树坑, 一米见方, 6米宽、): such a figure is no
// rate, whatever 每 stands earlier in its clause.
func dimension(s string) bool {
	if strings.HasPrefix(s, "见方") {
		return true
	}
	r, w := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("深长宽高厚粗", r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[w:])
	return w == len(s) || next == '的' || clauseStop(next) || next == '）' || next == ')'
}

// changeToVerbs lead from the old value of a figure to its new one
// (由2860元增加到10260元).
var changeToVerbs = []string{"增加到", "增长到", "提高到", "提升到", "上升到", "下降到", "降低到", "减少到", "扩大到", "缩小到",
	"增加至", "增长至", "提高至", "提升至", "上升至", "下降至", "降低至", "减少至", "增至", "降至", "升至", "减至", "降到", "升到"}

// changedTo reports whether gap, the text between two figures, leads from
// the first to the second as the old and new values of one thing: a verb of
// changeToVerbs, then at most a few characters (2020年的) and no stop.
func changedTo(gap string) bool {
	for _, v := range changeToVerbs {
		if strings.HasPrefix(gap, v) {
			rest := gap[len(v):]
			if utf8.RuneCountInString(rest) > 8 {
				return false
			}
			for _, r := range rest {
				if clauseStop(r) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// perPrefixes name the base of a per-unit phrase written as one word
// before the figure (人均收入, 亩产, 日均客流).
var perPrefixes = []struct{ w, base string }{
	{"人均", "人"}, {"户均", "户"}, {"亩均", "亩"}, {"亩产", "亩"}, {"日均", "日"}, {"月均", "月"}, {"村均", "村"}, {"企均", "家"}, {"单产", "亩"},
}

// perBase finds the base of a per-unit phrase in the clause before the
// figure at start: 每亩850元 → 亩, 每万人口…3.5件 → 万人口, 千人…床位数6.8张
// → 千人, 人均可支配收入2万元 → 人. Rates (%, 个百分点), durations and
// ordinals have none.
func perBase(text string, start int, kind string) (string, int) {
	switch kind {
	case KindPercent, KindPoints, KindDuration, KindOrdinal, KindMultiple, KindFraction:
		return "", 0
	}
	// the clause: back to the last stop (，。；： …) or to a bracket the
	// figure stands inside; a closed bracket before it (医师（助理）数) is
	// part of the clause
	from, depth := start, 0
	for n := 0; from > 0 && n < 40; n++ {
		r, w := utf8.DecodeLastRuneInString(text[:from])
		if r == '）' || r == ')' {
			depth++
		} else if r == '（' || r == '(' {
			if depth == 0 {
				break
			}
			depth--
		} else if clauseStop(r) {
			break
		}
		from -= w
	}
	clause := text[from:start]
	// one pass over the clause: 每 + magnitude? + base (of a chain such as
	// 每亩每年 the first base counts, the second is how often), and the
	// two-character words of perPrefixes (人均, 亩产 …)
	best, bestAt := "", -1
	every := false
	var prev rune
	chainEnd := -1
	for k, r := range clause {
		switch r {
		case '每':
			b := perWord(clause[k+len("每"):])
			if b != "" && k != chainEnd {
				best, bestAt, every = b, k, true
			}
			if b != "" {
				chainEnd = k + len("每") + len(b)
			}
		case '均', '产':
			if base := perPrefix[[2]rune{prev, r}]; base != "" {
				best, bestAt = base, k-utf8.RuneLen(prev)
			}
		}
		prev = r
	}
	// a clause opening with 千人 / 万人口 (千人医疗卫生机构床位数)
	if !every {
		for _, p := range []string{"万人口", "千人口", "万人", "千人", "百户", "万元"} {
			if strings.HasPrefix(clause, p) && !strings.HasPrefix(clause[len(p):], "次") {
				if r, _ := utf8.DecodeRuneInString(clause[len(p):]); unicode.Is(unicode.Han, r) && !strings.ContainsRune("以左上次", r) {
					return p, from
				}
			}
		}
	}
	if bestAt < 0 {
		return "", 0
	}
	return best, from + bestAt
}

// perPrefix indexes perPrefixes by their two characters.
var perPrefix = func() map[[2]rune]string {
	m := map[[2]rune]string{}
	for _, p := range perPrefixes {
		rs := []rune(p.w)
		m[[2]rune{rs[0], rs[1]}] = p.base
	}
	return m
}()

// perWord reads the base after 每: an optional magnitude and a unit or
// one of denominatorExtra (亩, 万人口, 平方公里, 小时, 月).
func perWord(s string) string {
	j := 0
	for _, m := range []string{"万", "千", "百", "十"} {
		if strings.HasPrefix(s, m) {
			j = len(m)
			break
		}
	}
	k := j
	if u, l := matchUnit(s, j); u != nil && u.kind != KindPercent && u.kind != KindPoints && u.kind != KindMultiple {
		k = j + l
	} else {
		for _, w := range denominatorExtra {
			if strings.HasPrefix(s[j:], w) {
				k = j + len(w)
				break
			}
		}
	}
	if k == j {
		return ""
	}
	if strings.HasPrefix(s[k:], "口") && strings.HasSuffix(s[j:k], "人") {
		k += len("口")
	} else if j == 0 && strings.Contains("个名位家项所", s[:k]) && startsWithIdeograph(s[k:]) {
		return "" // 每个村, 每家企业: the base is the noun after the measure word
	}
	return s[:k]
}

// clauseStop reports whether r ends the clause a per-unit phrase may
// stand in.
func clauseStop(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '、', ',', ';', '！', '？', '\n', '“':
		return true
	}
	return false
}
