package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sync"
)

// Claimer lets several ingest processes sharing one corpus avoid running
// the pipeline twice on the same input: a process claims a SHA-256 before
// analysing it, and another process that finds the claim taken does other
// work first. Claims are advisory: the corpus stays free of duplicates
// without them (the SHA-256 is unique). The PostgreSQL store implements
// Claimer; SQLite, written by one process at a time, does not need to.
type Claimer interface {
	// Claim tries to claim sha without waiting. ok is false while another
	// live process holds it. release gives the claim up; a process that
	// dies loses its claims by itself.
	Claim(ctx context.Context, sha string) (release func(), ok bool, err error)
	// AwaitClaim waits until no other process holds sha's claim.
	AwaitClaim(ctx context.Context, sha string) error
}

// pgClaims implements Claimer with PostgreSQL session advisory locks on
// one dedicated connection: taking one is a single round trip that writes
// nothing, and the server drops them when the process's connection ends,
// so a crashed ingester never leaves a stale claim behind.
type pgClaims struct {
	db   *sql.DB
	mu   sync.Mutex
	conn *sql.Conn // holds this process's claims; nil until the first
	held map[int64]int
}

// claimKey maps a SHA-256 (hex) to an advisory lock key: its first eight
// bytes. The migration lock uses a small constant no hash is likely to hit.
func claimKey(sha string) (int64, error) {
	b, err := hex.DecodeString(sha)
	if err != nil || len(b) < 8 {
		return 0, fmt.Errorf("store: claim: not a SHA-256")
	}
	return int64(binary.BigEndian.Uint64(b[:8])), nil
}

func (c *pgClaims) Claim(ctx context.Context, sha string) (func(), bool, error) {
	key, err := claimKey(sha)
	if err != nil {
		return nil, false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held[key] > 0 { // this process holds it: a second copy in the same run
		return nil, false, nil
	}
	if c.conn == nil {
		conn, err := c.db.Conn(ctx)
		if err != nil {
			return nil, false, err
		}
		c.conn, c.held = conn, map[int64]int{}
	}
	var ok bool
	if err := c.conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
		// The connection may be broken; its claims go with it.
		c.discard()
		return nil, false, err
	}
	if !ok {
		return nil, false, nil
	}
	c.held[key]++
	conn := c.conn
	var once sync.Once
	return func() {
		once.Do(func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if c.conn != conn { // connection replaced: the lock went with the old one
				return
			}
			delete(c.held, key)
			var ok bool
			if err := c.conn.QueryRowContext(context.Background(), `SELECT pg_advisory_unlock($1)`, key).Scan(&ok); err != nil {
				c.discard()
			}
		})
	}, true, nil
}

func (c *pgClaims) AwaitClaim(ctx context.Context, sha string) error {
	key, err := claimKey(sha)
	if err != nil {
		return err
	}
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// A transaction lock waits for the session lock and ends at commit.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, key); err != nil {
		return err
	}
	return tx.Commit()
}

// discard closes the claims connection for good (never back to the
// pool, where it would keep its locks); c.mu is held.
func (c *pgClaims) discard() {
	c.conn.Raw(func(any) error { return driver.ErrBadConn })
	c.conn.Close()
	c.conn, c.held = nil, nil
}

// close gives every claim up (when the store closes).
func (c *pgClaims) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn != nil {
		c.conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock_all()`)
		c.discard()
	}
}
