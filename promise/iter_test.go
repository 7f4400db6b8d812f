package promise

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// consumeJS reads the async iterable src the way for await does (jsloop lowers for
// await to this protocol): it[Symbol.asyncIterator](), then next() until done.
const consumeJS = `
async function consume(src, onValue) {
	const it = src[Symbol.asyncIterator]();
	for (;;) {
		const r = await it.next();
		if (r.done) return;
		if (await onValue(r.value) === 'break') { await it.return(); return; }
	}
}
`

// produce sends 1..n on ch (stopping when stopped ends), closes it, and counts sends.
func produce(ch chan<- int, stopped context.Context, n int, sent *atomic.Int32) {
	defer close(ch)
	for i := 1; i <= n; i++ {
		select {
		case ch <- i:
			sent.Add(1)
		case <-stopped.Done():
			return
		}
	}
}

func TestChanToJSClosedChannelEnds(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan string)
	var stopped context.Context
	h.submit(func(rt *goja.Runtime) error {
		var it *goja.Object
		it, stopped = ChanToJS(h.loop, context.Background(), (<-chan string)(ch))
		return rt.Set("src", it)
	})
	go func() {
		defer close(ch)
		for _, s := range []string{"a", "b", "c"} {
			ch <- s
		}
	}()
	h.expect(consumeJS+`
		consume(src, (v) => log(v)).then(() => log('end'));`, `
a
b
c
end`)
	require.ErrorIs(t, context.Cause(stopped), ErrStopped)
}

// A Go producer faster than the JS consumer waits for it: a value is sent only when a
// next() asks for it.
func TestChanToJSBackpressure(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan int)
	var sent atomic.Int32
	h.submit(func(rt *goja.Runtime) error {
		it, stopped := ChanToJS(h.loop, context.Background(), (<-chan int)(ch))
		go produce(ch, stopped, 5, &sent)
		return rt.Set("src", it)
	})
	// While the consumer holds value v (a slow consumer: it takes 100 ms of virtual
	// time), the producer has sent v values at most and stays blocked.
	// (check runs on the loop goroutine, where require must not be called.)
	h.set("check", func(v int) string {
		for deadline := time.Now().Add(5 * time.Second); sent.Load() < int32(v) && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
		for end := time.Now().Add(20 * time.Millisecond); time.Now().Before(end); time.Sleep(time.Millisecond) {
			if sent.Load() > int32(v) {
				return fmt.Sprint(v, " the producer ran ahead: sent=", sent.Load())
			}
		}
		return fmt.Sprint(v, " sent=", sent.Load())
	})
	h.expect(consumeJS+`
		consume(src, (v) => new Promise((r) => setTimeout(() => { log(check(v)); r(); }, 100)))
			.then(() => log('end'));`, `
1 sent=1
2 sent=2
3 sent=3
4 sent=4
5 sent=5
end`)
}

// next() calls made before the earlier ones resolved are answered in call order.
func TestChanToJSConcurrentNext(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan int)
	var sent atomic.Int32
	h.submit(func(rt *goja.Runtime) error {
		it, stopped := ChanToJS(h.loop, context.Background(), (<-chan int)(ch))
		go produce(ch, stopped, 3, &sent)
		return rt.Set("src", it)
	})
	h.expect(`
		const it = src[Symbol.asyncIterator]();
		Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()])
			.then((rs) => log(rs.map((r) => r.done ? 'done' : r.value).join(' ')));`,
		`1 2 3 done done`)
}

// return() (what break does) stops reading: the producer's context ends with
// ErrStopped, and later next() calls say done.
func TestChanToJSReturn(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan int)
	var sent atomic.Int32
	producerDone := make(chan error, 1)
	h.submit(func(rt *goja.Runtime) error {
		it, stopped := ChanToJS(h.loop, context.Background(), (<-chan int)(ch))
		go func() {
			produce(ch, stopped, 1000, &sent)
			producerDone <- context.Cause(stopped)
		}()
		return rt.Set("src", it)
	})
	h.expect(consumeJS+`
		consume(src, (v) => { log(v); if (v === 2) return 'break'; })
			.then(() => src.next())
			.then((r) => log('after return: done =', r.done));`, `
1
2
after return: done = true`)
	require.ErrorIs(t, <-producerDone, ErrStopped)
	require.LessOrEqual(t, sent.Load(), int32(3))
}

// Cancelling ctx fails a waiting next() with the cause, and ends the producer's context.
func TestChanToJSContextCancel(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan int) // never sent on
	ctx, cancel := context.WithCancelCause(context.Background())
	var stopped context.Context
	h.submit(func(rt *goja.Runtime) error {
		var it *goja.Object
		it, stopped = ChanToJS(h.loop, ctx, (<-chan int)(ch))
		return rt.Set("src", it)
	})
	h.set("cancel", func() { cancel(errors.New("client went away")) })
	h.expect(`
		const it = src[Symbol.asyncIterator]();
		it.next().then((r) => log('value', r.value), (e) => log('rejected:', e.message));
		cancel();`,
		`rejected: client went away`)
	require.EqualError(t, context.Cause(stopped), "client went away")
}

// When the loop stops, the producer's context ends with ErrClosed.
func TestChanToJSLoopStops(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch := make(chan int)
	stoppedCh := make(chan context.Context, 1)
	h.submit(func(rt *goja.Runtime) error {
		it, stopped := ChanToJS(h.loop, context.Background(), (<-chan int)(ch))
		stoppedCh <- stopped
		return rt.Set("src", it)
	})
	h.script(`src[Symbol.asyncIterator]().next().then(() => log('never'))`)
	ctx, cancel := context.WithCancel(context.Background())
	result := h.runAsync(ctx)
	stopped := <-stoppedCh
	cancel()
	require.ErrorIs(t, <-result, context.Canceled)
	<-stopped.Done()
	require.ErrorIs(t, context.Cause(stopped), eventloop.ErrClosed)
}

// asyncSourceJS is a JS async iterable that counts how many values were pulled and
// logs when return() is called.
const asyncSourceJS = `
let pulled = 0;
function source(n, failAt) {
	let i = 0;
	return {
		[Symbol.asyncIterator]() { return this; },
		next() {
			pulled++;
			i++;
			if (i === failAt) return Promise.reject(new RangeError('failed at ' + i));
			if (i > n) return Promise.resolve({ value: undefined, done: true });
			return new Promise((r) => setTimeout(() => r({ value: i, done: false }), 1));
		},
		return() { log('return called'); return Promise.resolve({ done: true }); },
	};
}
`

// startFeed runs src (which must set globalThis.src) and feeds it to a Go channel; it
// returns the channel, the done future and the loop's result.
func startFeed[T any](t *testing.T, h *jsHarness, ctx context.Context, src string) (<-chan T, *Future[struct{}], <-chan error) {
	t.Helper()
	type feed struct {
		ch   <-chan T
		done *Future[struct{}]
	}
	feeds := make(chan feed, 1)
	h.submit(func(rt *goja.Runtime) error {
		if _, err := rt.RunScript("test.js", src); err != nil {
			return err
		}
		ch, done := ChanFromJS[T](h.loop, ctx, rt.Get("src"))
		feeds <- feed{ch, done}
		return nil
	})
	result := h.runAsync(context.Background())
	f := <-feeds
	return f.ch, f.done, result
}

func TestChanFromJS(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch, done, result := startFeed[int](t, h, context.Background(), asyncSourceJS+`globalThis.src = source(4)`)
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	require.Equal(t, []int{1, 2, 3, 4}, got)
	_, err := await(t, done)
	require.NoError(t, err)
	require.NoError(t, <-result)
	require.Empty(t, h.log(), "return() is not called after done")
}

// A JS producer faster than the Go consumer waits for it: the next value is pulled only
// after the previous one was received.
func TestChanFromJSBackpressure(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	var pulled atomic.Int32
	h.set("pull", func() { pulled.Add(1) })
	ch, done, result := startFeed[int](t, h, context.Background(), `
		let i = 0;
		globalThis.src = {
			[Symbol.asyncIterator]() { return this; },
			next() { pull(); i++; return Promise.resolve(i > 5 ? { done: true } : { value: i, done: false }); },
		};`)
	received := 0
	for v := range ch {
		received++
		require.Equal(t, received, v)
		// Received value k: the feeder may have pulled k+1 by now, never more.
		limit := int32(received + 1) // a copy: Never's checks may outlive the call
		require.Never(t, func() bool { return pulled.Load() > limit }, 20*time.Millisecond, time.Millisecond,
			"the JS producer ran ahead of the Go consumer")
	}
	require.Equal(t, 5, received)
	require.Equal(t, int32(6), pulled.Load())
	_, err := await(t, done)
	require.NoError(t, err)
	require.NoError(t, <-result)
}

// Cancelling ctx closes the channel, rejects done with the cause and calls the
// iterator's return().
func TestChanFromJSContextCancel(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ctx, cancel := context.WithCancelCause(context.Background())
	ch, done, result := startFeed[int](t, h, ctx, asyncSourceJS+`globalThis.src = source(1000)`)
	require.Equal(t, 1, <-ch)
	require.Equal(t, 2, <-ch)
	errEnough := errors.New("enough")
	cancel(errEnough)
	for range ch { // at most one value was in flight
	}
	_, err := await(t, done)
	require.ErrorIs(t, err, errEnough)
	require.NoError(t, <-result)
	require.Equal(t, []string{"return called"}, h.log())
}

func TestChanFromJSErrors(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []int
		wantErr func(t *testing.T, err error)
		log     []string
	}{
		{
			name: "iterator rejects",
			src:  asyncSourceJS + `globalThis.src = source(10, 3)`,
			want: []int{1, 2},
			wantErr: func(t *testing.T, err error) {
				var rej *RejectionError
				require.ErrorAs(t, err, &rej)
				require.Equal(t, "RangeError: failed at 3", rej.Error())
			},
		},
		{
			name:    "not iterable",
			src:     `globalThis.src = 42`,
			wantErr: func(t *testing.T, err error) { require.ErrorIs(t, err, ErrNotIterable) },
		},
		{
			name: "next throws",
			src:  `globalThis.src = { [Symbol.asyncIterator]() { return { next() { throw new Error('sync throw') } } } }`,
			wantErr: func(t *testing.T, err error) {
				require.EqualError(t, err, "Error: sync throw")
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLeaks(t)
			h := newJS(t)
			ch, done, result := startFeed[int](t, h, context.Background(), tt.src)
			var got []int
			for v := range ch {
				got = append(got, v)
			}
			require.Equal(t, tt.want, got)
			_, err := await(t, done)
			tt.wantErr(t, err)
			require.NoError(t, <-result)
		})
	}
}

// A value that does not convert to T ends the feed with the conversion error and calls
// the iterator's return().
func TestChanFromJSBadValue(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch, done, result := startFeed[[]int](t, h, context.Background(), `
		const values = [[1], [2, 3], 'x', [4]];
		globalThis.src = {
			[Symbol.iterator]() { return this; },
			next() { return values.length ? { value: values.shift(), done: false } : { done: true }; },
			return() { log('return called'); return { done: true }; },
		};`)
	var got [][]int
	for v := range ch {
		got = append(got, v)
	}
	require.Equal(t, [][]int{{1}, {2, 3}}, got)
	_, err := await(t, done)
	require.ErrorContains(t, err, "does not convert to []int")
	require.NoError(t, <-result)
	require.Equal(t, []string{"return called"}, h.log())
}

// A sync iterable works too, and its values may be promises, as in for await.
func TestChanFromJSSyncIterable(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch, done, result := startFeed[string](t, h, context.Background(),
		`globalThis.src = ['a', Promise.resolve('b'), new Promise((r) => setTimeout(() => r('c'), 5))]`)
	var got []string
	for v := range ch {
		got = append(got, v)
	}
	require.Equal(t, []string{"a", "b", "c"}, got)
	_, err := await(t, done)
	require.NoError(t, err)
	require.NoError(t, <-result)
}

// A JS iterable whose next() never settles does not keep the loop alive; when the loop
// ends, the channel closes and done reports ErrClosed.
func TestChanFromJSLoopEnds(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	ch, done, result := startFeed[int](t, h, context.Background(),
		`globalThis.src = { [Symbol.asyncIterator]() { return { next: () => new Promise(() => {}) } } }`)
	for range ch {
	}
	_, err := await(t, done)
	require.ErrorIs(t, err, eventloop.ErrClosed)
	require.NoError(t, <-result)
}

// Go → JS → Go: a channel through ChanToJS read back with ChanFromJS.
func TestChanRoundTrip(t *testing.T) {
	checkLeaks(t)
	h := newJS(t)
	in := make(chan int)
	var sent atomic.Int32
	type feed struct {
		ch   <-chan int
		done *Future[struct{}]
	}
	feeds := make(chan feed, 1)
	h.submit(func(rt *goja.Runtime) error {
		it, stopped := ChanToJS(h.loop, context.Background(), (<-chan int)(in))
		go produce(in, stopped, 50, &sent)
		out, done := ChanFromJS[int](h.loop, context.Background(), it)
		feeds <- feed{out, done}
		return nil
	})
	result := h.runAsync(context.Background())
	f := <-feeds
	sum := 0
	for v := range f.ch {
		sum += v
	}
	require.Equal(t, 50*51/2, sum)
	_, err := await(t, f.done)
	require.NoError(t, err)
	require.NoError(t, <-result)
}
