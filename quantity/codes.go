package quantity

import (
	"strings"
	"unicode/utf8"
)

// Numbers are identifiers too. A phone number, QQ number, resident ID,
// bank card, postcode, licence plate or house number written next to a
// word that begins like a measure word (手机：13859471026 村部电话,
// QQ：206157066人) is no figure: reading it as one would copy the
// identifier into the value of a quantity, beside text where it is masked.
// codeNumber tells such numbers from figures by their shape and by the
// words before them; scanAt never reads a quantity from one.

// minCodeDigits is the length from which an unbroken run of digits is a
// code, not a figure: mobile phones have 11 digits, resident IDs 18, bank
// cards 16 to 19. A report writes an amount that long with a magnitude
// (120亿元) or with separators (12,000,000,000元), not as one run.
const minCodeDigits = 11

// contactCues are the words after which a number of several digits is a
// contact or an identifier (手机：, QQ群：, 身份证号, 邮编). Each is
// matched at the end of the text before the number, after the separators
// of codeSeparators.
var contactCues = []string{
	"手机", "手机号", "电话", "电话号", "热线", "传真", "座机", "号码",
	"QQ", "qq", "Qq", "QQ号", "QQ群", "qq群", "微信", "微信号", "微信群",
	"邮编", "邮政编码", "身份证", "身份证号", "证件号", "证号", "卡号", "账号", "帐号", "账户", "帐户", "银行卡",
	"编号", "代码", "编码", "车牌", "车牌号", "牌照", "工号", "学号", "门牌", "门牌号", "房号", "户号",
	"群号", "注册号", "识别号", "执照号", "许可证号", "联系方式",
}

// codeSeparators may stand between a cue word and the number.
const codeSeparators = "：: \u3000=＝为是"

// codeNumber reports whether the number n that scanAt read is a code, an
// identifier or a piece of one, rather than a figure.
func codeNumber(text string, n number) bool {
	if n.chinese {
		return false
	}
	tok := text[n.start:n.end]
	digits, dot, grouped := 0, false, false
	first, second := rune(-1), rune(-1)
	for _, c := range tok {
		switch {
		case isDigit(c):
			digits++
			if first < 0 {
				first = c
			} else if second < 0 {
				second = c
			}
		case c == '.' || c == '．':
			dot = true
			if second < 0 {
				second = c
			}
		case c == ',' || c == ' ' || c == '\u00a0' || c == '\u2009':
			grouped = true
		}
	}
	if digits == 0 {
		return false
	}
	// an unbroken run of 11 or more digits (13859471026, a resident ID
	// ending in X, a bank card)
	if digits >= minCodeDigits && !dot && !grouped {
		return true
	}
	// a leading zero: an area code (0598), a code (010), never a figure,
	// which begins 0 only before its decimal point
	if toASCIIDigit(first) == '0' && isDigit(second) {
		return true
	}
	before := text[:n.start]
	prev, size := utf8.DecodeLastRuneInString(before)
	// the second part of a number joined by a dash (0598-7654321,
	// 138-5947-1026) or a middle dot (闽G·12345): a range is read from
	// its first number, so a number after a dash is never a range's end
	switch prev {
	case '-', '－', '—', '–', '·':
		if p2, _ := utf8.DecodeLastRuneInString(before[:len(before)-size]); isDigit(p2) || isASCIILetter(p2) {
			return true
		}
	case ' ', '\u3000':
		// a group of a phone number written with spaces (138 5947 1026):
		// at least three digits after at least three digits without a point
		if digits >= 3 && !dot && spacedGroupBefore(before[:len(before)-size]) {
			return true
		}
	}
	// a number after an area code in brackets ((0598)7654321, （010）12345678)
	if prev == ')' || prev == '）' {
		if areaCodeBefore(before[:len(before)-size]) {
			return true
		}
	}
	// a house number's parts (解放路128号3栋)
	for _, s := range []string{"号院", "号楼", "号"} {
		if strings.HasSuffix(before, s) {
			if p2, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(s)]); isDigit(p2) {
				return true
			}
		}
	}
	// a number of five digits and more after a contact or identifier word
	// (手机：, QQ群：, 邮编366100, 身份证号); one written right after a word
	// it may count (电话, 热线) needs seven (电话5123456, where
	// 接听热线电话12000次 is a count)
	if dot || grouped || digits < 5 || approxOrMagnitudeAt(text[n.end:]) {
		return false
	}
	cut := strings.TrimRight(before, codeSeparators)
	for _, c := range contactCues {
		if strings.HasSuffix(cut, c) {
			return cut != before || digits >= 7 || !weakCue(c)
		}
	}
	return false
}

// weakCue reports whether a number written right after cue may be a
// count of it (接听电话12000次, 建立微信群12000个).
func weakCue(cue string) bool {
	switch cue {
	case "电话", "热线", "传真", "微信", "微信群", "QQ群", "qq群", "号码":
		return true
	}
	return false
}

// spacedGroupBefore reports whether s ends in a group of three or more
// digits with no decimal point, the group of a number written with spaces.
func spacedGroupBefore(s string) bool {
	k := 0
	for len(s) > 0 {
		c, size := utf8.DecodeLastRuneInString(s)
		if !isDigit(c) {
			if c == '.' || c == '．' {
				return false
			}
			break
		}
		k++
		s = s[:len(s)-size]
	}
	return k >= 3
}

// approxOrMagnitudeAt reports whether s begins with a mark that only a
// figure takes: 余, 多, or a magnitude (万, 亿 …).
func approxOrMagnitudeAt(s string) bool {
	for _, a := range approxAfterNum[:2] {
		if strings.HasPrefix(s, a) {
			return true
		}
	}
	for _, m := range magnitudes {
		if strings.HasPrefix(s, m.s) {
			return true
		}
	}
	return false
}

// areaCodeBefore reports whether s ends in an opening bracket and an area
// code: three or four digits beginning with 0 ((0598, （010).
func areaCodeBefore(s string) bool {
	k := 0
	var first rune
	for len(s) > 0 {
		c, size := utf8.DecodeLastRuneInString(s)
		if !isDigit(c) {
			break
		}
		first = c
		k++
		s = s[:len(s)-size]
	}
	open, _ := utf8.DecodeLastRuneInString(s)
	return k >= 3 && k <= 4 && toASCIIDigit(first) == '0' && (open == '(' || open == '（')
}
