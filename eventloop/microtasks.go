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
  function received(v) {
    if (v == null) return '' + v;
    if (typeof v === 'function' && v.name) return 'function ' + v.name;
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : '[Object: null prototype]';
    let s = typeof v === 'string' ? (v.includes("'") && !v.includes('"') ? '"' + v + '"' : "'" + v + "'") :
      typeof v === 'bigint' ? v + 'n' : String(v);
    if (s.length > 28) s = s.slice(0, 25) + '...';
    return 'type ' + typeof v + ' (' + s + ')';
  }
  return function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      const e = new TypeError('The "callback" argument must be of type function. Received ' + received(callback));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    push(callback);
    resolved.then(run);
  };
})`

type microtask struct {
	fn    goja.Callable
	trace *taskTrace
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
	fn, _ := goja.AssertFunction(c.Argument(0)) // queueMicrotask checked it is a function
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
