// Package quantity finds the figures a report states: numbers in Arabic,
// full-width or Chinese numerals with their units and measure words,
// approximations (余, 多, 近, 约 …) and values the author masked (×, xx, 某).
package quantity

import (
	"regexp"
	"strconv"
	"strings"
)

// Quantity is one figure found in a text.
type Quantity struct {
	Text       string      `json:"text"`             // as written, e.g. "10多名"
	Value      *float64    `json:"value"`            // the number as written; nil when masked
	Unit       string      `json:"unit"`             // as written, with magnitude ("万元")
	Approx     bool        `json:"approx"`           // 余, 多, 近, 约, 以上, 左右, 超过 …
	Masked     bool        `json:"masked"`           // ×, X, xx, 某, ＿
	Subject    string      `json:"subject"`          // the thing counted
	Change     bool        `json:"change,omitempty"` // a growth figure (增长12.5%)
	Normalized *Normalized `json:"normalized,omitempty"`
	Start      int         `json:"-"` // byte offsets in the text
	End        int         `json:"-"`
}

// Normalized is a value in base units (46.1亿元 → 4.61e9 元).
type Normalized struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

var reQty = regexp.MustCompile(`(近|约|超过)?(\d+(?:\.\d+)?|[×xX]+|[一二两三四五六七八九十]+)(余|多)?(万|亿)?(名|家|个|人|项|次|所|座|条|台|户|件|元|%|亩|吨|公里)(以上|左右)?`)

// Find returns the quantities in text, in order.
func Find(text string) []Quantity {
	var out []Quantity
	for _, m := range reQty.FindAllStringSubmatchIndex(text, -1) {
		q := Quantity{Text: text[m[0]:m[1]], Start: m[0], End: m[1]}
		num := text[m[4]:m[5]]
		if strings.ContainsAny(num, "×xX") {
			q.Masked = true
		} else if v, ok := parseNumber(num); ok {
			q.Value = &v
		} else {
			continue
		}
		q.Approx = m[2] >= 0 || m[6] >= 0 || m[12] >= 0
		if m[8] >= 0 {
			q.Unit = text[m[8]:m[9]]
		}
		q.Unit += text[m[10]:m[11]]
		out = append(out, q)
	}
	return out
}

func parseNumber(s string) (float64, bool) {
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, true
	}
	digits := map[rune]float64{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	var total, cur float64
	for _, r := range s {
		if d, ok := digits[r]; ok {
			cur = d
		} else if r == '十' {
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		} else {
			return 0, false
		}
	}
	return total + cur, true
}
