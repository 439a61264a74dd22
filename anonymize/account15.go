package anonymize

import "strings"

// accountLabels15 introduce a bank account's number (账号：…, 收款账户：…,
// 银行卡号：…). The number of an enterprise's or a fund's account is no card
// number (no Luhn sum, often grouped with hyphens: 18-520101040012345), yet
// it names its holder as surely.
var accountLabels15 = []string{"账号", "帐号", "账户", "帐户", "卡号"}

// accountSeps15 may stand between an account label and its number: a
// colon, 为 or a space (the first that matches is skipped).
var accountSeps15 = []string{"：", ":", "为", " ", "　"}

// accountNumbers15 finds a number of ten to twenty-five digits, in groups
// joined by hyphens or spaces or not, right after an account label, an
// optional separator of accountSeps15 and spaces (class: bank accounts of enterprises, funds and
// relief payments in reports and notices).
func accountNumbers15(text string, found []Finding) []Finding {
	if !strings.Contains(text, "账") && !strings.Contains(text, "帐") && !strings.Contains(text, "卡号") {
		return nil
	}
	var out []Finding
	for _, l := range accountLabels15 {
		for from := 0; ; {
			k := strings.Index(text[from:], l)
			if k < 0 {
				break
			}
			s := from + k + len(l)
			from = s
			s += len(firstPrefix(text[s:], accountSeps15))
			for s < len(text) && text[s] == ' ' {
				s++
			}
			if s >= len(text) || !digitByte(text[s]) {
				continue
			}
			e, digits := s, 0
			for e < len(text) && (digitByte(text[e]) || (text[e] == '-' || text[e] == ' ') && e+1 < len(text) && digitByte(text[e+1])) {
				if digitByte(text[e]) {
					digits++
				}
				e++
			}
			if digits < 10 || digits > 25 || e < len(text) && isAlnum(text[e]) || unitAfter(text[e:]) || overlapsAny(found, s, e) || overlapsAny(out, s, e) {
				continue
			}
			out = append(out, Finding{Type: BANK_CARD, Text: text[s:e], Start: s, End: e, Evidence: "pattern:account,labelled", Score: 10})
		}
	}
	return out
}
