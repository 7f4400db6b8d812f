package trace

import (
	"bufio"
	_ "embed"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jsloop/jsloop/eventloop"
)

//go:embed timeline.html
var timelineTemplate string

// Timeline collects the runs of tasks and, on Close, writes one self-contained HTML
// page (inline CSS, JS and SVG; nothing fetched) that draws them: the loop's
// iterations and phases left to right, each task run as a block in the lane of its
// queue, coloured by queue, its provenance on hover, and an arrow from each task to
// every task it queued.
type Timeline struct {
	w            io.Writer
	opts         TimelineOptions
	title        string
	runs         []tlRun
	open         []int               // indices of the runs in progress
	from         map[uint64]tlQueued // task → where it was queued, until it first runs
	started      map[uint64]bool     // tasks that ran at least once
	queued       [numQueues]int      // tasks queued
	ran          [numQueues]int      // tasks that ran
	dropped      int                 // runs beyond MaxRuns
	workerEvents int                 // events of workers' loops, left out
	strs         map[string]int      // interned strings (api, pos)
	strList      []string
	end          time.Duration
}

const numQueues = int(eventloop.QueueClose) + 1

type tlRun struct {
	task          uint64
	parent        int64 // -1: none
	queue         eventloop.Queue
	api, pos      int // indices into strList
	iter          uint64
	phase         eventloop.Phase
	queuedAt      time.Duration
	start, finish time.Duration
	from          int // the run that queued it (first run only), -1: none
	done          bool
}

type tlQueued struct {
	run int // the parent's run in progress when the task was queued, -1: none
	at  time.Duration
}

// TimelineOptions configure a Timeline.
type TimelineOptions struct {
	// MaxRuns bounds the task runs drawn (default 3000); the page says how many more ran.
	MaxRuns int
	// Virtual says the clock was virtual (shown on the page).
	Virtual bool
}

// NewTimeline returns a Timeline writing the page to w on Close.
func NewTimeline(w io.Writer, opts TimelineOptions) *Timeline {
	if opts.MaxRuns <= 0 {
		opts.MaxRuns = 3000
	}
	return &Timeline{w: w, opts: opts, title: "jsloop", from: make(map[uint64]tlQueued),
		started: make(map[uint64]bool), strs: make(map[string]int)}
}

// SetTitle names the page (the script's name).
func (t *Timeline) SetTitle(title string) { t.title = title }

func (t *Timeline) intern(s string) int {
	if i, ok := t.strs[s]; ok {
		return i
	}
	t.strList = append(t.strList, s)
	t.strs[s] = len(t.strList) - 1
	return len(t.strList) - 1
}

// Event implements Sink.
func (t *Timeline) Event(e *Event) error {
	if e.Thread != 0 {
		// The page lays runs out by the main loop's iterations and phases, which a
		// worker's loop does not share; its tasks are in the other formats.
		t.workerEvents++
		return nil
	}
	t.end = e.Time
	q := int(e.Queue)
	switch e.Kind {
	case eventloop.TaskQueued:
		if q < numQueues {
			t.queued[q]++
		}
		from := -1
		if e.HasParent {
			for i := len(t.open) - 1; i >= 0; i-- {
				if t.runs[t.open[i]].task == e.Parent {
					from = t.open[i]
					break
				}
			}
		}
		t.from[e.Task] = tlQueued{run: from, at: e.Time}
	case eventloop.TaskStarted:
		first := !t.started[e.Task]
		if first {
			t.started[e.Task] = true
			if q < numQueues {
				t.ran[q]++
			}
		}
		if len(t.runs) >= t.opts.MaxRuns {
			t.dropped++
			t.open = append(t.open, -1)
			return nil
		}
		r := tlRun{task: e.Task, parent: -1, queue: e.Queue, api: t.intern(e.API), pos: t.intern(e.Position),
			iter: e.Iteration, phase: e.Phase, start: e.Time, finish: e.Time, from: -1, queuedAt: e.Time}
		if e.HasParent {
			r.parent = int64(e.Parent)
		}
		if qd, ok := t.from[e.Task]; ok {
			r.queuedAt = qd.at
			if first {
				r.from = qd.run
			}
			if e.Queue != eventloop.QueueInterval {
				delete(t.from, e.Task)
			}
		}
		t.runs = append(t.runs, r)
		t.open = append(t.open, len(t.runs)-1)
	case eventloop.TaskFinished:
		for i := len(t.open) - 1; i >= 0; i-- {
			idx := t.open[i]
			if idx < 0 || t.runs[idx].task == e.Task {
				if idx >= 0 {
					t.runs[idx].finish, t.runs[idx].done = e.Time, true
				}
				t.open = append(t.open[:i], t.open[i+1:]...)
				break
			}
		}
	}
	return nil
}

// Close implements Sink: it writes the page.
func (t *Timeline) Close() error {
	for _, idx := range t.open {
		if idx >= 0 {
			t.runs[idx].finish = t.end
		}
	}
	t.open = nil
	var b strings.Builder
	b.WriteString(`{"title":`)
	b.Write(appendJSONString(nil, t.title))
	b.WriteString(`,"virtual":`)
	b.WriteString(strconv.FormatBool(t.opts.Virtual))
	b.WriteString(`,"dropped":`)
	b.WriteString(strconv.Itoa(t.dropped))
	b.WriteString(`,"workerEvents":`)
	b.WriteString(strconv.Itoa(t.workerEvents))
	b.WriteString(`,"queues":[`)
	for q := 0; q < numQueues; q++ {
		if q > 0 {
			b.WriteByte(',')
		}
		b.Write(appendJSONString(nil, eventloop.Queue(q).String()))
	}
	b.WriteString(`],"phases":[`)
	for p := eventloop.PhaseMain; p <= eventloop.PhaseExit; p++ {
		if p > 0 {
			b.WriteByte(',')
		}
		b.Write(appendJSONString(nil, p.String()))
	}
	b.WriteString(`],"queued":[`)
	for q := 0; q < numQueues; q++ {
		if q > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(t.queued[q]))
	}
	b.WriteString(`],"ran":[`)
	for q := 0; q < numQueues; q++ {
		if q > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(t.ran[q]))
	}
	b.WriteString(`],"strings":[`)
	for i, s := range t.strList {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(appendJSONString(nil, s))
	}
	// Each run: [task, parent, queue, api, pos, iteration, phase, queuedNs, startNs, finishNs, from]
	b.WriteString(`],"runs":[`)
	for i, r := range t.runs {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteByte('[')
		for j, v := range [...]int64{int64(r.task), r.parent, int64(r.queue), int64(r.api), int64(r.pos),
			int64(r.iter), int64(r.phase), int64(r.queuedAt), int64(r.start), int64(r.finish), int64(r.from)} {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.FormatInt(v, 10))
		}
		b.WriteByte(']')
	}
	b.WriteString("]}")
	page := strings.Replace(timelineTemplate, "/*TRACE_DATA*/null", b.String(), 1)
	page = strings.ReplaceAll(page, "<!--TITLE-->", html.EscapeString(t.title))
	w := bufio.NewWriter(t.w)
	if _, err := w.WriteString(page); err != nil {
		return err
	}
	return w.Flush()
}
