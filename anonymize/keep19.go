package anonymize

import (
	"strings"
	"unicode/utf8"
)

// keep19.go: round keep19, ordinary works and styles that a recognizer
// masked as places, bodies or persons. Each class is stated by its shape,
// not by the strings of the development sets:
//   - functionWorks19: a work of water, road or mine engineering named by
//     what it does: one action character and one character of what it acts
//     on (漫|水, 拦|砂, 泄|洪, 待|转, 错|车) before a kind of work (桥, 坝,
//     沟, 区, 道 …): 拦砂坝, 溢洪道, 待渡区, 错车道 are kinds every county
//     builds, no name. A place read with it (柳河镇|漫水桥) is cut back to
//     the place, so the place stays masked;
//   - materialYard19: a yard, dump or dam of a bulk material (矸石|堆场,
//     渣土|堆场, 尾矿|库): a kind of site, no name;
//   - styleShort19: a place's short form right before 式 and a noun
//     (港湾|式停靠站, 花园|式工厂): X式 is a style or a model, it points at
//     no place;
//   - turnBeforeWorks19: a weak person (surname + given characters, no role
//     or title) glued before a function work (左转|待转区): the traffic or
//     work word before it is no person; a finding that ends in a function
//     stem before the kind word (三级待渡|停车区) is no name either;
//   - productList19: an item of a 、-list that ends in 等 and a kind of
//     produce (…、金红苹果等新品种, 罗汉果茶等系列产品): a village's, a
//     county's short form or a weak person read at the item's head (瑞阳,
//     白玉|枇杷) is a variety or a product there.
//
// keep19 runs right after keep37 (anonymize.go).

// worksActions19 are action characters that start the name of a work by
// its function: what it lets over, stops, lets out, gathers, dries, waits
// for (漫水, 拦砂, 泄洪, 集雨, 烘干, 待转).
var worksActions19 = runeBitsOf("漫过拦沉溢泄集烘排截导挡引提蓄输消防护分待停削挑跌候错避抗放退节减滞滚采晾储洗冲隔")

// worksObjects19 are what such a work acts on or lets pass: water and its
// loads (水, 砂, 洪, 渣, 淤), weather (雨, 风, 浪, 冰), the ground (坡, 土,
// 滑), traffic and its moves (车, 渡, 转, 行, 靠, 客, 货), a state (干,
// 险, 力).
var worksObjects19 = runeBitsOf("水沙砂洪雨流渣石浪风干转渡靠车坡淤污行渗潮冰凌滑险力客货土涝泥")

// worksKinds19 are kinds of engineering work, longest first so that
// firstSuffix takes the whole one.
var worksKinds19 = []string{"堆放场", "停靠站", "停车区", "停车场", "停车带", "车道", "路面", "平台", "堆场", "桥", "坝", "堤", "沟", "渠", "闸", "堰", "池", "塔", "窖", "坡", "场", "区", "站", "道", "墙", "涵", "洞", "棚", "房", "亭", "带", "桩", "井", "槽", "库"}

// functionWorks19 reports a work named by its function alone: one action
// and one object character before a kind of work (拦砂坝, 待渡区, 错车道).
func functionWorks19(w string) bool {
	if !functionWorksMay27(w) { // speed27.go: no action and object character open w
		return false
	}
	for _, k := range worksKinds19 {
		if strings.HasSuffix(w, k) && functionStem19(w[:len(w)-len(k)]) {
			return true // (every kind tried: 错|车道 and 避险|车道 end alike)
		}
	}
	return false
}

// functionStem19 reports a stem of exactly an action and an object
// character (漫水, 拦砂, 待转).
func functionStem19(stem string) bool {
	a, n := utf8.DecodeRuneInString(stem)
	if n == 0 || n >= len(stem) {
		return false
	}
	o, m := utf8.DecodeRuneInString(stem[n:])
	return n+m == len(stem) && worksActions19.has(a) && worksObjects19.has(o)
}

// yardMaterials19 are bulk materials a yard, dump or dam holds.
var yardMaterials19 = []string{"渣", "煤矸石", "矸石", "渣土", "尾矿", "废渣", "弃渣", "弃土", "砂石", "建筑垃圾", "垃圾", "粉煤灰", "秸秆", "污泥", "粪污", "煤泥", "赤泥", "废石"}

// yardKinds19 are the kinds of site that hold a bulk material.
var yardKinds19 = []string{"堆场", "堆放场", "堆放点", "填埋场", "处置场", "消纳场", "库", "坝", "场", "山"}

// materialYard19 reports a site named by the bulk material it holds
// (矸石堆场, 渣土消纳场, 尾矿库).
func materialYard19(w string) bool {
	if r, _ := utf8.DecodeRuneInString(w); !yardMaterialFirst27.has(r) { // speed27.go: no material opens w
		return false
	}
	k := firstSuffix(w, yardKinds19)
	if k == "" {
		return false
	}
	stem := w[:len(w)-len(k)]
	for _, m := range yardMaterials19 {
		if stem == m {
			return true
		}
	}
	return false
}

// genericWorks19 reports a work of either kind above.
func genericWorks19(w string) bool {
	return worksMay29(w) && (functionWorks19(w) || materialYard19(w)) // (no kind's last character ends w: speed29.go)
}

// keep19 drops the findings of fs that are ordinary works and styles of the
// classes above and cuts a place read with a function work back to the
// place.
func keep19(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding19)
}

// keepFinding19 returns f, cut back to its place where a function work
// follows the place inside it, and whether f is an ordinary phrase as a
// whole.
func keepFinding19(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	text := tt.text
	after := text[f.End:]
	switch f.Type {
	case LOCATION, ORG:
		if genericWorks19(f.Text) || stemBeforeKind19(f, after) || productList19(tt, f) {
			return f, true
		}
		if g, ok := placeWorks19(f, fs); ok {
			return g, g.Text == f.Text
		}
		return f, styleShort19(f, after)
	case PERSON:
		return f, turnBeforeWorks19(f, after) || weakName18b(f) && productList19(tt, f)
	}
	return f, false
}

// placeWorks19 cuts a place read with a work of a function or material
// after it (柳河镇|漫水桥, …乡|矸石堆场) back to the place.
func placeWorks19(f Finding, fs []Finding) (Finding, bool) {
	if !worksMay29(f.Text) { // every suffix ends as f does (speed29.go)
		return f, false
	}
	for i := len(f.Text); i > 0; {
		_, n := utf8.DecodeLastRuneInString(f.Text[:i])
		i -= n
		if i == 0 {
			break
		}
		if !genericWorks19(f.Text[i:]) {
			continue
		}
		if head := f.Text[:i]; placeHead37(f, fs, head) {
			return cutToPlace37(f, len(head), "place-works19"), true
		} else if runeLen(head) == 1 {
			return f, true // one character before the work (入湖|湖排干沟's 湖) is the tail of the word before: nothing of a name is left
		}
		return f, false
	}
	return f, false
}

// styleShort19 reports a place's short form, found alone from the
// gazetteer or as a short form of a place, right before 式 and a Han
// character (港湾|式停靠站): a style, no place.
func styleShort19(f Finding, after string) bool {
	if f.Type != LOCATION || !(strings.HasPrefix(f.Evidence, "gazetteer-short") || strings.HasPrefix(f.Evidence, "short-form")) {
		return false
	}
	rest, ok := strings.CutPrefix(after, "式")
	return ok && isHanAt(rest, 0)
}

// turnBeforeWorks19 reports a weak person of two characters glued before a
// function work (左转|待转区, 直行|待行区): a name is not glued to a work
// without 的 or a verb.
func turnBeforeWorks19(f Finding, after string) bool {
	if !weakName18b(f) || runeLen(f.Text) != 2 {
		return false
	}
	_, n := utf8.DecodeRuneInString(after)
	_, m := utf8.DecodeRuneInString(after[n:])
	return n > 0 && m > 0 && functionStem19(after[:n+m]) && firstPrefix(after[n+m:], worksKinds19) != ""
}

// stemBeforeKind19 reports a finding that is no place of a level and ends
// in a function stem right before a kind of work (三级待渡|停车区): the
// stem and the kind make the work; the words before the stem are a grade
// or a count, no name.
func stemBeforeKind19(f Finding, after string) bool {
	if r, _ := utf8.DecodeRuneInString(after); !mayHaveRune(&worksFirst29, r) || runeLen(f.Text) < 3 || firstPrefix(after, worksKinds19) == "" { // (no kind's first character after f: speed29.go)
		return false
	}
	t := f.Text
	_, m := utf8.DecodeLastRuneInString(t)
	_, n := utf8.DecodeLastRuneInString(t[:len(t)-m])
	head := t[:len(t)-m-n]
	last, _ := utf8.DecodeLastRuneInString(head)
	return functionStem19(t[len(t)-m-n:]) && !placeLevelEnds21.has(last) && !strings.HasSuffix(head, "街道")
}

// produceKinds19 are kinds of produce that end a list of varieties or
// products after 等 (…等新品种, …等系列产品, …等水果产业).
var produceKinds19 = []string{"品种", "产品", "水果", "果品", "特产", "农产品", "土特产", "作物", "蔬菜", "茶品", "良种", "名优", "柑橘", "食品", "小吃", "菜品"}

// produceAfterKindNot19 follow a produce kind in a list of persons
// (李明、王芳等新品种选育专家): the list is of people then, or of places
// (丹东、东港等农产品主产区): or of places.
var produceAfterKindNot19 = []string{"主产", "产区", "产地", "基地", "集散", "大县", "强县", "之乡", "示范", "县", "市", "地区", "园区", "选育", "培育", "专家", "人员", "能手", "大户", "带头人", "技术员", "种植户", "农户", "户", "人", "师", "权"}

// productList19 reports a finding at the head of an item of a 、-list of
// produce: its item starts right after 、, a clause mark or a verb, and the
// list runs on over items of up to eight Han characters to 等 and, within
// four characters more, a kind of produce (produceKinds19) that no
// person's role follows.
func productList19(tt *tokText, f Finding) bool {
	if f.Type == LOCATION && !(strings.HasPrefix(f.Evidence, "village-list") || strings.HasPrefix(f.Evidence, "gazetteer-short") || strings.HasPrefix(f.Evidence, "short-form")) {
		return false
	}
	if f.Type == ORG {
		return false
	}
	s := tt.runeAt(f.Start)
	if s < 0 {
		return false
	}
	if s > 0 {
		r := tt.runes[s-1]
		if !strings.ContainsRune("、，；：。", r) {
			t := tt.tokenAt(s - 1)
			if t == nil || t.end != s || !strings.HasPrefix(t.pos, "v") {
				return false
			}
		}
	}
	items, run := 1, 0
	for i := s; i < len(tt.runes); i++ {
		r := tt.runes[i]
		switch {
		case r == '、':
			items, run = items+1, 0
		case r == '等':
			if items < 2 {
				return false
			}
			rest := tt.text[tt.off[i+1]:]
			for j := 0; j <= 4 && rest != ""; j++ {
				if k := firstPrefix(rest, produceKinds19); k != "" {
					return firstPrefix(rest[len(k):], produceAfterKindNot19) == ""
				}
				_, n := utf8.DecodeRuneInString(rest)
				rest = rest[n:]
			}
			return false
		case isHan(r) || r >= '0' && r <= '9':
			if run++; run > 8 {
				return false
			}
		default:
			return false
		}
	}
	return false
}
