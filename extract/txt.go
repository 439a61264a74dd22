package extract

import (
	"bytes"
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"

	"huibao/outline"
)

func init() { register(TXT, readTXT) }

// readTXT decodes plain text (UTF-8 with or without BOM, UTF-16 with or
// without BOM, GB18030/GBK, BIG5) and makes paragraphs of its lines. Text
// hard-wrapped at a fixed width, or wrapped inside blank-line separated
// blocks, is re-joined into paragraphs; a normal one-paragraph-per-line
// file is left as it is.
func readTXT(ctx context.Context, data []byte, opt Options) (*Document, error) {
	text, enc, err := decodeTextEnc(data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Engine: "txt/" + enc}
	for _, p := range joinWrapped(strings.Split(text, "\n")) {
		doc.Paragraphs = append(doc.Paragraphs, Paragraph{Text: p})
	}
	return doc, nil
}

// decodeText returns data as UTF-8 text, with line endings normalised to \n.
func decodeText(data []byte) (string, error) {
	s, _, err := decodeTextEnc(data)
	return s, err
}

// decodeTextEnc decodes data and names the encoding it found. Without a
// BOM and when the bytes are not UTF-8, GB18030 and BIG5 are both tried and
// the more plausible Chinese text wins (valid byte structure, then the share
// of common simplified and traditional characters): "decodes without error"
// alone accepts almost anything.
func decodeTextEnc(data []byte) (string, string, error) {
	var s, enc string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		s, enc = string(data[3:]), "utf-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		b, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", Errorf(CodeCorrupt, "invalid UTF-16 text")
		}
		s, enc = string(b), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		b, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", Errorf(CodeCorrupt, "invalid UTF-16 text")
		}
		s, enc = string(b), "utf-16be"
	default:
		if e := utf16NoBOM(data); e != "" {
			end := xunicode.LittleEndian
			if e == "utf-16be" {
				end = xunicode.BigEndian
			}
			b, err := xunicode.UTF16(end, xunicode.IgnoreBOM).NewDecoder().Bytes(data)
			if err != nil {
				return "", "", Errorf(CodeCorrupt, "invalid UTF-16 text")
			}
			s, enc = string(b), e
			break
		}
		if utf8.Valid(trimIncompleteRune(data)) {
			s, enc = string(data), "utf-8"
			break
		}
		var err error
		s, enc, err = decodeLegacyChinese(data)
		if err != nil {
			return "", "", err
		}
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ToValidUTF8(s, ""), enc, nil
}

// plausibleUTF16 decodes data as BOM-less UTF-16 and checks that the
// result is printable text.
func plausibleUTF16(data []byte) bool {
	e := utf16NoBOM(data)
	if e == "" {
		return false
	}
	end := xunicode.LittleEndian
	if e == "utf-16be" {
		end = xunicode.BigEndian
	}
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	b, err := xunicode.UTF16(end, xunicode.IgnoreBOM).NewDecoder().Bytes(data[:n&^1])
	if err != nil {
		return false
	}
	bad, total := 0, 0
	for _, r := range string(b) {
		total++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t') || (r >= 0xD800 && r <= 0xF8FF) {
			bad++
		}
	}
	return total > 0 && bad*50 <= total
}

// utf16NoBOM recognises UTF-16 without a byte-order mark: ASCII (line
// breaks, digits) has a zero in every other byte, and Chinese text decodes
// to common characters with no surrogate or control garbage.
func utf16NoBOM(data []byte) string {
	if len(data) < 4 || len(data)%2 != 0 {
		return ""
	}
	n := len(data)
	if n > 8192 {
		n = 8192
	}
	even, odd := 0, 0
	for i := 0; i+1 < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs && even*20 < odd:
		return "utf-16le"
	case even*10 >= pairs && odd*20 < even:
		return "utf-16be"
	}
	if utf8.Valid(trimIncompleteRune(data[:n])) {
		return ""
	}
	for _, c := range []struct {
		name string
		end  xunicode.Endianness
	}{{"utf-16le", xunicode.LittleEndian}, {"utf-16be", xunicode.BigEndian}} {
		b, err := xunicode.UTF16(c.end, xunicode.IgnoreBOM).NewDecoder().Bytes(data[:n])
		if err != nil {
			continue
		}
		s := string(b)
		han := 0
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				han++
			}
		}
		if han*2 >= utf8.RuneCountInString(s) && textPlausibility(s) >= 0.45 {
			return c.name
		}
	}
	return ""
}

// decodeLegacyChinese picks GB18030 or BIG5 by plausibility.
func decodeLegacyChinese(data []byte) (string, string, error) {
	type cand struct {
		name string
		enc  encoding.Encoding
	}
	best, bestScore := "", -1.0
	bestName := ""
	for _, c := range []cand{{"gb18030", simplifiedchinese.GB18030}, {"big5", traditionalchinese.Big5}} {
		b, err := c.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		s := string(b)
		sc := textPlausibility(s)
		if sc > bestScore {
			best, bestScore, bestName = s, sc, c.name
		}
	}
	if bestScore < 0 {
		return "", "", Errorf(CodeCorrupt, "text is neither UTF-8, UTF-16, GB18030 nor BIG5")
	}
	return best, bestName, nil
}

// commonHanBoth holds frequent characters of Chinese prose in both scripts
// (the simplified set, then traditional forms that differ).
var commonHanBoth = func() map[rune]bool {
	const simplified = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研县镇乡村委会议报告工作推进落实全面加快企业项目服务建设改革创新产业人才经济社会发展年度提升完善推动实施开展积极完成增长亿万元"
	const traditional = "個們來這為會說時國對問學發動開關經過還種麼與長現樣點體進當後實從機將應業務區鄉縣報係議論義變讓黨員們傳東車門見書頭馬並幾內兩產無樣極對導層歷區單營總聯繫調權舉運設試計認識論質資產處據織組術標準備農營環線響頁顯風飛養"
	m := map[rune]bool{}
	for _, r := range simplified + traditional {
		m[r] = true
	}
	return m
}()

// plausibility scores decoded text: the share of Han characters that are
// common ones, minus a penalty for replacement and control characters.
func textPlausibility(s string) float64 {
	han, common, bad := 0, 0, 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t') || (r >= 0xE000 && r <= 0xF8FF):
			bad++
		case unicode.Is(unicode.Han, r):
			han++
			if commonHanBoth[r] {
				common++
			}
		}
	}
	if han == 0 {
		return 0.5 - float64(bad)
	}
	return float64(common)/float64(han) - 5*float64(bad)/float64(han)
}

// ---- re-joining wrapped lines ----

// displayWidth counts East Asian wide characters as two columns.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFF60) || (r >= 0xFFE0 && r <= 0xFFE6) || (r >= 0x2E80 && r <= 0x9FFF) || (r >= 0xAC00 && r <= 0xD7A3)) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// joinWrapped turns the lines of a text file into paragraphs.
//
// A file is hard-wrapped when many lines share the same (maximal) display
// width: then a line that reaches that width continues into the next one,
// unless the next line is indented, blank or opens with a heading marker.
// A file whose paragraphs are separated by blank lines, with lines inside a
// block that mostly do not end a sentence, has its blocks joined. Anything
// else keeps one paragraph per line.
func joinWrapped(lines []string) []string {
	for i := range lines {
		lines[i] = strings.TrimRightFunc(lines[i], unicode.IsSpace)
	}
	// Wrapping tools count columns (a CJK character is two) or characters.
	for _, measure := range []func(string) int{displayWidth, utf8.RuneCountInString} {
		if w := wrapWidth(lines, measure); w > 0 {
			return joinAtWidth(lines, w, measure)
		}
	}
	if blockWrapped(lines) {
		return joinBlocks(lines)
	}
	var out []string
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// wrapWidth returns the width a file is hard-wrapped at, or 0.
func wrapWidth(lines []string, measure func(string) int) int {
	hist := map[int]int{}
	n := 0
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		n++
		hist[measure(l)]++
	}
	if n < 4 {
		return 0
	}
	maxW := 0
	for w := range hist {
		if w > maxW {
			maxW = w
		}
	}
	if maxW < 20 || maxW > 400 {
		return 0
	}
	// Lines at the maximal width, allowing one column of slack for a wide
	// character that did not fit.
	full := hist[maxW] + hist[maxW-1]
	if full < 3 || full*100 < n*30 {
		return 0
	}
	// Full lines must mostly not end a sentence: that is what wrapping does.
	open := 0
	for _, l := range lines {
		if w := measure(l); w >= maxW-1 && !endsSentence(l) {
			open++
		}
	}
	if open*2 < full {
		return 0
	}
	return maxW
}

func indented(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return r == ' ' || r == '\t' || r == '\u3000'
}

// startsParagraph decides whether line l of a hard-wrapped file opens a
// paragraph: it is indented, or it is a whole heading, or (in files that
// do not indent paragraphs) it opens with a heading-level marker. Inline
// markers (一是, 第一，) are not enough: wrapping often puts them first.
func startsParagraph(l string, indents bool) bool {
	if l == "" || indented(l) {
		return true
	}
	t := strings.TrimSpace(l)
	if outline.IsHeading(t) {
		return true
	}
	if !indents {
		if m, ok := outline.Parse(t); ok && m.Level <= 5 {
			return true
		}
	}
	return false
}

func joinAtWidth(lines []string, width int, measure func(string) int) []string {
	var out []string
	var cur strings.Builder
	curFull := false
	nIndented := 0
	for _, l := range lines {
		if indented(l) && strings.TrimSpace(l) != "" {
			nIndented++
		}
	}
	indents := nIndented >= 2
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			curFull = false
			continue
		}
		if cur.Len() > 0 && (!curFull || startsParagraph(l, indents)) {
			flush()
		}
		appendJoined(&cur, t)
		w := measure(l)
		curFull = w >= width-1 && !outline.IsHeading(t)
		// Latin text wraps at spaces: the line is full when the next
		// line's first word would not have fitted.
		if !curFull && i+1 < len(lines) && !endsSentence(t) {
			next := strings.TrimSpace(lines[i+1])
			if word := leadingLatinWord(next); word != "" && w+1+measure(word) > width {
				curFull = true
			}
		}
	}
	flush()
	return out
}

func leadingLatinWord(s string) string {
	for i, r := range s {
		if r >= 0x80 || r == ' ' {
			return s[:i]
		}
	}
	return s
}

// blockWrapped reports whether paragraphs are blank-line separated blocks
// whose inner line breaks fall mid-sentence.
func blockWrapped(lines []string) bool {
	blocks, multi, inner, open := 0, 0, 0, 0
	size := 0
	for i := 0; i <= len(lines); i++ {
		if i == len(lines) || strings.TrimSpace(lines[i]) == "" {
			if size > 0 {
				blocks++
				if size > 1 {
					multi++
				}
			}
			size = 0
			continue
		}
		size++
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			inner++
			if !endsSentence(lines[i]) && !outline.IsHeading(strings.TrimSpace(lines[i])) {
				open++
			}
		}
	}
	return blocks >= 2 && multi*2 >= blocks && inner > 0 && open*10 >= inner*8
}

func joinBlocks(lines []string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			flush()
			continue
		}
		if cur.Len() > 0 && outline.IsHeading(t) {
			flush()
		}
		appendJoined(&cur, t)
		if outline.IsHeading(t) {
			flush()
		}
	}
	flush()
	return out
}

// appendJoined appends a wrapped line: CJK text joins with no space, Latin
// words with one.
func appendJoined(b *strings.Builder, t string) {
	if b.Len() > 0 {
		prev, _ := utf8.DecodeLastRuneInString(b.String())
		next, _ := utf8.DecodeRuneInString(t)
		// A decimal point wrapped before its digits ("6.\n7%") takes none.
		if isLatinish(prev) && next < 0x80 && (unicode.IsLetter(next) || unicode.IsDigit(next) && prev != '.') {
			b.WriteByte(' ')
		}
	}
	b.WriteString(t)
}

func isLatinish(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || strings.ContainsRune(",.;:!?", r))
}
