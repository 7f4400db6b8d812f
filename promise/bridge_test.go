package promise

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

func TestToJSResolves(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	f := New[string]()
	h.set("future", func() *goja.Promise { return ToJS(h.loop, f) })
	h.script(`future().then((v) => log('resolved', v), (e) => log('rejected', e))`)
	go f.Resolve("hello") // from another goroutine, while the loop waits
	require.NoError(t, h.run())
	require.Equal(t, []string{"resolved hello"}, h.log())
}

func TestToJSRejects(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	f := New[int]()
	h.set("future", func() *goja.Promise { return ToJS(h.loop, f) })
	h.script(`future().catch((e) => log(e instanceof Error, e.name, e.message, typeof e.stack))`)
	go f.Reject(fmt.Errorf("payment declined: %w", errBoom))
	require.NoError(t, h.run())
	require.Equal(t, []string{"true Error payment declined: boom string"}, h.log())
}

func TestToJSAlreadySettled(t *testing.T) {
	h := newJS(t)
	h.set("ok", func() *goja.Promise { return ToJS(h.loop, Resolved(1)) })
	h.set("bad", func() *goja.Promise { return ToJS(h.loop, Rejected[int](errBoom)) })
	h.expect(`
		ok().then((v) => log('ok', v));
		bad().catch((e) => log('bad', e.message));
		log('sync');`, `
sync
ok 1
bad boom`)
}

// The loop stays alive while a ToJS future is pending, and ends when it settles.
func TestToJSHoldsTheLoop(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	f := New[int]()
	h.set("future", func() *goja.Promise { return ToJS(h.loop, f) })
	h.script(`future().then((v) => log('got', v))`)
	result := h.runAsync(context.Background())
	require.Never(t, func() bool { return len(result) > 0 }, 50*time.Millisecond, 5*time.Millisecond,
		"the loop ended while a ToJS future was pending")
	f.Resolve(42)
	select {
	case err := <-result:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("the loop did not end after the future settled")
	}
	require.Equal(t, []string{"got 42"}, h.log())
}

type user struct {
	Name string
	Age  int
}

// Nil Go values never reach goja's wrappers: they become null or undefined.
func TestValueToJSNil(t *testing.T) {
	h := newJS(t)
	h.set("check", func(name string) *goja.Promise {
		switch name {
		case "pointer":
			return ToJS(h.loop, Resolved[*user](nil))
		case "map":
			return ToJS(h.loop, Resolved[map[string]int](nil))
		case "slice":
			return ToJS(h.loop, Resolved[[]int](nil))
		case "interface":
			return ToJS(h.loop, Resolved[any](nil))
		case "error":
			return ToJS(h.loop, Resolved[error](nil))
		case "func":
			return ToJS(h.loop, Resolved[func()](nil))
		case "object":
			return ToJS(h.loop, Resolved[*goja.Object](nil))
		case "value":
			return ToJS(h.loop, Resolved[goja.Value](nil))
		case "empty struct":
			return ToJS(h.loop, Resolved(struct{}{}))
		case "struct":
			return ToJS(h.loop, Resolved(&user{Name: "ann", Age: 3}))
		}
		panic("unknown case " + name)
	})
	h.expect(`
		const names = ['pointer', 'map', 'slice', 'interface', 'error', 'func', 'object', 'value', 'empty struct', 'struct'];
		(async () => {
			for (const n of names) {
				const v = await check(n);
				log(n, v === null ? 'null' : v === undefined ? 'undefined' : JSON.stringify(v));
			}
		})();`, `
pointer null
map null
slice null
interface undefined
error undefined
func null
object null
value undefined
empty struct undefined
struct {"Name":"ann","Age":3}`)
}

func TestFromJS(t *testing.T) {
	tests := []struct {
		name    string
		src     string // an expression
		settled bool   // settled before FromJS returns
		want    any
		wantErr string
	}{
		{"fulfilled", `Promise.resolve(42)`, true, int64(42), ""},
		{"rejected", `Promise.reject(new TypeError('bad'))`, true, nil, "TypeError: bad"},
		{"rejected with a string", `Promise.reject('nope')`, true, nil, "nope"},
		{"plain value", `'plain'`, true, "plain", ""},
		{"undefined", `undefined`, true, nil, ""},
		{"pending", `new Promise((r) => setTimeout(() => r('later'), 10))`, false, "later", ""},
		{"pending rejection", `new Promise((_, j) => setTimeout(() => j(new RangeError('late')), 10))`, false, nil, "RangeError: late"},
		{"thenable", `({ then(r) { r('thenable') } })`, false, "thenable", ""},
		{"async function", `(async () => { await null; return [1, 2] })()`, false, []any{int64(1), int64(2)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newJS(t)
			var f *Future[any]
			h.submit(func(rt *goja.Runtime) error {
				v, err := rt.RunString(tt.src)
				require.NoError(t, err)
				f = FromJS[any](h.loop, v)
				_, err = f.Result()
				require.Equal(t, tt.settled, !errors.Is(err, ErrPending), "settled at once")
				return nil
			})
			require.NoError(t, h.run(), "a rejection FromJS took is handled")
			v, err := f.Result()
			if tt.wantErr != "" {
				require.EqualError(t, err, tt.wantErr)
				var rej *RejectionError
				require.ErrorAs(t, err, &rej)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.want, v)
		})
	}
}

func TestFromJSConverts(t *testing.T) {
	h := newJS(t)
	var (
		n    *Future[int]
		u    *Future[user]
		val  *Future[goja.Value]
		bad  *Future[[]int]
		same bool
	)
	h.submit(func(rt *goja.Runtime) error {
		n = FromJS[int](h.loop, rt.ToValue(7))
		obj, err := rt.RunString(`Promise.resolve({ Name: 'bo', Age: 5 })`)
		require.NoError(t, err)
		u = FromJS[user](h.loop, obj)
		o := rt.NewObject()
		val = FromJS[goja.Value](h.loop, o)
		v, _ := val.Result()
		same = v == o
		bad = FromJS[[]int](h.loop, rt.ToValue(5))
		return nil
	})
	require.NoError(t, h.run())
	v, err := n.Result()
	require.NoError(t, err)
	require.Equal(t, 7, v)
	uv, err := u.Result()
	require.NoError(t, err)
	require.Equal(t, user{Name: "bo", Age: 5}, uv)
	require.True(t, same)
	_, err = bad.Result()
	require.ErrorContains(t, err, "does not convert to []int")
}

// A pending JS promise does not keep the loop alive; when the loop ends, the future
// is rejected with ErrClosed.
func TestFromJSLoopEnds(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	var f *Future[any]
	h.submit(func(rt *goja.Runtime) error {
		v, err := rt.RunString(`new Promise(() => {})`)
		f = FromJS[any](h.loop, v)
		return err
	})
	require.NoError(t, h.run())
	_, err := await(t, f)
	require.ErrorIs(t, err, eventloop.ErrClosed)
}

// Go error → JS rejection → Go: errors.Is finds the original. JS rejection → Go → JS:
// the very same JS value.
func TestRejectionRoundTrip(t *testing.T) {
	h := newJS(t)
	orig := fmt.Errorf("card expired: %w", errBoom)
	var back *Future[any]
	h.set("goFails", func() *goja.Promise { return ToJS(h.loop, Rejected[any](orig)) })
	h.set("toGo", func(v goja.Value) { back = FromJS[any](h.loop, v) })
	var jsBack *Future[any]
	h.set("roundTrip", func(v goja.Value) *goja.Promise {
		jsBack = FromJS[any](h.loop, v)
		return ToJS(h.loop, jsBack)
	})
	h.expect(`
		toGo(goFails());
		const reason = new Error('from js');
		reason.code = 'E_JS';
		const p = Promise.reject(reason);
		roundTrip(p).catch((e) => log('same object', e === reason, e.code));`,
		`same object true E_JS`)
	_, err := back.Result()
	require.ErrorIs(t, err, orig)
	require.ErrorIs(t, err, errBoom)
	var rej *RejectionError
	require.ErrorAs(t, err, &rej)
	require.Equal(t, "Error", rej.Name)
	require.Equal(t, "card expired: boom", rej.Message)
	require.Equal(t, "Error: card expired: boom", rej.Error())

	_, err = jsBack.Result()
	require.ErrorAs(t, err, &rej)
	require.Equal(t, "from js", rej.Message)
	require.Contains(t, rej.Stack, "test.js")
	require.Nil(t, rej.Unwrap())
}

type codeError struct{ code string }

func (e *codeError) Error() string { return "failed with " + e.code }

func (e *codeError) JSValue(rt *goja.Runtime) goja.Value {
	obj := rt.NewTypeError(e.Error())
	_ = obj.Set("code", e.code)
	return obj
}

func TestErrorToJS(t *testing.T) {
	h := newJS(t)
	h.set("reject", func(kind string) *goja.Promise {
		switch kind {
		case "valuer":
			return ToJS(h.loop, Rejected[int](fmt.Errorf("wrapped: %w", &codeError{"ENOENT"})))
		case "aggregate":
			return ToJS(h.loop, Any(context.Background(), Rejected[int](errBoom), Rejected[int](errOther)))
		}
		panic(kind)
	})
	h.expect(`
		reject('valuer').catch((e) => log(e instanceof TypeError, e.code, e.message));
		reject('aggregate').catch((e) => log(e instanceof AggregateError, e.errors.map((x) => x.message).join(',')));`, `
true ENOENT failed with ENOENT
true boom,other`)
}
