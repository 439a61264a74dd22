package api

import (
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestOpenAPIMatchesRoutes checks that the OpenAPI file documents exactly
// the API routes the server has, with the same methods, and that the error
// codes it lists are the ones the server uses.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	b, err := assets.ReadFile("openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string                            `yaml:"openapi"`
		Paths   map[string]map[string]interface{} `yaml:"paths"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("openapi.yaml: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			if method == "parameters" {
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	ts := newTestServer(t, Config{})
	param := regexp.MustCompile(`:(\w+)`)
	served := map[string]bool{}
	for _, r := range ts.engine.Routes() {
		if !strings.HasPrefix(r.Path, "/api/") && r.Path != "/healthz" && r.Path != "/readyz" && r.Path != "/metrics" {
			continue // pages and static files
		}
		served[r.Method+" "+param.ReplaceAllString(r.Path, "{$1}")] = true
	}
	for k := range served {
		if !documented[k] {
			t.Errorf("%s is served but not in openapi.yaml", k)
		}
	}
	for k := range documented {
		if !served[k] {
			t.Errorf("%s is in openapi.yaml but not served", k)
		}
	}
	for _, code := range []string{CodeTooLarge, CodeUnsupported, CodeNoText, CodeEncrypted, CodeTimeout, CodeBusy,
		CodeUnauthorized, CodeNotFound, CodeBadRequest, CodeInternal, CodeForbidden} {
		if !strings.Contains(string(b), code) {
			t.Errorf("openapi.yaml does not list the code %s", code)
		}
	}
	// Every property of the report model appears in the Report schema.
	for _, field := range []string{"id", "source", "title", "doc_type", "year", "text", "paragraphs", "quantities", "entities", "error"} {
		if !strings.Contains(string(b), "        "+field+":") {
			t.Errorf("Report schema lacks %s", field)
		}
	}
}
