package anonymize

import (
	"strings"
	"unicode/utf8"
)

// This file holds round keep17b: ordinary phrases of the development sets
// (deid-own74 … 84) that a recognizer masked, each kept by its class:
//   - a policy slogan in quotes, framed as something followed or carried
//     out (按照“…”的要求, 实行“…”, 围绕“…”目标), whose quoted text has a
//     slogan's shape: parallel clauses (防大汛、抗大洪; X吹哨、部门报到),
//     a numbered short term (双碳), a consolidation (小块并大块) or a
//     generic council of an ordinary word (村台议事会) (quotedSlogan17b);
//   - a town's trade nickname in quotes after a copula or an honour
//     frame (是全国闻名的“伞城”, 被誉为“…之乡”) (tradeNickname17b);
//   - a function character glued to the head of a pattern's name: the
//     conjunction 暨 before a great river (大会暨|黄河…), the preposition
//     以 before a count of places (以|百县千镇万村, 以|千村示范)
//     (functionHead17b); and 以 inside a body's name after a place
//     (沙河口区|以|首店经济): cut back to the place (placeThenYi17b);
//   - a bird's species read as a person's name (a colour surname and a
//     bird's kind: 黑嘴鸥, 白琵鹭) where the clause speaks of wildlife
//     (…繁殖种群, …在湖区栖息) or another bird stands before it in a pair
//     (丹顶鹤和|黑嘴鸥) (birdSpecies17b);
//   - a sub-district's or zone's party working committee read as a body
//     with its place (东关街道|党工委书记): cut back to the place, as a
//     town's 党委 is (placeWorkCommittee17b).
//
// A place the gazetteer knows (or its short form) inside such a quote is
// kept masked: a slogan may carry a real place's name (推广“塘约经验”).
// keep17b runs right after keep37 (anonymize.go).

// keep17b drops the findings of fs that are ordinary phrases of the
// classes above.
func keep17b(tt *tokText, fs []Finding) []Finding {
	return keepEach33(tt, fs, keepFinding17b)
}

// keepFinding17b returns f and whether f is an ordinary phrase as a whole.
func keepFinding17b(tt *tokText, f Finding, fs []Finding) (Finding, bool) {
	if strongPlaceEvidence17b(f.Evidence) {
		return f, false
	}
	if f.Type == PERSON && birdSpecies17b(tt.text, f, fs) {
		return f, true
	}
	if f.Type != PERSON && functionHead17b(f) {
		return f, true
	}
	if g, ok, drop := placeThenYi17b(f, fs); ok {
		return g, drop
	}
	if g, ok := placeWorkCommittee17b(f, fs); ok {
		return g, false
	}
	// (the text's signature, not a scan of the whole text for “ per
	// finding; enclosingQuote17b then looks near f alone: speed24)
	if !tt.mayHold('“') {
		return f, false
	}
	qs, qe, ok := enclosingQuote17b(tt.text, f)
	if !ok {
		return f, false
	}
	quoted := tt.text[qs:qe]
	before, after := tt.text[:qs-len("“")], tt.text[qe+len("”"):]
	switch {
	case f.Type != PERSON && quotedSlogan17b(quoted, before, after):
		// (a person's name in a slogan's clause, 推行“王建国说事、李春梅
		// 办事”, is still a name: only places and bodies of a slogan's
		// generic words are dropped)
		return f, true
	case f.Type != PERSON && tradeNickname17b(quoted, before):
		return f, true
	}
	return f, false
}

// strongPlaceEvidence17b reports the evidence of a place read from the
// gazetteer or a masked place's short form: such a finding stays masked
// inside a slogan.
func strongPlaceEvidence17b(ev string) bool {
	return strings.HasPrefix(ev, "gazetteer") || strings.Contains(ev, "short-form-of-place")
}

// quoteMax17b is the most characters a quote of enclosingQuote17b holds.
const quoteMax17b = 24

// enclosingQuote17b returns the byte bounds of the text between the
// Chinese quotes around f (“…”), when f lies inside one short quote on
// one sentence.
func enclosingQuote17b(text string, f Finding) (int, int, bool) {
	// The quote holds at most quoteMax17b characters, so at most
	// quoteMax17b*4 bytes lie between either quote mark and f: the marks
	// are searched for only that far (a mark farther off, or a text
	// scanned whole per finding, gives the same false; speed24).
	const reach = quoteMax17b*utf8.UTFMax + len("“")
	lo := max(0, f.Start-reach)
	open := strings.LastIndex(text[lo:f.Start], "“")
	if open < 0 {
		return 0, 0, false
	}
	open += lo
	if strings.Contains(text[open:f.Start], "”") {
		return 0, 0, false
	}
	rel := strings.Index(text[f.End:min(len(text), f.End+reach)], "”")
	if rel < 0 || strings.Contains(text[f.End:f.End+rel], "“") {
		return 0, 0, false
	}
	qs, qe := open+len("“"), f.End+rel
	q := text[qs:qe]
	if n := utf8.RuneCountInString(q); n < 2 || n > quoteMax17b || strings.ContainsAny(q, "。；;\n") {
		return 0, 0, false
	}
	return qs, qe, true
}

// ------------------------------------------------------------ slogans

// sloganVerbs17b end the text before a quoted slogan that is followed or
// carried out (按照“…”, 实行“…”, 围绕“…”): one does not follow a firm or a
// village.
var sloganVerbs17b = []string{"按照", "依照", "遵照", "坚持", "实行", "推行", "推广", "围绕", "紧扣", "聚焦", "落实", "践行", "贯彻", "遵循", "秉持", "秉承", "树立", "开展", "实施", "探索", "深化", "创新", "健全", "建立", "构建", "对标", "瞄准", "落细"}

// sloganFrames17b begin the text after a quoted slogan: what the slogan
// is (…的要求, …的思路, …目标, …机制).
var sloganFrames17b = []string{"要求", "思路", "理念", "目标", "愿景", "原则", "方针", "模式", "机制", "做法", "路径", "格局", "战略", "任务", "工作法", "改革", "整治", "行动", "攻坚", "工程", "制度", "体系", "方针", "总要求", "部署", "精神"}

// sloganCouncils17b end a quoted generic council: a meeting of villagers
// named by where it sits (村台议事会, 屋场议事会), not a registered body.
var sloganCouncils17b = []string{"议事会", "议事厅", "理事会", "说事会", "恳谈会", "评议会", "协商会"}

// quotedSlogan17b reports a quoted policy slogan: the quote is framed as
// something followed (a slogan verb before it, or a slogan frame after
// it, 的 allowed) and its text has a slogan's shape.
func quotedSlogan17b(quoted, before, after string) bool {
	framed := false
	b := strings.TrimRight(before, "的") // (按照|“…”, 坚持以|“…”)
	for _, v := range sloganVerbs17b {
		if strings.HasSuffix(b, v) {
			framed = true
			break
		}
	}
	if !framed {
		framed = firstPrefix(strings.TrimPrefix(after, "的"), sloganFrames17b) != ""
	}
	return framed && sloganShape17b(quoted)
}

// sloganShape17b reports the shapes of a slogan's text: two or more
// clauses of two to six characters between 、 or ， (防大汛、抗大洪、抢大险,
// 街乡吹哨、部门报到); a numbered short term (双碳, 两山, 三清一改); a
// consolidation or conversion of two things (小块并大块, 旱地改水田); a
// generic council of a two-character word of no locality (村台议事会).
func sloganShape17b(q string) bool {
	if parts := strings.FieldsFunc(q, func(r rune) bool { return r == '、' || r == '，' || r == ',' }); len(parts) >= 2 {
		for _, p := range parts {
			if n := utf8.RuneCountInString(p); n < 2 || n > 6 || !allHan(p) {
				return false
			}
		}
		return true
	}
	if !allHan(q) {
		return false
	}
	rs := []rune(q)
	if len(rs) <= 4 && strings.ContainsRune("双两三四五六七八九十百千万一", rs[0]) {
		return true
	}
	if len(rs) >= 4 && len(rs) <= 8 {
		for _, mid := range []rune("并换") {
			if i := strings.IndexRune(q, mid); i > 0 {
				l, r := utf8.RuneCountInString(q[:i]), utf8.RuneCountInString(q[i+len(string(mid)):])
				if l >= 2 && r >= 2 && l == r && lastRune(q[:i]) == lastRune(q) {
					return true // 小块并大块, 小田并大田: the same kind on both sides
				}
			}
		}
	}
	for _, c := range sloganCouncils17b {
		// the stem must be a generic word of where villagers sit (村台,
		// 屋场), no locality: a hamlet's name before the council
		// (“柳湾议事会”: a gully, bay or flat's kind last) names the
		// place, and dropping the finding showed it
		if stem, ok := strings.CutSuffix(q, c); ok && utf8.RuneCountInString(stem) == 2 && !localityStem17b(stem) {
			return true
		}
	}
	return false
}

// localityStem17b reports a two-character stem that names a locality by
// its kind last (柳湾, 石坝); the village gazetteer is no test, it holds
// generic words too (屋场).
func localityStem17b(stem string) bool {
	last, _ := utf8.DecodeLastRuneInString(stem)
	return stretchKinds17b.has(last) || gluedKinds17b.has(last)
}

// ------------------------------------------------------------ nicknames

// nicknameFrames17b end the text before a town's quoted trade nickname
// (全国闻名的“伞城”, 被誉为“…之乡”, 素有“…之都”之称); a bare 是 only
// before the long form (是“中国蜜柚之乡”: 是“某某城” may be a mall's name).
var nicknameFrames17b = []string{"誉为", "称为", "号称", "素有", "享有", "被评为", "命名为", "授予"}

// fameWords17b stand in the few characters before 的 and a trade nickname
// (全国闻名的“伞城”, 闻名全国的“伞城”, 远近有名的“鞋城”).
var fameWords17b = []string{"闻名", "有名", "著名", "知名", "驰名", "出名"}

// tradeNickname17b reports a quoted nickname of a place by its trade or
// produce: a short quote ending in 城, 都 or 之乡 after a copula or an
// honour frame.
func tradeNickname17b(quoted, before string) bool {
	if !allHan(quoted) {
		return false
	}
	n := utf8.RuneCountInString(quoted)
	if n >= 4 && n <= 10 && strings.HasSuffix(before, "是") && (strings.HasSuffix(quoted, "之乡") || strings.HasSuffix(quoted, "之都")) {
		return true // 是“中国蜜柚之乡”: a bare copula only before the long honour form
	}
	switch {
	case n >= 2 && n <= 4 && (strings.HasSuffix(quoted, "城") || strings.HasSuffix(quoted, "都")):
	case n >= 4 && n <= 10 && (strings.HasSuffix(quoted, "之乡") || strings.HasSuffix(quoted, "之都") || strings.HasSuffix(quoted, "之城")):
	default:
		return false
	}
	for _, v := range nicknameFrames17b {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	if b, ok := strings.CutSuffix(before, "的"); ok {
		if rs := []rune(b); len(rs) > 6 {
			b = string(rs[len(rs)-6:])
		}
		for _, w := range fameWords17b {
			if strings.Contains(b, w) {
				return true
			}
		}
	}
	return false
}

// ------------------------------------------------------------ glued heads

// functionHead17b reports a place or body a pattern read over a function
// character and what follows it, where what follows is no name: the
// conjunction 暨 before a great river the gazetteer stops (会议暨|黄河
// 滩区, 大会暨|长江大保护), the preposition 以 before a count of places
// (以|百县千镇, 以|千村示范).
func functionHead17b(f Finding) bool {
	r, n := utf8.DecodeRuneInString(f.Text)
	if r != '暨' && r != '以' {
		return false // (before the rune slice of every finding: speed24)
	}
	rest := f.Text[n:]
	rs := []rune(rest)
	if len(rs) < 2 || !allHan(rest) {
		return false
	}
	switch r {
	case '暨':
		return len(rs) == 2 && stopFeatures15[rest]
	case '以':
		return len(rs) == 2 && strings.ContainsRune("百千万", rs[0]) && strings.ContainsRune("县镇乡村区市", rs[1])
	}
	return false
}

// placeThenYi17b cuts a body's name read over a place, the preposition 以
// and an ordinary phrase (沙河口区|以|首店经济为抓手) back to the place, or
// drops it when what stands before 以 is no place's full name (望|城区|以
// 首店: the county's own reading stays). ok reports a cut or a drop.
func placeThenYi17b(f Finding, fs []Finding) (Finding, bool, bool) {
	if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix") {
		return f, false, false
	}
	i := strings.Index(f.Text, "以")
	if i <= 0 || i+len("以") >= len(f.Text) {
		return f, false, false
	}
	head := f.Text[:i]
	last, _ := utf8.DecodeLastRuneInString(head)
	if !placeLevelEnds21.has(last) && !strings.HasSuffix(head, "街道") {
		return f, false, false
	}
	if placeHead37(f, fs, head) {
		return cutToPlace37(f, len(head), "place-yi17b"), true, false
	}
	return f, true, true
}

// ------------------------------------------------------------ birds

// birdKinds17b end the names of birds' species (鸥, 鹭, 鹤, 雁 …); 燕, 凤,
// 鹏 and 鸿 are left out: they end many given names.
var birdKinds17b = runeBitsOf("鸥鹭鹤鹳鹮雁鸭鹰隼雀莺鹬鸻鸨鸢鸮鹊鹃鸲鹡鹟鹀鹛鸫鸬鹚鹈鹕鸳鸯鸠鹇鹎鹨鸊")

// wildlifeWords17b follow a species right after its name (…繁殖种群,
// …越冬种群, …等候鸟): a person's name before them would need a verb.
var wildlifeWords17b = []string{"种群", "繁殖", "越冬", "栖息", "迁徙", "觅食", "候鸟", "鸟类", "珍禽", "野生", "保护动物", "等鸟"}

// birdSpecies17b reports a person's name that is a bird's species: it
// ends in a bird's kind, no role or title found it, and either a
// wildlife word follows it right away (黑嘴鸥|繁殖种群) or a bird of the
// same shape, no person found, stands right before it with 和, 与 or 、
// (丹顶鹤和|白琵鹭).
func birdSpecies17b(text string, f Finding, fs []Finding) bool {
	last, _ := utf8.DecodeLastRuneInString(f.Text)
	if !birdKinds17b.has(last) || strings.Contains(f.Evidence, "role") || strings.Contains(f.Evidence, "title") {
		return false
	}
	after := strings.TrimPrefix(strings.TrimPrefix(text[f.End:], "等"), "的")
	if firstPrefix(after, wildlifeWords17b) != "" {
		return true
	}
	before := text[:f.Start]
	for _, sep := range []string{"和", "与", "、", "及"} {
		if b, ok := strings.CutSuffix(before, sep); ok {
			if r, _ := utf8.DecodeLastRuneInString(b); birdKinds17b.has(r) && !personEndsAt17b(fs, len(b)) {
				return true // (张晓鸥和|王海鸥: two persons, the first one found)
			}
		}
	}
	return false
}

// personEndsAt17b reports a person's finding of fs that ends at byte e.
func personEndsAt17b(fs []Finding, e int) bool {
	for _, g := range fs {
		if g.Type == PERSON && g.End == e {
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ 党工委

// placeWorkCommittee17b cuts a body read over a place and its party
// working committee (东关街道|党工委, 某某街道|党工委书记) back to the
// place: 党工委 is the generic party body of a sub-district or a zone.
func placeWorkCommittee17b(f Finding, fs []Finding) (Finding, bool) {
	head, ok := strings.CutSuffix(f.Text, "党工委")
	if f.Type != ORG || !ok || head == "" || !placeHead37(f, fs, head) {
		return f, false
	}
	return cutToPlace37(f, len(head), "work-committee17b"), true
}
