package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"huibao/extract/internal/pdf"
	"huibao/outline"
)

// sentenceEnd lists the characters after which a short line ends a
// paragraph even when it is only a little short.
const sentenceEnd = "。！？；：”!?;:」』"

// layoutMetrics are the document's body-text geometry.
type layoutMetrics struct {
	left, right float64 // body margins
	em          float64 // body font size
	pitch       float64 // usual distance between baselines
}

func measure(lines []pdfLine) layoutMetrics {
	var m layoutMetrics
	if len(lines) == 0 {
		return m
	}
	var sizes, x0s, x1s, pitches []float64
	for i, l := range lines {
		sizes = append(sizes, l.size)
		if n := len([]rune(l.text)); n >= 8 {
			x1s = append(x1s, l.x1)
		}
		x0s = append(x0s, math.Round(l.x0))
		if i > 0 && lines[i-1].page == l.page {
			d := lines[i-1].y - l.y
			if d > 0 && d < 4*l.size {
				pitches = append(pitches, d)
			}
		}
	}
	m.em = median(sizes)
	m.pitch = median(pitches)
	if m.pitch <= 0 {
		m.pitch = 1.5 * m.em
	}
	// left margin: the leftmost line start shared by a fair number of
	// lines (rounded to 2 pt). The most common start can be the first-line
	// indent when most paragraphs are one line long.
	counts := map[float64]int{}
	for _, x := range x0s {
		counts[math.Round(x/2)*2]++
	}
	need := max(2, len(x0s)/10)
	best, bestN := math.Inf(1), 0
	for k, n := range counts {
		if n > bestN {
			bestN = n
		}
		if n >= need && k < best {
			best = k
		}
	}
	if math.IsInf(best, 1) {
		for k, n := range counts {
			if n == bestN && k < best {
				best = k
			}
		}
	}
	m.left = best
	if len(x1s) == 0 {
		for _, l := range lines {
			x1s = append(x1s, l.x1)
		}
	}
	sort.Float64s(x1s)
	m.right = x1s[int(0.9*float64(len(x1s)-1))]
	return m
}

// layoutGroups sorts the pages into groups that share one geometry (body
// type size and margins) and measures each group on its own.
// A file merged from reports laid out differently (pdfunite, a scan
// appended to a typed report) would otherwise judge every part's line ends
// by the margins of the whole. It returns each line's group and the
// groups' metrics; a line is judged by the metrics of its own group.
func layoutGroups(lines []pdfLine) ([]int, []layoutMetrics) {
	group := make([]int, len(lines))
	const minLines = 8
	var refs []layoutMetrics
	cur := 0
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].page == lines[i].page {
			j++
		}
		pm := measure(lines[i:j])
		// A page of a few lines is judged by its type size alone (its
		// margins say little) and stays in the current group when the
		// size agrees; a full page is judged by size and margins.
		like := func(r layoutMetrics) bool {
			if j-i >= minLines {
				return sameGeometry(r, pm)
			}
			return sameSize(r, pm)
		}
		if len(refs) == 0 || !like(refs[cur]) {
			found := false
			// a page like an earlier group (the body after a table
			// page) joins that group
			for k := range refs {
				if like(refs[k]) {
					cur, found = k, true
					break
				}
			}
			if !found {
				refs = append(refs, pm)
				cur = len(refs) - 1
			}
		}
		for k := i; k < j; k++ {
			group[k] = cur
		}
		i = j
	}
	n := max(len(refs), 1)
	byGroup := make([][]pdfLine, n)
	for i, l := range lines {
		byGroup[group[i]] = append(byGroup[group[i]], l)
	}
	ms := make([]layoutMetrics, n)
	for g := range ms {
		ms[g] = measure(byGroup[g])
	}
	return group, ms
}

// sameGeometry reports whether two pages' body text shares a type size
// and margins (within a few characters).
func sameGeometry(a, b layoutMetrics) bool {
	em := math.Max(math.Max(a.em, b.em), 1)
	return sameSize(a, b) && math.Abs(a.left-b.left) <= 3*em && math.Abs(a.right-b.right) <= 3*em
}

// sameSize reports whether two pages' body type sizes agree within 20%.
func sameSize(a, b layoutMetrics) bool {
	return math.Abs(a.em-b.em) <= 0.2*math.Max(math.Max(a.em, b.em), 1)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	return c[len(c)/2]
}

// isHeadingLine reports whether a line reads as a numbered heading.
func isHeadingLine(s string) bool { return outline.IsHeading(s) }

// startsSection reports whether a line opens with a numbering marker of
// heading rank (一、 （一） 1. （1） ①).
func startsSection(s string) bool {
	m, ok := outline.Parse(s)
	return ok && m.Level <= 5
}

// buildParagraphs joins lines into paragraphs using indentation, vertical
// gaps, short last lines, sentence-final punctuation, font size and
// numbering, then splits run-in headings off their body text.
func buildParagraphs(lines []pdfLine) []Paragraph {
	if len(lines) == 0 {
		return nil
	}
	group, ms := layoutGroups(lines)
	var out []Paragraph
	var cur []pdfLine
	flush := func() {
		if len(cur) == 0 {
			return
		}
		var sb strings.Builder
		for i, l := range cur {
			if i > 0 {
				a, _ := lastRune(sb.String())
				b := firstRuneOf(l.text)
				if isWordRune(a) && isWordRune(b) {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(l.text)
		}
		out = append(out, splitRunIn(Paragraph{Text: sb.String(), Page: cur[0].page})...)
		cur = nil
	}
	for i, l := range lines {
		if i > 0 && breakBetween(lines[i-1], l, cur, ms[group[i]]) {
			flush()
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

func isWordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func centered(l pdfLine, m layoutMetrics) bool {
	lm, rm := l.x0-m.left, m.right-l.x1
	return lm > 0.8*m.em && math.Abs(lm-rm) < 1.2*m.em
}

// breakBetween decides whether a paragraph ends between prev and l. cur
// holds the lines of the paragraph so far (ending with prev).
func breakBetween(prev, l pdfLine, cur []pdfLine, m layoutMetrics) bool {
	em := math.Max(m.em, 1)
	// font size change
	if math.Abs(prev.size-l.size) > 0.15*math.Max(prev.size, l.size) {
		return true
	}
	samePage := prev.page == l.page
	if samePage && prev.y-l.y > 1.6*m.pitch {
		return true
	}
	// centred lines (titles) continue each other
	if centered(prev, m) && centered(l, m) {
		return strings.ContainsAny(lastRuneString(prev.text), sentenceEnd)
	}
	// a wrapped centred title: a full first line, a centred rest
	if centered(l, m) && !centered(prev, m) && prev.x0 <= m.left+em && prev.x1 >= m.right-em &&
		!strings.ContainsAny(lastRuneString(prev.text), sentenceEnd) && prev.size > 1.1*m.em {
		return false
	}
	// a heading line stands alone
	if len(cur) == 1 && isHeadingLine(prev.text) && prev.x1 < m.right-em {
		return true
	}
	last := lastRuneString(prev.text)
	ended := strings.ContainsAny(last, sentenceEnd)
	short := prev.x1 < m.right-2.5*em || (ended && prev.x1 < m.right-0.8*em)
	if short && m.right-prev.x1 < leadWordWidth(l.text, em)+0.5*em && l.x0 <= m.left+1.2*em {
		// the line ended early because the next line's first word
		// (digits or Latin letters, which do not break) did not fit
		short = false
	}
	if short {
		return true
	}
	// first-line indent
	if l.x0 > m.left+1.2*em {
		return true
	}
	// a numbered heading after a finished sentence
	if ended && startsSection(l.text) {
		return true
	}
	return false
}

// leadWordWidth estimates the width of the run of Latin letters, digits
// and ASCII punctuation that opens s (0 when s opens with a CJK character).
func leadWordWidth(s string, em float64) float64 {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if r >= 0x80 || unicode.IsSpace(r) {
			break
		}
		n++
	}
	return float64(n) * 0.6 * em
}

func lastRuneString(s string) string {
	r, ok := lastRune(strings.TrimSpace(s))
	if !ok {
		return ""
	}
	return string(r)
}

// splitRunIn marks headings and splits a heading that runs into its body on
// the same line ("（一）强化平台建设。全年新增……") into two paragraphs.
func splitRunIn(p Paragraph) []Paragraph {
	t := strings.TrimSpace(p.Text)
	mk, ok := outline.Parse(t)
	if !ok || mk.Level > 5 {
		return []Paragraph{p}
	}
	if outline.IsHeading(t) {
		p.Heading, p.Level = true, mk.Level
		return []Paragraph{p}
	}
	if mk.Level > 4 {
		return []Paragraph{p}
	}
	lead, body, ok := outline.SplitLead(t)
	if !ok || !outline.IsHeading(lead) || len([]rune(lead)) > 30 {
		return []Paragraph{p}
	}
	return []Paragraph{
		{Text: lead, Heading: true, Level: mk.Level, Page: p.Page},
		{Text: body, Page: p.Page},
	}
}

// pdfTitle returns the title in the document information dictionary when
// it is plausible text that also opens the document (a paragraph of its
// first page); producers often store file names or "Untitled" there.
func pdfTitle(r *pdf.Reader, ps []Paragraph) (title string) {
	_ = guard(func() {
		t := strings.TrimSpace(r.Trailer().Key("Info").Key("Title").Text())
		if t == "" || !textPlausible(t) {
			return
		}
		n := normSpace(t)
		for i, p := range ps {
			// the first page (where ads and notices may come first), or
			// the first five paragraphs
			if i >= 5 && p.Page > 1 {
				break
			}
			if normSpace(p.Text) == n {
				title = p.Text
				return
			}
		}
	})
	return title
}

func normSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
