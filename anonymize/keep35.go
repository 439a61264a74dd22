package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds round keep35: ordinary phrases of deid-own67 … 72 that a
// recognizer masked, each kept by its class:
//   - a generic body after a verb (商会联合|县农商银行): keep34 read the
//     words before the level as the place that owns the body; with a verb
//     among them they are no place, and the body alone is generic
//     (verbHeadedPlace35);
//   - a city inside a national exchange (北京|证券交易所): keep34 keeps the
//     exchange, and the city's short form must stay with it
//     (exchangeCity35);
//   - an international freight-train brand (中欧班列, 中亚班列) at the
//     start of a tagger's span (trainBrand35);
//   - a province in a breed or a regional slogan (新疆|褐牛, 多彩|贵州): a
//     province alone is no identifier of a county report, a breed or
//     slogan built on it is an ordinary phrase (provinceTerm35);
//   - a pilgrim's practice after a sacred mountain or lake (…|转山转湖):
//     the practice is cut off, the place stays masked (practiceTail35);
//   - a teacher or doctor of a kind of school or hospital read as a body
//     by gojieba's nt tag (中学教师): a person noun, no body
//     (occupationNT35).

// keep35 drops the findings of fs that are ordinary phrases of the classes
// above and cuts a pilgrim's practice off a place.
func keep35(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding35)
}

// keepFinding35 returns f, cut where an ordinary part belongs to it, and
// whether f is an ordinary phrase as a whole. (fs, the other findings, is
// part of keepEach33's signature; no class of this round asks it.)
func keepFinding35(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	before, after := text[:f.Start], text[f.End:]
	switch {
	case f.Type == LOCATION && strings.HasSuffix(f.Evidence, ",place-generic-body34") && verbHeadedPlace35(tt, f):
		return f, true
	case f.Type != PERSON && exchangeCity35(f.Text, after):
		return f, true
	case f.Type != PERSON && trainBrand35(f.Text, after):
		return f, true
	case f.Type == LOCATION && provinceTerm35(f, before, after):
		return f, true
	case f.Type == ORG && occupationNT35(f):
		return f, true
	}
	if f.Type == LOCATION {
		if g, drop, cut := practiceTail35(text, f); drop || cut {
			return g, drop
		}
	}
	return f, false
}

// verbHeadedPlace35 reports a place keep34 cut from a generic body whose
// words before the level hold a verb, a preposition or a conjunction of
// two characters or more (商会|联合|县 of 商会联合县农商银行).
func verbHeadedPlace35(tt *tokText, f Finding) bool {
	s, e := tt.runeAt(f.Start), tt.runeAt(f.End)
	if s < 0 || e <= s+1 {
		return false
	}
	for i := s; i < e-1; {
		t := tt.toks[tt.tokOf[i]]
		if t.start >= s && t.end <= e-1 && t.n() >= 2 {
			switch t.pos {
			case "v", "vn", "p", "c":
				return true
			}
		}
		i = t.end
	}
	return false
}

// exchangeKinds35 follow a city in the name of a national exchange.
var exchangeKinds35 = []string{"证券交易所", "商品交易所", "期货交易所"}

// exchangeCity35 reports a city of exchangeCities34 (or the city with its
// 市) right before the kind of a national exchange (北京|证券交易所).
func exchangeCity35(w, after string) bool {
	w = strings.TrimSuffix(w, "市")
	return slices.Contains(exchangeCities34, w) && firstPrefix(after, exchangeKinds35) != ""
}

// trainPartners35 stand after 中 in the name of an international
// freight-train service (中欧班列, 中亚班列, 中老班列).
var trainPartners35 = []string{"欧", "亚", "老", "越", "蒙", "吉乌", "俄"}

// trainBrand35 reports a finding that begins with such a service's name
// (中欧班列出口… read as one place by the tagger) or is the partner pair
// right before 班列 (中欧|班列).
func trainBrand35(w, after string) bool {
	rest, ok := strings.CutPrefix(w, "中")
	if !ok {
		return false
	}
	p := firstPrefix(rest, trainPartners35)
	if p == "" {
		return false
	}
	rest = rest[len(p):]
	return strings.HasPrefix(rest, "班列") || rest == "" && strings.HasPrefix(after, "班列")
}

// sloganHeads35 stand before a province in its tourism or development
// slogan (多彩贵州, 七彩云南, 大美青海, 好客山东).
var sloganHeads35 = []string{"多彩", "七彩", "大美", "好客", "锦绣", "神奇", "灵秀", "醉美", "壮美", "清新", "魅力", "美丽"}

// provinceTerm35 reports a province read from the gazetteer's short form
// (新疆 of 新疆维吾尔自治区, 贵州 of 贵州省) that heads a breed (新疆|褐牛,
// 新疆|细毛羊: at most two characters before a kind of livestock) or ends
// a slogan (多彩|贵州).
func provinceTerm35(f Finding, before, after string) bool {
	i := strings.Index(f.Evidence, "gazetteer-short:")
	if i < 0 {
		return false
	}
	full := f.Evidence[i+len("gazetteer-short:"):]
	if j := strings.IndexByte(full, ','); j >= 0 {
		full = full[:j]
	}
	if !(provinceShort30(f.Evidence) || strings.HasSuffix(full, "自治区")) {
		return false
	}
	if firstSuffix(before, sloganHeads35) != "" {
		return true
	}
	n := 0
	for _, r := range after {
		if !isHan(r) || n > 2 {
			return false
		}
		if r != '种' && livestockRunes33.has(r) {
			// a kind of livestock, not a place's kind after it (新疆|牛场)
			rest := after[strings.IndexRune(after, r)+utf8.RuneLen(r):]
			nx, _ := utf8.DecodeRuneInString(rest)
			return n >= 1 && !placeKindRunes33.has(nx)
		}
		n++
	}
	return false
}

// practices35 are a pilgrim's practices around a sacred mountain or lake
// (冈仁波齐|转山, 玛旁雍错|转湖): ordinary words after the place.
var practices35 = []string{"转山转湖", "转山转水", "转湖", "转经"}

// practiceTail35 cuts a practice of practices35 that a place's finding
// runs into (玛旁雍错转山转湖 → 玛旁雍错, 雍错转山|转湖 → 雍错) and drops a
// finding that begins with one; a named trail (转山道, 转山古道) is no
// practice and stays.
func practiceTail35(text string, f Finding) (Finding, bool, bool) {
	for _, p := range practices35 {
		// only a practice that starts inside f counts, so the search
		// stops where one starting at f's last byte would end: it
		// searched the whole rest of the text for each finding (speed29:
		// about 0.9 M instructions per fixture pass)
		i := strings.Index(text[f.Start:min(f.End-1+len(p), len(text))], p)
		if i < 0 || f.Start+i >= f.End {
			continue
		}
		e := f.Start + i + len(p)
		if r, _ := utf8.DecodeRuneInString(text[e:]); r == '道' || r == '路' || strings.HasPrefix(text[e:], "古道") {
			return f, false, false
		}
		if i == 0 {
			return f, true, false
		}
		f.Text, f.End = f.Text[:i], f.Start+i
		f.Evidence += ",practice-tail35"
		return f, false, true
	}
	return f, false, false
}

// occupations35 end a person noun that gojieba tags nt with its school or
// hospital (中学教师, 医院医生).
var occupations35 = []string{"教师", "老师", "医生", "护士", "校医", "班主任"}

// occupationNT35 reports an organisation read from gojieba's nt tag alone
// that is a kind of school or hospital and an occupation (中学教师).
func occupationNT35(f Finding) bool {
	if f.Evidence != "jieba:nt" {
		return false
	}
	for _, o := range occupations35 {
		if head, ok := strings.CutSuffix(f.Text, o); ok && head != "" && runeLen(head) <= 3 {
			return true
		}
	}
	return false
}
