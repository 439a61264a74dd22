package report

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"huibao/anonymize"
	"huibao/classify"
	"huibao/extract"
	"huibao/quantity"
	"huibao/segment"
)

// Options controls one run of the pipeline.
type Options struct {
	Policy  *anonymize.Policy // nil: the default policy
	Style   anonymize.Style   // "": placeholder
	Audit   bool              // include the originals of masked entities
	Raw     bool              // keep watermarks and page furniture
	Timeout time.Duration     // per file; 0: DefaultTimeout
	// Observe, when set, receives the duration of each stage (extract,
	// classify, quantities, anonymize), e.g. for metrics.
	Observe func(stage string, d time.Duration)
}

// DefaultTimeout bounds the processing of one file.
const DefaultTimeout = 2 * time.Minute

// Analyze runs the whole pipeline on one file. It always returns a Report
// (with Source filled and the name de-identified); on failure the Report's
// Error is set and the same *Error is returned.
func Analyze(ctx context.Context, name string, data []byte, opt Options) (out *Report, err error) {
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()

	sum := sha256.Sum256(data)
	rep := &Report{Source: Source{Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}}
	base := filepath.Base(strings.ReplaceAll(name, "\\", "/"))

	seg, err := segment.Default()
	if err != nil {
		return fail(rep, base, nil, opt, &Error{Code: extract.CodeInternal, Message: "segmenter unavailable"})
	}
	anon := anonymize.New(seg, opt.Policy, opt.Style)
	// A bug in a stage must not take the process (a batch, the service) down
	// with it: the file fails with an internal error instead. The panic
	// value may quote report text, so it is never shown.
	defer func() {
		if p := recover(); p != nil {
			out, err = failAfterPanic(rep, base, anon, opt)
		}
	}()

	// 1. extract
	t0 := time.Now()
	doc, err := extract.Extract(ctx, "", data, extract.Options{Raw: opt.Raw})
	if err != nil {
		var xe *extract.Error
		code := extract.CodeInternal
		msg := err.Error()
		if errors.As(err, &xe) {
			code, msg = xe.Code, xe.Msg
		}
		return fail(rep, base, anon, opt, &Error{Code: code, Message: msg})
	}
	rep.Source.Format = string(doc.Format)
	t0 = opt.observe("extract", t0)

	// 2-3. segment happens inside the stages that need it; classify.
	inputs := make([]classify.Input, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		inputs[i] = classify.Input{Text: p.Text, Heading: p.Heading, Level: p.Level}
	}
	analysis := classify.Analyze(inputs)
	results := analysis.Results
	t0 = opt.observe("classify", t0)

	// 4. quantities, on the original text so masking cannot hide a figure;
	// those read from inside a masked span are dropped in step 5.
	var qs []Quantity
	for i, p := range doc.Paragraphs {
		for _, q := range quantity.AnalyzeWords(p.Text, analysis.Words[i]) {
			qs = append(qs, Quantity{Quantity: q, Paragraph: i, Category: results[i].Category, Section: results[i].Section})
		}
	}

	// 5. anonymize: find entities across the whole document (paragraphs,
	// declared title, file name), then apply the same replacements to
	// every string that leaves the pipeline.
	texts := make([]string, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		texts[i] = p.Text
	}
	t0 = opt.observe("quantities", t0)
	red := anon.Analyze(texts, doc.Title, stem(base))

	rep.Paragraphs = make([]Paragraph, len(doc.Paragraphs))
	lines := make([]string, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		r := results[i]
		sentences := r.Sentences
		for j := range sentences {
			sentences[j].Text = red.Apply(sentences[j].Text)
		}
		rep.Paragraphs[i] = Paragraph{
			Index: i, Text: red.Apply(p.Text), Heading: r.Heading, Level: r.Level, Role: r.Role,
			Section: red.Apply(r.Section), Category: r.Category, Confidence: r.Confidence,
			Evidence: maskEvidence(red, r.Evidence), Sentences: sentences,
		}
		lines[i] = rep.Paragraphs[i].Text
	}
	rep.Text = strings.Join(lines, "\n")
	rep.Title = red.Apply(title(doc, results))
	rep.DocType, rep.Year, rep.Outline = analysis.DocType, analysis.Year, redactOutline(red, analysis.Outline)
	rep.Quantities = maskQuantities(red, texts, qs) // none read from a masked span
	if rep.Quantities == nil {
		rep.Quantities = []Quantity{}
	}
	rep.Source.Name = red.Apply(base)
	rep.Entities = red.Entities()
	if opt.Audit {
		rep.Audit = red.Audit()
	}
	opt.observe("anonymize", t0)
	return rep, nil
}

// observe reports the stage that started at t0 and returns the time now.
func (o Options) observe(stage string, t0 time.Time) time.Time {
	now := time.Now()
	if o.Observe != nil {
		o.Observe(stage, now.Sub(t0))
	}
	return now
}

// fail fills the error report. The file name is de-identified on its own,
// since there is no document text to learn names from.
func fail(rep *Report, base string, anon *anonymize.Anonymizer, opt Options, e *Error) (*Report, error) {
	name := base
	if anon != nil {
		red := anon.Analyze(nil, stem(base))
		name = red.Apply(base)
	} else {
		name = "(file)"
	}
	rep.Source.Name = name
	e.Message = name + ": " + e.Message
	rep.Error = e
	rep.Entities = []anonymize.EntityCount{}
	return rep, e
}

// failAfterPanic is fail for a stage that panicked: the file name is
// de-identified if the anonymizer can still do it, else written (file).
func failAfterPanic(rep *Report, base string, anon *anonymize.Anonymizer, opt Options) (out *Report, err error) {
	e := &Error{Code: extract.CodeInternal, Message: "internal error while analysing the file"}
	rep = &Report{Source: rep.Source} // nothing a stage wrote before it failed, which may not be masked yet
	defer func() {
		if recover() != nil {
			out, err = fail(rep, base, nil, opt, e)
		}
	}()
	return fail(rep, base, anon, opt, e)
}

func stem(base string) string { return strings.TrimSuffix(base, filepath.Ext(base)) }

// title picks the report's title: the one the file declares, else the
// first paragraph classification marked as the title, else the first
// short paragraph.
func title(doc *extract.Document, rs []classify.Result) string {
	if doc.Title != "" {
		return doc.Title
	}
	for i, r := range rs {
		if r.Role == "title" {
			return doc.Paragraphs[i].Text
		}
	}
	for _, p := range doc.Paragraphs {
		if n := len([]rune(p.Text)); n <= 60 && !strings.ContainsAny(p.Text, "。；") {
			return p.Text
		}
		break
	}
	if len(doc.Paragraphs) > 0 {
		r := []rune(doc.Paragraphs[0].Text)
		if len(r) > 40 {
			r = r[:40]
		}
		return string(r)
	}
	return ""
}

// redactOutline copies the heading tree with every heading de-identified.
func redactOutline(red *anonymize.Redaction, ns []*classify.Node) []*classify.Node {
	out := make([]*classify.Node, len(ns))
	for i, n := range ns {
		c := *n
		c.Text = red.Apply(n.Text)
		c.Children = redactOutline(red, n.Children)
		out[i] = &c
	}
	return out
}
