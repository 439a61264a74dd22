package anonymize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestEdgePieceAsByRuneTable: edgePiece, which since speed16b reads the
// entities in the order they were added and skips those whose character
// signature lacks the edge character, finds the same piece and entity as
// the table of the entities holding each character it read before (built
// by finish for every document), for every head and tail of the
// paragraphs' characters.
func TestEdgePieceAsByRuneTable(t *testing.T) {
	a := New(testSeg(t), nil, Placeholder)
	paras := []string{
		"引进广东青松茶业有限公司投资1.8亿元，张德明到白水河镇调研。",
		"副镇长赵淑芬、韩立新分别包保东风村、红旗村，青松村和白水村各完成改良1.2万亩。",
		"王局长和李明德在青松河畔的松林村座谈，白水河镇党委书记周德明参加。",
	}
	r := a.Analyze(paras)
	if len(r.order) < 4 || len(r.addOrder) != len(r.order) {
		t.Fatalf("want a finished redaction of several entities, got %d (%d added)", len(r.order), len(r.addOrder))
	}
	tried, hits := 0, 0
	for _, p := range paras {
		for i := range p {
			for _, s := range []string{p[i:], p[:i]} {
				for j := 0; j <= len(s) && j <= 24; j += 3 {
					frag := s
					if s == p[i:] && j < len(s) && utf8.RuneStart(s[j]) {
						frag = s[:len(s)-j]
					}
					for _, tail := range []bool{true, false} {
						n1, e1 := r.edgePiece(frag, tail)
						n2, e2 := byRuneEdgePiece(r, frag, tail)
						if n1 != n2 || e1 != e2 {
							t.Fatalf("edgePiece(%q, %v) = %d %v, the table's %d %v", frag, tail, n1, e1, n2, e2)
						}
						tried++
						if e2 != nil {
							hits++
						}
					}
				}
			}
		}
	}
	if tried < 1000 || hits < 20 {
		t.Fatalf("only %d fragments tried, %d with a piece", tried, hits)
	}
	t.Logf("%d fragments, %d with a piece", tried, hits)
}

// byRuneEdgePiece is edgePiece as it was before speed16b: the entities
// holding the edge character from a table built from addOrder.
func byRuneEdgePiece(r *Redaction, s string, tail bool) (int, *entity) {
	best, hit := 0, (*entity)(nil)
	if s == "" {
		return best, hit
	}
	var edge string
	if tail {
		_, n := utf8.DecodeRuneInString(s)
		edge = s[:n]
	} else {
		_, n := utf8.DecodeLastRuneInString(s)
		edge = s[len(s)-n:]
	}
	byRune := map[rune][]*entity{}
	for _, e := range r.addOrder {
		for _, x := range e.text {
			if l := byRune[x]; len(l) == 0 || l[len(l)-1] != e {
				byRune[x] = append(l, e)
			}
		}
	}
	es := r.order
	if c, n := utf8.DecodeRuneInString(edge); !(c == utf8.RuneError && n <= 1 || n != len(edge)) && len(r.addOrder) == len(r.order) {
		es = byRune[c]
	}
	for _, e := range es {
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
			continue
		}
		for limit := len(core); limit > 0; {
			k := strings.LastIndex(core[:limit], edge)
			if k < 0 {
				break
			}
			j := k + len(edge)
			limit = k
			if j == len(core) {
				continue
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
