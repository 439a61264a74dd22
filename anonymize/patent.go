package anonymize

import (
	"regexp"
	"strings"
)

// patentRe matches a patent number: an optional ZL/CN prefix, 8 or 12
// digits (year, kind, serial), an optional dot and the check character.
var patentRe = regexp.MustCompile(`(?:ZL|CN|zl|cn)?[ ]?(\d{12}|\d{8})[.．·]?([0-9Xx])`)

// patentCheck computes a CN application number's check character.
func patentCheck(ds string) byte {
	sum := 0
	for i := 0; i < len(ds); i++ {
		sum += int(ds[i]-'0') * (2 + i%8)
	}
	if c := sum % 11; c == 10 {
		return 'X'
	} else {
		return byte('0' + c)
	}
}

// patentLabels name a patent number before it.
var patentLabels = []string{"专利号", "专利", "申请号", "授权号"}

// patentNumbers finds Chinese patent and patent application numbers (ZL +
// 12 digits + . + check character, or the old 8 + 1 form): the check
// character (digit i × weights 2…9,2,… mod 11, 10 → X) must hold and a
// ZL/CN prefix or a 专利 label must vouch for the number, or both the
// prefix and the label must stand when the check fails. A patent names its
// applicant, so it is masked as a code (〔专利号N〕, CREDIT_CODE type). found
// are the numbers the other recognizers found; a number overlapping one of
// them is theirs. It returns the new findings only.
func patentNumbers(text string, found []Finding) []Finding {
	if !strings.Contains(text, "ZL") && !strings.Contains(text, "zl") && !strings.Contains(text, "CN") && !strings.Contains(text, "专利") {
		return nil
	}
	var fs []Finding
	for _, m := range patentRe.FindAllStringSubmatchIndex(text, -1) {
		s, e := m[0], m[1]
		if s > 0 && isAlnum(text[s-1]) || e < len(text) && isAlnum(text[e]) {
			continue
		}
		prefix := m[2] > s
		ds := text[m[2]:m[3]]
		// a year the office numbers from (1985 on; 85… for the old form)
		if len(ds) == 12 && !(ds[:2] == "19" || ds[:2] == "20") {
			continue
		}
		from := s - 24
		if from < 0 {
			from = 0
		}
		labelled := hasAnySuffixWithin18o(text[from:s], patentLabels)
		valid := strings.ToUpper(text[m[4]:m[5]])[0] == patentCheck(ds)
		if !(valid && (prefix || labelled) || prefix && labelled) {
			continue
		}
		if overlapsAny(found, s, e) {
			continue // a longer number the other recognizers found
		}
		fs = append(fs, Finding{Type: CREDIT_CODE, Text: text[s:e], Start: s, End: e, Evidence: "pattern:patent18o", Score: 10, label: "专利号"})
	}
	return fs
}
