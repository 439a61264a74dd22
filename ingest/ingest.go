// Package ingest feeds a corpus from files, directories and archives: it
// walks zip (GBK names included), tar, tar.gz, tar.bz2, gz, 7z and RAR
// (multi-volume) inputs, nested up to three deep, streaming one entry at a
// time within size and ratio limits, runs report.Analyze on each with a
// worker pool, and stores the de-identified result. Every entry ends up
// ingested, duplicate, failed or skipped; no original name is reported.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"runtime"
	"strings"
	"sync"
	"time"

	"huibao/anonymize"
	"huibao/report"
	"huibao/segment"
	"huibao/store"
)

// Limits bound what hostile input can cost.
type Limits struct {
	MaxEntryBytes    int64 // one file or archive entry, uncompressed
	MaxRatio         int64 // an input may expand to MaxRatio × its size (+ Slack) across nested archives
	Slack            int64 // allowance added to every ratio limit, for small archives of text
	MaxEntries       int   // entries in one archive
	MaxDepth         int   // archive nesting: 1 is an archive on disk, 3 an archive in an archive in one
	MaxRarDictionary int64 // RAR decoder window (memory)
}

// DefaultLimits are the limits Run uses for zero fields.
var DefaultLimits = Limits{
	MaxEntryBytes:    100 << 20,
	MaxRatio:         100,
	Slack:            16 << 20,
	MaxEntries:       100_000,
	MaxDepth:         3,
	MaxRarDictionary: 256 << 20,
}

// Options configure a run.
type Options struct {
	Workers  int               // 0: runtime.NumCPU()
	Tags     map[string]string // stored with every report of the run
	Pipeline report.Options    // policy and style; Audit is used internally and never stored
	Limits   Limits
	// Progress, when set, is called after every accounted entry and as
	// input bytes are read, from one goroutine at a time.
	Progress func(Progress)
}

// Progress is a running count.
type Progress struct {
	Done      int   `json:"done"`
	Ingested  int   `json:"ingested"`
	Duplicate int   `json:"duplicate"`
	Failed    int   `json:"failed"`
	Skipped   int   `json:"skipped"`
	ReadBytes int64 `json:"read_bytes"` // input bytes read so far (on disk, compressed)
}

// Failure is one entry that could not be ingested. Entry is the entry's
// path with every component de-identified.
type Failure struct {
	Entry   string `json:"entry"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Summary accounts for every entry of a run.
type Summary struct {
	Ingested  int       `json:"ingested"`
	Duplicate int       `json:"duplicate"`
	Failed    int       `json:"failed"`
	Skipped   int       `json:"skipped"`
	Failures  []Failure `json:"failures"`
	Seconds   float64   `json:"seconds"`
}

// Run ingests paths into st. It returns the summary even when ctx is
// cancelled mid-run (with ctx's error); entries not yet started then are
// simply not counted, and a rerun picks them up.
func Run(ctx context.Context, st store.Store, paths []string, opt Options) (*Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	opt.Limits = withDefaults(opt.Limits)
	seg, err := segment.Default()
	if err != nil {
		return nil, err
	}
	anon := anonymize.New(seg, opt.Pipeline.Policy, opt.Pipeline.Style)

	var mu sync.Mutex // guards sum, prog and Progress calls
	sum := &Summary{Failures: []Failure{}}
	var prog Progress
	report := func(fn func()) {
		mu.Lock()
		defer mu.Unlock()
		fn()
		if opt.Progress != nil {
			opt.Progress(prog)
		}
	}

	items := make(chan item, opt.Workers)
	var wg sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				res := process(ctx, st, anon, it, opt)
				report(func() {
					prog.Done++
					switch res.status {
					case statusIngested:
						sum.Ingested++
						prog.Ingested++
					case statusDuplicate:
						sum.Duplicate++
						prog.Duplicate++
					case statusSkipped:
						sum.Skipped++
						prog.Skipped++
					case statusFailed:
						sum.Failed++
						prog.Failed++
						sum.Failures = append(sum.Failures, res.failure)
					}
				})
			}
		}()
	}

	w := &walker{ctx: ctx, lim: opt.Limits, out: items, read: func(n int64) {
		report(func() { prog.ReadBytes += n })
	}}
	var walkErr error
	for _, p := range paths {
		if err := w.walkArg(p); err != nil {
			walkErr = err
			break
		}
	}
	close(items)
	wg.Wait()
	sum.Seconds = time.Since(start).Seconds()
	if walkErr == nil {
		walkErr = ctx.Err()
	}
	return sum, walkErr
}

func withDefaults(l Limits) Limits {
	d := DefaultLimits
	if l.MaxEntryBytes > 0 {
		d.MaxEntryBytes = l.MaxEntryBytes
	}
	if l.MaxRatio > 0 {
		d.MaxRatio = l.MaxRatio
	}
	if l.Slack > 0 {
		d.Slack = l.Slack
	}
	if l.MaxEntries > 0 {
		d.MaxEntries = l.MaxEntries
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxRarDictionary > 0 {
		d.MaxRarDictionary = l.MaxRarDictionary
	}
	return d
}

type status int

const (
	statusIngested status = iota
	statusDuplicate
	statusSkipped
	statusFailed
)

type result struct {
	status  status
	failure Failure
}

// process runs one item through Has → Analyze → Put. A panic in any
// stage fails the entry, not the batch.
func process(ctx context.Context, st store.Store, anon *anonymize.Anonymizer, it item, opt Options) (res result) {
	defer func() {
		if p := recover(); p != nil {
			res = failed(anon, it.path, nil, "internal", "processing failed unexpectedly")
		}
	}()
	if it.skip {
		return result{status: statusSkipped}
	}
	if it.code != "" {
		return failed(anon, it.path, nil, it.code, it.msg)
	}
	if err := ctx.Err(); err != nil {
		return failed(anon, it.path, nil, CodeInterrupted, "the run was interrupted")
	}
	h := sha256.Sum256(it.data)
	if _, ok, err := st.Has(ctx, hex.EncodeToString(h[:])); err != nil {
		return failed(anon, it.path, nil, CodeStore, "cannot query the corpus")
	} else if ok {
		return result{status: statusDuplicate}
	}
	po := opt.Pipeline
	po.Audit = true // only to de-identify the entry's path; never stored or printed
	rep, err := report.Analyze(ctx, it.path[len(it.path)-1], it.data, po)
	if err != nil || rep.Error != nil {
		code, msg := extractCode(rep, err)
		return failed(anon, it.path, rep, code, msg)
	}
	audit := rep.Audit
	rep.Audit = nil
	if _, created, err := st.Put(ctx, rep, opt.Tags); err != nil {
		rep.Audit = audit
		return failed(anon, it.path, rep, CodeStore, "cannot store the report")
	} else if !created {
		return result{status: statusDuplicate}
	}
	return result{status: statusIngested}
}

func extractCode(rep *report.Report, err error) (string, string) {
	if rep != nil && rep.Error != nil {
		return rep.Error.Code, rep.Error.Message
	}
	var re *report.Error
	if errors.As(err, &re) {
		return re.Code, re.Message
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return CodeInterrupted, "the run was interrupted"
	}
	return "internal", "processing failed"
}

func failed(anon *anonymize.Anonymizer, path []string, rep *report.Report, code, msg string) result {
	return result{status: statusFailed, failure: Failure{Entry: DeidentifyPath(anon, path, rep), Code: code, Message: msg}}
}

// DeidentifyPath renders an entry path with every component
// de-identified: the components are analysed together (so a name in a
// folder and in a file name gets one placeholder), the names the
// pipeline found in the document itself (its audit) are masked too, and
// the last component is the pipeline's own de-identified file name when
// there is one.
func DeidentifyPath(anon *anonymize.Anonymizer, path []string, rep *report.Report) string {
	red := anon.Analyze(nil, path...)
	out := make([]string, len(path))
	for i, c := range path {
		out[i] = red.Apply(c)
		if rep != nil {
			out[i] = applyAudit(out[i], rep.Audit)
		}
	}
	if rep != nil && rep.Source.Name != "" {
		out[len(out)-1] = rep.Source.Name
	}
	return strings.Join(out, "/")
}

// applyAudit replaces the originals the pipeline found in the document
// by their placeholders, longest first.
func applyAudit(s string, audit []anonymize.AuditEntry) string {
	for _, a := range sortAudit(audit) {
		if a.Text != "" {
			s = strings.ReplaceAll(s, a.Text, a.Placeholder)
		}
	}
	return s
}

func sortAudit(a []anonymize.AuditEntry) []anonymize.AuditEntry {
	out := append([]anonymize.AuditEntry(nil), a...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j].Text) > len(out[j-1].Text); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
