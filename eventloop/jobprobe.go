package eventloop

import (
	"reflect"

	"github.com/dop251/goja"
)

// jobProbe tells whether goja's promise job queue holds jobs. goja has no API for it,
// so it reads the length of the runtime's unexported jobQueue slice through reflect
// (read-only; reflect allows Len on unexported fields). The loop uses it for one thing:
// when a callback left no jobs, no ticks and no rejections, the next callback of the
// same phase can run inside the same trampoline call, which saves a whole entry into
// the runtime per callback. New verifies the probe against goja's behaviour and turns
// batching off if goja's internals ever stop matching, so correctness never depends on it.
type jobProbe struct {
	queue reflect.Value
	ok    bool
}

func newJobProbe(rt *goja.Runtime) jobProbe {
	f := reflect.ValueOf(rt).Elem().FieldByName("jobQueue")
	if !f.IsValid() || f.Kind() != reflect.Slice {
		return jobProbe{}
	}
	return jobProbe{queue: f, ok: true}
}

// empty reports whether no promise job is queued; false when it cannot tell.
func (p *jobProbe) empty() bool {
	return p.ok && p.queue.Len() == 0
}

// verify checks, inside a turn, that queuing a reaction shows up in the probe and that
// the queue reads empty after goja ran it.
func (l *Loop) verifyJobProbe() {
	if !l.jobs.ok {
		return
	}
	sawJob := false
	l.oneShot = func() error {
		before := l.jobs.queue.Len()
		if _, err := l.rt.RunString(`Promise.resolve().then(() => {})`); err != nil {
			return err
		}
		sawJob = before == 0 && l.jobs.queue.Len() == 1
		return nil
	}
	l.enter(turnHook, l.runOneShotFn)
	l.jobs.ok = sawJob && l.jobs.queue.Len() == 0
}
