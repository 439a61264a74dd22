package anonymize

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"huibao/segment"
)

// tokText is one text prepared for the recognizers: its runes, the byte
// offset of each rune, and the gojieba token covering each rune.
type tokText struct {
	text  string
	runes []rune
	off   []int // off[i] = byte offset of rune i; off[len(runes)] = len(text)
	toks  []tok
	tokOf []int // rune index → token index
	// tokFirst[k] and tokLast[k] are firstRuneOf and lastRune of token
	// k's word, decoded once for the rules that test them at every token
	// (startMay, endMay)
	tokFirst, tokLast []rune
	b2r               []int32 // newTokText's byte offset → rune index table
	invalid           bool    // the text is not valid UTF-8
	// runeCls has the bits of the character classes the text holds
	// (speed7b.go)
	runeCls charClass
	// pos[c] has bit i set when rune i is in the class of bit c of
	// posClasses (speed7b.go, nextAt)
	pos [32][]uint64
	// posDirty and posDirtyCls bound the words of pos that may be
	// non-zero, kept across the texts a pooled tokText serves: below
	// posDirty, in the sets of the classes of posDirtyCls; everywhere
	// else the sets are zero (speed12.go, clearPos)
	posDirty    int
	posDirtyCls uint32
	// sig has bit r&1023 set for every character r of the text, for
	// mayContain
	sig [16]uint64
	// trig has the bits of the trigger characters the text holds
	// (speed6.go): the upper half of runeCls (speed9a.go), kept for the
	// rules that read it
	trig uint32
	// ptok holds the person classes of each token (speed7a.go), built on
	// first use
	ptok []uint8
	// pcls has the person-rule character classes the text holds and
	// ptAny the union of ptok, each built on first use (speed9b.go)
	pcls  personCls
	ptAny uint8
	// ppos holds, for a text of up to 512 characters without characters
	// above the Basic Multilingual Plane, the positions where five person
	// rules may fire (speed9b.go, with pcls)
	ppos [5][8]uint64
	// ptset has bit k set for token k of up to 512 whose person classes
	// hold any class, when ptSet (speed9b.go, fillPersonToks)
	ptset [8]uint64
	ptSet bool
	// pwset has, when ptSet, the tokens where seven person rules may
	// fire (speed9b.go, pwLead …)
	pwset [7][8]uint64
	// placeAt has bit i set where a gazetteer full form may begin
	// (speed9a.go, nextPlaceStart), built on first use when placeAtOK
	// is false
	placeAt   []uint64
	placeAtOK bool
	// featEnd holds featureEnd22's answer at each rune, plus one (0: not
	// yet asked), for the features15 gazetteer (speed26.go)
	featEnd []int32
	// clauseAt holds the runes that open a clause (clauseStarts26), built
	// on first use when clauseOK is false
	clauseAt []int32
	clauseOK bool
	// sigMemo holds sigAny28's answers for this text: bit i set when
	// list i was asked, bit i+8 its answer (speed28.go)
	sigMemo uint16
	// lastAt holds the runes that end a word of some kindsByLast21 table
	// with the tables' bits (lastHits30), built on first use when lastOK
	// is false (speed30.go)
	lastAt []lastHit30
	lastOK bool
}

// tok is a gojieba token in rune positions.
type tok struct {
	word       string
	pos        string
	start, end int // rune positions, end exclusive
}

func (t tok) n() int { return t.end - t.start }

// dictWord reports whether gojieba knew the token as a word of its
// dictionary (HMM-made words are tagged x, digits and latin eng/m).
func (t tok) dictWord() bool { return t.pos != "x" && t.pos != "eng" && t.pos != "m" }

// weak reports whether the token may be part of a name it does not span:
// a single character, a word gojieba made up (x), or a name-tagged word.
func (t tok) weak() bool {
	return t.n() == 1 || t.pos == "x" || t.pos == "nr" || t.pos == "nrfg" || t.pos == "nrt"
}

// tokTextPool recycles the buffers of the tokTexts of a document once
// Analyze is done with them (release): a report's texts need about 70
// bytes of them per character, which the garbage collector would
// otherwise trace and clear again for every document.
var tokTextPool = sync.Pool{New: func() any { return new(tokText) }}

// release hands tt's buffers back for reuse; tt must not be used after.
func (tt *tokText) release() {
	if tt == nil || cap(tt.off) == 0 {
		return
	}
	tt.reset()
	tokTextPool.Put(tt)
}

// reset empties tt for newTokText, keeping its buffers.
func (tt *tokText) reset() {
	// (ptok kept too, speed16b: fillPersonToks and personToks write every
	// token's entry before any is read, and a fresh text's length 0 tells
	// them the classes are not yet computed)
	//
	// Only the fields newTokText does not set are reset, each to what a
	// new tokText holds (speed17b: assigning a whole tokText literal
	// cleared and copied its 2 KB, position and person sets among them,
	// at every text). newTokText sets text, the slices' lengths, invalid,
	// sig, trig, runeCls and the position sets; personClasses clears ppos
	// and fillPersonToks ptset and pwset before they write them, and
	// nothing reads those without pcls or ptSet, reset here, saying they
	// are built.
	tt.text = ""
	tt.runes, tt.off, tt.toks, tt.tokOf = tt.runes[:0], tt.off[:0], tt.toks[:0], tt.tokOf[:0]
	tt.tokFirst, tt.tokLast, tt.b2r, tt.ptok = tt.tokFirst[:0], tt.tokLast[:0], tt.b2r[:0], tt.ptok[:0]
	tt.invalid = false
	tt.runeCls, tt.trig = 0, 0
	tt.sig = [16]uint64{}
	tt.pcls, tt.ptAny, tt.ptSet = 0, 0, false
	tt.placeAt, tt.placeAtOK = tt.placeAt[:0], false
	tt.featEnd = tt.featEnd[:0]
	tt.clauseAt, tt.clauseOK = tt.clauseAt[:0], false
	tt.sigMemo = 0
	tt.lastAt, tt.lastOK = tt.lastAt[:0], false
}

// reuse returns s emptied, or a new slice of capacity n when s is shorter.
func reuse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

func newTokText(seg *segment.Segmenter, text string) *tokText {
	tt := tokTextPool.Get().(*tokText)
	tt.text = text
	tt.runes = reuse(tt.runes, len(text)/3+1)
	tt.off = reuse(tt.off, len(text)/3+2)
	// byteToRune(b) below is the first rune at or after byte b (the lower
	// bound of b in off), from a table of every byte offset, filled on
	// the way
	tt.b2r = reuse(tt.b2r, len(text)+1)[:len(text)+1]
	b2r := tt.b2r
	// for i, r := range text, with the three-byte characters of Chinese
	// text decoded inline, noting on the way whether text is valid UTF-8
	// (utf8.ValidString) instead of a second pass, and the character
	// signature and the character classes, trigger characters among
	// them (runeSig, charClassTab, trigMask)
	valid := true
	var sig [16]uint64
	var rc charClass
	rct, rcr := charClassTab(), classRankTab() // (speed12.go: rcr, charClassTab in the first-level cache)
	tt.clearPos(len(text))
	for i := 0; i < len(text); {
		c := text[i]
		k := int32(len(tt.runes))
		if c < utf8.RuneSelf {
			tt.runes = append(tt.runes, rune(c))
			tt.off = append(tt.off, i)
			b2r[i] = k
			sig[c>>6&15] |= 1 << (c & 63)
			if m := rcr.of(uint16(c)); m != 0 {
				rc |= m
				tt.markPos(m, int(k))
			}
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				tt.runes = append(tt.runes, r)
				tt.off = append(tt.off, i)
				b := b2r[i : i+3 : i+3]
				b[0], b[1], b[2] = k, k+1, k+1
				sig[r>>6&15] |= 1 << (uint32(r) & 63)
				if m := rcr.of(uint16(r)); m != 0 {
					rc |= m
					if m&posClasses != 0 {
						tt.markPos(m, int(k))
					}
				}
				i += 3
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && w == 1 {
			valid = false
		}
		tt.runes = append(tt.runes, r)
		tt.off = append(tt.off, i)
		b2r[i] = k
		for j := i + 1; j < i+w; j++ {
			b2r[j] = k + 1
		}
		sig[r>>6&15] |= 1 << (uint32(r) & 63)
		m := charClassOf(rct, r)
		rc |= m
		tt.markPos(m, int(k))
		i += w
	}
	tt.off = append(tt.off, len(text))
	b2r[len(text)] = int32(len(tt.runes))
	tt.invalid = !valid
	tt.sig = sig
	tt.trig = uint32(rc>>32) & trigBits // the trigger classes (speed9a.go)
	tt.runeCls = rc
	tt.posDirtyCls |= uint32(rc & posClasses) // (markPos wrote below the last rune's word)
	tt.posDirty = max(tt.posDirty, len(tt.runes)/64+1)
	tt.tokOf = reuse(tt.tokOf, len(tt.runes))[:len(tt.runes)]
	tt.toks = tt.toks[:0]
	if seg == nil || !valid {
		// One token per rune: recognizers still run, with less context.
		for i, r := range tt.runes {
			tt.toks = append(tt.toks, tok{word: string(r), pos: "x", start: i, end: i + 1})
			tt.tokOf[i] = i
		}
		tt.tokEdges()
		return tt
	}
	byteToRune := func(b int) int {
		switch {
		case b <= 0:
			return 0
		case b >= len(b2r):
			return len(tt.off) - 1
		}
		return int(b2r[b])
	}
	next := 0
	tags := seg.Tag(text)
	tt.toks = reuse(tt.toks, len(tags)+4)
	for _, st := range tags {
		s, e := byteToRune(st.Start), byteToRune(st.End)
		if s < next {
			s = next
		}
		if e <= s {
			continue
		}
		// fill any gap the tagger skipped
		for ; next < s; next++ {
			tt.toks = append(tt.toks, tok{word: string(tt.runes[next]), pos: "x", start: next, end: next + 1})
			tt.tokOf[next] = len(tt.toks) - 1
		}
		if st.POS == "x" && e-s >= 3 && e-s <= 5 && s > 0 && gluedPlaceSuffix(tt.runes[s]) && isHan(tt.runes[s-1]) && !clauseBreak(tt.runes[s-1]) && allHanRunes(tt.runes[s:e]) {
			// a made-up word that begins with the previous place's
			// suffix (阳坡|村加牙|藏毯, 百合|乡念井村): the suffix is a word of
			// its own, and the rest is the next name
			tt.toks = append(tt.toks, tok{word: string(tt.runes[s]), pos: "n", start: s, end: s + 1})
			tt.tokOf[s] = len(tt.toks) - 1
			next, s = s+1, s+1
			st.Word = string(tt.runes[s:e])
		}
		if e-s == 2 && mayStart(&landmarkLocativesFirst, st.Word) && landmarkLocatives[st.Word] && len(tt.toks) > 0 {
			// a lake's or mountain's suffix that gojieba joined to the
			// locative after it (晚霞|湖畔, 仇池|山下): the suffix ends the
			// name before it, when that is no ordinary word
			if p := tt.toks[len(tt.toks)-1]; p.end == s && p.n() >= 2 && p.n() <= 3 && allHanRunes(tt.runes[p.start:p.end]) && !getLexicon().common[p.word] {
				switch p.pos {
				case "n", "nz", "ns", "nr", "nrfg", "x":
					tt.toks = append(tt.toks, tok{word: string(tt.runes[s]), pos: "n", start: s, end: s + 1})
					tt.tokOf[s] = len(tt.toks) - 1
					next, s = s+1, s+1
					st.Word, st.POS = string(tt.runes[s]), "f"
				}
			}
		}
		tt.toks = append(tt.toks, tok{word: st.Word, pos: st.POS, start: s, end: e})
		for i := s; i < e; i++ {
			tt.tokOf[i] = len(tt.toks) - 1
		}
		next = e
	}
	for ; next < len(tt.runes); next++ {
		tt.toks = append(tt.toks, tok{word: string(tt.runes[next]), pos: "x", start: next, end: next + 1})
		tt.tokOf[next] = len(tt.toks) - 1
	}
	tt.tokEdges()
	return tt
}

// runeAt returns the index of the rune starting at byte offset b, or -1.
func (tt *tokText) runeAt(b int) int {
	if len(tt.b2r) == len(tt.text)+1 && b >= 0 && b < len(tt.b2r) {
		// newTokText's table of this text: the first rune at or after b
		if i := int(tt.b2r[b]); i < len(tt.off) && tt.off[i] == b {
			return i
		}
		return -1
	}
	i := sort.SearchInts(tt.off, b)
	if i < len(tt.off) && tt.off[i] == b {
		return i
	}
	return -1
}

// sub returns the text of runes [s, e).
func (tt *tokText) sub(s, e int) string { return tt.text[tt.off[s]:tt.off[e]] }

// tokStart reports whether a token starts at rune i.
func (tt *tokText) tokStart(i int) bool {
	return i >= len(tt.runes) || i == 0 || tt.toks[tt.tokOf[i]].start == i
}

// tokEnd reports whether a token ends just before rune i.
func (tt *tokText) tokEnd(i int) bool {
	return i >= len(tt.runes) || i == 0 || tt.toks[tt.tokOf[i]].start == i
}

// tokenBefore returns the token ending at rune i, or nil.
func (tt *tokText) tokenBefore(i int) *tok {
	if i <= 0 || i > len(tt.runes) {
		return nil
	}
	return &tt.toks[tt.tokOf[i-1]]
}

// tokenAt returns the token starting at rune i, or nil.
func (tt *tokText) tokenAt(i int) *tok {
	if i < 0 || i >= len(tt.runes) {
		return nil
	}
	return &tt.toks[tt.tokOf[i]]
}

// isHan reports whether r is a Han character, like unicode.Is(unicode.Han,
// r): one bit test (the recognizers ask at nearly every character), small
// enough for the compiler to inline.
func isHan(r rune) bool {
	return uint32(r) < uint32(len(hanBits))*64 && hanBits[uint32(r)>>6]&(1<<(uint32(r)&63)) != 0
}

// hanBits is unicode.Han as a bit set, up to its last character (U+323AF
// in Unicode 15): 25 KB.
var hanBits = func() []uint64 {
	tab := unicode.Han
	top := rune(0)
	for _, rg := range tab.R16 {
		top = max(top, rune(rg.Hi))
	}
	for _, rg := range tab.R32 {
		top = max(top, rune(rg.Hi))
	}
	b := make([]uint64, top/64+1)
	for r := rune(0); r <= top; r++ {
		if unicode.Is(tab, r) {
			b[r>>6] |= 1 << (uint(r) & 63)
		}
	}
	return b
}()

// isMaskRune reports runes the genre and huibao use to mask text.
func isMaskRune(r rune) bool {
	switch r {
	case '×', 'Ｘ', '*', '＊', '〔', '〕', '某':
		return true
	}
	return false
}

// lastRune returns the last character of s, as
// utf8.DecodeLastRuneInString does, without a call for a character of
// three bytes (nearly every Chinese one).
func lastRune(s string) rune {
	if n := len(s); n >= 3 {
		t := s[n-3:] // one bounds check for the three bytes
		if c0, c1, c2 := t[0], t[1], t[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			// a lead byte E1–EC and two continuation bytes: always a
			// valid character (U+1000–U+CFFF, CJK among them)
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		}
	}
	return lastRuneSlow(s)
}

// lastRuneLen returns the length in bytes of the last character of s, as
// utf8.DecodeLastRuneInString does.
func lastRuneLen(s string) int {
	if n := len(s); n >= 3 && s[n-3]&0xF0 == 0xE0 && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		r := rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return 3
		}
	}
	_, n := utf8.DecodeLastRuneInString(s)
	return n
}

// firstRuneOf returns the first character of s, as utf8.DecodeRuneInString
// does, without a call for a character of three bytes.
func firstRuneOf(s string) rune {
	if len(s) >= 3 {
		if c0, c1, c2 := s[0], s[1], s[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F) // as in lastRune
		}
	}
	return firstRuneSlow(s)
}

// indexDigit is strings.IndexAny(s, "0123456789") without building the
// byte set on every call: the first ASCII digit's offset, or -1.
func indexDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return i
		}
	}
	return -1
}

// hasSpace reports whether s holds an ASCII or an ideographic space, like
// strings.ContainsAny(s, " 　") without decoding every rune.
func hasSpace(s string) bool {
	return strings.IndexByte(s, ' ') >= 0 || strings.Contains(s, "　")
}

// hasMaskRune reports whether s holds a masking character (×, Ｘ, *, ＊),
// like strings.ContainsAny(s, "×Ｘ*＊").
func hasMaskRune(s string) bool {
	return strings.IndexByte(s, '*') >= 0 || strings.Contains(s, "×") || strings.Contains(s, "Ｘ") || strings.Contains(s, "＊")
}

// clauseBreak reports whether r is clause punctuation, where an
// enumeration ends.
func clauseBreak(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '（', '）', '(', ')', '“', '”', '"', '《', '》':
		return true
	}
	return false
}

// gluedPlaceSuffix reports the one-character place suffixes gojieba glues
// to the following name when it cannot read that name (村新寨, 乡念井村).
func gluedPlaceSuffix(r rune) bool {
	switch r {
	case '村', '乡', '镇', '屯', '寨':
		return true
	}
	return false
}

func allHanRunes(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return len(rs) > 0
}

// landmarkLocatives are a landmark suffix and a locative read as one word
// (湖畔, 山下).
var landmarkLocatives = map[string]bool{"湖畔": true, "河畔": true, "江畔": true, "溪畔": true, "湖边": true, "河边": true, "江边": true, "山下": true, "山脚": true, "山顶": true, "山上": true, "山腰": true}

// lastRuneBits returns the set of the last characters of the words of m
// that end in the Basic Multilingual Plane: with mayEnd, one bit test
// before a map lookup that most words fail.
func lastRuneBits(m map[string]bool) (b runeBits) {
	for w := range m {
		b.set(lastRune(w))
	}
	return
}

// mayEnd reports whether w may be a word whose last character is in b
// (built by lastRuneBits): false only when w ends in a character of the
// Basic Multilingual Plane that is not in b.
func mayEnd(b *runeBits, w string) bool {
	if n := len(w); n >= 3 {
		t := w[n-3:]
		if c0, c1, c2 := t[0], t[1], t[2]; c0-0xE1 < 0x0C && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F) // as in lastRune
			return b[r>>6]&(1<<(r&63)) != 0
		}
	}
	r := lastRuneSlow(w)
	return r < 0 || r >= 1<<16 || b.has(r)
}

// runeMapBits returns the characters of the Basic Multilingual Plane that
// m holds as true, for mayHaveRune.
func runeMapBits(m map[rune]bool) (b runeBits) {
	for r, ok := range m {
		if ok {
			b.set(r)
		}
	}
	return
}

// mayHaveRune reports whether m (whose characters of the Basic
// Multilingual Plane b holds, built by runeMapBits) may hold r as true:
// false only when r is in that plane and not in b.
func mayHaveRune(b *runeBits, r rune) bool {
	return r < 0 || r >= 1<<16 || b.has(r)
}

// hasNameDotRune reports whether any of rs is a name dot (isNameDot).
func hasNameDotRune(rs []rune) bool {
	for _, r := range rs {
		if isNameDot(r) {
			return true
		}
	}
	return false
}

// firstSuffix returns the first word of ws that s ends with, or "".
func firstSuffix(s string, ws []string) string {
	for _, w := range ws {
		// strings.HasSuffix(s, w), its last byte compared first
		// (speed17b): the words of a list nearly all differ from s
		// there, and comparing the whole word is a call; the rules
		// ask these lists at many places (about 1.7 M instructions
		// per reports-dev pass)
		if n := len(w); n <= len(s) && (n == 0 || w[n-1] == s[len(s)-1]) && s[len(s)-n:] == w {
			return w
		}
	}
	return ""
}

// firstPrefix returns the first word of ws that s begins with, or "".
func firstPrefix(s string, ws []string) string {
	for _, w := range ws {
		// strings.HasPrefix(s, w), the third byte (a Chinese word's
		// first character's last) compared first (speed17b, as in
		// firstSuffix)
		if n := len(w); n <= len(s) && (n < 3 || w[2] == s[2]) && s[:n] == w {
			return w
		}
	}
	return ""
}
