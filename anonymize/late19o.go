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
	for s, e := range quotedSpans(text) {
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

// stateUnitKinds19o are the kinds of the state forest and farm units a
// list names several of (甲林场、乙林场; 甲林业局、乙林业局).
var stateUnitKinds19o = []string{"林业局", "林场", "牧场", "农场", "苗圃"}

// stateUnitOwners19o qualify each item of such a list alike (国有甲林场、
// 国有乙林场).
var stateUnitOwners19o = []string{"国有", "省属", "市属", "县属", "集体"}

// stateUnitSiblings19o masks an unfound item of a list of state forest or
// farm units whose item before it is a masked name of the same kind
// (class: listed state forest units): 国有〔甲〕林场、国有乙丙丁林场,
// 与〔甲〕林业局、乙丙林业局签订. The item after 、 repeats the left item's
// owner word, if any, and holds two to five Han characters of no generic
// word before the kind (国有林场、国有重点林场 stay: 重点 is a kind).
func stateUnitSiblings19o(tt *tokText, fs []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "、") {
		return fs
	}
	text := tt.text
	var add []Finding
	for i := 0; ; {
		o := strings.Index(text[i:], "、")
		if o < 0 {
			break
		}
		d := i + o
		i = d + len("、")
		left := text[:d]
		kind := ""
		for _, k := range stateUnitKinds19o {
			if strings.HasSuffix(left, k) {
				kind = k
				break
			}
		}
		if kind == "" {
			continue
		}
		// the left item: a masked name ending at or right before the kind
		ke := d - len(kind)
		var lf *Finding
		for j := range fs {
			f := &fs[j]
			if (f.Type == LOCATION || f.Type == ORG) && !f.generic && (f.End == ke || f.End == d && f.Start < ke) {
				lf = f
				break
			}
		}
		if lf == nil {
			continue
		}
		owner := ""
		for _, w := range stateUnitOwners19o {
			if strings.HasSuffix(text[:lf.Start], w) {
				owner = w
				break
			}
		}
		s := i
		if owner != "" && !strings.HasPrefix(text[s:], owner) {
			continue
		}
		for _, w := range stateUnitOwners19o {
			if strings.HasPrefix(text[s:], w) {
				s += len(w) // the owner word is no part of the name (国有|乙丙林场)
				break
			}
		}
		// the stem: two to five Han characters before the same kind
		e := s
		for n := 0; n < 5; n++ {
			r, sz := utf8.DecodeRuneInString(text[e:])
			if !isHan(r) || strings.HasPrefix(text[e:], kind) && n >= 2 {
				break
			}
			e += sz
		}
		if !strings.HasPrefix(text[e:], kind) || runeLen(text[s:e]) < 2 {
			continue
		}
		stem := text[s:e]
		if siblingGeneric11[stem] || firmTradeStemNot19[stem] || scopeStem19(stem) || getLexicon().common[stem] {
			continue
		}
		end := e + len(kind)
		if crossesAny19(fs, s, end) || overlapsAny(add, s, end) {
			continue
		}
		add = append(add, Finding{Type: LOCATION, Text: text[s:end], Start: s, End: end, Evidence: "state-unit-sibling19o", Score: 5})
	}
	return addReplacing(fs, add)
}
