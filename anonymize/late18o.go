package anonymize

import (
	"regexp"
	"strings"
)

// This file holds round late18o (late misses of deid-own91 … 96). It runs
// right after roleNames16 (anonymize.go). Classes:
//   - patent numbers (patents18o): a Chinese patent or patent application
//     number (ZL + 12 digits + . + check digit, or the old 8 + 1 form),
//     checked by its check digit (digit i × weights 2…9,2,… mod 11, 10 →
//     X) and vouched for by its ZL/CN prefix or a 专利 label right before
//     it; masked as a code (〔专利号N〕). A number with the shape and no
//     such prefix or label, or a wrong check digit without a label, stays.

// ------------------------------------------------------------ patent numbers

// patentRe18o matches a patent number: an optional ZL/CN prefix, 8 or 12
// digits (year, kind, serial), an optional dot and the check character.
var patentRe18o = regexp.MustCompile(`(?:ZL|CN|zl|cn)?[ ]?(\d{12}|\d{8})[.．·]?([0-9Xx])`)

// patentCheck18o computes a CN application number's check character.
func patentCheck18o(ds string) byte {
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

// patentLabels18o name a patent number before it.
var patentLabels18o = []string{"专利号", "专利", "申请号", "授权号"}

func patents18o(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	if !strings.Contains(text, "ZL") && !strings.Contains(text, "zl") && !strings.Contains(text, "CN") && !strings.Contains(text, "专利") {
		return fs
	}
	for _, m := range patentRe18o.FindAllStringSubmatchIndex(text, -1) {
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
		labelled := hasAnySuffixWithin18o(text[from:s], patentLabels18o)
		valid := strings.ToUpper(text[m[4]:m[5]])[0] == patentCheck18o(ds)
		if !(valid && (prefix || labelled) || prefix && labelled) {
			continue
		}
		if overlapsAny(fs, s, e) {
			continue // a longer number the other recognizers found
		}
		fs = append(fs, Finding{Type: CREDIT_CODE, Text: text[s:e], Start: s, End: e, Evidence: "pattern:patent18o", Score: 10, label: "专利号"})
	}
	return fs
}

// hasAnySuffixWithin18o reports whether one of words ends s but for a
// colon, a bracket or a space (专利号：, （专利号).
func hasAnySuffixWithin18o(s string, words []string) bool {
	s = strings.TrimRight(s, " ：:（(为是")
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// late18o runs the round's classes that add findings (anonymize.go, right
// after roleNames16).
func late18o(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 3 {
		return fs
	}
	if tt.mayHold('L') || tt.mayHold('N') || tt.mayHold('利') {
		fs = patents18o(tt, fs)
	}
	return fs
}
