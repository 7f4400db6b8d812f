package promise

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// ToJS returns a JS promise that settles like f: on the loop goroutine, after f has
// settled on whichever goroutine. While f is pending the loop is held alive (Loop.Hold),
// so a script awaiting the promise does not exit under it; if the loop stops first the
// promise simply never settles. f's value becomes a JS value with goja's ToValue — a
// nil pointer, map, slice, func or chan becomes null, a nil interface and struct{}
// become undefined — and f's error a JS Error (see the package documentation). An
// already settled f settles the promise at once.
// Must be called on the loop goroutine.
func ToJS[T any](loop *eventloop.Loop, f *Future[T]) *goja.Promise {
	rt := loop.Runtime()
	p, resolve, reject := rt.NewPromise()
	if v, err, ok := f.peek(); ok {
		_ = settleJS(rt, resolve, reject, v, err) // only an interrupt fails here; the loop sees it
		return p
	}
	complete := loop.Hold()
	f.subscribe(func(v T, err error) {
		_ = complete(func(rt *goja.Runtime) error { return settleJS(rt, resolve, reject, v, err) })
	})
	return p
}

// settleJS settles a JS promise with a Go outcome. Must run on the loop goroutine.
func settleJS[T any](rt *goja.Runtime, resolve, reject func(any) error, v T, err error) error {
	if err != nil {
		return reject(ErrorToJS(rt, err))
	}
	return resolve(ValueToJS(rt, v))
}

// ValueToJS converts a Go value for JS the way the bridge does: goja's ToValue, except
// that a nil pointer, map, slice, func or chan becomes null and a nil interface or an
// empty struct becomes undefined, so a nil never reaches goja's wrappers.
// Must be called on the loop goroutine.
func ValueToJS[T any](rt *goja.Runtime, v T) goja.Value {
	switch x := any(v).(type) {
	case nil:
		return goja.Undefined()
	case goja.Value:
		if rv := reflect.ValueOf(x); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return goja.Null()
		}
		return x
	case string, bool, int, int64, float64:
		return rt.ToValue(x)
	case struct{}:
		return goja.Undefined()
	}
	rv := reflect.ValueOf(any(v))
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface, reflect.UnsafePointer:
		if rv.IsNil() {
			return goja.Null()
		}
	}
	return rt.ToValue(v)
}

// ErrorToJS converts a Go error into the JS value that rejects a promise with it:
//   - a *RejectionError of this runtime gives back its original JS reason;
//   - an error implementing JSValuer (found with errors.As) gives its own value;
//   - an *AggregateError gives a JS AggregateError of the converted errors;
//   - any other error gives a JS Error whose message is err.Error().
//
// The Go error stays reachable from the JS object, so that FromJS of a promise rejected
// with it yields an error for which errors.Is(err, original) holds.
// Must be called on the loop goroutine.
func ErrorToJS(rt *goja.Runtime, err error) goja.Value {
	if err == nil {
		return goja.Undefined()
	}
	if re, ok := err.(*RejectionError); ok && re.rt == rt && re.Reason != nil {
		return re.Reason
	}
	var val goja.Value
	var jv JSValuer
	if errors.As(err, &jv) {
		val = jv.JSValue(rt)
	}
	if val == nil {
		if agg, ok := err.(*AggregateError); ok {
			val = newAggregateError(rt, agg)
		}
	}
	if val == nil {
		val = newJSError(rt, err.Error())
	}
	if obj, ok := val.(*goja.Object); ok {
		eventloop.AttachGoError(rt, obj, err)
	}
	return val
}

// newJSError makes an instance of the runtime's own Error (not whatever a script put in
// the global Error): a TypeError moved onto its prototype's prototype.
func newJSError(rt *goja.Runtime, msg string) *goja.Object {
	obj := rt.NewTypeError(msg)
	if proto := obj.Prototype(); proto != nil && proto.Prototype() != nil {
		_ = obj.SetPrototype(proto.Prototype())
	}
	return obj
}

func newAggregateError(rt *goja.Runtime, agg *AggregateError) goja.Value {
	ctor := rt.Get("AggregateError")
	if ctor == nil || goja.IsUndefined(ctor) {
		return nil
	}
	items := make([]any, len(agg.Errors))
	for i, e := range agg.Errors {
		items[i] = ErrorToJS(rt, e)
	}
	obj, err := rt.New(ctor, rt.NewArray(items...), rt.ToValue(agg.Error()))
	if err != nil {
		return nil
	}
	return obj
}

// NewRejectionError describes a JS rejection reason or thrown value for Go. Must be
// called on the loop goroutine.
func NewRejectionError(rt *goja.Runtime, reason goja.Value) (e *RejectionError) {
	e = &RejectionError{Reason: reason, rt: rt}
	if reason == nil {
		e.Reason = goja.Undefined()
		e.Message = "undefined"
		return e
	}
	// Getters and proxies can throw (goja panics with the exception): describe what
	// can be read.
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ok := r.(*goja.InterruptedError); ok {
			panic(r) // the loop is stopping: let it
		}
		if e.Message == "" && e.Name == "" {
			e.Message = "[value that cannot be converted to a string]"
		}
	}()
	e.Value = reason.Export()
	obj, ok := reason.(*goja.Object)
	if !ok {
		e.Message = reason.String()
		return e
	}
	name, msg := obj.Get("name"), obj.Get("message")
	if isSet(name) || isSet(msg) {
		if isSet(name) {
			e.Name = name.String()
		}
		if isSet(msg) {
			e.Message = msg.String()
		}
		if st := obj.Get("stack"); isSet(st) {
			e.Stack = st.String()
		}
	} else {
		e.Message = reason.String()
	}
	e.goErr = eventloop.AttachedGoError(rt, obj)
	return e
}

func isSet(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) }

// FromJS returns a Go future of a JS value, as await sees it: a promise or thenable
// settles the future when it settles, any other value resolves it at once. A rejection
// reason becomes a *RejectionError (which unwraps to the Go error the reason was made
// from, if any). The value is converted to T on the loop goroutine: T goja.Value keeps
// it as it is (use it on the loop goroutine only), T any takes Export(), any other T
// goes through Runtime.ExportTo — a value that does not convert rejects the future.
//
// An already settled promise settles the future before FromJS returns; otherwise the
// future settles on the loop goroutine, where its callbacks then run. A pending promise
// does not keep the loop alive; if the loop stops before it settles, the future is
// rejected with an error matching eventloop.ErrClosed. FromJS marks the promise as
// handled: Go now owns its rejection.
// Must be called on the loop goroutine.
func FromJS[T any](loop *eventloop.Loop, v goja.Value) *Future[T] {
	rt := loop.Runtime()
	f := New[T]()
	fulfilled := func(v goja.Value) {
		t, err := exportTo[T](rt, v)
		f.settle(t, err)
	}
	rejected := func(reason goja.Value) { f.Reject(NewRejectionError(rt, reason)) }
	if !awaitJS(rt, v, fulfilled, rejected) {
		return f
	}
	loopCtx := loop.Context()
	stop := context.AfterFunc(loopCtx, func() {
		f.Reject(fmt.Errorf("promise: loop stopped before the JS promise settled: %w", context.Cause(loopCtx)))
	})
	f.subscribe(func(T, error) { stop() })
	return f
}

// awaitJS calls fulfilled or rejected with v's outcome, as await would: at once for a
// settled promise or a plain value, else from a promise reaction. It reports whether
// the outcome is still to come. Must be called on the loop goroutine.
func awaitJS(rt *goja.Runtime, v goja.Value, fulfilled, rejected func(goja.Value)) (pending bool) {
	if v == nil {
		fulfilled(goja.Undefined())
		return false
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		fulfilled(v)
		return false
	}
	if p := asPromise(obj); p != nil {
		switch p.State() {
		case goja.PromiseStateFulfilled:
			fulfilled(p.Result())
			return false
		case goja.PromiseStateRejected:
			// Attach a handler anyway so the rejection counts as handled.
			if err := thenJS(rt, obj, nil, nil); err != nil {
				rejected(err)
				return false
			}
			rejected(p.Result())
			return false
		}
	} else {
		then, err := getThen(obj)
		if err != nil {
			rejected(err)
			return false
		}
		if then == nil {
			fulfilled(v)
			return false
		}
		// A thenable: let Promise.resolve adopt it.
		ctor, _ := rt.Get("Promise").(*goja.Object)
		resolveFn, ok := goja.AssertFunction(ctorGet(ctor, "resolve"))
		if !ok {
			rejected(rt.NewTypeError("Promise.resolve is not a function"))
			return false
		}
		pv, callErr := resolveFn(ctor, v)
		if callErr != nil {
			rejected(exceptionValue(rt, callErr))
			return false
		}
		obj, _ = pv.(*goja.Object)
	}
	if err := thenJS(rt, obj, fulfilled, rejected); err != nil {
		rejected(err)
		return false
	}
	return true
}

// asPromise returns obj's promise, without exporting other objects (which copies them).
func asPromise(obj *goja.Object) *goja.Promise {
	if obj.ExportType() != reflect.TypeFor[*goja.Promise]() {
		return nil
	}
	p, _ := obj.Export().(*goja.Promise)
	return p
}

func ctorGet(o *goja.Object, name string) goja.Value {
	if o == nil {
		return nil
	}
	return o.Get(name)
}

// getThen returns obj.then if it is callable; a throwing getter gives its exception.
func getThen(obj *goja.Object) (then goja.Callable, thrown goja.Value) {
	var v goja.Value
	if ex := tryJS(func() { v = obj.Get("then") }); ex != nil {
		return nil, ex.Value()
	}
	then, _ = goja.AssertFunction(v)
	return then, nil
}

// thenJS calls Promise.prototype.then on p with Go reactions (nil: ignore). It returns
// the thrown value if that fails.
func thenJS(rt *goja.Runtime, p *goja.Object, fulfilled, rejected func(goja.Value)) goja.Value {
	then, thrown := getThen(p)
	if thrown != nil {
		return thrown
	}
	if then == nil {
		return rt.NewTypeError("promise has no then method")
	}
	wrap := func(fn func(goja.Value)) goja.Value {
		return rt.ToValue(func(c goja.FunctionCall) goja.Value {
			if fn != nil {
				fn(c.Argument(0))
			}
			return goja.Undefined()
		})
	}
	if _, err := then(p, wrap(fulfilled), wrap(rejected)); err != nil {
		return exceptionValue(rt, err)
	}
	return nil
}

// tryJS runs fn and returns the JS exception it threw, if any; other panics go on.
func tryJS(fn func()) (ex *goja.Exception) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*goja.Exception); ok {
				ex = e
				return
			}
			panic(r)
		}
	}()
	fn()
	return nil
}

// exceptionValue returns the JS value of an error from a goja call.
func exceptionValue(rt *goja.Runtime, err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return ErrorToJS(rt, err)
}

// exportTo converts a JS value to T on the loop goroutine (see FromJS).
func exportTo[T any](rt *goja.Runtime, v goja.Value) (T, error) {
	var t T
	switch p := any(&t).(type) {
	case *goja.Value:
		*p = v
		return t, nil
	case *any:
		if v != nil {
			*p = v.Export()
		}
		return t, nil
	}
	if v == nil {
		return t, nil
	}
	if err := rt.ExportTo(v, &t); err != nil {
		return t, fmt.Errorf("promise: JS value does not convert to %T: %w", t, err)
	}
	return t, nil
}
