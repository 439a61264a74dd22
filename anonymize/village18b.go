package anonymize

import "strings"

// This file holds village18b: a village named after a commemorative date
// (五一村, 八一村, 七一村) right after a town or township found (…镇五一村)
// leaked: villagesAfterTown17 (leaks17l.go) refuses a stem that begins
// with a numeral (villageDet17), so that a count (…镇三个村) is no name,
// and took the dates with the counts.
//
// Class (date-named villages): one of the dates of dateStems18b and 村
// right after a place found that ends in 镇, 乡 or 街道; a date is never a
// count of villages (三个村, 两村 have a measure word or one numeral).

// dateStems18b are the commemorative dates villages are named after.
var dateStems18b = []string{"五一", "七一", "八一", "十一", "五四", "六一", "三八"}

// dateVillages18b finds the villages of the class above.
func dateVillages18b(tt *tokText, fs []Finding) []Finding {
	if !tt.mayContain("一村") && !tt.mayContain("四村") && !tt.mayContain("八村") {
		return fs
	}
	var add []Finding
	for _, f := range fs {
		if f.Type != LOCATION || !(strings.HasSuffix(f.Text, "镇") || strings.HasSuffix(f.Text, "乡") || strings.HasSuffix(f.Text, "街道")) {
			continue
		}
		rest := tt.text[f.End:]
		for _, d := range dateStems18b {
			if !strings.HasPrefix(rest, d+"村") {
				continue
			}
			e := tt.runeAt(f.End)
			if e < 0 || e+3 > len(tt.runes) || startsWithin19(fs, f.End, f.End+len(d)+len("村")) {
				break
			}
			if e+3 < len(tt.runes) && strings.ContainsRune("民委级庄落", tt.runes[e+3]) && tt.runes[e+3] != '委' {
				break // 镇五一村民: no name (as villagesAfterTown17)
			}
			add = append(add, found19(tt, LOCATION, e, e+3, "date-village18b"))
			break
		}
	}
	return addReplacing(fs, add)
}
