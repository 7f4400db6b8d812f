package promise

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// ChanToJS makes ch an async iterable for JS: for await (const v of it) reads ch until
// it is closed. Each next() returns a promise that resolves only when a value has been
// received — a value is received only while a next() is waiting, so with an unbuffered
// channel the producer blocks until the consumer asks (with a buffered one it runs ahead
// by the buffer's size). Concurrent next() calls are answered in call order. Values
// become JS values as in ToJS. The loop is held alive while a next() waits, not
// otherwise.
//
// The iteration ends with done: true when ch is closed or JS calls return() (what break
// does); it fails — next() rejects with ErrorToJS of the cause — when ctx ends or the
// loop stops. stopped is a context derived from ctx that ends in all those cases (cause
// ErrStopped when the consumer stopped or the channel was read to its end): the
// producer should select on stopped.Done() beside each send, so that it never blocks on
// a consumer that has gone away.
//
// Symbol.asyncIterator is looked up on the runtime's Symbol when ChanToJS is called; if
// the runtime has none, the object still has next and return.
// Must be called on the loop goroutine.
func ChanToJS[T any](loop *eventloop.Loop, ctx context.Context, ch <-chan T) (iter *goja.Object, stopped context.Context) {
	it := &chanIter[T]{loop: loop, ch: ch}
	it.ctx, it.cancel = context.WithCancelCause(ctx)
	loopCtx := loop.Context()
	stopWatch := context.AfterFunc(loopCtx, func() { it.cancel(context.Cause(loopCtx)) })
	context.AfterFunc(it.ctx, func() { stopWatch() }) // a cancelCtx runs this without a waiting goroutine

	rt := loop.Runtime()
	obj := rt.NewObject()
	_ = obj.Set("next", it.next)
	_ = obj.Set("return", it.ret)
	if sym := wellKnownSymbol(rt, "asyncIterator"); sym != nil {
		_ = obj.DefineDataPropertySymbol(sym, rt.ToValue(func(c goja.FunctionCall) goja.Value { return c.This }),
			goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj, it.ctx
}

type chanIter[T any] struct {
	loop   *eventloop.Loop
	ch     <-chan T
	ctx    context.Context
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	queue   []nextRequest // next() calls waiting, oldest first
	pumping bool          // a pump goroutine is serving the queue
}

type nextRequest struct {
	complete        eventloop.Completion
	resolve, reject func(any) error
}

// next is the iterator's next(), on the loop goroutine.
func (it *chanIter[T]) next(goja.FunctionCall) goja.Value {
	rt := it.loop.Runtime()
	p, resolve, reject := rt.NewPromise()
	it.mu.Lock()
	idle := !it.pumping
	if idle && it.ctx.Err() != nil {
		it.mu.Unlock()
		_ = it.answerStopped(rt, resolve, reject)
		return rt.ToValue(p)
	}
	it.queue = append(it.queue, nextRequest{complete: it.loop.Hold(), resolve: resolve, reject: reject})
	it.pumping = true
	it.mu.Unlock()
	if idle {
		go it.pump()
	}
	return rt.ToValue(p)
}

// ret is the iterator's return(value): stop reading, answer { value, done: true }.
func (it *chanIter[T]) ret(c goja.FunctionCall) goja.Value {
	it.cancel(ErrStopped)
	rt := it.loop.Runtime()
	p, resolve, _ := rt.NewPromise()
	_ = resolve(iterResult(rt, c.Argument(0), true))
	return rt.ToValue(p)
}

// pump receives one value per waiting next(), in order, and ends when none waits: no
// goroutine stays behind for an iterator JS has dropped.
func (it *chanIter[T]) pump() {
	for {
		it.mu.Lock()
		if len(it.queue) == 0 {
			it.pumping = false
			it.mu.Unlock()
			return
		}
		req := it.queue[0]
		it.queue[0] = nextRequest{}
		it.queue = it.queue[1:]
		it.mu.Unlock()

		var task eventloop.Task
		if it.ctx.Err() != nil {
			task = it.stoppedTask(req)
		} else {
			select {
			case v, ok := <-it.ch:
				if !ok {
					it.cancel(ErrStopped)
					task = it.stoppedTask(req)
					break
				}
				task = func(rt *goja.Runtime) error { return req.resolve(iterResult(rt, ValueToJS(rt, v), false)) }
			case <-it.ctx.Done():
				task = it.stoppedTask(req)
			}
		}
		_ = req.complete(task) // ErrClosed: the loop is gone, nobody waits
	}
}

func (it *chanIter[T]) stoppedTask(req nextRequest) eventloop.Task {
	return func(rt *goja.Runtime) error { return it.answerStopped(rt, req.resolve, req.reject) }
}

// answerStopped answers a next() after the end: done, or the failure that ended it.
func (it *chanIter[T]) answerStopped(rt *goja.Runtime, resolve, reject func(any) error) error {
	cause := context.Cause(it.ctx)
	if errors.Is(cause, ErrStopped) {
		return resolve(iterResult(rt, goja.Undefined(), true))
	}
	return reject(ErrorToJS(rt, cause))
}

func iterResult(rt *goja.Runtime, v goja.Value, done bool) *goja.Object {
	obj := rt.NewObject()
	_ = obj.Set("value", v)
	_ = obj.Set("done", done)
	return obj
}

// wellKnownSymbol returns Symbol[name] of rt, or nil.
func wellKnownSymbol(rt *goja.Runtime, name string) *goja.Symbol {
	ctor, ok := rt.Get("Symbol").(*goja.Object)
	if !ok {
		return nil
	}
	sym, _ := ctor.Get(name).(*goja.Symbol)
	return sym
}

// ChanFromJS feeds the values of a JS async iterable (or a sync iterable, whose values
// may be promises, as for await allows) to a Go channel, converted to T as FromJS
// converts. The channel is unbuffered and the feeding is paced by the Go consumer: the
// next JS value is asked for only after the previous one was received from the channel,
// so at most one value is in flight. While a value waits to be received the loop is
// held alive.
//
// The channel is closed when the iteration ends, and then done settles: resolved when
// the iterator said done; rejected with a *RejectionError when it threw or rejected,
// with the conversion error when a value does not convert to T, and with
// context.Cause(ctx) when ctx ends — or the loop stops (an error matching
// eventloop.ErrClosed). When the Go side stops the iteration (ctx, a bad value), the
// iterator's return() is called, as break would, if the loop still runs. Cancel ctx to
// stop early; a consumer that stops receiving without cancelling leaves the JS side
// waiting.
// Must be called on the loop goroutine.
func ChanFromJS[T any](loop *eventloop.Loop, ctx context.Context, iterable goja.Value) (ch <-chan T, done *Future[struct{}]) {
	fd := &feeder[T]{loop: loop, rt: loop.Runtime(), out: make(chan T), done: New[struct{}]()}
	if err := fd.open(iterable); err != nil {
		close(fd.out)
		fd.done.Reject(err)
		return fd.out, fd.done
	}
	fd.ctx, fd.cancel = context.WithCancelCause(ctx)
	loopCtx := loop.Context()
	fd.stopLoopWatch = context.AfterFunc(loopCtx, func() { fd.cancel(context.Cause(loopCtx)) })
	context.AfterFunc(fd.ctx, func() {
		complete := loop.Hold() // taken before finishing: the loop stays up to call return()
		if fd.finish(context.Cause(fd.ctx)) {
			_ = complete(func(*goja.Runtime) error { fd.callReturn(); return nil })
			return
		}
		_ = complete(func(*goja.Runtime) error { return nil })
	})
	fd.pull()
	return fd.out, fd.done
}

type feeder[T any] struct {
	loop          *eventloop.Loop
	rt            *goja.Runtime
	out           chan T
	done          *Future[struct{}]
	ctx           context.Context
	cancel        context.CancelCauseFunc
	stopLoopWatch func() bool

	// Loop goroutine only.
	iter     *goja.Object
	nextFn   goja.Callable
	sync     bool // a sync iterator: each value may be a promise to await
	returned bool

	mu       sync.Mutex
	finished bool  // no more values will be sent
	sending  bool  // a goroutine is sending a value
	err      error // why it finished
}

// open gets the iterator, as for await does: Symbol.asyncIterator, else Symbol.iterator.
func (fd *feeder[T]) open(iterable goja.Value) (err error) {
	rt := fd.rt
	obj, ok := iterable.(*goja.Object)
	if !ok || iterable == nil {
		return ErrNotIterable
	}
	var method goja.Callable
	if ex := tryJS(func() {
		for _, name := range []string{"asyncIterator", "iterator"} {
			sym := wellKnownSymbol(rt, name)
			if sym == nil {
				continue
			}
			if m, ok := goja.AssertFunction(obj.GetSymbol(sym)); ok {
				method, fd.sync = m, name == "iterator"
				return
			}
		}
	}); ex != nil {
		return NewRejectionError(rt, ex.Value())
	}
	if method == nil {
		return ErrNotIterable
	}
	it, callErr := method(obj)
	if callErr != nil {
		return NewRejectionError(rt, exceptionValue(rt, callErr))
	}
	iter, ok := it.(*goja.Object)
	if !ok {
		return fmt.Errorf("%w: the iterator is not an object", ErrNotIterable)
	}
	var next goja.Callable
	if ex := tryJS(func() { next, ok = goja.AssertFunction(iter.Get("next")) }); ex != nil {
		return NewRejectionError(rt, ex.Value())
	}
	if !ok {
		return fmt.Errorf("%w: the iterator has no next method", ErrNotIterable)
	}
	fd.iter, fd.nextFn = iter, next
	return nil
}

func (fd *feeder[T]) isFinished() bool {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	return fd.finished
}

// pull asks the iterator for its next value. Loop goroutine.
func (fd *feeder[T]) pull() {
	if fd.isFinished() {
		return
	}
	res, err := fd.nextFn(fd.iter)
	if err != nil {
		fd.fail(exceptionValue(fd.rt, err))
		return
	}
	if fd.sync {
		fd.onResult(res)
		return
	}
	awaitJS(fd.rt, res, fd.onResult, fd.fail)
}

// onResult takes an iterator result { value, done }. Loop goroutine.
func (fd *feeder[T]) onResult(res goja.Value) {
	if fd.isFinished() {
		return
	}
	obj, ok := res.(*goja.Object)
	if !ok {
		fd.fail(fd.rt.NewTypeError("Iterator result " + describeValue(res) + " is not an object"))
		return
	}
	var done bool
	var value goja.Value
	if ex := tryJS(func() { done = obj.Get("done").ToBoolean() }); ex != nil {
		fd.fail(ex.Value())
		return
	}
	if done {
		fd.finish(nil)
		return
	}
	if ex := tryJS(func() { value = obj.Get("value") }); ex != nil {
		fd.fail(ex.Value())
		return
	}
	if fd.sync {
		awaitJS(fd.rt, value, fd.deliver, fd.fail)
		return
	}
	fd.deliver(value)
}

// deliver converts a value and hands it to a goroutine that sends it. Loop goroutine.
func (fd *feeder[T]) deliver(v goja.Value) {
	t, err := exportTo[T](fd.rt, v)
	if err != nil {
		if fd.finish(err) {
			fd.callReturn()
		}
		return
	}
	fd.mu.Lock()
	if fd.finished {
		fd.mu.Unlock()
		return
	}
	fd.sending = true
	fd.mu.Unlock()
	complete := fd.loop.Hold()
	go fd.send(t, complete)
}

func (fd *feeder[T]) send(t T, complete eventloop.Completion) {
	sent := false
	select {
	case fd.out <- t:
		sent = true
	case <-fd.ctx.Done():
	}
	fd.mu.Lock()
	fd.sending = false
	finished := fd.finished
	fd.mu.Unlock()
	switch {
	case finished: // finished while we were sending: closing is ours
		fd.close()
		_ = complete(func(*goja.Runtime) error { fd.callReturn(); return nil })
	case !sent:
		if fd.finish(context.Cause(fd.ctx)) {
			_ = complete(func(*goja.Runtime) error { fd.callReturn(); return nil })
			return
		}
		_ = complete(func(*goja.Runtime) error { return nil })
	default:
		if err := complete(func(*goja.Runtime) error { fd.pull(); return nil }); err != nil {
			fd.finish(fmt.Errorf("promise: loop stopped while feeding a channel: %w", err))
		}
	}
}

// fail ends the iteration with a JS error the iterator threw. Loop goroutine.
func (fd *feeder[T]) fail(reason goja.Value) {
	fd.finish(NewRejectionError(fd.rt, reason))
}

// finish marks the end (err nil: the iterator is done) and closes the channel unless a
// send is in flight, whose goroutine then closes it. It reports whether this call
// ended the iteration. Safe for concurrent use.
func (fd *feeder[T]) finish(err error) bool {
	fd.mu.Lock()
	if fd.finished {
		fd.mu.Unlock()
		return false
	}
	fd.finished = true
	fd.err = err
	closeNow := !fd.sending
	fd.mu.Unlock()
	if closeNow {
		fd.close()
	}
	return true
}

// close closes the channel, then settles done; called once, by finish or the sender.
func (fd *feeder[T]) close() {
	close(fd.out)
	fd.stopLoopWatch()
	fd.cancel(ErrStopped)
	fd.mu.Lock()
	err := fd.err
	fd.mu.Unlock()
	fd.done.Settle(struct{}{}, err)
}

// callReturn tells the iterator that no more values are wanted, once (what break does
// in for await). Its exceptions and rejections are ignored. Loop goroutine.
func (fd *feeder[T]) callReturn() {
	if fd.returned {
		return
	}
	fd.returned = true
	var ret goja.Callable
	if tryJS(func() { ret, _ = goja.AssertFunction(fd.iter.Get("return")) }) != nil || ret == nil {
		return
	}
	if res, err := ret(fd.iter); err == nil {
		ignore := func(goja.Value) {}
		awaitJS(fd.rt, res, ignore, ignore)
	}
}

func describeValue(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	return v.String()
}
