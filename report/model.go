// Package report defines the report model and runs the pipeline that fills
// it: bytes → extract → segment → classify/quantities → anonymize.
//
// Analyze is the one entry point: the CLI, the HTTP API and the batch
// ingester all call it. Every string in a Report it returns has been
// de-identified, except Audit, which is filled only on request.
package report

import (
	"huibao/anonymize"
	"huibao/classify"
	"huibao/quantity"
)

// Source describes the input file. Name is de-identified; SHA256 is of the
// original bytes and identifies the report in the corpus.
type Source struct {
	Name   string `json:"name"`
	Format string `json:"format"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Paragraph is one paragraph with its structure and category.
type Paragraph struct {
	Index      int                 `json:"index"`
	Text       string              `json:"text"`
	Heading    bool                `json:"heading"`
	Level      int                 `json:"level,omitempty"`
	Role       string              `json:"role,omitempty"` // title, occasion, speaker, salutation, heading, body
	Section    string              `json:"section"`
	Category   string              `json:"category"`
	Confidence float64             `json:"confidence"`
	Evidence   []string            `json:"evidence,omitempty"`
	Sentences  []classify.Sentence `json:"sentences,omitempty"`
}

// Quantity is a figure found in a paragraph.
type Quantity struct {
	quantity.Quantity
	Paragraph int    `json:"paragraph"`
	Category  string `json:"category"`
	Section   string `json:"section,omitempty"`
}

// Error is a failure to process one file, with a stable code.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// Report is the structured, de-identified result for one file.
type Report struct {
	ID         string                  `json:"id,omitempty"` // corpus id, when stored
	Source     Source                  `json:"source"`
	Title      string                  `json:"title"`
	DocType    string                  `json:"doc_type,omitempty"` // 政府工作报告, 工作汇报, 汇报发言, 工作总结, 述职报告, 其他
	Year       int                     `json:"year,omitempty"`     // the year the report is about, when stated
	Outline    []*classify.Node        `json:"outline,omitempty"`  // heading tree, de-identified
	Text       string                  `json:"text"`
	Paragraphs []Paragraph             `json:"paragraphs"`
	Quantities []Quantity              `json:"quantities"`
	Entities   []anonymize.EntityCount `json:"entities"`
	Audit      []anonymize.AuditEntry  `json:"audit,omitempty"`
	Error      *Error                  `json:"error,omitempty"`
}
