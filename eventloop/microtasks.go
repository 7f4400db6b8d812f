package eventloop

import (
	"github.com/dop251/goja"
)

// queueMicrotask sits on goja's promise job queue: every call queues one reaction job
// on an already-settled promise, and each such job runs the oldest callback of a Go
// FIFO, so callbacks keep their place among promise reactions (V8 has one queue for
// both). The callback is called from JS with no arguments, as in Node, and a throw is
// an uncaught exception, not a rejection. The resolved promise has its own then and
// an undefined constructor, so a script that patches Promise.prototype cannot change
// how microtasks run, and then skips the species lookup.
const microtaskSource = `(function (push, next, report) {
  const resolved = Promise.resolve();
  Object.defineProperty(resolved, 'then', { value: Promise.prototype.then });
  Object.defineProperty(resolved, 'constructor', { value: undefined });
  function run() {
    const cb = next();
    try { cb(); } catch (e) { report(e); }
  }
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
	fn goja.Value
}

func (l *Loop) installMicrotasks() error {
	factory, err := l.compileFunction("node:internal/microtask", microtaskSource)
	if err != nil {
		return err
	}
	push := l.namedFunction("enqueueMicrotask", l.pushMicrotask)
	next := l.namedFunction("nextMicrotask", l.nextMicrotask)
	report := l.namedFunction("reportError", func(c goja.FunctionCall) goja.Value {
		l.uncaught(c.Argument(0), OriginUncaughtException, nil)
		return goja.Undefined()
	})
	qm, err := factory(goja.Undefined(), push, next, report)
	if err != nil {
		return err
	}
	l.queueMicrotask = qm
	return nil
}

func (l *Loop) pushMicrotask(c goja.FunctionCall) goja.Value {
	var trace *taskTrace
	if l.tracer != nil {
		// The job's then() comes next; the async tracker reports it as this task.
		trace = l.newTrace(QueueMicrotask, "queueMicrotask")
		l.pendingMicrotask = trace
	}
	l.microtasks.push(microtask{fn: c.Argument(0)})
	return goja.Undefined()
}

// nextMicrotask hands the job the oldest callback.
func (l *Loop) nextMicrotask(goja.FunctionCall) goja.Value {
	m, ok := l.microtasks.pop()
	if !ok || l.stopping() {
		return l.noop()
	}
	return m.fn
}

func (l *Loop) noop() goja.Value {
	if l.noopFn == nil {
		l.noopFn = l.namedFunction("noop", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	}
	return l.noopFn
}
