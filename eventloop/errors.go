package eventloop

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"
)

// Sentinel errors returned by the loop.
var (
	// ErrClosed is returned by Submit and Run once the loop has finished or was closed.
	ErrClosed = errors.New("eventloop: loop is closed")
	// ErrQueueFull is returned by Submit when the loop was built WithQueueLimit and
	// that many submitted functions are already waiting.
	ErrQueueFull = errors.New("eventloop: submit queue is full")
	// ErrAlreadyCompleted is returned when a completion from Hold is called a second time.
	ErrAlreadyCompleted = errors.New("eventloop: completion already called")
	// ErrRunning is returned by Run when the loop is already running.
	ErrRunning = errors.New("eventloop: loop is already running")
	// ErrOnLoop is returned by the blocking methods (Shutdown, RunScript, Call …) when
	// called on the loop goroutine, where waiting for the loop would deadlock.
	ErrOnLoop = errors.New("eventloop: called on the loop goroutine")
	// ErrUnhandled is what an Uncaught hook returns when no listener took the error: the
	// loop then stops with an *UncaughtError describing it.
	ErrUnhandled = errors.New("eventloop: exception not handled")
)

// Origin says where an uncaught error came from, with Node's names for it.
type Origin string

// The two origins Node reports to 'uncaughtException' listeners.
const (
	OriginUncaughtException  Origin = "uncaughtException"
	OriginUnhandledRejection Origin = "unhandledRejection"
)

// UncaughtError is a JavaScript exception that no JS code caught, or a promise
// rejection that nothing handled. Run returns it when it ends the loop.
type UncaughtError struct {
	// Value is the thrown value or rejection reason. It belongs to the loop's runtime:
	// read it only on the loop goroutine or after Run has returned.
	Value goja.Value
	// Origin tells a thrown exception from an unhandled rejection.
	Origin Origin
	// Stack is where the exception was thrown, innermost frame first, when known.
	Stack []goja.StackFrame
	// Report is the human-readable description (message, stack, cause) made on the loop
	// goroutine when the error was created, so that Error is safe from any goroutine.
	Report string
}

// NewUncaughtError describes thrown (an exception's value or a rejection reason).
// stack may be nil. Must be called on the loop goroutine.
func NewUncaughtError(thrown goja.Value, origin Origin, stack []goja.StackFrame) *UncaughtError {
	return &UncaughtError{Value: thrown, Origin: origin, Stack: stack, Report: describe(thrown)}
}

func (e *UncaughtError) Error() string {
	first, _, _ := strings.Cut(e.Report, "\n")
	if e.Origin == OriginUnhandledRejection {
		return "unhandled rejection: " + first
	}
	return "uncaught exception: " + first
}

// describe renders a thrown value without the bindings' inspect: an Error's stack
// (which starts with "Name: message"), otherwise its string form.
func describe(v goja.Value) (s string) {
	defer func() {
		if recover() != nil {
			s = "[value that cannot be converted to a string]"
		}
	}()
	if v == nil {
		return "undefined"
	}
	if obj, ok := v.(*goja.Object); ok {
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) && !goja.IsNull(st) {
			return strings.TrimRight(st.String(), "\n")
		}
	}
	return v.String()
}

// ExitError ends the loop with a process exit code: process.exit(n), a non-zero
// process.exitCode at the natural end, or a fatal error that carries its own code.
type ExitError struct {
	Code int
	// Err is the error that caused the exit, if any (nil for process.exit).
	Err error
}

func (e *ExitError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("exit code %d: %v", e.Code, e.Err)
	}
	return fmt.Sprintf("exit code %d", e.Code)
}

func (e *ExitError) Unwrap() error { return e.Err }

// PanicError is a Go panic recovered on the loop goroutine. The loop cannot go on
// after one; Run returns it with the stack where it happened.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("eventloop: internal error: panic: %v\n\n%s", e.Value, e.Stack)
}
