// Package ingest feeds a corpus from files, directories and archives: it
// walks zip (GBK names included), tar, tar.gz, tar.bz2, gz, 7z and RAR
// (multi-volume) inputs, nested up to three deep, streaming one entry at a
// time within size and ratio limits, runs report.Analyze on each with a
// worker pool, and stores the de-identified result. Every entry ends up
// ingested, duplicate, failed or skipped; no original name is reported.
package ingest

import (
	"context"
	"crypto/rand"
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
	// NoClaims turns off claims (store.Claimer) even when the store
	// offers them, so concurrent ingesters may analyse the same entry
	// twice (still storing it once); for measuring what claims save.
	NoClaims bool
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
	// Run names this run in the corpus's ingest log (store.Entry.Run).
	Run string `json:"run,omitempty"`
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

	run := &runState{st: st, anon: anon, opt: opt, id: newRunID()}
	run.journal, _ = st.(store.Journal)
	if !opt.NoClaims {
		run.claims, _ = st.(store.Claimer)
	}
	sum.Run = run.id
	account := func(res result) {
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
	// pool runs items through fn with opt.Workers goroutines; items
	// another process has claimed come back on the deferred list.
	var dmu sync.Mutex
	var deferred []item
	var deferredBytes int64
	pool := func(items <-chan item, wait bool) *sync.WaitGroup {
		var wg sync.WaitGroup
		for i := 0; i < opt.Workers; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for it := range items {
					res := run.process(ctx, it, wait)
					if res.status == statusDeferred {
						dmu.Lock()
						if deferredBytes+int64(len(it.data)) > maxDeferredBytes {
							it.sha, it.data = hashOf(it.data), nil // resolved from the corpus alone
						}
						deferredBytes += int64(len(it.data))
						deferred = append(deferred, it)
						dmu.Unlock()
						continue
					}
					account(res)
				}
			}()
		}
		return &wg
	}

	items := make(chan item, opt.Workers)
	wg := pool(items, false)
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
	// Entries another ingester was working on: wait for its claim, then
	// they are duplicates, or ours to process when it stopped or failed.
	for round := 0; len(deferred) > 0; round++ {
		todo := deferred
		deferred, deferredBytes = nil, 0
		if round == maxClaimRounds {
			for _, it := range todo {
				account(run.logged(ctx, it, result{status: statusFailed, failure: Failure{Code: CodeClaimed,
					Message: "another ingester kept this entry busy; run again"}}, itemSHA(it), nil))
			}
			break
		}
		ch := make(chan item, opt.Workers)
		wg := pool(ch, true)
		for _, it := range todo {
			ch <- it
		}
		close(ch)
		wg.Wait()
	}
	sum.Seconds = time.Since(start).Seconds()
	if walkErr == nil {
		walkErr = ctx.Err()
	}
	return sum, walkErr
}

// maxDeferredBytes bounds the input kept in memory for entries another
// ingester had claimed; beyond it, such entries keep only their hash and
// are resolved from the corpus and its ingest log.
const maxDeferredBytes = 64 << 20

// maxClaimRounds bounds how often an entry is deferred to another
// ingester's claim before it is reported as failed.
const maxClaimRounds = 3

// newRunID names an ingest run in the log: its start time and a random
// suffix, so runs on several machines never share an id.
func newRunID() string {
	var b [4]byte
	rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
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
	statusDeferred // another process holds the entry's claim
)

type result struct {
	status   status
	failure  Failure
	reportID string
}

// runState is what the workers of one run share.
type runState struct {
	id      string
	st      store.Store
	journal store.Journal // nil: the store keeps no ingest log
	claims  store.Claimer // nil: no other process to share work with
	anon    *anonymize.Anonymizer
	opt     Options
}

// itemSHA is the SHA-256 of an item's bytes, also once they are dropped.
func itemSHA(it item) string {
	if it.sha != "" {
		return it.sha
	}
	return hashOf(it.data)
}

func hashOf(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}

// logged writes res to the ingest log (ingested reports are logged by
// PutLogged in their own transaction) and returns it; an entry whose row
// cannot be written is failed, so the summary never claims more than the
// corpus records.
func (r *runState) logged(ctx context.Context, it item, res result, sha string, rep *report.Report) result {
	if res.status == statusFailed && res.failure.Entry == "" {
		res.failure.Entry = DeidentifyPath(r.anon, it.path, rep)
	}
	if r.journal == nil || res.status == statusIngested || res.status == statusDeferred {
		return res
	}
	e := store.Entry{Run: r.id, SHA256: sha, ReportID: res.reportID}
	switch res.status {
	case statusDuplicate:
		e.Status = store.EntryDuplicate
	case statusSkipped:
		e.Status = store.EntrySkipped
	case statusFailed:
		e.Status, e.Code, e.Message = store.EntryFailed, res.failure.Code, res.failure.Message
	}
	if res.status == statusFailed {
		e.Entry = res.failure.Entry
	} else {
		e.Entry = DeidentifyPath(r.anon, it.path, rep)
	}
	lctx := ctx
	if ctx.Err() != nil { // an interrupted entry is still recorded
		var cancel context.CancelFunc
		lctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
	}
	if err := r.journal.LogEntries(lctx, e); err != nil {
		return result{status: statusFailed, failure: Failure{Entry: e.Entry, Code: CodeStore,
			Message: "cannot write the ingest log"}}
	}
	return res
}

// process runs one item through Has → Claim → Analyze → Put and logs
// the outcome. With wait, the item was deferred to another ingester's
// claim: wait for that claim first. A panic in any stage fails the
// entry, not the batch.
func (r *runState) process(ctx context.Context, it item, wait bool) (res result) {
	sha := itemSHA(it)
	var rep *report.Report
	defer func() {
		if p := recover(); p != nil {
			res = r.logged(ctx, it, result{status: statusFailed, failure: Failure{Code: "internal",
				Message: "processing failed unexpectedly"}}, sha, nil)
		}
	}()
	fail := func(code, msg string) result {
		return r.logged(ctx, it, result{status: statusFailed, failure: Failure{Code: code, Message: msg}}, sha, rep)
	}
	if it.skip {
		return r.logged(ctx, it, result{status: statusSkipped}, "", nil)
	}
	if it.code != "" { // failed before its bytes were read in full
		return r.logged(ctx, it, result{status: statusFailed, failure: Failure{Code: it.code, Message: it.msg}}, "", nil)
	}
	if err := ctx.Err(); err != nil {
		return fail(CodeInterrupted, "the run was interrupted")
	}
	if wait {
		if err := r.claims.AwaitClaim(ctx, sha); err != nil {
			return fail(CodeStore, "cannot query the corpus")
		}
	}
	if id, ok, err := r.st.Has(ctx, sha); err != nil {
		return fail(CodeStore, "cannot query the corpus")
	} else if ok {
		return r.logged(ctx, it, result{status: statusDuplicate, reportID: id}, sha, r.storedAs(ctx, id))
	}
	if it.data == nil && it.sha != "" { // deferred without its bytes: the other ingester did not store it
		return r.resolveElsewhere(ctx, it, sha)
	}
	if r.claims != nil {
		release, ok, err := r.claims.Claim(ctx, sha)
		switch {
		case err != nil: // claims only save work; go on without one
		case !ok:
			return result{status: statusDeferred}
		default:
			defer release()
		}
	}
	po := r.opt.Pipeline
	po.Audit = true // only to de-identify the entry's path; never stored or printed
	rep, err := report.Analyze(ctx, it.path[len(it.path)-1], it.data, po)
	if err != nil || rep.Error != nil {
		code, msg := extractCode(rep, err)
		return fail(code, msg)
	}
	name := DeidentifyPath(r.anon, it.path, rep)
	audit := rep.Audit
	rep.Audit = nil
	var created bool
	var id string
	if r.journal != nil {
		id, created, err = r.journal.PutLogged(ctx, rep, r.opt.Tags, store.Entry{Run: r.id, Entry: name})
	} else {
		id, created, err = r.st.Put(ctx, rep, r.opt.Tags)
	}
	if err != nil {
		rep.Audit = audit
		return fail(CodeStore, "cannot store the report")
	}
	if !created { // stored meanwhile by another process; PutLogged logged it
		return result{status: statusDuplicate, reportID: id}
	}
	return result{status: statusIngested, reportID: id}
}

// storedAs returns a stand-in report carrying the stored report's
// de-identified file name, which was made knowing the document's names,
// so a duplicate's log row ends in that name rather than in the entry's
// name de-identified alone; nil when the store cannot tell.
func (r *runState) storedAs(ctx context.Context, id string) *report.Report {
	if r.journal == nil {
		return nil
	}
	name, err := r.journal.StoredName(ctx, id)
	if err != nil || name == "" {
		return nil
	}
	return &report.Report{Source: report.Source{Name: name}}
}

// resolveElsewhere accounts for an entry that another ingester claimed
// and did not store, when this run no longer holds its bytes: the other
// run's log row tells why it failed.
func (r *runState) resolveElsewhere(ctx context.Context, it item, sha string) result {
	code, msg := CodeClaimed, "another ingester was processing this entry and stopped; run again"
	if r.journal != nil {
		r.journal.Entries(ctx, store.EntryFilter{SHA256: sha, Status: store.EntryFailed}, func(e store.Entry) error {
			code, msg = e.Code, e.Message
			return nil
		})
	}
	return r.logged(ctx, it, result{status: statusFailed, failure: Failure{Code: code, Message: msg}}, sha, nil)
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
