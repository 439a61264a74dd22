// Package api is huibao's HTTP service: the JSON API under /api/v1, the
// server-rendered Chinese web pages, and the limits, authentication,
// metrics and logging around them. Every handler runs the one pipeline
// (report.Analyze) and reads and writes the corpus through store.Store.
package api

import (
	"context"
	"crypto/rand"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"path"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gin-gonic/gin"

	"huibao/anonymize"
	"huibao/report"
	"huibao/segment"
	"huibao/store"
)

//go:embed templates/*.html static/* openapi.yaml
var assets embed.FS

// DefaultMaxUpload is the default limit on the body of one request.
const DefaultMaxUpload = 50 << 20

// Config configures a Server. Only Store is required.
type Config struct {
	Store     store.Store
	Token     string        // when set, required on the API (Bearer) and the pages (login)
	MaxUpload int64         // bytes per request; 0: DefaultMaxUpload
	Workers   int           // documents processed at once; 0: the number of CPUs
	Queue     int           // requests admitted beyond Workers that wait for a slot; <0: none, 0: 4×Workers
	QueueWait time.Duration // longest wait for a worker slot before answering busy; 0: 2 minutes
	Timeout   time.Duration // per document; 0: report.DefaultTimeout
	// Policies are the de-identification policies users may choose by name,
	// besides the built-in "default" and "strict" (e.g. a county's deny
	// list loaded with anonymize.LoadPolicy).
	Policies map[string]*anonymize.Policy
	Logger   *slog.Logger // nil: slog.Default()
	// SecureCookies marks cookies Secure (set when serving over HTTPS).
	SecureCookies bool
}

// Server is the huibao HTTP service. Create it with New; it is an
// http.Handler.
type Server struct {
	cfg      Config
	store    store.Store
	log      *slog.Logger
	pool     *pool
	metrics  *metrics
	engine   *gin.Engine
	pages    *pages
	secret   []byte // signs sessions and CSRF tokens; new at every start
	cop      *http.CrossOriginProtection
	closing  atomic.Bool
	segReady atomic.Bool
	// analyze is the pipeline; tests replace it to control timing.
	analyze func(ctx context.Context, name string, data []byte, opt report.Options) (*report.Report, error)
}

// New builds a Server and starts loading the segmenter in the background,
// so the first upload does not pay for it (/readyz reports when it is done).
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("api: a store is required")
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Queue == 0 {
		cfg.Queue = 4 * cfg.Workers
	} else if cfg.Queue < 0 {
		cfg.Queue = 0
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = 2 * time.Minute
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = report.DefaultTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, store: cfg.Store, log: cfg.Logger, analyze: report.Analyze,
		cop: http.NewCrossOriginProtection(), secret: make([]byte, 32)}
	if _, err := rand.Read(s.secret); err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	s.pool = newPool(cfg.Workers, cfg.Queue)
	s.metrics = newMetrics(s.pool.busy)
	p, err := newPages()
	if err != nil {
		return nil, err
	}
	s.pages = p
	s.routes()
	go func() {
		if _, err := segment.Default(); err == nil {
			s.segReady.Store(true)
		} else {
			s.log.Error("segmenter failed to load", "err", err)
		}
	}()
	return s, nil
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.engine.ServeHTTP(w, r) }

func (s *Server) routes() {
	gin.SetMode(gin.ReleaseMode)
	e := gin.New()
	e.ContextWithFallback = true
	e.HandleMethodNotAllowed = true
	e.Use(s.requestLog, s.metrics.middleware, s.recover, s.securityHeaders, s.crossOrigin)

	e.GET("/static/:name", s.static)
	e.GET("/healthz", s.healthz)
	e.GET("/readyz", s.readyz)
	e.GET("/metrics", s.requireAPIAuth, s.metrics.handler())

	v1 := e.Group("/api/v1")
	v1.GET("/openapi.yaml", s.openapi)
	v1.Use(s.requireAPIAuth)
	v1.POST("/analyze", s.apiAnalyze)
	v1.POST("/reports", s.apiCreateReports)
	v1.GET("/reports", s.apiListReports)
	v1.GET("/reports/:id", s.apiGetReport)
	v1.DELETE("/reports/:id", s.apiDeleteReport)
	v1.GET("/reports/:id/download", s.apiDownload)
	v1.GET("/search", s.apiSearch)

	e.GET("/login", s.csrfCookie, s.loginPage)
	e.POST("/login", s.checkCSRF, s.loginSubmit)
	e.POST("/logout", s.checkCSRF, s.logout)
	pg := e.Group("/", s.requirePageAuth, s.csrfCookie)
	pg.GET("/", s.uploadPage)
	pg.POST("/upload", s.uploadSubmit) // checks the csrf field while streaming
	pg.GET("/reports/:id", s.reportPage)
	pg.POST("/reports/:id/delete", s.checkCSRF, s.deletePage)
	pg.GET("/corpus", s.corpusPage)

	e.NoRoute(s.notFound)
	e.NoMethod(s.methodNotAllowed)
	s.engine = e
}

// Close marks the server as shutting down (/readyz answers 503) and closes
// the store. Call it after http.Server.Shutdown has drained the requests.
func (s *Server) Close() error {
	s.closing.Store(true)
	return s.store.Close()
}

// Serve runs the service on ln until ctx is done (e.g. SIGTERM), then stops
// accepting, lets in-flight requests finish for at most grace, and closes
// the store.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       10 * time.Minute, // a 50 MB upload on a slow office line
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	s.closing.Store(true)
	s.log.Info("shutting down", "grace", grace.String())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		s.log.Warn("in-flight requests did not finish in time", "err", err)
		hs.Close()
	}
	<-errc
	if cerr := s.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}

func (s *Server) healthz(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) }

func (s *Server) readyz(c *gin.Context) {
	if s.closing.Load() {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "shutting down"})
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		s.log.Warn("store unreachable", "err", err)
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "store unreachable"})
		return
	}
	if !s.segReady.Load() {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "loading dictionaries"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

// static serves the embedded scripts and styles (files only, no listing).
func (s *Server) static(c *gin.Context) {
	name := c.Param("name")
	b, err := fs.ReadFile(assets, "static/"+name)
	if err != nil || strings.Contains(name, "/") {
		s.notFound(c)
		return
	}
	ctype := "application/octet-stream"
	switch path.Ext(name) {
	case ".js":
		ctype = "text/javascript; charset=utf-8"
	case ".css":
		ctype = "text/css; charset=utf-8"
	}
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, ctype, b)
}

func (s *Server) openapi(c *gin.Context) {
	b, _ := assets.ReadFile("openapi.yaml")
	c.Data(http.StatusOK, "application/yaml; charset=utf-8", b)
}

func (s *Server) notFound(c *gin.Context) {
	if isAPI(c) {
		abortJSON(c, CodeNotFound, "no such endpoint")
		return
	}
	s.renderError(c, http.StatusNotFound, "页面不存在", "没有这个页面。")
}

// methodNotAllowed answers 405 with the bad_request code.
func (s *Server) methodNotAllowed(c *gin.Context) {
	c.Set(ctxErrorCode, CodeBadRequest)
	if isAPI(c) {
		c.AbortWithStatusJSON(http.StatusMethodNotAllowed, ErrorBody{Error: &report.Error{Code: CodeBadRequest, Message: "method not allowed on this path"}})
		return
	}
	s.renderError(c, http.StatusMethodNotAllowed, "请求有误", "此地址不支持这种请求方式。")
	c.Abort()
}

func isAPI(c *gin.Context) bool {
	p := c.Request.URL.Path
	return len(p) >= 5 && p[:5] == "/api/"
}
