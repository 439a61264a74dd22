package api

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"huibao/internal/leakcheck"
	"huibao/report"
)

// originals runs the pipeline with the audit on and returns the original
// text of every entity it masks: none of them may leave the service.
func originals(t *testing.T, name string, data []byte) []string {
	t.Helper()
	rep, err := report.Analyze(context.Background(), name, data, report.Options{Audit: true})
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	var out []string
	for _, a := range rep.Audit {
		if utf8.RuneCountInString(a.Text) >= 2 {
			out = append(out, a.Text)
			out = append(out, leakcheck.DigitWindow(a.Text)...)
		}
	}
	return out
}

// docxText is the text of every XML part of a DOCX, so masked names are
// looked for in the document, its properties and its styles alike.
func docxText(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("docx: %v", err)
	}
	var sb strings.Builder
	for _, f := range zr.File {
		sb.WriteString(f.Name)
		rc, _ := f.Open()
		io.Copy(&sb, rc)
		rc.Close()
	}
	return sb.String()
}

type leakCase struct {
	name string // file name to upload; built from a masked entity
	data []byte
}

func leakCases(t *testing.T) []leakCase {
	cases := []leakCase{{"briefing.txt", fixture(t, "briefing.txt")}}
	// the CLI's leak fixture: contact numbers right before measure words
	if ms, _ := filepath.Glob(filepath.Join("..", "testdata", "leak", "*汇报.txt")); len(ms) == 1 {
		b, err := os.ReadFile(ms[0])
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, leakCase{"contacts.txt", b})
	} else {
		t.Fatalf("leak fixture not found: %v", ms)
	}
	sh := sharedDir(t)
	for _, ext := range []string{"txt", "docx", "pdf"} {
		b, err := os.ReadFile(filepath.Join(sh, "examples", "talent-work-briefing."+ext))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, leakCase{"talent-work-briefing." + ext, b})
	}
	return cases
}

// TestNoOriginalNameLeaves uploads the example report (and our fixture)
// through every route that returns report data, and checks that no entity
// the pipeline masks appears in any response or in the log, even when the
// uploaded file is named after one of them.
func TestNoOriginalNameLeaves(t *testing.T) {
	ts := newTestServer(t, Config{})
	b := newBrowser(ts)
	csrf := csrfFrom(t, b.get(t, "/"))
	for _, c := range leakCases(t) {
		orig := originals(t, c.name, c.data)
		if len(orig) == 0 {
			t.Fatalf("%s: the pipeline masked nothing; the test would prove nothing", c.name)
		}
		// Name the upload after a masked entity, as users name files.
		name := orig[0] + "的汇报" + filepath.Ext(c.name)
		var bodies []string
		add := func(what string, rec *httptest.ResponseRecorder) {
			if rec.Code >= 300 && rec.Code != 303 {
				t.Errorf("%s %s: status %d: %s", c.name, what, rec.Code, truncate(rec.Body.String()))
			}
			bodies = append(bodies, what+"\n"+rec.Body.String()+"\n"+headerText(rec))
		}
		add("analyze", ts.upload(t, "/api/v1/analyze", []file{{name, c.data}}))
		rec := ts.upload(t, "/api/v1/reports", []file{{name, c.data}})
		add("reports", rec)
		var resp reportsResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Reports) != 1 || resp.Reports[0].ID == "" {
			t.Fatalf("%s: no stored report: %s", c.name, truncate(rec.Body.String()))
		}
		id := resp.Reports[0].ID
		add("get", ts.get("/api/v1/reports/"+id))
		add("list", ts.get("/api/v1/reports"))
		add("txt", ts.get("/api/v1/reports/"+id+"/download?format=txt"))
		add("json", ts.get("/api/v1/reports/"+id+"/download?format=json"))
		d := ts.get("/api/v1/reports/" + id + "/download?format=docx")
		bodies = append(bodies, "docx\n"+docxText(t, d.Body.Bytes())+headerText(d))
		add("search", ts.get("/api/v1/search?q="+url.QueryEscape("工作")))
		add("page", b.do(t, httptest.NewRequest("GET", "/reports/"+id, nil)))
		add("corpus", b.do(t, httptest.NewRequest("GET", "/corpus", nil)))
		add("corpus search", b.do(t, httptest.NewRequest("GET", "/corpus?q="+url.QueryEscape("工作"), nil)))
		add("upload page", b.postUpload(t, []file{{name, c.data}}, "csrf", csrf, "store", "false", "style", "mask"))
		// A search for the name itself: the page may echo the user's own
		// query, but the hits and the log must not hold it.
		sr := ts.get("/api/v1/search?q=" + url.QueryEscape(orig[0]))
		var res searchResponse
		json.Unmarshal(sr.Body.Bytes(), &res)
		hits, _ := json.Marshal(res.Hits)
		bodies = append(bodies, "search hits\n"+string(hits))

		for _, body := range bodies {
			what, _, _ := strings.Cut(body, "\n")
			for _, o := range orig {
				if strings.Contains(body, o) {
					t.Errorf("%s: %s response contains a masked original (%d bytes long)", c.name, what, len(o))
				}
			}
		}
		logs := ts.logs.String()
		for _, o := range orig {
			if strings.Contains(logs, o) {
				t.Errorf("%s: the log contains a masked original", c.name)
			}
		}
		if strings.Contains(logs, name) {
			t.Errorf("%s: the log contains the uploaded file name", c.name)
		}
	}
	// A file that fails still never has its name logged.
	failName := "13912345678张三的材料.bin"
	rec := ts.upload(t, "/api/v1/analyze", []file{{failName, []byte{0, 1, 2, 0xff, 0, 0}}})
	if rec.Code != 415 {
		t.Errorf("garbage: %d", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "13912345678") {
		t.Error("a phone number in the file name came back in the error")
	}
	if strings.Contains(ts.logs.String(), "13912345678") {
		t.Error("the failing file's name reached the log")
	}
}

func headerText(rec *httptest.ResponseRecorder) string {
	var sb strings.Builder
	for k, vs := range rec.Header() {
		for _, v := range vs {
			sb.WriteString(k + ": " + v + "\n")
			if u, err := url.PathUnescape(v); err == nil {
				sb.WriteString(u + "\n")
			}
		}
	}
	return sb.String()
}
