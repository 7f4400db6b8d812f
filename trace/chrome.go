package trace

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/jsloop/jsloop/eventloop"
)

// Chrome writes the Trace Event format that Perfetto (ui.perfetto.dev) and
// chrome://tracing open: {"traceEvents":[...]} with
//
//   - a complete event ("ph":"X") per task run on thread 1, "cat" its queue, "name"
//     its queue and id, "args" its origin (api, pos), parent, iteration and phase;
//   - a flow ("ph":"s" where the task was queued, inside its parent's slice, and
//     "ph":"f" where it first starts) from each task to every task it queued;
//   - the loop's iterations (thread 2) and phases (thread 3) as complete events, and an
//     instant event ("ph":"i") on thread 1 where each phase begins;
//   - metadata events ("ph":"M") naming the process and the threads.
//
// Timestamps are microseconds of the loop clock. Every event gets a distinct time, at
// least MinStep after the one before, so that the slices of tasks that ran within one
// clock reading (always, under a virtual clock) still show side by side and in order.
//
// Each worker's loop gets threads of its own, named after its threadId (tasks,
// iterations and phases of worker N on threads 10N+1 to 10N+3), below the main loop's.
type Chrome struct {
	w       *bufio.Writer
	buf     []byte
	step    int64
	started bool
	first   bool
	virtual bool
	main    chromeLoop
	workers map[int64]*chromeLoop
}

// chromeLoop is what the sink follows of one loop: its last time, its runs in progress,
// its flows and its current phase.
type chromeLoop struct {
	thread int64 // 0: the main loop
	tid    int64 // the thread of its tasks; tid+1 its iterations, tid+2 its phases
	last   int64
	open   []chromeRun
	flows  map[uint64]struct{} // tasks queued by a task, waiting for their first start

	phaseOpen  bool
	iter       uint64
	phase      eventloop.Phase
	phaseStart int64
	iterStart  int64
	lastTs     int64
}

// flowID is a flow's id: the task's, made distinct per loop.
func (l *chromeLoop) flowID(task uint64) uint64 { return uint64(l.thread)<<32 | task }

type chromeRun struct {
	task  uint64
	start int64
	ev    Event // the started event, to write the run if it never finishes
}

// ChromeOptions configure a Chrome sink.
type ChromeOptions struct {
	// MinStep is the least time between two events (default 1ns; 1µs suits a
	// virtual clock, under which JS runs in no time).
	MinStep time.Duration
	// Virtual says the clock is virtual (recorded in otherData).
	Virtual bool
}

// NewChrome returns a Chrome sink writing to w.
func NewChrome(w io.Writer, opts ChromeOptions) *Chrome {
	step := int64(opts.MinStep)
	if step <= 0 {
		step = 1
	}
	return &Chrome{w: bufio.NewWriterSize(w, 256<<10), step: step, first: true, virtual: opts.Virtual,
		main: chromeLoop{tid: 1, last: -1 << 62, flows: make(map[uint64]struct{})}}
}

func (c *Chrome) begin() error {
	c.started = true
	_, err := c.w.WriteString(`{"traceEvents":[` + "\n")
	if err != nil {
		return err
	}
	if err := c.meta("process_name", 1, 0, "jsloop"); err != nil {
		return err
	}
	return c.nameThreads(&c.main, "tasks (the loop goroutine)", "loop iterations", "loop phases")
}

// loop returns the state of the loop of thread (0: main), naming its threads in the
// output the first time a worker's loop is seen.
func (c *Chrome) loop(thread int64) (*chromeLoop, error) {
	if thread == 0 {
		return &c.main, nil
	}
	if l, ok := c.workers[thread]; ok {
		return l, nil
	}
	if c.workers == nil {
		c.workers = make(map[int64]*chromeLoop)
	}
	l := &chromeLoop{thread: thread, tid: 10*thread + 1, last: -1 << 62, flows: make(map[uint64]struct{})}
	c.workers[thread] = l
	w := "worker " + strconv.FormatInt(thread, 10) + ": "
	return l, c.nameThreads(l, w+"tasks", w+"loop iterations", w+"loop phases")
}

// nameThreads names a loop's three threads and sorts them: iterations, phases, tasks.
func (c *Chrome) nameThreads(l *chromeLoop, tasks, iterations, phases string) error {
	for _, m := range []struct {
		tid  int64
		name string
		sort int64
	}{{l.tid, tasks, 2}, {l.tid + 1, iterations, 0}, {l.tid + 2, phases, 1}} {
		if err := c.meta("thread_name", m.tid, 0, m.name); err != nil {
			return err
		}
		if err := c.meta("thread_sort_index", m.tid, 10*l.thread+m.sort, ""); err != nil {
			return err
		}
	}
	return nil
}

// meta writes a metadata event: a name, or (thread_sort_index) a sort index.
func (c *Chrome) meta(name string, tid, sortIndex int64, arg string) error {
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = append(b, name...)
	b = append(b, `","ph":"M","pid":1,"tid":`...)
	b = strconv.AppendInt(b, tid, 10)
	if name == "thread_sort_index" {
		b = append(b, `,"args":{"sort_index":`...)
		b = strconv.AppendInt(b, sortIndex, 10)
	} else {
		b = append(b, `,"args":{"name":`...)
		b = appendJSONString(b, arg)
	}
	return c.flush(append(b, `}}`...))
}

// open1 starts one event: a separator after the previous one.
func (c *Chrome) open1(b []byte) []byte {
	if c.first {
		c.first = false
		return b
	}
	return append(b, ",\n"...)
}

func (c *Chrome) flush(b []byte) error {
	c.buf = b
	_, err := c.w.Write(b)
	return err
}

// appendTs appends a time in nanoseconds as microseconds with three decimals.
func appendTs(b []byte, ns int64) []byte {
	if ns < 0 {
		b = append(b, '-')
		ns = -ns
	}
	b = strconv.AppendInt(b, ns/1000, 10)
	f := ns % 1000
	return append(b, '.', byte('0'+f/100), byte('0'+f/10%10), byte('0'+f%10))
}

// Event implements Sink.
func (c *Chrome) Event(e *Event) error {
	if !c.started {
		if err := c.begin(); err != nil {
			return err
		}
	}
	l, err := c.loop(e.Thread)
	if err != nil {
		return err
	}
	ts := int64(e.Time)
	if ts < l.last+c.step {
		ts = l.last + c.step
	}
	l.last = ts
	if err := c.trackPhase(l, e, ts); err != nil {
		return err
	}
	switch e.Kind {
	case eventloop.TaskQueued:
		if !e.HasParent {
			return nil
		}
		l.flows[e.Task] = struct{}{}
		return c.flow(l, "s", e.Task, ts)
	case eventloop.TaskStarted:
		l.open = append(l.open, chromeRun{task: e.Task, start: ts, ev: *e})
		if _, ok := l.flows[e.Task]; !ok {
			return nil
		}
		delete(l.flows, e.Task)
		return c.flow(l, "f", e.Task, ts)
	case eventloop.TaskFinished:
		start := ts
		for i := len(l.open) - 1; i >= 0; i-- {
			if l.open[i].task == e.Task {
				start = l.open[i].start
				l.open = append(l.open[:i], l.open[i+1:]...)
				break
			}
		}
		return c.complete(l, e, start, ts)
	}
	return nil
}

// flow writes one end of the arrow from where a task was queued ("s") to its first
// start ("f").
func (c *Chrome) flow(l *chromeLoop, ph string, task uint64, ts int64) error {
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"queued","cat":"queue","ph":"`...)
	b = append(b, ph...)
	if ph == "f" {
		b = append(b, `","bp":"e`...)
	}
	b = append(b, `","id":`...)
	b = strconv.AppendUint(b, l.flowID(task), 10)
	b = append(b, `,"pid":1,"tid":`...)
	b = strconv.AppendInt(b, l.tid, 10)
	b = append(b, `,"ts":`...)
	b = appendTs(b, ts)
	b = append(b, '}')
	return c.flush(b)
}

// complete writes the slice of one task run.
func (c *Chrome) complete(l *chromeLoop, e *Event, start, ts int64) error {
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = append(b, e.Queue.String()...)
	b = append(b, ` #`...)
	b = strconv.AppendUint(b, e.Task, 10)
	b = append(b, `","cat":"`...)
	b = append(b, e.Queue.String()...)
	b = append(b, `","ph":"X","pid":1,"tid":`...)
	b = strconv.AppendInt(b, l.tid, 10)
	b = append(b, `,"ts":`...)
	b = appendTs(b, start)
	b = append(b, `,"dur":`...)
	b = appendTs(b, ts-start)
	b = append(b, `,"args":{"task":`...)
	b = strconv.AppendUint(b, e.Task, 10)
	if e.HasParent {
		b = append(b, `,"parent":`...)
		b = strconv.AppendUint(b, e.Parent, 10)
	}
	b = append(b, `,"api":`...)
	b = appendJSONString(b, e.API)
	b = append(b, `,"pos":`...)
	b = appendJSONString(b, e.Position)
	b = append(b, `,"iteration":`...)
	b = strconv.AppendUint(b, e.Iteration, 10)
	b = append(b, `,"phase":"`...)
	b = append(b, e.Phase.String()...)
	b = append(b, `"}}`...)
	return c.flush(b)
}

// trackPhase ends a loop's current phase (and iteration) span when e is in another one,
// and marks the start of the new one.
func (c *Chrome) trackPhase(l *chromeLoop, e *Event, ts int64) error {
	if l.phaseOpen && e.Iteration == l.iter && e.Phase == l.phase {
		l.lastTs = ts
		return nil
	}
	if l.phaseOpen {
		if err := c.endPhase(l, e.Iteration != l.iter); err != nil {
			return err
		}
	}
	newIter := !l.phaseOpen || e.Iteration != l.iter
	l.phaseOpen, l.iter, l.phase, l.phaseStart, l.lastTs = true, e.Iteration, e.Phase, ts, ts
	if newIter {
		l.iterStart = ts
	}
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = appendPhaseName(b, e.Iteration, e.Phase)
	b = append(b, `","cat":"loop","ph":"i","s":"t","pid":1,"tid":`...)
	b = strconv.AppendInt(b, l.tid, 10)
	b = append(b, `,"ts":`...)
	b = appendTs(b, ts)
	b = append(b, '}')
	return c.flush(b)
}

func appendPhaseName(b []byte, iter uint64, p eventloop.Phase) []byte {
	b = append(b, "iteration "...)
	b = strconv.AppendUint(b, iter, 10)
	b = append(b, ": "...)
	return append(b, p.String()...)
}

// endPhase writes the span of a loop's phase that ended, and of its iteration if that
// ended too.
func (c *Chrome) endPhase(l *chromeLoop, iterEnded bool) error {
	end := l.lastTs + c.step // the last event's slice is inside the span
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = append(b, l.phase.String()...)
	b = append(b, `","cat":"phase","ph":"X","pid":1,"tid":`...)
	b = strconv.AppendInt(b, l.tid+2, 10)
	b = append(b, `,"ts":`...)
	b = appendTs(b, l.phaseStart)
	b = append(b, `,"dur":`...)
	b = appendTs(b, end-l.phaseStart)
	b = append(b, `,"args":{"iteration":`...)
	b = strconv.AppendUint(b, l.iter, 10)
	b = append(b, `}}`...)
	if err := c.flush(b); err != nil {
		return err
	}
	if !iterEnded {
		return nil
	}
	b = c.open1(c.buf[:0])
	b = append(b, `{"name":"iteration `...)
	b = strconv.AppendUint(b, l.iter, 10)
	b = append(b, `","cat":"iteration","ph":"X","pid":1,"tid":`...)
	b = strconv.AppendInt(b, l.tid+1, 10)
	b = append(b, `,"ts":`...)
	b = appendTs(b, l.iterStart)
	b = append(b, `,"dur":`...)
	b = appendTs(b, end-l.iterStart)
	b = append(b, '}')
	return c.flush(b)
}

// Close implements Sink: it ends the open spans and the JSON document.
func (c *Chrome) Close() error {
	if !c.started {
		if err := c.begin(); err != nil {
			return err
		}
	}
	if err := c.closeLoop(&c.main); err != nil {
		return err
	}
	ids := make([]int64, 0, len(c.workers))
	for id := range c.workers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := c.closeLoop(c.workers[id]); err != nil {
			return err
		}
	}
	clock := "real"
	if c.virtual {
		clock = "virtual"
	}
	if _, err := c.w.WriteString("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"jsloop\",\"clock\":\"" + clock + "\"}}\n"); err != nil {
		return err
	}
	return c.w.Flush()
}

// closeLoop ends a loop's runs that never finished (the script exited inside them) and
// its open phase with the trace.
func (c *Chrome) closeLoop(l *chromeLoop) error {
	for i := len(l.open) - 1; i >= 0; i-- {
		r := l.open[i]
		if err := c.complete(l, &r.ev, r.start, l.last+c.step); err != nil {
			return err
		}
	}
	l.open = nil
	if l.phaseOpen {
		l.phaseOpen = false
		return c.endPhase(l, true)
	}
	return nil
}
