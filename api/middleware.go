package api

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

// Keys of values handlers leave in the gin context for the request log.
const (
	ctxErrorCode = "huibao.code"
	ctxRequestID = "huibao.rid"
	ctxDocs      = "huibao.docs"
)

// requestLog writes one structured line per request: request id, method,
// route template, status, sizes, duration and error code. It never logs
// the query string, file names or any report text.
func (s *Server) requestLog(c *gin.Context) {
	start := time.Now()
	rid := c.GetHeader("X-Request-Id") // from a proxy, if it looks like an id
	if !validRequestID(rid) {
		rid = newID()
	}
	c.Set(ctxRequestID, rid)
	c.Header("X-Request-Id", rid)
	c.Next()
	route := c.FullPath()
	if route == "" {
		route = "unmatched"
	}
	attrs := []any{
		"rid", rid, "method", c.Request.Method, "route", route, "status", c.Writer.Status(),
		"bytes_in", c.Request.ContentLength, "bytes_out", c.Writer.Size(),
		"ms", time.Since(start).Milliseconds(),
	}
	if code, ok := c.Get(ctxErrorCode); ok {
		attrs = append(attrs, "code", code)
	}
	if n, ok := c.Get(ctxDocs); ok {
		attrs = append(attrs, "docs", n)
	}
	level := levelFor(c.Writer.Status())
	s.log.Log(c.Request.Context(), level, "request", attrs...)
}

func validRequestID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

func newID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// recover turns a panic into a 500 internal error. Only the panic's type is
// logged: its value may quote document text.
func (s *Server) recover(c *gin.Context) {
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.log.Error("handler panic", "rid", c.GetString(ctxRequestID), "type", fmt.Sprintf("%T", p))
			s.metrics.failures.WithLabelValues(CodeInternal).Inc()
			if !c.Writer.Written() {
				abortJSON(c, CodeInternal, "internal error")
			} else {
				c.Abort()
			}
		}
	}()
	c.Next()
}

// contentSecurityPolicy allows only the server's own scripts and styles: no
// inline script, no framing, forms post only to this origin.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func (s *Server) securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	c.Next()
}

// crossOrigin refuses state-changing requests a browser sends from another
// origin (Sec-Fetch-Site / Origin), the first line of CSRF defence; page
// forms also carry a token (checkCSRF).
func (s *Server) crossOrigin(c *gin.Context) {
	if err := s.cop.Check(c.Request); err != nil {
		s.fail(c, CodeForbidden, "cross-origin request refused")
		return
	}
	c.Next()
}

// fail answers with an error in the form the route speaks: JSON on the API,
// an HTML page elsewhere.
func (s *Server) fail(c *gin.Context, code, msg string) {
	if isAPI(c) || c.Request.URL.Path == "/metrics" {
		abortJSON(c, code, msg)
		return
	}
	c.Set(ctxErrorCode, code)
	if code == CodeBusy {
		c.Header("Retry-After", retryAfter)
	}
	s.renderError(c, statusOf(code), errorTitle(code), msg)
	c.Abort()
}
