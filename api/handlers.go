package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"huibao/classify"
	"huibao/report"
	"huibao/store"
)

// pageSize is the number of reports or hits per page.
const pageSize = 20

// admit reserves room for one upload request or answers busy.
func (s *Server) admit(c *gin.Context) (release func(), ok bool) {
	release, ok = s.pool.tryAdmit()
	if !ok {
		s.metrics.rejected.Inc()
		s.metrics.failures.WithLabelValues(CodeBusy).Inc()
		s.fail(c, CodeBusy, "the server is busy; retry in a few seconds")
	}
	return release, ok
}

func (s *Server) uploadFail(c *gin.Context, err error) {
	var ue *uploadError
	if errors.As(err, &ue) {
		s.metrics.failures.WithLabelValues(ue.code).Inc()
		if ue.code == CodeTooLarge {
			c.Header("Connection", "close") // do not read the rest of a huge body
		}
		s.fail(c, ue.code, ue.msg)
		return
	}
	s.fail(c, CodeBadRequest, "bad upload")
}

// apiAnalyze runs the pipeline on one file and returns the report object of
// `huibao analyze`, without storing it.
func (s *Server) apiAnalyze(c *gin.Context) {
	release, ok := s.admit(c)
	if !ok {
		return
	}
	defer release()
	up, err := s.readUpload(c, 1, nil)
	if err != nil {
		s.uploadFail(c, err)
		return
	}
	ch, err := s.parseChoice(up.fields)
	if err != nil {
		abortJSON(c, CodeBadRequest, err.Error())
		return
	}
	ch.store = false
	reps, busy := s.process(c, up.files, ch)
	if busy {
		abortJSON(c, CodeBusy, "the server is busy; retry in a few seconds")
		return
	}
	if len(reps) == 0 {
		return // the client went away
	}
	rep := reps[0]
	if rep.Error != nil {
		c.Set(ctxErrorCode, rep.Error.Code)
		c.JSON(statusOf(rep.Error.Code), rep)
		return
	}
	c.JSON(http.StatusOK, rep)
}

// reportsResponse is the answer of POST /api/v1/reports.
type reportsResponse struct {
	Error   *report.Error    `json:"error,omitempty"` // set when every file failed: the first failure
	Reports []*report.Report `json:"reports"`
}

// apiCreateReports analyzes one or more files and, unless store=false,
// adds them to the corpus.
func (s *Server) apiCreateReports(c *gin.Context) {
	release, ok := s.admit(c)
	if !ok {
		return
	}
	defer release()
	up, err := s.readUpload(c, maxFilesPerRequest, nil)
	if err != nil {
		s.uploadFail(c, err)
		return
	}
	ch, err := s.parseChoice(up.fields)
	if err != nil {
		abortJSON(c, CodeBadRequest, err.Error())
		return
	}
	reps, busy := s.process(c, up.files, ch)
	if busy {
		abortJSON(c, CodeBusy, "the server is busy; retry in a few seconds")
		return
	}
	resp := reportsResponse{Reports: reps}
	status := http.StatusOK
	failed := 0
	for _, r := range reps {
		if r.Error != nil {
			failed++
			if resp.Error == nil {
				resp.Error = r.Error
			}
		}
	}
	if failed > 0 && failed == len(reps) {
		status = statusOf(resp.Error.Code)
		c.Set(ctxErrorCode, resp.Error.Code)
	} else {
		resp.Error = nil
	}
	c.JSON(status, resp)
}

// listResponse is one page of the corpus listing.
type listResponse struct {
	Total   int             `json:"total"`
	Page    int             `json:"page"`
	Size    int             `json:"size"`
	Reports []store.Summary `json:"reports"`
}

func (s *Server) apiListReports(c *gin.Context) {
	page, ok := s.pageParam(c)
	if !ok {
		return
	}
	list, total, err := s.store.List(c.Request.Context(), page, pageSize)
	if err != nil {
		s.storeFail(c, err)
		return
	}
	if list == nil {
		list = []store.Summary{}
	}
	c.JSON(http.StatusOK, listResponse{Total: total, Page: page, Size: pageSize, Reports: list})
}

func (s *Server) pageParam(c *gin.Context) (int, bool) {
	v := c.Query("page")
	if v == "" {
		return 1, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 1_000_000 {
		s.fail(c, CodeBadRequest, "page must be a positive integer")
		return 0, false
	}
	return n, true
}

// storeFail answers a store error: not_found for unknown ids, internal for
// the rest (logged; store errors carry no original text, the store holds
// none).
func (s *Server) storeFail(c *gin.Context, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.fail(c, CodeNotFound, "no report with this id")
		return
	}
	if errors.Is(err, store.ErrBadQuery) {
		s.fail(c, CodeBadRequest, err.Error()) // the store says its message is safe to show
		return
	}
	if c.Request.Context().Err() != nil {
		c.Abort()
		return
	}
	s.log.Error("store error", "rid", c.GetString(ctxRequestID), "route", c.FullPath(), "err", err)
	s.metrics.failures.WithLabelValues(CodeInternal).Inc()
	s.fail(c, CodeInternal, "the corpus store failed")
}

func (s *Server) getReport(c *gin.Context) (*report.Report, bool) {
	id := c.Param("id")
	if id == "" || len(id) > 128 {
		s.fail(c, CodeNotFound, "no report with this id")
		return nil, false
	}
	rep, err := s.store.Get(c.Request.Context(), id)
	if err != nil {
		s.storeFail(c, err)
		return nil, false
	}
	if rep.ID == "" {
		rep.ID = id
	}
	return rep, true
}

func (s *Server) apiGetReport(c *gin.Context) {
	if rep, ok := s.getReport(c); ok {
		c.JSON(http.StatusOK, rep)
	}
}

func (s *Server) apiDeleteReport(c *gin.Context) {
	if err := s.store.Delete(c.Request.Context(), c.Param("id")); err != nil {
		s.storeFail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// apiDownload returns the de-identified report as text, JSON or Word.
func (s *Server) apiDownload(c *gin.Context) {
	format := c.DefaultQuery("format", "txt")
	if format != "txt" && format != "json" && format != "docx" {
		abortJSON(c, CodeBadRequest, "format must be txt, json or docx")
		return
	}
	rep, ok := s.getReport(c)
	if !ok {
		return
	}
	name := downloadName(rep, format)
	c.Header("Content-Disposition", fmt.Sprintf(`attachment; filename="report.%s"; filename*=UTF-8''%s`, format, url.PathEscape(name)))
	switch format {
	case "txt":
		c.Data(http.StatusOK, "text/plain; charset=utf-8", []byte(plainText(rep)))
	case "json":
		b, _ := json.MarshalIndent(rep, "", "  ")
		c.Data(http.StatusOK, "application/json; charset=utf-8", b)
	case "docx":
		b, err := writeDOCX(rep)
		if err != nil {
			s.log.Error("docx writer failed", "rid", c.GetString(ctxRequestID), "err", err)
			abortJSON(c, CodeInternal, "cannot write the Word document")
			return
		}
		c.Data(http.StatusOK, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b)
	}
}

// downloadName is the de-identified source name with the new extension.
func downloadName(rep *report.Report, format string) string {
	base := strings.TrimSuffix(rep.Source.Name, path.Ext(rep.Source.Name))
	base = strings.Map(func(r rune) rune {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, base)
	if base == "" {
		base = "report"
	}
	return base + "." + format
}

// plainText is the de-identified text, headings and paragraphs one a line,
// with the title first when the text does not already start with it.
func plainText(rep *report.Report) string {
	var b strings.Builder
	if rep.Title != "" && (len(rep.Paragraphs) == 0 || rep.Paragraphs[0].Text != rep.Title) {
		b.WriteString(rep.Title)
		b.WriteString("\n\n")
	}
	for _, p := range rep.Paragraphs {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// searchResponse is one page of search hits.
type searchResponse struct {
	Query    string         `json:"query"`
	Category string         `json:"category,omitempty"`
	Year     int            `json:"year,omitempty"`
	Page     int            `json:"page"`
	Size     int            `json:"size"`
	Total    int            `json:"total"`
	Approx   bool           `json:"approx,omitempty"` // Total and Facets are estimates (PostgreSQL, many matches)
	Hits     []store.Hit    `json:"hits"`
	Facets   map[string]int `json:"facets"`
}

// searchQuery reads q, category, year and page.
func (s *Server) searchQuery(c *gin.Context) (store.Query, bool) {
	q := store.Query{Text: strings.TrimSpace(c.Query("q")), Category: c.Query("category"), Limit: pageSize}
	if len(q.Text) > 500 {
		s.fail(c, CodeBadRequest, "the query is too long")
		return q, false
	}
	switch q.Category {
	case "", classify.Achievement, classify.Problem, classify.Plan, classify.Other:
	default:
		s.fail(c, CodeBadRequest, "category must be achievement, problem, plan or other")
		return q, false
	}
	if y := c.Query("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2200 {
			s.fail(c, CodeBadRequest, "year must be a four-digit year")
			return q, false
		}
		q.Year = n
	}
	page, ok := s.pageParam(c)
	q.Page = page
	return q, ok
}

func (s *Server) apiSearch(c *gin.Context) {
	q, ok := s.searchQuery(c)
	if !ok {
		return
	}
	if q.Text == "" {
		abortJSON(c, CodeBadRequest, "q is required")
		return
	}
	res, err := s.store.Search(c.Request.Context(), q)
	if err != nil {
		s.storeFail(c, err)
		return
	}
	hits := res.Hits
	if hits == nil {
		hits = []store.Hit{}
	}
	facets := res.Facets
	if facets == nil {
		facets = map[string]int{}
	}
	c.JSON(http.StatusOK, searchResponse{Query: q.Text, Category: q.Category, Year: q.Year, Page: q.Page, Size: pageSize,
		Total: res.Total, Approx: res.Approx, Hits: hits, Facets: facets})
}
