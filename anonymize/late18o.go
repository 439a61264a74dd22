package anonymize

import (
	"slices"
	"strings"
)

// This file holds round late18o (late misses of deid-own91 … 96). It runs
// right after roleNames16 (anonymize.go). Classes:
//   - patent numbers: moved to patent.go, one of the number recognizers
//     (findPatternsASCII).
//   - firms cut to their trade (firmBrands18o): a firm's finding that holds
//     only trade words and the legal form (汽车零部件有限公司, 科技有限公司)
//     while a brand of two Han characters of no frequent word stands right
//     before it, after a masked place, a function word or a trade word
//     (扬州|润和|汽车零部件有限公司, 东莞的|莞捷|精密|科技有限公司): the brand
//     joins the firm; a firm whose registered province or city the
//     segmenter cut (上|海瑞…) gets the place's first character back.
//   - police stations of a township (townPolice18o): X派出所 where X is the
//     stem of a town or 街道 of the gazetteer (黄家埠|镇, 园艺|街道) and
//     no generic stem: a station is named after its township, the stem
//     alone may read as a word (园艺).
//   - contracted short forms (firmContractions18o, document level in
//     Analyze): a firm's brand with the usual contraction of its trade words
//     (…鼎岳重型汽车零部件有限公司 → 鼎岳重汽, 鼎岳汽配; …思州文化旅游有限公司 →
//     思州文旅; …航港冷链物流有限公司 → 航港冷链; …瑞阗生物医药有限公司 → 瑞阗生物),
//     read on the characters (the segmenter glues and cuts made-up brands).

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
	if tt.mayHold3('派', '出', '所') {
		fs = townPolice18o(tt, fs)
	}
	if tt.mayHold2('公', '司') {
		fs = firmBrands18o(tt, fs)
	}
	return fs
}

// ------------------------------------------------------------ firm brands

// firmTrade18o are the trade words a firm's registered name ends in before
// its legal form, beyond industryWords: parts, cold chains, heavy vehicles,
// recycling (零部件, 冷链, 重型, 再生).
var firmTrade18o = wordSet(`零部件 部件 配件 冷链 重型 再生 精工 数智 智造 医疗器械 器械 新材 生物医药 文化旅游 商贸 储运 仓储 建工 发展`)

// firmTradeWord18o reports whether w is a trade word of a firm's name.
func firmTradeWord18o(w string) bool { return industryWords[w] || moreTradeWords[w] || firmTrade18o[w] }

// firmTradeSplit18o cuts rs, read from its end, into trade words (longest
// first); it returns where the trade words start and the words, or -1
// when rs does not end in one.
func firmTradeSplit18o(rs []rune) (int, []string) {
	e := len(rs)
	var ws []string
	for e > 0 {
		n := 0
		for k := 4; k >= 2; k-- {
			if e-k >= 0 && firmTradeWord18o(string(rs[e-k:e])) {
				n = k
				break
			}
		}
		if n == 0 {
			break
		}
		ws = append([]string{string(rs[e-n : e])}, ws...)
		e -= n
	}
	if len(ws) == 0 {
		return -1, nil
	}
	return e, ws
}

// firmLegal18o strips a firm's legal form and 股份 from its name.
func firmLegal18o(s string) (string, bool) {
	form := firstSuffix(s, firmLegalForms15)
	if form == "" || form == "集团" {
		return s, false
	}
	s = strings.TrimSuffix(s, form)
	s = strings.TrimSuffix(s, "股份")
	return s, true
}

// brandStop18o are characters no brand of two characters holds: levels
// of government, function words, numerals' measure words.
var brandStop18o = runeBitsOf("县市区乡镇村省的了与及在对为从由把将被是等年月日个家座条全各每该本其这那")

// firmBrand18o reports whether b (two runes) may be a made-up brand.
func firmBrand18o(b []rune) bool {
	if len(b) != 2 || !allHanRunes(b) || brandStop18o.has(b[0]) || brandStop18o.has(b[1]) {
		return false
	}
	w := string(b)
	l := getLexicon()
	if l.common[w] || firmTradeWord18o(w) || genreWords[w] {
		return false
	}
	if lv, ok := l.place(w); ok && lv >= 1 && lv <= 3 || l.short[w] != "" {
		return false // a province, city or county (贵州|文化旅游) is no brand
	}
	return true
}

// firmBrands18o extends the firms cut to their trade (class: firms cut to
// their trade).
func firmBrands18o(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG || !strings.HasSuffix(f.Text, "公司") {
			continue
		}
		s := tt.runeAt(f.Start)
		if s < 1 {
			continue
		}
		// a brand and trade read as a firm of their own that the legal
		// form's finding overlaps (莞捷精密科技 | 科技有限公司): one firm
		if g := orgOverlapLeft18o(fs, k); g >= 0 {
			f.Start = fs[g].Start
			f.Text = tt.text[f.Start:f.End]
			f.label = "企业"
			fs[g].Type = "" // dropped below
			continue
		}
		// the registered place the segmenter cut (上|海瑞…)
		if p := tt.sub(s-1, s+1); !tt.runeCovered(fs, s-1) && tt.tokStart(s-1) && tt.tokEnd(s) {
			if lv, ok := l.place(p); ok && lv >= 1 && lv <= 2 || l.short[p] != "" && l.placeLevel18o(l.short[p]) {
				f.Start = tt.off[s-1]
				f.Text = tt.text[f.Start:f.End]
				continue
			}
		}
		core, ok := firmLegal18o(f.Text)
		if !ok {
			continue
		}
		if at, _ := firmTradeSplit18o([]rune(core)); at != 0 {
			continue // the finding holds more than trade words
		}
		// trade words before the finding (精密|科技有限公司), then the brand
		b := s
		for b >= 2 && !tt.runeCovered(fs, b-1) && !tt.runeCovered(fs, b-2) && firmTradeWord18o(tt.sub(b-2, b)) && tt.tokStart(b-2) {
			b -= 2
		}
		if b < 2 || tt.runeCovered(fs, b-1) || tt.runeCovered(fs, b-2) || !tt.tokStart(b-2) || !tt.tokStart(b) {
			continue
		}
		if !firmBrand18o(tt.runes[b-2:b]) || ordinaryWord18o(tt, b-2) {
			continue
		}
		if t := tt.tokenAt(b - 2); t != nil && t.end == b && (strings.HasPrefix(t.pos, "v") || t.pos == "a" || t.pos == "d" || t.pos == "m" || t.pos == "p" || t.pos == "c") {
			continue // a verb or adverb of two characters (引进, 重点)
		}
		f.Start = tt.off[b-2]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",firm-brand18o"
		if f.label == "机构" || f.label == "" {
			f.label = "企业"
		}
	}
	kept := fs[:0]
	for _, f := range fs {
		if f.Type != "" {
			kept = append(kept, f)
		}
	}
	return kept
}

// orgOverlapLeft18o returns the index of an organisation's finding that
// starts before fs[k] and ends inside it, or -1.
func orgOverlapLeft18o(fs []Finding, k int) int {
	f := fs[k]
	for g := range fs {
		if h := fs[g]; g != k && h.Type == ORG && h.Start < f.Start && h.End > f.Start && h.End <= f.End {
			return g
		}
	}
	return -1
}

// firmContractions18o returns the contracted short forms of a firm's name
// (class: contracted short forms): its brand of two characters with the
// first two characters of its trade words (鼎岳重型, 瑞阗生物), with the
// first characters of its first two trade words (思州文旅, 鼎岳重汽) and,
// for car parts, with 汽配.
func firmContractions18o(tt *tokText, f Finding) []string {
	if tt == nil || f.Type != ORG || f.generic || !strings.HasSuffix(f.Text, "公司") {
		return nil
	}
	core, ok := firmLegal18o(f.Text)
	if !ok {
		return nil
	}
	core = strings.TrimSuffix(core, "开发")
	rs := []rune(core)
	at, ws := firmTradeSplit18o(rs)
	if at < 2 || !firmBrand18o(rs[at-2:at]) {
		return nil
	}
	if b := tt.runeAt(f.Start); b < 0 || tt.sub(b, b+len(rs)) != core || ordinaryWord18o(tt, b+at-2) || cutsWord18o(tt, b+at-2) || cutsWord18o(tt, b+at) {
		return nil
	} else if t := tt.tokenBefore(b + at - 2); t != nil && t.n() == 1 && at > 2 {
		return nil // one character glued to the brand may be its first (藏|香鸡|养殖)
	}
	brand := string(rs[at-2 : at])
	trade := rs[at:]
	cands := []string{brand + string(trade[:2])}
	// the first characters of the first two trade words, a word of four
	// read as two (文化旅游 → 文旅)
	if w1 := []rune(ws[0]); len(w1) == 4 {
		cands = append(cands, brand+string(w1[0])+string(w1[2]))
	} else if len(ws) >= 2 {
		cands = append(cands, brand+string(w1[0])+string([]rune(ws[1])[0]))
	}
	if strings.HasPrefix(string(trade), "汽车") || strings.HasPrefix(string(trade), "重型汽车") {
		if t := string(trade); strings.Contains(t, "部件") || strings.Contains(t, "配件") {
			cands = append(cands, brand+"汽配")
		}
	}
	l := getLexicon()
	var out []string
	for _, c := range cands {
		if c == f.Text || l.common[c] || !allHan(c) || slices.Contains(out, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// placeLevel18o reports whether full is a province or a city.
func (l *lexicon) placeLevel18o(full string) bool {
	lv, ok := l.place(full)
	return ok && lv >= 1 && lv <= 2
}

// ordinaryWord18o reports whether the two runes at i are one dictionary
// word of an ordinary kind (梯田/n, 重点/d): a brand is a made-up word
// (航港/x), a name (白马/ns) or cut into characters (润|和).
func ordinaryWord18o(tt *tokText, i int) bool {
	t := tt.tokenAt(i)
	if t == nil || t.start != i || t.end != i+2 || !t.dictWord() {
		return false
	}
	switch t.pos {
	case "x", "nz", "ns", "nr", "nrt", "nrfg", "nt", "j":
		return false
	}
	return true
}

// ------------------------------------------------------------ police stations

// policeKinds18o are kinds of police stations that are also the stems of
// towns (公安|镇): 枫桥式公安派出所 names no township.
var policeKinds18o = wordSet(`公安 边防 铁路 森林 林区 水上 机场 港口 交通 社区 城区 景区 开发区 园区`)

// townPolice18o masks police stations named after a township of the
// gazetteer (class: police stations of a township).
func townPolice18o(tt *tokText, fs []Finding) []Finding {
	l := getLexicon()
	var out []Finding
	for i := strings.Index(tt.text, "派出所"); i >= 0; {
		p := tt.runeAt(i)
		end := p + 3
		for n := 3; n >= 2; n-- {
			b := p - n
			if b < 0 || !allHanRunes(tt.runes[b:p]) || tt.runeCovered(fs, b) || tt.runeCovered(fs, p-1) || !tt.tokStart(b) {
				continue
			}
			x := tt.sub(b, p)
			if genericPlaceStems[x] || policeKinds18o[x] || brandStop18o.has(tt.runes[b]) {
				continue
			}
			town := false
			for _, k := range []string{"镇", "乡", "街道"} {
				if lv, ok := l.place(x + k); ok && lv == 4 {
					town = true
				}
			}
			if !town {
				continue
			}
			out = append(out, Finding{Type: ORG, Text: tt.sub(b, end), Start: tt.off[b], End: tt.off[end], Evidence: "town-police18o", Score: 4, label: "机构"})
			break
		}
		j := strings.Index(tt.text[i+len("派出所"):], "派出所")
		if j < 0 {
			break
		}
		i += len("派出所") + j
	}
	if len(out) == 0 {
		return fs
	}
	return addWhole(fs, out)
}

// cutsWord18o reports whether rune i falls inside an ordinary dictionary
// word (藏|香 of 藏香/nr|鸡): a brand neither starts nor ends there; a
// made-up word or an nz name the segmenter glued across it
// (上|海瑞/nz|阗) does not count.
func cutsWord18o(tt *tokText, i int) bool {
	if i <= 0 || i >= len(tt.runes) || tt.tokStart(i) {
		return false
	}
	t := tt.tokenAt(i)
	if t == nil || !t.dictWord() {
		return false
	}
	return t.pos != "nz" // a name word glued across it (上|海瑞/nz|阗); a person's name (藏香/nr|鸡) is a word's part
}
