package extract

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// addSeeds adds the committed fixtures matching pattern to the corpus.
func addSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join(xRepoRoot(f), "testdata", "extract", pattern))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

// fuzzReader calls a reader directly (not through Extract, whose recover
// would hide a panic) and checks what it returns.
func fuzzReader(t *testing.T, r Reader, data []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	doc, err := r(ctx, data, Options{MaxBytes: 8 << 20})
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || e.Code == "" {
			t.Fatalf("error without a code: %v", err)
		}
		return
	}
	if doc == nil {
		t.Fatal("nil document without an error")
	}
	for _, p := range doc.Paragraphs {
		if !utf8.ValidString(p.Text) {
			t.Fatalf("invalid UTF-8 in %q", p.Text)
		}
	}
	// The full path must agree: no panic, and an *Error when it fails.
	if _, err := Extract(ctx, "fuzz", data, Options{MaxBytes: 8 << 20}); err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("Extract returned %T", err)
		}
	}
}

func FuzzTXT(f *testing.F) {
	addSeeds(f, "*.txt")
	f.Add([]byte("一、标题\n\n　　正文第一行\n续行。\n"))
	f.Add([]byte{0xFF, 0xFE, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, readTXT, data) })
}

func FuzzDOCX(f *testing.F) {
	addSeeds(f, "*.docx")
	addSeeds(f, "*.odt")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, readDOCX, data)
		fuzzReader(t, readODT, data)
	})
}

func FuzzDOC(f *testing.F) {
	// No LibreOffice while fuzzing: the built-in reader is the subject.
	old := sofficeBinary
	sofficeBinary = func() string { return "" }
	f.Cleanup(func() { sofficeBinary = old })
	addSeeds(f, "*.doc")
	f.Fuzz(func(t *testing.T, data []byte) {
		// The piece-table reader itself: no LibreOffice during fuzzing.
		fuzzReader(t, func(ctx context.Context, b []byte, opt Options) (*Document, error) {
			return readWord97(ctx, b, opt)
		}, data)
	})
}

func FuzzRTF(f *testing.F) {
	addSeeds(f, "*.rtf")
	addSeeds(f, "*.html")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzReader(t, readRTF, data)
		fuzzReader(t, readHTML, data)
	})
}
