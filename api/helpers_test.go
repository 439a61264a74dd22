package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// syncBuffer collects log output from concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type testServer struct {
	*Server
	store *memStore
	logs  *syncBuffer
}

func newTestServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	st := newMemStore()
	logs := &syncBuffer{}
	cfg.Store = st
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &testServer{Server: s, store: st, logs: logs}
}

type file struct {
	name string
	data []byte
}

// multipartBody builds a multipart form: fields first (in the order
// given as key, value pairs), then the files.
func multipartBody(t testing.TB, files []file, fields ...string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(fields); i += 2 {
		w.WriteField(fields[i], fields[i+1])
	}
	for _, f := range files {
		fw, err := w.CreateFormFile("file", f.name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(f.data)
	}
	w.Close()
	return &buf, w.FormDataContentType()
}

// do sends a request to the handler and returns the recorder.
func (ts *testServer) do(req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	ts.ServeHTTP(rec, req)
	return rec
}

func (ts *testServer) upload(t *testing.T, path string, files []file, fields ...string) *httptest.ResponseRecorder {
	t.Helper()
	body, ct := multipartBody(t, files, fields...)
	req := httptest.NewRequest(http.MethodPost, path, body)
	req.Header.Set("Content-Type", ct)
	return ts.do(req)
}

func (ts *testServer) get(path string) *httptest.ResponseRecorder {
	return ts.do(httptest.NewRequest(http.MethodGet, path, nil))
}

// errCode decodes the error shape and returns its code.
func errCode(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	var e struct {
		Error *struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == nil {
		t.Fatalf("status %d: not the error shape: %s", rec.Code, truncate(rec.Body.String()))
	}
	if e.Error.Message == "" {
		t.Errorf("error %s has no message", e.Error.Code)
	}
	return e.Error.Code
}

func truncate(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sharedDir finds ../shared beside the module root, or skips.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	sh := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(sh, "examples")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("../shared/examples is missing (needed in CI): %v", err)
		}
		t.Skip("../shared/examples not present; skipping the tests on the example report")
	}
	return sh
}

func readAll(t *testing.T, r io.Reader) string {
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var _ = strings.Contains

func newUpload(payload []byte, ct string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/api/v1/analyze", bytes.NewReader(payload))
	req.Header.Set("Content-Type", ct)
	return req
}
