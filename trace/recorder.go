// Package trace turns the event loop's Tracer calls into readable and machine-readable
// traces: an aligned text listing, JSON lines, Chrome's Trace Event format (Perfetto,
// chrome://tracing) and a self-contained HTML timeline.
//
// A Recorder is the eventloop.Tracer: it numbers the events, gives the entry point a task
// of its own (task 0, queue "script"), shortens source positions, and hands each event to
// its sinks, one per output:
//
//	rec := trace.NewRecorder(trace.Options{Base: cwd}, trace.NewJSON(w))
//	loop, _ := eventloop.New(eventloop.WithTracer(rec))
//	...
//	rec.Close(loop.Now())
//
// A Recorder is safe for concurrent use: the main loop and each worker's loop (through
// Thread) report to it from their own goroutines. Sinks are called under its lock, one
// event at a time.
package trace

import (
	"strings"
	"sync"
	"time"

	"github.com/jsloop/jsloop/eventloop"
)

// ScriptTask is the id of the entry point's task: the main script, -e code or stdin.
const ScriptTask = 0

// Event is one step of one task as the outputs write it.
type Event struct {
	Seq       uint64              // 1, 2, 3 … over the whole trace
	Thread    int64               // 0: the main loop; n: the loop of the worker whose threadId is n
	Kind      eventloop.TraceKind // queued, started, finished
	Task      uint64              // the task (0 is the entry point)
	Parent    uint64              // the task that queued it, when HasParent
	HasParent bool                // false: queued from Go or a process event listener
	Queue     eventloop.Queue     // the queue it waits in
	API       string              // the API that queued it: setTimeout, process.nextTick, promise …
	Position  string              // file:line:column of the call, relative to Options.Base; "" from Go
	Time      time.Duration       // the loop's clock (virtual under --virtual-time)
	Iteration uint64              // the loop iteration (0: the entry point)
	Phase     eventloop.Phase     // the loop's phase
}

// A Sink writes events in one format. Event's argument is only valid during the call.
type Sink interface {
	Event(e *Event) error
	// Close ends the output (closing brackets, the HTML page) and flushes it; it does
	// not close the underlying writer.
	Close() error
}

// Options configure a Recorder.
type Options struct {
	// Base is a directory; positions of files under it are written relative to it.
	Base string
	// FlushEach makes the sinks flush after every event, so that trace lines
	// interleave with the script's own output on a shared terminal. Sinks given a
	// Flusher (NewText, NewJSON) honour it.
	FlushEach bool
	// NoScriptTask turns off the synthetic task 0 for the entry point.
	NoScriptTask bool
}

// Recorder is an eventloop.Tracer that feeds its sinks.
type Recorder struct {
	mu        sync.Mutex
	closed    bool
	sinks     []Sink
	base      string
	flushEach bool
	ev        Event
	seq       uint64
	err       error

	// The entry point's synthetic task: the loop does not trace the function that runs
	// the main script (it is a Submit), so the recorder opens task 0 when BeginScript is
	// called and closes it when the first other task starts or the loop moves on.
	scriptSynth bool
	scriptOpen  bool
	scriptDone  bool
	scriptName  string
	// The tasks the entry point queued: ids scriptLo..scriptHi (ids grow, and every
	// task queued while the script runs has the script as parent).
	scriptLo, scriptHi uint64
	// The end-of-script marker: a task of the host's own that the trace leaves out
	// (its start closes task 0); later ids move down by one to close the gap.
	markerNext bool
	marker     uint64
}

// NewRecorder returns a Recorder writing to sinks.
func NewRecorder(opts Options, sinks ...Sink) *Recorder {
	r := &Recorder{sinks: sinks, flushEach: opts.FlushEach, scriptSynth: !opts.NoScriptTask}
	if b := strings.TrimRight(opts.Base, "/"); b != "" {
		r.base = b + "/"
	}
	return r
}

// Err returns the first error a sink returned.
func (r *Recorder) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Trace implements eventloop.Tracer.
func (r *Recorder) Trace(te eventloop.TraceEvent) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return
	}
	if te.Queue == eventloop.QueueScript {
		r.scriptSynth = false // the loop traces the entry point itself
	}
	if r.markerNext && te.Kind == eventloop.TaskQueued {
		r.markerNext, r.marker = false, te.Task
		return
	}
	if r.marker != 0 {
		switch {
		case te.Task == r.marker:
			if te.Kind == eventloop.TaskStarted {
				r.endScript(te.Time)
			}
			return
		case te.Task > r.marker:
			te.Task--
		}
		if te.Parent > r.marker {
			te.Parent--
		}
	}
	if r.scriptOpen && (te.Kind == eventloop.TaskStarted || te.Iteration > 0) {
		r.endScript(te.Time)
	}
	e := r.fill(0, te, 0)
	if !e.HasParent {
		switch {
		case r.scriptOpen:
			e.Parent, e.HasParent = ScriptTask, true
			if te.Kind == eventloop.TaskQueued {
				if r.scriptLo == 0 {
					r.scriptLo = te.Task
				}
				r.scriptHi = te.Task
			}
		case r.scriptLo != 0 && te.Task >= r.scriptLo && te.Task <= r.scriptHi:
			e.Parent, e.HasParent = ScriptTask, true
		}
	}
	r.emit()
}

// fill makes r.ev the event of te, from the loop of thread (0: the main loop) whose
// clock reads offset less than the main loop's.
func (r *Recorder) fill(thread int64, te eventloop.TraceEvent, offset time.Duration) *Event {
	e := &r.ev
	e.Thread = thread
	e.Kind, e.Task, e.Queue, e.Time, e.Iteration, e.Phase = te.Kind, te.Task, te.Queue, te.Time+offset, te.Iteration, te.Phase
	e.API = te.Origin.API
	e.Position = r.relative(te.Origin.Position)
	e.Parent, e.HasParent = te.Parent, te.Parent != 0
	return e
}

// Thread returns the tracer of a worker's loop: its events go to the same sinks, marked
// with the worker's threadId. started is the main loop's clock when the worker's loop
// was made, so that the worker's own clock, which starts at zero then, is drawn on the
// main loop's time axis. (Under virtual clocks each loop's moves on its own.)
func (r *Recorder) Thread(threadID int64, started time.Duration) eventloop.Tracer {
	return &threadTracer{r: r, id: threadID, offset: started}
}

type threadTracer struct {
	r      *Recorder
	id     int64
	offset time.Duration
}

func (t *threadTracer) Trace(te eventloop.TraceEvent) {
	r := t.r
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.closed {
		r.fill(t.id, te, t.offset)
		r.emit()
	}
}

// BeginScript opens the entry point's task (started, at now). name is the script's
// file name, or [eval] / [stdin].
func (r *Recorder) BeginScript(name string, now time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.scriptSynth || r.scriptOpen || r.scriptDone {
		return
	}
	r.scriptName = r.relative(name)
	r.scriptOpen = true
	r.scriptEvent(eventloop.TaskStarted, now)
}

// Marker says that the next task queued is the host's end-of-script marker: an
// unref'd immediate queued just before the entry point runs, so that it runs (in the
// first check phase) soon after the script ends without keeping the loop alive. The
// trace leaves it out; its start closes task 0 if nothing else started before it.
func (r *Recorder) Marker() {
	r.mu.Lock()
	r.markerNext = true
	r.mu.Unlock()
}

// EndScript closes the entry point's task (finished, at now) if it is open.
func (r *Recorder) EndScript(now time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.endScript(now)
}

func (r *Recorder) endScript(now time.Duration) {
	if !r.scriptOpen {
		return
	}
	r.scriptOpen, r.scriptDone = false, true
	r.scriptEvent(eventloop.TaskFinished, now)
}

func (r *Recorder) scriptEvent(kind eventloop.TraceKind, now time.Duration) {
	r.ev = Event{Kind: kind, Task: ScriptTask, Queue: eventloop.QueueScript, API: "main",
		Position: r.scriptName, Time: now, Iteration: 0, Phase: eventloop.PhaseMain}
	r.emit()
}

func (r *Recorder) emit() {
	r.seq++
	r.ev.Seq = r.seq
	for _, s := range r.sinks {
		if err := s.Event(&r.ev); err != nil && r.err == nil {
			r.err = err
		}
	}
	if r.flushEach {
		for _, s := range r.sinks {
			if f, ok := s.(interface{ Flush() error }); ok {
				if err := f.Flush(); err != nil && r.err == nil {
					r.err = err
				}
			}
		}
	}
}

// Close ends the trace at now: it closes the entry point's task if still open, then
// every sink. It returns the first error any sink returned.
func (r *Recorder) Close(now time.Duration) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return r.err
	}
	r.endScript(now)
	r.closed = true // workers still running report nothing more
	for _, s := range r.sinks {
		if err := s.Close(); err != nil && r.err == nil {
			r.err = err
		}
	}
	return r.err
}

// relative strips the base directory from a position.
func (r *Recorder) relative(pos string) string {
	if r.base != "" && strings.HasPrefix(pos, r.base) {
		return pos[len(r.base):]
	}
	return pos
}
