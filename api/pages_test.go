package api

import (
	"bytes"
	"context"
	"encoding/json"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"huibao/report"
)

func newLocalListener() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }

// browser keeps cookies across requests to the handler, as a browser would.
type browser struct {
	ts      *testServer
	cookies map[string]*http.Cookie
}

func newBrowser(ts *testServer) *browser { return &browser{ts: ts, cookies: map[string]*http.Cookie{}} }

func (b *browser) do(t *testing.T, req *http.Request) *httptest.ResponseRecorder {
	t.Helper()
	for _, c := range b.cookies {
		req.AddCookie(c)
	}
	rec := b.ts.do(req)
	for _, c := range rec.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c
		}
	}
	return rec
}

func (b *browser) get(t *testing.T, path string) string {
	t.Helper()
	rec := b.do(t, httptest.NewRequest("GET", path, nil))
	if rec.Code != 200 {
		t.Fatalf("GET %s: %d %s", path, rec.Code, truncate(rec.Body.String()))
	}
	return rec.Body.String()
}

func (b *browser) postForm(t *testing.T, path string, kv ...string) *httptest.ResponseRecorder {
	t.Helper()
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Set(kv[i], kv[i+1])
	}
	req := httptest.NewRequest("POST", path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(t, req)
}

func (b *browser) postUpload(t *testing.T, files []file, fields ...string) *httptest.ResponseRecorder {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(fields); i += 2 {
		w.WriteField(fields[i], fields[i+1])
	}
	for _, f := range files {
		fw, _ := w.CreateFormFile("file", f.name)
		fw.Write(f.data)
	}
	w.Close()
	req := httptest.NewRequest("POST", "/upload", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return b.do(t, req)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

func csrfFrom(t *testing.T, page string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no csrf field on the page")
	}
	return m[1]
}

func TestUploadPageFlow(t *testing.T) {
	ts := newTestServer(t, Config{})
	b := newBrowser(ts)
	page := b.get(t, "/")
	for _, want := range []string{`enctype="multipart/form-data"`, `type="file" name="file" multiple`, `name="policy"`, `name="style"`, `/static/app.js`} {
		if !strings.Contains(page, want) {
			t.Errorf("upload page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script>") || regexp.MustCompile(`<script[^>]*>[^<]`).MatchString(page) {
		t.Error("inline script on the page")
	}
	csrf := csrfFrom(t, page)
	txt := fixture(t, "briefing.txt")

	// Without the token, or with a forged one: refused before any work.
	if rec := b.postUpload(t, []file{{"a.txt", txt}}); rec.Code != 403 {
		t.Errorf("upload without csrf: %d", rec.Code)
	}
	if rec := b.postUpload(t, []file{{"a.txt", txt}}, "csrf", strings.Repeat("0", 64)); rec.Code != 403 {
		t.Errorf("upload with a forged csrf: %d", rec.Code)
	}
	if len(ts.store.reports) != 0 {
		t.Fatal("a refused upload was stored")
	}

	rec := b.postUpload(t, []file{{"a.txt", txt}}, "csrf", csrf, "policy", "strict", "style", "mask")
	if rec.Code != 303 {
		t.Fatalf("upload: %d %s", rec.Code, truncate(rec.Body.String()))
	}
	loc := rec.Header().Get("Location")
	if !strings.HasPrefix(loc, "/reports/") {
		t.Fatalf("redirect to %q", loc)
	}
	res := b.get(t, loc)
	id := strings.TrimPrefix(loc, "/reports/")
	stored := ts.store.reports[id]
	for _, want := range []string{"/api/v1/reports/" + id + "/download?format=docx", `class="sortable"`, `data-category="problem"`,
		`data-category="plan"`, `data-category="achievement"`, `<mark class="ph">`, "段落分类", "脱敏实体"} {
		if !strings.Contains(res, want) {
			t.Errorf("result page lacks %s", want)
		}
	}
	for _, p := range stored.Paragraphs {
		if !strings.Contains(res, `data-index="`+itoa(p.Index)+`"`) {
			t.Errorf("paragraph %d not on the page", p.Index)
		}
	}
	if len(stored.Entities) == 0 || !strings.Contains(stored.Text, "×") {
		t.Errorf("mask style not applied: %d entities", len(stored.Entities))
	}

	// Several files, not stored: rendered together on one page.
	rec = b.postUpload(t, []file{{"a.txt", txt}, {"x.bin", []byte{0, 1, 0xff, 0, 0}}}, "csrf", csrf, "store", "false")
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `data-code="unsupported_format"`) || !strings.Contains(rec.Body.String(), "未保存到语料库") {
		t.Errorf("unstored multi-upload: %d", rec.Code)
	}
	// Only failures: back to the form with the error.
	rec = b.postUpload(t, []file{{"x.bin", []byte{0, 1, 0xff, 0, 0}}}, "csrf", csrf)
	if rec.Code != 415 || !strings.Contains(rec.Body.String(), `id="upload-form"`) {
		t.Errorf("failed upload page: %d", rec.Code)
	}

	// Corpus list and search.
	corpus := b.get(t, "/corpus")
	if !strings.Contains(corpus, "/reports/"+id) || !strings.Contains(corpus, `<svg class="stack"`) {
		t.Error("corpus list lacks the report or its chart")
	}
	hits := b.get(t, "/corpus?q="+url.QueryEscape("粮食")+"&category=achievement")
	if !strings.Contains(hits, `<mark class="hit">粮食</mark>`) || !strings.Contains(hits, `class="chart facets"`) || strings.Contains(hits, `data-category="plan"`) {
		t.Errorf("search page: %s", truncate(hits))
	}
	if rec := b.do(t, httptest.NewRequest("GET", "/corpus?q=-", nil)); rec.Code != 400 || !strings.Contains(rec.Body.String(), `class="error"`) || !strings.Contains(rec.Body.String(), `form class="search"`) {
		t.Errorf("search with nothing to search: %d", rec.Code)
	}
	// A multipart post cannot slip past the token on the other forms.
	body, ct := multipartBody(t, nil, "x", "y")
	req := httptest.NewRequest("POST", "/reports/"+id+"/delete", body)
	req.Header.Set("Content-Type", ct)
	if rec := b.do(t, req); rec.Code != 400 || len(ts.store.reports) != 1 {
		t.Errorf("multipart delete without csrf: %d", rec.Code)
	}
	if rec := b.postForm(t, "/reports/"+id+"/delete", "csrf", "forged"); rec.Code != 403 || len(ts.store.reports) != 1 {
		t.Errorf("delete with a forged csrf: %d", rec.Code)
	}
	// Delete through the page form.
	if rec := b.postForm(t, "/reports/"+id+"/delete", "csrf", csrf); rec.Code != 303 || len(ts.store.reports) != 0 {
		t.Errorf("delete page: %d", rec.Code)
	}
	if rec := b.do(t, httptest.NewRequest("GET", "/reports/"+id, nil)); rec.Code != 404 || !strings.Contains(rec.Body.String(), "未找到") {
		t.Errorf("deleted report page: %d", rec.Code)
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestReportTextIsEscaped(t *testing.T) {
	ts := newTestServer(t, Config{})
	evil := []byte("关于<script>alert(1)</script>工作的汇报\n一、主要成效\n完成\"<img src=x onerror=alert(2)>\"项目3个。\n")
	b := newBrowser(ts)
	csrf := csrfFrom(t, b.get(t, "/"))
	rec := b.postUpload(t, []file{{"<b>x</b>.txt", evil}}, "csrf", csrf)
	if rec.Code != 303 {
		t.Fatalf("upload: %d", rec.Code)
	}
	page := b.get(t, rec.Header().Get("Location"))
	for _, bad := range []string{"<script>alert", "<img src=x", "<b>x</b>"} {
		if strings.Contains(page, bad) {
			t.Errorf("unescaped %q on the result page", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;") {
		t.Error("escaped text missing")
	}
	list := b.get(t, "/corpus?q=img")
	if strings.Contains(list, "<img src=x") {
		t.Error("unescaped text in search results")
	}
}

func TestSafeSnippet(t *testing.T) {
	got := string(safeSnippet(`前文<mark>人才</mark>后文&lt;b&gt;〔人名1〕<script>`))
	want := `前文<mark class="hit">人才</mark>后文&lt;b&gt;<mark class="ph">〔人名1〕</mark>&lt;script&gt;`
	if got != want {
		t.Errorf("safeSnippet = %s\nwant %s", got, want)
	}
	if got := string(marked("投资×万元，xx家<i>")); got != `投资<mark class="ph">×</mark>万元，<mark class="ph">xx</mark>家&lt;i&gt;` {
		t.Errorf("marked = %s", got)
	}
}

func TestStaticAssets(t *testing.T) {
	ts := newTestServer(t, Config{})
	for path, ctype := range map[string]string{"/static/app.js": "text/javascript", "/static/app.css": "text/css"} {
		rec := ts.get(path)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), ctype) || rec.Body.Len() < 100 {
			t.Errorf("%s: %d %s", path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	for _, path := range []string{"/static/", "/static/nope.js", "/static/../openapi.yaml"} {
		if rec := ts.get(path); rec.Code != 404 {
			t.Errorf("%s: %d, want 404", path, rec.Code)
		}
	}
}

func TestPagination(t *testing.T) {
	ts := newTestServer(t, Config{})
	for i := 0; i < pageSize+5; i++ {
		r := &report.Report{Source: report.Source{Name: "r.txt", SHA256: "sha" + itoa(i)}, Title: "汇报" + itoa(i),
			Paragraphs: []report.Paragraph{{Index: 0, Text: "第" + itoa(i) + "段，推进重点工作。", Category: "achievement"}}}
		if _, _, err := ts.store.Put(context.Background(), r, nil); err != nil {
			t.Fatal(err)
		}
	}
	var list listResponse
	rec := ts.get("/api/v1/reports?page=2")
	json.Unmarshal(rec.Body.Bytes(), &list)
	if list.Total != pageSize+5 || len(list.Reports) != 5 || list.Page != 2 {
		t.Errorf("page 2: total %d, %d reports", list.Total, len(list.Reports))
	}
	b := newBrowser(ts)
	p1 := b.get(t, "/corpus")
	if !strings.Contains(p1, `rel="next"`) || strings.Contains(p1, `rel="prev"`) || !strings.Contains(p1, "第 1 / 2 页") {
		t.Error("corpus page 1 pager")
	}
	p2 := b.get(t, "/corpus?page=2")
	if strings.Contains(p2, `rel="next"`) || !strings.Contains(p2, `href="/corpus?page=1" rel="prev"`) {
		t.Error("corpus page 2 pager")
	}
	// Search pages keep the query and filter in their links.
	s1 := b.get(t, "/corpus?q="+url.QueryEscape("重点工作")+"&category=achievement")
	if !strings.Contains(s1, `href="/corpus?category=achievement&amp;page=2&amp;q=`) {
		t.Errorf("search pager link: %s", truncate(s1[strings.Index(s1, "pager"):]))
	}
	var sr searchResponse
	json.Unmarshal(ts.get("/api/v1/search?q="+url.QueryEscape("重点工作")+"&page=2").Body.Bytes(), &sr)
	if sr.Total != pageSize+5 || len(sr.Hits) != 5 || sr.Page != 2 {
		t.Errorf("search page 2: total %d, %d hits", sr.Total, len(sr.Hits))
	}
}
