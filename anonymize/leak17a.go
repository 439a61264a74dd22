package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round leak17a, hooked in Analyze's rule chain right after
// roleNames16 (lead16.go). Each class below adds findings the earlier rules
// leave out; none drops one.

func leak17a(tt *tokText, fs []Finding) []Finding {
	if tt == nil {
		return fs
	}
	var add []Finding
	add = append(add, shopsAfterPlace17a(tt, fs)...)
	add = append(add, quotedShopsWithPlaces17a(tt, fs, add)...)
	add = append(add, placeStemBrands17a(tt, fs, add)...)
	add = append(add, firmCutToTrade17a(tt, fs, add)...)
	add = append(add, twoCharBrands17a(tt, fs, add)...)
	add = append(add, bylineNames17a(tt, fs, add)...)
	add = append(add, residentNames17a(tt, fs, add)...)
	return addReplacing(fs, add)
}

// hanRunesAt17a returns the run of up to n Han characters of text from
// byte s.
func hanRunesAt17a(text string, s, n int) []rune {
	var rs []rune
	for i := s; i < len(text) && len(rs) < n; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isHan(r) {
			break
		}
		rs = append(rs, r)
		i += w
	}
	return rs
}

// Class: a shop, restaurant or workshop written without quotes right after
// its place (…村福顺醋坊, …镇同福茶庄) or inside a market (农贸市场内聚福园饭庄):
// a stem of two to four Han characters, no ordinary word or modifier
// (个体醋坊, 传统油坊), before a kind of business of shopKinds17a. The stem
// opens right where a masked place ends, or after 内 of a venue, so the
// name's first character is known.

// shopKinds17a end an unquoted shop's name.
var shopKinds17a = []string{"饭庄", "醋坊", "酒坊", "油坊", "茶庄", "酒楼", "饭店", "餐馆", "茶馆", "茶楼", "面馆", "酒家", "客栈", "书斋", "粉坊", "糖坊"}

// shopStemStops17a are modifiers and verbs, not names, before a kind of
// business (个体醋坊, 新建饭店).
var shopStemStops17a = map[string]bool{"个体": true, "传统": true, "手工": true, "家庭": true, "特色": true, "农家": true, "小型": true, "老牌": true, "百年": true, "各类": true, "多家": true, "一家": true, "两家": true, "新建": true, "改建": true, "扩建": true, "现有": true, "集体": true, "老街": true, "街边": true, "城区": true, "乡村": true, "全村": true, "全镇": true, "沿街": true, "临街": true, "古法": true, "私人": true, "民营": true, "国营": true, "小吃": true, "中心": true, "周边": true, "附近": true, "部分": true, "所有": true, "大型": true, "中型": true, "知名": true, "星级": true, "本地": true, "当地": true, "酿酒": true, "酿醋": true, "榨油": true}

// shopVenues17a hold shops: a name after 内 of one of them starts there.
var shopVenues17a = []string{"市场内", "商场内", "景区内", "园区内", "街区内", "小区内", "古镇内", "商城内"}

func shopsAfterPlace17a(tt *tokText, fs []Finding) []Finding {
	// every name found ends in a kind of shopKinds17a: none in the text,
	// nothing to find (speed24)
	if !mayContainAny21(tt, shopKinds17a) {
		return nil
	}
	text := tt.text
	var starts []int
	for i := range fs {
		if fs[i].Type == LOCATION {
			starts = append(starts, fs[i].End)
		}
	}
	for _, v := range shopVenues17a {
		for from := 0; ; {
			k := strings.Index(text[from:], v)
			if k < 0 {
				break
			}
			from += k + len(v)
			starts = append(starts, from)
		}
	}
	l := getLexicon()
	var add []Finding
	for _, s := range starts {
		rs := hanRunesAt17a(text, s, 6)
		for n := 2; n <= 4 && n+2 <= len(rs); n++ {
			kind := string(rs[n : n+2])
			if !slices.Contains(shopKinds17a, kind) {
				continue
			}
			stem := string(rs[:n])
			if l.common[stem] || shopStemStops17a[stem] || shopStemStops17a[string(rs[:2])] || l.common[stem+kind] || l.places[stem] > 0 || shopStemVerb17a(tt, s, rs[n-1]) {
				break
			}
			e := s + len(stem) + len(kind)
			// findings inside the name (晋 of 晋和醋坊 read as a person)
			// and persons across the place's end (上安村晋和 → 安村晋) give
			// way; anything else reaching past it is theirs
			if reachesPast17a(crossing17a(fs, s), s, e) || overlapsAny(add, s, e) {
				break
			}
			add = append(add, Finding{Type: ORG, Text: text[s:e], Start: s, End: e, Evidence: "shop-after-place17a", Score: 4, label: "企业"})
			break
		}
	}
	return add
}

// shopStemVerb17a reports a stem at byte s that is no name: one opening
// with a verb, adverb, preposition or adjective word of gojieba (…沐溪河|
// 布设|茶馆), or ending in a size or age (夜查小|餐馆).
func shopStemVerb17a(tt *tokText, s int, last rune) bool {
	if strings.ContainsRune("小大老新", last) {
		return true
	}
	i := tt.runeAt(s)
	if i < 0 || !tt.tokStart(i) {
		return false
	}
	t := tt.tokenAt(i)
	if t == nil || t.n() < 2 || t.pos == "" {
		return false
	}
	return strings.ContainsRune("vdpca", rune(t.pos[0]))
}

// reachesPast17a reports whether a finding overlaps [s, e) and reaches
// out of it.
func reachesPast17a(fs []Finding, s, e int) bool {
	for k := range fs {
		if f := &fs[k]; f.Start < e && s < f.End && (f.Start < s || f.End > e) {
			return true
		}
	}
	return false
}

// crossing17a returns fs without the persons that start before byte s and
// end after it: a misreading across a place's end and a name after it.
func crossing17a(fs []Finding, s int) []Finding {
	out := fs[:0:0]
	for _, f := range fs {
		if f.Type == PERSON && f.Start < s && f.End > s {
			continue
		}
		out = append(out, f)
	}
	return out
}

// Class: quoted shops in a list whose items each carry their township
// (甲镇“半亩书斋”、乙镇“枕河居”等民宿): quotedShops16b reads the list only when
// its quotes follow one another; here a masked place may stand between 、
// and the next quote.
func quotedShopsWithPlaces17a(tt *tokText, fs, prev []Finding) []Finding {
	text := tt.text
	if !strings.Contains(text, "”等") {
		return nil
	}
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		if !quotedShopName16b(name) {
			continue
		}
		if !quotedPlaceListEnds17a(text, e+len("”"), fs) {
			continue
		}
		if reachesPast17a(fs, s, e) || overlapsAny(prev, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "quoted-shop17a", Score: 5, label: "企业"})
	}
	return add
}

// quotedPlaceListEnds17a reports whether the text from byte i goes on with
// items 、[place]“…” up to 等 and a kind of shopListEnds16b, at least one
// of them led by a masked place (the plain lists are quotedShops16b's).
func quotedPlaceListEnds17a(text string, i int, fs []Finding) bool {
	placed := false
	for n := 0; n < 6; n++ {
		if !strings.HasPrefix(text[i:], "、") {
			break
		}
		j := i + len("、")
		for k := range fs {
			if fs[k].Type == LOCATION && fs[k].Start == j {
				j = fs[k].End
				placed = true
				break
			}
		}
		if !strings.HasPrefix(text[j:], "“") {
			return false
		}
		c := strings.Index(text[j:], "”")
		if c < 0 || c > 40 {
			return false
		}
		i = j + c + len("”")
	}
	return placed && quotedListEnds16b(text[i:])
}

// Class: a quoted service or community brand named after its neighbourhood
// (建东街社区 … “建东有约”议事品牌, 逍遥津街道 … “逍遥邻里帮”服务品牌): the quoted
// name opens with the first two characters of a small place masked in the
// same paragraph and is followed by a kind of brand or service group;
// left readable, it gives the place away.

// brandKinds17a follow such a quoted name, after up to four characters
// (”议事品牌, ”志愿服务队).
var brandKinds17a = []string{"品牌", "服务队", "工作室", "工作法", "调解室", "议事厅", "议事会", "服务站", "驿站"}

// smallPlaceKinds17a end the places whose stem a brand may take.
var smallPlaceKinds17a = []string{"社区", "街道", "村", "镇", "乡", "街", "巷", "小区"}

func placeStemBrands17a(tt *tokText, fs, prev []Finding) []Finding {
	text := tt.text
	if !strings.Contains(text, "”") {
		return nil
	}
	stems := map[string]bool{}
	for i := range fs {
		f := &fs[i]
		if f.Type != LOCATION || runeLen(f.Text) < 3 {
			continue
		}
		for _, k := range smallPlaceKinds17a {
			if strings.HasSuffix(f.Text, k) && runeLen(f.Text)-runeLen(k) >= 2 {
				stems[string([]rune(f.Text)[:2])] = true
				break
			}
		}
	}
	if len(stems) == 0 {
		return nil
	}
	var add []Finding
	for s, e := range quotedSpans(text) {
		name := text[s:e]
		n := runeLen(name)
		if n < 3 || n > 8 || !allHan(name) || !stems[string([]rune(name)[:2])] {
			continue
		}
		rest := []rune(text[e+len("”"):])
		ok := false
		for m := 0; m <= 4 && m < len(rest) && !ok; m++ {
			if m > 0 && !isHan(rest[m-1]) {
				break
			}
			for _, w := range brandKinds17a {
				if strings.HasPrefix(string(rest[m:]), w) {
					ok = true
					break
				}
			}
		}
		if !ok || overlapsAny(fs, s, e) || overlapsAny(prev, s, e) || overlapsAny(add, s, e) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: name, Start: s, End: e, Evidence: "place-stem-brand17a", Score: 4})
	}
	return add
}

// Class: a firm whose name the org rules cut to its trade and form
// (吉林图们江|北方|贸易有限公司 → 贸易有限公司) because its brand is an
// ordinary word after a masked place: the brand of two to four Han
// characters between the place (or the sentence's start) and the trade is
// taken into the firm, and the brand and trade written alone after it
// (北方贸易在…) is masked too.
func firmCutToTrade17a(tt *tokText, fs, prev []Finding) []Finding {
	text := tt.text
	if !strings.Contains(text, "公司") {
		return nil
	}
	l := getLexicon()
	var add []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || !strings.HasSuffix(f.Text, "公司") {
			continue
		}
		suf, company := orgSuffix(f.Text)
		if !company || suf == "" {
			continue
		}
		core := strings.TrimSuffix(f.Text, suf)
		for _, w := range []string{"股份", "集团"} {
			core = strings.TrimSuffix(core, w)
		}
		if core == "" || !allHan(core) {
			continue
		}
		trade := ""
		for core != "" {
			w := tradeWordSuffix("甲" + core)
			if w == "" {
				break
			}
			trade, core = w+trade, strings.TrimSuffix(core, w)
		}
		if core != "" || trade == "" {
			continue // a brand is there: not cut
		}
		// the brand before it: Han characters back to a finding, a stop or
		// anything else
		s := f.Start
		n := 0
		for s > 0 && n < 5 {
			r, w := utf8.DecodeLastRuneInString(text[:s])
			if !isHan(r) || dotHeadStop.has(r) || overlapsAny(fs, s-w, s) {
				break
			}
			s -= w
			n++
		}
		if n < 2 || n > 4 {
			continue
		}
		// the brand opens after a masked place or a boundary, with no verb
		// (新成立|贸易有限公司 is no brand)
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && isHan(r) && !overlapsAnyEnd17a(fs, s) || shopStemVerb17a(tt, s, 0) {
			continue
		}
		brand := text[s:f.Start]
		if l.places[brand] > 0 || genreWords[brand] || industryWords[brand] || moreTradeWords[brand] {
			continue
		}
		if overlapsAny(prev, s, f.End) || overlapsAny(add, s, f.End) {
			continue
		}
		add = append(add, Finding{Type: ORG, Text: text[s:f.End], Start: s, End: f.End, Evidence: "firm-cut-to-trade17a", Score: f.Score + 1, label: "企业"})
		// the brand and its first trade word alone (北方贸易)
		tw := trade
		if tws := []rune(trade); len(tws) > 2 && (industryWords[string(tws[:2])] || moreTradeWords[string(tws[:2])]) {
			tw = string(tws[:2])
		}
		form := brand + tw
		for from := 0; ; {
			k := strings.Index(text[from:], form)
			if k < 0 {
				break
			}
			fs0 := from + k
			fe := fs0 + len(form)
			from = fe
			if fs0 == s || overlapsAny(fs, fs0, fe) || overlapsAny(add, fs0, fe) || overlapsAny(prev, fs0, fe) {
				continue
			}
			add = append(add, Finding{Type: ORG, Text: form, Start: fs0, End: fe, Evidence: "firm-cut-to-trade17a", Score: 4, label: "企业"})
		}
	}
	return add
}

// Class: a firm's brand of two characters, often an ordinary word (天晴 of
// 浙江天晴伞业集团股份有限公司), where it stands as the firm: in quotes (“天晴”),
// before a firm's kind (天晴公司, 天晴集团, 天晴品牌) or before a firm's officer
// (天晴董事长). Masking goes by text through the document, so the finding
// holds the frame (“天晴”, 天晴董事长) and readableContext17a keeps the frame
// readable: 今天天晴 stays a word.

// firmFrames17a follow a firm's brand alone; firmFrameKeep17a are those of
// them that stay readable.
var firmFrames17a = []string{"公司", "集团", "品牌", "董事长", "总经理", "董事会", "副总经理", "总裁"}
var firmFrameKeep17a = map[string]bool{"董事长": true, "总经理": true, "董事会": true, "副总经理": true, "总裁": true}

func twoCharBrands17a(tt *tokText, fs, prev []Finding) []Finding {
	text := tt.text
	if !strings.Contains(text, "公司") {
		return nil
	}
	var add []Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != ORG || !strings.HasSuffix(f.Text, "公司") {
			continue
		}
		brand, _ := firmBrandCore16b(f.Text)
		if runeLen(brand) != 2 {
			continue
		}
		for from := 0; ; {
			k := strings.Index(text[from:], brand)
			if k < 0 {
				break
			}
			s := from + k
			e := s + len(brand)
			from = e
			if s >= f.Start && e <= f.End {
				continue
			}
			fs0, fe, ev := s, e, ""
			if strings.HasSuffix(text[:s], "“") && strings.HasPrefix(text[e:], "”") {
				fs0, fe, ev = s-len("“"), e+len("”"), "firm-brand-quoted17a"
			} else if r, _ := utf8.DecodeLastRuneInString(text[:s]); isHan(r) && !strings.HasSuffix(text[:s], "与") && !strings.HasSuffix(text[:s], "和") && !strings.HasSuffix(text[:s], "、") && !overlapsAnyEnd17a(fs, s) {
				continue // inside a word (今天天晴)
			} else {
				for _, w := range firmFrames17a {
					if strings.HasPrefix(text[e:], w) {
						fe = e + len(w)
						ev = "firm-brand-frame17a"
						break
					}
				}
			}
			if ev == "" || overlapsAny(fs, s, e) || overlapsAny(prev, fs0, fe) || overlapsAny(add, fs0, fe) {
				continue
			}
			add = append(add, Finding{Type: ORG, Text: text[fs0:fe], Start: fs0, End: fe, Evidence: ev, Score: 4, label: "企业"})
		}
	}
	return add
}

// overlapsAnyEnd17a reports whether a finding ends at byte i.
func overlapsAnyEnd17a(fs []Finding, i int) bool {
	for k := range fs {
		if fs[k].End == i {
			return true
		}
	}
	return false
}

// readableContext17a gives the bytes of a twoCharBrands17a finding that
// stay readable: the quotes of “天晴”, the officer of 天晴董事长.
func readableContext17a(f Finding) (keep [2]int, ok bool) {
	switch f.Evidence {
	case "firm-brand-quoted17a":
		return [2]int{len("“"), len("”")}, true
	case "firm-brand-frame17a":
		for w := range firmFrameKeep17a {
			if strings.HasSuffix(f.Text, w) && len(f.Text) > len(w) {
				// the longest officer (副总经理 before 总经理)
				if keep[1] < len(w) {
					keep[1] = len(w)
				}
			}
		}
		return keep, true
	}
	return keep, false
}

// Class: the names of a byline (本报记者  甲  乙乙  通讯员  丙丙丙  丁丁丁): after a
// byline label, every token of two to four Han characters that starts with
// a surname, between spaces, is a person, whatever its given name (李者白
// after 刀玉香); the name rules read only the first after the label.

// bylineLabels17a open a byline's names.
var bylineLabels17a = []string{"本报记者", "见习记者", "特约记者", "记者", "通讯员", "实习生", "摄影", "摄像"}

func bylineNames17a(tt *tokText, fs, prev []Finding) []Finding {
	text := tt.text
	// names are read only after a label: none in the text, nothing to
	// read (speed24)
	if !mayContainAny21(tt, bylineLabels17a) || runeLen(text) > 80 {
		return nil
	}
	l := getLexicon()
	var add []Finding
	in := false
	prevTok := ""
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if spaceRune(r) {
			i += w
			continue
		}
		j := i
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if spaceRune(r2) {
				break
			}
			j += w2
		}
		tok := text[i:j]
		switch {
		case slices.Contains(bylineLabels17a, tok):
			in = true
		case !in:
		case !allHan(tok):
			in = false
		default:
			rs := []rune(tok)
			_, sur := l.surname[rs[0]]
			if len(rs) >= 3 && l.compound[string(rs[:2])] {
				sur = true
			}
			ok := sur && len(rs) >= 2 && len(rs) <= 4 && !l.common[tok] && l.places[tok] == 0
			// a spaced name's given name (白  云飞) after its surname alone
			// is not a name of its own
			if ok && runeLen(prevTok) != 1 && !overlapsAny(fs, i, j) && !overlapsAny(prev, i, j) && !overlapsAny(add, i, j) {
				add = append(add, Finding{Type: PERSON, Text: tok, Start: i, End: j, Evidence: "byline-name17a", Score: 4})
			}
		}
		prevTok = tok
		i = j
	}
	return add
}

// Class: a resident named after his village or group (…组的陇光荣原是搬迁户,
// …村的涂丰收曾是贫困户): a surname and two Han characters after 村的/组的,
// before a predicate of a person's past (原是, 曾是, 是一名); the given name
// may be an ordinary word (光荣), which the name rules weigh against.

// residentFrames17a close the place before the name; residentPreds17a
// follow the name.
var residentFrames17a = []string{"村的", "组的", "屯的", "寨的", "社区的"}
var residentPreds17a = []string{"原是", "曾是", "原来是", "以前是", "过去是", "是一名", "是一位", "是村里"}

func residentNames17a(tt *tokText, fs, prev []Finding) []Finding {
	// a name found stands between a frame and a predicate: without both
	// in the text, nothing to find, and no text scan per frame (speed24)
	if !mayContainAny21(tt, residentPreds17a) || !mayContainAny21(tt, residentFrames17a) {
		return nil
	}
	text := tt.text
	l := getLexicon()
	var add []Finding
	for _, fr := range residentFrames17a {
		for from := 0; ; {
			k := strings.Index(text[from:], fr)
			if k < 0 {
				break
			}
			s := from + k + len(fr)
			from = s
			rs := hanRunesAt17a(text, s, 3)
			if len(rs) < 3 {
				continue
			}
			if _, ok := l.surname[rs[0]]; !ok && !rareSurnames16b.has(rs[0]) {
				continue
			}
			name := string(rs)
			e := s + len(name)
			pred := false
			for _, p := range residentPreds17a {
				if strings.HasPrefix(text[e:], p) {
					pred = true
					break
				}
			}
			if !pred || l.common[name] || overlapsAny(fs, s, e) || overlapsAny(prev, s, e) || overlapsAny(add, s, e) {
				continue
			}
			add = append(add, Finding{Type: PERSON, Text: name, Start: s, End: e, Evidence: "resident-name17a", Score: 4})
		}
	}
	return add
}
