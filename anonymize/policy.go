package anonymize

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// Policy decides which entity types are masked, which names are always
// masked (Deny) or never (Allow), and which style writes each type.
type Policy struct {
	Name   string            `json:"name" yaml:"name"`
	Types  map[Type]bool     `json:"types" yaml:"types"`
	Deny   map[Type][]string `json:"deny" yaml:"deny"`
	Allow  []string          `json:"allow" yaml:"allow"`
	Styles map[Type]Style    `json:"styles" yaml:"styles"`
	// Strict masks national bodies and leaders too.
	Strict bool `json:"strict" yaml:"strict"`
}

func allTypes() map[Type]bool {
	m := map[Type]bool{}
	for _, t := range []Type{PERSON, ORG, LOCATION, PHONE, EMAIL, QQ, ID_NUMBER, CREDIT_CODE, BANK_CARD, LICENSE_PLATE, URL} {
		m[t] = true
	}
	return m
}

// DefaultPolicy masks every person, organisation and sub-national place and
// every contact and ID number, and keeps national leaders in political
// formulas and generic bodies (国务院, 县政府).
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
	return p, nil
}

func (p *Policy) masks(t Type, text string) bool {
	for _, a := range p.Allow {
		if a == text {
			return false
		}
	}
	return p.Types[t]
}

func (p *Policy) styleFor(t Type, def Style) Style {
	if s, ok := p.Styles[t]; ok && s != "" {
		return s
	}
	return def
}
