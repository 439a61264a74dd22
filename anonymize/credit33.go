package anonymize

import "unicode/utf8"

// This file holds credit33: a by-line's credit and role tokens end a
// padded name. A photo credit or a by-line (本报记者 欧 阳 明 摄, 通讯员
// 甲  乙  报道, 记者：甲乙  丙供稿) writes the credit right after the
// padded name, with or without padding; the readers of padded and spaced
// names (spacedPieces, findSpacedNames, spacedGivenAfterRole21,
// spacedNames22, paddedGiven28 and its callers, paddedNames32,
// readName13, spacedCompound13b) read one or two given characters after
// the surname and took the credit's first character (摄, 报 of 报道) as
// the last given one. Each stops there now, asking creditRune33 (or
// creditAt33 of the raw text): the credit is the by-line's word, never
// the name's.

// creditWords33 begin a credit or a by-line role right after a name: the
// photo credit 摄, the verbs of a story's credit and the by-line roles. A
// given name never holds them as they are written here (摄 alone, 报道,
// 供稿 …).
var creditWords33 = []string{"摄", "报道", "供稿", "供图", "通讯员", "记者", "编辑", "撰稿", "整理", "执笔", "审核", "校对", "图文"}

// creditSig33 holds the first characters of creditWords33: one bit test
// before the prefix tests (TestCreditSig33 checks it against the list).
var creditSig33 = runeBitsOf("摄报供通记编撰整执审校图")

// creditAt33 reports whether s begins with a credit or by-line word of
// creditWords33 (摄, 报道 …).
func creditAt33(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !creditSig33.has(r) {
		return false
	}
	return firstPrefix(s, creditWords33) != ""
}

// creditRune33 reports whether a credit or by-line word begins at rune i
// of tt (false outside the text), for the readers of padded names that
// walk runes.
func creditRune33(tt *tokText, i int) bool {
	return i >= 0 && i < len(tt.runes) && creditSig33.has(tt.runes[i]) && creditAt33(tt.text[tt.off[i]:])
}
