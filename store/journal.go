package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"huibao/report"
)

// Statuses of an ingest log entry.
const (
	EntryIngested  = "ingested"
	EntryDuplicate = "duplicate"
	EntryFailed    = "failed"
	EntrySkipped   = "skipped"
)

// ExportEntries is the Export kind of the ingest log.
const ExportEntries = "entries"

var entryCols = []string{"run", "entry", "status", "code", "message", "sha256", "report_id", "at"}

// Entry is one row of the ingest log: what became of one input entry in
// one ingest run. Entry is the de-identified entry path; Code and Message
// never carry original names.
type Entry struct {
	Run      string    `json:"run"`
	Entry    string    `json:"entry"`
	Status   string    `json:"status"` // EntryIngested, EntryDuplicate, EntryFailed or EntrySkipped
	Code     string    `json:"code,omitempty"`
	Message  string    `json:"message,omitempty"`
	SHA256   string    `json:"sha256,omitempty"`    // of the original bytes, when they were read
	ReportID string    `json:"report_id,omitempty"` // the stored report, for ingested and duplicate entries
	At       time.Time `json:"at"`
}

// EntryFilter selects ingest log rows; empty fields match everything.
type EntryFilter struct {
	Run    string
	Status string
	SHA256 string
}

// Journal is the ingest log of a corpus. Both built-in stores implement
// it; Export with what "entries" streams the same rows.
type Journal interface {
	// PutLogged is Put that also logs e: as ingested, with the new
	// report's id, in the report's own transaction; or, when the report
	// was already stored, as a duplicate with the existing id.
	PutLogged(ctx context.Context, r *report.Report, tags map[string]string, e Entry) (id string, created bool, err error)
	// LogEntries appends rows to the ingest log (one transaction).
	LogEntries(ctx context.Context, es ...Entry) error
	// Entries streams the rows matching f, oldest first.
	Entries(ctx context.Context, f EntryFilter, fn func(Entry) error) error
	// StoredName returns a stored report's de-identified file name (made
	// with the document's own names known), or ErrNotFound.
	StoredName(ctx context.Context, id string) (string, error)
}

// Failures returns the failed entries of run ("" for every run), oldest
// first.
func Failures(ctx context.Context, j Journal, run string) ([]Entry, error) {
	var out []Entry
	err := j.Entries(ctx, EntryFilter{Run: run, Status: EntryFailed}, func(e Entry) error {
		out = append(out, e)
		return nil
	})
	return out, err
}

var _ Journal = (*sqlStore)(nil)

// validStatus guards the log against typos in callers.
func validStatus(s string) bool {
	switch s {
	case EntryIngested, EntryDuplicate, EntryFailed, EntrySkipped:
		return true
	}
	return false
}

// logEntry inserts one row within ex (a transaction or the database).
func (s *sqlStore) logEntry(ctx context.Context, ex interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, e Entry) error {
	if !validStatus(e.Status) {
		return fmt.Errorf("store: ingest log: unknown status %q", e.Status)
	}
	if e.At.IsZero() {
		e.At = nowUTC()
	}
	var rid sql.NullInt64
	if e.ReportID != "" {
		n, err := parseID(e.ReportID)
		if err != nil {
			return fmt.Errorf("store: ingest log: bad report id")
		}
		rid = sql.NullInt64{Int64: n, Valid: true}
	}
	_, err := ex.ExecContext(ctx, s.q(`INSERT INTO ingest_log (run, entry, status, code, message, sha256, report_id, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), e.Run, e.Entry, e.Status, e.Code, e.Message, e.SHA256, rid,
		s.d.timeArg(e.At.UTC().Truncate(time.Microsecond)))
	return err
}

func (s *sqlStore) PutLogged(ctx context.Context, r *report.Report, tags map[string]string, e Entry) (string, bool, error) {
	return s.put(ctx, r, tags, &e)
}

func (s *sqlStore) LogEntries(ctx context.Context, es ...Entry) error {
	if len(es) == 0 {
		return nil
	}
	tx, done, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer done()
	for _, e := range es {
		if err := s.logEntry(ctx, tx, e); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// entryQuery renders the SELECT of ingest log rows matching f.
func (s *sqlStore) entryQuery(f EntryFilter) (string, []any) {
	var where []string
	var args []any
	if f.Run != "" {
		where = append(where, "run = ?")
		args = append(args, f.Run)
	}
	if f.Status != "" {
		where = append(where, "status = ?")
		args = append(args, f.Status)
	}
	if f.SHA256 != "" {
		where = append(where, "sha256 = ?")
		args = append(args, f.SHA256)
	}
	q := `SELECT run, entry, status, code, message, sha256, report_id, ` + s.d.logTimeCol + ` FROM ingest_log`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	return s.q(q + " ORDER BY id"), args
}

func (s *sqlStore) Entries(ctx context.Context, f EntryFilter, fn func(Entry) error) error {
	q, args := s.entryQuery(f)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

func scanEntry(rows *sql.Rows) (Entry, error) {
	var e Entry
	var rid sql.NullInt64
	var at string
	if err := rows.Scan(&e.Run, &e.Entry, &e.Status, &e.Code, &e.Message, &e.SHA256, &rid, &at); err != nil {
		return e, err
	}
	if rid.Valid {
		e.ReportID = formatID(rid.Int64)
	}
	e.At, _ = time.Parse(timeLayout, at)
	return e, nil
}

func (s *sqlStore) StoredName(ctx context.Context, id string) (string, error) {
	n, err := parseID(id)
	if err != nil {
		return "", err
	}
	var name string
	err = s.db.QueryRowContext(ctx, s.q(`SELECT name FROM reports WHERE id = ?`), n).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return name, err
}
