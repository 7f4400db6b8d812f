package eventloop

import "github.com/dop251/goja"

// rejectionTracker follows Node's lib/internal/process/promises.js. goja tells it when
// a promise is rejected with no handler and when such a promise first gets one; the
// pending list is examined only when a drain has emptied both queues, so a handler
// attached anywhere in the same drain prevents a report.
type rejectionTracker struct {
	// maybeUnhandled holds rejected promises without a handler, and reported ones (so
	// that a late handler can be announced).
	maybeUnhandled map[*goja.Promise]*rejectionInfo
	pending        []*rejectionInfo // in rejection order; an entry handled in time is emptied
	emptied        int              // emptied entries in pending
	handledLate    []*goja.Promise  // reported, then handled: 'rejectionHandled' is due
}

type rejectionInfo struct {
	promise *goja.Promise // nil once handled before the report
	reason  goja.Value
	warned  bool
}

func (r *rejectionTracker) track(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		if r.maybeUnhandled == nil {
			r.maybeUnhandled = make(map[*goja.Promise]*rejectionInfo)
		}
		info := &rejectionInfo{promise: p, reason: p.Result()}
		r.maybeUnhandled[p] = info
		r.pending = append(r.pending, info)
	case goja.PromiseRejectionHandle:
		info := r.maybeUnhandled[p]
		if info == nil {
			return
		}
		delete(r.maybeUnhandled, p)
		if info.warned {
			r.handledLate = append(r.handledLate, p)
		} else {
			// Let the promise go now: a long drain can reject and handle many, and
			// what stays reachable is scanned by every GC until the drain ends.
			info.promise, info.reason = nil, nil
			r.emptied++
			if r.emptied > 64 && 2*r.emptied > len(r.pending) {
				r.compact()
			}
		}
	}
}

// compact drops the emptied entries of pending, keeping the order of the rest.
func (r *rejectionTracker) compact() {
	kept := r.pending[:0]
	for _, info := range r.pending {
		if info.promise != nil {
			kept = append(kept, info)
		}
	}
	clear(r.pending[len(kept):])
	r.pending = kept
	r.emptied = 0
}

func (r *rejectionTracker) hasWork() bool {
	return len(r.pending) > 0 || len(r.handledLate) > 0
}

// processRejections is one call of Node's processPromiseRejections, as a turn's only task:
// first 'rejectionHandled' for promises handled after being reported, then a report for
// each promise rejected so far that still has no handler. Reports run inside a turn,
// so the listeners' ticks and microtasks drain after them all.
func (l *Loop) processRejections() (ran, threw bool) {
	r := &l.rejections
	// Listeners may queue more of either kind; those wait for the next round.
	n := len(r.handledLate)
	for i := 0; i < n && !l.stopping(); i++ {
		if h := l.hooks.RejectionHandled; h != nil {
			if err := h(r.handledLate[i]); err != nil {
				l.handleError(err)
			}
		}
	}
	m := copy(r.handledLate, r.handledLate[n:])
	clear(r.handledLate[m:])
	r.handledLate = r.handledLate[:m]

	n = len(r.pending)
	for i := 0; i < n && !l.stopping(); i++ {
		info := r.pending[i]
		if info.promise == nil {
			continue // handled in time
		}
		info.warned = true
		handled := false
		if h := l.hooks.UnhandledRejection; h != nil {
			var err error
			if handled, err = h(info.reason, info.promise); err != nil {
				l.handleError(err)
				continue
			}
		}
		if !handled {
			l.uncaught(info.reason, OriginUnhandledRejection, nil)
		}
	}
	m = copy(r.pending, r.pending[n:])
	clear(r.pending[m:])
	r.pending = r.pending[:m]
	r.emptied = 0
	for _, info := range r.pending {
		if info.promise == nil {
			r.emptied++
		}
	}
	return false, false // one round per turn: what it emitted must drain first
}
