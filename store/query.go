package store

import (
	"errors"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"huibao/segment"
)

// ErrBadQuery is wrapped by the errors Search returns for a query that has
// nothing to search for (only punctuation, only excluded words, or an
// empty string). The message is safe to show to the user.
var ErrBadQuery = errors.New("bad query")

type queryError struct{ msg string }

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Unwrap() error { return ErrBadQuery }

// term is one item of a parsed query: a run of tokens that must all occur
// (phrase=false) or occur adjacently in order (phrase=true).
type term struct {
	tokens []string
	phrase bool
}

// parsedQuery is user input turned into tokens; it never carries the
// input's syntax characters through to a MATCH or tsquery string.
type parsedQuery struct {
	include []term
	exclude []term
}

// maxQueryTerms bounds the work one query can cause.
const maxQueryTerms = 32

// tokenize splits text into the index's tokens: gojieba's search-mode cut
// (long words also yield the shorter dictionary words inside them),
// lower-cased, keeping only tokens that contain a letter or a digit.
func tokenize(text string) []string {
	if text == "" {
		return nil
	}
	seg, err := segment.Default()
	if err != nil {
		return nil
	}
	raw := seg.CutForSearch(text)
	out := raw[:0]
	for _, t := range raw {
		// The category lexemes' prefix never starts a query token, so
		// no input can match a category lexeme (see catLexeme).
		t = strings.TrimLeft(strings.ToLower(strings.TrimSpace(t)), catPrefix)
		if t == "" || !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// parseQuery reads words, "quoted phrases" (ASCII or “Chinese” quotes) and
// -excluded words or phrases. Anything else (operators, brackets, stray
// quotes) is just text: it is tokenized like any word, so punctuation
// drops out and AND/OR become ordinary words.
func parseQuery(s string) (*parsedQuery, error) {
	q := &parsedQuery{}
	rs := []rune(s)
	n := 0
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		neg := false
		if r == '-' || r == '－' {
			if i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
				neg = true
				i++
				r = rs[i]
			} else {
				i++
				continue
			}
		}
		var text string
		phrase := false
		if r == '"' || r == '“' || r == '”' {
			j := i + 1
			for j < len(rs) && rs[j] != '"' && rs[j] != '”' && rs[j] != '“' {
				j++
			}
			text = string(rs[i+1 : j])
			phrase = true
			i = j + 1
		} else {
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' {
				j++
			}
			text = string(rs[i:j])
			i = j
		}
		toks := tokenize(text)
		if len(toks) == 0 {
			continue
		}
		n++
		if n > maxQueryTerms {
			return nil, &queryError{"the query has too many words (at most 32)"}
		}
		t := term{tokens: toks, phrase: phrase && len(toks) > 1}
		if neg {
			q.exclude = append(q.exclude, t)
		} else {
			q.include = append(q.include, t)
		}
	}
	if len(q.include) == 0 {
		if len(q.exclude) > 0 {
			return nil, &queryError{"the query needs at least one word that is not excluded with -"}
		}
		return nil, &queryError{"the query has no words to search for"}
	}
	return q, nil
}

// fts5 renders the query as an FTS5 MATCH expression in which every token
// is a double-quoted string, so no input can act as FTS5 syntax.
func (q *parsedQuery) fts5() string {
	quote := func(t string) string { return `"` + strings.ReplaceAll(t, `"`, `""`) + `"` }
	render := func(t term) string {
		parts := make([]string, len(t.tokens))
		for i, tok := range t.tokens {
			parts[i] = quote(tok)
		}
		if t.phrase {
			return "(" + strings.Join(parts, " + ") + ")"
		}
		return "(" + strings.Join(parts, " AND ") + ")"
	}
	inc := make([]string, len(q.include))
	for i, t := range q.include {
		inc[i] = render(t)
	}
	s := "(" + strings.Join(inc, " AND ") + ")"
	if len(q.exclude) > 0 {
		exc := make([]string, len(q.exclude))
		for i, t := range q.exclude {
			exc[i] = render(t)
		}
		s += " NOT (" + strings.Join(exc, " OR ") + ")"
	}
	return s
}

// tsLexeme quotes one token as a tsvector/tsquery lexeme literal.
func tsLexeme(t string) string {
	t = strings.ReplaceAll(t, `\`, `\\`)
	return "'" + strings.ReplaceAll(t, "'", "''") + "'"
}

// tsquery renders the query as a PostgreSQL tsquery literal (passed as a
// bound parameter and cast with ::tsquery), every token a quoted lexeme.
func (q *parsedQuery) tsquery() string {
	render := func(t term) string {
		parts := make([]string, len(t.tokens))
		for i, tok := range t.tokens {
			parts[i] = tsLexeme(tok)
		}
		if t.phrase {
			return "(" + strings.Join(parts, " <-> ") + ")"
		}
		return "(" + strings.Join(parts, " & ") + ")"
	}
	var parts []string
	for _, t := range q.include {
		parts = append(parts, render(t))
	}
	for _, t := range q.exclude {
		parts = append(parts, "!"+render(t))
	}
	return strings.Join(parts, " & ")
}

// tsvector renders index tokens as a tsvector literal with positions, so
// phrase queries (<->) see the same token order FTS5 does.
func tsvector(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		if i >= 16383 { // PostgreSQL's largest position
			break
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tsLexeme(t))
		b.WriteByte(':')
		b.WriteString(itoa(i + 1))
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// highlightTerms lists the tokens to mark in snippets, longest first.
func (q *parsedQuery) highlightTerms() []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range q.include {
		for _, tok := range t.tokens {
			if !seen[tok] {
				seen[tok] = true
				out = append(out, tok)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// snippetRunes is the length of a snippet window, in characters.
const snippetRunes = 80

// snippet cuts a window of text around the first match of any term and
// returns it HTML-escaped with <mark>…</mark> around every match. Matching
// is case-insensitive for ASCII letters. The text is the stored display
// text (de-identified), never the space-joined index tokens.
func snippet(text string, terms []string) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) { // lower-casing changed byte lengths: match as is
		lower = text
	}
	type span struct{ s, e int }
	var spans []span
	for _, t := range terms {
		if t == "" {
			continue
		}
		for off := 0; ; {
			i := strings.Index(lower[off:], t)
			if i < 0 {
				break
			}
			spans = append(spans, span{off + i, off + i + len(t)})
			off += i + len(t)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].s < spans[j].s })
	var merged []span
	for _, sp := range spans {
		if n := len(merged); n > 0 && sp.s <= merged[n-1].e {
			if sp.e > merged[n-1].e {
				merged[n-1].e = sp.e
			}
			continue
		}
		merged = append(merged, sp)
	}
	// The window: start a few characters before the first match.
	start, end := 0, len(text)
	if utf8.RuneCountInString(text) > snippetRunes {
		first := 0
		if len(merged) > 0 {
			first = merged[0].s
		}
		start = backRunes(text, first, 20)
		end = forwardRunes(text, start, snippetRunes)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, sp := range merged {
		if sp.e <= start || sp.s >= end {
			continue
		}
		s, e := max(sp.s, start), min(sp.e, end)
		b.WriteString(html.EscapeString(text[pos:s]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s:e]))
		b.WriteString("</mark>")
		pos = e
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

func forwardRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
