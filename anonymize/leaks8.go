package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds the recognizers and guards added for the misses of the
// tenth own-writing check set (testdata/deid-own10), each for a class of
// text rather than a string: a short form a report declares inside a
// bracket that opens with other matter (（统一社会信用代码：…，以下简称“…”）),
// a firm found from its trade words only whose made-up brand stands between
// its place and them, a name after a role ending in 人 that gojieba glued to
// the role (法定代表|人马|国栋), a town whose stem is an ordinary word standing
// as its own words at a phrase's start (天堂|镇), named karst landforms
// (…天坑, …地缝), places of the X家-landform shape before a landmark kind
// (某家渡水库), rivers gojieba cut into characters before their banks
// (九冲|河沿岸), the short form of a firm made of its brand and first trade
// word; and guards against ordinary phrases read as names: a
// body found from a place's last characters (八里|铺镇农村寄宿制学校), a
// one-character place stem cut out of a longer word (县管|乡用), a road named
// after a known place (某市高速公路 keeps 高速公路 readable), a group named by
// its field after a verb (组建教育集团), two characters only the learned
// tagger took for a name before a plain noun (城区|黑臭|水体), a place's short
// form that is an ordinary word before a benefit noun (惠民补贴).

// leaks8 adds what the recognizers of this file find in one text to its
// findings fs, and marks as generic (kept by the default policy, masked by
// the strict one) the findings its guards reject.
func leaks8(tt *tokText, fs []Finding) []Finding {
	if tt == nil || len(tt.runes) < 2 {
		return fs
	}
	for k := range fs {
		f := &fs[k]
		if f.Score >= 100 || f.generic {
			continue
		}
		if bodyFromPlaceTail(tt, fs, f) || cutOneCharStem(tt, f) || fieldGroupAfterVerb(tt, f) || taggerAttributeBeforeNoun(tt, f) || shortFormAsAttribute(tt, f) {
			f.generic = true
			f.Evidence += ",ordinary-phrase-l8"
			continue
		}
		trimRoadToPlace(tt, f)
	}
	extendFirmOverBrand(tt, fs)
	add := func(out []Finding) {
		for _, f := range out {
			if !overlapsOutside(fs, f.Start, f.End) {
				fs = append(fs, f)
			}
		}
	}
	add(namesGluedToRoleRen(tt))
	add(ordinaryStemTowns(tt, fs))
	add(namedLandforms(tt))
	add(familyLandformLandmarks(tt))
	add(riversCutIntoCharacters(tt))
	return fs
}

// ---------------------------------------------------------------- short forms

// declaredShortForm returns the short form a report declares in the
// bracket right after an organisation's full name when the bracket opens
// with other matter first (…有限公司（统一社会信用代码：…，以下简称“某某建筑”））:
// the quoted two to six Han characters after 以下简称 or 下称; "" if rest
// opens no bracket or the bracket declares none.
func declaredShortForm(rest string) string {
	rest, close := openBracket(rest)
	if close == "" {
		return ""
	}
	if len(rest) > 200 {
		rest = rest[:200]
	}
	e := strings.Index(rest, close)
	if e < 0 {
		return ""
	}
	in := rest[:e]
	p := strings.Index(in, "以下简称")
	if p >= 0 {
		in = in[p+len("以下简称"):]
	} else if p = strings.Index(in, "下称"); p >= 0 {
		in = in[p+len("下称"):]
	} else {
		return ""
	}
	in = strings.TrimLeft(in, "为：: ")
	in = strings.Trim(in, "“”\"'‘’「」：:")
	if n := runeLen(in); n < 2 || n > 6 || !allHan(in) || notShortForms[in] || nationalTerms[in] || countries[in] {
		return ""
	}
	return in
}

// extendFirmOverBrand extends a company found from its trade words only
// (定西市|鑫达劳务|服务有限公司 found as 服务有限公司) over the words between
// it and the place before it, two to six Han characters opening with a
// noun or a made-up word, with no function word or verb of two characters
// among them: they are the firm's made-up brand,
// and left outside the mask they (and the short form made of them) would
// stay readable.
func extendFirmOverBrand(tt *tokText, fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Type != ORG || f.generic || f.label != "企业" || !strings.HasPrefix(f.Evidence, "org-suffix:") {
			continue
		}
		suf, _ := orgSuffix(f.Text)
		if suf == "" {
			suf = strings.TrimPrefix(f.Evidence, "org-suffix:")
			if i := strings.IndexByte(suf, ','); i >= 0 {
				suf = suf[:i]
			}
		}
		core := strings.TrimSuffix(f.Text, suf)
		if core != "" && !industryWords[core] && !genreWords[core] {
			continue
		}
		s := tt.runeAt(f.Start)
		if s <= 1 || !tt.tokStart(s) {
			continue
		}
		// the place the brand follows: a finding ending where the brand
		// starts, at most six characters before the firm
		b := -1
		for _, g := range fs {
			if g.Type != LOCATION || g.generic {
				continue
			}
			if ge := tt.runeAt(g.End); ge >= 0 && ge < s && s-ge >= 2 && s-ge <= 6 {
				b = ge
			}
		}
		if b < 0 {
			continue
		}
		ok, brand, i := true, false, b
		if !tt.tokStart(b) {
			// the place's last character glued to the brand (陇南|市某|…):
			// a word gojieba made up
			if t := tt.tokenAt(b); t == nil || t.pos != "x" || t.end > s {
				continue
			} else {
				brand, i = true, t.end
			}
		}
		for i < s {
			t := tt.tokenAt(i)
			if t == nil || t.end > s || !isHan(tt.runes[i]) {
				ok = false
				break
			}
			if i == b && !nounish(t) && t.pos != "ng" && t.pos != "j" {
				ok = false // the brand opens with a noun or a made-up word
			}
			switch t.pos {
			case "p", "c", "uj", "ul", "r", "d", "m", "q", "v":
				// a function word or a verb of two characters ends the
				// phrase; a single one inside a made-up brand (某|和) does not
				ok = ok && t.n() == 1 && i > b && t.pos != "uj" && t.pos != "ul"
			}
			if !industryWords[t.word] && !genreWords[t.word] {
				brand = true
			}
			i = t.end
		}
		if !ok || !brand || getLexicon().common[tt.sub(b, s)] {
			continue
		}
		f.Start = tt.off[b]
		f.Text = tt.text[f.Start:f.End]
		f.Evidence += ",brand-before"
	}
}

// ---------------------------------------------------------------- names

// renRoles are roles ending in 人 after which a report names the person;
// gojieba often glues that 人 to the surname after it (法定代表|人马|国栋).
var renRoles = []string{"法定代表人", "法人代表", "负责人", "责任人", "联系人", "代理人", "承包人", "投诉人", "举报人", "当事人", "申请人", "经营者", "带头人", "牵头人"}

// namesGluedToRoleRen finds a surname and a given name of one or two
// characters right after a role in 人 where gojieba cut the role's 人 off
// into a word with the surname (人马): the name ends at punctuation, a
// conjunction or a verb.
func namesGluedToRoleRen(tt *tokText) []Finding {
	if tt.runeCls&rcRen == 0 { // strings.Contains(tt.text, "人") (speed6.go, speed9a.go)
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i < n-2; i++ {
		if tt.runes[i] != '人' && tt.runes[i] != '者' {
			continue
		}
		role := ""
		for _, r := range renRoles {
			// tt.sub(i+1-runeLen(r), i+1) == r without counting r's
			// characters: the text's bytes before rune i+1 end with r's
			// (valid UTF-8 keeps its characters wherever it stands)
			if strings.HasSuffix(tt.text[:tt.off[i+1]], r) {
				role = r
				break
			}
		}
		b := i + 1
		if role == "" || !l.isSurname(tt.runes[b]) || tt.tokStart(b) {
			continue // a name gojieba cut apart from the role is found elsewhere
		}
		for _, c := range []int{b + 3, b + 2} {
			if c > n || !nameEndAfterRole(tt, c) {
				continue
			}
			ok, given := true, false
			for _, r := range tt.runes[b+1 : c] {
				if !isHan(r) || givenStop[r] {
					ok = false
				}
				given = given || givenLike(r)
			}
			ok = ok && given
			w := tt.sub(b, c)
			if !ok || l.common[w] || l.places[w] > 0 || isRoleWord(w) || genreWords[w] {
				continue
			}
			out = append(out, Finding{Type: PERSON, Text: w, Start: tt.off[b], End: tt.off[c], Evidence: "surname+given,role-glued:" + role, Score: contextScore})
			break
		}
	}
	return out
}

// ---------------------------------------------------------------- places

// ordinaryStemTowns finds a town or township of the gazetteer whose stem is
// an ordinary word (天堂镇, 太平乡) where gojieba cut stem and suffix into two
// words of their own and the stem opens a phrase: the text's start, after
// punctuation, or right after another place. The gazetteer's full-form
// pass takes such a town only as one ns word, which gojieba seldom makes.
func ordinaryStemTowns(tt *tokText, fs []Finding) []Finding {
	if tt.runeCls&rcTownLevel == 0 {
		return nil // (speed7b.go: no 乡 or 镇 in the text)
	}
	l := getLexicon()
	var out []Finding
	for k := 1; k < len(tt.toks); k++ {
		sufT, stemT := &tt.toks[k], &tt.toks[k-1]
		if sufT.n() != 1 || (tt.runes[sufT.start] != '镇' && tt.runes[sufT.start] != '乡') {
			continue
		}
		if stemT.n() < 2 || stemT.n() > 3 || !l.common[stemT.word] || genericPlaceStems[stemT.word] {
			continue
		}
		verbal := false
		switch stemT.pos {
		case "d", "p", "c", "r", "m", "q", "f", "ad":
			continue
		case "v", "vn", "a", "an":
			verbal = true // 团结|镇, 前进|镇: a verb before the suffix only when a verb follows
		}
		name := stemT.word + sufT.word
		if lv, ok := l.place(name); !ok || lv < 4 {
			continue
		}
		if nt := tt.tokenAt(sufT.end); nt != nil && (nt.word == "村" || nt.word == "区" || nt.word == "域" || nt.word == "级" || nt.word == "政府" || nt.word == "长" || nt.word == "党委") {
			continue // 天堂镇村, 乡镇: a kind, not a town (its own rule finds 镇政府)
		}
		if verbal {
			if nt := tt.tokenAt(sufT.end); nt == nil || nt.pos != "v" || nt.n() < 2 {
				continue
			}
		}
		b := stemT.start
		opens := b == 0 || !isHan(tt.runes[b-1]) && !isDigit(tt.runes[b-1])
		if !opens && !verbal {
			for _, g := range fs {
				if g.Type == LOCATION && !g.generic && g.End == tt.off[b] {
					opens = true
				}
			}
		}
		if !opens {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: name, Start: tt.off[b], End: tt.off[sufT.end], Evidence: "gazetteer,ordinary-stem", Score: 6})
	}
	return out
}

// isDigit reports an ASCII or full-width digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// landformKinds end the name of a named karst landform.
var landformKinds = []string{"天坑群", "天坑", "地缝", "溶洞群"}

// landformNameStop are characters no landform name holds: function words,
// numerals and determiners that end the phrase before it.
var landformNameStop = runeBitsOf("的了和与及或至到在从向把被将给对为是有这那各每该本其个座处条")

// namedLandforms finds a karst landform named before its kind (某某围天坑,
// 某某洞天坑群): two to four Han characters before the kind, back to a
// token start where a phrase begins (punctuation, a verb, 至, 和, 、), the
// name no ordinary word. A bare kind (天坑群 after 建设) makes nothing.
func namedLandforms(tt *tokText) []Finding {
	if !(tt.mayHold2('天', '坑') && strings.Contains(tt.text, "天坑")) && !(tt.mayHold2('地', '缝') && strings.Contains(tt.text, "地缝")) && !(tt.mayHold3('溶', '洞', '群') && strings.Contains(tt.text, "溶洞群")) {
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 2; i < n-1; i++ {
		kind := ""
		for _, kd := range landformKinds {
			if kl := runeLen(kd); i+kl <= n && tt.sub(i, i+kl) == kd {
				kind = kd
				break
			}
		}
		if kind == "" {
			continue
		}
		e := i + runeLen(kind)
		for s := i - 2; s >= 0 && s >= i-4; s-- {
			if !isHan(tt.runes[s]) || landformNameStop.has(tt.runes[s]) {
				break
			}
			if !tt.tokStart(s) {
				continue
			}
			before := s == 0 || !isHan(tt.runes[s-1]) || landformNameStop.has(tt.runes[s-1])
			if !before {
				if p := tt.tokenBefore(s); p != nil && (p.pos == "v" || p.pos == "p" || p.pos == "c") {
					before = true
				}
			}
			if !before {
				continue
			}
			stem := tt.sub(s, i)
			if l.common[stem] || genericPlaceStems[stem] || genreWords[stem] {
				break
			}
			out = append(out, Finding{Type: LOCATION, Text: tt.sub(s, e), Start: tt.off[s], End: tt.off[e], Evidence: "pattern:" + kind, Score: 3})
			break
		}
		i = e - 1
	}
	return out
}

// landmarkKindsAfterFamily are the landmarks a surname-家-landform place
// names (某家渡水库, 某家坝电站).
var landmarkKindsAfterFamily = []string{"水库", "电站", "水电站", "大桥", "隧道", "渡口", "码头", "湿地", "景区"}

// familyLandformLandmarks finds a landmark named after a place of the shape
// one character (mostly a surname), 家, a landform character (李家湾 in
// 李家湾大桥, 杨家坪 in 杨家坪水库)
// where gojieba read the landform character as a verb or a word of its own
// and the landmark pattern, which wants the stem as nouns, refused it.
func familyLandformLandmarks(tt *tokText) []Finding {
	if tt.runeCls&rcJia == 0 { // strings.Contains(tt.text, "家") (speed6.go, speed9a.go)
		return nil
	}
	l := getLexicon()
	n := len(tt.runes)
	var out []Finding
	for i := 1; i+2 < n; i++ {
		if tt.runes[i] != '家' || !isHan(tt.runes[i-1]) || landformNameStop.has(tt.runes[i-1]) || !landformLast.has(tt.runes[i+1]) {
			continue
		}
		if x := tt.sub(i-1, i+1); l.common[x] && !l.isSurname(tt.runes[i-1]) || genreWords[x] || isRoleWord(x) {
			continue // 专家, 农家: no family's place (岳家 may be one)
		}
		b := i - 1
		if !tt.tokStart(b) {
			continue
		}
		if b > 0 && isHan(tt.runes[b-1]) {
			if p := tt.tokenBefore(b); p == nil || !(p.pos == "v" || p.pos == "p" || p.pos == "c" || p.pos == "x" && p.n() == 1) {
				continue
			}
		}
		c := i + 2
		for _, kd := range landmarkKindsAfterFamily {
			if kl := runeLen(kd); c+kl <= n && tt.sub(c, c+kl) == kd {
				out = append(out, Finding{Type: LOCATION, Text: tt.sub(b, c+kl), Start: tt.off[b], End: tt.off[c+kl], Evidence: "pattern:" + kd + ",family-landform", Score: 3})
				break
			}
		}
	}
	return out
}

// ---------------------------------------------------------------- guards

// bodyFromPlaceTail reports an organisation found by its suffix that
// starts inside a place found before it (八里|铺镇农村寄宿制学校, the place
// 八里铺镇): the body read from the place's last characters, with ordinary
// words of gojieba's dictionary only after the place, names no body of its
// own; the place is masked by itself.
func bodyFromPlaceTail(tt *tokText, fs []Finding, f *Finding) bool {
	if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return false
	}
	for _, g := range fs {
		if g.Type != LOCATION || g.generic || !(g.Start < f.Start && f.Start < g.End && g.End < f.End) {
			continue
		}
		e := tt.runeAt(g.End)
		if e < 0 {
			return false
		}
		for i := e; i < len(tt.runes) && tt.off[i] < f.End; {
			t := tt.tokenAt(i)
			if t == nil || !t.dictWord() || t.pos == "ns" || t.pos == "nr" || t.pos == "nz" || t.pos == "nrt" {
				return false
			}
			i = t.end
		}
		return true
	}
	return false
}

// cutOneCharStem reports a place of one stem character and its suffix
// (管乡) found by pattern where the stem is the tail of a word gojieba made
// up with the character before (县管|乡用), or a one-character verb after
// a level of government (县|管|乡|用): a slogan cut apart, no place.
func cutOneCharStem(tt *tokText, f *Finding) bool {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "pattern:") || runeLen(f.Text) != 2 {
		return false
	}
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil {
		return false
	}
	if !tt.tokStart(s) {
		return t.pos == "x" && t.n() == 2 && t.start == s-1
	}
	// a one-character verb between two levels of government (县|管|乡|用,
	// 乡|聘|村|用): who manages and who uses, no place
	p := tt.tokenBefore(s)
	return t.n() == 1 && (t.pos == "v" || t.pos == "vn") && p != nil && p.n() == 1 && strings.ContainsRune("县乡镇村市区省州", tt.runes[s-1])
}

// trimRoadToPlace shrinks a road found by pattern whose stem is a known
// place (某市高速公路, 百色高速公路) to the place: the road's kind is no name
// and stays readable; the place is what identifies.
func trimRoadToPlace(tt *tokText, f *Finding) {
	if f.Type != LOCATION {
		return
	}
	var kind string
	for _, k := range []string{"pattern:高速公路", "pattern:公路", "pattern:快速通道"} {
		if f.Evidence == k {
			kind = strings.TrimPrefix(k, "pattern:")
		}
	}
	if kind == "" || !strings.HasSuffix(f.Text, kind) {
		return
	}
	stem := strings.TrimSuffix(f.Text, kind)
	l := getLexicon()
	if runeLen(stem) < 2 {
		return
	}
	if lv, ok := l.place(stem); !(ok && lv > 0) && l.short[stem] == "" {
		return
	}
	f.End = f.Start + len(stem)
	f.Text = stem
	f.Evidence += ",place-only"
}

// groupVerbs are the verbs that set up a body named by its field only
// (组建教育集团, 成立医疗集团).
var groupVerbs = wordSet(`组建 成立 组成 打造 建立 筹建 组织 牵头 推进 推动 加入 依托`)

// fieldGroupAfterVerb reports a group or alliance found by its suffix whose
// name is one ordinary word of gojieba's dictionary right after a verb that
// sets it up (组建|教育|集团): a kind of body, no named one.
func fieldGroupAfterVerb(tt *tokText, f *Finding) bool {
	if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix:") {
		return false
	}
	suf := strings.TrimPrefix(f.Evidence, "org-suffix:")
	if i := strings.IndexByte(suf, ','); i >= 0 {
		suf = suf[:i]
	}
	if suf != "集团" && suf != "联盟" && suf != "共同体" && suf != "联合体" {
		return false
	}
	s := tt.runeAt(f.Start)
	if s <= 0 {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || tt.off[t.end] != f.End-len(suf) || !t.dictWord() || t.pos == "ns" || t.pos == "nr" || t.pos == "nz" || !getLexicon().common[t.word] {
		return false
	}
	p := tt.tokenBefore(s)
	return p != nil && groupVerbs[p.word]
}

// moreTradeWords are trade words of firms' names that industryWords lacks.
var moreTradeWords = wordSet(`劳务 保洁 家政 安装 建安 土石方 人力资源 农资 农机 装卸 搬运 清洁`)

// tradeWordSuffix returns the longest trade word that s ends with, or "".
func tradeWordSuffix(s string) string {
	rs := []rune(s)
	for n := min(len(rs)-1, 5); n >= 2; n-- {
		w := string(rs[len(rs)-n:])
		if industryWords[w] || moreTradeWords[w] {
			return w
		}
	}
	return ""
}

// brandTradeShortForm returns the short form a report makes of a firm's
// name from its brand and its first trade word (甘肃|某源|建筑|工程|有限公司 →
// 某源建筑, 某市|某盛|劳务|服务|有限公司 → 某盛劳务), read on the characters
// rather than gojieba's words, which glue the city's 市 to the brand or
// make one word of two trade words; "" when the brand is an ordinary word,
// a place or under two characters.
func brandTradeShortForm(f Finding) string {
	if f.Type != ORG || f.label != "企业" {
		return ""
	}
	suf, _ := orgSuffix(f.Text)
	core := strings.TrimSuffix(f.Text, suf)
	if suf == "" || !allHan(core) {
		return ""
	}
	l := getLexicon()
	// the places the firm is registered in (甘肃, 陇南市)
	core = stripRegisteredPlaces(l, core)
	// the trade words at its end, the first of them kept
	first := ""
	for {
		w := tradeWordSuffix(core)
		if w == "" {
			break
		}
		first, core = w, strings.TrimSuffix(core, w)
	}
	if first == "" {
		return ""
	}
	if n := runeLen(core); n < 2 || n > 4 || l.common[core] || l.places[core] > 0 || l.short[core] != "" || genreWords[core] || industryWords[core] || moreTradeWords[core] {
		return ""
	}
	return core + first
}

// riverContextWords follow a river's name in reports: its banks, basin,
// reaches and course.
var riverContextWords = []string{"沿岸", "两岸", "流域", "沿线", "上游", "下游", "中游", "干流", "支流", "河道", "河段", "河堤", "堤防", "水系"}

// riverStemStop are characters no river stem of two characters holds:
// measure words, pronouns, determiners and levels of government.
var riverStemStop = runeBitsOf("条这那该此每各本全其个座处的了和与及县市区乡镇村省州")

// riversCutIntoCharacters finds a river of two stem characters and 河, 江
// or 溪 that gojieba cut into single characters (六|冲|河) right before a
// word of its banks, basin or course (沿岸, 流域): a name gojieba does not
// know, where the river pattern wants the stem as one word.
func riversCutIntoCharacters(tt *tokText) []Finding {
	if tt.runeCls&rcRiverKind == 0 {
		return nil // (speed7b.go: no 河, 江 or 溪 in the text)
	}
	n := len(tt.runes)
	l := getLexicon()
	var out []Finding
	for i := tt.nextAt(rcRiverKind, 2); i+1 < n; i = tt.nextAt(rcRiverKind, i+1) { // (speed7b.go: the characters of the class only)
		r := tt.runes[i]
		if r != '河' && r != '江' && r != '溪' {
			continue
		}
		b, e := i-2, i+1
		if !isHan(tt.runes[b]) || !isHan(tt.runes[b+1]) || riverStemStop.has(tt.runes[b]) || riverStemStop.has(tt.runes[b+1]) {
			continue
		}
		// stem cut into single characters, the river its own end
		t := tt.tokenAt(b)
		if t == nil || t.start != b || !tt.tokStart(i) || !tt.tokStart(e) {
			continue
		}
		if !(t.n() == 1 && tt.tokStart(b+1)) && !(t.n() == 2 && (t.pos == "m" || t.pos == "x")) {
			continue // a numeral word or a made-up one (八斗|河) may stand for the two
		}
		ctx := hasAnyPrefix13(tt.text[tt.off[e]:], riverContextWords)
		if !ctx {
			continue
		}
		if b > 0 && isHan(tt.runes[b-1]) {
			if p := tt.tokenBefore(b); p == nil || !(p.pos == "v" || p.pos == "p" || p.pos == "c") {
				continue
			}
		}
		w := tt.sub(b, e)
		if l.common[w] || l.common[tt.sub(b, i)] || nationalTerms[w] || genreWords[w] {
			continue
		}
		out = append(out, Finding{Type: LOCATION, Text: w, Start: tt.off[b], End: tt.off[e], Evidence: "pattern:" + string(r) + ",cut-stem", Score: 3})
	}
	return out
}

// taggerAttributeBeforeNoun reports a name of two characters that only the
// learned tagger read (城区|黑臭|水体) glued inside a phrase: a Han character
// right before it and a plain noun of two characters or more right after,
// no role, person noun or kin word. A name stands before a role, a verb
// or punctuation; before a plain noun the two characters are its
// attribute.
func taggerAttributeBeforeNoun(tt *tokText, f *Finding) bool {
	if f.Type != PERSON || f.Evidence != "tagger" || runeLen(f.Text) != 2 {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s <= 0 || e < 0 || e >= len(tt.runes) || !isHan(tt.runes[s-1]) || !tt.tokStart(s) || !tt.tokStart(e) {
		return false
	}
	if t := tt.tokenAt(s); t == nil || t.end != e || t.pos == "nr" || t.pos == "nrfg" || t.pos == "nrt" {
		return false // a name gojieba knows as one stays the tagger's
	}
	nt := tt.tokenAt(e)
	return nt != nil && nt.pos == "n" && nt.n() >= 2 && !isRoleWord(nt.word) && !personNouns[nt.word] && !genreWords[nt.word] && !strings.HasPrefix(nt.word, "家")
}

// benefitNouns are nouns of benefits and facilities that an ordinary word
// shared with a place's short form qualifies (惠民|补贴, 滨河|绿道); nouns a
// county's name often heads (项目, 资金, 工程) are not among them.
var benefitNouns = wordSet(`补贴 补助 政策 举措 实事 绿道 步道 廊道 景观带 风光带 生态带`)

// shortFormAsAttribute reports a place's short form that gojieba knows as
// a word of its own dictionary used as the attribute of a benefit or
// facility noun (惠民补贴, 滨河绿道): the ordinary word, not the place.
func shortFormAsAttribute(tt *tokText, f *Finding) bool {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "gazetteer-short:") || runeLen(f.Text) != 2 {
		return false
	}
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e < 0 || e >= len(tt.runes) {
		return false
	}
	t := tt.tokenAt(s)
	if t == nil || t.start != s || t.end != e || !t.dictWord() {
		return false
	}
	nt := tt.tokenAt(e)
	return nt != nil && nt.start == e && benefitNouns[nt.word]
}

// creditLabelBefore reports a credit-code label (统一社会信用代码, 信用代码)
// in the thirty bytes before byte s: a code introduced so with a wrong
// check character (a typo) still names the firm, and is masked.
func creditLabelBefore(text string, s int) bool {
	from := max(s-30, 0)
	for from < s && !utf8.RuneStart(text[from]) {
		from++
	}
	return strings.Contains(text[from:s], "信用代码")
}

// stripRegisteredPlaces cuts the places a firm is registered in (a
// province, prefecture or county, full or short: 甘肃, 陇南市) from the
// head of a firm name's core, one after another, leaving at least two
// characters.
func stripRegisteredPlaces(l *lexicon, core string) string {
	for {
		rs := []rune(core)
		cut := 0
		for n := min(len(rs)-2, 7); n >= 2; n-- {
			p := string(rs[:n])
			if lv, ok := l.place(p); ok && lv >= 1 && lv <= 3 {
				cut = n
				break
			}
			if s, ok := l.shortOf(p); ok && l.places[s] >= 1 && l.places[s] <= 3 {
				cut = n
				break
			}
		}
		if cut == 0 {
			break
		}
		core = string(rs[cut:])
	}
	return core
}
