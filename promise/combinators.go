package promise

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

// The combinators in this file join many futures into one, as Promise.all, allSettled,
// race and any do. Each takes a context first: if ctx is done before the result
// settles, the result is rejected with context.Cause(ctx) (AllSettled instead records it
// as the outcome of each future still pending). A combinator owns its inputs: once its
// result has settled, it cancels the inputs still pending (see Future.Cancel; for
// futures made by Go this cancels their work's context). Pass a future derived with
// Then or WhenComplete to keep a shared future out of that.
//
// The result settles on the goroutine that settles the deciding input, or on the
// goroutine context.AfterFunc uses when ctx ends.

// Outcome is one future's result in AllSettled: Err is nil if it resolved with Value.
type Outcome[T any] struct {
	Value T
	Err   error
}

// All returns a future of every input's value, in input order, once all have resolved.
// It fails fast: the first rejection (in time) rejects the result with that error, and
// the other inputs still pending are cancelled with an error that matches both
// ErrAbandoned and that first error, so their work sees why it stopped. With no inputs
// the result is an empty slice.
func All[T any](ctx context.Context, fs ...*Future[T]) *Future[[]T] {
	out := New[[]T]()
	vals := make([]T, len(fs))
	if len(fs) == 0 {
		out.Resolve(vals)
		return out
	}
	watchContext(ctx, out, fs)
	var left atomic.Int64
	left.Store(int64(len(fs)))
	for i, f := range fs {
		f.subscribe(func(v T, err error) {
			if err != nil {
				if out.Reject(err) {
					cancelAll(fs, fmt.Errorf("%w: %w", ErrAbandoned, err))
				}
				return
			}
			vals[i] = v // each input writes its own slot before counting down
			if left.Add(-1) == 0 {
				out.Resolve(vals)
			}
		})
	}
	return out
}

// AllSettled returns a future of every input's outcome, in input order, once all have
// settled. It never rejects: if ctx ends first, the inputs still pending are cancelled
// with context.Cause(ctx), which becomes their outcome.
func AllSettled[T any](ctx context.Context, fs ...*Future[T]) *Future[[]Outcome[T]] {
	out := New[[]Outcome[T]]()
	outcomes := make([]Outcome[T], len(fs))
	if len(fs) == 0 {
		out.Resolve(outcomes)
		return out
	}
	stop := context.AfterFunc(ctx, func() { cancelAll(fs, context.Cause(ctx)) })
	out.subscribe(func([]Outcome[T], error) { stop() })
	var left atomic.Int64
	left.Store(int64(len(fs)))
	for i, f := range fs {
		f.subscribe(func(v T, err error) {
			outcomes[i] = Outcome[T]{Value: v, Err: err}
			if left.Add(-1) == 0 {
				out.Resolve(outcomes)
			}
		})
	}
	return out
}

// Race returns a future that settles like the first input to settle, value or error;
// the other inputs are cancelled with ErrAbandoned. With no inputs it is rejected with
// ErrNoFutures (where Promise.race([]) would stay pending forever).
func Race[T any](ctx context.Context, fs ...*Future[T]) *Future[T] {
	out := New[T]()
	if len(fs) == 0 {
		out.Reject(ErrNoFutures)
		return out
	}
	watchContext(ctx, out, fs)
	for _, f := range fs {
		f.subscribe(func(v T, err error) {
			if out.settle(v, err) {
				cancelAll(fs, ErrAbandoned)
			}
		})
	}
	return out
}

// Any returns a future that resolves with the first input to resolve; the other inputs
// are cancelled with ErrAbandoned. If all are rejected, it is rejected with an
// *AggregateError holding their errors in input order (which matches ErrAllRejected);
// with no inputs, at once with an empty one, as Promise.any([]) does.
func Any[T any](ctx context.Context, fs ...*Future[T]) *Future[T] {
	out := New[T]()
	errs := make([]error, len(fs))
	if len(fs) == 0 {
		out.Reject(&AggregateError{Errors: errs})
		return out
	}
	watchContext(ctx, out, fs)
	var left atomic.Int64
	left.Store(int64(len(fs)))
	for i, f := range fs {
		f.subscribe(func(v T, err error) {
			if err == nil {
				if out.Resolve(v) {
					cancelAll(fs, ErrAbandoned)
				}
				return
			}
			errs[i] = err
			if left.Add(-1) == 0 {
				out.Reject(&AggregateError{Errors: errs})
			}
		})
	}
	return out
}

// WithTimeout returns a future that settles like f if f settles within d. Otherwise it
// is rejected with an error matching both ErrTimeout and context.DeadlineExceeded, or
// with context.Cause(ctx) if ctx ends first, and f is cancelled with that same error.
// The timer is stopped as soon as either future settles; no goroutine waits for it.
func WithTimeout[T any](ctx context.Context, f *Future[T], d time.Duration) *Future[T] {
	return withTimeout(ctx, f, d, func(d time.Duration, fn func()) func() bool {
		return time.AfterFunc(d, fn).Stop
	})
}

// withTimeout is WithTimeout with the timer made by afterFunc, for tests.
func withTimeout[T any](ctx context.Context, f *Future[T], d time.Duration,
	afterFunc func(time.Duration, func()) (stop func() bool)) *Future[T] {
	out := New[T]()
	f.subscribe(func(v T, err error) { out.settle(v, err) })
	if _, _, settled := out.peek(); settled {
		return out
	}
	expire := func(err error) {
		if out.Reject(err) {
			f.Cancel(err)
		}
	}
	stopTimer := afterFunc(d, func() {
		expire(fmt.Errorf("%w after %v: %w", ErrTimeout, d, context.DeadlineExceeded))
	})
	stopCtx := context.AfterFunc(ctx, func() { expire(context.Cause(ctx)) })
	out.subscribe(func(T, error) {
		stopTimer()
		stopCtx()
	})
	return out
}

// watchContext rejects out with context.Cause(ctx) when ctx ends first, cancelling the
// inputs with the same cause; it stops watching once out has settled.
func watchContext[T, U any](ctx context.Context, out *Future[T], fs []*Future[U]) {
	stop := context.AfterFunc(ctx, func() {
		cause := context.Cause(ctx)
		if out.Reject(cause) {
			cancelAll(fs, cause)
		}
	})
	out.subscribe(func(T, error) { stop() })
}

func cancelAll[T any](fs []*Future[T], cause error) {
	for _, f := range fs {
		f.Cancel(cause)
	}
}
