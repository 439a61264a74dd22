package anonymize

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Policy decides which entity types are masked, which names are always
// masked (Deny, matched exactly and before any recognizer) or never
// (Allow), and which style writes each type.
type Policy struct {
	Name   string            `json:"name" yaml:"name"`
	Types  map[Type]bool     `json:"types" yaml:"types"`
	Deny   map[Type][]string `json:"deny" yaml:"deny"`
	Allow  []string          `json:"allow" yaml:"allow"`
	Styles map[Type]Style    `json:"styles" yaml:"styles"`
	// Strict masks national bodies, national leaders, countries and
	// generic bodies (县人民医院) too.
	Strict bool `json:"strict" yaml:"strict"`
}

func allTypes() map[Type]bool {
	m := map[Type]bool{}
	for _, t := range AllTypes {
		m[t] = true
	}
	return m
}

// DefaultPolicy masks every person, organisation and sub-national place and
// every contact and ID number, and keeps national leaders in political
// formulas, countries and national terms (全国, 中国), and bodies without a
// proper name (国务院, 县政府, 县人民医院).
func DefaultPolicy() *Policy { return &Policy{Name: "default", Types: allTypes()} }

// StrictPolicy masks every person, organisation and place.
func StrictPolicy() *Policy { return &Policy{Name: "strict", Types: allTypes(), Strict: true} }

// LoadPolicy returns the named built-in policy ("default", "strict") or
// reads a policy file (JSON or YAML). A file's types default to all.
func LoadPolicy(spec string) (*Policy, error) {
	switch spec {
	case "", "default":
		return DefaultPolicy(), nil
	case "strict":
		return StrictPolicy(), nil
	}
	b, err := os.ReadFile(spec)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	p := &Policy{}
	if strings.HasPrefix(strings.TrimSpace(string(b)), "{") {
		err = json.Unmarshal(b, p)
	} else {
		err = yaml.Unmarshal(b, p)
	}
	if err != nil {
		return nil, fmt.Errorf("policy %s: %w", spec, err)
	}
	if p.Name == "" {
		p.Name = "file"
	}
	if len(p.Types) == 0 {
		p.Types = allTypes()
	}
	for t := range p.Types {
		if _, ok := typeLabel[t]; !ok {
			return nil, fmt.Errorf("policy %s: unknown entity type %q", spec, t)
		}
	}
	for t, s := range p.Styles {
		if _, err := ParseStyle(string(s)); err != nil {
			return nil, fmt.Errorf("policy %s: style for %s: %w", spec, t, err)
		}
	}
	return p, nil
}

// masks decides whether a finding is masked under the policy.
func (p *Policy) masks(f Finding) bool {
	if !p.Types[f.Type] || p.allowed(f.Text) {
		return false
	}
	if f.Score >= 100 || p.Strict {
		return true
	}
	switch f.Type {
	case ORG, PERSON:
		return !f.generic
	case LOCATION:
		return !f.generic && !nationalTerms[f.Text] && !countries[f.Text]
	}
	return true
}

func (p *Policy) allowed(text string) bool {
	for _, a := range p.Allow {
		if a == text {
			return true
		}
	}
	return false
}

// denyFindings finds the deny-list names in a text, exactly; they win over
// every recognizer.
func (p *Policy) denyFindings(text string) []Finding {
	var out []Finding
	for t, names := range p.Deny {
		for _, n := range names {
			if n == "" {
				continue
			}
			for i := 0; ; {
				j := strings.Index(text[i:], n)
				if j < 0 {
					break
				}
				out = append(out, Finding{Type: t, Text: n, Start: i + j, End: i + j + len(n), Evidence: "deny-list", Score: 100})
				i += j + len(n)
			}
		}
	}
	return out
}

func (p *Policy) styleFor(t Type, def Style) Style {
	if s, ok := p.Styles[t]; ok && s != "" {
		return s
	}
	return def
}
