package eventloop

import "github.com/dop251/goja"

// Hooks connect the loop to process-level event handling: what Node does in
// process._fatalException, processPromiseRejections, and the 'beforeExit' and 'exit'
// events. The bindings install one set with SetHooks. Every hook runs on the loop
// goroutine inside a turn, so the JS listeners it calls see Node's queue order: their
// ticks and microtasks drain after the hook returns.
//
// A hook that returns a *goja.Exception (a JS listener threw) makes the loop treat that
// exception as uncaught; any other non-nil error stops the loop with it.
type Hooks struct {
	// Uncaught receives an exception no JS code caught, or the reason of a rejection no
	// handler took (origin OriginUnhandledRejection). stack is where it was thrown, when
	// known. Return nil if a listener handled it: the loop goes on. Return ErrUnhandled
	// to stop the loop with an *UncaughtError, or another error to stop with that.
	// Without this hook every uncaught error stops the loop.
	Uncaught func(thrown goja.Value, origin Origin, stack []goja.StackFrame) error
	// UnhandledRejection is called for each promise still without a handler when a
	// drain has emptied both queues. If it reports handled=false the reason goes to
	// Uncaught with OriginUnhandledRejection.
	UnhandledRejection func(reason goja.Value, p *goja.Promise) (handled bool, err error)
	// RejectionHandled is called, after the drain of the callback that did it, for a
	// promise that got a handler after it was reported.
	RejectionHandled func(p *goja.Promise) error
	// BeforeExit is called each time the loop runs out of work. If it queues more, the
	// loop goes on.
	BeforeExit func() error
	// Exit is called once when the loop ends by running out of work. Its ticks never
	// run. A non-nil error (such as an *ExitError for a non-zero exit code) becomes
	// Run's result.
	Exit func() error
}

// SetHooks installs the process-level hooks. Must be called on the loop goroutine
// (or before Run).
func (l *Loop) SetHooks(h Hooks) { l.hooks = h }
