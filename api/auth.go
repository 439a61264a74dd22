package api

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

const (
	sessionCookie = "huibao_session"
	csrfCookie    = "huibao_csrf"
	csrfField     = "csrf"
	sessionTTL    = 12 * time.Hour
)

// sign is an HMAC of parts under the server's secret; with a token set, the
// token is part of the key, so changing the token ends every session.
func (s *Server) sign(parts ...string) string {
	m := hmac.New(sha256.New, append(append([]byte{}, s.secret...), s.cfg.Token...))
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return hex.EncodeToString(m.Sum(nil))
}

func (s *Server) tokenOK(t string) bool {
	return subtle.ConstantTimeCompare([]byte(t), []byte(s.cfg.Token)) == 1
}

// sessionOK checks the login cookie: "expiry.signature".
func (s *Server) sessionOK(c *gin.Context) bool {
	v, err := c.Cookie(sessionCookie)
	if err != nil {
		return false
	}
	exp, sig, ok := strings.Cut(v, ".")
	if !ok {
		return false
	}
	n, err := strconv.ParseInt(exp, 10, 64)
	if err != nil || time.Now().Unix() > n {
		return false
	}
	return hmac.Equal([]byte(sig), []byte(s.sign("session", exp)))
}

func (s *Server) setCookie(c *gin.Context, name, value string, maxAge int) {
	http.SetCookie(c.Writer, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode,
	})
}

// requireAPIAuth checks the Bearer token when one is configured. The login
// cookie is accepted too, but only for safe methods (downloads linked from
// the pages); changes need the token.
func (s *Server) requireAPIAuth(c *gin.Context) {
	if s.cfg.Token == "" {
		c.Next()
		return
	}
	if t, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer "); ok && s.tokenOK(strings.TrimSpace(t)) {
		c.Next()
		return
	}
	if (c.Request.Method == http.MethodGet || c.Request.Method == http.MethodHead) && s.sessionOK(c) {
		c.Next()
		return
	}
	c.Header("WWW-Authenticate", `Bearer realm="huibao"`)
	abortJSON(c, CodeUnauthorized, "a valid access token is required (Authorization: Bearer …)")
}

// requirePageAuth sends visitors without a session to the login page.
func (s *Server) requirePageAuth(c *gin.Context) {
	if s.cfg.Token == "" || s.sessionOK(c) {
		c.Next()
		return
	}
	c.Set(ctxErrorCode, CodeUnauthorized)
	next := "/"
	if c.Request.Method == http.MethodGet {
		next = c.Request.URL.RequestURI()
	}
	c.Redirect(http.StatusSeeOther, "/login?next="+url.QueryEscape(next))
	c.Abort()
}

// csrfCookie gives the browser a random CSRF cookie; forms carry its
// signature (csrfToken), which a cross-site page can neither read nor forge.
func (s *Server) csrfCookie(c *gin.Context) {
	if v, err := c.Cookie(csrfCookie); err != nil || len(v) != 32 {
		v = newID() + newID()
		s.setCookie(c, csrfCookie, v, 0)
		c.Request.AddCookie(&http.Cookie{Name: csrfCookie, Value: v})
	}
	c.Next()
}

// csrfToken is the value forms must send back in the csrf field.
func (s *Server) csrfToken(c *gin.Context) string {
	v, err := c.Cookie(csrfCookie)
	if err != nil {
		return ""
	}
	return s.sign("csrf", v)
}

// checkCSRF refuses a form post whose csrf field does not match the
// cookie. It reads the field from a url-encoded body only; the upload form
// (multipart) is checked by uploadSubmit while it streams the body.
func (s *Server) checkCSRF(c *gin.Context) {
	if c.ContentType() != "application/x-www-form-urlencoded" {
		s.fail(c, CodeBadRequest, "expected a form post")
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 64<<10)
	if !s.csrfValid(c, c.PostForm(csrfField)) {
		s.fail(c, CodeForbidden, "表单已过期，请刷新页面后重试。")
		return
	}
	c.Next()
}

func (s *Server) csrfValid(c *gin.Context, got string) bool {
	want := s.csrfToken(c)
	return want != "" && hmac.Equal([]byte(got), []byte(want))
}

type loginView struct {
	baseView
	Next  string
	Error string
}

func (s *Server) loginPage(c *gin.Context) {
	if s.cfg.Token == "" {
		c.Redirect(http.StatusSeeOther, "/")
		return
	}
	s.render(c, http.StatusOK, "login", &loginView{baseView: s.base(c, "登录"), Next: safeNext(c.Query("next"))})
}

func (s *Server) loginSubmit(c *gin.Context) {
	next := safeNext(c.PostForm("next"))
	if s.cfg.Token == "" {
		c.Redirect(http.StatusSeeOther, next)
		return
	}
	if !s.tokenOK(c.PostForm("token")) {
		c.Set(ctxErrorCode, CodeUnauthorized)
		time.Sleep(200 * time.Millisecond) // slow down guessing
		s.render(c, http.StatusUnauthorized, "login", &loginView{baseView: s.base(c, "登录"), Next: next, Error: "访问令牌不正确。"})
		return
	}
	exp := strconv.FormatInt(time.Now().Add(sessionTTL).Unix(), 10)
	s.setCookie(c, sessionCookie, exp+"."+s.sign("session", exp), int(sessionTTL.Seconds()))
	c.Redirect(http.StatusSeeOther, next)
}

func (s *Server) logout(c *gin.Context) {
	s.setCookie(c, sessionCookie, "", -1)
	c.Redirect(http.StatusSeeOther, "/login")
}

// safeNext keeps redirects on this site: a local path only.
func safeNext(n string) string {
	if n == "" || !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.HasPrefix(n, "/\\") {
		return "/"
	}
	return n
}
