package eventloop

import "github.com/dop251/goja"

// queueMicrotask sits on goja's promise job queue: every call queues one reaction job
// on an already-settled promise, and each such job runs the oldest callback of a Go
// FIFO, so callbacks keep their place among promise reactions (V8 has one queue for
// both). The resolved promise has its own then and an undefined constructor, so a
// script that patches Promise.prototype cannot change how microtasks run, and then
// skips the species lookup. run is JS so that the callback runs with a JS frame on the
// stack (see DESIGN.md on goja's "outermost" call).
const microtaskSource = `(function (push, runNext) {
  const resolved = Promise.resolve();
  Object.defineProperty(resolved, 'then', { value: Promise.prototype.then });
  Object.defineProperty(resolved, 'constructor', { value: undefined });
  function run() { runNext(); }
  return function queueMicrotask(callback) {
    if (typeof callback !== 'function') push(callback);
    else {
      push(callback);
      resolved.then(run);
    }
  };
})`

type microtask struct {
	fn    goja.Callable
	trace *taskTrace
}

// microtaskQueue is a ring buffer like the tick queue.
type microtaskQueue struct {
	buf  []microtask
	head int
	n    int
}

func (q *microtaskQueue) push(m microtask) {
	if q.n == len(q.buf) {
		size := max(16, 2*len(q.buf))
		buf := make([]microtask, size)
		for i := 0; i < q.n; i++ {
			buf[i] = q.buf[(q.head+i)&(len(q.buf)-1)]
		}
		q.buf, q.head = buf, 0
	}
	q.buf[(q.head+q.n)&(len(q.buf)-1)] = m
	q.n++
}

func (q *microtaskQueue) pop() (microtask, bool) {
	if q.n == 0 {
		return microtask{}, false
	}
	m := q.buf[q.head]
	q.buf[q.head] = microtask{}
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.n--
	return m, true
}

func (q *microtaskQueue) clear() {
	for q.n > 0 {
		q.pop()
	}
}

func (l *Loop) installMicrotasks() error {
	factory, err := l.compileFunction("node:internal/microtask", microtaskSource)
	if err != nil {
		return err
	}
	push := l.namedFunction("enqueueMicrotask", l.pushMicrotask)
	runNext := l.namedFunction("runMicrotask", l.runMicrotask)
	qm, err := factory(goja.Undefined(), push, runNext)
	if err != nil {
		return err
	}
	l.queueMicrotask = qm
	return nil
}

func (l *Loop) pushMicrotask(c goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(c.Argument(0))
	if !ok {
		panic(l.invalidCallback(c.Argument(0)))
	}
	l.microtasks.push(microtask{fn: fn, trace: l.newTrace(QueueMicrotask, "queueMicrotask")})
	return goja.Undefined()
}

func (l *Loop) runMicrotask(goja.FunctionCall) goja.Value {
	m, ok := l.microtasks.pop()
	if !ok || l.stopping() {
		return goja.Undefined()
	}
	prev := l.traceStart(m.trace)
	if _, err := m.fn(goja.Undefined()); err != nil {
		l.handleError(err)
	}
	l.traceFinish(m.trace, prev)
	return goja.Undefined()
}

// invalidCallback is Node's ERR_INVALID_ARG_TYPE for a callback argument.
func (l *Loop) invalidCallback(v goja.Value) *goja.Object {
	var got string
	switch {
	case v == nil || goja.IsUndefined(v):
		got = "undefined"
	case goja.IsNull(v):
		got = "null"
	default:
		if _, isObj := v.(*goja.Object); isObj {
			got = "an instance of " + v.ToObject(l.rt).ClassName()
		} else {
			got = "type " + typeOf(v) + " (" + v.String() + ")"
		}
	}
	e := l.rt.NewTypeError(`The "callback" argument must be of type function. Received ` + got)
	_ = e.Set("code", "ERR_INVALID_ARG_TYPE")
	return e
}

func typeOf(v goja.Value) string {
	switch v.Export().(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	return "bigint"
}
