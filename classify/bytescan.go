package classify

import "unicode/utf8"

// runesUpTo counts the characters of s like utf8.RuneCountInString, but
// stops past max: it returns max+1 for any longer s, which is all a test
// of shortness needs, without counting a long paragraph to the end.
func runesUpTo(s string, max int) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if n > max {
			return n
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return n
}

// sentenceMarkAt returns the byte length of the sentence end (。；！？ or
// ; ! ?) at byte i of s, or 0. The marks' first bytes (ASCII, 0xE3, 0xEF)
// never continue another character, so a match is always a whole
// character, as decoding s would find it.
func sentenceMarkAt(s string, i int) int {
	switch s[i] {
	case ';', '!', '?':
		return 1
	case 0xE3: // 。 E3 80 82
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x82 {
			return 3
		}
	case 0xEF: // ； EF BC 9B, ！ EF BC 81, ？ EF BC 9F
		if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x9B || s[i+2] == 0x81 || s[i+2] == 0x9F) {
			return 3
		}
	}
	return 0
}

// markLead marks the first bytes of the sentence ends, so that scans call
// sentenceMarkAt only where one may start.
var markLead = [256]bool{';': true, '!': true, '?': true, 0xE3: true, 0xEF: true}

// hasSentenceMark reports whether s contains 。；；！？ or ; ! ?
// (strings.ContainsAny(s, "。；;！？!?")).
func hasSentenceMark(s string) bool {
	for i := 0; i < len(s); i++ {
		if markLead[s[i]] && sentenceMarkAt(s, i) > 0 {
			return true
		}
	}
	return false
}
