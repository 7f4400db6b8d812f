package bindings

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/bindings/worker"
	"github.com/jsloop/jsloop/eventloop"
)

// A worker is a loop of its own (its own goja.Runtime) on its own goroutine, with the
// same bindings as its parent, installed with the parent's Options: the same
// permissions, module loader, entry hook and output. The parent and the worker talk
// through a worker.Port channel (messages copied by structured clone); the worker's
// 'online', 'error' and 'exit' reach the parent as completions submitted to its loop.

// ErrWorkerTerminated is how a worker's loop is ended by terminate().
var ErrWorkerTerminated = errors.New("bindings: worker terminated")

// lastThreadID numbers the workers of the process; the main thread is 0, as in Node.
var lastThreadID atomic.Int64

// workerSpec is what new Worker() asked for, read on the parent's goroutine.
type workerSpec struct {
	filename string // the entry file; the code itself when eval is set
	eval     bool
	web      bool // a web Worker: self, postMessage and onmessage are globals in it
	name     string
	argv     []string
	env      []string
	data     *webapi.Message // workerData
}

// workerContext is what a worker's own Host knows about being one.
type workerContext struct {
	id   int64
	port *worker.Port // the worker's end of the channel to its parent (parentPort)
	spec workerSpec
}

// workerThread is the parent's view of one worker. Its methods run on the parent's
// loop goroutine, except run (the worker's goroutine) and terminate's Terminate call.
type workerThread struct {
	id         int64
	parent     *Host
	keep       *eventloop.Ref    // keeps the parent alive while the worker runs, unless unref'd
	events     *eventloop.Source // 'online', 'error' and 'exit' on the parent: traced as queued by new Worker
	child      atomic.Pointer[eventloop.Loop]
	terminated atomic.Bool
	exited     bool          // 'exit' was delivered; on the parent's goroutine
	onEvent    goja.Callable // the JS Worker's event sink: ('online'|'error'|'exit', value)
}

// spawn starts a worker; the JS Worker receives its events through onEvent. On the
// parent's loop goroutine.
func (wh *workerHost) spawn(spec workerSpec, onEvent goja.Callable) (*workerThread, *goja.Object) {
	h := wh.h
	parentEnd, childEnd := worker.NewChannel()
	t := &workerThread{id: lastThreadID.Add(1), parent: h, keep: h.loop.Ref(), onEvent: onEvent,
		events: h.loop.NewSource("Worker")}
	port := wh.newPort(parentEnd)
	parentEnd.Start() // the parent's end never keeps the loop alive: the Worker's own ref does
	go t.run(spec, childEnd)
	return t, port
}

// run is the worker's goroutine: build the loop, run the entry point, report the end.
func (t *workerThread) run(spec workerSpec, port *worker.Port) {
	code, thrown := t.runLoop(spec, port)
	port.Close()
	t.toParent(func(rt *goja.Runtime) error {
		t.exited = true
		t.keep.Unref()
		if thrown != nil {
			v, err := t.parent.workers.thrownValue(thrown)
			if err != nil {
				return err
			}
			if _, err := t.onEvent(goja.Undefined(), rt.ToValue("error"), v); err != nil {
				return err
			}
		}
		_, err := t.onEvent(goja.Undefined(), rt.ToValue("exit"), rt.ToValue(code))
		return err
	})
}

// runLoop runs the worker and returns its exit code, and the error it died of (an
// uncaught exception, serialized) if it did.
func (t *workerThread) runLoop(spec workerSpec, port *worker.Port) (code int, thrown *webapi.Message) {
	parent := t.parent
	var opts []eventloop.Option
	if f := parent.opts.WorkerLoopOptions; f != nil {
		opts = f(t.id)
	}
	loop, err := eventloop.New(opts...)
	if err != nil {
		return 1, nil
	}
	defer func() {
		if r := recover(); r != nil { // a bug must not take the process down with it
			code, thrown = 1, nil
			fmt.Fprintf(parent.stderr, "jsloop: internal error in worker %d: %v\n", t.id, r)
		}
	}()
	host, err := Install(loop, t.options(spec, port, loop))
	if err != nil {
		return 1, nil
	}
	t.child.Store(loop)
	if t.terminated.Load() {
		return 0, nil // terminated before it started: Node reports 0 then
	}
	stop := context.AfterFunc(parent.loop.Context(), func() { loop.Terminate(eventloop.ErrClosed) })
	defer stop()
	t.toParent(func(rt *goja.Runtime) error {
		_, err := t.onEvent(goja.Undefined(), rt.ToValue("online"))
		return err
	})
	if !spec.eval {
		if _, err := os.Stat(spec.filename); err != nil { // an 'error' event, as in Node
			return 1, host.workers.valueMessage(host.newError("Error", "MODULE_NOT_FOUND",
				"Cannot find module '"+spec.filename+"'"))
		}
	}
	task, err := entryTask(host, spec)
	if err != nil {
		return 1, host.workers.errorMessage(err)
	}
	if spec.web {
		_ = loop.Submit(func(*goja.Runtime) error { host.workers.installWebGlobals(); return nil })
	}
	_ = loop.Submit(task)
	err = loop.Run(context.Background())
	if err == nil {
		return 0, nil
	}
	if t.terminated.Load() || parent.loop.Context().Err() != nil {
		return 1, nil // terminated, or stopped with its parent: no 'error'
	}
	code = 1
	var exit *eventloop.ExitError
	if errors.As(err, &exit) {
		code = exit.Code // process.exit(n), or a fatal error that carries its own code
		if exit.Err == nil {
			return code, nil
		}
	}
	var uncaught *eventloop.UncaughtError
	if errors.As(err, &uncaught) {
		return code, host.workers.valueMessage(uncaught.Value)
	}
	return code, host.workers.errorMessage(err)
}

// options are the worker's bindings options: its parent's, with the worker's own
// argv, environment and output (through the parent's loop).
func (t *workerThread) options(spec workerSpec, port *worker.Port, loop *eventloop.Loop) Options {
	parent := t.parent
	opts := parent.opts
	exe, _ := os.Executable()
	opts.Argv = append([]string{exe, scriptName(spec)}, spec.argv...)
	opts.Env = spec.env
	opts.Stdout = &loopWriter{parent: parent.loop, child: loop, w: parent.stdout}
	opts.Stderr = &loopWriter{parent: parent.loop, child: loop, w: parent.stderr}
	opts.worker = &workerContext{id: t.id, port: port, spec: spec}
	return opts
}

// scriptName is the worker's process.argv[1], and its code's name in stacks.
func scriptName(spec workerSpec) string {
	if spec.eval {
		return "[worker eval]"
	}
	return spec.filename
}

// entryTask is the task that runs the worker's script: its code (eval), or its file
// through Options.Entry (the command's ES module and TypeScript loading) or RunMain.
func entryTask(host *Host, spec workerSpec) (eventloop.Task, error) {
	switch {
	case spec.eval:
		return host.Eval(scriptName(spec), spec.filename, false), nil
	case host.opts.Entry != nil:
		return host.opts.Entry(host, spec.filename)
	}
	return host.RunMain(spec.filename), nil
}

// toParent runs task on the parent's loop. A parent with a full bounded queue is waited
// for: 'online' and 'exit' must not be lost (the parent holds a keep-alive until 'exit').
// Nothing is delivered once the parent's loop has ended. On the worker's goroutine.
func (t *workerThread) toParent(task eventloop.Task) {
	loop := t.parent.loop
	if err := t.events.Submit(task); errors.Is(err, eventloop.ErrQueueFull) {
		_ = t.events.SubmitWait(loop.Context(), task)
	}
}

// terminate stops the worker: running JS is interrupted and nothing more runs. The
// 'exit' event (code 1) follows. Safe to call more than once.
func (t *workerThread) terminate() {
	if t.terminated.Swap(true) {
		return
	}
	if l := t.child.Load(); l != nil {
		l.Terminate(ErrWorkerTerminated)
	}
}

// valueMessage serializes what a worker died of, after its loop ended (on the
// worker's goroutine, which still owns the runtime), as [value, extras]: extras are
// the error's own enumerable properties (such as code), which Node sends with it
// although structured clone drops them. A value that cannot be cloned is sent as an
// Error with its description.
func (wh *workerHost) valueMessage(v goja.Value) (m *webapi.Message) {
	rt := wh.h.rt
	rt.ClearInterrupt()
	extras := goja.Undefined()
	if o, ok := v.(*goja.Object); ok {
		props := rt.NewObject()
		_ = rt.Try(func() {
			for _, k := range o.Keys() {
				_ = props.Set(k, o.Get(k))
			}
		})
		extras = props
	}
	if ex := rt.Try(func() { m = wh.h.web.Serialize(rt.NewArray(v, extras), nil, nil) }); ex == nil {
		return m
	}
	if ex := rt.Try(func() { m = wh.h.web.Serialize(rt.NewArray(v), nil, nil) }); ex == nil {
		return m
	}
	return wh.errorMessage(errors.New(v.String()))
}

// thrownValue rebuilds what valueMessage sent, in the parent. On the parent's loop
// goroutine.
func (wh *workerHost) thrownValue(m *webapi.Message) (goja.Value, error) {
	packed, err := wh.deserialize(m)
	if err != nil {
		return nil, err
	}
	arr := packed.ToObject(wh.h.rt)
	v := arr.Get("0")
	if o, ok := v.(*goja.Object); ok {
		if extras, ok := arr.Get("1").(*goja.Object); ok {
			_ = wh.h.rt.Try(func() {
				for _, k := range extras.Keys() {
					_ = o.Set(k, extras.Get(k))
				}
			})
		}
	}
	return v, nil
}

// errorMessage serializes a Go error (the entry point could not load or parse) as
// the JS error the parent's 'error' listener receives.
func (wh *workerHost) errorMessage(err error) *webapi.Message {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return wh.valueMessage(ex.Value())
	}
	ctor := "Error"
	var syn *SyntaxError
	if errors.As(err, &syn) {
		ctor = "SyntaxError"
		err = errors.New(syn.Message)
	}
	var m *webapi.Message
	wh.h.rt.ClearInterrupt()
	_ = wh.h.rt.Try(func() { m = wh.valueMessage(wh.h.newError(ctor, "", err.Error())) })
	return m
}
