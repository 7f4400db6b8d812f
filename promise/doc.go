// Package promise holds Go futures that settle from any goroutine, the combinators that
// join them, and the bridge between them and JavaScript promises on an eventloop.Loop.
//
// # Futures
//
// A Future[T] settles once, resolved with a T or rejected with an error, from any
// goroutine (Resolve, Reject, Cancel, Settle; settling again is a no-op that reports
// false). Wait for it with Await(ctx), select on Done(), or read Result() once done.
// The zero value is a pending future; New returns one. Go runs a function on its own
// goroutine and returns a future of its result whose context is cancelled as soon as
// the future settles, so that whoever no longer needs the result can stop the work.
//
// Then, Compose, Combine, Exceptionally, Handle and WhenComplete derive futures, as
// Java's thenApply, thenCompose, thenCombine, exceptionally, handle and whenComplete
// do. All, AllSettled, Race, Any and WithTimeout join futures as Promise.all,
// allSettled, race and any do, take a context first, and cancel the inputs they no
// longer need: All fails fast, Race and Any cancel the losers.
//
// # Which goroutine runs a callback
//
// One rule for every callback in this package: it runs synchronously on the goroutine
// that settles the source future, inside its Resolve, Reject or Cancel call, after the
// state is visible to every goroutine; if the source has already settled when the
// callback is registered, it runs at once on the registering goroutine. So a callback
// must be short and must not block — start blocking work with Go and chain it with
// Compose. A future settled on the loop goroutine (FromJS, ChanFromJS) runs its
// callbacks there, where blocking would stall the loop. Callbacks of one future run in
// registration order; panics in them are not recovered.
//
// # JavaScript
//
// ToJS turns a Go future into a JS promise that settles on the loop goroutine, holding
// the loop alive meanwhile; FromJS turns a JS promise into a Go future. AsyncFunc and
// Async0…Async3 expose a Go function func(ctx, args…) (R, error) to JS as an async
// function: the arguments are read on the loop goroutine, the work runs on its own
// goroutine with a context that ends when the loop stops (WithCallContext adds a
// per-call cancel such as an AbortSignal), and its result settles the returned promise.
// ChanToJS makes a Go channel a JS async iterable; ChanFromJS feeds a JS async iterable
// into a Go channel; both apply backpressure and stop with a context.
//
// Values cross with ValueToJS (goja's ToValue, but a nil pointer, map, slice, func or
// chan becomes null and a nil interface undefined, never a panic) and, from JS, with the
// runtime's ExportTo. A Go error becomes a JS Error whose message is the Go message
// (ErrorToJS); the Go error stays attached to it, so a JS rejection that comes back to
// Go as a *RejectionError unwraps to the original and errors.Is still matches.
//
// Functions that take a Loop or Runtime must be called on the loop goroutine (inside a
// submitted function or a JS call), unless their documentation says otherwise. The
// package keeps no state of its own at package level.
package promise
