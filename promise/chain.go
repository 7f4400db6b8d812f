package promise

import "sync/atomic"

// The functions in this file derive a new future from one or two others, in the manner
// of Java's CompletableFuture (thenApply, thenCompose, thenCombine, exceptionally,
// handle, whenComplete). Each function argument runs once, synchronously, on the
// goroutine that settles the source future (inside its Resolve, Reject or Cancel), or at
// once on the calling goroutine if the source has already settled. A panic in it is not
// recovered: it unwinds that goroutine. Cancelling a derived future does not cancel its
// source, which may have other users.

// Then returns a future of fn applied to f's value. If f is rejected, fn does not run
// and the result is rejected with f's error; if fn returns an error, the result is
// rejected with it.
func Then[T, U any](f *Future[T], fn func(T) (U, error)) *Future[U] {
	out := New[U]()
	f.subscribe(func(v T, err error) {
		if err != nil {
			out.Reject(err)
			return
		}
		out.settle(fn(v))
	})
	return out
}

// Compose (thenCompose) returns a future that settles like the future fn returns for
// f's value: the way to chain steps that are themselves asynchronous. If f is
// rejected, fn does not run and the result is rejected with f's error; a nil future
// from fn rejects it with ErrNilFuture. When the result settles first — someone
// cancelled it — the inner future is cancelled with the same error, since nothing else
// can be waiting for it.
func Compose[T, U any](f *Future[T], fn func(T) *Future[U]) *Future[U] {
	out := New[U]()
	f.subscribe(func(v T, err error) {
		if err != nil {
			out.Reject(err)
			return
		}
		inner := fn(v)
		if inner == nil {
			out.Reject(ErrNilFuture)
			return
		}
		inner.subscribe(func(u U, err error) { out.settle(u, err) })
		out.subscribe(func(_ U, err error) {
			if err != nil {
				inner.Cancel(err)
			}
		})
	})
	return out
}

// Combine (thenCombine) returns a future of fn applied to the values of a and b once
// both are resolved. If either is rejected, the result is rejected with the first error
// (in time) and fn does not run. fn runs on the goroutine that settles the later of
// the two.
func Combine[T, U, V any](a *Future[T], b *Future[U], fn func(T, U) (V, error)) *Future[V] {
	out := New[V]()
	var (
		av  T
		bv  U
		got atomic.Int32
	)
	// Each side writes its own variable before the counter; whoever counts to two
	// reads both, ordered after the writes by the atomic add.
	a.subscribe(func(v T, err error) {
		if err != nil {
			out.Reject(err)
			return
		}
		av = v
		if got.Add(1) == 2 {
			out.settle(fn(av, bv))
		}
	})
	b.subscribe(func(v U, err error) {
		if err != nil {
			out.Reject(err)
			return
		}
		bv = v
		if got.Add(1) == 2 {
			out.settle(fn(av, bv))
		}
	})
	return out
}

// Exceptionally returns a future that resolves like f, or, if f is rejected, settles
// with what fn makes of f's error: a value to recover with, or an error (the same one
// to pass it on, or another).
func Exceptionally[T any](f *Future[T], fn func(error) (T, error)) *Future[T] {
	out := New[T]()
	f.subscribe(func(v T, err error) {
		if err == nil {
			out.Resolve(v)
			return
		}
		out.settle(fn(err))
	})
	return out
}

// Handle returns a future of fn applied to f's outcome, whichever it is: fn gets the
// value and a nil error, or the zero value and f's error.
func Handle[T, U any](f *Future[T], fn func(T, error) (U, error)) *Future[U] {
	out := New[U]()
	f.subscribe(func(v T, err error) { out.settle(fn(v, err)) })
	return out
}

// WhenComplete returns a future that settles exactly like f, after fn has seen f's
// outcome: for side effects such as logging or releasing a resource.
func WhenComplete[T any](f *Future[T], fn func(T, error)) *Future[T] {
	out := New[T]()
	f.subscribe(func(v T, err error) {
		fn(v, err)
		out.settle(v, err)
	})
	return out
}
