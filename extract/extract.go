// Package extract turns the bytes of a report file (TXT, DOCX, PDF, and the
// legacy and web formats) into paragraphs in reading order, with headings
// marked and page furniture, watermarks and resale ads removed.
//
// Extract is the only entry point the rest of huibao uses. The format is
// detected from the bytes (Detect), never from the file name. Every
// third-party parser runs behind a recover and the caller's deadline, so a
// hostile file yields an *Error, never a panic or a hang.
package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"huibao/outline"
)

// Format names a file format huibao reads.
type Format string

// The formats Detect can return.
const (
	Unknown Format = ""
	TXT     Format = "txt"
	DOCX    Format = "docx"
	PDF     Format = "pdf"
	DOC     Format = "doc"
	WPS     Format = "wps"
	RTF     Format = "rtf"
	HTML    Format = "html"
	ODT     Format = "odt"
)

// Supported lists the formats in the order they are named in error messages.
var Supported = []Format{TXT, DOCX, PDF, DOC, WPS, RTF, HTML, ODT}

// Paragraph is one paragraph of extracted text.
type Paragraph struct {
	Text    string // one paragraph, no line breaks
	Heading bool   // a heading or title line, from the file's styles or its numbering
	Level   int    // heading level when known (1 = top), 0 otherwise
	Page    int    // 1-based page of the first line (PDF), 0 when the format has no pages
}

// Document is the text of one file.
type Document struct {
	Format     Format
	Title      string // the title the file declares (DOCX Title style, PDF metadata), may be empty
	Paragraphs []Paragraph
	Pages      int      // page count for paged formats
	Engine     string   // which reader produced the text, e.g. "pdf/ledongthuc", "ocr/tesseract"
	Removed    []string // furniture lines removed by cleaning (watermarks, ads, page numbers); never shown to users by default
}

// Options controls extraction.
type Options struct {
	// Raw keeps watermarks, ads and page furniture; paragraphs are still rebuilt.
	Raw bool
	// MaxBytes caps the uncompressed size of any part of a container
	// (DOCX parts, ODT content); 0 means DefaultMaxBytes.
	MaxBytes int64
}

// DefaultMaxBytes bounds any single decompressed part of a container file.
const DefaultMaxBytes = 256 << 20

// Error codes, stable across the CLI, the API and the corpus store.
const (
	CodeEmpty       = "empty"
	CodeUnsupported = "unsupported_format"
	CodeCorrupt     = "corrupt"
	CodeNoText      = "no_text_layer"
	CodeEncrypted   = "encrypted"
	CodeTimeout     = "timeout"
	CodeTooLarge    = "too_large"
	CodeLegacy      = "unsupported_legacy_format"
	CodeInternal    = "internal"
)

// Error is an extraction failure. File is the name the caller passed in
// (already de-identified by the pipeline), never a path from inside a file.
type Error struct {
	Code string
	File string
	Msg  string
}

func (e *Error) Error() string {
	if e.File == "" {
		return e.Msg
	}
	return e.File + ": " + e.Msg
}

// Errorf builds an *Error for a reader.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...)}
}

func supportedList() string {
	s := make([]string, len(Supported))
	for i, f := range Supported {
		s[i] = string(f)
	}
	return strings.Join(s, ", ")
}

// Reader reads one format. It must respect ctx where it loops over pages
// or parts, and may panic only through third-party code (Extract recovers).
type Reader func(ctx context.Context, data []byte, opt Options) (*Document, error)

var readers = map[Format]Reader{}

// register installs the reader for a format; called from init in each
// format's file.
func register(f Format, r Reader) { readers[f] = r }

// Extract detects the format of data and returns its paragraphs. name is used
// only in error messages. The returned error is always an *Error.
func Extract(ctx context.Context, name string, data []byte, opt Options) (doc *Document, err error) {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if len(data) == 0 {
		return nil, &Error{Code: CodeEmpty, File: name, Msg: "the file is empty; supported formats: " + supportedList()}
	}
	f := Detect(data)
	r := readers[f]
	if f == Unknown || r == nil {
		return nil, &Error{Code: CodeUnsupported, File: name, Msg: "not a recognised report format; supported formats: " + supportedList()}
	}
	type result struct {
		doc *Document
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				// The panic value may quote file content; keep only its type.
				ch <- result{err: &Error{Code: CodeCorrupt, Msg: fmt.Sprintf("the %s reader failed on malformed data (%T)", f, p)}}
				_ = debug.Stack
			}
		}()
		d, e := r(ctx, data, opt)
		ch <- result{d, e}
	}()
	var res result
	select {
	case res = <-ch:
	case <-ctx.Done():
		return nil, &Error{Code: CodeTimeout, File: name, Msg: fmt.Sprintf("reading the %s file took too long", f)}
	}
	if res.err != nil {
		var e *Error
		if errors.As(res.err, &e) {
			c := *e
			c.File = name
			return nil, &c
		}
		return nil, &Error{Code: CodeCorrupt, File: name, Msg: fmt.Sprintf("cannot read the %s file: %v", f, res.err)}
	}
	doc = res.doc
	doc.Format = f
	doc.Paragraphs = normalizeParagraphs(doc.Paragraphs)
	markHeadings(doc.Paragraphs)
	if !opt.Raw {
		Clean(doc)
	}
	if len(doc.Paragraphs) == 0 {
		return nil, &Error{Code: CodeEmpty, File: name, Msg: fmt.Sprintf("the %s file contains no text", f)}
	}
	return doc, nil
}

// markHeadings marks paragraphs that read as numbered headings (一、…,
// （一）…, 1. …) where the reader found no heading style.
func markHeadings(ps []Paragraph) {
	for i := range ps {
		if ps[i].Heading {
			continue
		}
		if m, ok := outline.Parse(ps[i].Text); ok && outline.IsHeading(ps[i].Text) {
			ps[i].Heading, ps[i].Level = true, m.Level
		}
	}
}

// normalizeParagraphs trims paragraphs, drops empty ones and folds any
// remaining line breaks into the paragraph.
func normalizeParagraphs(ps []Paragraph) []Paragraph {
	out := ps[:0]
	for _, p := range ps {
		p.Text = strings.TrimSpace(strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n', '\v', '\f', '\t', '\u2028', '\u2029':
				return ' '
			case '\u00a0', '\u3000':
				return ' '
			case '\ufeff', '\u200b':
				return -1
			}
			return r
		}, p.Text))
		for strings.Contains(p.Text, "  ") {
			p.Text = strings.ReplaceAll(p.Text, "  ", " ")
		}
		if p.Text != "" {
			out = append(out, p)
		}
	}
	return out
}
