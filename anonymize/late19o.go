package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round late19o. Classes:
//
//   - a cooperative's core alone (coopCores19o): the brand and trade of a
//     masked cooperative after its registered places (吴起县|甲乙种苗|专业
//     合作社 → 甲乙种苗) name the cooperative elsewhere in the document. The
//     word 专业 before 合作社 kept orgShortForms from finding it. A crop or
//     trade before the trade (沙棘|种植) is no brand and stays.
//   - a firm's stem before 系列 (firmSeries19o): 山西|甲乙|澄泥砚文化有限公司
//     → 甲乙系列砚台; firm18w's frames (品牌, 产品, 车间) lacked a product
//     line.
//   - eateries in quotes named by a surname and 记 (surnameShops19o):
//     “严记羊杂汤”, “郑记肥肠粉”: the old shop sign's shape, whatever the
//     dish (org.go's surnameShops needs a shop word: 面馆, 烧饼铺); ordinary
//     words in 记 (印记, 登记) stay.

// coopSuffixes19o end a cooperative's name after its trade, longest first.
var coopSuffixes19o = []string{"农民专业合作社", "专业合作社联合社", "专业合作社"}

// coopCores19o returns the brand-and-trade core of a masked cooperative
// (class: a cooperative's core alone).
func coopCores19o(tt *tokText, f Finding) []string {
	if f.Type != ORG || f.generic || !allHanName19o(f.Text) {
		return nil
	}
	core := ""
	for _, s := range coopSuffixes19o {
		if strings.HasSuffix(f.Text, s) {
			core = strings.TrimSuffix(f.Text, s)
			break
		}
	}
	if core == "" {
		return nil
	}
	whole := core
	core = stripRegisteredPlaces(getLexicon(), core)
	rs := []rune(core)
	if core == whole || len(rs) < 4 || len(rs) > 6 {
		return nil
	}
	if !brandStem19o(tt, string(rs[:2])) {
		return nil
	}
	return []string{core}
}

// firmSeries19o returns the firm's stems that stand before 系列 outside its
// full name in one of texts (class: a firm's stem before 系列).
func firmSeries19o(f Finding, texts []*tokText) []string {
	if f.Type != ORG || f.generic {
		return nil
	}
	cands, _ := firmStemCands18w(f.Text)
	var out []string
	for _, st := range cands {
	next:
		for _, x := range texts {
			if x == nil {
				continue
			}
			for from := 0; ; {
				k := strings.Index(x.text[from:], st+"系列")
				if k < 0 {
					break
				}
				s := from + k
				from = s + len(st)
				if inFullName18w(x.text, s, s+len(st), f.Text) {
					continue
				}
				if r, _ := utf8.DecodeLastRuneInString(x.text[:s]); isHan(r) {
					continue // inside a word (新品|甲乙系列)
				}
				out = append(out, st)
				break next
			}
		}
	}
	return out
}

// brandStem19o reports whether a two-character stem may be a made-up
// brand: firm18w's test, and gojieba reads it as no ordinary noun or verb
// (沙棘, 种植 stay).
func brandStem19o(tt *tokText, st string) bool {
	if !firmStemOK18w(st) {
		return false
	}
	if tt == nil {
		return true
	}
	for _, t := range tt.toks {
		if t.word == st && t.pos != "x" && t.pos != "nz" && t.pos != "nr" && t.pos != "nrt" && t.pos != "ns" && t.pos != "nt" {
			return false
		}
	}
	return true
}

func allHanName19o(s string) bool { return s != "" && allHan(s) }

// surnameShops19o masks a quoted eatery or shop whose sign opens with a
// surname and 记 (class: surname + 记 in quotes): “何记羊杂汤”, “王记烧饼”.
func surnameShops19o(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "记") {
		return fs
	}
	text := tt.text
	var add []Finding
	for i := 0; ; {
		o := strings.Index(text[i:], "“")
		if o < 0 {
			break
		}
		s := i + o + len("“")
		c := strings.Index(text[s:], "”")
		if c < 0 {
			break
		}
		e := s + c
		i = s
		body := text[s:e]
		rs := []rune(body)
		if len(rs) < 4 || len(rs) > 8 || !allHan(body) || rs[1] != '记' || !getLexicon().isSurname(rs[0]) {
			continue
		}
		if getLexicon().common[string(rs[:2])] || getLexicon().common[string(rs[:3])] {
			continue // 印记, 登记, 笔记本
		}
		if crossesAny19(fs, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: body, Start: s, End: e, Evidence: "surname-shop19o", Score: 5, label: "企业"})
	}
	return addReplacing(fs, add)
}
