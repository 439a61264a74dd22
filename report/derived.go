package report

import (
	"strings"

	"huibao/anonymize"
)

// maskQuantities de-identifies the quantities read from the original
// paragraphs texts. A quantity whose source span overlaps a masked span is
// dropped: its figure is part of an identifier (a phone number or ID the
// quantity stage took for a count, a place name such as 三台县 read as 三台),
// and its value, which no replacement of text can reach, would carry the
// identifier itself. Dropping it rather than keeping it without a value
// keeps counts honest: an identifier counts nothing. The strings that are
// kept (text, subject, section, per-unit base) get the document's
// replacements like every other string.
func maskQuantities(red *anonymize.Redaction, texts []string, qs []Quantity) []Quantity {
	out := qs[:0]
	spans := make(map[int][]anonymize.Span)
	for _, q := range qs {
		ss, ok := spans[q.Paragraph]
		if !ok && q.Paragraph >= 0 && q.Paragraph < len(texts) {
			ss = red.Spans(texts[q.Paragraph])
			spans[q.Paragraph] = ss
		}
		if overlapsAny(ss, q.Start, q.End) {
			continue
		}
		q.Text = red.Apply(q.Text)
		q.Subject = red.Apply(q.Subject)
		q.Section = red.Apply(q.Section)
		q.Per = red.Apply(q.Per)
		out = append(out, q)
	}
	return out
}

// overlapsAny reports whether [start, end) overlaps one of the spans.
func overlapsAny(ss []anonymize.Span, start, end int) bool {
	for _, s := range ss {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}

// maskEvidence de-identifies classification evidence. An item is a kind
// and the text it quotes (cue:存在问题, heading:二、存在问题): the quoted
// text is de-identified on its own, so a cue cut from inside a name (存在问题
// of 王存在问题较多) has its edge masked like any other fragment, which the
// kind before it would otherwise hide from Apply.
func maskEvidence(red *anonymize.Redaction, ev []string) []string {
	for i, s := range ev {
		if kind, quote, ok := strings.Cut(s, ":"); ok {
			ev[i] = kind + ":" + red.Apply(quote)
		} else {
			ev[i] = red.Apply(s)
		}
	}
	return ev
}
