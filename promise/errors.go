package promise

import (
	"errors"
	"strings"

	"github.com/dop251/goja"
)

// Sentinel errors. Test for them with errors.Is.
var (
	// ErrPending is what Result reports for a future that has not settled yet.
	ErrPending = errors.New("promise: not settled yet")
	// ErrNilError replaces a nil error given to Reject, so that a rejected future
	// always reports a non-nil error.
	ErrNilError = errors.New("promise: rejected with a nil error")
	// ErrNilFuture rejects the result of Compose when its function returns a nil future.
	ErrNilFuture = errors.New("promise: function returned a nil future")
	// ErrAbandoned is the cause given to work whose result nobody needs any more: the
	// losers of Race and Any, and the rest of All after its first failure (then wrapped
	// together with that failure). It is also the cause a Go future's context gets
	// when someone else resolves the future first.
	ErrAbandoned = errors.New("promise: result no longer needed")
	// ErrAllRejected is matched by the *AggregateError that Any rejects with.
	ErrAllRejected = errors.New("promise: all futures were rejected")
	// ErrNoFutures rejects Race called with no futures (Promise.race([]) would never
	// settle; a Go future that cannot settle is a leak).
	ErrNoFutures = errors.New("promise: no futures to race")
	// ErrTimeout is matched, together with context.DeadlineExceeded, by the error
	// WithTimeout rejects with.
	ErrTimeout = errors.New("promise: timed out")
	// ErrStopped is the cause of a ChanToJS producer context when the consumer stopped
	// reading: JS called return() (break in for await), or the channel was read to its
	// end.
	ErrStopped = errors.New("promise: consumer stopped reading")
	// ErrNotIterable rejects ChanFromJS when the JS value has neither
	// Symbol.asyncIterator nor Symbol.iterator.
	ErrNotIterable = errors.New("promise: value is not async iterable")
)

// AggregateError is the rejection of Any when every future failed. Errors holds their
// errors in input order. errors.Is(err, ErrAllRejected) is true, and errors.Is/As also
// look into each of Errors.
type AggregateError struct {
	Errors []error
}

func (e *AggregateError) Error() string {
	var b strings.Builder
	b.WriteString(ErrAllRejected.Error())
	for i, err := range e.Errors {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Unwrap returns Errors.
func (e *AggregateError) Unwrap() []error { return e.Errors }

// Is reports whether target is ErrAllRejected.
func (e *AggregateError) Is(target error) bool { return target == ErrAllRejected }

// RejectionError is a JavaScript rejection reason (or thrown value) seen from Go: what
// FromJS, ChanFromJS and the async helpers reject a Go future with. All its string
// fields are read on the loop goroutine when it is made, so Error is safe from any
// goroutine.
type RejectionError struct {
	// Reason is the JS value itself. It belongs to the loop's runtime: use it only on
	// the loop goroutine. Rejecting a JS promise of the same runtime with this error
	// (through ToJS or an async function) rejects it with Reason again.
	Reason goja.Value
	// Value is Reason exported to a Go value (Reason.Export()).
	Value any
	// Name and Message are the error's name and message when Reason is an Error-like
	// object (one with a name or message); Message is the value's string form otherwise.
	Name, Message string
	// Stack is the JS stack of an Error, or "".
	Stack string

	goErr error         // the Go error Reason was made from, if any
	rt    *goja.Runtime // the runtime Reason belongs to
}

// Error returns "Name: Message" for an Error-like reason (as JS's Error.prototype.toString
// does), or the reason's string form.
func (e *RejectionError) Error() string {
	if e.Name != "" {
		if e.Message == "" {
			return e.Name
		}
		return e.Name + ": " + e.Message
	}
	return e.Message
}

// Unwrap returns the Go error the JS value was made from, when this package (or goja,
// for a GoError) made it from one; otherwise nil. So errors.Is sees through a round
// trip Go → JS → Go.
func (e *RejectionError) Unwrap() error { return e.goErr }

// JSValuer is implemented by Go errors that know which JS value to become when they
// reject a JS promise — a Node-style error with a code, for instance. Without it, a Go
// error becomes a plain JS Error whose message is the Go error's message. The method is
// called on the loop goroutine; returning nil falls back to the plain Error.
type JSValuer interface {
	JSValue(rt *goja.Runtime) goja.Value
}
