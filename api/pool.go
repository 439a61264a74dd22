package api

import (
	"context"
	"time"
)

// pool bounds the work the server takes on. A request is admitted (or
// refused at once with busy) before its body is read, so memory is bounded
// by admitted × max upload; admitted requests then wait for one of the
// worker slots for each document they carry.
type pool struct {
	admit chan struct{} // capacity workers + queue
	slots chan struct{} // capacity workers
}

func newPool(workers, queue int) *pool {
	return &pool{admit: make(chan struct{}, workers+queue), slots: make(chan struct{}, workers)}
}

// tryAdmit reserves room for one request without waiting; false means the
// server is saturated.
func (p *pool) tryAdmit() (release func(), ok bool) {
	select {
	case p.admit <- struct{}{}:
		return func() { <-p.admit }, true
	default:
		return nil, false
	}
}

// acquire waits for a worker slot and reports how long it waited.
func (p *pool) acquire(ctx context.Context) (release func(), waited time.Duration, err error) {
	start := time.Now()
	select {
	case p.slots <- struct{}{}:
		return func() { <-p.slots }, time.Since(start), nil
	case <-ctx.Done():
		return nil, time.Since(start), ctx.Err()
	}
}

// busy reports how many documents are being processed now.
func (p *pool) busy() int { return len(p.slots) }
