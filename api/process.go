package api

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"huibao/anonymize"
	"huibao/report"
)

// maxFilesPerRequest bounds the files of one upload.
const maxFilesPerRequest = 50

// choice is what the user asked for besides the files.
type choice struct {
	opt    report.Options
	store  bool
	policy string // name, for the pages to keep the selection
	style  string
}

// parseChoice reads the policy, style and store fields.
func (s *Server) parseChoice(f map[string]string) (choice, error) {
	ch := choice{store: true, policy: f["policy"], style: f["style"]}
	switch ch.policy {
	case "", "default":
		ch.policy = "default"
		ch.opt.Policy = anonymize.DefaultPolicy()
	case "strict":
		ch.opt.Policy = anonymize.StrictPolicy()
	default:
		p, ok := s.cfg.Policies[ch.policy]
		if !ok {
			return ch, errors.New("unknown policy (want " + strings.Join(s.policyNames(), ", ") + ")")
		}
		ch.opt.Policy = p
	}
	st, err := anonymize.ParseStyle(ch.style)
	if err != nil {
		return ch, errors.New("unknown style (want placeholder or mask)")
	}
	ch.opt.Style, ch.style = st, string(st)
	if v, ok := f["store"]; ok {
		switch strings.ToLower(v) {
		case "true", "1", "yes", "on":
			ch.store = true
		case "false", "0", "no", "off":
			ch.store = false
		default:
			return ch, errors.New("store must be true or false")
		}
	}
	ch.opt.Timeout = s.cfg.Timeout
	return ch, nil
}

func (s *Server) policyNames() []string {
	names := []string{"default", "strict"}
	for n := range s.cfg.Policies {
		if n != "default" && n != "strict" {
			names = append(names, n)
		}
	}
	return names
}

// process runs the pipeline on each file in turn, each in a worker slot,
// and stores the successes when asked. It returns one report per file, in
// order; a file that fails has its Error set. busy is true when no worker
// slot freed up within QueueWait; the remaining files are then not run.
func (s *Server) process(c *gin.Context, files []uploadFile, ch choice) (reps []*report.Report, busy bool) {
	ctx := c.Request.Context()
	for _, f := range files {
		rep, isBusy := s.processOne(ctx, f, ch)
		if isBusy {
			return reps, true
		}
		if ctx.Err() != nil {
			return reps, false
		}
		reps = append(reps, rep)
	}
	c.Set(ctxDocs, len(reps))
	return reps, false
}

func (s *Server) processOne(ctx context.Context, f uploadFile, ch choice) (*report.Report, bool) {
	wctx, cancel := context.WithTimeout(ctx, s.cfg.QueueWait)
	release, waited, err := s.pool.acquire(wctx)
	cancel()
	s.metrics.stage("queue", waited)
	if err != nil {
		if ctx.Err() == nil { // our wait ran out, not the client's
			s.metrics.rejected.Inc()
			s.metrics.failures.WithLabelValues(CodeBusy).Inc()
			return nil, true
		}
		return nil, false
	}
	defer release()
	s.metrics.inflight.Inc()
	defer s.metrics.inflight.Dec()
	s.metrics.docBytes.Observe(float64(len(f.data)))

	opt := ch.opt
	opt.Observe = s.metrics.stage
	start := time.Now()
	rep, _ := s.analyze(ctx, f.name, f.data, opt)
	s.metrics.stage("analyze", time.Since(start))
	if rep == nil { // the pipeline promises a report; be safe
		rep = &report.Report{Source: report.Source{Name: "(file)"}, Error: &report.Error{Code: CodeInternal, Message: "(file): internal error"}}
	}
	format := rep.Source.Format
	if format == "" {
		format = "unknown"
	}
	if rep.Error != nil {
		s.metrics.documents.WithLabelValues(format, "error").Inc()
		s.metrics.failures.WithLabelValues(rep.Error.Code).Inc()
		return rep, false
	}
	s.metrics.documents.WithLabelValues(format, "ok").Inc()
	if ch.store {
		start := time.Now()
		id, _, err := s.store.Put(ctx, rep, nil)
		s.metrics.stage("store", time.Since(start))
		if err != nil {
			s.log.Error("store put failed", "sha256", rep.Source.SHA256[:12], "err", err)
			s.metrics.failures.WithLabelValues(CodeInternal).Inc()
			rep.Error = &report.Error{Code: CodeInternal, Message: rep.Source.Name + ": the report could not be stored"}
			return rep, false
		}
		rep.ID = id
	}
	return rep, false
}
