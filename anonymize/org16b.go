package anonymize

import (
	"sort"
	"strings"
)

// This file holds round org16b, hooked in Analyze's rule chain right after
// roleNames16 (lead16.go).
//
// Class: a firm's short trade name written alone after the firm's full name
// in the same paragraph, which the word-based short-form rules (firmForms33,
// brandsAlone14, firmTradeForms26) miss when gojieba cuts the brand into
// characters (湘|禾|记), the trade word is one character and 业 (伞业, 莲业),
// or the report contracts the
// trade (镁质材料 → 镁材). Read on the characters: after the places the firm
// is registered in and its trade words at the end, the brand is what is
// left; the forms are
//   - the brand of three to five Han characters alone (湘禾记 of
//     湖南湘禾记莲业有限公司, 小草坝天麻 of 彝良县小草坝天麻产业有限公司);
//   - a brand of four characters whose last two open the trade, with its
//     first three and the trade's first character (瑞丰镁质|材料 → 瑞丰镁材).
// A form must be no frequent word or place; an occurrence that any finding
// touches is left.

// (A brand of two characters, often a frequent word (天晴), is left: the
// document-level masking would then take the word everywhere, 今天天晴;
// leak17a.go masks it only in a firm's frame, 天晴董事长 and “天晴”.)

func firmBrands16b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "公司") {
		return fs
	}
	var add []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || !strings.HasSuffix(f.Text, "公司") {
			continue
		}
		brand, trade := firmBrandCore16b(f.Text)
		if brand == "" {
			continue
		}
		l := getLexicon()
		n := runeLen(brand)
		var forms []string
		if n >= 3 {
			forms = append(forms, brand)
		}
		if rs, ts := []rune(brand), []rune(trade); n == 4 && len(ts) >= 2 {
			forms = append(forms, string(rs[:3])+string(ts[0]))
		}
		for _, fm := range forms {
			if l.common[fm] || l.places[fm] > 0 {
				continue
			}
			for from := 0; ; {
				k := strings.Index(tt.text[from:], fm)
				if k < 0 {
					break
				}
				s := from + k
				e := s + len(fm)
				from = e
				if s >= f.Start && e <= f.End || overlapsAny(fs, s, e) || overlapsAny(add, s, e) {
					continue
				}
				add = append(add, Finding{Type: ORG, Text: fm, Start: s, End: e, Evidence: "firm-brand16b", Score: 4, label: "企业"})
			}
		}
	}
	if len(add) == 0 {
		return fs
	}
	fs = append(fs, add...)
	sort.SliceStable(fs, func(a, b int) bool { return fs[a].Start < fs[b].Start })
	return fs
}

// firmBrandCore16b returns the brand of a company's name and the trade
// words after it (湖南|湘禾记|莲业|有限公司 → 湘禾记, 莲业), read on the
// characters; "" when the brand is not two to five Han characters, or a
// place, trade or genre word.
func firmBrandCore16b(name string) (string, string) {
	suf, company := orgSuffix(name)
	if !company || suf == "" {
		return "", ""
	}
	core := strings.TrimSuffix(name, suf)
	for _, w := range []string{"股份", "集团"} {
		core = strings.TrimSuffix(core, w)
	}
	if !allHan(core) {
		return "", ""
	}
	l := getLexicon()
	core = stripRegisteredPlaces(l, core)
	trade := ""
	for {
		w := tradeWordSuffix(core)
		if w == "" {
			// a trade of one character and 业 (伞业, 莲业, 醋业)
			if rs := []rune(core); len(rs) >= 4 && rs[len(rs)-1] == '业' && isHan(rs[len(rs)-2]) {
				w = string(rs[len(rs)-2:])
			}
		}
		if w == "" {
			break
		}
		trade, core = w+trade, strings.TrimSuffix(core, w)
	}
	if trade == "" {
		return "", ""
	}
	if n := runeLen(core); n < 2 || n > 5 || l.places[core] > 0 || l.short[core] != "" || genreWords[core] || industryWords[core] || moreTradeWords[core] {
		return "", ""
	}
	return core, trade
}

// Class: shops, inns and tea houses named in quotes in a list that ends in
// 等 and a kind of business (“听雨客栈”“松风茶寮”等特色民宿, “一叶书斋”等民宿):
// a quoted name of a stem of two to four Han characters and a kind of
// shopKinds16b is the business, masked whole; findings inside it (a kind
// read as a place) give way.

// shopKinds16b end a quoted business's name.
var shopKinds16b = []string{"客栈", "茶寮", "书斋", "茶舍", "茶馆", "茶室", "饭庄", "醋坊", "酒坊", "小筑", "山房", "草堂", "书屋", "民宿"}

// shopListEnds16b follow 等 after a list of quoted businesses.
var shopListEnds16b = []string{"民宿", "茶馆", "客栈", "店", "作坊", "餐馆", "饭店", "商户", "经营", "业态", "小店"}

func quotedShops16b(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "”等") {
		return fs
	}
	text := tt.text
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if !quotedShopName16b(name) {
			continue
		}
		if !quotedListEnds16b(text[e+len("”"):]) {
			continue
		}
		covered := false
		for i := range fs {
			if f := &fs[i]; f.Start <= s && f.End >= e || f.Start < s && f.End > s || f.Start < e && f.End > e {
				covered = true // a finding reaching past the quotes: theirs
				break
			}
		}
		if covered {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-shop16b", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}

// quotedListEnds16b reports whether rest, the text after a closing quote,
// goes on with more quoted items (“…”, 、“…”) up to 等 and a kind of
// shopListEnds16b within four characters (等特色民宿).
func quotedListEnds16b(rest string) bool {
	for i := 0; i < 6; i++ {
		rest = strings.TrimPrefix(rest, "、")
		if !strings.HasPrefix(rest, "“") {
			break
		}
		c := strings.Index(rest, "”")
		if c < 0 || c > 40 {
			return false
		}
		rest = rest[c+len("”"):]
	}
	if !strings.HasPrefix(rest, "等") {
		return false
	}
	rs := []rune(strings.TrimPrefix(rest, "等"))
	for k := 0; k <= 4 && k < len(rs); k++ {
		for _, w := range shopListEnds16b {
			if strings.HasPrefix(string(rs[k:]), w) {
				return true
			}
		}
	}
	return false
}

// addReplacing returns fs with the findings of add in place of those they
// overlap, in order of their start (the adding step of org16b's and
// leak17a's readers).
func addReplacing(fs, add []Finding) []Finding {
	if len(add) == 0 {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		if !overlapsAny(add, f.Start, f.End) {
			out = append(out, f)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// quotedShopName16b reports whether a quoted name is a shop's: four to six
// Han characters ending in a kind of shopKinds16b after a stem of two or
// more (“听雨客栈”), the test quotedShops16b and leak17a's
// quotedShopsWithPlaces17a share.
func quotedShopName16b(name string) bool {
	n := runeLen(name)
	if n < 4 || n > 6 || !allHan(name) {
		return false
	}
	for _, w := range shopKinds16b {
		if strings.HasSuffix(name, w) {
			return n-runeLen(w) >= 2
		}
	}
	return false
}
