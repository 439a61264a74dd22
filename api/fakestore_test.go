package api

import (
	"context"
	"errors"
	"fmt"
	"html"
	"sort"
	"strings"
	"sync"
	"time"

	"huibao/report"
	"huibao/store"
)

// memStore is an in-memory store.Store for the handler tests. Its search is
// a plain substring match, enough to exercise the HTTP layer.
type memStore struct {
	mu      sync.Mutex
	reports map[string]*report.Report
	order   []string
	at      map[string]time.Time
	next    int
	pingErr error
	closed  bool
}

func newMemStore() *memStore {
	return &memStore{reports: map[string]*report.Report{}, at: map[string]time.Time{}}
}

func (m *memStore) Put(ctx context.Context, r *report.Report, tags map[string]string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, old := range m.reports {
		if old.Source.SHA256 == r.Source.SHA256 {
			return id, false, nil
		}
	}
	m.next++
	id := fmt.Sprintf("r%d", m.next)
	cp := *r
	cp.ID = id
	cp.Audit = nil
	m.reports[id] = &cp
	m.order = append(m.order, id)
	m.at[id] = time.Now()
	return id, true, nil
}

func (m *memStore) Has(ctx context.Context, sha string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for id, r := range m.reports {
		if r.Source.SHA256 == sha {
			return id, true, nil
		}
	}
	return "", false, nil
}

func (m *memStore) Get(ctx context.Context, id string) (*report.Report, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	r, ok := m.reports[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	cp := *r
	return &cp, nil
}

func (m *memStore) List(ctx context.Context, page, size int) ([]store.Summary, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []store.Summary
	for i := len(m.order) - 1; i >= 0; i-- {
		r := m.reports[m.order[i]]
		cats := map[string]int{}
		for _, p := range r.Paragraphs {
			cats[p.Category]++
		}
		out = append(out, store.Summary{ID: r.ID, Title: r.Title, Name: r.Source.Name, Format: r.Source.Format,
			Bytes: r.Source.Bytes, SHA256: r.Source.SHA256, Year: r.Year, Paragraphs: len(r.Paragraphs),
			Categories: cats, IngestedAt: m.at[r.ID]})
	}
	total := len(out)
	lo := min((page-1)*size, total)
	hi := min(lo+size, total)
	return out[lo:hi], total, nil
}

func (m *memStore) Delete(ctx context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.reports[id]; !ok {
		return store.ErrNotFound
	}
	delete(m.reports, id)
	for i, o := range m.order {
		if o == id {
			m.order = append(m.order[:i], m.order[i+1:]...)
			break
		}
	}
	return nil
}

func (m *memStore) Search(ctx context.Context, q store.Query) (*store.Results, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if strings.Trim(q.Text, "-*'\\ ") == "" {
		return nil, fmt.Errorf("search: %w", store.ErrBadQuery)
	}
	res := &store.Results{Facets: map[string]int{}}
	var hits []store.Hit
	ids := append([]string(nil), m.order...)
	sort.Strings(ids)
	for _, id := range ids {
		r := m.reports[id]
		if q.Year != 0 && r.Year != q.Year {
			continue
		}
		for _, p := range r.Paragraphs {
			if !strings.Contains(p.Text, q.Text) {
				continue
			}
			res.Facets[p.Category]++
			if q.Category != "" && p.Category != q.Category {
				continue
			}
			snip := strings.ReplaceAll(html.EscapeString(p.Text), html.EscapeString(q.Text), "<mark>"+html.EscapeString(q.Text)+"</mark>")
			hits = append(hits, store.Hit{ReportID: id, Title: r.Title, Paragraph: p.Index, Section: p.Section,
				Category: p.Category, Year: r.Year, Snippet: snip})
		}
	}
	res.Total = len(hits)
	size := q.Limit
	if size == 0 {
		size = 20
	}
	page := max(q.Page, 1)
	lo := min((page-1)*size, len(hits))
	res.Hits = hits[lo:min(lo+size, len(hits))]
	return res, nil
}

func (m *memStore) Export(ctx context.Context, what string, fn func(cols []string, row []any) error) error {
	return errors.New("not used")
}

func (m *memStore) Ping(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.pingErr
}

func (m *memStore) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	return nil
}
