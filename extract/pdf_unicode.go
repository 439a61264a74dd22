package extract

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Fonts whose cmap maps a glyph both to an ideograph and to a Kangxi or
// CJK supplementary radical (Noto CJK through Chromium/Skia, for one) make
// the ToUnicode map say ⼯ (U+2F2F) where the text says 工. pdftotext folds
// these back; so does pdfGlyphText.

// radicalSupplement maps CJK Radicals Supplement code points that are
// used as whole characters to their unified ideographs. (Kangxi radicals,
// U+2F00–U+2FD5, fold through NFKC.)
var radicalSupplement = map[rune]rune{
	0x2E86: '冂', 0x2E87: '几', 0x2E8A: '卜', 0x2E8C: '小', 0x2E8D: '小', 0x2E8E: '兀', 0x2E90: '尢',
	0x2E92: '巳', 0x2E93: '幺', 0x2E95: '彐', 0x2E96: '忄', 0x2E97: '心', 0x2E98: '扌', 0x2E99: '攵',
	0x2E9B: '旡', 0x2E9D: '月', 0x2E9E: '歺', 0x2E9F: '母', 0x2EA0: '民', 0x2EA1: '氵', 0x2EA2: '氺',
	0x2EA3: '灬', 0x2EA4: '爫', 0x2EA5: '爫', 0x2EA6: '丬', 0x2EA7: '牛', 0x2EA8: '犭', 0x2EA9: '王',
	0x2EAA: '疋', 0x2EAB: '目', 0x2EAC: '示', 0x2EAD: '礻', 0x2EAE: '竹', 0x2EAF: '糸', 0x2EB0: '纟',
	0x2EB1: '网', 0x2EB2: '罒', 0x2EB3: '罓', 0x2EB4: '罒', 0x2EB5: '网', 0x2EB6: '羊', 0x2EB7: '羊',
	0x2EB9: '耂', 0x2EBA: '肀', 0x2EBB: '聿', 0x2EBC: '月', 0x2EBD: '臼', 0x2EBE: '艹', 0x2EBF: '艹',
	0x2EC0: '艹', 0x2EC1: '虎', 0x2EC2: '衤', 0x2EC3: '覀', 0x2EC4: '西', 0x2EC5: '见', 0x2EC6: '角',
	0x2EC7: '角', 0x2EC8: '讠', 0x2EC9: '贝', 0x2ECA: '足', 0x2ECB: '车', 0x2ECC: '辶', 0x2ECD: '辶',
	0x2ECE: '辶', 0x2ECF: '阝', 0x2ED0: '钅', 0x2ED1: '長', 0x2ED2: '镸', 0x2ED3: '长', 0x2ED4: '门',
	0x2ED6: '阝', 0x2ED7: '雨', 0x2ED8: '青', 0x2ED9: '韦', 0x2EDA: '页', 0x2EDB: '风', 0x2EDC: '飞',
	0x2EDD: '食', 0x2EDF: '飠', 0x2EE0: '饣', 0x2EE2: '马', 0x2EE3: '骨', 0x2EE4: '鬼', 0x2EE5: '鱼',
	0x2EE6: '鸟', 0x2EE7: '卤', 0x2EE8: '麦', 0x2EE9: '黄', 0x2EEA: '黾', 0x2EEB: '斉', 0x2EEC: '齐',
	0x2EED: '歯', 0x2EEE: '齿', 0x2EEF: '竜', 0x2EF0: '龙', 0x2EF1: '龜', 0x2EF2: '亀', 0x2EF3: '龟',
}

// kangxiSimplified maps the Kangxi radicals whose simplified-Chinese glyph
// is the everyday character while NFKC names its traditional variant: a
// Noto CJK SC glyph for 户 maps back to ⼾, which NFKC makes 戶 (seen
// after pdftocairo rewrote a Chromium file and lost its ActualText).
var kangxiSimplified = map[rune]rune{0x2F3E: '户', 0x2FC8: '黄', 0x2FAD: '青'}

// pdfGlyphText folds radical code points, Latin ligatures (ﬁ) and other
// presentation forms a font's ToUnicode map may produce into plain text.
func pdfGlyphText(s string) string {
	needs := false
	for _, r := range s {
		if (r >= 0x2E80 && r <= 0x2FDF) || (r >= 0xFB00 && r <= 0xFB06) || r == 0x00A0 || r == 0x00AD {
			needs = true
			break
		}
	}
	if !needs {
		return s
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case kangxiSimplified[r] != 0:
			sb.WriteRune(kangxiSimplified[r])
		case r >= 0x2F00 && r <= 0x2FDF, r >= 0xFB00 && r <= 0xFB06:
			sb.WriteString(norm.NFKC.String(string(r)))
		case r == 0x00A0:
			sb.WriteByte(' ')
		case r == 0x00AD: // soft hyphen
		default:
			if m, ok := radicalSupplement[r]; ok {
				sb.WriteRune(m)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	return sb.String()
}
