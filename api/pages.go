package api

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"huibao/anonymize"
	"huibao/classify"
	"huibao/report"
	"huibao/store"
)

// pages holds one parsed template set per page, each with the layout.
type pages struct {
	sets map[string]*template.Template
}

var categories = []string{classify.Achievement, classify.Problem, classify.Plan, classify.Other}

var categoryLabel = map[string]string{
	classify.Achievement: "成效", classify.Problem: "问题", classify.Plan: "计划", classify.Other: "其他",
}

var entityLabel = map[anonymize.Type]string{
	anonymize.PERSON: "人名", anonymize.ORG: "机构", anonymize.LOCATION: "地名", anonymize.PHONE: "电话",
	anonymize.EMAIL: "邮箱", anonymize.QQ: "QQ号", anonymize.ID_NUMBER: "身份证号", anonymize.CREDIT_CODE: "信用代码",
	anonymize.BANK_CARD: "银行卡号", anonymize.LICENSE_PLATE: "车牌", anonymize.URL: "网址",
}

var funcs = template.FuncMap{
	"catLabel": func(c string) string {
		if l, ok := categoryLabel[c]; ok {
			return l
		}
		return c
	},
	"marked":  marked,
	"snippet": safeSnippet,
	"value": func(v *float64) string {
		if v == nil {
			return "×"
		}
		return strconv.FormatFloat(*v, 'f', -1, 64)
	},
	"sortValue": func(v *float64) string {
		if v == nil {
			return ""
		}
		return strconv.FormatFloat(*v, 'f', -1, 64)
	},
	"add": func(a, b int) int { return a + b },
	"mul": func(a, b int) int { return a * b },
	// barWidth scales count against max onto full units.
	"barWidth": func(count, max, full int) int {
		if max <= 0 {
			return 0
		}
		return count * full / max
	},
}

func newPages() (*pages, error) {
	layout, err := fs.ReadFile(assets, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	p := &pages{sets: map[string]*template.Template{}}
	for _, name := range []string{"upload", "result", "corpus", "login", "error"} {
		t, err := template.New("layout").Funcs(funcs).Parse(string(layout))
		if err != nil {
			return nil, fmt.Errorf("api: layout template: %w", err)
		}
		if _, err := t.ParseFS(assets, "templates/"+name+".html"); err != nil {
			return nil, fmt.Errorf("api: %s template: %w", name, err)
		}
		p.sets[name] = t
	}
	return p, nil
}

// baseView is what the layout needs on every page.
type baseView struct {
	Title    string
	CSRF     string
	LoggedIn bool // a token is configured and the visitor has a session
	Nav      string
}

func (s *Server) base(c *gin.Context, title string) baseView {
	return baseView{Title: title, CSRF: s.csrfToken(c), LoggedIn: s.cfg.Token != "" && s.sessionOK(c)}
}

func (s *Server) render(c *gin.Context, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.pages.sets[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("template failed", "rid", c.GetString(ctxRequestID), "page", page, "err", err)
		c.Data(http.StatusInternalServerError, "text/plain; charset=utf-8", []byte("internal error"))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

type errorView struct {
	baseView
	Message string
	Status  int
}

func (s *Server) renderError(c *gin.Context, status int, title, msg string) {
	s.render(c, status, "error", &errorView{baseView: s.base(c, title), Message: msg, Status: status})
}

func errorTitle(code string) string {
	switch code {
	case CodeBusy:
		return "服务器繁忙"
	case CodeTooLarge:
		return "文件太大"
	case CodeNotFound:
		return "未找到"
	case CodeForbidden:
		return "请求被拒绝"
	case CodeUnauthorized:
		return "需要登录"
	case CodeBadRequest:
		return "请求有误"
	}
	return "处理失败"
}

// placeholderRE finds what masking wrote: typed placeholders 〔人名1〕, runs
// of × and the author's own masks (xx, XX, ＿).
var placeholderRE = regexp.MustCompile(`〔[^〔〕]{1,16}〕|×+|[xX]{2,}|＿+`)

// marked HTML-escapes text and wraps placeholders in <mark class="ph">.
func marked(text string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range placeholderRE.FindAllStringIndex(text, -1) {
		b.WriteString(template.HTMLEscapeString(text[last:m[0]]))
		b.WriteString(`<mark class="ph">`)
		b.WriteString(template.HTMLEscapeString(text[m[0]:m[1]]))
		b.WriteString(`</mark>`)
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(text[last:]))
	return template.HTML(b.String())
}

// safeSnippet re-escapes a store snippet, keeping only its <mark> tags, so
// no markup from a stored text can reach the page even if a store escapes
// badly. Placeholders are highlighted as in the report view.
func safeSnippet(s string) template.HTML {
	var b strings.Builder
	for i, seg := range strings.Split(s, "<mark>") {
		if i > 0 {
			in, rest, ok := strings.Cut(seg, "</mark>")
			if ok {
				b.WriteString(`<mark class="hit">`)
				b.WriteString(template.HTMLEscapeString(html.UnescapeString(in)))
				b.WriteString(`</mark>`)
				seg = rest
			}
		}
		b.WriteString(string(marked(html.UnescapeString(seg))))
	}
	return template.HTML(b.String())
}

type uploadView struct {
	baseView
	Policies  []string
	Policy    string
	Style     string
	MaxUpload string
	MaxBytes  int64
	Errors    []*report.Error
}

func (s *Server) uploadPage(c *gin.Context) {
	s.render(c, http.StatusOK, "upload", s.uploadView(c, "default", "placeholder"))
}

func (s *Server) uploadView(c *gin.Context, policy, style string) *uploadView {
	names := s.policyNames()
	sort.Strings(names[2:])
	return &uploadView{baseView: s.base(c, "上传汇报材料"), Policies: names, Policy: policy, Style: style,
		MaxUpload: formatSize(s.cfg.MaxUpload), MaxBytes: s.cfg.MaxUpload}
}

// uploadSubmit is the form post: one stored report redirects to its page;
// otherwise the results are rendered one after another.
func (s *Server) uploadSubmit(c *gin.Context) {
	release, ok := s.admit(c)
	if !ok {
		return
	}
	defer release()
	up, err := s.readUpload(c, maxFilesPerRequest, func(v string) bool { return s.csrfValid(c, v) })
	if err != nil {
		s.uploadFail(c, err)
		return
	}
	ch, err := s.parseChoice(up.fields)
	if err != nil {
		s.fail(c, CodeBadRequest, "选项无效："+err.Error())
		return
	}
	reps, busy := s.process(c, up.files, ch)
	if busy {
		s.fail(c, CodeBusy, "服务器繁忙，请稍后重试。")
		return
	}
	var ok2 []*report.Report
	var errs []*report.Error
	for _, r := range reps {
		if r.Error != nil {
			errs = append(errs, r.Error)
		} else {
			ok2 = append(ok2, r)
		}
	}
	if len(ok2) == 0 {
		v := s.uploadView(c, ch.policy, ch.style)
		v.Errors = errs
		status := http.StatusBadRequest
		if len(errs) > 0 {
			status = statusOf(errs[0].Code)
			c.Set(ctxErrorCode, errs[0].Code)
		}
		s.render(c, status, "upload", v)
		return
	}
	if len(ok2) == 1 && len(errs) == 0 && ok2[0].ID != "" {
		c.Redirect(http.StatusSeeOther, "/reports/"+url.PathEscape(ok2[0].ID))
		return
	}
	v := &resultView{baseView: s.base(c, "分析结果"), Errors: errs, AllCats: allCats()}
	for _, r := range ok2 {
		v.Reports = append(v.Reports, newReportView(r))
	}
	s.render(c, http.StatusOK, "result", v)
}

type resultView struct {
	baseView
	Reports []*reportView
	Errors  []*report.Error
	AllCats []catCount
}

// reportView is one report prepared for the page.
type reportView struct {
	*report.Report
	Entities   []entityRow
	Categories []catCount // paragraphs per category (body text only)
	MaxCat     int
}

type entityRow struct {
	Type, Label  string
	Distinct     int
	Occurrences  int
	Placeholders string
}

type catCount struct {
	Category, Label string
	Count           int
}

func newReportView(r *report.Report) *reportView {
	v := &reportView{Report: r}
	rows := map[anonymize.Type]*entityRow{}
	var order []anonymize.Type
	for _, e := range r.Entities {
		row, ok := rows[e.Type]
		if !ok {
			label := entityLabel[e.Type]
			if label == "" {
				label = string(e.Type)
			}
			row = &entityRow{Type: string(e.Type), Label: label}
			rows[e.Type] = row
			order = append(order, e.Type)
		}
		row.Distinct++
		row.Occurrences += e.Count
		if row.Distinct <= 6 {
			if row.Placeholders != "" {
				row.Placeholders += " "
			}
			row.Placeholders += e.Placeholder
		} else if row.Distinct == 7 {
			row.Placeholders += " …"
		}
	}
	for _, t := range order {
		v.Entities = append(v.Entities, *rows[t])
	}
	counts := map[string]int{}
	for _, p := range r.Paragraphs {
		if !p.Heading && p.Role != "title" {
			counts[p.Category]++
		}
	}
	v.Categories, v.MaxCat = catCounts(counts)
	return v
}

func allCats() []catCount {
	out, _ := catCounts(nil)
	return out
}

func catCounts(counts map[string]int) ([]catCount, int) {
	var out []catCount
	max := 0
	for _, c := range categories {
		out = append(out, catCount{Category: c, Label: categoryLabel[c], Count: counts[c]})
		if counts[c] > max {
			max = counts[c]
		}
	}
	return out, max
}

func (s *Server) reportPage(c *gin.Context) {
	rep, ok := s.getReport(c)
	if !ok {
		return
	}
	v := &resultView{baseView: s.base(c, rep.Title), Reports: []*reportView{newReportView(rep)}, AllCats: allCats()}
	s.render(c, http.StatusOK, "result", v)
}

func (s *Server) deletePage(c *gin.Context) {
	if err := s.store.Delete(c.Request.Context(), c.Param("id")); err != nil {
		s.storeFail(c, err)
		return
	}
	c.Redirect(http.StatusSeeOther, "/corpus")
}

type corpusView struct {
	baseView
	Query      store.Query
	YearText   string
	Categories []catCount // facets of the search
	MaxCat     int
	Reports    []summaryRow
	Hits       []store.Hit
	Total      int
	Page       int
	Pages      int
	PrevURL    string
	NextURL    string
	Searching  bool
	AllCats    []catCount
	Error      string
}

// summaryRow is one stored report with its category bar.
type summaryRow struct {
	store.Summary
	Bars  []bar
	Total int
}

// bar is one segment of a stacked bar, in SVG units (0–100).
type bar struct {
	Category, Label string
	Count           int
	X, W            float64
}

func (s *Server) corpusPage(c *gin.Context) {
	q, ok := s.searchQuery(c)
	if !ok {
		return
	}
	v := &corpusView{baseView: s.base(c, "语料库"), Query: q, Page: q.Page}
	if q.Year != 0 {
		v.YearText = strconv.Itoa(q.Year)
	}
	v.AllCats = allCats()
	ctx := c.Request.Context()
	if q.Text != "" {
		v.Searching = true
		res, err := s.store.Search(ctx, q)
		if errors.Is(err, store.ErrBadQuery) {
			c.Set(ctxErrorCode, CodeBadRequest)
			v.Error = "检索词里没有可以检索的词语，请换一个说法。"
			s.render(c, http.StatusBadRequest, "corpus", v)
			return
		}
		if err != nil {
			s.storeFail(c, err)
			return
		}
		v.Hits, v.Total = res.Hits, res.Total
		v.Categories, v.MaxCat = catCounts(res.Facets)
	} else {
		list, total, err := s.store.List(ctx, q.Page, pageSize)
		if err != nil {
			s.storeFail(c, err)
			return
		}
		v.Total = total
		for _, sm := range list {
			v.Reports = append(v.Reports, newSummaryRow(sm))
		}
	}
	v.Pages = (v.Total + pageSize - 1) / pageSize
	link := func(page int) string {
		vals := url.Values{}
		if q.Text != "" {
			vals.Set("q", q.Text)
		}
		if q.Category != "" {
			vals.Set("category", q.Category)
		}
		if q.Year != 0 {
			vals.Set("year", strconv.Itoa(q.Year))
		}
		vals.Set("page", strconv.Itoa(page))
		return "/corpus?" + vals.Encode()
	}
	if q.Page > 1 {
		v.PrevURL = link(q.Page - 1)
	}
	if q.Page < v.Pages {
		v.NextURL = link(q.Page + 1)
	}
	s.render(c, http.StatusOK, "corpus", v)
}

func newSummaryRow(sm store.Summary) summaryRow {
	row := summaryRow{Summary: sm}
	for _, c := range categories {
		row.Total += sm.Categories[c]
	}
	x := 0.0
	for _, c := range categories {
		n := sm.Categories[c]
		if n == 0 || row.Total == 0 {
			continue
		}
		w := float64(n) * 100 / float64(row.Total)
		row.Bars = append(row.Bars, bar{Category: c, Label: categoryLabel[c], Count: n, X: x, W: w})
		x += w
	}
	return row
}
