package anonymize

// This file holds round place21c's estate lists.
//
//   - Class (estate lists before a graded kind): a list of housing estates
//     closed by 等 or by a count of estates and then a grade of estate
//     before 小区 (甲家园、乙苑等老旧小区; 甲名邸、乙华府等商品房小区;
//     甲里、乙里两个老旧小区; 甲家园等5个安置小区) names each estate of the
//     list. residentialCompounds (location.go) reads such a list only when
//     the closer stands right before 小区 (甲、乙等小区), so a grade between
//     them (老旧, 安置, 商品房: urbanGenericMods15) let the list through.
//     An item closed by 等 must end like an estate's name (compoundEnds, or
//     里/院) and be three characters or more and no frequent word; with a
//     count, the items must be as many as the count says. A grade and a
//     kind's last character (城中|村) is a kind of place, no estate.
//
// A name found so is masked wherever it stands again in the text.

// estateListEnds21c end an estate's name in such a list: compoundEnds and
// the lanes and courtyards estates are named after (长青里, 建设院).
var estateListEnds21c = runeBitsOf("园苑庭府居城湾邸墅阁轩村里院")

// estateCount21c reads the count that stands before 个 ending at rune e
// (3个, 两个, 12个): the count and where it starts, or 0.
func estateCount21c(tt *tokText, e int) (int, int) {
	b := e
	for b > 0 && e-b < 2 && tt.runes[b-1] >= '0' && tt.runes[b-1] <= '9' {
		b--
	}
	if b < e {
		n := 0
		for _, r := range tt.runes[b:e] {
			n = n*10 + int(r-'0')
		}
		return n, b
	}
	if e > 0 {
		if n, ok := countWord(string(tt.runes[e-1])); ok {
			return n, e - 1
		}
	}
	return 0, e
}

// estateLists21c adds the estates of lists closed before a graded 小区.
func estateLists21c(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 6 || !tt.mayContain("小区") {
		return fs
	}
	var out []Finding
	for s := 4; s+1 < len(tt.runes); s++ {
		if tt.runes[s] != '小' || tt.runes[s+1] != '区' {
			continue
		}
		// the grade right before 小区 (老旧, 商品房)
		m := s
		for l := 3; l >= 2; l-- {
			if s-l >= 0 && urbanGenericMods15[tt.sub(s-l, s)] {
				m = s - l
				break
			}
		}
		if m == s || m < 2 {
			continue
		}
		// the closer: a count of estates (两个, 5个) and/or 等
		c, want := m, 0
		if tt.runes[c-1] == '个' {
			if n, b := estateCount21c(tt, c-1); n > 0 {
				want, c = n, b
			}
		}
		if c > 0 && tt.runes[c-1] == '等' {
			// 甲等3个老旧小区: the count is of more than the items
			c, want = c-1, 0
		}
		if c == m {
			continue
		}
		items := compoundItems(tt, c, true)
		if len(items) == 0 || want > 0 && len(items) != want {
			continue
		}
		for _, it := range items {
			w := tt.sub(it[0], it[1])
			if getLexicon().common[w] || genericVillagePrefix[w] || urbanGenericMods15[w] {
				continue
			}
			// a grade and a kind's last character make a kind of
			// place, no estate (城中|村 of 棚户区、城中村等老旧小区)
			if r := []rune(w); urbanGenericMods15[string(r[:len(r)-1])] || genericVillagePrefix[string(r[:len(r)-1])] {
				continue
			}
			if want == 0 && (it[1]-it[0] < 3 || !estateListEnds21c.has(tt.runes[it[1]-1])) {
				continue
			}
			out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[it[0]], End: tt.off[it[1]], Evidence: "estate-list21c", Score: 3})
		}
	}
	if len(out) == 0 {
		return fs
	}
	return add19(fs, everywhere28(tt, out))
}
