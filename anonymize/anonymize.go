// Package anonymize de-identifies reports: it finds the people,
// organisations, places and contact and ID numbers in every text of one
// document and replaces them consistently.
//
// It follows Presidio's split: recognizers find spans (Finding), a Policy
// decides which are masked, and an operator (Style) writes the
// replacement. Analyze looks at every text of one document at once, so a
// name confirmed in one paragraph is masked in all of them and in the title
// and file name; the returned Redaction applies the same replacements to
// any string the pipeline outputs. Originals live only inside the
// Redaction, in memory; nothing here logs.
package anonymize

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"huibao/segment"
)

// Type is an entity type.
type Type string

// Entity types.
const (
	PERSON        Type = "PERSON"
	ORG           Type = "ORG"
	LOCATION      Type = "LOCATION"
	PHONE         Type = "PHONE"
	EMAIL         Type = "EMAIL"
	QQ            Type = "QQ"
	ID_NUMBER     Type = "ID_NUMBER"
	CREDIT_CODE   Type = "CREDIT_CODE"
	BANK_CARD     Type = "BANK_CARD"
	LICENSE_PLATE Type = "LICENSE_PLATE"
	URL           Type = "URL"
)

// AllTypes lists every entity type, in output order.
var AllTypes = []Type{PERSON, ORG, LOCATION, PHONE, EMAIL, QQ, ID_NUMBER, CREDIT_CODE, BANK_CARD, LICENSE_PLATE, URL}

// Finding is one entity span a recognizer found in one text.
type Finding struct {
	Type     Type
	Text     string
	Start    int // byte offsets in the text
	End      int
	Evidence string  // the rule or source that fired, for the audit
	Score    float64 // recognizer confidence; higher wins overlaps

	label   string // placeholder label when it differs from the type's (企业)
	generic bool   // a body without a proper name (县人民医院)
}

// EntityCount is what the output says about one masked entity: never its text.
type EntityCount struct {
	Type        Type   `json:"type"`
	Placeholder string `json:"placeholder"`
	Count       int    `json:"count"`
}

// AuditEntry records one masked entity with its original text, for the
// owner's review. Audit entries are never stored or logged.
type AuditEntry struct {
	Type        Type   `json:"type"`
	Text        string `json:"text"`
	Placeholder string `json:"placeholder"`
	Paragraph   int    `json:"paragraph"` // first paragraph it occurs in; -1 when only in the title or file name
	Evidence    string `json:"evidence,omitempty"`
}

// Anonymizer holds the recognizers and the policy. It is safe for
// concurrent use.
type Anonymizer struct {
	seg    *segment.Segmenter
	policy *Policy
	style  Style
}

// New returns an Anonymizer. seg may be nil (then names are found without
// word boundaries, less precisely); policy nil means the default policy;
// style "" means placeholder.
func New(seg *segment.Segmenter, policy *Policy, style Style) *Anonymizer {
	if policy == nil {
		policy = DefaultPolicy()
	}
	if style == "" {
		style = Placeholder
	}
	getLexicon()
	return &Anonymizer{seg: seg, policy: policy, style: style}
}

var lexInitOnce sync.Once

// Analyze finds the entities in the texts of one document. paragraphs[i]
// is paragraph i; extra texts (title, file name) are recognised too and
// reported with paragraph -1.
func (a *Anonymizer) Analyze(paragraphs []string, extra ...string) *Redaction {
	all := append(append([]string{}, paragraphs...), extra...)
	paraOf := func(i int) int {
		if i >= len(paragraphs) {
			return -1
		}
		return i
	}
	r := newRedaction(a.style, a.policy)
	tts := make([]*tokText, len(all))
	// Tag every text first, then run the recognizers: gojieba's tables
	// stay in the CPU caches while it tags, and the Go work after it does
	// not evict them between paragraphs. The results are the same.
	for i, t := range all {
		if t == "" {
			continue
		}
		if i >= len(paragraphs) {
			// a title or file name that repeats a paragraph (or an
			// earlier extra) is the same tagged text: recognizers only
			// read a tokText
			if j := slices.Index(all[:i], t); j >= 0 {
				tts[i] = tts[j]
				continue
			}
		}
		tts[i] = newTokText(a.seg, t)
	}
	found := a.findAll(all, tts, len(paragraphs))
	// Document-level evidence: confirmed names, their surnames, and the
	// short forms of organisations and places.
	surnames := map[string]bool{}
	inWords := shortFormGuard{tts: tts} // leaks9.go: short forms seen only inside ordinary words
	stemMemo := kindStemMemo16{}        // kind16.go: a stem's lists searched once per document
	var spaced []string                 // leaks26.go: the texts with a space, where a person's name may stand spaced apart
	spacedMemo := map[string][]string{} // leaks26.go: a name's spaced forms searched once per document
	for _, t := range all {
		if hasSpace(t) {
			spaced = append(spaced, t)
		}
	}
	for i, fs := range found {
		for _, f := range fs {
			if !a.policy.masks(f) {
				continue
			}
			r.add(f, paraOf(i))
			switch f.Type {
			case PERSON:
				if s := surnameOf(f.Text); s != "" {
					surnames[s] = true
				} else if s := appointSurname15(f); s != "" { // appoint15.go: 操 of 操建国, before a later 操书记
					surnames[s] = true
				} else if s := anySurname16(f); s != "" { // pers16.go: 字 of 字正荣, before a later 字书记
					surnames[s] = true
				}
				for _, g := range append(givenNameForms(f), laterReferenceForms(f)...) { // 俊平同志 after 王俊平; 顿珠同志 after 扎西顿珠 (leaks9.go)
					r.add(g, paraOf(i))
				}
				for _, w := range spacedForms26(f.Text, spaced, spacedMemo) { // leaks26.go: 岩 X X in a header after 岩XX
					r.add(Finding{Type: PERSON, Text: w, Evidence: "spaced-form26", Score: f.Score}, paraOf(i))
				}
				if hasSpace(f.Text) {
					c := strings.Join(strings.Fields(strings.ReplaceAll(f.Text, "　", " ")), "")
					r.add(Finding{Type: PERSON, Text: c, Evidence: "spaced-name", Score: f.Score}, paraOf(i))
				}
			case ORG:
				for _, s := range firmTradeForms26(tts[i], f) { // leaks26.go: 驼X食品 of …驼X乳业食品有限公司
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-trade-form26", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range firmForms33(tts[i], f) { // leaks33.go: 恒源燃气, 正衡监理, 八渡笋, 宏远慈善 of the firm's full name
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-form33", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range firmContractions18o(tts[i], f) { // late18o.go: 鼎岳重汽, 思州文旅, 航港冷链 of the firm's full name
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-contraction18o", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range firmStyleForms15(tts[i], f) { // dst15.go: 雅韵家具 of 福建雅韵古典家具有限公司
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-style-form15", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range brandsAlone14(tts[i], f, tts) { // dst14.go: 塞风 alone after 康保塞风新能源有限公司（简称“塞风新能源”）
					r.add(Finding{Type: ORG, Text: s, Evidence: "brand-alone14", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range append(coopCores19o(tts[i], f), firmSeries19o(f, tts)...) { // late19o.go: 甲乙种苗 of …县甲乙种苗专业合作社, 甲乙系列 of 山西甲乙澄泥砚文化有限公司
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-core19o", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, s := range firmStems18w(f, tts) { // firm18w.go: 甲乙 alone in a firm's frame (“甲乙”品牌, 与甲乙组建) after 浙江甲乙锯业股份有限公司
					r.add(Finding{Type: ORG, Text: s, Evidence: "firm-stem18w", Score: f.Score, label: f.label}, paraOf(i))
				}
				for _, p := range quotedBodyPlaces14(f) { // dst14.go: 巴里坤 of “巴里坤蘑菇姐”电商工作室
					if a.policy.masks(p) {
						r.add(p, paraOf(i))
					}
				}
				for _, s := range orgShortForms(tts[i], f) {
					if cropShortForm12(f, s) { // leaks12.go: 红芽芋 of …红芽芋种植专业合作社
						continue
					}
					r.add(Finding{Type: ORG, Text: s, Evidence: "short-form-of-org", Score: f.Score, label: f.label}, paraOf(i))
				}
				if !f.generic {
					// the place a masked organisation is named after
					// (西和县人民医院) is masked wherever else it stands: in
					// the title, in 西和连接线
					for _, p := range placesIn(f.Text) {
						pf := Finding{Type: LOCATION, Text: p, Evidence: "place-in-org", Score: f.Score}
						if !a.policy.masks(pf) {
							continue
						}
						r.add(pf, paraOf(i))
						if s := shortPlace(p); s != "" && !genericPlaceStems[s] && !nationalTerms[s] && !inWords.only(s, p) {
							r.add(Finding{Type: LOCATION, Text: s, Evidence: "short-form-of-place", Score: f.Score}, paraOf(i))
						}
						for _, g := range countyInitials17(tts, p) { // initials17.go: 托县 of 托克托县委
							r.add(g, paraOf(i))
						}
					}
				}
			case LOCATION:
				if s := shortPlace(f.Text); s != "" && !genericPlaceStems[s] && !nationalTerms[s] && !inWords.only(s, f.Text) && !ethnicShortForm14(s, f.Text) { // leaks9.go; dst14.go: 鄂伦春 of 鄂伦春族乡 is the people
					r.add(Finding{Type: LOCATION, Text: s, Evidence: "short-form-of-place", Score: f.Score}, paraOf(i))
				}
				if s := villageStem(f.Text); s != "" {
					r.add(Finding{Type: LOCATION, Text: s, Evidence: "short-form-of-village", Score: f.Score}, paraOf(i))
				}
				for _, g := range villageSegments15(tts, f) { // leaks15.go: 支流|桃X段 of 桃X村
					r.add(g, paraOf(i))
				}
				for _, g := range kindStems16(tts, f, stemMemo) { // kind16.go: 松树、湾沟等地 after 松树镇
					r.add(g, paraOf(i))
				}
				for _, g := range newTownStems17b(tts, f, stemMemo) { // leak17b.go: 新场、川沙、高桥 after 川沙新镇
					r.add(g, paraOf(i))
				}
				for _, g := range countyInitials17(tts, f.Text) { // initials17.go: 阿旗 of 阿鲁科尔沁旗, 托县 of 托克托县
					r.add(g, paraOf(i))
				}
			}
		}
	}
	// Enumerations (唐官屯、大丰堆、团泊) whose items are names of one kind.
	for i, tt := range tts {
		var anchors []Finding
		for _, f := range found[i] {
			if a.policy.masks(f) {
				anchors = append(anchors, f)
			}
		}
		for _, f := range listItems14(tt, listItems(tt, anchors)) { // keep14.go: goals and run-on items
			if g, ok := landformCut26(tt, f); ok { // keep26.go: 西河|沿线消落带
				f = g
			}
			if a.policy.masks(f) && !listKind11(tt, f) && !keepFinding24(tt, f) && !keepFinding26(tt, f) && !kindListAt27(tt, f, anchors) && !keepListItem30(tt, f) && !keepWhole31(tt, f) && !townItem13(f) && !keepListItem33(tt, f) && !keepListItem34(f) && !keepListItem37(tt, f, anchors) && !keepListItem17a(tt, f, anchors) && !keepListItem18b(f) && !postCell20k(f) { // keep37.go: 业主委员会 and keep37's other drop classes as list items; leaks11.go: 非遗工坊, 县住建局 are kinds; keep24.go: 牧家乐 alone; keep26.go: 县经|信局 and its other drop classes; keep27.go: 吊养、渔排 after a kind; keep30.go: 区商务局 read as a person; keep31.go: 小旅馆, 小网|吧 after a place; sites13.go: 城区绿道 after a named site; keep33.go: 发展|藏香猪; keep34.go: 防控黄龙病, 制砚作坊, 邮储银行 as list items
				r.add(f, paraOf(i))
			}
		}
	}
	// Surname + title references (张书记) to a person named in the document.
	var firstBits *runeBits
	if len(surnames) > 0 {
		firstBits = surnameFirstBits(surnames)
	}
	for i, tt := range tts {
		for _, f := range titleRefsWith(tt, surnames, firstBits) {
			if a.policy.masks(f) {
				r.add(f, paraOf(i))
			}
		}
	}
	r.finish(all)
	for i, tt := range tts {
		// nothing found keeps a tokText's buffers; an extra text may share
		// an earlier text's
		if i < len(paragraphs) || !slices.Contains(tts[:i], tt) {
			tt.release()
		}
	}
	return r
}

// find runs every recognizer over one text of running prose and resolves
// overlaps.
func (a *Anonymizer) find(text string) (*tokText, []Finding) { return a.findIn(text, false) }

// findIn runs every recognizer over one text and resolves overlaps. A name
// text (a title or file name, judged without the sentence around a name)
// errs on the side of masking: see nameTextPersons.
func (a *Anonymizer) findIn(text string, nameText bool) (*tokText, []Finding) {
	if text == "" {
		return a.findInTok(text, nil, nameText)
	}
	return a.findInTok(text, newTokText(a.seg, text), nameText)
}

// findInTok is findIn with the text already tagged (tt is
// newTokText(a.seg, text); nil for an empty text).
func (a *Anonymizer) findInTok(text string, tt *tokText, nameText bool) (*tokText, []Finding) {
	nameFrom := 1
	if nameText {
		nameFrom = 0
	}
	tts := []*tokText{tt}
	found := a.findAll([]string{text}, tts, nameFrom)
	return tts[0], found[0]
}

// findAll runs every recognizer over the texts of one document, tts[i]
// being texts[i] tagged (nil for an empty text, which findAll replaces by
// an empty tokText); texts from index nameFrom on are name texts. Each
// recognizer runs over every text before the next one starts, so its
// tables stay in the CPU caches; a text's findings come in the same order
// as from running the recognizers one text at a time.
func (a *Anonymizer) findAll(texts []string, tts []*tokText, nameFrom int) [][]Finding {
	fss := make([][]Finding, len(texts))
	var live []int // the texts that are not empty
	for i, text := range texts {
		if text == "" {
			tts[i] = &tokText{off: []int{0}}
			continue
		}
		live = append(live, i)
		fss[i] = append(fss[i], a.policy.denyFindings(text)...)
	}
	for _, i := range live {
		fss[i] = append(fss[i], findPatterns(texts[i])...)
	}
	for _, i := range live {
		fss[i] = append(fss[i], findSpacedNames(texts[i])...)
	}
	for _, i := range live {
		fss[i] = append(fss[i], findOrgs(tts[i])...)
	}
	for _, i := range live {
		for _, f := range findPersons(tts[i]) {
			if inFormula(texts[i], f.Start, f.End) {
				f.generic = true
				f.Evidence += ",political-formula"
			}
			fss[i] = append(fss[i], f)
		}
	}
	for _, i := range live {
		fss[i] = append(fss[i], findLocations(tts[i])...)
	}
	counts := newCountSites21a(texts) // keep21a.go: the document's count sites, found once
	for _, i := range live {
		tt, fs := tts[i], fss[i]
		fs = append(fs, coordinatedPlaces(tt, fs)...)
		fs = append(fs, villagesAfterTown(tt, fs)...)
		fs = append(fs, landmarksBeforeKind(tt, fs)...)
		// nerperson.go: a sure name inside a weak place or army reading
		fs = personOverWeakPlaces(tt, fs)
		fs = leaks7(tt, fs) // leaks7.go: gazetteer villages, stretches, names after roles; ordinary-phrase guards
		fs = leaks8(tt, fs) // leaks8.go: declared short forms, brands, glued role names, landforms; guards
		if i >= nameFrom {
			fs = nameTextPersons(tt, fs)
		}
		fs = leaks9(tt, fs) // leaks9.go: landmark place words, names after glued roles
		fs = leaks10(tt, fs)
		fs = leaks11(tt, fs) // leaks11.go: streams, list siblings, old towns, names without a role
		fs = leaks12(tt, fs) // leaks12.go: generic local bodies, product and season words read as names
		// leaks12.go: areas before their level, names between names
		fs = leaks12Add(tt, fs)
		fs = leaks13(tt, fs) // leaks13.go: places with no gazetteer entry (toponym.go)
		fs = leaks14(tt, fs) // leaks14.go: gazetteer places gojieba cut apart, cities after 来自/从, surnames glued to a person noun
		fs = leaks15(tt, fs) // leaks15.go: quoted shops, estates, list siblings, ordinary-word villages, names in lists
		fs = leak15b(tt, fs) // leaks15b.go: names after role nouns in 人/者/员, county short forms in context, brands in 牌
		fs = keep13(tt, fs)  // keep13.go: national bodies, verbs before kinds of body, crops; one-word counties, southern surnames
		fs = keep14(tt, fs)  // keep14.go: department short names, slogans, phrases with a faraway short form, products
		fs = keep15(tt, fs)  // keep15.go: roles in 人, events, dishes, cooking and waterside words, slogans of kinds, venues and farms
		fs = known15(tt, fs) // known15.go: descriptive landforms, name runs before a kind, places before street words, function-word counties
		// general15.go: sweep classes (gazetteer village stems cut apart, surname + kinship title); after the keep filters, with its own guards
		fs = general15(tt, fs)
		fs = leaks16(tt, fs) // leaks16.go: dot names with a place head, honour lists, noun-tagged districts, counted village kinds; after general15 so no keep filter undoes it
		// leaks17p.go: names after kinds of person (邻居, 村民, 退役军人), list names beside a person, quoted shops; after leaks16, last, so no keep filter undoes them
		fs = leaks17p(tt, fs)
		fs = minority21(tt, fs) // minority21.go: Yi, Tibetan, Mongolian, Turkic and Dai names without a dot or a Han surname, by composition or a person's context
		// leaks17l.go: numbered facilities, places listed before 等乡镇, named roads, ethnic townships, expressways, villages after their town; last, so no keep filter undoes them
		fs = leaks17l(tt, fs)
		fs = leaks19(tt, fs)      // leaks19.go: family businesses, quoted shops, compounds, streets, bridges, markets and gorges by their kind and place
		fs = leaks20(tt, fs)      // leaks20.go: waters glued to the word after them, the ends of a named route, landforms right after a township
		fs = leaks26(tt, fs)      // leaks26.go: counted lists of sights, fishing ports, beaches and coves, the other end of a route
		fs = shortTowns12(tt, fs) // shorttown12.go: a town's short form alone (棠|下, 在埔田/x, 瀑河/n) where the sentence wants a place
		fs = spanTagged(tt, fs)   // spantagger.go: the learned PLACE/ORG span tagger adds what the rules missed, behind the keep filters and its own guards
		fs = keep23(tt, fs)       // keep23.go: ordinary phrases (扎根山村, 山水林田湖草, 以林养林), whoever read them as names
		fs = keep22(tt, fs)       // keep22.go: kinds of village counted or listed (数字村、智慧村各3个), whoever read them as places
		fs = keep25(tt, fs)       // keep25.go: verbs of assignment cut off a place (分别|包保东风村), village titles (争创明星村)
		// leaks21.go: quoted names beside a quoted name the rules or the tagger found
		fs = afterSpan21(tt, fs)
		fs = keep24(tt, fs)  // keep24.go: kinds of inn alone, land descriptions in 山, regions and landform kinds, bodies after their ministry, 改桥 programmes
		fs = keep26(tt, fs)  // keep26.go: generic bodies, a place with a generic tail, ordinary nouns, varieties and breeds, slogans, titles of honour, landform terms
		fs = keep28(tt, fs)  // keep28.go: media pairs (陆海统筹), bare port kinds, centres by function, desert plants, verb roads, service stations, estuaries, title lists
		fs = keep27(tt, fs)  // keep27.go: words of a kind (胡杨, 花岗岩, 互花米草), lists of kinds, counted, graded and policy kinds
		fs = keep29(tt, fs)  // keep29.go: e-commerce platforms before a shop or place kind (淘宝村), size classes (限上商贸), level pairs (镇街)
		fs = keep30(tt, fs)  // keep30.go: level departments read as persons, verbs inside bodies, counted programmes, breeds, free-trade zones, objects read as names, use-named wharves
		fs = leaks27(tt, fs) // leaks27.go: quoted inns, landmarks in 鼓楼, whole; after keep27, which keeps the kind words inside them
		fs = leaks28(tt, fs) // leaks28.go: padded names after a colon or with a compound surname, quoted rooms of 老 and a surname
		fs = leaks30(tt, fs) // leaks30.go: ordinary-word given names after a role, landmark kinds, port landforms, declared short forms, shops, districts, parks
		fs = sites13(tt, fs) // sites13.go: named sites of a name word, a number or a surname's hamlet before a site's kind (红旗小区, 八一水库, 王家古井)
		// keep31.go: justice terms (监外执行), police and fire units, counted slogans, centre kinds after a place, policy terms, breeds, small shops, art genres
		fs = keep31(tt, fs)
		// keep31.go: snack shops in quotes by surname + 记, or by 老 after a township (“黄记米粉”)
		fs = quotedFoodShops31(tt, fs)
		// persons13b.go: names after occupation words, familiar names after 叫他/喊她, bodies read over a worker, padded compound surnames
		fs = persons13b(tt, fs)
		// persons13.go: unusual names (ordinary-word given names, rare and compound surnames) after roles, before 一家/老人, in 、 lists, and their surname before a later title
		fs = persons13(tt, fs)
		// persons14.go: names whose end the sentence fixes (在甲的带动下, 表彰了甲等十名, 辅警甲协助), minority names in a person's context, list items, rare surnames before a title; verb tails and role qualifiers read as names
		fs = persons14(tt, fs)
		// leaks32.go: padded names in speaker, member and by-line lines (成员：甲  乙丙  丁  戊, 通讯员  甲  乙)
		fs = leaks32(tt, fs)
		// leaks33.go: names of an ordinary-character surname after a role or in a profile line (才甲乙, 甲乙丙，男，)
		fs = leaks33(tt, fs)
		// leaks34.go: town offices (甲乙司法所), honour-list lines (甲乙丙  某镇某村党员), names after roles the sets lack (传承人, 领队) or of south-western surnames (茶, 自)
		fs = leaks34(tt, fs)
		// b15.go: names leaks34 reads from their context under a doubtful person or a generic body's span
		fs = persons15(tt, fs)
		// abbr15.go: short forms of prefectures, leagues and banners (湘西州, 博州, 科右前旗), a county's name before its committee (钟祥|市委书记), a town after a role and 到 (书记到|柴湖镇), a county's short form visited (到钟祥学习)
		fs = abbr15(tt, fs)
		// pers15.go: names of ordinary-character surnames (操, 过, 占, 虎) in lists after 县领导/名单：/的有, before 同志/一行, after ranks; surname + title at a clause's start before a verb (章站长说)
		fs = pers15(tt, fs)
		// appoint15.go: names of appointment, removal and profile documents (任命甲乙丙为, 免去甲乙丙的…职务, 甲乙丙同志任, 甲乙丙，男，汉族), whatever their surname, and the surname again before a title
		fs = appoint15(tt, fs)
		// shapes15.go: names in visit, title, chair, honour and age frames (市委常委甲前往, 甲副县长在, 由甲主持, 甲荣获…劳动奖章, 六十岁的甲); orgs run back over a verb (某镇召开|党委), tenure villages (现任村)
		fs = shapes15(tt, fs)
		// ner16.go: news words of a person's shape that are none: ordinary words gojieba tags nr (桂冠), transliterated places and things (甲、乙等城市, 甲决议, 甲指数), adverbs (越大越, 都要, 连…都); transliterated names cut short (赫里斯|坚科)
		fs = ner16(tt, fs)
		// ner17.go: transliterated names cut short on either side (奥利|塞赫, 亚罗|约), dotted firms (甲·乙公司), 但 read as a surname (，但|葛菲), an ordinary surname before a deputy's or city head's title (常副局长表示)
		fs = ner17(tt, fs)
		// ner18.go: names cut short by gojieba (范培|开习, 侯御|之不能, 俞曲|园墓), 诸 of 诸强/诸国 and 向 of 向南伸展 read as surnames, names before a state visit (甲|访美), players by jersey number (17号|李), dictionary names before a caption position (甲（中）)
		fs = ner18(tt, fs)
		// ner19.go: leaders before 政府 (甲政府), the sentenced (判处甲有期徒刑), players by jersey number (7号甲|头球), names at home (在甲家中) or after a leader's role read as places or bodies; list names cut short (甲|沙和), names run over a count (甲|四要素); firms and parties of a list read as persons; surnames after 姓, names before 天皇
		fs = ner19(tt, fs)
		// ner20.go: Japanese names in 村 read as villages (甲村|乙丙说), news subjects after a reporting phrase (据报道，甲乙丙当天), dynasties (辽朝、金朝) and counted plants (万多株|苏铁) read as names, a body's short form repeated alone (国家杜马 … 杜马) read as a person
		fs = ner20(tt, fs)
		// ner21.go: ordinary words gojieba's dictionary tags nr used as words by their frame (十分宁静, 让人们陶醉, 洗桑拿, 一场雷雨, 殷红得像) read as names
		fs = ner21(tt, fs)
		// features15.go: named natural features of our gazetteer (rivers, lakes, mountains, ranges …) standing alone or in a list (资水, 堵河), not 长江/黄河 or a policy term's stem
		fs = features15(tt, fs)
		// dst15.go: long-tail facilities of ordinary words: poetic inns and teahouses (甲乙山舍, “甲乙轩”), quoted teahouses, heritage railways, expo halls, talent flats, border markets, a familiar name's shop (“阿甲家的…”)
		fs = dst15(tt, fs)
		// urban15.go: small urban places (甲物业, 甲胡同, 甲网格, X街道|甲路, X镇|甲社区); estates kept apart from their owners' committee, report verbs given back
		fs = urban15(tt, fs)
		// kind16.go: places whose name is an ordinary word before a kind word (名山镇, 石头社区, 文艺北路), their stem alone in a list of places (松树、湾沟等地), old quarters (十八梯传统风貌区)
		fs = kind16(tt, fs)
		// fac16.go: named facilities of an ordinary-word, transliterated or landmark stem before a facility kind (白马航电枢纽, 聚乎更矿区, 十八梯地下停车场, 茶山小栈); 引黄灌区 given back from a place
		fs = fac16(tt, fs)
		// tour16.go: festivals, halls, museums, old streets and scenic areas of a stem of its own (白云|花海节, 听溪|戏台, 古樟|非遗馆, 初见|古街)
		fs = tourSites16(tt, fs)
		// leaks36.go: names padded between surname and given name (蒙  幸福, 联系人：苌  丽, 总经理闵  建新说), whatever the given name, and unpadded names in a spaced list line next to one (冉  晓燕  向红军)
		fs = leaks36(tt, fs)
		// pers16.go: names after a role before an honour verb (技师甲乙丙获评), rare surnames (翦) in frames; false persons after 同志 (任县委, 都要) and province pairs (粤赣|省委); after leaks36 so the drops see shapes15's and appoint15's readings
		fs = pers16(tt, fs)
		// lead16.go: a name ending in a place kind after a role ending in 人, read by the place patterns as a mountain (传承|人赵春山)
		fs = roleNames16(tt, fs)
		fs = rareFrames21c(tt, fs) // pers21c.go: a rare surname in a person's frame (蔗农零甲乙通过)
		// estates21c.go: lists of housing estates closed by 等 or a count before a graded 小区 (甲家园、乙苑等老旧小区, 甲名邸、乙华府等商品房小区)
		fs = estateLists21c(tt, fs)
		// pers21.go: padded names run on into a clause after a role (驻站负责人甲  乙丙实行值班) and lines made only of padded names (甲  乙丙  丁  戊己)
		fs = pers21(tt, fs)
		// pers21b.go: names of an ordinary-word surname and a word-like given name before an identity number (示范户：甲建设  身份证号)
		fs = pers21b(tt, fs)
		// hamlet21a.go: hamlets of a landform stem before 组 or 屯 (石板坳组, 长冲组) and named natural villages (石桥自然村) the gazetteer does not list
		fs = hamlets21a(tt, fs)
		// section21a.go: the readable end of a road section whose other end is a place found (国道108线|僧楼至〔X〕段, 公道至〔X〕段)
		fs = sectionEnds21a(tt, fs)
		// social21.go: word-named social bodies, care homes, volunteer teams and incubators (同心圆|社工, 海韵|颐养院, 学知|创业孵化器)
		fs = socialBodies21(tt, fs)
		// place21b.go: named works of a proper stem before a work kind that names one (吐尔尕特口岸, 三垟湿地, 甲乙互通, 甲乙挡潮闸, 甲乙提灌站, 甲乙物流园); generic works (1号闸, 排涝闸, 城市湿地, 主干渠) stay readable
		fs = works21b(tt, fs)
		// late20p.go: names of a surname that is an ordinary word and a given name that reads as one after a venue's host (民宿主人甲乙丙返乡) or a role before 等+a count of persons or 在 (高级农艺师甲乙丙等42名, 小伙甲乙丙在…)
		fs = late20p(tt, fs)
		// late20l.go: hut hamlets of the north-east (后七撮房, 李家窝堡), waters before their banks' works (甲江|碧道, 甲河|堤段) and dike sections after a masked water (〔X河〕甲乙丙堤段)
		fs = late20l(tt, fs)
		// late20o.go: brands cut from their firm (〔甲市〕秀禾精密|轴承有限公司), placed foundations (〔甲市〕静和公益基金会), a body's brand short forms (乙辰光能, 馨家社工, “静和护苗计划”), quoted relocation settlements (“甲乙苑”安置社区)
		fs = late20o(tt, fs)
		// site20.go: sites split from their kind by a word of what they are (甲乙铜矿遗址, 甲乙天然溶洞), quoted themed towns (“甲乙小镇”), areas of an ordinary-word stem beside a masked sibling area (〔X〕片区 … 桂花片区), temples of 宫/观 after 和 or 的 in a site sentence
		fs = site20(tt, fs)
		// pers20.go: quoted handles in an account's frame whatever their shape (“山野晓风”抖音号, 网名“稻田守望者”, “甲”“乙”等本土网红账号), quoted persona handles before a found person a doubtful reading shadowed (“芦笋哥”王甲)
		fs = handles20(tt, fs)
		// org20.go: institutions and businesses of a stem of their own glued to their masked place before their kind (〔甲镇〕青禾幼儿园, 〔乙村〕丰谷家庭农场, 〔丙街道〕华联电器城)
		fs = placedBodies20(tt, fs)
		// org20.go: quoted eateries of a word of their own and a dish in a shop's frame (“溪口老鸭汤”等小店, “MOMO咖啡”走红)
		fs = quotedEateries20(tt, fs)
		// place20.go: town-and-village chains read as two places whatever their stems, a cut across them replaced (禾丰乡|马头村 read as 丰乡马头村), towns of an ordinary stem before a town office or a masked place (城北镇|第三小学, 太花乡|〔X古道〕)
		fs = place20(tt, fs)
		// late19o.go: quoted eateries named by a surname and 记 (“何记羊杂汤”)
		fs = surnameShops19o(tt, fs)
		// late19o.go: listed state forest and farm units beside a masked one (国有〔甲〕林场、国有乙丙林场, 〔甲〕林业局、乙丙林业局)
		fs = stateUnitSiblings19o(tt, fs)
		// late19p.go: names of surnames no table holds (言, 拓, 同, 卯) padded after a role or next to a found name (副县长  拓  海军), after a role before 分别 or 、+another role's name (副主任卯光荣分别), real names glossed in brackets and their net names (主播“朵朵妈”（本名…）)
		fs = late19p(tt, fs)
		// late19l.go: divisions and roads listed beside a masked sibling of their kind (甲乙各庄乡、|〔X乡〕, 华北路、|〔X路〕), mountains of an ordinary stem before a subdistrict or a side (笔架山街道, 嵯峨山南麓)
		fs = late19l(tt, fs)
		// site19.go: landmarks of a two-character stem and a one-character kind in a site frame (甲乙阁、丙丁岩等景点, 登上甲乙台), old trade houses (甲家盐号, 甲乙丙票号)
		fs = site19(tt, fs)
		// place19.go: settlements, groups, estates, zones and landforms of an ordinary or function-character stem glued to their masked division (X镇|和村, X街道|城郊村, X村|宝坪组, X经济开发区|海浪片区, X镇|石板沟), and their listed siblings (X村五组、|六组)
		fs = place19(tt, fs)
		// firm19.go: listed shops of a brand and a trade word (甲乙五金、丙丁家纺等商户), quoted public brands and apps of a county (“甲乙红”苹果, 开通“甲乙通”小程序), markets (甲乙大世界, 中国甲乙城), schools of a proper stem alone (联合甲乙学院)
		fs = firm19(tt, fs)
		// pers19.go: names between a role and a verb of work whatever their surname (退休民警拓志宏坐镇, 老艺人波应香办起, 青年甘露露返乡)
		fs = pers19(tt, fs)
		// pers18w.go: names listed before a count of comrades (甲和乙两位同志), word-names among them masked in their frame only
		fs = pers18w(tt, fs)
		// late18p.go: names in a 、-list whose sibling in the same frame (place+的, unit+title) is a masked person (…镇的金满堂、科长冷静), surname + association title (黄理事长) and 老 + surname (跟着老常) referring back to a masked person of that surname
		fs = late18p(tt, fs)
		// place18w.go: gazetteer sites whose last character a generic body took (甲乙陵|游客服务中心), stopped gazetteer names beside a masked feature (甲乙湖—丙丁冰川)
		fs = place18w(tt, fs)
		// late18o.go: firms cut to their trade words (扬州|润和|汽车零部件有限公司), police stations named after a township (园艺派出所); patent numbers are read with the other numbers (patent.go)
		fs = late18o(tt, fs)
		// zone19.go: a county's short form before a zone word, read on the characters (衡|东经|开区)
		fs = zones19(tt, fs)
		// probe18p.go: persons of minutes and speeches: surname + title before any verb (宋会计|核对), 老/小 + a surname before any word (小佟|把, 老郗在/x), word-names before 同志 and an appointment (安全同志任), given names glued to 说 or to the surname (李|明说, 由方志|远负责)
		fs = probe18p(tt, fs)
		// leak18c.go: officials' mansions (进士第, 中宪大夫第, 提督府), named stations (甲乙水文站, 甲乙水质自动监测站, …公园甲乙保护站), mesas (甲崮), halls in a heritage list (甲乙堂、丙丁堂、官厅等), ancient roads of a stem of their own (甲乙古道)
		fs = leak18c(tt, fs)
		// transit18b.go: lines named by the short forms of their ends (京张高铁, 宝八公路, 城万快速通道, 沿|杭长高速)
		fs = transitLines18b(tt, fs)
		// village18b.go: villages named after a date right after their town (…镇八一村)
		fs = dateVillages18b(tt, fs)
		// leak18a.go: quoted persona brands in an account's, shop's or stall's frame (“竹篮阿妹”等短视频账号, 东街“周大姐米豆腐”, “山药哥”王建军)
		fs = personaBrands18a(tt, fs)
		// leak18a.go: quoted lodgings of a stem of their own (“溪口茶宿”, “松间山房”, “河湾边民宿”), not grades (“精品民宿”)
		fs = quotedLodgings18a(tt, fs)
		// leak18a.go: schools of a stem of their own glued to their masked township (X镇|牛头冲教学点), not generic ones (X镇|中心小学)
		fs = gluedSchools18a(tt, fs)
		// late17b.go: water bodies listed next to a masked reservoir (X水库和|日月湖)
		fs = late17b(tt, fs)
		// shops17late.go: a shop, homestay or account named as the item right before 等 and its kind (“…”等本土直播账号, 、甲乙花事等小店, 的甲乙小筑等民宿)
		fs = shops17late(tt, fs)
		// persons17late.go: a name of three characters after a title or a farmer's role whose surname is a preposition and whose given name gojieba glued to the verb after it (种粮大户于|得|水流|转…)
		fs = persons17late(tt, fs)
		// leak17a.go: unquoted shops after their place (…村福顺醋坊, 市场内聚福园饭庄), quoted shops of a list with townships (甲镇“…书斋”、乙镇“…”等民宿), quoted brands of a neighbourhood's stem (“建东有约”议事品牌), firms cut to their trade (北方|贸易有限公司), a two-character brand in a firm's frame (天晴董事长), byline names (通讯员  甲  乙), residents after their village (…组的陇光荣原是)
		fs = leak17a(tt, fs)
		// leak17b.go: localities by their frame: a stretch's other end (X公园至|财厅前一线, 解放碑—|朝天门), the last of a list before 一线/一带, lane siblings (安华里、|碧华里), gullies and villages glued to their township (X镇|松山沟), rivers before a bank word (章江|北岸), ridges before a side word and a place (老岭|以北的X镇)
		fs = leak17b(tt, fs)
		// pers16b.go: names after craft and field roles the role sets lack (皮影艺人甲乙丙和, 制琴大师…, 老支书…, 副矿长…), rare surnames (陇, 敬, 涂), and the surname again before 师傅/老支书 (涂师傅说)
		fs = persons16b(tt, fs)
		// org16b.go: a firm's brand alone after its full name (湘禾记 of 湖南湘禾记莲业有限公司, 天朗董事长, 瑞丰镁材 of …瑞丰镁质材料有限公司)
		fs = firmBrands16b(tt, fs)
		// org16b.go: quoted shops, inns and tea houses in a list before 等 and a kind of business (“听雨客栈”“松风茶寮”等特色民宿)
		fs = quotedShops16b(tt, fs)
		// place16b.go: small places by the company they keep: list siblings of a masked place of the same kind (松花江和|格节河, 广宗寺、|福因寺), villages glued to their township (X镇|那当村), old towns and their stems (定远营古城), people's tribunals (…法院|向阳人民法庭)
		fs = place16b(tt, fs)
		// orgs14.go: named bodies of a brand stem before a kind of body (恒源燃气, 李记酒楼, 鑫隆达众创空间), the brand between a masked place and form, the brand alone again
		fs = orgs14(tt, fs)
		// keep32.go: companies by status (上市公司), committees by level or field (街道党工委, …建立|产业链党委), zones by function or height (消落区, 高半山区), campaign city titles (无废城市), described settlements (弃管小区)
		fs = keep32(tt, fs)
		// dst14.go: quoted names before a body's kind (“甲乙”公益基金), facilities by function (慈善超市), old orchards, variety lists, places in a work's title
		fs = dst14(tt, fs)
		// keep33.go: breeds and varieties (西门塔尔, 华山松等苗木), province pairs and short forms in terms (闽宁协作, 两山转化), regions (三峡库区), ethnic groups and branches, generic facilities and bodies (…乡|雨量站, 慈善超市), heritage items, words read as roads (印制电路板)
		fs = keep33(tt, fs)
		// keep34.go: generic bodies after a place (…市|安委会), national bodies (中国中医科学院), direction slogans (南菜北运), cultural regions (晋商文化), martial styles and legends (戴氏心意拳, 钟馗画), programme and finance terms (共富工坊, 普惠小微), crop diseases and craft workshops
		fs = keep34(tt, fs)
		// keep35.go: generic bodies after a verb (商会联合|县农商银行), cities of national exchanges, freight-train brands (中欧班列), provinces in breeds and slogans (新疆褐牛, 多彩贵州), pilgrim practices (转山转湖), occupations tagged nt (中学教师)
		fs = keep35(tt, fs)
		// keep36.go: bodies named by their level alone (县慈善协会, 州级示范性高中), seasonal pastures (夏牧场), games of a place's short form before a contest (象棋比赛), programme terms read as names (公建民营, 援青干部)
		fs = keep36(tt, fs)
		// keep37.go: 会同 the verb inside a clause (汛前|会同县应急管理局), generic offices after a place (…镇|民政办, …县|第十九届人民代表大会常务委员会, …乡|中心|完小), function facilities (疏港公路, 原油码头, …镇|引黄|灌区), build verbs read as communities (新建|社区), national parks and agencies' provincial offices, epics before 说唱, breeds read as names (夏南牛)
		fs = keep37(tt, fs)
		// keep21c.go: things read as a person in a thing's frame (古法|柴窑|烧制, 高岭土|储量, 古梨树|9800余株), wherever in the document the frame stands
		fs = keep21c(tt, fs, texts)
		// campaign21d.go: verb–object compounds before a campaign's or an opening's head read as places (清河|行动, 兴村|行动, 开港|运营)
		fs = campaign21d(tt, fs, texts)
		// keep21a.go: counted kind phrases are categories (6个抵边村), a family farm's kind stays readable after its masked name (〔甲〕家庭农场), superlatives open no name (最美码头人, 最高人民法院), work verbs read as a division's stem (壮大|嘎查村, 包联|嘎查)
		fs = keep21a(tt, fs, counts)
		// body21b.go: a place's own department or institution read as one body with the place (吴江区|民政局, 越西县|人社局, 松阳县|人民医院), cut back to the place
		fs = keep21b(tt, fs)
		// late20p.go: channel and place-of-doing words read as a person after a role (种植户|线上|销售, 果农|田间|采摘), works sections read as a transliterated person (江滨路|延伸段)
		fs = channelKeep20p(tt, fs)
		// late20k.go: bare zone kinds of the gazetteer (化工园区), feelings read as a person (群众|安全感), fruit trees read as a county's short form (老|梨树)
		fs = late20k(tt, fs)
		// keep20.go: produce read as a person (鲁西|黄牛4200头, 段木|香菇栽培, 巴氏|鲜奶, 新建丁坝|12道, 毛衫|产业)
		fs = keep20(tt, fs)
		// pers20.go: quoted programme phrases read as a shop or account (“乡村振兴”直播间, “消费帮扶”网店, “县长带货”)
		fs = campaignShops20(tt, fs)
		// conj19.go: a conjunction read as a town's short form between two levels (…街道|和村|社区两级)
		fs = conj19(tt, fs)
		// late19k.go: glued landform kinds that open a longer word (山洪沟|道治理), farm estates and breeds (养鹿小区, 大耳羊|养殖), species before a count (黑嘴|松鸡3只) or in a planting list, occupants' flats (人才公寓), national mass bodies (中国科协), referrals (经绿色通道转诊|X医院), verb villages before a counted facility (建设|村卫生室9个)
		fs = late19k(tt, fs)
		// keep19.go: works named by their function or material (拦砂坝, 待渡区, 矸石堆场; a place read with one cut back to the place), short forms before 式 (港湾|式停靠站), weak persons glued before such a work (左转|待转区), heads of a produce list before 等…品种/产品 (瑞阳、…等新品种)
		fs = keep19(tt, fs)
		// late18k.go: mine gas read as a transliterated name (瓦斯|涌出), a level's programme body run over a verb (甲乙新材获批|省级重点实验室) or cut inside its level word (嘎|查级党群服务中心), a verb as a ferry's stem (落实|渡口), the reach marker 段 as a surname (吉安段|滨水步道), a national academy cut to its head (中国林业|科学研究院), a zone as a firm's brand (经开区|化工), a level's department as a list person (市行政|审批服务局)
		fs = late18k(tt, fs)
		// keep18a.go: a joint verb that is also a division's stem before a generic body (会同|县消防救援大队, 联合|镇卫生院, 有|村卫生室); a body's name run over such a verb cut to the body after it (县农业农村局会同|宁夏大学)
		fs = keep18a(tt, fs)
		// keep18b.go: products the document shows by a trade word (毛衫|产业, 中国…|之乡), folk foods, instruments, epics and wild species read as names (包尔萨克, 芦笙, 伊玛堪, 东北虎)
		fs = keep18b(tt, fs)
		// keep18w.go: weak person findings in a product's frame (红缨子|高粱, 牛羊菜|果薯药, 高纯|石英砂), streak words after a count (十九|连丰), mountains read from the 山 of a terrain idiom (村寨|山高林密)
		fs = keep18w(tt, fs)
		// keepk17.go: service centres, schools and shops of generic words alone (失能特困人员集中照护中心, 省|高水平现代化职业学校; a place before one keeps the place: 沙滩村|党群服务中心), shops' honours (党员诚信店), quoted folk titles found as bodies (“田秀才”)
		fs = keepK17(tt, fs)
		// species17k.go: species of plants and animals read as names (白枕鹤等候鸟, 野生梅花鹿种群, 格木、金毛狗等国家重点保护野生植物), habitat nouns held as places (红树林, 冰湖)
		fs = species17k(tt, fs)
		// commerce17k.go: bank words that name no bank (人民银行, 手机银行), shop layout idioms (前店后坊)
		fs = commerce17k(tt, fs)
		// keep17b.go: quoted policy slogans after a verb of following or before a slogan frame (按照“防大汛、抗大洪”的要求, 实行“X吹哨、部门报到”, 围绕“双碳”目标, 推行“村台议事会”), towns' quoted trade nicknames (全国闻名的“伞城”, 是“中国蜜柚之乡”)
		fs = keep17b(tt, fs)
		// keep17c.go: cooperatives, farms and centres of generic words alone (农牧民专业合作社, 智能化育秧中心; a place before one keeps the place), grade words before a settlement's or shop's kind (“网红村”, 徽派古村, 网红店), ranking titles (全国|千强镇), quoted folk titles (“土专家”“田秀才”), 黄河 before a reach (黄河|平罗段), national ministries and their institutes (交通运输部规划研究院)
		fs = keep17c(tt, fs)
		// keep17a.go: building types (明清|四合院, 过街楼), continent epithets (亚洲水塔), model terms (“红岩精神”, “枫桥经验”), provinces in national terms (四川竹琴, 内地西藏班), ethnic groups (夏尔巴人聚居), kinds before a quoted name (一家竹编工作室“…”), craft list items (藏香制作), villages' family businesses (…村|牧家乐), historic armies (…|新四军)
		fs = keep17a(tt, fs)
		// keep16b.go: short forms in their ordinary terms (文化|惠民, 临港|产业, 祖国|北疆), thing compounds read as names (连栋|温室), hospitality kinds after a verb (…发展农家乐), kinds of a negation prefix (非煤矿山); a department's tail cut from the body after it (…局为|瑞泓集团)
		fs = keep16b(tt, fs)
		// tour16.go: generic tourism phrases (红色旅游|景区, 文创街区, 非|遗工坊), regional operas and forms (黄梅戏), verb phrases before a reserve (成功获批|…保护区), national culture bodies (中国旅游研究院), genre words as given names (汪氏|宗祠)
		fs = keep16(tt, fs)
		// What the policy keeps (县人民医院, 全国) must not hide what it masks.
		kept := fs[:0]
		for _, f := range fs {
			if a.policy.masks(f) && !oneCharBodyInPlace(f, fs) {
				kept = append(kept, f)
			}
		}
		// keep21.go: kinds of body, task groups, programmes, bound or slogan
		// places, conversion slogans; last, so nothing brings them back
		fss[i] = dotNameHeads(tt, resolve(keep21(tt, kept)))
	}
	return fss
}

// dotHeadStop end the characters before a transliterated name: particles,
// prepositions and conjunctions (采访了|阿不都热合曼·买买提).
var dotHeadStop = runeBitsOf("的了是在和与及或而并对从向为把被将给同跟等人族裔籍")

// dotNameHeads extends a transliterated name found from its dot (努尔·吐尔逊)
// over the one to three characters before it that stand alone after a list
// comma or the text's start (、阿依|努尔·吐尔逊、): gojieba cut the name's
// first part apart, and left outside the mask it would stay readable.
func dotNameHeads(tt *tokText, fs []Finding) []Finding {
	for k := range fs {
		f := &fs[k]
		if f.Type != PERSON || !strings.Contains(f.Evidence, "dot-name") {
			continue
		}
		rs := tt.runeAt(f.Start)
		if rs <= 0 {
			continue
		}
		s := rs
		lx := getLexicon()
		some := false // a transliteration character among them
		for s > 0 && rs-s < 3 && isHan(tt.runes[s-1]) && !dotHeadStop.has(tt.runes[s-1]) {
			s--
			some = some || lx.translitN[tt.runes[s]] >= 1
		}
		if !some || isRoleWord(tt.sub(s, rs)) || bodyPrefix(tt.sub(s, rs)) != "" {
			continue // a title before the name (副镇长|阿依古丽·…) is no part of it
		}
		if s == rs || s > 0 && isHan(tt.runes[s-1]) && !dotHeadStop.has(tt.runes[s-1]) {
			continue // more than three characters before the dot name: no head of it
		}
		if k > 0 && fs[k-1].End > tt.off[s] {
			continue
		}
		ok := true
		for i := s; i < rs; {
			t := tt.toks[tt.tokOf[i]]
			switch t.pos {
			case "v", "p", "c", "d", "u", "uj", "m", "r", "f", "q":
				ok = ok && t.n() == 1 && t.pos == "d" // 阿|依/d: a cut name part
			}
			i = t.end
		}
		if !ok {
			continue
		}
		f.Start = tt.off[s]
		f.Text = tt.text[f.Start:f.End]
	}
	return fs
}

// resolve drops findings that overlap a better one: longer spans win,
// then higher scores. Placeholders and masks are never findings.
func resolve(fs []Finding) []Finding {
	// slices.SortStableFunc runs the same insertion-sort and merge steps as
	// sort.SliceStable without its reflection; only "less" (cmp < 0) matters.
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if resolveLess(&a, &b) {
			return -1
		}
		return 0
	})
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.End <= f.Start || strings.Contains(f.Text, "〔") || strings.Contains(f.Text, "〕") || strings.Trim(f.Text, "×Ｘ*＊ 　") == "" {
			continue
		}
		if overlapsAny(out, f.Start, f.End) {
			if villagePattern(&f) {
				// the same span read as a person (那雷屯): a village
				// suffix makes it a place
				for j := range out {
					if out[j].Start == f.Start && out[j].End == f.End && out[j].Type == PERSON {
						out[j] = f
					}
				}
			}
			continue
		}
		out = append(out, f)
	}
	// Kept findings do not overlap, so their starts differ: the order is total.
	slices.SortFunc(out, func(a, b Finding) int { return a.Start - b.Start })
	if len(out) == 0 {
		return nil
	}
	return out
}

// resolveLess orders findings for resolve: deny lists first, then longer
// spans, then higher scores.
func resolveLess(a, b *Finding) bool {
	if a.Score >= 100 || b.Score >= 100 {
		return a.Score > b.Score
	}
	la, lb := a.End-a.Start, b.End-b.Start
	if la != lb {
		return la > lb
	}
	return a.Score > b.Score
}

// oneCharBodyInPlace reports an organisation read from a one-character
// suffix (站, 所, 队) that is the first character of a gazetteer place
// running on past it (两当县|站儿巷镇): masking the organisation would leave
// the rest of the place (儿巷镇) readable; the place and those before it
// are found on their own.
func oneCharBodyInPlace(f Finding, fs []Finding) bool {
	if f.Type != ORG || !strings.HasPrefix(f.Evidence, "org-suffix:") || runeLen(strings.TrimPrefix(f.Evidence, "org-suffix:")) != 1 {
		return false
	}
	for _, g := range fs {
		if g.Type == LOCATION && g.Evidence == "gazetteer" && g.Start > f.Start && g.Start < f.End && g.End > f.End {
			return true
		}
	}
	return false
}

// villagePattern reports a place found by a village suffix (××屯, ××村).
func villagePattern(f *Finding) bool {
	if f.Type != LOCATION || !strings.HasPrefix(f.Evidence, "pattern:") {
		return false
	}
	switch lastRune(f.Text) {
	case '村', '屯', '寨', '庄':
		return true
	}
	return false
}

// surnameOf returns the surname of a Chinese name, or "".
func surnameOf(name string) string {
	l := getLexicon()
	if !hasSpace(name) {
		// the same answers from the first two characters, decoded in
		// place: no copy of the name without its spaces, no rune slice
		// (speed9a)
		r0, w0 := utf8.DecodeRuneInString(name)
		r1, w1 := utf8.DecodeRuneInString(name[w0:])
		if r0 != utf8.RuneError && r1 != utf8.RuneError {
			if len(name) > w0+w1 && l.isCompound(name[:w0+w1]) {
				return name[:w0+w1]
			}
			if len(name) > w0 && l.isSurname(r0) {
				return string(r0)
			}
			return ""
		}
	}
	rs := []rune(strings.ReplaceAll(strings.ReplaceAll(name, " ", ""), "　", ""))
	if len(rs) >= 3 && l.compound[string(rs[:2])] {
		return string(rs[:2])
	}
	if len(rs) >= 2 {
		if l.isSurname(rs[0]) {
			return string(rs[0])
		}
	}
	return ""
}

// titleReferences finds surname + title references (张书记, 王局长) whose
// surname belongs to a person named in the document.
func titleReferences(tt *tokText, surnames map[string]bool) []Finding {
	if len(surnames) == 0 || tt == nil {
		return nil
	}
	return titleRefsWith(tt, surnames, surnameFirstBits(surnames))
}

// surnameFirstBits returns the first characters of the surnames.
func surnameFirstBits(surnames map[string]bool) *runeBits {
	first := new(runeBits)
	for s := range surnames {
		r, _ := firstRune(s)
		first.set(r)
	}
	return first
}

// titleRefsWith is titleReferences with the surnames' first characters
// (surnameFirstBits) built once for all the texts of a document.
func titleRefsWith(tt *tokText, surnames map[string]bool, first *runeBits) []Finding {
	if len(surnames) == 0 || tt == nil {
		return nil
	}
	var out []Finding
	for i := 0; i+1 < len(tt.runes); i++ {
		if !first.has(tt.runes[i]) {
			continue
		}
		for sl := 2; sl >= 1; sl-- {
			if i+sl >= len(tt.runes) || !surnames[spanString(tt, i, i+sl)] { // string(tt.runes[i:i+sl]) without building it
				continue
			}
			if i > 0 && isHan(tt.runes[i-1]) && tt.toks[tt.tokOf[i]].start != i {
				continue
			}
			t := tt.tokenAt(i + sl)
			if t == nil {
				continue
			}
			// the title is the token after the surname, or its prefix (张书记说)
			if !titleFirst.has(tt.runes[i+sl]) {
				continue
			}
			for _, w := range titleRefList {
				if strings.HasPrefix(tt.text[tt.off[i+sl]:], w) {
					e := tt.off[i+sl] + len(w)
					out = append(out, Finding{Type: PERSON, Text: tt.text[tt.off[i]:e], Start: tt.off[i], End: e, Evidence: "surname+title of a named person", Score: 3})
					break
				}
			}
		}
	}
	return out
}

// villageStem returns the name of a village or community without its
// suffix (后寨子村 → 后寨子), when that is distinctive enough to mask alone.
func villageStem(name string) string {
	for _, suf := range []string{"社区", "村", "屯", "寨"} {
		if strings.HasSuffix(name, suf) {
			s := strings.TrimSuffix(name, suf)
			if runeLen(s) >= 2 && allHan(s) && !getLexicon().common[s] && !genericVillagePrefix[s] {
				return s
			}
		}
	}
	return ""
}

// listCount matches the count after a list of places (…四村合并, 等5个乡镇).
var listPlaceCount = []string{"村", "个村", "镇", "个镇", "乡", "个乡", "乡镇", "个乡镇", "社区", "个社区", "个行政村", "个自然村"}

// listItems finds the items of enumerations ("甲、乙、丙") in which at least
// one item is an entity found exactly, or which a count of villages or
// towns follows (老岭、沙场、周冲、转桥四村): the other items of two to
// four characters get the same type.
func listItems(tt *tokText, found []Finding) []Finding {
	if tt == nil || !strings.Contains(tt.text, "、") && !hasSpace(tt.text) {
		return nil
	}
	var out []Finding
	// the clauses of splitClauses, from the text's characters; a clause
	// without 、 or a space is one item, which makes no list
	start, sep := 0, false
	for k, r := range tt.runes {
		if !listMarks.has(r) {
			continue // (speed12.go: neither a clause break nor a separator)
		}
		switch {
		case clauseBreak(r):
			if i := tt.off[k]; i > start && sep {
				if items := splitList(tt.text[start:i], start); len(items) >= 2 {
					out = append(out, listItemsIn(tt, found, items)...)
				}
			}
			start, sep = tt.off[k+1], false
		case r == '、' || r == ' ' || r == '\t' || r == '　':
			sep = true
		}
	}
	if start < len(tt.text) && sep {
		if items := splitList(tt.text[start:], start); len(items) >= 2 {
			out = append(out, listItemsIn(tt, found, items)...)
		}
	}
	return out
}

// listItemsIn finds the name items of one clause's enumeration.
func listItemsIn(tt *tokText, found []Finding, items []listItem) []Finding {
	if k := brokenListAt(tt, items); k > 0 {
		// a clause inside the list ends it: two lists (leaks6.go)
		return append(listItemsIn(tt, found, items[:k+1]), listItemsIn(tt, found, items[k:])...)
	}
	var out []Finding
	// the first item's tail and the last item's head are the list items
	maxLen := 5
	trimItem := func(k int) (int, int, bool) {
		s, e := items[k].s, items[k].e
		e = s + cutMeasure(tt.text[s:e])
		text := tt.text[s:e]
		stop := func(r rune) bool { return !isHan(r) || listStopBits.has(r) }
		if k == 0 {
			// the tail of the first part, without a leading verb (做好|嘉豪旗帜)
			// walk back over at most maxLen+2 name characters
			j := len(text)
			for n := 0; j > 0 && n < maxLen+2; n++ {
				r, w := utf8.DecodeLastRuneInString(text[:j])
				if stop(r) {
					break
				}
				j -= w
			}
			s = e - (len(text) - j)
			// not from inside a function word (其中|罗阳镇 → 中罗阳镇)
			if i := tt.runeAt(s); i > 0 && i < len(tt.runes) {
				if t := tt.toks[tt.tokOf[i]]; t.start < i && t.end < len(tt.runes) && tt.off[t.end] < e {
					switch t.pos {
					case "r", "p", "c", "d", "u", "uj", "f", "m", "q", "v":
						s = tt.off[t.end]
					}
				}
			}
		}
		{
			// drop a leading verb (做好|嘉豪旗帜, 加快|纪元农庄)
			if i := tt.runeAt(s); i >= 0 && i < len(tt.runes) {
				t := tt.toks[tt.tokOf[i]]
				if t.start == i && (t.n() >= 2 && (t.pos == "v" || t.pos == "d" || t.pos == "p" || t.pos == "vd") || prepositionToken11(t)) && tt.off[t.end] < e && runeLen(tt.text[tt.off[t.end]:e]) >= 2 {
					s = tt.off[t.end]
				}
			}
		}
		if k == 0 && s > items[k].s {
			// the first item ran back into its clause: a verb or an unknown
			// word (包保, tag x) before a place that is a whole item on its
			// own (分别包保|东风村) is no part of it
			s = dropWordBeforePlace(tt, s, e)
		}
		if k == len(items)-1 {
			// the first characters up to maxLen that can be a name's; they
			// are Han, so their encoding is the text's own
			n, j := 0, 0
			for _, r := range tt.text[s:e] {
				if n >= maxLen || stop(r) || listNumeral(r) {
					break
				}
				n++
				j += utf8.RuneLen(r)
			}
			if n < 2 {
				// a place whose name begins with a numeral (十里镇)
				rs := []rune(tt.text[s:e])
				if m := placeSuffixEnd(rs[:min(len(rs), maxLen)]); m > 0 && allHan(string(rs[:m])) && !listStopBits.has(rs[m-1]) {
					j = len(string(rs[:m]))
				}
			}
			e = s + j
			// and before a numeral, measure or function word that follows
			// its first word (市政府|多次|给予): the item ends there
			if i := tt.runeAt(s); i >= 0 && i < len(tt.runes) {
				for ti := tt.tokOf[i] + 1; ti < len(tt.toks) && tt.off[tt.toks[ti].start] < e; ti++ {
					if p := tt.toks[ti].pos; p == "m" || p == "d" || p == "p" || p == "c" || p == "u" || p == "r" || p == "v" && tt.toks[ti].n() >= 2 {
						e = tt.off[tt.toks[ti].start]
						break
					}
				}
			}
		}
		l, han := 0, true
		for _, r := range tt.text[s:e] {
			l++
			han = han && isHan(r)
		}
		return s, e, l >= 2 && l <= maxLen && han
	}
	var typ Type
	counted := false
	anchors := map[Type]int{}
	// a found entity is an anchor only inside an item, and items lie in
	// the list's span: without one there, the loop below finds none
	inside := false
	if len(items) > 0 {
		lo, hi := items[0].s, items[len(items)-1].e
		for _, f := range found {
			if f.Start >= lo && f.End <= hi && (f.Type == PERSON || f.Type == LOCATION || f.Type == ORG) && f.Evidence != "village-list" {
				inside = true
				break
			}
		}
	}
	for k := range items {
		if !inside {
			break
		}
		s, e, ok := trimItem(k)
		if !ok {
			continue
		}
		for _, f := range found {
			if f.Start == s && f.End == e && (f.Type == PERSON || f.Type == LOCATION || f.Type == ORG) && f.Evidence != "village-list" {
				if f.Type == PERSON && f.Score < 4 && anchors[PERSON] == 0 {
					anchors[PERSON]++ // one weak name does not make a list of names
					continue
				}
				anchors[f.Type] += 2
			}
		}
	}
	// the list is of the kind most of its found items are (an enterprise
	// list with one item that reads as a name stays a list of enterprises)
	for _, ty := range []Type{ORG, LOCATION, PERSON} {
		if anchors[ty] >= 2 && (typ == "" || anchors[ty] > anchors[typ]) {
			typ = ty
		}
	}
	if len(items) < 2 {
		return nil
	}
	// a count of places after the last item (老岭、沙场、周冲、转桥四村)
	// makes a list of places, whatever an item alone would read as
	last := items[len(items)-1]
	{
		// the text after its second, third and fourth characters: a
		// numeral there, and a count word after the numerals (a numeral
		// and a count word are valid UTF-8, so reading the text's own bytes
		// finds what re-encoding its characters would)
		rest := tt.text[last.s:last.e]
		var at [5]int
		nr := 0
		for i := range rest {
			if nr <= 4 {
				at[nr] = i
			}
			nr++
		}
		for n := 2; n <= 4 && n < nr; n++ {
			full := rest[at[n]:]
			tail := strings.TrimLeft(full, "一二三四五六七八九十两0123456789")
			if len(tail) < len(full) {
				for _, c := range listPlaceCount {
					if strings.HasPrefix(tail, c) {
						typ = LOCATION
						counted = true
					}
				}
			}
		}
	}
	if typ == "" || len(items) < 2 {
		return nil
	}
	if typ == ORG || anchors[ORG] > 0 {
		maxLen = 8 // enterprise names run longer (华佗熬爷酱菜)
	}
	if typ == PERSON {
		maxLen = 4
	}
	for k := range items {
		s, e, ok := trimItem(k)
		if !ok || getLexicon().common[tt.text[s:e]] || !counted && !nameLike(tt, s, e, typ) {
			continue
		}
		if startsFinding(found, s) {
			continue // the name was found on its own (司马春燕|参加)
		}
		if nationalLead(tt.text[s:e]) {
			continue // 全国冠军, 中国选手: a national term begins no local name
		}
		if innerFindingEnds(tt, found, s, e) {
			continue // the item's name was found without the words before it (指导|盐官镇)
		}
		if k == len(items)-1 {
			// the last part runs on (转桥四村合并): keep the name before a count
			rs := []rune(tt.text[s:e])
			n := 0
			for n < len(rs) && !strings.ContainsRune("一二三四五六七八九十两0123456789等", rs[n]) {
				n++
			}
			if typ == LOCATION {
				// or up to its place suffix (十里镇|建成): a numeral may
				// begin a place's name
				if m := placeSuffixEnd(rs); m > 0 {
					n = m
				}
			}
			e = s + len(string(rs[:n]))
			if n < 2 {
				continue
			}
		}
		out = append(out, Finding{Type: typ, Text: tt.text[s:e], Start: s, End: e, Evidence: "list-item", Score: 2})
	}
	return out
}

// placeSuffixEnd returns the length of the place name that rs begins
// with when an administrative suffix (村 镇 乡 社区 街道) ends it after two
// characters at least, 0 otherwise.
func placeSuffixEnd(rs []rune) int {
	for i := 2; i < len(rs); i++ {
		switch rs[i] {
		case '村', '镇', '乡':
			return i + 1
		case '社', '街':
			if i+1 < len(rs) && (rs[i] == '社' && rs[i+1] == '区' || rs[i] == '街' && rs[i+1] == '道') {
				return i + 2
			}
		}
	}
	return 0
}

// dropWordBeforePlace returns the start of the item [s, e) after its first
// word when that word is a verb or a word gojieba does not know (tag x) of
// two or more characters and the rest is a place of a stem and a kind word
// on its own (包保|东风村); otherwise s.
func dropWordBeforePlace(tt *tokText, s, e int) int {
	i := tt.runeAt(s)
	if i < 0 || i >= len(tt.runes) {
		return s
	}
	t := tt.toks[tt.tokOf[i]]
	if t.start != i || t.n() < 2 || t.end >= len(tt.runes) || tt.off[t.end] >= e {
		return s
	}
	switch t.pos {
	case "v", "vn", "vd", "x":
	default:
		return s
	}
	rest := []rune(tt.text[tt.off[t.end]:e])
	if m := placeSuffixEnd(rest); m == 0 || m != len(rest) || !allHan(string(rest)) {
		return s
	}
	return tt.off[t.end]
}

// nationalLead reports whether an item begins with a national term of
// two characters (全国, 中国, 国家).
func nationalLead(item string) bool {
	rs := []rune(item)
	return len(rs) > 2 && nationalTerms[string(rs[:2])]
}

// innerFindingEnds reports a finding that ends where the item [s, e) ends
// but starts inside it after ordinary dictionary words (指导|盐官镇): the
// item's own name, found without words that are no part of it. Characters
// or name words before it (大|梳村, 华佗|熬爷酱菜) are its head, not words.
func innerFindingEnds(tt *tokText, fs []Finding, s, e int) bool {
	for _, f := range fs {
		if f.End != e || f.Start <= s {
			continue
		}
		rs, rf := tt.runeAt(s), tt.runeAt(f.Start)
		if rs < 0 || rf < 0 {
			return false
		}
		for i := rs; i < rf; {
			t := tt.toks[tt.tokOf[i]]
			if t.start != i || t.end > rf || t.n() < 2 || !t.dictWord() {
				return false
			}
			switch t.pos {
			case "nr", "nrfg", "nrt", "ns", "nz", "nt", "j":
				return false
			}
			i = t.end
		}
		return true
	}
	return false
}

// listNumeral reports the numerals and 等 that end a list's last item.
func listNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '等':
		return true
	}
	return false
}

// cutMeasure returns the length of an item without a trailing measure
// (周冲路1公里 → 周冲路): a number and at most three characters of unit.
func cutMeasure(item string) int {
	i := indexDigit(item)
	if i <= 0 || runeLen(item[i:]) > 8 {
		return len(item)
	}
	j := i
	for j < len(item) && (item[j] >= '0' && item[j] <= '9' || item[j] == '.') {
		j++
	}
	if runeLen(item[j:]) > 3 || !allHan(item[:i]) || item[j:] != "" && !allHan(item[j:]) {
		return len(item)
	}
	return i
}

// nameLike reports whether the runes at byte offsets [s, e) can be a name
// of the type: not made only of ordinary dictionary words (土地复耕), and
// for people starting with a surname.
func nameLike(tt *tokText, s, e int, typ Type) bool {
	rs, re := tt.runeAt(s), tt.runeAt(e)
	if rs < 0 || re <= rs {
		return false
	}
	if typ == PERSON && surnameOf(tt.sub(rs, re)) == "" {
		return false
	}
	if typ != PERSON {
		// an item ending like an enterprise or a place (纪元|农庄)
		last := tt.toks[tt.tokOf[re-1]].word
		if suf, _ := orgSuffix(last); suf != "" || brandIndustry[last] {
			return true
		}
		if typ == LOCATION && (last == "社区" || last == "街道" || last == "村" || last == "镇" || last == "乡") && re-rs >= 3 {
			return true // 三友|社区: a place whatever its name reads as
		}
	}
	for i := rs; i < re; i++ {
		t := tt.toks[tt.tokOf[i]]
		if t.n() == 1 || !t.dictWord() || t.pos == "nr" || t.pos == "nrfg" || t.pos == "nrt" || t.pos == "ns" && (plausiblePlaceWord(t.word) || t.start == rs && t.end == re && !getLexicon().common[t.word]) || t.pos == "nz" {
			return true
		}
	}
	return false
}

// listItem is the byte range of one item of an enumeration.
type listItem struct{ s, e int }

// splitList splits a text at enumeration separators: 、 and runs of two or
// more spaces (member lists: 张三  李四).
func splitList(text string, base int) []listItem {
	var items []listItem
	start := 0
	i := 0
	for i < len(text) {
		if b := text[i]; b != 0xE3 && b != ' ' && b != '\t' {
			if b&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				i += 3 // a character of three bytes: its continuation bytes are neither either (speed9a)
				continue
			}
			i++ // neither 、 nor a space (、 and 　 begin with 0xE3)
			continue
		}
		if strings.HasPrefix(text[i:], "、") {
			items = append(items, listItem{base + start, base + i})
			i += len("、")
			start = i
			continue
		}
		// a run of spaces
		j := i
		n := 0
		for j < len(text) {
			if text[j] == ' ' || text[j] == '\t' {
				j++
				n++
			} else if text[j] == 0xE3 && strings.HasPrefix(text[j:], "　") {
				j += len("　")
				n += 2
			} else {
				break
			}
		}
		if n >= 1 && i > 0 && j < len(text) {
			items = append(items, listItem{base + start, base + i})
			start = j
			i = j
			continue
		}
		if j > i {
			i = j
			continue
		}
		i++
	}
	items = append(items, listItem{base + start, base + len(text)})
	return items
}

var titleFirst = func() (b runeBits) {
	for w := range titleRefs {
		r, _ := firstRune(w)
		b.set(r)
	}
	return
}()

// startsFinding reports whether a finding starts at byte offset s.
func startsFinding(fs []Finding, s int) bool {
	for i := range fs {
		if fs[i].Start == s { // (no copy of each finding)
			return true
		}
	}
	return false
}

// titleRefList is titleRefs longest first, for prefix matching.
var titleRefList = func() []string {
	var out []string
	for w := range titleRefs {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}()
