// Package anonymize finds identifying entities in a report (people,
// organisations, places, contact and ID numbers) and replaces them
// consistently across the whole document.
//
// It follows Presidio's split: recognizers find spans (Finding), a policy
// decides which types are masked, and an operator (Style) writes the
// replacement. Analyze looks at every text of one document at once, so a
// name confirmed in one paragraph is masked in all of them and in the title
// and file name; the returned Redaction applies the same replacements to
// any string the pipeline outputs.
package anonymize

import (
	"regexp"
	"sort"
	"strings"

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

// Finding is one entity span a recognizer found in one text.
type Finding struct {
	Type     Type
	Text     string
	Start    int // byte offsets in the text
	End      int
	Evidence string // the rule or source that fired, for the audit
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

// New returns an Anonymizer. seg may be nil for tests of the pattern
// recognizers; policy nil means the default policy; style "" means
// placeholder.
func New(seg *segment.Segmenter, policy *Policy, style Style) *Anonymizer {
	if policy == nil {
		policy = DefaultPolicy()
	}
	if style == "" {
		style = Placeholder
	}
	return &Anonymizer{seg: seg, policy: policy, style: style}
}

// Analyze finds the entities in the texts of one document. texts[i] is
// paragraph i; extra texts (title, file name) are recognised too but
// reported with paragraph -1.
func (a *Anonymizer) Analyze(paragraphs []string, extra ...string) *Redaction {
	r := &Redaction{style: a.style, policy: a.policy, index: map[string]*entity{}}
	all := append(append([]string{}, paragraphs...), extra...)
	for i, t := range all {
		para := i
		if i >= len(paragraphs) {
			para = -1
		}
		for _, f := range a.find(t) {
			if !a.policy.masks(f.Type, f.Text) {
				continue
			}
			r.add(f, para)
		}
	}
	r.finish()
	for _, e := range r.order {
		for _, t := range all {
			e.count += strings.Count(t, e.text)
		}
	}
	return r
}

// find runs every recognizer over one text.
func (a *Anonymizer) find(text string) []Finding {
	var out []Finding
	for _, p := range patternRecognizers {
		for _, m := range p.re.FindAllStringIndex(text, -1) {
			out = append(out, Finding{Type: p.typ, Text: text[m[0]:m[1]], Start: m[0], End: m[1], Evidence: p.name})
		}
	}
	return out
}

var patternRecognizers = []struct {
	name string
	typ  Type
	re   *regexp.Regexp
}{
	{"pattern:qq", QQ, regexp.MustCompile(`(?i)QQ\s*群?\s*[:：]?\s*[1-9]\d{4,10}`)},
	{"pattern:mobile", PHONE, regexp.MustCompile(`1[3-9]\d{9}`)},
	{"pattern:email", EMAIL, regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)},
	{"pattern:org-suffix", ORG, regexp.MustCompile(`[\p{Han}×]{2,12}(?:有限公司|合作社|研究院|大学)`)},
}

type entity struct {
	typ         Type
	text        string
	placeholder string
	count       int
	paragraph   int
	evidence    string
}

// Redaction is the set of entities found in one document and their
// replacements. Apply it to every string that leaves the pipeline.
type Redaction struct {
	style    Style
	policy   *Policy
	index    map[string]*entity
	order    []*entity
	replacer *strings.Replacer
}

func (r *Redaction) add(f Finding, para int) {
	if e, ok := r.index[f.Text]; ok {
		if e.paragraph == -1 && para >= 0 {
			e.paragraph = para
		}
		return
	}
	e := &entity{typ: f.Type, text: f.Text, paragraph: para, evidence: f.Evidence}
	r.index[f.Text] = e
	r.order = append(r.order, e)
}

func (r *Redaction) finish() {
	perType := map[Type]int{}
	for _, e := range r.order {
		perType[e.typ]++
		e.placeholder = r.policy.styleFor(e.typ, r.style).replace(e.typ, e.text, perType[e.typ])
	}
	// Longest originals first, so 上海交通大学 wins over 上海.
	byLen := append([]*entity(nil), r.order...)
	sort.SliceStable(byLen, func(i, j int) bool { return len(byLen[i].text) > len(byLen[j].text) })
	pairs := make([]string, 0, 2*len(byLen))
	for _, e := range byLen {
		pairs = append(pairs, e.text, e.placeholder)
	}
	r.replacer = strings.NewReplacer(pairs...)
}

// Apply replaces every entity of the document in s.
func (r *Redaction) Apply(s string) string {
	if len(r.order) == 0 || s == "" {
		return s
	}
	return r.replacer.Replace(s)
}

// Entities lists the masked entities with their placeholders and how often
// each occurs in the document; never their text.
func (r *Redaction) Entities() []EntityCount {
	out := make([]EntityCount, 0, len(r.order))
	for _, e := range r.order {
		out = append(out, EntityCount{Type: e.typ, Placeholder: e.placeholder, Count: e.count})
	}
	return out
}

// Audit lists the masked entities with their original text.
func (r *Redaction) Audit() []AuditEntry {
	out := make([]AuditEntry, 0, len(r.order))
	for _, e := range r.order {
		out = append(out, AuditEntry{Type: e.typ, Text: e.text, Placeholder: e.placeholder, Paragraph: e.paragraph, Evidence: e.evidence})
	}
	return out
}
