package promise

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

func TestAsyncResolves(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	h.set("add", Async2(h.loop, func(_ context.Context, a, b int) (int, error) { return a + b, nil }, WithName("add")))
	h.set("greet", Async1(h.loop, func(_ context.Context, u user) (string, error) {
		return fmt.Sprintf("hi %s (%d)", u.Name, u.Age), nil
	}))
	h.set("none", Async0(h.loop, func(context.Context) (struct{}, error) { return struct{}{}, nil }))
	h.set("three", Async3(h.loop, func(_ context.Context, a string, b bool, c []int) (string, error) {
		return fmt.Sprint(a, b, c), nil
	}))
	h.expect(`
		log(add.name, add.length, greet.length, three.length);
		const p = add(40, 2);
		log(p instanceof Promise);
		// Calls complete in any order; Promise.all puts them back in order.
		Promise.all([p, greet({ Name: 'ann', Age: 7 }), none(), three('x', true, [1, 2])])
			.then((vs) => vs.forEach((v) => log(v)));`, `
add 2 1 3
true
42
hi ann (7)
undefined
xtrue [1 2]`)
}

func TestAsyncRejects(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	h.set("charge", Async1(h.loop, func(_ context.Context, amount int) (int, error) {
		return 0, fmt.Errorf("card declined for %d: %w", amount, errBoom)
	}))
	var back *Future[any]
	h.set("toGo", func(v goja.Value) { back = FromJS[any](h.loop, v) })
	h.expect(`
		(async () => {
			await charge(5).catch((e) => log(e instanceof Error, e.name, e.message));
			try { await charge(6) } catch (e) { log('caught', e.message) }
		})();
		toGo(charge(7));`, `
true Error card declined for 5: boom
caught card declined for 6: boom`)
	_, err := back.Result()
	require.ErrorIs(t, err, errBoom)
	require.Contains(t, err.Error(), "card declined for 7")
}

// Nil results never panic: they reach JS as null or undefined.
func TestAsyncNilResults(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	h.set("ptr", Async0(h.loop, func(context.Context) (*user, error) { return nil, nil }))
	h.set("mp", Async0(h.loop, func(context.Context) (map[string]any, error) { return nil, nil }))
	h.set("sl", Async0(h.loop, func(context.Context) ([]string, error) { return nil, nil }))
	h.set("iface", Async0(h.loop, func(context.Context) (any, error) { return nil, nil }))
	h.set("err", Async0(h.loop, func(context.Context) (error, error) { return nil, nil }))
	h.set("typedInIface", Async0(h.loop, func(context.Context) (any, error) { return (*user)(nil), nil }))
	h.expect(`
		(async () => {
			for (const f of [ptr, mp, sl, iface, err, typedInIface]) {
				const v = await f();
				log(v === null ? 'null' : v === undefined ? 'undefined' : typeof v);
				// and chained further, where goja looks for a then method
				await Promise.resolve(v).then((x) => x);
			}
		})();`, `
null
null
null
undefined
undefined
null`)
}

func TestAsyncBadArgument(t *testing.T) {
	called := false
	h := newJS(t)
	h.set("takeList", Async1(h.loop, func(context.Context, []int) (int, error) { called = true; return 0, nil }))
	h.set("thrower", AsyncFunc(h.loop, func(goja.FunctionCall) (Work[int], error) {
		panic(h.rt.NewTypeError("thrown by prepare"))
	}))
	h.set("failer", AsyncFunc(h.loop, func(goja.FunctionCall) (Work[int], error) {
		return nil, errOther
	}))
	h.expect(`
		const p = takeList(5);
		log(p instanceof Promise);
		p.catch((e) => log(e.name, e.code));
		thrower().catch((e) => log(e.name, e.message));
		failer().catch((e) => log(e.name, e.message));`, `
true
TypeError ERR_INVALID_ARG_TYPE
TypeError thrown by prepare
Error other`)
	require.False(t, called)
}

// The work's context ends when the loop stops, however it stops.
func TestAsyncContextCancelledWhenLoopStops(t *testing.T) {
	errStop := errors.New("stop now")
	tests := []struct {
		name    string
		stop    func(l *eventloop.Loop, cancelRun context.CancelCauseFunc)
		wantRun error
	}{
		{"Run's context", func(_ *eventloop.Loop, cancel context.CancelCauseFunc) { cancel(errStop) }, errStop},
		{"Terminate", func(l *eventloop.Loop, _ context.CancelCauseFunc) { l.Terminate(errStop) }, errStop},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLeaks(t)
			h := newJS(t)
			started := make(chan struct{})
			cause := make(chan error, 1)
			h.set("wait", Async0(h.loop, func(ctx context.Context) (int, error) {
				close(started)
				<-ctx.Done()
				cause <- context.Cause(ctx)
				return 0, ctx.Err()
			}))
			h.script(`wait().then(() => log('resolved'), () => log('rejected'))`)
			ctx, cancel := context.WithCancelCause(context.Background())
			defer cancel(nil)
			result := h.runAsync(ctx)
			<-started
			tt.stop(h.loop, cancel)
			require.ErrorIs(t, <-result, tt.wantRun)
			require.ErrorIs(t, <-cause, eventloop.ErrClosed)
			require.Empty(t, h.log())
		})
	}
}

// A per-call context (what an AbortSignal will use) cancels one call only.
func TestAsyncCallContext(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	cancels := map[string]context.CancelCauseFunc{}
	var released []string
	callContext := func(parent context.Context, call goja.FunctionCall) (context.Context, func(), error) {
		id := call.Argument(0).String()
		if id == "refused" {
			return nil, nil, errOther
		}
		ctx, cancel := context.WithCancelCause(parent)
		cancels[id] = cancel
		return ctx, func() { released = append(released, id); cancel(nil) }, nil
	}
	h.set("wait", Async1(h.loop, func(ctx context.Context, id string) (string, error) {
		if id == "b" {
			return "b done", nil
		}
		<-ctx.Done()
		return "", context.Cause(ctx)
	}, WithCallContext(callContext)))
	h.set("abort", func(id string) { cancels[id](fmt.Errorf("aborted %s", id)) })
	h.expect(`
		const a = wait('a').then((v) => log(v), (e) => log('a failed:', e.message));
		wait('refused').catch((e) => log('refused:', e.message));
		abort('a');
		a.then(() => wait('b')).then((v) => log(v));`, `
refused: other
a failed: aborted a
b done`)
	require.Equal(t, []string{"a", "b"}, released)
}

// A panic in the work fails the loop loudly, with the stack.
func TestAsyncPanic(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	h.set("explode", Async0(h.loop, func(context.Context) (int, error) { panic("kaboom") }))
	h.script(`explode().catch(() => log('caught'))`)
	err := h.run()
	var pe *eventloop.PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "kaboom", pe.Value)
	require.Contains(t, string(pe.Stack), "async_test.go")
}

// Many concurrent calls each settle their own promise.
func TestAsyncConcurrentCalls(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	h.set("square", Async1(h.loop, func(_ context.Context, n int) (int, error) { return n * n, nil }))
	h.expect(`
		const ps = [];
		for (let i = 0; i < 200; i++) ps.push(square(i));
		Promise.all(ps).then((vs) => log(vs.every((v, i) => v === i * i), vs.length));`,
		`true 200`)
}
