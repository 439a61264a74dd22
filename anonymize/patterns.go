package anonymize

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// A patternRecognizer finds one kind of number or address with a regular
// expression and, where the format has one, a checksum.
type patternRecognizer struct {
	name  string
	typ   Type
	re    *regexp.Regexp
	valid func(string) bool // nil: the match is enough
	// alnumEdge: the match must not touch a digit or latin letter on
	// either side (so a phone number is not read inside a longer number).
	alnumEdge bool
	// runByte, when set, holds every byte the pattern can match and
	// minRun the fewest bytes a match has: the pattern then runs only over
	// the runs of such bytes, at least minRun long, inside its windows
	runByte func(byte) bool
	minRun  int
}

var patternRecognizers = []patternRecognizer{
	{name: "pattern:url", typ: URL, re: regexp.MustCompile(`(?i)(?:https?://|www\.)[A-Za-z0-9.\-]+(?:\.[A-Za-z]{2,})(?::\d+)?(?:/[A-Za-z0-9\-._~%/?#=&+]*)?`)},
	{name: "pattern:email", typ: EMAIL, re: regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)},
	{name: "pattern:qq", typ: QQ, re: regexp.MustCompile(`(?i)(?:QQ|ＱＱ|扣扣)\s*(?:群|号|号码)?\s*(?:号|号码)?\s*[:：]?\s*[1-9]\d{4,11}`)},
	{name: "pattern:id-number", typ: ID_NUMBER, re: regexp.MustCompile(`[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]`), valid: validID, alnumEdge: true, runByte: idByte, minRun: 18},
	{name: "pattern:credit-code", typ: CREDIT_CODE, re: regexp.MustCompile(`[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}`), valid: validCreditCode, alnumEdge: true, runByte: upperAlnumByte, minRun: 18},
	// the same numbers written in groups (622627 19850315 4316, 91621225 MA7123456N)
	{name: "pattern:id-number-grouped", typ: ID_NUMBER, re: regexp.MustCompile(`[1-9]\d{5}[ \-](?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \-]?\d{3}[\dXx]|[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \-]\d{3}[\dXx]`), valid: groupedValid(validID), alnumEdge: true, runByte: idGroupByte, minRun: 19},
	{name: "pattern:credit-code-grouped", typ: CREDIT_CODE, re: regexp.MustCompile(`[0-9A-HJ-NPQRTUWXY]{2}\d{6}[ \-][0-9A-HJ-NPQRTUWXY]{10}|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{4}[ \-][0-9A-HJ-NPQRTUWXY]{6}`), valid: groupedValid(validCreditCode), alnumEdge: true, runByte: codeGroupByte, minRun: 19},
	{name: "pattern:bank-card", typ: BANK_CARD, re: regexp.MustCompile(`[1-9]\d{3}(?:[ \-]?\d{4}){2}(?:[ \-]?\d{4}[ \-]\d{1,3}|[ \-]?\d{4,7})`), valid: validLuhn, alnumEdge: true, runByte: digitSpaceHyphenByte, minRun: 16},
	{name: "pattern:mobile", typ: PHONE, re: regexp.MustCompile(`(?:\+?86[ \-]?)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}`), alnumEdge: true, runByte: phoneByte, minRun: 11},
	{name: "pattern:landline", typ: PHONE, re: regexp.MustCompile(`(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[\-－—])\d{7,8}(?:[\-－]\d{1,4})?|[48]00[\-－]?\d{3}[\-－]?\d{4}`), alnumEdge: true, runByte: landlineByte, minRun: 10},
	{name: "pattern:licence-plate", typ: LICENSE_PLATE, re: regexp.MustCompile(`[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][·・\s]?[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]{1,2}`), alnumEdge: true},
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// findPatterns runs the number and address recognizers over one text.
// Fullwidth letters, digits and signs (１３９…, ｘｉｈｅ＠１６３．ｃｏｍ) are
// read as their ASCII forms; the findings keep the text's own spans.
func findPatterns(text string) []Finding {
	if !hasFullwidthAlnum(text) {
		return findPatternsASCII(text)
	}
	norm, orig := asciiFold(text)
	if norm == text {
		return findPatternsASCII(text)
	}
	fs := findPatternsASCII(norm)
	for i := range fs {
		fs[i].Start, fs[i].End = orig[fs[i].Start], orig[fs[i].End]
		fs[i].Text = text[fs[i].Start:fs[i].End]
	}
	return fs
}

// hasFullwidthAlnum reports whether text holds a fullwidth form that can be
// part of a number or address: a digit, a latin letter, ＠, ． or －. Report
// text is full of fullwidth punctuation (，：（）), which the recognizers
// read as it is, so only these send a text through asciiFold.
func hasFullwidthAlnum(text string) bool {
	for i := strings.IndexByte(text, 0xEF); i >= 0 && i+2 < len(text); {
		switch b1, b2 := text[i+1], text[i+2]; {
		case b1 == 0xBC && (b2 == 0x8D || b2 == 0x8E || b2 >= 0x90 && b2 <= 0x99 || b2 >= 0xA0 && b2 <= 0xBA),
			b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A:
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xEF)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// asciiFold replaces the fullwidth forms U+FF01–U+FF5E by their ASCII
// characters and returns, for every byte offset of the folded text (and
// its end), the offset in text.
func asciiFold(text string) (string, []int) {
	var b strings.Builder
	b.Grow(len(text))
	orig := make([]int, 0, len(text)+1)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r >= 0xFF01 && r <= 0xFF5E {
			b.WriteByte(byte(r - 0xFF01 + '!'))
			orig = append(orig, i)
			i += n
			continue
		}
		for k := 0; k < n; k++ {
			orig = append(orig, i+k)
		}
		b.WriteString(text[i : i+n])
		i += n
	}
	orig = append(orig, len(text))
	return b.String(), orig
}

// findPatternsASCII runs the number and address recognizers over a text
// whose numbers are written in ASCII.
func findPatternsASCII(text string) []Finding {
	if !strings.ContainsAny(text, "0123456789@.:") {
		return nil
	}
	var out []Finding
	run := longestDigitRun(text)
	var windows [][2]int
	var stats []windowStats
	if run >= 3 {
		windows = digitWindows(text)
	}
	for _, p := range patternRecognizers {
		switch p.typ {
		case LICENSE_PLATE:
			if !hasPlateLetter(text) {
				continue
			}
		case URL:
			if !strings.Contains(text, "www.") && !strings.Contains(text, "http") && !strings.Contains(text, "WWW.") && !strings.Contains(text, "HTTP") {
				continue
			}
		case EMAIL:
			if !strings.Contains(text, "@") {
				continue
			}
		case QQ:
			if !strings.Contains(text, "QQ") && !strings.Contains(text, "qq") && !strings.Contains(text, "Qq") && !strings.Contains(text, "ＱＱ") && !strings.Contains(text, "扣扣") {
				continue
			}
		case ID_NUMBER, CREDIT_CODE:
			if run < 6 {
				continue
			}
		case BANK_CARD, PHONE:
			// written in groups (6217 0028 …, 139 0939 1234) their longest
			// run of digits is 3 or 4: the windows' grouped count decides
			if run < 3 {
				continue
			}
		}
		var ms [][]int
		switch p.typ {
		case ID_NUMBER, CREDIT_CODE, BANK_CARD, PHONE:
			if stats == nil {
				stats = make([]windowStats, len(windows))
				for i, w := range windows {
					stats[i] = statsOf(text[w[0]:w[1]])
				}
			}
			ws := keepWindows(windows, stats, p.name)
			if p.runByte != nil {
				ws = byteRuns(text, ws, p.runByte, p.minRun)
			}
			ms = findInWindows(p.re, text, ws)
		case URL:
			ms = findInWindows(p.re, text, anchorWindows(text, []string{"http", "HTTP", "Http", "www.", "WWW.", "Www."}, 0, 1024))
		case EMAIL:
			ms = findInWindows(p.re, text, emailWindows(text))
		case QQ:
			ms = findInWindows(p.re, text, anchorWindows(text, []string{"QQ", "qq", "Qq", "qQ", "ＱＱ", "扣扣"}, 0, 48))
		case LICENSE_PLATE:
			ms = findInWindows(p.re, text, plateWindows(text))
		default:
			ms = p.re.FindAllStringIndex(text, -1)
		}
		for _, m := range ms {
			s, e := m[0], m[1]
			if p.alnumEdge && (s > 0 && isAlnum(text[s-1]) || e < len(text) && isAlnum(text[e])) {
				continue
			}
			t := text[s:e]
			ev := p.name
			if p.valid != nil && !p.valid(t) {
				// A number introduced as an ID (身份证号…) with a wrong
				// check digit (a typo) still names a region and a birth
				// date: the label outweighs a check character that happens
				// to make it a valid credit code. Without such a label
				// (编号…) the check digit decides.
				if !(p.typ == ID_NUMBER && idLabelBefore(text, s) || p.typ == CREDIT_CODE && creditLabelBefore(text, s)) { // creditLabelBefore: leaks8.go
					continue
				}
				ev = p.name + ",check-digit-wrong"
			}
			if overlapsAny(out, s, e) {
				continue
			}
			out = append(out, Finding{Type: p.typ, Text: t, Start: s, End: e, Evidence: ev, Score: 10})
		}
	}
	if run >= 6 {
		out = append(out, labelledNumbers(text, out)...)
	}
	if run >= 8 {
		out = append(out, patentNumbers(text, out)...) // patent.go: ZL202310458862.8
	}
	if run >= 3 {
		out = append(out, accountNumbers15(text, out)...) // account15.go: 账号：18-520101040012345
	}
	return out
}

// phoneLabels introduce a contact number, near enough before it.
var phoneLabels = []string{"电话", "联系人", "联系方式", "手机", "座机", "热线", "传真", "办公室", "Tel", "TEL", "tel"}

// labelledNumbers finds numbers the patterns need an area code or a check
// digit for, when a label introduces them: a local landline of seven or
// eight digits after a phone label or a contact's name (联系人 石丽君
// 7582001), an old resident ID of fifteen digits with a valid birth date
// after an ID label (旧身份证：450328680315001), and a postal code after
// 邮编 (a place: it names the county it serves). A run followed by a
// unit (元, 万, 人, %) is an amount, no number of a person.
func labelledNumbers(text string, found []Finding) []Finding {
	var out []Finding
	for i := 0; i < len(text); {
		if !digitByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && digitByte(text[j]) {
			j++
		}
		s, e := i, j
		i = j
		if s > 0 && (isAlnum(text[s-1]) || text[s-1] == '-' || text[s-1] == '.') || e < len(text) && (isAlnum(text[e]) || text[e] == '.' || text[e] == '-') {
			continue
		}
		if overlapsAny(found, s, e) || unitAfter(text[e:]) {
			continue
		}
		switch n := e - s; {
		case n == 15 && idLabelBefore(text, s) && validOldIDDate(text[s:e]):
			out = append(out, Finding{Type: ID_NUMBER, Text: text[s:e], Start: s, End: e, Evidence: "pattern:id-number-15,labelled", Score: 10})
		case n == 6 && text[s] != '0' && postcodeLabelBefore(text, s):
			// a postal code names the county or town it serves
			out = append(out, Finding{Type: LOCATION, Text: text[s:e], Start: s, End: e, Evidence: "pattern:postal-code,labelled", Score: 10})
		case (n == 7 || n == 8) && text[s] != '0' && phoneLabelBefore(text, s):
			out = append(out, Finding{Type: PHONE, Text: text[s:e], Start: s, End: e, Evidence: "pattern:local-landline,labelled", Score: 10})
		}
	}
	return out
}

// phoneLabelBefore reports a phone label in the 30 bytes before offset s.
func phoneLabelBefore(text string, s int) bool {
	from := max(s-30, 0)
	for from < s && !utf8.RuneStart(text[from]) {
		from++
	}
	before := text[from:s]
	for _, l := range phoneLabels {
		if strings.Contains(before, l) {
			return true
		}
	}
	return false
}

// postcodeLabelBefore reports 邮编 or 邮政编码 in the 16 bytes before s.
func postcodeLabelBefore(text string, s int) bool {
	from := max(s-16, 0)
	for from < s && !utf8.RuneStart(text[from]) {
		from++
	}
	before := text[from:s]
	return strings.Contains(before, "邮编") || strings.Contains(before, "邮政编码")
}

// unitAfter reports a unit or a date word right after a number (元, 万,
// 人, 户, %, 年): an amount or a date, no phone.
func unitAfter(rest string) bool {
	for _, u := range []string{"元", "万", "亿", "人", "户", "个", "吨", "亩", "%", "％", "年", "平方", "米", "公里", "次", "件", "头", "只", "株", "册", "份"} {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	return false
}

// validOldIDDate reports a fifteen-digit resident ID whose digits 7 to 12
// are a date (YYMMDD) of the last century.
func validOldIDDate(s string) bool {
	if len(s) != 15 || s[0] == '0' {
		return false
	}
	m := int(s[8]-'0')*10 + int(s[9]-'0')
	d := int(s[10]-'0')*10 + int(s[11]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// idLabelBefore reports whether the few characters before byte offset s
// introduce an identity document number (身份证号：, 证件号码, 公民身份号码).
func idLabelBefore(text string, s int) bool {
	from := max(s-30, 0)
	for from < s && !utf8.RuneStart(text[from]) {
		from++
	}
	before := text[from:s]
	return strings.Contains(before, "身份证") || strings.Contains(before, "证件号") || strings.Contains(before, "身份号码")
}

func hasPlateLetter(text string) bool {
	for i := 0; i < len(text); i++ {
		if i+8 <= len(text) && highBytes8(text, i) {
			i += 7 // no ASCII byte among the eight (speed8.go)
			continue
		}
		if text[i] >= 'A' && text[i] <= 'Z' {
			return true
		}
	}
	return false
}

func overlapsAny(fs []Finding, s, e int) bool {
	for i := range fs {
		if f := &fs[i]; s < f.End && f.Start < e { // (a pointer: no copy of each finding)
			return true
		}
	}
	return false
}

// validID checks the ISO 7064 MOD 11-2 check digit of a resident ID number.
func validID(s string) bool {
	if len(s) != 18 {
		return false
	}
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	check := "10X98765432"[sum%11]
	last := s[17]
	if last == 'x' {
		last = 'X'
	}
	return last == check
}

const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// validCreditCode checks the check character of a unified social credit
// code (GB 32100-2015).
func validCreditCode(s string) bool {
	if len(s) != 18 {
		return false
	}
	w := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	sum := 0
	for i := 0; i < 17; i++ {
		v := strings.IndexByte(creditAlphabet, s[i])
		if v < 0 {
			return false
		}
		sum += v * w[i]
	}
	c := (31 - sum%31) % 31
	return creditAlphabet[c] == s[17]
}

// validLuhn checks a bank card number (16-19 digits) with the Luhn sum.
func validLuhn(s string) bool {
	digits := make([]int, 0, 19)
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits = append(digits, int(s[i]-'0'))
		}
	}
	if len(digits) < 16 || len(digits) > 19 {
		return false
	}
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := digits[i]
		if (len(digits)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// longestDigitRun is the length of the longest run of digits in text,
// which the number recognizers need at least a few of.
func longestDigitRun(text string) int {
	best, cur := 0, 0
	for i := 0; i < len(text); i++ {
		if i+8 <= len(text) && highBytes8(text, i) {
			cur = 0 // eight bytes and no digit among them (speed8.go)
			i += 7
			continue
		}
		if text[i] >= '0' && text[i] <= '9' {
			cur++
			if cur > best {
				best = cur
			}
		} else {
			cur = 0
		}
	}
	return best
}

// digitWindowPad is how far a number's match may reach beyond its digits
// (a "+86 " or "(0939)" before, a check letter or extension after).
const digitWindowPad = 32

// digitWindows returns the parts of a text where a number pattern can
// match: windows around the runs of three or more digits, merged where
// they overlap, kept when they hold at least seven digits (the shortest
// phone number) and widened to character boundaries.
func digitWindows(text string) [][2]int {
	var out [][2]int
	ws, we := -1, -1
	flush := func() {
		if ws < 0 {
			return
		}
		for ws > 0 && !utf8.RuneStart(text[ws]) {
			ws--
		}
		for we < len(text) && !utf8.RuneStart(text[we]) {
			we++
		}
		digits := 0
		for i := ws; i < we; i++ {
			if text[i] >= '0' && text[i] <= '9' {
				digits++
			}
		}
		if digits >= 7 {
			out = append(out, [2]int{ws, we})
		}
	}
	for i := 0; i < len(text); {
		if i+8 <= len(text) && highBytes8(text, i) {
			i += 8 // no digit among eight bytes (speed8.go)
			continue
		}
		if text[i] < '0' || text[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j-i >= 3 {
			s, e := max(0, i-digitWindowPad), min(len(text), j+digitWindowPad)
			if ws >= 0 && s <= we {
				we = max(we, e)
			} else {
				flush()
				ws, we = s, e
			}
		}
		i = j
	}
	flush()
	return out
}

// windowStats are the digit and letter runs of one window, which tell
// cheaply which number patterns cannot match in it.
type windowStats struct {
	digitRun int // longest run of digits
	alnumRun int // longest run of ASCII letters and digits
	grouped  int // most digits in one run of digits, spaces and hyphens
	// fullHyphen: the window holds a fullwidth hyphen (－)
	fullHyphen bool
}

func statsOf(w string) windowStats {
	st := windowStats{fullHyphen: strings.Contains(w, "－")}
	d, a, g := 0, 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		digit := c >= '0' && c <= '9'
		if digit {
			d++
		} else {
			d = 0
		}
		if isAlnum(c) {
			a++
		} else {
			a = 0
		}
		switch {
		case digit:
			g++
		case c == ' ' || c == '-':
		default:
			g = 0
		}
		st.digitRun = max(st.digitRun, d)
		st.alnumRun = max(st.alnumRun, a)
		st.grouped = max(st.grouped, g)
	}
	return st
}

// keepWindows returns the windows in which the named number pattern can
// match, by what its regular expression needs at least: a resident ID has
// 17 digits in a row, a credit code 18 letters and digits, a bank card 16
// digits and a mobile number 11 digits, split by spaces or hyphens at
// most; a landline 7 digits in a row, or 10 digits split by hyphens
// (400-…), fullwidth ones (－) included.
func keepWindows(windows [][2]int, stats []windowStats, name string) [][2]int {
	var out [][2]int
	for i, w := range windows {
		st := stats[i]
		var ok bool
		switch name {
		case "pattern:id-number":
			ok = st.digitRun >= 17
		case "pattern:credit-code":
			ok = st.alnumRun >= 18
		case "pattern:bank-card":
			ok = st.grouped >= 16
		case "pattern:mobile":
			ok = st.grouped >= 11
		case "pattern:landline":
			ok = st.digitRun >= 7 || st.grouped >= 10 || st.fullHyphen
		default:
			ok = true
		}
		if ok {
			out = append(out, w)
		}
	}
	return out
}

// findInWindows runs a pattern over the windows of a text only; matches
// are in offsets of the text.
func findInWindows(re *regexp.Regexp, text string, windows [][2]int) [][]int {
	var out [][]int
	for _, w := range windows {
		for _, m := range re.FindAllStringIndex(text[w[0]:w[1]], -1) {
			out = append(out, []int{m[0] + w[0], m[1] + w[0]})
		}
	}
	return out
}

// anchorWindows returns the windows of a text from before bytes ahead of
// each occurrence of an anchor to after bytes past it, merged where they
// overlap and widened to character boundaries: the only places a pattern
// that must contain the anchor can match.
func anchorWindows(text string, anchors []string, before, after int) [][2]int {
	var pos []int
	for _, a := range anchors {
		for i := 0; ; {
			j := strings.Index(text[i:], a)
			if j < 0 {
				break
			}
			pos = append(pos, i+j)
			i += j + len(a)
		}
	}
	return mergeWindows(text, pos, before, after)
}

// byteRuns returns the runs of bytes in(b), at least min long, inside the
// windows: a pattern whose every byte is such a byte matches only inside
// them, and finds there what it finds in the whole windows.
func byteRuns(text string, windows [][2]int, in func(byte) bool, min int) [][2]int {
	var out [][2]int
	for _, w := range windows {
		for i := w[0]; i < w[1]; {
			if !in(text[i]) {
				i++
				continue
			}
			j := i + 1
			for j < w[1] && in(text[j]) {
				j++
			}
			if j-i >= min {
				out = append(out, [2]int{i, j})
			}
			i = j
		}
	}
	return out
}

func digitByte(b byte) bool { return b >= '0' && b <= '9' }

// idByte: the resident ID pattern's bytes, [0-9Xx].
func idByte(b byte) bool { return digitByte(b) || b == 'X' || b == 'x' }

// upperAlnumByte: [0-9A-Z], which holds the credit code pattern's bytes.
func upperAlnumByte(b byte) bool { return digitByte(b) || b >= 'A' && b <= 'Z' }

// idGroupByte: the grouped resident ID pattern's bytes, [0-9Xx -].
func idGroupByte(b byte) bool { return idByte(b) || b == ' ' || b == '-' }

// codeGroupByte: the grouped credit code pattern's bytes, [0-9A-Z -].
func codeGroupByte(b byte) bool { return upperAlnumByte(b) || b == ' ' || b == '-' }

// groupedValid checks a number written in groups with the check of the
// number without its spaces and hyphens.
func groupedValid(valid func(string) bool) func(string) bool {
	return func(s string) bool {
		return valid(strings.NewReplacer(" ", "", "-", "").Replace(s))
	}
}

// digitSpaceHyphenByte: the bank card pattern's bytes, [0-9 -].
func digitSpaceHyphenByte(b byte) bool { return digitByte(b) || b == ' ' || b == '-' }

// phoneByte: the mobile pattern's bytes, [0-9 +-].
func phoneByte(b byte) bool { return digitSpaceHyphenByte(b) || b == '+' }

// landlineByte: the landline pattern's bytes, [0-9()-] and those of
// （, ）, － and — (EF BC 88, EF BC 89, EF BC 8D, E2 80 94). A run may then
// start or end inside another character, whose stray bytes the pattern
// cannot match, as it could not match that character.
func landlineByte(b byte) bool {
	switch b {
	case '(', ')', '-', 0xEF, 0xBC, 0x88, 0x89, 0x8D, 0xE2, 0x80, 0x94:
		return true
	}
	return digitByte(b)
}

// emailWindows returns the windows around each @ (anchorWindows with 128
// bytes before and 256 after) narrowed to the run of address characters
// around the @: an e-mail match holds exactly one @, local-part characters
// before it and domain characters after it, so it lies inside that run;
// the pattern finds the same matches in far fewer bytes.
func emailWindows(text string) [][2]int {
	var out [][2]int
	for _, w := range anchorWindows(text, []string{"@"}, 128, 256) {
		for i := w[0]; i < w[1]; i++ {
			if text[i] != '@' {
				continue
			}
			s, e := i, i+1
			for s > w[0] && emailLocalByte(text[s-1]) {
				s--
			}
			for e < w[1] && emailDomainByte(text[e]) {
				e++
			}
			out = appendWindow(out, s, e)
		}
	}
	return out
}

// emailLocalByte reports the bytes of the e-mail pattern's local part,
// [A-Za-z0-9._%+-].
func emailLocalByte(b byte) bool {
	return isAlnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-'
}

// emailDomainByte reports the bytes of its domain, [A-Za-z0-9.-].
func emailDomainByte(b byte) bool { return isAlnum(b) || b == '.' || b == '-' }

// plateWindows returns the windows around the capital letters of a text,
// where a licence plate (甘K12345) can be.
func plateWindows(text string) [][2]int {
	var pos []int
	for i := 0; i < len(text); i++ {
		if text[i] >= 'A' && text[i] <= 'Z' && (i == 0 || text[i-1] < 'A' || text[i-1] > 'Z') {
			pos = append(pos, i)
		}
	}
	return mergeWindows(text, pos, 4, 24)
}

// mergeWindows turns positions into sorted, merged, character-aligned
// windows [p-before, p+after).
func mergeWindows(text string, pos []int, before, after int) [][2]int {
	if len(pos) == 0 {
		return nil
	}
	sort.Ints(pos)
	var out [][2]int
	for _, p := range pos {
		s, e := max(0, p-before), min(len(text), p+after)
		for s > 0 && !utf8.RuneStart(text[s]) {
			s--
		}
		for e < len(text) && !utf8.RuneStart(text[e]) {
			e++
		}
		out = appendWindow(out, s, e)
	}
	return out
}

// appendWindow adds the window [s, e) to windows sorted by start, merging
// it into the last one when they touch or overlap.
func appendWindow(out [][2]int, s, e int) [][2]int {
	if n := len(out); n > 0 && s <= out[n-1][1] {
		out[n-1][1] = max(out[n-1][1], e)
		return out
	}
	return append(out, [2]int{s, e})
}
