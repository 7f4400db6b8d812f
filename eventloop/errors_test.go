package eventloop

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

func TestUncaughtErrorStopsTheLoop(t *testing.T) {
	h := newHarness(t)
	err := h.run(`
		setTimeout(() => log('timer 1'), 1);
		setTimeout(() => { Promise.resolve().then(() => log('never: microtask')); throw new Error('timer failure'); }, 5);
		setTimeout(() => log('never: same phase'), 5);
		setTimeout(() => log('never: later'), 30);`)
	var ue *UncaughtError
	require.ErrorAs(t, err, &ue)
	require.Equal(t, OriginUncaughtException, ue.Origin)
	require.Contains(t, ue.Report, "Error: timer failure")
	require.Contains(t, ue.Error(), "uncaught exception: Error: timer failure")
	require.NotEmpty(t, ue.Stack)
	require.Equal(t, "test.js", ue.Stack[0].Position().Filename)
	require.Equal(t, []string{"timer 1"}, h.log, "nothing queued runs after the error (errors/002)")
}

func TestUncaughtInMicrotaskAndTick(t *testing.T) {
	for _, src := range []string{
		`queueMicrotask(() => { throw new Error('boom'); }); queueMicrotask(() => log('never'));`,
		`nextTick(() => { throw new Error('boom'); }); nextTick(() => log('never')); Promise.resolve().then(() => log('never'));`,
	} {
		h := newHarness(t)
		var ue *UncaughtError
		require.ErrorAs(t, h.run(src), &ue)
		require.Contains(t, ue.Report, "Error: boom")
		require.Empty(t, h.log)
	}
}

// With a hook that handles every error, the loop goes on; after a handled throw Node
// runs the next callback already due in the same phase before draining the ticks and
// microtasks of the throwing one (errors/005, checked against node).
func TestHandledThrowRunsNextCallbackFirst(t *testing.T) {
	h := newHarness(t)
	h.loop.SetHooks(Hooks{Uncaught: func(v goja.Value, origin Origin, _ []goja.StackFrame) error {
		h.log = append(h.log, "handler: "+v.ToObject(h.loop.Runtime()).Get("message").String()+" "+string(origin))
		return nil
	}})
	h.expect(`
		setTimeout(() => { log('timer A'); nextTick(() => log('tick A')); Promise.resolve().then(() => log('promise A')); throw new Error('A failed'); }, 1);
		setTimeout(() => { log('timer B'); nextTick(() => log('tick B')); }, 1);
		setTimeout(() => log('timer C'), 1);
		queueMicrotask(() => { throw new Error('in microtask'); });
		queueMicrotask(() => log('next microtask'));`,
		`handler: in microtask uncaughtException
next microtask
timer A
handler: A failed uncaughtException
timer B
tick A
tick B
promise A
timer C`)
}

func TestUnhandledRejections(t *testing.T) {
	t.Run("a rejection unhandled when the drain ends stops the loop (rejections/001)", func(t *testing.T) {
		h := newHarness(t)
		err := h.run(`
			Promise.reject(new Error('nobody handles me'));
			nextTick(() => log('tick runs first'));
			Promise.resolve().then(() => log('microtasks drain'));
			setTimeout(() => log('never'), 0);`)
		var ue *UncaughtError
		require.ErrorAs(t, err, &ue)
		require.Equal(t, OriginUnhandledRejection, ue.Origin)
		require.Contains(t, ue.Report, "nobody handles me")
		require.Equal(t, []string{"tick runs first", "microtasks drain"}, h.log)
	})
	t.Run("a handler added in the same drain prevents the report (rejections/002)", func(t *testing.T) {
		newHarness(t).expect(`
			const p1 = Promise.reject(new Error('1'));
			Promise.resolve().then(() => null).then(() => p1.catch(() => log('caught 1')));
			const p2 = Promise.reject(new Error('2'));
			nextTick(() => p2.catch(() => log('caught 2')));
			const p3 = Promise.reject(new Error('3'));
			queueMicrotask(() => nextTick(() => p3.catch(() => log('caught 3'))));
			setTimeout(() => log('timer'), 1);`,
			"caught 2\ncaught 1\ncaught 3\ntimer")
	})
	t.Run("reports come in rejection order and handling late is reported (rejections/011, rejections/004)", func(t *testing.T) {
		h := newHarness(t)
		h.loop.SetHooks(Hooks{
			UnhandledRejection: func(reason goja.Value, p *goja.Promise) (bool, error) {
				h.log = append(h.log, "unhandled: "+reason.String())
				return true, nil
			},
			RejectionHandled: func(p *goja.Promise) error {
				h.log = append(h.log, "handled late: "+p.Result().String())
				return nil
			},
		})
		h.expect(`
			let rejectLater;
			new Promise((_, reject) => { rejectLater = reject; });
			const late = Promise.reject('r1');
			Promise.resolve().then(() => { throw 'r4'; });
			rejectLater('r2');
			nextTick(() => Promise.reject('r3'));
			setTimeout(() => { late.catch(() => log('catch r1')); }, 1);`,
			"unhandled: r1\nunhandled: r2\nunhandled: r3\nunhandled: r4\ncatch r1\nhandled late: r1")
	})
}

func TestStackOverflowIsARangeError(t *testing.T) {
	h := newHarness(t, WithMaxCallStackSize(200))
	var ue *UncaughtError
	require.ErrorAs(t, h.run(`function f() { f(); } f();`), &ue)
	require.Contains(t, ue.Report, "RangeError: Maximum call stack size exceeded")
}

func TestAGoErrorStopsTheLoop(t *testing.T) {
	h := newHarness(t)
	boom := errors.New("go side failed")
	require.NoError(t, h.loop.Submit(func(*goja.Runtime) error { return boom }))
	require.ErrorIs(t, h.run(`setTimeout(() => log('never'), 1)`), boom)
	require.Empty(t, h.log)
}

func TestAPanicInAGoTaskIsReportedNotPropagated(t *testing.T) {
	h := newHarness(t)
	require.NoError(t, h.loop.Submit(func(*goja.Runtime) error { panic("bug") }))
	var pe *PanicError
	require.ErrorAs(t, h.loop.Run(context.Background()), &pe)
	require.Equal(t, "bug", pe.Value)
	require.Contains(t, string(pe.Stack), "errors_test.go")
}

func TestContextCancelInterruptsRunawayScript(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	cause := errors.New("took too long")
	ctx, cancel := context.WithCancelCause(context.Background())
	require.NoError(t, l.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`while (true) {}`)
		return err
	}))
	go func() {
		time.Sleep(20 * time.Millisecond) // let the script start spinning
		cancel(cause)
	}()
	require.ErrorIs(t, l.Run(ctx), cause)
	require.ErrorIs(t, l.Submit(func(*goja.Runtime) error { return nil }), ErrClosed)
	require.ErrorIs(t, l.Run(context.Background()), ErrRunning)
}

func TestHooksBeforeExitAndExit(t *testing.T) {
	h := newHarness(t)
	rounds := 0
	h.loop.SetHooks(Hooks{
		BeforeExit: func() error {
			rounds++
			h.log = append(h.log, "beforeExit")
			if rounds < 3 {
				_, err := h.loop.Runtime().RunString(`setTimeout(() => log('timer from beforeExit'), 1); nextTick(() => log('tick'));`)
				return err
			}
			return nil
		},
		Exit: func() error {
			h.log = append(h.log, "exit")
			h.loop.NextTick(Callback{Go: func(*goja.Runtime) error { h.log = append(h.log, "never: tick from exit"); return nil }})
			return &ExitError{Code: 3}
		},
	})
	var ee *ExitError
	require.ErrorAs(t, h.run(`log('main')`), &ee)
	require.Equal(t, 3, ee.Code)
	require.Equal(t, []string{"main", "beforeExit", "tick", "timer from beforeExit", "beforeExit", "tick",
		"timer from beforeExit", "beforeExit", "exit"}, h.log)
}
