package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huibao/internal/leakcheck"
)

// The leak test runs a report full of known identifiers through every path
// that produces output — analyze (json and text), a failing file, ingest,
// search, export, and the HTTP service with its logs — and greps everything
// for the originals. extract and analyze --audit print originals by design
// and are left out.

var huibaoBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "huibao-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	huibaoBin = filepath.Join(dir, "huibao")
	if out, err := exec.Command("go", "build", "-o", huibaoBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const leakDir = "../../testdata/leak"

func leakFixture(t *testing.T) (path string, ids []string) {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(leakDir, "*汇报.txt"))
	if len(matches) != 1 {
		t.Fatalf("leak fixture not found in %s", leakDir)
	}
	b, err := os.ReadFile(filepath.Join(leakDir, "identifiers.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			ids = append(ids, l)
			ids = append(ids, leakcheck.DigitWindow(l)...)
		}
	}
	return matches[0], ids
}

func assertNoLeak(t *testing.T, what string, out []byte, ids []string) {
	t.Helper()
	s := string(out)
	for _, id := range ids {
		if strings.Contains(s, id) {
			i := strings.Index(s, id)
			lo, hi := max(0, i-60), min(len(s), i+len(id)+60)
			t.Errorf("%s leaks %q: …%s…", what, id, s[lo:hi])
		}
	}
}

func run(t *testing.T, wantExit int, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(huibaoBin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != wantExit {
		t.Fatalf("huibao %s: exit %d, want %d\n%s", strings.Join(args, " "), code, wantExit, out.Bytes())
	}
	return out.Bytes()
}

func TestNoLeakCLI(t *testing.T) {
	path, ids := leakFixture(t)
	tmp := t.TempDir()
	// A failing file whose name is itself identifying.
	bad := filepath.Join(tmp, "郑云翔在西和县的讲话.pdf")
	os.WriteFile(bad, []byte("%PDF-1.4\n%garbage"), 0o644)
	// and one named after a phone number
	badPhone := filepath.Join(tmp, "联系人13859471026的材料.pdf")
	os.WriteFile(badPhone, []byte("%PDF-1.4\n%garbage"), 0o644)

	assertNoLeak(t, "analyze json", run(t, 0, "analyze", "--format", "json", path), ids)
	assertNoLeak(t, "analyze text", run(t, 0, "analyze", "--format", "text", path), ids)
	assertNoLeak(t, "analyze mask", run(t, 0, "analyze", "--format", "json", "--style", "mask", "--policy", "strict", path), ids)
	out := run(t, 1, "analyze", "--format", "json", bad)
	assertNoLeak(t, "analyze error", out, ids)
	assertNoLeak(t, "analyze error (phone in the name)", run(t, 1, "analyze", "--format", "json", badPhone), ids)
	if !bytes.Contains(out, []byte(`"error"`)) {
		t.Errorf("bad file gave no error object: %s", out)
	}

	db := filepath.Join(tmp, "corpus.db")
	assertNoLeak(t, "ingest", run(t, 1, "ingest", "--db", db, "--json", path, bad, badPhone), ids)
	for _, q := range []string{"产业", "工作专班", "郑云翔", "西和县", "13859471026", "206157066"} {
		assertNoLeak(t, "search "+q, run(t, 0, "search", "--db", db, "--json", q), ids)
	}
	for _, what := range []string{"reports", "paragraphs", "quantities"} {
		for _, f := range []string{"jsonl", "csv"} {
			assertNoLeak(t, "export "+what+" "+f, run(t, 0, "export", "--db", db, "--what", what, "--format", f), ids)
		}
	}
	// The database file itself, index included, holds no original.
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	assertNoLeak(t, "database file", raw, ids)
}

func TestNoLeakService(t *testing.T) {
	path, ids := leakFixture(t)
	tmp := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, huibaoBin, "serve", "--addr", addr, "--db", filepath.Join(tmp, "srv.db"))
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cancel(); cmd.Wait() }()
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		if r, err := http.Get(base + "/healthz"); err == nil {
			r.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not start: %s", logs.Bytes())
		}
		time.Sleep(200 * time.Millisecond)
	}
	data, _ := os.ReadFile(path)
	var all bytes.Buffer
	get := func(url string) []byte {
		r, err := http.Get(base + url)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		all.Write(b)
		return b
	}
	post := func(url, name string, body []byte) []byte {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(body)
		mw.Close()
		r, err := http.Post(base+url, mw.FormDataContentType(), &buf)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		all.Write(b)
		return b
	}
	post("/api/v1/analyze", filepath.Base(path), data)
	stored := post("/api/v1/reports", filepath.Base(path), data)
	post("/api/v1/reports", "郑云翔在西和县的讲话.pdf", []byte("%PDF-1.4\n%garbage"))
	id := jsonField(stored, "id")
	if id == "" {
		t.Fatalf("no id in stored report: %.300s", stored)
	}
	get("/api/v1/reports/" + id)
	get("/api/v1/reports?page=1")
	for _, f := range []string{"txt", "json"} {
		get("/api/v1/reports/" + id + "/download?format=" + f)
	}
	// A DOCX is compressed: check the XML inside it.
	r, err := http.Get(base + "/api/v1/reports/" + id + "/download?format=docx")
	if err != nil {
		t.Fatal(err)
	}
	docx, _ := io.ReadAll(r.Body)
	r.Body.Close()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("docx download is not a zip: %v", err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		assertNoLeak(t, "docx "+f.Name, b, ids)
		if f.Name == "word/document.xml" && !bytes.Contains(b, []byte("工作专班")) {
			t.Error("docx download lacks the report text")
		}
	}
	get("/api/v1/search?q=" + url.QueryEscape("产业"))
	// Searching for an original name finds nothing: it is not in the index.
	// (The response echoes the user's own query, so it is checked by count.)
	r, err = http.Get(base + "/api/v1/search?q=" + url.QueryEscape("郑云翔"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if !bytes.Contains(b, []byte(`"total":0`)) {
		t.Errorf("searching an original name found hits: %.300s", b)
	}
	get("/")
	assertNoLeak(t, "HTTP responses", all.Bytes(), ids)
	cancel()
	cmd.Wait()
	assertNoLeak(t, "server logs", logs.Bytes(), ids)
}

// jsonField finds the first "key":"value" string in a JSON document without
// caring about its shape (an object or an array of them).
func jsonField(b []byte, key string) string {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	needle := `"` + key + `":"`
	for sc.Scan() {
		s := sc.Text()
		if i := strings.Index(s, needle); i >= 0 {
			s = s[i+len(needle):]
			if j := strings.IndexByte(s, '"'); j >= 0 {
				return s[:j]
			}
		}
	}
	return ""
}
