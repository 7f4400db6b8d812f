package promise

import (
	"context"
	"sync"
)

// Future is a result of type T that arrives later, Go's counterpart of a JS promise. It
// settles exactly once — resolved with a value or rejected with an error — and any
// goroutine may settle it or wait for it. Settling again is a harmless no-op that
// reports false.
//
// The zero value is a pending future ready to use; New returns a pointer to one. A
// Future must not be copied once used (go vet reports copies).
//
// Callbacks registered with Then, Compose, Combine, Exceptionally, Handle, WhenComplete
// and the combinators run synchronously on the goroutine that settles the source,
// inside its Resolve, Reject or Cancel call; see the package documentation.
type Future[T any] struct {
	mu      sync.Mutex
	settled bool
	value   T
	err     error
	done    chan struct{} // made on first use
	first   func(T, error)
	subs    []func(T, error)
}

// New returns a pending future.
func New[T any]() *Future[T] { return new(Future[T]) }

// Resolved returns a future already resolved with v.
func Resolved[T any](v T) *Future[T] {
	f := New[T]()
	f.Resolve(v)
	return f
}

// Rejected returns a future already rejected with err (ErrNilError if err is nil).
func Rejected[T any](err error) *Future[T] {
	f := New[T]()
	f.Reject(err)
	return f
}

// Go runs fn on a new goroutine and returns a future of its result. fn's context is
// derived from ctx and is also cancelled as soon as the future settles, whoever settles
// it: fn returning, or Cancel or Reject (cause: their error) or Resolve (cause:
// ErrAbandoned) from outside — so Race, Any, All and WithTimeout can stop the work they
// no longer need. The goroutine ends when fn returns; fn should watch ctx to return
// early. A panic in fn is not recovered.
func Go[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) *Future[T] {
	ctx, cancel := context.WithCancelCause(ctx)
	f := New[T]()
	f.subscribe(func(_ T, err error) {
		if err == nil {
			err = ErrAbandoned
		}
		cancel(err)
	})
	go func() {
		v, err := fn(ctx)
		f.settle(v, err)
	}()
	return f
}

// Resolve settles f with v. It reports whether this call settled f: false if f was
// already settled, which leaves f as it was. Callbacks waiting on f run before it
// returns, on this goroutine. Safe for concurrent use.
func (f *Future[T]) Resolve(v T) bool { return f.settle(v, nil) }

// Reject settles f with err (ErrNilError if err is nil). It reports whether this call
// settled f: false if f was already settled, which leaves f as it was. Callbacks
// waiting on f run before it returns, on this goroutine. Safe for concurrent use.
func (f *Future[T]) Reject(err error) bool {
	if err == nil {
		err = ErrNilError
	}
	var zero T
	return f.settle(zero, err)
}

// Cancel rejects f with cause (context.Canceled if cause is nil) if it is still
// pending, which for a future made by Go also cancels the work's context with that
// cause. It reports whether it settled f. Cancelling a future does not cancel the
// futures it was derived from. Safe for concurrent use.
func (f *Future[T]) Cancel(cause error) bool {
	if cause == nil {
		cause = context.Canceled
	}
	return f.Reject(cause)
}

// Settle resolves f with v if err is nil and rejects it with err otherwise, reporting
// whether this call settled f. It fits functions returning (T, error):
// f.Settle(fetch(ctx)). Safe for concurrent use.
func (f *Future[T]) Settle(v T, err error) bool { return f.settle(v, err) }

func (f *Future[T]) settle(v T, err error) bool {
	f.mu.Lock()
	if f.settled {
		f.mu.Unlock()
		return false
	}
	f.settled = true
	if err != nil {
		var zero T
		v = zero
	}
	f.value, f.err = v, err
	if f.done != nil {
		close(f.done)
	}
	first, subs := f.first, f.subs
	f.first, f.subs = nil, nil
	f.mu.Unlock()
	// The state is final and published: callbacks may read it without the lock.
	if first != nil {
		first(v, err)
	}
	for _, fn := range subs {
		fn(v, err)
	}
	return true
}

// subscribe calls fn with f's outcome once f settles: inside the settling call, or at
// once on this goroutine if f is already settled.
func (f *Future[T]) subscribe(fn func(T, error)) {
	f.mu.Lock()
	if f.settled {
		v, err := f.value, f.err
		f.mu.Unlock()
		fn(v, err)
		return
	}
	if f.first == nil {
		f.first = fn
	} else {
		f.subs = append(f.subs, fn)
	}
	f.mu.Unlock()
}

// Done returns a channel that is closed when f settles. Safe for concurrent use.
func (f *Future[T]) Done() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done == nil {
		f.done = make(chan struct{})
		if f.settled {
			close(f.done)
		}
	}
	return f.done
}

// Result returns f's value and error once f has settled: (v, nil) if resolved, (zero,
// err) if rejected. For a pending future it returns (zero, ErrPending) without waiting.
// Safe for concurrent use.
func (f *Future[T]) Result() (T, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.settled {
		var zero T
		return zero, ErrPending
	}
	return f.value, f.err
}

// peek returns f's outcome and true once f has settled.
func (f *Future[T]) peek() (v T, err error, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.value, f.err, f.settled
}

// Await waits until f settles and returns its result. If ctx is done first it returns
// the zero value and context.Cause(ctx), and f is unaffected (it may still settle
// later). A future already settled returns its result even when ctx is done.
// Safe for concurrent use.
func (f *Future[T]) Await(ctx context.Context) (T, error) {
	if v, err, ok := f.peek(); ok {
		return v, err
	}
	select {
	case <-f.Done():
		return f.Result()
	case <-ctx.Done():
		var zero T
		return zero, context.Cause(ctx)
	}
}
