package api

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"huibao/extract"
	"huibao/report"
)

func decodeReport(t *testing.T, rec *httptest.ResponseRecorder) *report.Report {
	t.Helper()
	var r report.Report
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("status %d: %v: %s", rec.Code, err, truncate(rec.Body.String()))
	}
	return &r
}

func TestAnalyzeReturnsTheReportObject(t *testing.T) {
	ts := newTestServer(t, Config{})
	data := fixture(t, "briefing.txt")
	rec := ts.upload(t, "/api/v1/analyze", []file{{"briefing.txt", data}})
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, truncate(rec.Body.String()))
	}
	r := decodeReport(t, rec)
	want, _ := report.Analyze(context.Background(), "briefing.txt", data, report.Options{})
	if r.Source.SHA256 != want.Source.SHA256 || r.Source.Format != "txt" || r.Source.Bytes != int64(len(data)) {
		t.Errorf("source = %+v, want %+v", r.Source, want.Source)
	}
	if r.Text != want.Text || len(r.Paragraphs) != len(want.Paragraphs) || len(r.Quantities) != len(want.Quantities) {
		t.Errorf("the API's report differs from report.Analyze's")
	}
	cats := map[string]bool{}
	for _, p := range r.Paragraphs {
		cats[p.Category] = true
	}
	if len(cats) < 2 {
		t.Errorf("paragraph categories = %v, want several", cats)
	}
	if r.ID != "" || len(ts.store.reports) != 0 {
		t.Error("analyze must not store the report")
	}
	if r.Audit != nil {
		t.Error("the API never returns the audit")
	}
	h := rec.Header()
	for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY"} {
		if h.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, h.Get(k), v)
		}
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	if h.Get("X-Request-Id") == "" {
		t.Error("no request id")
	}
	req := httptest.NewRequest("GET", "/healthz", nil)
	req.Header.Set("X-Request-Id", "proxy-123")
	if got := ts.do(req).Header().Get("X-Request-Id"); got != "proxy-123" || !strings.Contains(ts.logs.String(), `"rid":"proxy-123"`) {
		t.Errorf("a proxy's request id is not kept: %q", got)
	}
	req.Header.Set("X-Request-Id", "<script>张三</script>")
	if got := ts.do(req).Header().Get("X-Request-Id"); strings.Contains(got, "张三") || strings.Contains(ts.logs.String(), "张三") {
		t.Errorf("an arbitrary request id was echoed or logged: %q", got)
	}
}

func TestErrorCodes(t *testing.T) {
	ts := newTestServer(t, Config{MaxUpload: 64 << 10})
	txt := fixture(t, "briefing.txt")
	cases := []struct {
		name   string
		rec    func() *httptest.ResponseRecorder
		status int
		code   string
	}{
		{"unsupported", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/analyze", []file{{"x.bin", []byte{0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c, 0x12, 0x00, 0x00, 0x07}}})
		}, 415, "unsupported_format"},
		{"empty file", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/analyze", []file{{"empty.txt", nil}})
		}, 422, "empty"},
		{"no file", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/analyze", nil, "policy", "default")
		}, 400, "bad_request"},
		{"not multipart", func() *httptest.ResponseRecorder {
			req := httptest.NewRequest("POST", "/api/v1/analyze", strings.NewReader("hello"))
			req.Header.Set("Content-Type", "text/plain")
			return ts.do(req)
		}, 400, "bad_request"},
		{"bad policy", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/reports", []file{{"a.txt", txt}}, "policy", "nonesuch")
		}, 400, "bad_request"},
		{"bad style", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/reports", []file{{"a.txt", txt}}, "style", "bold")
		}, 400, "bad_request"},
		{"bad store flag", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/reports", []file{{"a.txt", txt}}, "store", "maybe")
		}, 400, "bad_request"},
		{"two files to analyze", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/analyze", []file{{"a.txt", txt}, {"b.txt", txt}})
		}, 400, "bad_request"},
		{"too large by Content-Length", func() *httptest.ResponseRecorder {
			return ts.upload(t, "/api/v1/analyze", []file{{"big.txt", bytes.Repeat(txt, 60)}})
		}, 413, "too_large"},
		{"too large, length unknown", func() *httptest.ResponseRecorder {
			body, ct := multipartBody(t, []file{{"big.txt", bytes.Repeat(txt, 60)}})
			req := httptest.NewRequest("POST", "/api/v1/reports", io.MultiReader(body)) // no ContentLength
			req.ContentLength = -1
			req.Header.Set("Content-Type", ct)
			return ts.do(req)
		}, 413, "too_large"},
		{"unknown report", func() *httptest.ResponseRecorder { return ts.get("/api/v1/reports/nope") }, 404, "not_found"},
		{"unknown report download", func() *httptest.ResponseRecorder { return ts.get("/api/v1/reports/nope/download?format=txt") }, 404, "not_found"},
		{"delete unknown", func() *httptest.ResponseRecorder {
			return ts.do(httptest.NewRequest("DELETE", "/api/v1/reports/nope", nil))
		}, 404, "not_found"},
		{"unknown endpoint", func() *httptest.ResponseRecorder { return ts.get("/api/v1/nothing") }, 404, "not_found"},
		{"wrong method", func() *httptest.ResponseRecorder {
			return ts.do(httptest.NewRequest("PUT", "/api/v1/reports/x", nil))
		}, 405, "bad_request"},
		{"bad page", func() *httptest.ResponseRecorder { return ts.get("/api/v1/reports?page=0") }, 400, "bad_request"},
		{"bad download format", func() *httptest.ResponseRecorder { return ts.get("/api/v1/reports/x/download?format=pdf") }, 400, "bad_request"},
		{"search without q", func() *httptest.ResponseRecorder { return ts.get("/api/v1/search?q=") }, 400, "bad_request"},
		{"search bad category", func() *httptest.ResponseRecorder { return ts.get("/api/v1/search?q=a&category=good") }, 400, "bad_request"},
		{"search with nothing to search for", func() *httptest.ResponseRecorder { return ts.get("/api/v1/search?q=-") }, 400, "bad_request"},
		{"search bad year", func() *httptest.ResponseRecorder { return ts.get("/api/v1/search?q=a&year=twenty") }, 400, "bad_request"},
		{"cross-origin post", func() *httptest.ResponseRecorder {
			body, ct := multipartBody(t, []file{{"a.txt", txt}})
			req := httptest.NewRequest("POST", "/api/v1/reports", body)
			req.Header.Set("Content-Type", ct)
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			return ts.do(req)
		}, 403, "forbidden"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := c.rec()
			if rec.Code != c.status {
				t.Fatalf("status = %d, want %d: %s", rec.Code, c.status, truncate(rec.Body.String()))
			}
			if got := errCode(t, rec); got != c.code {
				t.Errorf("code = %q, want %q", got, c.code)
			}
		})
	}
}

// TestPipelineErrorCodesMapToStatuses checks that the extraction codes the
// pipeline reports come through with their HTTP status, for the codes a
// text fixture cannot trigger.
func TestPipelineErrorCodesMapToStatuses(t *testing.T) {
	for code, status := range map[string]int{
		extract.CodeNoText: 422, extract.CodeEncrypted: 422, extract.CodeTimeout: 422,
		extract.CodeUnsupported: 415, extract.CodeLegacy: 415, extract.CodeCorrupt: 422, extract.CodeInternal: 500,
	} {
		ts := newTestServer(t, Config{})
		ts.analyze = func(ctx context.Context, name string, data []byte, opt report.Options) (*report.Report, error) {
			e := &report.Error{Code: code, Message: "(file): failed"}
			return &report.Report{Source: report.Source{Name: "(file)", Format: "pdf"}, Error: e}, e
		}
		rec := ts.upload(t, "/api/v1/analyze", []file{{"a.pdf", []byte("%PDF-1.4")}})
		if rec.Code != status || errCode(t, rec) != code {
			t.Errorf("%s: status %d, body %s; want %d", code, rec.Code, truncate(rec.Body.String()), status)
		}
		rec = ts.upload(t, "/api/v1/reports", []file{{"a.pdf", []byte("%PDF-1.4")}})
		if rec.Code != status || errCode(t, rec) != code {
			t.Errorf("reports %s: status %d; want %d", code, rec.Code, status)
		}
		if !strings.Contains(readAll(t, ts.get("/metrics").Body), `huibao_failures_total{code="`+code+`"} 2`) {
			t.Errorf("%s: failures metric not counted", code)
		}
	}
}

// TestTimeout runs the real per-document deadline: the server passes its
// --timeout to the pipeline, whose deadline ends the work.
func TestTimeout(t *testing.T) {
	ts := newTestServer(t, Config{Timeout: 30 * time.Millisecond})
	ts.analyze = func(ctx context.Context, name string, data []byte, opt report.Options) (*report.Report, error) {
		if opt.Timeout != 30*time.Millisecond {
			t.Errorf("pipeline timeout = %v", opt.Timeout)
		}
		ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
		<-ctx.Done()
		e := &report.Error{Code: extract.CodeTimeout, Message: "(file): took too long"}
		return &report.Report{Source: report.Source{Name: "(file)"}, Error: e}, e
	}
	start := time.Now()
	rec := ts.upload(t, "/api/v1/analyze", []file{{"a.txt", []byte("x")}})
	if rec.Code != 422 || errCode(t, rec) != "timeout" {
		t.Fatalf("status %d %s", rec.Code, rec.Body.String())
	}
	if time.Since(start) > 5*time.Second {
		t.Error("timeout not enforced")
	}
}

// block makes the pipeline wait until release is closed.
func block(ts *testServer) (started chan struct{}, release chan struct{}) {
	started, release = make(chan struct{}, 10), make(chan struct{})
	real := ts.analyze
	ts.analyze = func(ctx context.Context, name string, data []byte, opt report.Options) (*report.Report, error) {
		started <- struct{}{}
		<-release
		return real(ctx, name, data, opt)
	}
	return started, release
}

func TestBusyWhenPoolIsFull(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1, Queue: -1})
	started, release := block(ts)
	txt := fixture(t, "briefing.txt")
	done := make(chan *httptest.ResponseRecorder)
	go func() { done <- ts.upload(t, "/api/v1/analyze", []file{{"a.txt", txt}}) }()
	<-started
	rec := ts.upload(t, "/api/v1/reports", []file{{"b.txt", txt}})
	if rec.Code != 503 || errCode(t, rec) != "busy" || rec.Header().Get("Retry-After") == "" {
		t.Errorf("second upload: status %d, Retry-After %q: %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body.String())
	}
	// Reads are not limited by the pool.
	if rec := ts.get("/api/v1/reports"); rec.Code != 200 {
		t.Errorf("list while busy: %d", rec.Code)
	}
	close(release)
	if rec := <-done; rec.Code != 200 {
		t.Errorf("first upload: %d", rec.Code)
	}
	if rec := ts.upload(t, "/api/v1/analyze", []file{{"a.txt", txt}}); rec.Code != 200 {
		t.Errorf("after the pool drained: %d", rec.Code)
	}
}

func TestBusyWhenQueueWaitRunsOut(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1, Queue: 1, QueueWait: 50 * time.Millisecond})
	started, release := block(ts)
	defer close(release)
	txt := fixture(t, "briefing.txt")
	go ts.upload(t, "/api/v1/analyze", []file{{"a.txt", txt}})
	<-started
	rec := ts.upload(t, "/api/v1/analyze", []file{{"b.txt", txt}})
	if rec.Code != 503 || errCode(t, rec) != "busy" {
		t.Errorf("queued upload: status %d: %s", rec.Code, rec.Body.String())
	}
}

func TestReportsLifecycle(t *testing.T) {
	ts := newTestServer(t, Config{})
	txt := fixture(t, "briefing.txt")
	other := []byte("关于青禾县2023年文化旅游工作的总结\n一、主要成效\n全年接待游客120万人次，旅游收入增长8.5%。\n二、存在问题\n旅游产品同质化问题突出。\n")
	rec := ts.upload(t, "/api/v1/reports", []file{{"a.txt", txt}, {"b.txt", other}, {"c.bin", []byte{0, 1, 2, 0xff, 0, 0, 0, 7}}})
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, truncate(rec.Body.String()))
	}
	var resp reportsResponse
	json.Unmarshal(rec.Body.Bytes(), &resp)
	if len(resp.Reports) != 3 || resp.Error != nil {
		t.Fatalf("got %d reports, error %v", len(resp.Reports), resp.Error)
	}
	a, b, c := resp.Reports[0], resp.Reports[1], resp.Reports[2]
	if a.ID == "" || b.ID == "" || a.ID == b.ID || a.Error != nil {
		t.Fatalf("ids %q %q", a.ID, b.ID)
	}
	if c.Error == nil || c.Error.Code != "unsupported_format" || c.ID != "" {
		t.Errorf("third file: %+v", c.Error)
	}
	// The same bytes again: the existing id, no second copy.
	rec = ts.upload(t, "/api/v1/reports", []file{{"again.txt", txt}})
	resp = reportsResponse{}
	json.Unmarshal(rec.Body.Bytes(), &resp)
	if resp.Reports[0].ID != a.ID || len(ts.store.reports) != 2 {
		t.Errorf("re-upload: id %q, %d stored", resp.Reports[0].ID, len(ts.store.reports))
	}
	// store=false analyzes only.
	rec = ts.upload(t, "/api/v1/reports", []file{{"d.txt", append([]byte("新的一段。\n"), other...)}}, "store", "false")
	resp = reportsResponse{}
	json.Unmarshal(rec.Body.Bytes(), &resp)
	if rec.Code != 200 || resp.Reports[0].ID != "" || len(ts.store.reports) != 2 {
		t.Errorf("store=false stored it (%d)", len(ts.store.reports))
	}

	rec = ts.get("/api/v1/reports/" + a.ID)
	got := decodeReport(t, rec)
	if rec.Code != 200 || got.ID != a.ID || got.Text != a.Text {
		t.Errorf("get: %d", rec.Code)
	}

	rec = ts.get("/api/v1/reports?page=1")
	var list listResponse
	json.Unmarshal(rec.Body.Bytes(), &list)
	if rec.Code != 200 || list.Total != 2 || len(list.Reports) != 2 || list.Page != 1 {
		t.Errorf("list: %d %+v", rec.Code, list)
	}

	rec = ts.get("/api/v1/search?q=" + "粮食" + "&category=plan")
	var sr searchResponse
	json.Unmarshal(rec.Body.Bytes(), &sr)
	if rec.Code != 200 || sr.Total == 0 || sr.Facets["plan"] != sr.Total || sr.Facets["achievement"] == 0 {
		t.Errorf("search: %d %s", rec.Code, truncate(rec.Body.String()))
	}
	for _, h := range sr.Hits {
		if h.Category != "plan" || h.ReportID != a.ID || !strings.Contains(h.Snippet, "<mark>粮食</mark>") || h.Title == "" {
			t.Errorf("hit %+v", h)
		}
	}

	// Downloads.
	rec = ts.get("/api/v1/reports/" + a.ID + "/download?format=txt")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") ||
		!strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
		t.Errorf("txt download: %d %v", rec.Code, rec.Header())
	}
	for _, p := range a.Paragraphs {
		if !strings.Contains(rec.Body.String(), p.Text) {
			t.Errorf("txt download lacks paragraph %d", p.Index)
			break
		}
	}
	rec = ts.get("/api/v1/reports/" + a.ID + "/download?format=json")
	if got := decodeReport(t, rec); got.Text != a.Text {
		t.Error("json download differs")
	}
	rec = ts.get("/api/v1/reports/" + a.ID + "/download?format=docx")
	if rec.Code != 200 {
		t.Fatalf("docx: %d", rec.Code)
	}
	paras := docxParagraphs(t, rec.Body.Bytes())
	if len(paras) == 0 || paras[0].text != a.Title || paras[0].style != "Title" {
		t.Errorf("docx first paragraph = %+v, want the title", paras[0])
	}

	rec = ts.do(httptest.NewRequest("DELETE", "/api/v1/reports/"+a.ID, nil))
	if rec.Code != 204 {
		t.Errorf("delete: %d", rec.Code)
	}
	if rec := ts.get("/api/v1/reports/" + a.ID); rec.Code != 404 {
		t.Errorf("after delete: %d", rec.Code)
	}
}

type docxPara struct{ style, text string }

// docxParagraphs reads word/document.xml back with encoding/xml.
func docxParagraphs(t *testing.T, b []byte) []docxPara {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("docx is not a zip: %v", err)
	}
	parts := map[string]bool{}
	var doc []byte
	for _, f := range zr.File {
		parts[f.Name] = true
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if err := xml.Unmarshal(data, new(struct{})); err != nil {
			t.Errorf("%s is not well-formed XML: %v", f.Name, err)
		}
		if f.Name == "word/document.xml" {
			doc = data
		}
	}
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"} {
		if !parts[p] {
			t.Errorf("docx lacks %s", p)
		}
	}
	var d struct {
		Body struct {
			P []struct {
				Style struct {
					Val string `xml:"val,attr"`
				} `xml:"pPr>pStyle"`
				T []string `xml:"r>t"`
			} `xml:"p"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	var out []docxPara
	for _, p := range d.Body.P {
		out = append(out, docxPara{style: p.Style.Val, text: strings.Join(p.T, "")})
	}
	return out
}

func TestDOCXWriter(t *testing.T) {
	rep := &report.Report{
		Title: "关于〔地名1〕工作的汇报 <&>",
		Paragraphs: []report.Paragraph{
			{Index: 0, Text: "关于〔地名1〕工作的汇报 <&>", Role: "title"},
			{Index: 1, Text: "一、主要成效", Heading: true, Level: 1},
			{Index: 2, Text: "（一）产业发展", Heading: true, Level: 2},
			{Index: 3, Text: "全年新增企业5家，控制字符\x01已去除。"},
			{Index: 4, Text: "1.细项", Heading: true, Level: 3},
		},
	}
	b, err := writeDOCX(rep)
	if err != nil {
		t.Fatal(err)
	}
	got := docxParagraphs(t, b)
	want := []docxPara{{"Title", rep.Title}, {"Heading1", "一、主要成效"}, {"Heading2", "（一）产业发展"},
		{"", "全年新增企业5家，控制字符\uFFFD已去除。"}, {"Heading3", "1.细项"}}
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs: %+v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	// When the project's DOCX reader is there, it must read our file back.
	doc, err := extract.Extract(context.Background(), "t.docx", b, extract.Options{Raw: true})
	if err != nil {
		var xe *extract.Error
		if e, ok := err.(*extract.Error); ok {
			xe = e
		}
		if xe != nil && xe.Code == extract.CodeUnsupported {
			t.Logf("extract has no DOCX reader yet; round trip not checked")
			return
		}
		t.Fatalf("extract cannot read the written docx: %v", err)
	}
	var texts []string
	for _, p := range doc.Paragraphs {
		texts = append(texts, p.Text)
		for _, w := range want {
			if w.text == p.Text && w.style != "" && !p.Heading {
				t.Errorf("%q (style %s) read back as body text", p.Text, w.style)
			}
		}
	}
	joined := strings.Join(texts, "\n")
	for _, w := range want[1:] {
		if !strings.Contains(joined, w.text) {
			t.Errorf("round trip lost %q: %q", w.text, joined)
		}
	}
}

func TestHealthReadyMetrics(t *testing.T) {
	ts := newTestServer(t, Config{})
	if rec := ts.get("/healthz"); rec.Code != 200 {
		t.Errorf("healthz %d", rec.Code)
	}
	deadline := time.Now().Add(20 * time.Second)
	for !ts.segReady.Load() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if rec := ts.get("/readyz"); rec.Code != 200 {
		t.Errorf("readyz %d %s", rec.Code, rec.Body.String())
	}
	ts.store.mu.Lock()
	ts.store.pingErr = io.ErrUnexpectedEOF
	ts.store.mu.Unlock()
	if rec := ts.get("/readyz"); rec.Code != 503 {
		t.Errorf("readyz with the store down: %d", rec.Code)
	}
	ts.upload(t, "/api/v1/analyze", []file{{"a.txt", fixture(t, "briefing.txt")}})
	ts.upload(t, "/api/v1/analyze", []file{{"b.bin", []byte{0, 0, 0, 1, 2, 3, 0xff}}})
	m := readAll(t, ts.get("/metrics").Body)
	for _, want := range []string{
		`huibao_http_requests_total{method="POST",route="/api/v1/analyze",status="200"} 1`,
		`huibao_http_request_duration_seconds_bucket{method="POST",route="/api/v1/analyze"`,
		`huibao_documents_processed_total{format="txt",outcome="ok"} 1`,
		`huibao_failures_total{code="unsupported_format"} 1`,
		`huibao_pipeline_stage_duration_seconds_count{stage="extract"}`,
		`huibao_pipeline_stage_duration_seconds_count{stage="anonymize"} 1`,
		`huibao_pipeline_stage_duration_seconds_count{stage="queue"} 2`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if rec := ts.get("/api/v1/openapi.yaml"); rec.Code != 200 || !strings.Contains(rec.Body.String(), "/api/v1/search:") {
		t.Errorf("openapi: %d", rec.Code)
	}
}

func TestTokenAuth(t *testing.T) {
	ts := newTestServer(t, Config{Token: "s3cret-token"})
	txt := fixture(t, "briefing.txt")
	rec := ts.upload(t, "/api/v1/reports", []file{{"a.txt", txt}})
	if rec.Code != 401 || errCode(t, rec) != "unauthorized" || rec.Header().Get("WWW-Authenticate") == "" {
		t.Fatalf("no token: %d", rec.Code)
	}
	body, ct := multipartBody(t, []file{{"a.txt", txt}})
	req := httptest.NewRequest("POST", "/api/v1/reports", body)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Authorization", "Bearer wrong")
	if rec := ts.do(req); rec.Code != 401 {
		t.Errorf("wrong token: %d", rec.Code)
	}
	body, ct = multipartBody(t, []file{{"a.txt", txt}})
	req = httptest.NewRequest("POST", "/api/v1/reports", body)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Authorization", "Bearer s3cret-token")
	rec = ts.do(req)
	if rec.Code != 200 {
		t.Fatalf("with token: %d", rec.Code)
	}
	var resp reportsResponse
	json.Unmarshal(rec.Body.Bytes(), &resp)
	id := resp.Reports[0].ID
	if rec := ts.get("/metrics"); rec.Code != 401 {
		t.Errorf("metrics without token: %d", rec.Code)
	}
	for _, p := range []string{"/healthz", "/api/v1/openapi.yaml", "/static/app.js"} {
		if rec := ts.get(p); rec.Code != 200 {
			t.Errorf("%s must stay open: %d", p, rec.Code)
		}
	}

	// Pages: redirected to the login form.
	rec = ts.get("/corpus")
	if rec.Code != 303 || !strings.HasPrefix(rec.Header().Get("Location"), "/login") {
		t.Fatalf("page without session: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	b := newBrowser(ts)
	page := b.get(t, "/login?next=/corpus")
	csrf := csrfFrom(t, page)
	if rec := b.postForm(t, "/login", "csrf", csrf, "token", "wrong", "next", "/corpus"); rec.Code != 401 {
		t.Errorf("wrong token login: %d", rec.Code)
	}
	if rec := b.postForm(t, "/login", "token", "s3cret-token", "next", "/corpus"); rec.Code != 403 {
		t.Errorf("login without csrf: %d", rec.Code)
	}
	rec = b.postForm(t, "/login", "csrf", csrf, "token", "s3cret-token", "next", "//evil.example/")
	if rec.Code != 303 || rec.Header().Get("Location") != "/" {
		t.Errorf("login: %d → %q (must stay on this site)", rec.Code, rec.Header().Get("Location"))
	}
	if page := b.get(t, "/corpus"); !strings.Contains(page, "语料库") {
		t.Error("corpus page after login")
	}
	// The session cookie may read through the API (download links) but not change it.
	if rec := b.do(t, httptest.NewRequest("GET", "/api/v1/reports/"+id+"/download?format=txt", nil)); rec.Code != 200 {
		t.Errorf("download with session: %d", rec.Code)
	}
	if rec := b.do(t, httptest.NewRequest("DELETE", "/api/v1/reports/"+id, nil)); rec.Code != 401 {
		t.Errorf("delete with only a session: %d", rec.Code)
	}
	rec = b.postForm(t, "/logout", "csrf", csrf)
	if rec.Code != 303 {
		t.Errorf("logout: %d", rec.Code)
	}
	if rec := b.do(t, httptest.NewRequest("GET", "/corpus", nil)); rec.Code != 303 {
		t.Errorf("after logout: %d", rec.Code)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"50MB": 50 << 20, "1gb": 1 << 30, "512KB": 512 << 10, "1048576": 1 << 20, "2M": 2 << 20, "10 MiB": 10 << 20} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "-5MB", "5.5MB", "lots", "0"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}

func TestGracefulShutdown(t *testing.T) {
	ts := newTestServer(t, Config{})
	started, release := block(ts)
	ln, err := newLocalListener()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error)
	go func() { served <- ts.Serve(ctx, ln, 10*time.Second) }()
	url := "http://" + ln.Addr().String()

	body, ct := multipartBody(t, []file{{"a.txt", fixture(t, "briefing.txt")}})
	result := make(chan int)
	go func() {
		resp, err := http.Post(url+"/api/v1/analyze", ct, body)
		if err != nil {
			t.Error(err)
			result <- 0
			return
		}
		resp.Body.Close()
		result <- resp.StatusCode
	}()
	<-started
	cancel() // SIGTERM
	time.Sleep(100 * time.Millisecond)
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Error("still accepting connections after shutdown began")
	}
	close(release)
	if code := <-result; code != 200 {
		t.Errorf("in-flight request: %d", code)
	}
	if err := <-served; err != nil && err != http.ErrServerClosed {
		t.Errorf("Serve: %v", err)
	}
	if !ts.store.closed {
		t.Error("store not closed")
	}
}

func TestPanicIsContained(t *testing.T) {
	ts := newTestServer(t, Config{Workers: 1, Queue: -1}) // a leaked slot would make the next upload busy
	ts.analyze = func(ctx context.Context, name string, data []byte, opt report.Options) (*report.Report, error) {
		panic("parser choked on 王五的材料") // a panic value may quote document text
	}
	rec := ts.upload(t, "/api/v1/analyze", []file{{"a.txt", []byte("x")}})
	if rec.Code != 500 || errCode(t, rec) != "internal" {
		t.Fatalf("panic: %d %s", rec.Code, rec.Body.String())
	}
	logs := ts.logs.String()
	if !strings.Contains(logs, "handler panic") || strings.Contains(logs, "王五") || strings.Contains(rec.Body.String(), "王五") {
		t.Errorf("panic handling leaked or was not logged: %s", logs)
	}
	if !strings.Contains(readAll(t, ts.get("/metrics").Body), `huibao_http_requests_total{method="POST",route="/api/v1/analyze",status="500"} 1`) {
		t.Error("the failed request is not counted")
	}
	// The worker slot was released: the server still works.
	ts.analyze = report.Analyze
	if rec := ts.upload(t, "/api/v1/analyze", []file{{"a.txt", fixture(t, "briefing.txt")}}); rec.Code != 200 {
		t.Errorf("after a panic: %d", rec.Code)
	}
}
