package trace

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// collect is a Sink that keeps copies of the events.
type collect struct{ evs []Event }

func (c *collect) Event(e *Event) error { c.evs = append(c.evs, *e); return nil }
func (c *collect) Close() error         { return nil }

func ev(kind eventloop.TraceKind, task, parent uint64, q eventloop.Queue, api, pos string, ms int, iter uint64, p eventloop.Phase) eventloop.TraceEvent {
	return eventloop.TraceEvent{Kind: kind, Task: task, Parent: parent, Queue: q, Origin: eventloop.TaskOrigin{API: api, Position: pos},
		Time: time.Duration(ms) * time.Millisecond, Iteration: iter, Phase: p}
}

// A run as the loop reports it: the marker immediate is task 1, the script queues a
// timer (2) and a tick (3); the tick runs, then the timer, which queues a promise
// reaction (4) that runs; the marker runs in the check phase.
func sampleRun(r *Recorder) {
	r.BeginScript("/app/main.js", 0)
	r.Marker()
	r.Trace(ev(eventloop.TaskQueued, 1, 0, eventloop.QueueImmediate, "jsloop:script-end", "", 0, 0, eventloop.PhaseMain))
	r.Trace(ev(eventloop.TaskQueued, 2, 0, eventloop.QueueTimer, "setTimeout", "/app/main.js:1:1", 0, 0, eventloop.PhaseMain))
	r.Trace(ev(eventloop.TaskQueued, 3, 0, eventloop.QueueNextTick, "process.nextTick", "/app/main.js:2:9", 0, 0, eventloop.PhaseMain))
	r.Trace(ev(eventloop.TaskStarted, 3, 0, eventloop.QueueNextTick, "process.nextTick", "/app/main.js:2:9", 1, 0, eventloop.PhaseMain))
	r.Trace(ev(eventloop.TaskFinished, 3, 0, eventloop.QueueNextTick, "process.nextTick", "/app/main.js:2:9", 1, 0, eventloop.PhaseMain))
	r.Trace(ev(eventloop.TaskStarted, 2, 0, eventloop.QueueTimer, "setTimeout", "/app/main.js:1:1", 2, 1, eventloop.PhaseTimers))
	r.Trace(ev(eventloop.TaskQueued, 4, 2, eventloop.QueueMicrotask, "promise", "/lib/x.js:3:4", 2, 1, eventloop.PhaseTimers))
	r.Trace(ev(eventloop.TaskFinished, 2, 0, eventloop.QueueTimer, "setTimeout", "/app/main.js:1:1", 3, 1, eventloop.PhaseTimers))
	r.Trace(ev(eventloop.TaskStarted, 4, 2, eventloop.QueueMicrotask, "promise", "/lib/x.js:3:4", 3, 1, eventloop.PhaseTimers))
	r.Trace(ev(eventloop.TaskFinished, 4, 2, eventloop.QueueMicrotask, "promise", "/lib/x.js:3:4", 3, 1, eventloop.PhaseTimers))
	r.Trace(ev(eventloop.TaskStarted, 1, 0, eventloop.QueueImmediate, "jsloop:script-end", "", 3, 1, eventloop.PhaseCheck))
	r.Trace(ev(eventloop.TaskFinished, 1, 0, eventloop.QueueImmediate, "jsloop:script-end", "", 3, 1, eventloop.PhaseCheck))
}

func TestRecorder(t *testing.T) {
	c := &collect{}
	r := NewRecorder(Options{Base: "/app"}, c)
	sampleRun(r)
	require.NoError(t, r.Close(5*time.Millisecond))
	type row struct {
		seq        uint64
		kind       string
		task       uint64
		parent     string
		queue, pos string
	}
	var got []row
	for _, e := range c.evs {
		p := "-"
		if e.HasParent {
			p = "#" + string(rune('0'+e.Parent))
		}
		got = append(got, row{e.Seq, e.Kind.String(), e.Task, p, e.Queue.String(), e.Position})
	}
	require.Equal(t, []row{
		{1, "started", 0, "-", "script", "main.js"},
		{2, "queued", 1, "#0", "timer", "main.js:1:1"},
		{3, "queued", 2, "#0", "nextTick", "main.js:2:9"},
		{4, "finished", 0, "-", "script", "main.js"}, // closed by the first start
		{5, "started", 2, "#0", "nextTick", "main.js:2:9"},
		{6, "finished", 2, "#0", "nextTick", "main.js:2:9"},
		{7, "started", 1, "#0", "timer", "main.js:1:1"}, // queued by the script: parent kept
		{8, "queued", 3, "#1", "microtask", "/lib/x.js:3:4"},
		{9, "finished", 1, "#0", "timer", "main.js:1:1"},
		{10, "started", 3, "#1", "microtask", "/lib/x.js:3:4"},
		{11, "finished", 3, "#1", "microtask", "/lib/x.js:3:4"},
	}, got, "the marker is left out and later ids move down")
	require.Equal(t, time.Millisecond, c.evs[3].Time)
}

func TestRecorderScriptEndsAtClose(t *testing.T) {
	c := &collect{}
	r := NewRecorder(Options{}, c)
	r.BeginScript("[eval]", time.Millisecond)
	require.NoError(t, r.Close(7*time.Millisecond))
	require.Len(t, c.evs, 2)
	require.Equal(t, eventloop.TaskFinished, c.evs[1].Kind)
	require.Equal(t, 7*time.Millisecond, c.evs[1].Time)
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(Options{Base: "/app/"}, NewText(&buf))
	sampleRun(r)
	require.NoError(t, r.Close(0))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Equal(t, "trace    seq         time iter phase      event      task queue       parent  origin", lines[0])
	require.Equal(t, "trace      1      0.000ms    0 main       started      #0 script           -  main main.js", lines[1])
	require.Equal(t, "trace      8      2.000ms    1 timers     queued       #3 microtask       #1  promise /lib/x.js:3:4", lines[8])
	col := strings.Index(lines[0], "origin") // every origin starts under the header's
	for _, l := range lines[1:] {
		require.Equal(t, "  ", l[col-2:col], "%q", l)
		require.NotEqual(t, byte(' '), l[col], "%q", l)
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(Options{Base: "/app"}, NewJSON(&buf))
	sampleRun(r)
	r.Trace(ev(eventloop.TaskQueued, 9, 0, eventloop.QueueIO, "weird \"api\"\n<\u2028>", "", 4, 2, eventloop.PhasePoll))
	require.NoError(t, r.Close(0))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Equal(t, `{"seq":1,"event":"started","task":0,"queue":"script","api":"main","pos":"main.js","ns":0,"iter":0,"phase":"main"}`, lines[0])
	require.Equal(t, `{"seq":8,"event":"queued","task":3,"parent":1,"queue":"microtask","api":"promise","pos":"/lib/x.js:3:4","ns":2000000,"iter":1,"phase":"timers"}`, lines[7])
	var last map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &last))
	require.Equal(t, "weird \"api\"\n<\u2028>", last["api"])
	require.NotContains(t, lines[len(lines)-1], "<", "safe inside HTML")
	_, hasParent := last["parent"]
	require.False(t, hasParent, "queued from Go: no parent")
}

func TestChrome(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(Options{}, NewChrome(&buf, ChromeOptions{MinStep: time.Microsecond, Virtual: true}))
	sampleRun(r)
	// A run that never finishes (process.exit inside it) still gets its slice.
	r.Trace(ev(eventloop.TaskQueued, 9, 0, eventloop.QueueTimer, "setTimeout", "a.js:1:1", 4, 1, eventloop.PhaseCheck))
	r.Trace(ev(eventloop.TaskStarted, 9, 0, eventloop.QueueTimer, "setTimeout", "a.js:1:1", 9, 2, eventloop.PhaseTimers))
	require.NoError(t, r.Close(0))
	var doc struct {
		TraceEvents []map[string]any `json:"traceEvents"`
		OtherData   map[string]any   `json:"otherData"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc), buf.String())
	require.Equal(t, "virtual", doc.OtherData["clock"])
	count := map[string]int{}
	for _, e := range doc.TraceEvents {
		ph := e["ph"].(string)
		count[ph]++
		if ph == "X" && e["tid"].(float64) == 1 {
			require.GreaterOrEqual(t, e["dur"].(float64), 1.0, "at least the minimum step")
		}
	}
	require.Equal(t, 5, countTid(doc.TraceEvents, "X", 1), "four runs and the unfinished one")
	require.Equal(t, 3, count["s"], "flows from the script (2) and the timer (1)")
	require.Equal(t, 3, count["f"])
	require.Equal(t, 4, count["i"], "main, timers, check; then timers of iteration 2")
	require.Contains(t, buf.String(), `"name":"iteration 1","cat":"iteration","ph":"X"`)
}

func countTid(evs []map[string]any, ph string, tid float64) int {
	n := 0
	for _, e := range evs {
		if e["ph"] == ph && e["tid"] == tid {
			n++
		}
	}
	return n
}

func TestTimelinePage(t *testing.T) {
	var buf bytes.Buffer
	tl := NewTimeline(&buf, TimelineOptions{Virtual: true})
	tl.SetTitle("main.js </script>")
	r := NewRecorder(Options{Base: "/app"}, tl)
	sampleRun(r)
	require.NoError(t, r.Close(0))
	page := buf.String()
	require.Contains(t, page, "<title>jsloop timeline: main.js &lt;/script&gt;</title>")
	i := strings.Index(page, `<script id="trace-data" type="application/json">`)
	require.Positive(t, i)
	rest := page[i+len(`<script id="trace-data" type="application/json">`):]
	data := rest[:strings.Index(rest, "</script>")]
	var d struct {
		Title string    `json:"title"`
		Runs  [][]int64 `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(data), &d), data)
	require.Equal(t, "main.js </script>", d.Title)
	require.Len(t, d.Runs, 4) // script, tick, timer, promise
	// [task, parent, queue, api, pos, iteration, phase, queuedNs, startNs, finishNs, from]
	require.Equal(t, int64(3), d.Runs[3][0])
	require.Equal(t, int64(2), d.Runs[3][10], "the promise was queued during run 2 (the timer)")
	require.Equal(t, int64(0), d.Runs[1][10], "the tick was queued during run 0 (the script)")
}

// workerRun is a worker's loop (threadId 1, made when the main loop's clock read 10 ms)
// reporting while the main loop runs: a message task (1) queues a timer (2), which runs
// in the worker's first iteration by its own count.
func workerRun(r *Recorder) {
	w := r.Thread(1, 10*time.Millisecond)
	w.Trace(ev(eventloop.TaskQueued, 1, 0, eventloop.QueueIO, "message", "/app/w.js:1:1", 0, 0, eventloop.PhaseMain))
	w.Trace(ev(eventloop.TaskStarted, 1, 0, eventloop.QueueIO, "message", "/app/w.js:1:1", 1, 1, eventloop.PhasePoll))
	w.Trace(ev(eventloop.TaskQueued, 2, 1, eventloop.QueueTimer, "setTimeout", "/app/w.js:2:3", 1, 1, eventloop.PhasePoll))
	w.Trace(ev(eventloop.TaskFinished, 1, 0, eventloop.QueueIO, "message", "/app/w.js:1:1", 1, 1, eventloop.PhasePoll))
	w.Trace(ev(eventloop.TaskStarted, 2, 1, eventloop.QueueTimer, "setTimeout", "/app/w.js:2:3", 2, 2, eventloop.PhaseTimers))
}

// A worker's events go to the same outputs, marked with its threadId, on the main
// loop's time axis; the main loop's own events and task ids are untouched by them.
func TestRecorderThreads(t *testing.T) {
	c := &collect{}
	var text, js bytes.Buffer
	r := NewRecorder(Options{Base: "/app"}, c, NewText(&text), NewJSON(&js))
	sampleRun(r)
	workerRun(r)
	require.NoError(t, r.Close(20*time.Millisecond))
	r.Thread(1, 0).Trace(ev(eventloop.TaskFinished, 2, 1, eventloop.QueueTimer, "setTimeout", "", 3, 2, eventloop.PhaseTimers))
	require.Len(t, c.evs, 16, "11 of the main loop, 5 of the worker, none after Close")
	w := c.evs[11:]
	for _, e := range w {
		require.Equal(t, int64(1), e.Thread)
	}
	require.Equal(t, 11*time.Millisecond, w[1].Time, "the worker's 1 ms is the main loop's 11 ms")
	require.False(t, w[0].HasParent, "a message comes from another goroutine")
	require.True(t, w[2].HasParent)
	require.Equal(t, uint64(1), w[2].Parent)
	require.Equal(t, "w.js:2:3", w[2].Position)

	lines := strings.Split(strings.TrimSuffix(text.String(), "\n"), "\n")
	require.Equal(t, "trace     14     11.000ms    1 poll       queued     w1#2 timer         w1#1  setTimeout w.js:2:3", lines[14])
	require.Contains(t, lines[8], "     #3 microtask       #1  ", "the main loop's tasks keep their plain ids")
	jl := strings.Split(strings.TrimSuffix(js.String(), "\n"), "\n")
	require.Equal(t, `{"seq":14,"thread":1,"event":"queued","task":2,"parent":1,"queue":"timer","api":"setTimeout","pos":"w.js:2:3","ns":11000000,"iter":1,"phase":"poll"}`, jl[13])
	require.NotContains(t, jl[0], "thread", "the main loop's events have no thread")
}

// In the Chrome format each worker gets named threads of its own, its flows ids apart
// from the main loop's, and its unfinished run closed with the trace.
func TestChromeThreads(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(Options{}, NewChrome(&buf, ChromeOptions{}))
	sampleRun(r)
	workerRun(r)
	require.NoError(t, r.Close(0))
	var doc struct {
		TraceEvents []map[string]any `json:"traceEvents"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc), buf.String())
	names := map[float64]string{}
	flowIDs := map[float64]bool{}
	for _, e := range doc.TraceEvents {
		if e["name"] == "thread_name" {
			names[e["tid"].(float64)] = e["args"].(map[string]any)["name"].(string)
		}
		if e["ph"] == "s" {
			flowIDs[e["id"].(float64)] = true
		}
	}
	require.Equal(t, "worker 1: tasks", names[11])
	require.Equal(t, "worker 1: loop iterations", names[12])
	require.Equal(t, "worker 1: loop phases", names[13])
	require.Equal(t, "tasks (the loop goroutine)", names[1])
	require.Equal(t, 2, countTid(doc.TraceEvents, "X", 11), "the message task and the timer cut short at the end")
	require.Equal(t, 4, countTid(doc.TraceEvents, "X", 1), "the main loop's runs stay on thread 1")
	require.True(t, flowIDs[1<<32|2], "the worker's timer flow has an id of its own")
	require.True(t, flowIDs[2], "the main loop's flows keep their task ids")
}

// The timeline draws the main loop only, and says that workers' tasks were left out.
func TestTimelineLeavesWorkersOut(t *testing.T) {
	var buf bytes.Buffer
	r := NewRecorder(Options{Base: "/app"}, NewTimeline(&buf, TimelineOptions{}))
	sampleRun(r)
	workerRun(r)
	require.NoError(t, r.Close(0))
	require.Contains(t, buf.String(), `"dropped":0,"workerEvents":5,`)
}
