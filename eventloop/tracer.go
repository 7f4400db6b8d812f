package eventloop

import (
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// Queue names the queue a task waits in.
type Queue uint8

// The loop's queues.
const (
	QueueScript Queue = iota
	QueueNextTick
	QueueMicrotask
	QueueTimer
	QueueInterval
	QueueImmediate
	QueueIO
	QueueClose
)

var queueNames = [...]string{"script", "nextTick", "microtask", "timer", "interval", "immediate", "io", "close"}

func (q Queue) String() string {
	if int(q) < len(queueNames) {
		return queueNames[q]
	}
	return "queue(" + strconv.Itoa(int(q)) + ")"
}

// TraceKind is the step of a task's life a TraceEvent reports.
type TraceKind uint8

// A task is queued once, then started and finished once per run (an interval runs many times).
const (
	TaskQueued TraceKind = iota
	TaskStarted
	TaskFinished
)

func (k TraceKind) String() string {
	switch k {
	case TaskQueued:
		return "queued"
	case TaskStarted:
		return "started"
	case TaskFinished:
		return "finished"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Origin of a task: the API that queued it and the JS source position of that call.
type TaskOrigin struct {
	API string // "setTimeout", "process.nextTick", "queueMicrotask", "Submit" …
	// Position is "file:line:column" of the innermost JS frame that made the call,
	// or "" when it was queued from Go.
	Position string
}

// TraceEvent is one step of one task.
type TraceEvent struct {
	Kind      TraceKind
	Task      uint64 // unique per loop, from 1
	Parent    uint64 // the task that was running when this one was queued (0: none)
	Queue     Queue
	Origin    TaskOrigin
	Time      time.Duration // the loop's clock
	Iteration uint64        // the loop iteration (0: the entry point, before the first)
	Phase     Phase         // the phase the loop was in
}

// Phase names a step of a loop iteration.
type Phase uint8

// The phases, in the order an iteration runs them (see the package doc), plus the
// entry point and the 'beforeExit'/'exit' steps.
const (
	PhaseMain Phase = iota
	PhaseTimers
	PhasePoll
	PhaseCheck
	PhaseClose
	PhaseBeforeExit
	PhaseExit
)

var phaseNames = [...]string{"main", "timers", "poll", "check", "close", "beforeExit", "exit"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return "phase(" + strconv.Itoa(int(p)) + ")"
}

// Tracer receives every task's queued/started/finished steps. It is called on the
// loop goroutine and must not call into the runtime. With no tracer set the loop
// skips all of this work.
type Tracer interface {
	Trace(TraceEvent)
}

// taskTrace is what a queued task remembers for the tracer; nil when tracing is off.
type taskTrace struct {
	id     uint64
	parent uint64
	queue  Queue
	origin TaskOrigin
}

// newTrace records a queued task, or returns nil when no tracer is set.
func (l *Loop) newTrace(q Queue, api string) *taskTrace {
	if l.tracer == nil && !l.recordSites {
		return nil
	}
	l.lastTaskID++
	t := &taskTrace{id: l.lastTaskID, parent: l.currentTask, queue: q, origin: TaskOrigin{API: api, Position: l.callerPosition()}}
	if l.tracer != nil {
		l.emitTrace(TaskQueued, t)
	}
	return t
}

// newTraceFrom is newTrace with the origin and parent given: for tasks not queued by
// the JS call on the stack.
func (l *Loop) newTraceFrom(q Queue, origin TaskOrigin, parent uint64) *taskTrace {
	l.lastTaskID++
	t := &taskTrace{id: l.lastTaskID, parent: parent, queue: q, origin: origin}
	if l.tracer != nil {
		l.emitTrace(TaskQueued, t)
	}
	return t
}

// newIOTrace records the io task that Go work started by the running JS will queue
// when it completes, or returns nil when tracing is off. Its API is label, or else
// the built-in the script called (the frame the user code called into).
func (l *Loop) newIOTrace(label string) *taskTrace {
	if l.tracer == nil {
		return nil
	}
	api, pos := l.callerOrigin()
	if label != "" {
		api = label
	}
	if api == "" {
		api = "Go"
	}
	return l.newTraceFrom(QueueIO, TaskOrigin{API: api, Position: pos}, l.currentTask)
}

func (l *Loop) emitTrace(kind TraceKind, t *taskTrace) {
	l.tracer.Trace(TraceEvent{Kind: kind, Task: t.id, Parent: t.parent, Queue: t.queue, Origin: t.origin,
		Time: l.clock.Now(), Iteration: l.iteration, Phase: l.phase})
}

// traceStart reports t started and makes it the current task; it returns the task
// that was current before, for traceFinish.
func (l *Loop) traceStart(t *taskTrace) uint64 {
	prev := l.currentTask
	if t != nil && l.tracer != nil {
		l.emitTrace(TaskStarted, t)
		l.currentTask = t.id
	}
	return prev
}

func (l *Loop) traceFinish(t *taskTrace, prev uint64) {
	if t != nil && l.tracer != nil {
		l.emitTrace(TaskFinished, t)
		l.currentTask = prev
	}
}

// callerOrigin is callerPosition that also names the function the user code called
// (the outermost of the native and built-in frames above it): "fetch", "readFile".
// It looks deeper, since a built-in may go several frames down before it calls Go.
func (l *Loop) callerOrigin() (api, pos string) {
	var buf [16]goja.StackFrame
	return l.userCaller(buf[:0])
}

// callerPosition returns the position of the innermost frame of user code on the
// stack: native frames and built-in modules ("node:…" and "jsloop:…" sources) are skipped, so a
// task queued by a built-in is attributed to the script line that called it.
func (l *Loop) callerPosition() string {
	var buf [8]goja.StackFrame
	_, pos := l.userCaller(buf[:0])
	return pos
}

// userCaller captures up to cap(buf) frames and returns the innermost frame of user
// code as file:line:column, with the name of the frame it called into.
func (l *Loop) userCaller(buf []goja.StackFrame) (api, pos string) {
	for _, f := range l.rt.CaptureCallStack(cap(buf), buf) {
		if src := f.SrcName(); src == "" || src == "<native>" || strings.HasPrefix(src, "node:") || strings.HasPrefix(src, "jsloop:") {
			if name := f.FuncName(); name != "" {
				api = name
			}
			continue
		}
		p := f.Position()
		return api, p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
	return api, ""
}
