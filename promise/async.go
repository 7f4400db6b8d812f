package promise

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// Work is the Go side of one call of an async function: it runs on a goroutine of its
// own, off the loop, and must not touch the runtime.
type Work[R any] func(ctx context.Context) (R, error)

// CallContext derives the context of one call from parent (the loop's context) and the
// call's JS arguments. It runs on the loop goroutine when JS calls the function, before
// the work starts; an error rejects the call's promise instead (with ErrorToJS of it).
// release, if not nil, runs on the loop goroutine just before the call's promise
// settles — or never, if the loop stops first. This is where per-call cancellation
// plugs in: for an AbortSignal in an options argument, return a context cancelled when
// the signal aborts (with a cause whose JSValuer gives the signal's reason) and a
// release that removes the abort listener.
type CallContext func(parent context.Context, call goja.FunctionCall) (ctx context.Context, release func(), err error)

// FuncOption configures an async function made by AsyncFunc or Async0…Async3.
type FuncOption func(*funcConfig)

type funcConfig struct {
	name        string
	length      int
	callContext CallContext
}

// WithName sets the JS function's name (shown in stack traces and by fn.name).
func WithName(name string) FuncOption { return func(c *funcConfig) { c.name = name } }

// WithCallContext makes each call's context with fn instead of using the loop's
// context as it is.
func WithCallContext(fn CallContext) FuncOption { return func(c *funcConfig) { c.callContext = fn } }

// AsyncFunc makes a JS function that behaves like an async function backed by Go. Each
// call runs prepare on the loop goroutine to read the JS arguments (the only place
// they may be read) and returns a promise at once; the Work prepare returned then runs
// on a new goroutine, and its result settles the promise on the loop goroutine, as
// ToJS does: the value becomes a JS value (a nil one null or undefined, never a panic),
// the error a JS Error with the Go message that unwraps back to the Go error in FromJS.
// If prepare returns an error or throws, the promise is rejected with it and no
// goroutine starts; if it returns a nil Work, the promise resolves with undefined.
//
// The work's context is the loop's context (or what WithCallContext derives from it):
// it is cancelled when the loop stops, and also once the work has returned. While the
// work runs the loop is held alive. A panic in the work is recovered and fails the loop
// loudly: the completion returns an *eventloop.PanicError (with the stack), which ends
// Run with it — or goes to the loop's error handler, if it has one, in which case the
// promise is also rejected so the call does not stay pending forever.
//
// The returned function may be installed on any object of the loop's runtime. Must be
// called on the loop goroutine (or before Run).
func AsyncFunc[R any](loop *eventloop.Loop, prepare func(call goja.FunctionCall) (Work[R], error), opts ...FuncOption) goja.Value {
	var cfg funcConfig
	for _, opt := range opts {
		opt(&cfg)
	}
	rt := loop.Runtime()
	fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(startCall(loop, &cfg, call, prepare))
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", rt.ToValue(cfg.name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = fn.DefineDataProperty("length", rt.ToValue(cfg.length), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return fn
}

// Async0 exposes fn to JS as an async function of no arguments; see AsyncFunc.
func Async0[R any](loop *eventloop.Loop, fn func(ctx context.Context) (R, error), opts ...FuncOption) goja.Value {
	return AsyncFunc(loop, func(goja.FunctionCall) (Work[R], error) { return fn, nil }, opts...)
}

// Async1 exposes fn to JS as an async function of one argument, converted to A on the
// loop goroutine (as FromJS converts values; one that does not convert rejects the
// call with a TypeError). A must not be goja.Value or hold one: the work runs off the
// loop. See AsyncFunc.
func Async1[A, R any](loop *eventloop.Loop, fn func(ctx context.Context, a A) (R, error), opts ...FuncOption) goja.Value {
	rt := loop.Runtime()
	return AsyncFunc(loop, func(call goja.FunctionCall) (Work[R], error) {
		a, err := exportArg[A](rt, call, 0)
		if err != nil {
			return nil, err
		}
		return func(ctx context.Context) (R, error) { return fn(ctx, a) }, nil
	}, append([]FuncOption{withLength(1)}, opts...)...)
}

// Async2 is Async1 for two arguments.
func Async2[A, B, R any](loop *eventloop.Loop, fn func(ctx context.Context, a A, b B) (R, error), opts ...FuncOption) goja.Value {
	rt := loop.Runtime()
	return AsyncFunc(loop, func(call goja.FunctionCall) (Work[R], error) {
		a, err := exportArg[A](rt, call, 0)
		if err != nil {
			return nil, err
		}
		b, err := exportArg[B](rt, call, 1)
		if err != nil {
			return nil, err
		}
		return func(ctx context.Context) (R, error) { return fn(ctx, a, b) }, nil
	}, append([]FuncOption{withLength(2)}, opts...)...)
}

// Async3 is Async1 for three arguments.
func Async3[A, B, C, R any](loop *eventloop.Loop, fn func(ctx context.Context, a A, b B, c C) (R, error), opts ...FuncOption) goja.Value {
	rt := loop.Runtime()
	return AsyncFunc(loop, func(call goja.FunctionCall) (Work[R], error) {
		a, err := exportArg[A](rt, call, 0)
		if err != nil {
			return nil, err
		}
		b, err := exportArg[B](rt, call, 1)
		if err != nil {
			return nil, err
		}
		c, err := exportArg[C](rt, call, 2)
		if err != nil {
			return nil, err
		}
		return func(ctx context.Context) (R, error) { return fn(ctx, a, b, c) }, nil
	}, append([]FuncOption{withLength(3)}, opts...)...)
}

func withLength(n int) FuncOption { return func(c *funcConfig) { c.length = n } }

// argError is a JS argument that does not convert; it rejects as a TypeError.
type argError struct {
	index int
	err   error
}

func (e *argError) Error() string {
	return fmt.Sprintf("promise: argument %d: %v", e.index, e.err)
}

func (e *argError) Unwrap() error { return e.err }

func (e *argError) JSValue(rt *goja.Runtime) goja.Value {
	obj := rt.NewTypeError(fmt.Sprintf("The argument at index %d is invalid: %v", e.index, e.err))
	_ = obj.Set("code", "ERR_INVALID_ARG_TYPE")
	return obj
}

func exportArg[A any](rt *goja.Runtime, call goja.FunctionCall, i int) (A, error) {
	a, err := exportTo[A](rt, call.Argument(i))
	if err != nil {
		return a, &argError{index: i, err: err}
	}
	return a, nil
}

// startCall is one call of an async function: on the loop goroutine up to the go
// statement.
func startCall[R any](loop *eventloop.Loop, cfg *funcConfig, call goja.FunctionCall,
	prepare func(goja.FunctionCall) (Work[R], error)) *goja.Promise {
	rt := loop.Runtime()
	p, resolve, reject := rt.NewPromise()
	work, thrown := prepareCall(rt, call, prepare)
	if thrown != nil {
		_ = reject(thrown)
		return p
	}
	if work == nil {
		_ = resolve(goja.Undefined())
		return p
	}
	parent := loop.Context()
	var release func()
	if cfg.callContext != nil {
		ctx, rel, err := cfg.callContext(parent, call)
		if err != nil {
			_ = reject(exceptionValue(rt, err))
			return p
		}
		if ctx != nil {
			parent = ctx
		}
		release = rel
	}
	ctx, cancel := context.WithCancelCause(parent)
	complete := loop.Hold()
	go func() {
		v, err, panicked := runWork(ctx, work)
		cancel(context.Canceled) // the work is over: release the context
		if panicked != nil {
			// Returned from the task, the panic ends the loop as Run's result (or goes to
			// the loop's error handler). The promise is rejected too, so that a loop that
			// goes on has no call pending forever.
			_ = complete(func(rt *goja.Runtime) error {
				_ = reject(newJSError(rt, fmt.Sprintf("internal error: panic in Go function: %v", panicked.Value)))
				return panicked
			})
			return
		}
		_ = complete(func(rt *goja.Runtime) error {
			if release != nil {
				release()
			}
			return settleJS(rt, resolve, reject, v, err)
		})
	}()
	return p
}

// prepareCall runs prepare; a JS exception it throws (a panic with a goja value, as
// native functions throw) comes back as the value to reject with.
func prepareCall[R any](rt *goja.Runtime, call goja.FunctionCall,
	prepare func(goja.FunctionCall) (Work[R], error)) (work Work[R], thrown goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Exception:
				thrown = x.Value()
			case goja.Value:
				thrown = x
			default:
				panic(r)
			}
		}
	}()
	work, err := prepare(call)
	if err != nil {
		return nil, exceptionValue(rt, err)
	}
	return work, nil
}

// runWork calls work, turning a panic into a *eventloop.PanicError with its stack.
func runWork[R any](ctx context.Context, work Work[R]) (v R, err error, panicked *eventloop.PanicError) {
	defer func() {
		if r := recover(); r != nil {
			panicked = &eventloop.PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	v, err = work(ctx)
	return v, err, nil
}
