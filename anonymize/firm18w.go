package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round firm18w. Classes:
//
//   - a firm's two-character stem alone, anywhere in the document
//     (firmStems18w): the stem right after the registered places of a
//     masked company's full name (浙江|甲乙|锯业股份有限公司 → 甲乙, 沂蒙|甲乙|
//     包装材料有限公司 → 甲乙) stands alone as the firm in other paragraphs
//     than the full name: in quotes (“甲乙”品牌), after a partner word before
//     a joint verb (与甲乙组建), before a firm's kind or a plant's part (甲乙公司,
//     甲乙牌, 甲乙缫丝车间). The stem is masked throughout the document when
//     one occurrence stands in such a frame and the stem is no ordinary word
//     (发展, 宏大, 通达 stay: the lexicon's common words), no place and no
//     trade or genre word. It runs in the document-level pass of Analyze
//     (anonymize.go, case ORG), where the full names of every paragraph are
//     known; leak17a's twoCharBrands17a sees only the full name's paragraph.

// firmStems18w returns the two-character stems of the masked company f that
// stand as the firm in a frame in one of texts (class: a firm's stem alone).
func firmStems18w(f Finding, texts []*tokText) []string {
	if f.Type != ORG || f.generic {
		return nil
	}
	var out []string
	cands, place := firmStemCands18w(f.Text)
	for _, st := range cands {
		if productOfPlace18w(texts, st, place, f.Text) {
			continue
		}
		for _, x := range texts {
			if x != nil && stemInFirmFrame18w(x.text, st, f.Text) {
				out = append(out, st)
				break
			}
		}
	}
	return out
}

// firmStemCands18w returns the candidate stems of a company's name: the
// first two characters of its core after the registered places (and after
// 股份, 集团), when the core holds more after them (a trade: 甲乙|羊绒,
// 甲乙|锯业), and the last two of a four-character brand whose first two are
// a region (沂蒙|甲乙 before 包装材料).
func firmStemCands18w(name string) (cands []string, place string) {
	suf, company := orgSuffix(name)
	if !company || suf == "" || !strings.Contains(suf, "公司") && !strings.Contains(suf, "集团") {
		return nil, ""
	}
	core := strings.TrimSuffix(name, suf)
	for _, w := range []string{"股份", "集团"} {
		core = strings.TrimSuffix(core, w)
	}
	if !allHan(core) {
		return nil, ""
	}
	l := getLexicon()
	whole := core
	core = stripRegisteredPlaces(l, core)
	place = strings.TrimSuffix(whole, core)
	rs := []rune(core)
	if len(rs) < 3 {
		return nil, ""
	}
	var out []string
	b, _ := firmBrandCore16b(name)
	// a brand of two characters alone is leak17a's (twoCharBrands17a keeps
	// its frame readable: 春风又绿江南岸 stays a verse)
	if st := string(rs[:2]); firmStemOK18w(st) && st != b {
		out = append(out, st)
	}
	if runeLen(b) == 4 {
		if st := string([]rune(b)[2:]); firmStemOK18w(st) {
			out = append(out, st)
		}
	}
	return out, place
}

// productOfPlace18w reports whether the stem names the product of the
// place the firm is registered in (宁夏盐池|滩羊|产业集团有限公司 with 盐池滩羊,
// or 盐池县滩羊 in the text): a breed or crop, no brand.
func productOfPlace18w(texts []*tokText, st, place, full string) bool {
	var heads []string
	if rs := []rune(place); len(rs) >= 2 {
		p := string(rs[len(rs)-2:])
		heads = append(heads, p+st, p+"县"+st, p+"市"+st, p+"区"+st)
	}
	for _, x := range texts {
		if x == nil {
			continue
		}
		for _, h := range heads {
			// outside the full name (宁夏|盐池滩羊|产业集团…)
			if n := strings.Count(x.text, h); n > 0 && (!strings.Contains(full, h) || n > strings.Count(x.text, full)) {
				return true
			}
		}
	}
	return false
}

// firmStemOK18w reports whether a stem may be masked alone: no ordinary
// word (发展, 宏大, 通达), place, short form of a place, trade, genre or
// national term.
func firmStemOK18w(st string) bool {
	l := getLexicon()
	return allHan(st) && runeLen(st) == 2 && !l.common[st] && l.places[st] == 0 && !l.shortAll[st] && !nationalTerms[st] && !industryWords[st] && !genreWords[st] && !moreTradeWords[st] && !firmStemNot18w[st]
}

// firmStemNot18w are ordinary words that open a firm's core (中国, 国际, 现代,
// 绿色 …) and are no brand of it, beside the lexicon's common words.
var firmStemNot18w = wordSet(`中国 国际 现代 绿色 生态 农业 科技 实业 新型 高新 特色 优质 有机 中华 东方 西部 南方 北方 天然 环球 联合 智慧 数字 文化 旅游 电子 商贸 食品 能源`)

// firmFrameAfter18w follow a firm's stem alone (甲乙公司, 甲乙牌, 甲乙的产品).
var firmFrameAfter18w = []string{"公司", "集团", "品牌", "牌", "产品", "的产品", "车间", "工厂", "厂区", "生产线", "二期", "三期", "订单", "的订单", "业务", "的业务"}

// firmPlantParts18w end a firm's plant after its stem and a trade of one
// or two characters (甲乙|缫丝|车间).
var firmPlantParts18w = []string{"车间", "生产线", "工厂", "厂区"}

// firmPartners18w open a partner before a joint verb (与甲乙组建).
var firmPartners18w = []string{"与", "和", "同", "跟", "、"}

// firmJointVerbs18w are joint verbs after a partner firm.
var firmJointVerbs18w = []string{"组建", "合作", "签订", "签约", "共建", "联合", "共同", "携手", "达成", "建立", "联手", "合资"}

// stemInFirmFrame18w reports whether st stands alone in text outside the
// full name in a firm's frame: quoted alone, before a firm's kind or plant,
// or as a partner before a joint verb.
func stemInFirmFrame18w(text, st, full string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], st)
		if k < 0 {
			return false
		}
		s := from + k
		e := s + len(st)
		from = e
		if inFullName18w(text, s, e, full) {
			continue
		}
		before, after := text[:s], text[e:]
		if strings.HasSuffix(before, "“") && strings.HasPrefix(after, "”") {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(before); isHan(r) && !hasSuffixAny18w(before, firmPartners18w) {
			continue // inside a word
		}
		if hasPrefixAny18w(after, firmFrameAfter18w) {
			return true
		}
		if hasSuffixAny18w(before, firmPartners18w) && hasPrefixAny18w(after, firmJointVerbs18w) {
			return true
		}
		// a trade of one or two characters before a plant's part (甲乙|缫丝|车间)
		rs := []rune(after)
		for n := 1; n <= 2 && n < len(rs); n++ {
			if !isHan(rs[n-1]) {
				break
			}
			if hasPrefixAny18w(string(rs[n:min(len(rs), n+3)]), firmPlantParts18w) {
				return true
			}
		}
	}
}

// inFullName18w reports whether text[s:e] lies inside an occurrence of the
// full name.
func inFullName18w(text string, s, e int, full string) bool {
	lo := max(0, s-len(full))
	hi := min(len(text), e+len(full))
	w := text[lo:hi]
	for from := 0; ; {
		k := strings.Index(w[from:], full)
		if k < 0 {
			return false
		}
		fs := lo + from + k
		if fs <= s && fs+len(full) >= e {
			return true
		}
		from += k + 1
	}
}

func hasPrefixAny18w(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny18w(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// Class: a firm registered in a township (云南|南伞|通达|坚果|进出口有限公司):
// after the registered province, prefecture or county, the township's short
// form opens the core; firmForms33 dropped it only when the township stood
// with its kind in the same paragraph, so a full name in a paragraph of its
// own took the township for the brand (南伞通达…) and the firm's short form
// (通达坚果) stayed readable. townHead18w drops a first word that is the
// short form of a township of the gazetteer when a registered place stood
// before it and at least two words follow.
func townHead18w(words []string, afterPlace bool) []string {
	if !afterPlace || len(words) < 3 {
		return words
	}
	l := getLexicon()
	// the word after must be able to stand as the brand: a trade after the
	// township keeps the township as the brand (荆州|清源|环保|科技 → 清源)
	if w := words[1]; industryWords[w] || genreWords[w] || moreTradeWords[w] || tradeWordSuffix(w) == w {
		return words
	}
	if full, ok := l.shortOf(words[0]); ok && l.places[full] == 4 && !l.common[words[0]] {
		return words[1:]
	}
	return words
}
