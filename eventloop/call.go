package eventloop

import (
	"context"
	"errors"
	"os"

	"github.com/dop251/goja"
)

// JSError is a JS exception or rejection handed back to a Go caller of RunScript or
// Call. Its fields are made on the loop goroutine, so it is safe to use anywhere.
type JSError struct {
	Value   any    // the thrown value or rejection reason, exported to Go
	Message string // "Name: message" for errors, the value's string otherwise
	Stack   string // the JS stack, when the value has one
	cause   error  // a Go error the JS value was made from, if any
}

func (e *JSError) Error() string { return e.Message }

// Unwrap returns the Go error the JS value wraps, if it was made from one.
func (e *JSError) Unwrap() error { return e.cause }

// NewJSError describes a thrown value or rejection reason. Must be called on the loop
// goroutine.
func NewJSError(rt *goja.Runtime, v goja.Value) *JSError {
	e := &JSError{Message: "undefined"}
	if v == nil {
		return e
	}
	e.Value = v.Export()
	e.cause = AttachedGoError(rt, v)
	func() {
		defer func() { _ = recover() }()
		e.Message = v.String()
		if obj, ok := v.(*goja.Object); ok {
			if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
				e.Stack = st.String()
			}
		}
	}()
	return e
}

// RunScript runs src as a script named name on the loop and returns its completion
// value exported to Go; a promise is awaited. A thrown exception or rejection comes
// back as a *JSError; it is handled, so it is not also an uncaught error. ctx bounds
// the wait (the script is not interrupted). Returns ErrClosed if the loop ends first
// and ErrOnLoop when called on the loop goroutine. Safe for concurrent use.
func (l *Loop) RunScript(ctx context.Context, name, src string) (any, error) {
	return l.await(ctx, func(rt *goja.Runtime) (goja.Value, error) {
		return rt.RunScript(name, src)
	})
}

// RunFile is RunScript with the contents of path.
func (l *Loop) RunFile(ctx context.Context, path string) (any, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return l.RunScript(ctx, path, string(src))
}

// Call calls the JS function fn (a goja.Value or goja.Callable obtained on the loop)
// with args converted by goja.Runtime.ToValue, on the loop, and returns its result
// exported to Go; a returned promise is awaited. Errors as for RunScript. Safe for
// concurrent use.
func (l *Loop) Call(ctx context.Context, fn any, args ...any) (any, error) {
	return l.await(ctx, func(rt *goja.Runtime) (goja.Value, error) {
		var callable goja.Callable
		switch f := fn.(type) {
		case goja.Callable:
			callable = f
		case goja.Value:
			c, ok := goja.AssertFunction(f)
			if !ok {
				return nil, errors.New("eventloop: Call: not a function")
			}
			callable = c
		default:
			return nil, errors.New("eventloop: Call: fn must be a goja.Value or goja.Callable")
		}
		vals := make([]goja.Value, len(args))
		for i, a := range args {
			vals[i] = rt.ToValue(a)
		}
		return callable(goja.Undefined(), vals...)
	})
}

type callResult struct {
	value any
	err   error
}

// await runs produce on the loop and waits for its value, settling a returned promise.
func (l *Loop) await(ctx context.Context, produce func(*goja.Runtime) (goja.Value, error)) (any, error) {
	if l.onLoopGoroutine() {
		return nil, ErrOnLoop
	}
	done := make(chan callResult, 1)
	err := l.Submit(func(rt *goja.Runtime) error {
		v, err := produce(rt)
		if err != nil {
			var ex *goja.Exception
			if errors.As(err, &ex) && !isUncatchable(err) {
				done <- callResult{err: NewJSError(rt, ex.Value())}
				return nil
			}
			done <- callResult{err: err}
			return err
		}
		p, isPromise := v.Export().(*goja.Promise)
		if !isPromise {
			done <- callResult{value: exportValue(v)}
			return nil
		}
		return l.settle(rt, v, p, done)
	})
	if err != nil {
		return nil, err
	}
	select {
	case r := <-done:
		return r.value, r.err
	case <-l.done:
		select {
		case r := <-done:
			return r.value, r.err
		default:
			return nil, ErrClosed
		}
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// settle delivers a promise's outcome to done, now or when it settles. It holds no
// keep-alive: if nothing else can settle the promise, the loop ends and the caller
// gets ErrClosed rather than waiting forever.
func (l *Loop) settle(rt *goja.Runtime, v goja.Value, p *goja.Promise, done chan<- callResult) error {
	switch p.State() {
	case goja.PromiseStateFulfilled:
		done <- callResult{value: exportValue(p.Result())}
		return nil
	case goja.PromiseStateRejected:
		// Mark it handled, as an awaiting caller does, so it is not also reported.
		if then, ok := goja.AssertFunction(v.ToObject(rt).Get("then")); ok {
			_, _ = then(v, goja.Undefined(), rt.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
		}
		done <- callResult{err: NewJSError(rt, p.Result())}
		return nil
	}
	then, ok := goja.AssertFunction(v.ToObject(rt).Get("then"))
	if !ok {
		return errors.New("eventloop: promise has no then")
	}
	onFulfilled := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		done <- callResult{value: exportValue(c.Argument(0))}
		return goja.Undefined()
	})
	onRejected := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		done <- callResult{err: NewJSError(rt, c.Argument(0))}
		return goja.Undefined()
	})
	_, err := then(v, onFulfilled, onRejected)
	return err
}

func exportValue(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return v.Export()
}

func isUncatchable(err error) bool {
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	return errors.As(err, &ie) || errors.As(err, &so)
}
