package anonymize

import "strings"

// This file holds round late17k2's commerce words that a recognizer masked
// as bodies by their kind's suffix, each kept by its class:
//   - a bank word that names no bank: the central bank's short form
//     (人民银行, of 中国人民银行, a national body) and a banking channel
//     (手机银行, 网上银行, 电子银行) read by org-suffix:银行 (genericBank17k);
//   - a shop's layout idiom, "shop in front, workshop behind" (前店后坊,
//     前店后厂, 前厂后店), read by its last character as a workshop's or a
//     shop's kind (shopLayout17k).
//
// commerce17k runs right after species17k (anonymize.go).

func commerce17k(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(fs) == 0 {
		return fs
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Score < 100 && f.Type == ORG && (genericBank17k(f.Text) || shopLayout17k(f.Text)) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// genericBanks17k are bank words with no bank's proper name in them.
var genericBanks17k = map[string]bool{
	"人民银行": true, "手机银行": true, "网上银行": true, "电子银行": true, "掌上银行": true, "直销银行": true,
}

func genericBank17k(w string) bool { return genericBanks17k[w] }

// shopLayout17k reports 前X后Y with X and Y kinds of shop or workshop.
func shopLayout17k(w string) bool {
	r := []rune(w)
	if len(r) != 4 || r[0] != '前' || r[2] != '后' || r[1] == r[3] {
		return false
	}
	const kinds = "店厂坊铺院"
	return strings.ContainsRune(kinds, r[1]) && strings.ContainsRune(kinds, r[3])
}
