package anonymize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

type entity struct {
	typ         Type
	label       string
	text        string
	placeholder string
	count       int
	paragraph   int
	evidence    string
	keep        [2]int // bytes of text that stay readable before and after the masked part (局长 of 王局长)
	// runeSig has bit r&63 set for every character r of text (set by
	// finish): edgePiece skips an entity whose signature lacks its edge
	// character's bit (speed16b)
	runeSig uint64
}

// Redaction is the set of entities found in one document and their
// replacements. Apply it to every string that leaves the pipeline.
type Redaction struct {
	style  Style
	policy *Policy
	index  map[string]*entity
	order  []*entity
	// the entities starting with byte b, longest first, are
	// lists[first[b]-1] (first[b] 0: none; see byFirst): Apply replaces
	// the leftmost-longest match
	first [256]uint16
	lists [][]*entity
	// starts holds the first two bytes of the entities (bit startBit(b0,
	// b1), which keeps the low bits of each: exact for UTF-8 lead and
	// continuation byte pairs, a false alarm at worst otherwise), and single
	// the first byte of the one-byte ones: scan skips every other position
	// with one bit test
	starts [1 << 11 / 64]uint64
	single [256 / 64]uint64
	// contStart: an entity begins with a UTF-8 continuation byte, so scan
	// must try every byte
	contStart bool
	// cjk: the entities of a finished redaction by their first character
	// of three bytes (speed6.go), when every entity is valid UTF-8
	cjk cjkStarts
	// addOrder is order as it stood before finish sorted it (the order
	// the entities were added in), for edgePiece (speed16b: it replaces a
	// table of the entities by character that every document paid for);
	// Apply only reads it
	addOrder []*entity
	// texts are the document's texts: an edge piece of an entity is masked
	// only in a fragment actually cut from inside that entity in one of them
	texts []string
	// lastPlace is the place added last: the short form the document
	// adds right after it is that place's (see ordinaryShortForm)
	lastPlace string
	// hits holds what finish's scan found in each of the document's
	// texts, so that Apply of such a text reuses it instead of scanning
	// the text a second time (speed8.go)
	hits map[string][]scanHit
}

func newRedaction(style Style, policy *Policy) *Redaction {
	return &Redaction{style: style, policy: policy, index: map[string]*entity{}}
}

func (r *Redaction) add(f Finding, para int) {
	if f.Text == "" || r.policy.allowed(f.Text) || r.ordinaryShortForm(f) {
		return
	}
	if f.Type == LOCATION && f.Evidence != "short-form-of-place" {
		r.lastPlace = f.Text
	}
	if e, ok := r.index[f.Text]; ok {
		if e.paragraph == -1 && para >= 0 {
			e.paragraph = para
		}
		return
	}
	e := &entity{typ: f.Type, label: f.label, text: f.Text, paragraph: para, evidence: f.Evidence, keep: readableContext(f)}
	r.index[f.Text] = e
	r.order = append(r.order, e)
}

// finish numbers the entities, writes their placeholders and counts their
// occurrences in the document's texts.
func (r *Redaction) finish(texts []string) {
	r.texts = texts
	r.addOrder = append(make([]*entity, 0, len(r.order)+1), r.order...) // (never nil once finished)
	for _, e := range r.order {
		e.runeSig = 0
		for _, x := range e.text {
			e.runeSig |= 1 << (uint32(x) & 63)
		}
		b := e.text[0]
		if b&0xC0 == 0x80 {
			r.contStart = true // (only from text that is not valid UTF-8)
		}
		if r.first[b] == 0 {
			r.lists = append(r.lists, nil)
			r.first[b] = uint16(len(r.lists))
		}
		r.lists[r.first[b]-1] = append(r.lists[r.first[b]-1], e)
		if len(e.text) >= 2 {
			p := startBit(e.text[0], e.text[1])
			r.starts[p>>6] |= 1 << (p & 63)
		} else {
			r.single[e.text[0]>>6] |= 1 << (e.text[0] & 63)
		}
	}
	// (slices.SortStableFunc: the same order as sort.SliceStable, which a
	// stable sort's comparison alone decides, without its reflection)
	for _, es := range r.lists {
		slices.SortStableFunc(es, func(a, b *entity) int { return len(b.text) - len(a.text) })
	}
	r.cjk.build(r)
	r.hits = make(map[string][]scanHit, len(texts))
	var hs []scanHit // one backing array for the texts' hits
	for _, t := range texts {
		from := len(hs)
		r.scan(t, func(e *entity, start, end int) {
			e.count++
			hs = append(hs, scanHit{e, start, end})
		})
		r.hits[t] = hs[from:len(hs):len(hs)]
	}
	// Number the entities that occur first, in order of appearance; short
	// forms that never occur get the numbers after them.
	slices.SortStableFunc(r.order, func(a, b *entity) int {
		switch {
		case a.count > 0 && b.count == 0:
			return -1
		case a.count == 0 && b.count > 0:
			return 1
		}
		return 0
	})
	for i, e := range r.order {
		e.placeholder = r.policy.styleFor(e.typ, r.style).replace(e, i+1)
	}
}

// scan calls fn for every leftmost-longest entity occurrence in s.
func (r *Redaction) scan(s string, fn func(e *entity, start, end int)) {
	// next is the position after a miss at i: i+1, and when no entity
	// begins with a UTF-8 continuation byte, the continuation bytes after
	// it too (no match can start on one), so a Chinese character costs one
	// step, not three
	next := func(i int) int {
		i++
		if !r.contStart {
			for i < len(s) && s[i]&0xC0 == 0x80 {
				i++
			}
		}
		return i
	}
	for i := 0; i < len(s); {
		if r.cjk.ok {
			// a run of characters of three bytes (all of CJK): only
			// entities beginning with the character can match
			// (speed6.go); the filter's bit of a character is its
			// last two bytes' low six bits
			for i+2 < len(s) {
				c0, c1, c2 := s[i], s[i+1], s[i+2]
				if c0-0xE1 >= 0x0C || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
					break
				}
				if r.cjk.filter[c1&63]&(1<<(c2&63)) == 0 {
					i += 3 // next(i): the character's continuation bytes too
					continue
				}
				var hit *entity
				for _, e := range r.byFirst(c0) { // (longest first; only those beginning with this character can match: speed6.go)
					if strings.HasPrefix(s[i:], e.text) {
						hit = e
						break
					}
				}
				if hit == nil || conjCounty15(hit.text, s, i) || pairHalf21(hit, s, i) || kindWordHalf27(r, hit, s, i) || occurrence30(hit, s, i) || occurrence33(hit, s, i) || occurrence34(hit, s, i) || occurrence36(hit, s, i) || occurrence37(hit, s, i) || occurrence17a(r, hit, s, i) || occurrence16(hit, s, i) { // keep17a.go: “红岩|精神”, 夏尔巴|人聚居; tour16.go: 黄梅|戏; keep37.go: 高|标准 of 高|主任; keep36.go: 象棋|比赛; known15.go: 乡镇和县直部门 beside 和县; keep21.go: 金山银山; keep27.go: 哈密|瓜; keep30.go: 一江|三桥, 哈萨克|羊; keep33.go: 鄂伦春|族, 闽宁|协作; keep34.go: 南菜|北运
					i += 3
					continue
				}
				fn(hit, i, levelBeforeParty26(hit, s, i)) // keep26.go: 遂昌|县委政法委
				i += len(hit.text)
			}
			if i >= len(s) {
				break
			}
		}
		if r.single[s[i]>>6]&(1<<(s[i]&63)) == 0 {
			if i+1 >= len(s) {
				break // no entity of one byte starts here, none longer fits
			}
			if p := startBit(s[i], s[i+1]); r.starts[p>>6]&(1<<(p&63)) == 0 {
				i = next(i)
				continue
			}
		}
		es := r.byFirst(s[i])
		var hit *entity
		for _, e := range es {
			if strings.HasPrefix(s[i:], e.text) {
				hit = e
				break
			}
		}
		if hit == nil || conjCounty15(hit.text, s, i) || pairHalf21(hit, s, i) || kindWordHalf27(r, hit, s, i) || occurrence30(hit, s, i) || occurrence33(hit, s, i) || occurrence34(hit, s, i) || occurrence36(hit, s, i) || occurrence37(hit, s, i) || occurrence17a(r, hit, s, i) || occurrence16(hit, s, i) { // keep17a.go; tour16.go: 黄梅|戏; keep37.go, keep36.go, known15.go, keep21.go, keep27.go, keep30.go, keep33.go, keep34.go
			i = next(i)
			continue
		}
		fn(hit, i, levelBeforeParty26(hit, s, i)) // keep26.go
		i += len(hit.text)
	}
}

// byFirst returns the entities starting with byte b, longest first.
func (r *Redaction) byFirst(b byte) []*entity {
	if k := r.first[b]; k != 0 {
		return r.lists[k-1]
	}
	return nil
}

// startBit is the bit of Redaction.starts for an entity starting with
// bytes a, b.
func startBit(a, b byte) uint { return uint(a&0x1F)<<6 | uint(b&0x3F) }

// Apply replaces every entity of the document in s. A string cut out of a
// document text (a quantity's subject, a section title, evidence) may start
// inside an entity or end inside one: a readable piece of at least two
// characters at either edge that is the tail or head of an entity's masked
// part, where a document text holds the fragment joined to the rest of that
// entity, is replaced too, so a fragment never shows part of a name (while
// a paragraph that merely begins like a name's tail, 建国七十周年 beside
// 李建国, stays as it is).
func (r *Redaction) Apply(s string) string {
	if r == nil || len(r.order) == 0 || s == "" {
		return s
	}
	var b strings.Builder
	last := 0
	r.spans(s, func(e *entity, start, end int) {
		b.WriteString(s[last:start])
		b.WriteString(e.placeholder)
		last = end
	})
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// Span is one masked occurrence in a text, in byte offsets of the
// original text.
type Span struct {
	Type       Type
	Start, End int
}

// Spans lists the entity occurrences Apply would replace in s.
func (r *Redaction) Spans(s string) []Span {
	var out []Span
	if r == nil {
		return nil
	}
	r.spans(s, func(e *entity, start, end int) {
		out = append(out, Span{Type: e.typ, Start: start, End: end})
	})
	return out
}

// spans calls fn with the byte range of every masked part in s, in order:
// an entity's tail at the start of s, the whole occurrences, and an
// entity's head at the end of s.
func (r *Redaction) spans(s string, fn func(e *entity, start, end int)) {
	if r == nil || len(r.order) == 0 || s == "" {
		return
	}
	lead, le := r.edgePiece(s, true)
	if le != nil {
		fn(le, 0, lead)
	}
	after := lead
	if hs, ok := r.hits[s]; ok && lead == 0 {
		for _, h := range hs { // what scan(s) finds, found by finish
			fn(h.e, h.start+h.e.keep[0], h.end-h.e.keep[1])
			after = h.end
		}
	} else {
		r.scan(s[lead:], func(e *entity, start, end int) {
			fn(e, lead+start+e.keep[0], lead+end-e.keep[1])
			after = lead + end
		})
	}
	if trail, te := r.edgePiece(s[after:], false); te != nil && trail > 0 {
		fn(te, len(s)-trail, len(s))
	}
}

// cutFrom reports whether one of the document's texts contains whole, the
// fragment with the rest of the entity it was cut through.
func (r *Redaction) cutFrom(whole string) bool {
	for _, t := range r.texts {
		if strings.Contains(t, whole) {
			return true
		}
	}
	return false
}

// minEdgeRunes is the shortest edge piece of an entity that is masked: one
// character alone (县, 村, 公) is no readable part of a name.
const minEdgeRunes = 2

// edgePiece finds the longest proper tail (head false: head) of an entity's
// masked part that s starts with (ends with), of at least minEdgeRunes
// characters, and returns its length in bytes and the entity. For a tail,
// the entity's readable suffix (局长 of 王局长) must follow it; for a head
// the piece may only cover the masked part.
func (r *Redaction) edgePiece(s string, tail bool) (int, *entity) {
	best, hit := 0, (*entity)(nil)
	if s == "" {
		return best, hit
	}
	// A tail piece begins with s's first character and a head piece ends
	// with s's last: only the places in an entity's text holding that
	// character are tried (longest piece first, as before).
	var edge string
	if tail {
		_, n := utf8.DecodeRuneInString(s)
		edge = s[:n]
	} else {
		_, n := utf8.DecodeLastRuneInString(s)
		edge = s[len(s)-n:]
	}
	es, sig, filtered := r.order, uint64(0), false
	if c, ok := r.edgeInAddOrder(edge); ok {
		// the entities in the order they were added, as the table of
		// the entities holding edge listed them (speed5.go), skipping
		// those whose character signature lacks edge: they hold no
		// occurrence of it, and would find none below
		es, sig, filtered = r.addOrder, 1<<(uint32(c)&63), true
	}
	for _, e := range es {
		if filtered && e.runeSig&sig == 0 {
			continue
		}
		core := e.text[e.keep[0] : len(e.text)-e.keep[1]]
		if tail {
			suffix := e.text[len(e.text)-e.keep[1]:]
			for from := 1; from < len(core); {
				k := strings.Index(core[from:], edge)
				if k < 0 {
					break
				}
				j := from + k
				from = j + len(edge)
				if !utf8.RuneStart(core[j]) {
					continue
				}
				piece := core[j:]
				if len(piece) <= best || utf8.RuneCountInString(piece) < minEdgeRunes {
					break
				}
				if strings.HasPrefix(s, piece+suffix) && r.cutFrom(e.text[:len(e.text)-len(piece)-len(suffix)]+s) {
					best, hit = len(piece), e
					break
				}
			}
			continue
		}
		if e.keep[0] > 0 {
			continue // a head would start with the readable title
		}
		// core[:j] for the j below len(core) (a proper head) at which an
		// occurrence of edge ends, longest first
		for limit := len(core); limit > 0; {
			k := strings.LastIndex(core[:limit], edge)
			if k < 0 {
				break
			}
			j := k + len(edge)
			limit = k
			if j == len(core) {
				continue // the whole masked part is scan's business
			}
			if j <= best {
				break
			}
			piece := core[:j]
			if len(piece) == len(e.text) || utf8.RuneCountInString(piece) < minEdgeRunes {
				break
			}
			if strings.HasSuffix(s, piece) && r.cutFrom(s+e.text[len(piece):]) {
				best, hit = len(piece), e
				break
			}
		}
	}
	return best, hit
}

// Entities lists the masked entities with their placeholders and how often
// each occurs in the document; never their text.
func (r *Redaction) Entities() []EntityCount {
	out := make([]EntityCount, 0, len(r.order))
	for _, e := range r.order {
		if e.count == 0 {
			continue
		}
		out = append(out, EntityCount{Type: e.typ, Placeholder: e.placeholder, Count: e.count})
	}
	return out
}

// Audit lists the masked entities with their original text and the
// evidence that fired, for the owner's review.
func (r *Redaction) Audit() []AuditEntry {
	out := make([]AuditEntry, 0, len(r.order))
	for _, e := range r.order {
		if e.count == 0 {
			continue
		}
		out = append(out, AuditEntry{Type: e.typ, Text: e.text, Placeholder: e.placeholder, Paragraph: e.paragraph, Evidence: e.evidence})
	}
	return out
}

// ordinaryShortForm reports the short form of a township that is an
// ordinary word (公平 of 公平镇, 平安 of 平安镇), added right after the town
// itself: masked everywhere in the document it would take 公平正义 and
// 平安建设 with it, while the full name, which is masked, is how reports
// write such a town. A county's short form stays masked however ordinary
// (互助 of 互助土族自治县): reports write it so. Nor is a village's or
// community's stem masked alone when it is a word of the genre (柑橘 of
// 柑橘村).
func (r *Redaction) ordinaryShortForm(f Finding) bool {
	if f.Type == LOCATION && f.Evidence == "short-form-of-village" && genreWords[f.Text] {
		return true // 柑橘 of 柑橘村: the crop stays readable where it stands alone
	}
	if f.Type != LOCATION || f.Evidence != "short-form-of-place" || shortPlace(r.lastPlace) != f.Text {
		return false
	}
	l := getLexicon()
	return l.common[f.Text] && l.places[r.lastPlace] >= 4
}
