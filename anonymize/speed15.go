package anonymize

import "strings"

// Speed, fifteenth round: the helpers the rule stages call tens of
// thousands of times per reports-dev pass do less per call (fewer false
// hits in the space test, no calls the inliner cannot remove), with the
// same answers.

// spaceMay is hasSpace(tt.text), answered false from the text's
// character signature (newTokText's sig: bit 32 for ' ', bit 0 for
// U+3000, a bit other characters share) without scanning the text when
// neither bit is set, as for most paragraphs of a report.
func (tt *tokText) spaceMay() bool {
	if len(tt.b2r) == len(tt.text)+1 && tt.sig[0]&(1<<32|1) == 0 { // (b2r: built by newTokText, which filled sig)
		return false
	}
	return hasSpace(tt.text)
}

// hasIdeoSpace is strings.Contains(s, "\u3000") (bytes E3 80 80), found
// from its last two bytes: strings.Contains stops at every E3, the lead
// byte of all of Chinese punctuation (、。《》「」), where 80 80 follows far
// fewer characters.
func hasIdeoSpace(s string) bool {
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "\x80\x80")
		if j < 0 {
			return false
		}
		if j += i; j > 0 && s[j-1] == 0xE3 {
			return true
		}
		i = j + 1
	}
	return false
}
