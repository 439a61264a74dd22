package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep34: ordinary phrases of deid-own67 … 72 that a
// recognizer masked, each kept by its class:
//   - generic bodies after a place: a place and a body of a generic kind
//     (…市|安委会, …街道|综治中心, …镇|农业服务中心, …县|协作工作组,
//     …旗|蒙古族学校) cut back to the place; with no place but a level
//     (县法律援助中心, 旗蒙古族学校, 县农商银行, 邮储银行) dropped;
//   - national bodies: an academy of 中国 (中国中医科学院), the national
//     exchanges (北京证券交易所), a national parent before a county's
//     branch (国家税务总局|…县税务局, the parent cut off);
//   - terms read as places: a slogan of two directions (南菜北运, 西气东输),
//     a merchant group or an old regional name before a cultural word
//     (晋商文化, 巴渝工匠);
//   - heritage items read as persons: a family style of martial art
//     (戴氏心意拳, 岳家拳), a legendary figure before a genre (钟馗画);
//   - programmes and procedures read as names: 共富 before a workshop
//     (共富工坊), finance terms (普惠|小微), cadre procedures (任前公示);
//   - kinds read as names: a crop disease (黄龙病), a craft workshop
//     (制砚作坊), a crop's standard demonstration garden (枸杞标准化示范园).

// keep34 drops the findings of fs that are ordinary phrases of the classes
// above, cuts a place's generic body back to the place and a national
// parent off a local branch.
func keep34(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding34)
}

// keepFinding34 returns f, cut where a generic part belongs to it, and
// whether f is an ordinary phrase as a whole.
func keepFinding34(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	before, after := text[:f.Start], text[f.End:]
	switch {
	case f.Type == ORG && (genericBodyAlone34(f.Text) || workshopKind34(f.Text) || demoGarden34(f.Text)):
		return f, true
	case f.Type == ORG && nationalBody34(f.Text) && !subUnitAfter34(after):
		return f, true
	case f.Type == ORG && programmeWorkshop34(before, f.Text):
		return f, true
	case f.Type == ORG && f.Text == "邮储" && strings.HasPrefix(after, "银行"):
		return f, true // 邮储|银行: a national bank's short name
	case f.Type != PERSON && cropDisease34(f.Text, after):
		return f, true
	case directionSloganMay21(tt, &f) && insideDirectionSlogan34(text, f): // (no direction where it would open: speed21.go)
		return f, true
	case f.Type != PERSON && culturalRegion34(f.Text, after):
		return f, true
	case f.Type == PERSON && culturalRegion34(f.Text, after):
		return f, true
	case f.Type == PERSON && martialStyle34(f.Text, after):
		return f, true
	case f.Type == PERSON && legendItem34(f.Text, after):
		return f, true
	case f.Type == PERSON && financeTerm34(before, f.Text, after):
		return f, true
	case f.Type == PERSON && cadreProcedures34[f.Text]:
		return f, true
	}
	if f.Type == ORG {
		if g, ok := placeGenericBody34(tt, f, fs); ok {
			return g, false
		}
		if g, ok := nationalParent34(f); ok {
			return g, false
		}
	}
	return f, false
}

// ------------------------------------------------------------ generic bodies

// genericBodies34 are bodies of a generic kind that every county has: they
// name nothing without the place before them.
var genericBodies34 = []string{"安委会", "安全生产委员会", "综治中心", "社会治理综合服务中心", "法律援助中心", "农业服务中心", "农业综合服务中心", "协作工作组", "东西部协作工作组", "农商银行", "农村商业银行", "邮储银行", "邮政储蓄银行"}

// schoolKinds34 end an ethnic school (蒙古族|学校, 民族|中学).
var schoolKinds34 = []string{"学校", "中学", "小学", "幼儿园", "寄宿制学校"}

// genericTail34 reports whether w is a generic body or an ethnic school.
func genericTail34(w string) bool {
	for _, b := range genericBodies34 {
		if w == b {
			return true
		}
	}
	k := firstSuffix(w, schoolKinds34)
	if k == "" {
		return false
	}
	d := w[:len(w)-len(k)]
	if d == "民族" {
		return true
	}
	g, ok := strings.CutSuffix(d, "族")
	return ok && nationalities29[g]
}

// levels34 may stand for a place before a generic body (县|法律援助中心).
var levels34 = []string{"", "县", "市", "区", "旗", "镇", "乡", "苏木", "全县", "全市", "全旗", "各"}

// genericBodyAlone34 reports a generic body with a level at most.
func genericBodyAlone34(w string) bool {
	if !genericTailMay21(w) {
		return false // (no generic tail at its end: speed21.go)
	}
	for _, lv := range levels34 {
		if rest, ok := strings.CutPrefix(w, lv); ok && genericTail34(rest) {
			return true
		}
	}
	return false
}

// placeGenericBody34 cuts an organisation read over a place and a generic
// body (菏泽市|安委会, 金城街道|综治中心) back to the place.
func placeGenericBody34(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if !genericTailMay21(f.Text) {
		return f, false // (no generic tail at its end: speed21.go)
	}
	for i := len(f.Text); i > 0; {
		_, n := utf8.DecodeLastRuneInString(f.Text[:i])
		i -= n
		head, tail := f.Text[:i], f.Text[i:]
		if !genericTail34(tail) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(head)
		if !(placeLevelEnds21.has(last) || strings.HasSuffix(head, "街道")) {
			return f, false
		}
		if !(runeLen(head) >= 3 && !hasAnyPrefix13(head, wholeArea17)) && !placeFoundAt21(fs, f.Start, f.Start+len(head), head) {
			return f, false
		}
		f.Type, f.Text, f.End, f.label = LOCATION, head, f.Start+len(head), ""
		f.Evidence += ",place-generic-body34"
		return f, true
	}
	return f, false
}

// ------------------------------------------------------------ national bodies

// exchangeCities34 hold the national exchanges.
var exchangeCities34 = []string{"上海", "深圳", "北京", "郑州", "大连", "广州"}

// nationalBody34 reports a national body: an academy of 中国 (中国中医科学院,
// 中国农业科学院) or a national exchange (北京证券交易所).
func nationalBody34(w string) bool {
	if rest, ok := strings.CutPrefix(w, "中国"); ok {
		for _, k := range []string{"科学院", "科学研究院", "工程院"} {
			if d, ok := strings.CutSuffix(rest, k); ok && runeLen(d) <= 4 && !strings.ContainsAny(d, "省市县区镇乡村") {
				return true
			}
		}
	}
	if c := firstPrefix(w, exchangeCities34); c != "" {
		switch w[len(c):] {
		case "证券交易所", "商品交易所", "期货交易所":
			return true
		}
	}
	return false
}

// subUnits34 end a unit of a national body (中国农业科学院|作物科学研究所),
// which names one institute and stays masked.
var subUnits34 = []string{"研究所", "研究中心", "分院", "研究室", "实验站", "试验站", "实验室", "医院", "学院", "大学"}

// subUnitAfter34 reports a sub-unit's kind in the words right after a
// national body, before any punctuation.
func subUnitAfter34(after string) bool {
	n := 0
	for i, r := range after {
		if !isHan(r) || n >= 12 {
			return false
		}
		if firstPrefix(after[i:], subUnits34) != "" {
			return true
		}
		n++
	}
	return false
}

// nationalParents34 head a county's branch (国家税务总局|…县税务局).
var nationalParents34 = []string{"国家税务总局", "国家金融监督管理总局", "中国人民银行", "国家统计局", "中国银行保险监督管理委员会"}

// nationalParent34 cuts a national parent off a local branch after it.
func nationalParent34(f Finding) (Finding, bool) {
	p := firstPrefix(f.Text, nationalParents34)
	if p == "" || runeLen(f.Text[len(p):]) < 3 {
		return f, false
	}
	f.Start += len(p)
	f.Text = f.Text[len(p):]
	f.Evidence += ",national-parent34"
	return f, true
}

// ------------------------------------------------------------ terms read as places

// directions34 open each half of a slogan of two directions.
var directions34 = runeBitsOf("东西南北")

// opposite34 pairs a direction with its opposite.
var opposite34 = map[rune]rune{'东': '西', '西': '东', '南': '北', '北': '南'}

// moveRunes34 end a slogan of two directions (北运, 东输, 北调, 南销).
var moveRunes34 = runeBitsOf("运输送调销算移迁引用")

// insideDirectionSlogan34 reports whether f lies inside a four-character
// slogan of two different directions (南菜北运, 西气东输, 北煤南运).
func insideDirectionSlogan34(text string, f Finding) bool {
	if runeLen(f.Text) > 2 {
		return false
	}
	// the slogan starts at f or one character before it
	starts := []int{f.Start}
	if r, n := utf8.DecodeLastRuneInString(text[:f.Start]); n > 0 && r != utf8.RuneError {
		starts = append(starts, f.Start-n)
	}
	for _, s := range starts {
		rs := []rune{}
		for _, r := range text[s:] {
			rs = append(rs, r)
			if len(rs) == 5 {
				break
			}
		}
		// the directions are opposite and the fourth character moves
		// (南菜北运, 西气东输); 西宁北绕城 is a place and a road
		if len(rs) < 4 || opposite34[rs[0]] != rs[2] || !moveRunes34.has(rs[3]) {
			continue
		}
		if directions34.has(rs[1]) || directions34.has(rs[3]) || !isHan(rs[1]) || !isHan(rs[3]) {
			continue
		}
		end := s + len(string(rs[:4]))
		if end < f.End {
			continue
		}
		// 南菜北运村 would be a place
		if len(rs) == 5 && placeKindRunes33.has(rs[4]) {
			continue
		}
		return true
	}
	return false
}

// culturalRegions34 are merchant groups and old regional names (晋商,
// 巴渝) that name a culture, not a place of the text.
var culturalRegions34 = wordSet(`晋商 徽商 浙商 粤商 潮商 闽商 鲁商 陕商 秦商 甬商 苏商 龙商 巴渝 巴蜀 荆楚 齐鲁 燕赵 三秦 八闽 三晋 陇原 岭南 江淮 关中 中原`)

// culturalWords34 follow a cultural region (晋商|文化, 巴渝|工匠).
var culturalWords34 = []string{"文化", "精神", "工匠", "名匠", "英才", "人才", "大院", "会馆", "传统", "文明", "风情", "技能大赛"}

func culturalRegion34(w, after string) bool {
	return culturalRegions34[w] && firstPrefix(after, culturalWords34) != ""
}

// ------------------------------------------------------------ heritage items read as persons

// martialArts34 end a family style of martial art (戴氏|心意拳, 岳家拳).
var martialArts34 = []string{"拳", "心意拳", "太极拳", "形意拳", "八卦掌", "枪", "棍", "刀法", "剑"}

// martialStyle34 reports a surname with 氏 or 家 read as a person before,
// or over, a style of martial art.
func martialStyle34(w, after string) bool {
	for _, mid := range []string{"氏", "家"} {
		i := strings.Index(w, mid)
		if i <= 0 || runeLen(w[:i]) > 2 {
			continue
		}
		rest := w[i+len(mid):] + after
		if rest == after && firstPrefix(after, martialArts34) != "" {
			return true // 戴氏|心意拳
		}
		if k := firstPrefix(rest, martialArts34); k != "" && len(w[i+len(mid):]) <= len(k) {
			return true // 岳家拳
		}
	}
	return false
}

// legend34 are legendary and historic figures whose name heritage items
// and customs bear.
var legend34 = wordSet(`钟馗 关公 妈祖 孟姜女 包公 八仙 女娲 神农 盘古 嫘祖`)

// legendGenres34 follow a figure in a heritage item (钟馗|画, 妈祖|信俗).
var legendGenres34 = []string{"画", "年画", "剪纸", "信俗", "文化", "戏", "舞", "庙会"}

// legendItem34 reports a legendary figure before a heritage genre: the
// item, not the figure, whom the package masks elsewhere (《钟馗嫁妹》).
func legendItem34(w, after string) bool {
	return legend34[w] && firstPrefix(after, legendGenres34) != ""
}

// ------------------------------------------------------------ programmes and procedures

// workshops34 end a programme's workshop (共富|工坊).
var workshops34 = []string{"工坊", "车间", "果园", "菜园", "农场"}

// programmeWorkshop34 reports 共富 and a workshop read as a body (共富工坊,
// 共|富工坊).
func programmeWorkshop34(before, w string) bool {
	if strings.HasSuffix(before, "共") {
		w = "共" + w
	}
	rest, ok := strings.CutPrefix(w, "共富")
	return ok && firstPrefix(rest, workshops34) == rest && rest != ""
}

// financeTerms34 are finance terms whose characters read as a name
// (普|惠小微, 普惠小|微贷款).
var financeTerms34 = []string{"普惠小微", "小微企业", "小微金融", "小微贷款", "小微信贷"}

// financeTerm34 reports a name read inside a finance term: every byte of
// f lies inside one of financeTerms34 around it.
func financeTerm34(before, w, after string) bool {
	// (speed29: a term that holds f lies within the longest term's length
	// of it, so only that window is joined, not the whole text for each
	// person; and every term holds 微, whose last byte is then in one of
	// the three parts: about 0.9 M instructions per fixture pass)
	before, after = before[max(0, len(before)-financeTermMax29):], after[:min(len(after), financeTermMax29)]
	if strings.IndexByte(w, 0xAE) < 0 && strings.IndexByte(before, 0xAE) < 0 && strings.IndexByte(after, 0xAE) < 0 {
		return false
	}
	text := before + w + after
	s, e := len(before), len(before)+len(w)
	for _, t := range financeTerms34 {
		lo := s - len(t) + 1
		if lo < 0 {
			lo = 0
		}
		for p := lo; p <= s && p+len(t) <= len(text); p++ {
			if p+len(t) >= e && text[p:p+len(t)] == t {
				return true
			}
		}
	}
	return false
}

// cadreProcedures34 are steps of a cadre's appointment read as a name
// before 公示 or after 干部 (任前|公示).
var cadreProcedures34 = wordSet(`任前 任职前 离任 试用期`)

// ------------------------------------------------------------ kinds read as names

// cropDisease34 reports a crop disease (黄龙病, 防控|黄龙病): f ends in 病
// or stands right before it.
func cropDisease34(w, after string) bool {
	if strings.HasPrefix(after, "病") && runeLen(w) <= 3 {
		return true
	}
	return strings.HasSuffix(w, "病") && runeLen(w) <= 6 && !strings.ContainsAny(w, "省市县区镇乡村")
}

// workshopKind34 reports a craft workshop named by its work (制砚作坊,
// 酿酒作坊): a verb of making, one or two characters of product, the kind.
func workshopKind34(w string) bool {
	k := firstSuffix(w, []string{"作坊", "工坊"})
	if k == "" {
		return false
	}
	d := w[:len(w)-len(k)]
	v := firstPrefix(d, []string{"制", "酿", "榨", "编", "织", "造", "烧", "磨", "染"})
	return v != "" && runeLen(d[len(v):]) >= 1 && runeLen(d[len(v):]) <= 2
}

// demoGarden34 reports a crop's standard demonstration garden (枸杞|标准化示范园):
// a short crop word before descriptors and the kind.
func demoGarden34(w string) bool {
	for _, k := range []string{"标准化示范园", "标准化示范基地", "标准化种植示范园"} {
		d, ok := strings.CutSuffix(w, k)
		if ok && runeLen(d) <= 3 && !strings.ContainsAny(d, "省市县区镇乡村") {
			return true
		}
	}
	return false
}

// keepListItem34 reports an item of an enumeration that is a kind of the
// classes above (防控黄龙病, 制砚作坊, 邮储银行, 北京证券交易所).
func keepListItem34(f Finding) bool {
	if f.Type == PERSON {
		return false
	}
	return genericBodyAlone34(f.Text) || cropDisease34(f.Text, "") || workshopKind34(f.Text) || demoGarden34(f.Text)
}

// occurrence34 reports whether the occurrence of e at byte i of s lies in
// one of keep34's phrases although e is masked elsewhere in the document
// (南菜 of a village 南菜村 inside 南菜北运, 小微 of a name inside 普惠小微).
func occurrence34(e *entity, s string, i int) bool {
	f := Finding{Type: e.typ, Text: e.text, Start: i, End: i + len(e.text)}
	switch e.typ {
	case LOCATION:
		return insideDirectionSlogan34(s, f)
	case PERSON:
		return legendItem34(e.text, s[f.End:]) || financeTerm34(s[:i], e.text, s[f.End:])
	}
	return false
}
