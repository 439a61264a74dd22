package anonymize

import (
	"strings"
)

// This file holds round late20o. Classes:
//
//   - brands cut from their firm (brandCutFirms20o): a firm's registered
//     name that the organisation rules read from a trade word on, its
//     made-up brand left between the masked place and the firm
//     (〔甲市〕秀禾精密|〔轴承有限公司〕): the brand and the words after it
//     join the firm.
//   - placed foundations (placedFoundations20o): a foundation named by a
//     stem of its own after the masked place, with or without its cause
//     (〔甲市〕静和公益基金会, 〔乙县〕春晖教育基金会).
//   - brand short forms (brandShortForms20o): a body the document names in
//     full, named later by its brand and a word or an abbreviation of what
//     follows the brand in the full name (甲省乙辰光能科技有限公司 … 乙辰光能,
//     甲市丙禾精密轴承有限公司 … 丙禾轴承, 丁县馨家社会工作服务中心 … 馨家社工,
//     静和公益基金会 … 静和基金会), and a quoted project that opens with the
//     brand (“静和护苗计划”). The short forms org.go derives want the brand
//     followed by the first trade word or by nothing; a report drops the
//     trade word (科技), a modifier (精密, 新能源汽车) or cuts a kind to its
//     abbreviation (社会工作 → 社工).
//   - quoted settlements (quotedSettlements20o): a relocation settlement
//     named in quotes before the kind of settlement (“甲乙苑”安置社区,
//     “丙丁家园”易地搬迁安置点).

// late20o runs the classes of this file.
func late20o(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	fs = brandCutFirms20o(tt, fs)
	fs = addOver20o(fs, placedFoundations20o(tt, fs))
	fs = addOver20o(fs, brandShortForms20o(tt, fs))
	fs = addOver20o(fs, quotedSettlements20o(tt, fs))
	return fs
}

// brandStemOK20o reports whether a stem of two characters can be a made-up
// brand: no ordinary word, place, trade, kind or scope.
func brandStemOK20o(stem string) bool {
	if runeLen(stem) != 2 || !allHan(stem) {
		return false
	}
	l := getLexicon()
	if l.common[stem] || l.places[stem] != 0 || l.short[stem] != "" || genreWords[stem] || industryWords[stem] || moreTradeWords[stem] || placedBodyStemNot20[stem] || firmTradeStemNot19[stem] || nationalTerms[stem] {
		return false
	}
	for i, r := range []rune(stem) {
		// 和 may close a brand as it closes a given name (静和, 孟和)
		if functionRuneBits.has(r) && !(r == '和' && i == 1) || isMaskRune(r) || numeralRune(r) {
			return false
		}
	}
	return true
}

// brandCutFirms20o grows a firm found from a trade word on (轴承有限公司)
// over the two to four characters glued between it and a masked place
// when they open with a made-up brand (class: brands cut from their firm).
func brandCutFirms20o(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || f.label != "企业" || firstSuffix(f.Text, firmLegalForms15) == "" {
			continue
		}
		e := tt.runeAt(f.Start)
		if e < 3 {
			continue
		}
		for n := 2; n <= 4 && e-n >= 0; n++ {
			s := e - n
			if s == 0 || !placeBefore20o(tt, fs, s) {
				continue
			}
			gap := tt.sub(s, e)
			if !allHan(gap) || !brandStemOK20o(tt.sub(s, s+2)) {
				break
			}
			// a dictionary word is no made-up brand: a verb (地圩村|联建|强村公司)
			// or a thing the firm is named after (海南|雨林|茶业有限公司)
			if w := tt.tokenAt(s); w != nil && w.start == s && w.end >= s+2 && w.dictWord() {
				break
			}
			ok := true
			for _, r := range tt.runes[s:e] {
				ok = ok && !functionRuneBits.has(r)
			}
			if !ok {
				break
			}
			f.Start = tt.off[s]
			f.Text = text[f.Start:f.End]
			f.Evidence += "+brand-cut20o"
			break
		}
	}
	return fs
}

// placeBefore20o reports whether a place ends at rune s: a place finding or
// a province, city or county of the gazetteer or its short form (嘉兴).
func placeBefore20o(tt *tokText, fs []Finding, s int) bool {
	b := tt.off[s]
	for i := range fs {
		if fs[i].Type == LOCATION && fs[i].End == b {
			return true
		}
	}
	l := getLexicon()
	for n := 2; n <= 7 && n <= s; n++ {
		p := tt.sub(s-n, s)
		if lv, ok := l.place(p); ok && lv >= 1 && lv <= 3 {
			return true
		}
		if sh, ok := l.shortOf(p); ok && l.places[sh] >= 1 && l.places[sh] <= 3 {
			return true
		}
	}
	return false
}

// addOver20o adds each finding of out in place of the findings inside it;
// one that crosses another's edge is left out.
func addOver20o(fs, out []Finding) []Finding {
	for _, f := range out {
		clash := false
		for k := range fs {
			g := &fs[k]
			if g.Start < f.End && f.Start < g.End && (g.Start < f.Start || g.End > f.End) {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		kept := fs[:0]
		for _, g := range fs {
			if !(g.Start < f.End && f.Start < g.End) {
				kept = append(kept, g)
			}
		}
		fs = append(kept, f)
	}
	return fs
}

// foundationCauses20o stand between a foundation's stem and 基金会.
var foundationCauses20o = []string{"公益", "慈善", "教育", "助学", "扶贫", "爱心", "发展", "文化", "青少年", "儿童", ""}

// placedFoundations20o masks a foundation named by a stem of two characters
// after a place (class: placed foundations, 〔甲市〕静和公益基金会).
func placedFoundations20o(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	var out []Finding
	for at := 0; ; {
		k := strings.Index(text[at:], "基金会")
		if k < 0 {
			break
		}
		q := at + k
		at = q + len("基金会")
		e := tt.runeAt(q)
		for _, c := range foundationCauses20o {
			if !strings.HasSuffix(text[:q], c) {
				continue
			}
			s := e - runeLen(c) - 2
			if s < 1 || !brandStemOK20o(tt.sub(s, s+2)) || !placeBefore20o(tt, fs, s) {
				continue
			}
			b := tt.off[s]
			if !overlapsOutside18p(fs, b, at) && !overlapsAny(out, b, at) {
				out = append(out, Finding{Type: ORG, Text: text[b:at], Start: b, End: at, Evidence: "placed-foundation20o", Score: 5})
			}
			break
		}
	}
	return out
}

// brandShortForms20o finds the short forms of a body named in full: its
// brand followed by the longest run of characters that come, in order,
// in what follows the brand in the full name (class: brand short forms).
func brandShortForms20o(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	l := getLexicon()
	var out []Finding
	seen := map[string]bool{}
	for i := range fs {
		f := fs[i]
		if f.Type != ORG || f.generic || runeLen(f.Text) < 6 || !allHan(f.Text) {
			continue
		}
		core := stripRegisteredPlaces(l, f.Text)
		rs := []rune(core)
		if len(rs) < 5 {
			continue
		}
		brand := string(rs[:2])
		if !brandStemOK20o(brand) || seen[brand] {
			continue
		}
		seen[brand] = true
		rest := rs[2:]
		for at := 0; ; {
			k := strings.Index(text[at:], brand)
			if k < 0 {
				break
			}
			b := at + k
			at = b + len(brand)
			s := tt.runeAt(b)
			if s < 0 || coveredBy31(fs, b, b+len(brand)) || overlapsAny(out, b, b+len(brand)) {
				continue
			}
			// a brand gojieba knows as a word (雨林) is left to org.go's short forms
			if w := tt.tokenAt(s); w != nil && w.start == s && w.end == s+2 && w.dictWord() {
				continue
			}
			// a quoted project that opens with the brand (“静和护苗计划”)
			if s > 0 && tt.runes[s-1] == '“' {
				if q := strings.Index(text[b:], "”"); q > 0 && runeLen(text[b:b+q]) <= 10 && allHan(text[b:b+q]) && firstSuffix(text[b:b+q], brandProjectKinds20o) != "" {
					out = append(out, Finding{Type: ORG, Text: text[b : b+q], Start: b, End: b + q, Evidence: "brand-project20o", Score: 4})
					continue
				}
			}
			// the brand and a subsequence of what follows it in the full name
			e, j := s+2, 0
			for e < len(tt.runes) && j < len(rest) {
				r := tt.runes[e]
				m := j
				for m < len(rest) && rest[m] != r {
					m++
				}
				if m == len(rest) {
					break
				}
				j = m + 1
				e++
			}
			if e-s < 4 {
				continue
			}
			end := tt.off[e]
			if overlapsOutside18p(fs, b, end) {
				continue
			}
			out = append(out, Finding{Type: ORG, Text: text[b:end], Start: b, End: end, Evidence: "brand-short20o", Score: 4, label: f.label})
		}
	}
	return out
}

// settlementKinds20o follow a relocation settlement's quoted name.
var settlementKinds20o = []string{"易地扶贫搬迁安置", "易地搬迁安置", "扶贫搬迁安置", "搬迁安置", "安置"}

// settlementEnds20o end a settlement's name.
var settlementEnds20o = []string{"苑", "园", "居", "家园", "新村", "小区", "新居", "佳苑", "庭", "里", "湾", "府"}

// quotedSettlements20o masks a quoted settlement name before a kind of
// relocation settlement (class: quoted settlements, “甲乙苑”安置社区).
func quotedSettlements20o(tt *tokText, fs []Finding) []Finding {
	text := tt.text
	var out []Finding
	for at := 0; ; {
		k := strings.Index(text[at:], "”")
		if k < 0 {
			break
		}
		q := at + k
		at = q + len("”")
		after := text[at:]
		kind := ""
		for _, c := range settlementKinds20o {
			if strings.HasPrefix(after, c) {
				kind = c
				break
			}
		}
		if kind == "" {
			continue
		}
		rest := after[len(kind):]
		if !strings.HasPrefix(rest, "社区") && !strings.HasPrefix(rest, "点") && !strings.HasPrefix(rest, "小区") && !strings.HasPrefix(rest, "区") {
			continue
		}
		o := strings.LastIndex(text[:q], "“")
		if o < 0 {
			continue
		}
		b := o + len("“")
		name := text[b:q]
		if n := runeLen(name); n < 3 || n > 8 || !allHan(name) || firstSuffix(name, settlementEnds20o) == "" {
			continue
		}
		if overlapsOutside18p(fs, b, q) {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: name, Start: b, End: q, Evidence: "quoted-settlement20o", Score: 5})
	}
	return out
}

// brandProjectKinds20o end a quoted project named by a body's brand; a
// product in quotes (“甲乙茶”礼盒) is no project and stays.
var brandProjectKinds20o = []string{"计划", "工程", "行动", "项目", "基金"}
