package anonymize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const styleText = "县委书记张建国同志到红星村调研，张书记要求丰禾食品有限公司加快建设。"

func TestStyles(t *testing.T) {
	seg := testSeg(t)
	run := func(p *Policy, s Style) string {
		red := New(seg, p, s).Analyze([]string{styleText})
		return red.Apply(styleText)
	}
	ph := run(nil, Placeholder)
	if !strings.Contains(ph, "〔人名") || !strings.Contains(ph, "〔企业") || !strings.Contains(ph, "〔地名") {
		t.Errorf("placeholder: %s", ph)
	}
	if m := run(nil, Mask); strings.Contains(m, "张建国") || !strings.Contains(m, "××") || strings.Contains(m, "〔") {
		t.Errorf("mask: %s", m)
	}
	if s := run(nil, Surname); !strings.Contains(s, "张某") || strings.Contains(s, "张建国") {
		t.Errorf("surname: %s", s)
	}
	if r := run(nil, Redact); strings.Contains(r, "张建国") || strings.Contains(r, "〔") || strings.Contains(r, "红星村") {
		t.Errorf("redact: %s", r)
	}
	// per-type style from the policy
	p := DefaultPolicy()
	p.Styles = map[Type]Style{PERSON: Surname}
	if s := run(p, Placeholder); !strings.Contains(s, "张某") || !strings.Contains(s, "〔企业") {
		t.Errorf("per-type style: %s", s)
	}
}

func TestHMACStyleIsStableAcrossDocuments(t *testing.T) {
	if _, err := ParseStyle("hmac"); err == nil && os.Getenv(HMACKeyEnv) == "" && os.Getenv(HMACKeyFileEnv) == "" {
		t.Fatal("hmac without a key must be refused")
	}
	e1 := &entity{typ: PERSON, text: "张建国"}
	e2 := &entity{typ: PERSON, text: "李文涛"}
	keyOnce.Do(func() {}) // take over the key for the test
	keyVal, keyErr = []byte("test-key"), nil
	a, b, c := HMAC.replace(e1, 1), HMAC.replace(e1, 7), HMAC.replace(e2, 1)
	if a != b || a == c || !strings.HasPrefix(a, "〔人名-") || strings.Contains(a, "张") {
		t.Errorf("hmac: %q %q %q", a, b, c)
	}
	keyVal = []byte("other-key")
	if HMAC.replace(e1, 1) == a {
		t.Error("hmac ignores the key")
	}
}

func TestPolicyFile(t *testing.T) {
	dir := t.TempDir()
	yml := filepath.Join(dir, "county.yaml")
	os.WriteFile(yml, []byte("name: county\ndeny:\n  LOCATION: [河湾]\n  PERSON: [老周]\nallow: [红星村]\nstyles:\n  PERSON: mask\n"), 0o644)
	p, err := LoadPolicy(yml)
	if err != nil {
		t.Fatal(err)
	}
	text := "老周在河湾和红星村之间修路，县委书记张建国同志到场。"
	red := New(testSeg(t), p, Placeholder).Analyze([]string{text})
	out := red.Apply(text)
	for _, s := range []string{"老周", "河湾", "张建国"} {
		if strings.Contains(out, s) {
			t.Errorf("%q survived: %s", s, out)
		}
	}
	if !strings.Contains(out, "红星村") || !strings.Contains(out, "××") {
		t.Errorf("allow list or per-type style ignored: %s", out)
	}
	js := filepath.Join(dir, "p.json")
	os.WriteFile(js, []byte(`{"types":{"PERSON":true},"deny":{"ORG":["某某厂"]}}`), 0o644)
	q, err := LoadPolicy(js)
	if err != nil || !q.Types[PERSON] || q.Types[LOCATION] {
		t.Errorf("json policy: %+v %v", q, err)
	}
	os.WriteFile(js, []byte(`{"types":{"NAME":true}}`), 0o644)
	if _, err := LoadPolicy(js); err == nil {
		t.Error("unknown type accepted")
	}
}

func TestRecognizerUnits(t *testing.T) {
	seg := testSeg(t)
	a := New(seg, StrictPolicy(), Placeholder)
	cases := []struct {
		text string
		typ  Type
		want string
	}{
		{"欧阳明辉副县长出席会议。", PERSON, "欧阳明辉"},
		{"阿不都热合曼·买买提参加了培训。", PERSON, "阿不都热合曼·买买提"},
		{"组长：刘  东", PERSON, "刘  东"},
		{"帮助×金成机械有限公司引进人才。", ORG, "×金成机械有限公司"},
		{"与北川理工大学签订协议。", ORG, "北川理工大学"},
		{"西和县和礼县", LOCATION, "西和县"},
		{"全县在石桥村召开现场会。", LOCATION, "石桥村"},
	}
	for _, c := range cases {
		_, fs := a.find(c.text)
		ok := false
		for _, f := range fs {
			if f.Type == c.typ && f.Text == c.want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s %q, got %+v", c.text, c.typ, c.want, fs)
		}
	}
	// short forms and references propagate through the document
	red := New(seg, nil, Placeholder).Analyze([]string{"西和县召开大会，县长王立新讲话。", "西和发展很快，王县长强调落实。"})
	out := red.Apply("西和发展很快，王县长强调落实。")
	if strings.Contains(out, "西和") || strings.Contains(out, "王县长") {
		t.Errorf("propagation: %s", out)
	}
	// national terms and leaders in formulas stay under the default policy
	red = New(seg, nil, Placeholder).Analyze([]string{"全国上下深入学习贯彻习近平新时代中国特色社会主义思想。"})
	if out := red.Apply("全国上下深入学习贯彻习近平新时代中国特色社会主义思想。"); !strings.Contains(out, "习近平新时代中国特色社会主义思想") || !strings.Contains(out, "全国") {
		t.Errorf("default policy masked a formula: %s", out)
	}
}
