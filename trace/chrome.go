package trace

import (
	"bufio"
	"io"
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
type Chrome struct {
	w       *bufio.Writer
	buf     []byte
	step    int64
	last    int64
	started bool
	first   bool
	open    []chromeRun
	flows   map[uint64]struct{} // tasks queued by a task, waiting for their first start

	phaseOpen  bool
	iter       uint64
	phase      eventloop.Phase
	phaseStart int64
	iterStart  int64
	lastTs     int64
	virtual    bool
}

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
	return &Chrome{w: bufio.NewWriterSize(w, 256<<10), step: step, last: -1 << 62, first: true,
		flows: make(map[uint64]struct{}), virtual: opts.Virtual}
}

const (
	chromeTidTasks      = 1
	chromeTidIterations = 2
	chromeTidPhases     = 3
)

func (c *Chrome) begin() error {
	c.started = true
	_, err := c.w.WriteString(`{"traceEvents":[` + "\n")
	if err != nil {
		return err
	}
	meta := []struct {
		name string
		tid  int
		arg  string
	}{
		{"process_name", chromeTidTasks, "jsloop"},
		{"thread_name", chromeTidTasks, "tasks (the loop goroutine)"},
		{"thread_name", chromeTidIterations, "loop iterations"},
		{"thread_name", chromeTidPhases, "loop phases"},
		{"thread_sort_index", chromeTidIterations, ""},
		{"thread_sort_index", chromeTidPhases, ""},
		{"thread_sort_index", chromeTidTasks, ""},
	}
	for i, m := range meta {
		b := c.open1(c.buf[:0])
		b = append(b, `{"name":"`...)
		b = append(b, m.name...)
		b = append(b, `","ph":"M","pid":1,"tid":`...)
		b = strconv.AppendInt(b, int64(m.tid), 10)
		if m.name == "thread_sort_index" {
			b = append(b, `,"args":{"sort_index":`...)
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, `}}`...)
		} else {
			b = append(b, `,"args":{"name":`...)
			b = appendJSONString(b, m.arg)
			b = append(b, `}}`...)
		}
		if err := c.flush(b); err != nil {
			return err
		}
	}
	return nil
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
	ts := int64(e.Time)
	if ts < c.last+c.step {
		ts = c.last + c.step
	}
	c.last = ts
	if err := c.trackPhase(e, ts); err != nil {
		return err
	}
	switch e.Kind {
	case eventloop.TaskQueued:
		if !e.HasParent {
			return nil
		}
		c.flows[e.Task] = struct{}{}
		b := c.open1(c.buf[:0])
		b = append(b, `{"name":"queued","cat":"queue","ph":"s","id":`...)
		b = strconv.AppendUint(b, e.Task, 10)
		b = append(b, `,"pid":1,"tid":1,"ts":`...)
		b = appendTs(b, ts)
		b = append(b, '}')
		return c.flush(b)
	case eventloop.TaskStarted:
		c.open = append(c.open, chromeRun{task: e.Task, start: ts, ev: *e})
		if _, ok := c.flows[e.Task]; !ok {
			return nil
		}
		delete(c.flows, e.Task)
		b := c.open1(c.buf[:0])
		b = append(b, `{"name":"queued","cat":"queue","ph":"f","bp":"e","id":`...)
		b = strconv.AppendUint(b, e.Task, 10)
		b = append(b, `,"pid":1,"tid":1,"ts":`...)
		b = appendTs(b, ts)
		b = append(b, '}')
		return c.flush(b)
	case eventloop.TaskFinished:
		start := ts
		for i := len(c.open) - 1; i >= 0; i-- {
			if c.open[i].task == e.Task {
				start = c.open[i].start
				c.open = append(c.open[:i], c.open[i+1:]...)
				break
			}
		}
		return c.complete(e, start, ts)
	}
	return nil
}

// complete writes the slice of one task run.
func (c *Chrome) complete(e *Event, start, ts int64) error {
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = append(b, e.Queue.String()...)
	b = append(b, ` #`...)
	b = strconv.AppendUint(b, e.Task, 10)
	b = append(b, `","cat":"`...)
	b = append(b, e.Queue.String()...)
	b = append(b, `","ph":"X","pid":1,"tid":1,"ts":`...)
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

// trackPhase ends the current phase (and iteration) span when e is in another one,
// and marks the start of the new one.
func (c *Chrome) trackPhase(e *Event, ts int64) error {
	if c.phaseOpen && e.Iteration == c.iter && e.Phase == c.phase {
		c.lastTs = ts
		return nil
	}
	if c.phaseOpen {
		if err := c.endPhase(e.Iteration != c.iter); err != nil {
			return err
		}
	}
	newIter := !c.phaseOpen || e.Iteration != c.iter
	c.phaseOpen, c.iter, c.phase, c.phaseStart, c.lastTs = true, e.Iteration, e.Phase, ts, ts
	if newIter {
		c.iterStart = ts
	}
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = appendPhaseName(b, e.Iteration, e.Phase)
	b = append(b, `","cat":"loop","ph":"i","s":"t","pid":1,"tid":1,"ts":`...)
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

// endPhase writes the span of the phase that ended, and of its iteration if that ended too.
func (c *Chrome) endPhase(iterEnded bool) error {
	end := c.lastTs + c.step // the last event's slice is inside the span
	b := c.open1(c.buf[:0])
	b = append(b, `{"name":"`...)
	b = append(b, c.phase.String()...)
	b = append(b, `","cat":"phase","ph":"X","pid":1,"tid":3,"ts":`...)
	b = appendTs(b, c.phaseStart)
	b = append(b, `,"dur":`...)
	b = appendTs(b, end-c.phaseStart)
	b = append(b, `,"args":{"iteration":`...)
	b = strconv.AppendUint(b, c.iter, 10)
	b = append(b, `}}`...)
	if err := c.flush(b); err != nil {
		return err
	}
	if !iterEnded {
		return nil
	}
	b = c.open1(c.buf[:0])
	b = append(b, `{"name":"iteration `...)
	b = strconv.AppendUint(b, c.iter, 10)
	b = append(b, `","cat":"iteration","ph":"X","pid":1,"tid":2,"ts":`...)
	b = appendTs(b, c.iterStart)
	b = append(b, `,"dur":`...)
	b = appendTs(b, end-c.iterStart)
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
	// Runs that never finished (the script exited inside them) end with the trace.
	for i := len(c.open) - 1; i >= 0; i-- {
		r := c.open[i]
		if err := c.complete(&r.ev, r.start, c.last+c.step); err != nil {
			return err
		}
	}
	c.open = nil
	if c.phaseOpen {
		c.phaseOpen = false
		if err := c.endPhase(true); err != nil {
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
