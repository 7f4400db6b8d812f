package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/google/pprof/profile"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// diagnostics answers "why is my script slow?" and "why is it still running?":
//
//	--warn-blocked=DURATION  report every stretch the loop stays busy longer (a turn:
//	                         a callback and its nextTick/microtask drain, or several
//	                         callbacks of a phase back to back), with the JS stack
//	--explain-exit           when the script ends, list what was left on the loop
//	SIGUSR1 (unix)           list what keeps the loop alive, while it runs
//	--timeout                lists what kept the loop alive when the time ran out
//
// With none of the flags the loop gets no option and no goroutine watches it (SIGUSR1
// costs one signal subscription). See docs/diagnostics.md.
type diagnostics struct {
	fs          *flag.FlagSet
	warnBlocked time.Duration
	explainExit bool
	timeout     time.Duration // --timeout, read from the command's own flag

	out      *diagOutput
	watch    *blockWatch
	deadline *deadlineWatch
	signals  func() // stops the SIGUSR1 handler
}

func (d *diagnostics) flags(fs *flag.FlagSet) {
	d.fs = fs
	fs.Func("warn-blocked", "", func(s string) error {
		v, err := time.ParseDuration(s)
		if err != nil || v <= 0 {
			return errors.New("give a positive duration, such as 50ms")
		}
		d.warnBlocked = v
		return nil
	})
	fs.BoolVar(&d.explainExit, "explain-exit", false, "")
}

func (d *diagnostics) loopOptions(stderr io.Writer) ([]eventloop.Option, error) {
	if f := d.fs.Lookup("timeout"); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			d.timeout, _ = g.Get().(time.Duration)
		}
	}
	d.out = newDiagOutput(stderr)
	var opts []eventloop.Option
	if d.warnBlocked > 0 || d.timeout > 0 || d.explainExit {
		opts = append(opts, eventloop.WithTurnWatch())
	}
	if d.explainExit || d.timeout > 0 {
		opts = append(opts, eventloop.WithHandleSites())
	}
	return opts, nil
}

// started arranges for the watchers to start when the loop does, so that a run that
// ends before (--check) leaves no goroutine behind; finished reads them after Run.
func (d *diagnostics) started(loop *eventloop.Loop, _ *bindings.Host) error {
	return loop.Submit(func(*goja.Runtime) error {
		if d.warnBlocked > 0 {
			d.watch = startBlockWatch(loop, d.warnBlocked, d.out)
		}
		if d.timeout > 0 {
			d.deadline = startDeadlineWatch(loop, d.timeout)
		}
		d.signals = d.handleSignals(loop)
		return nil
	})
}

func (d *diagnostics) finished(loop *eventloop.Loop, err error, code int, _ io.Writer) int {
	if d.signals != nil {
		d.signals()
	}
	if d.watch != nil {
		d.watch.stop()
	}
	var timeout *timeoutError
	timedOut := errors.As(err, &timeout)
	if d.deadline != nil {
		busy := d.deadline.stop()
		if timedOut && busy != "" {
			d.out.print(busy)
		}
	}
	// Run has returned: LiveHandles may be called from here.
	switch {
	case timedOut:
		d.out.print(listHandles(loop.LiveHandles(), "when the time ran out"))
	case d.explainExit:
		d.out.print(listHandles(loop.LiveHandles(), "when the script ended"))
	}
	d.out.flush()
	return code
}

// listSignal answers SIGUSR1: the handles are listed on the loop goroutine (where
// LiveHandles may be called); if the loop does not get to it soon, it is running JS,
// and that is said at once.
func (d *diagnostics) listSignal(loop *eventloop.Loop) {
	listed := make(chan struct{})
	err := loop.Submit(func(*goja.Runtime) error {
		d.out.print(listHandles(loop.LiveHandles(), "now (SIGUSR1)"))
		close(listed)
		return nil
	})
	if err != nil {
		return // the loop has ended
	}
	select {
	case <-listed:
	case <-time.After(100 * time.Millisecond):
		msg := "jsloop: SIGUSR1: the loop is busy running JavaScript"
		if busy, ok := loop.BusyFor(); ok {
			msg += " (busy for " + roundDuration(busy) + " without a break so far)"
		}
		d.out.print(msg + "; the list follows when it is free\n")
	}
}

// listHandles says what keeps the loop alive (ref'd handles) and what is left but
// would not (unref'd ones).
func listHandles(hs []eventloop.Handle, when string) string {
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].Ref && !hs[j].Ref })
	var refd, unrefd []eventloop.Handle
	sites := false
	for _, h := range hs {
		if h.Ref {
			refd = append(refd, h)
		} else {
			unrefd = append(unrefd, h)
		}
		sites = sites || h.Site != ""
	}
	var b strings.Builder
	switch len(refd) {
	case 0:
		fmt.Fprintf(&b, "jsloop: nothing kept the loop alive %s", when)
	case 1:
		fmt.Fprintf(&b, "jsloop: 1 handle kept the loop alive %s:\n", when)
	default:
		fmt.Fprintf(&b, "jsloop: %d handles kept the loop alive %s:\n", len(refd), when)
	}
	for _, h := range refd {
		b.WriteString("    " + handleLine(h) + "\n")
	}
	if len(unrefd) > 0 {
		if len(refd) == 0 {
			b.WriteString("; unref'd, and so not waited for:\n")
		} else {
			b.WriteString("and unref'd, not waited for:\n")
		}
		for _, h := range unrefd {
			b.WriteString("    " + handleLine(h) + "\n")
		}
	} else if len(refd) == 0 {
		b.WriteString("\n")
	}
	if len(hs) > 0 && !sites {
		b.WriteString("    (run with --explain-exit to see where each was created)\n")
	}
	return b.String()
}

// siteColumn is the column of a JS site "file:line:column". The loop's columns on a
// module's first line count the CommonJS wrapper, so the listing shows file:line only,
// like the sampled stacks.
var siteColumn = regexp.MustCompile(`(:\d+):\d+$`)

// handleLine is Handle.String, with a timer's delay even when its API is not known
// (the loop records APIs and sites together) and the site as file:line.
func handleLine(h eventloop.Handle) string {
	s := h.Kind
	var about []string
	if h.API != "" {
		about = append(about, h.API)
	}
	if h.Kind == "timer" || h.Kind == "interval" {
		about = append(about, strconv.FormatInt(h.Delay.Milliseconds(), 10)+" ms")
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	if site := siteColumn.ReplaceAllString(h.Site, "$1"); site != "" {
		s += " created at " + site
	}
	if !h.Ref {
		s += " [unref'd]"
	}
	return s
}

// diagOutput writes the reports. Standard error as a file takes writes from any
// goroutine at any time, so reports made while the loop runs appear at once; any
// other writer (a buffer, in tests) is not safe beside the loop's own writes, so
// reports wait for the loop to end.
type diagOutput struct {
	mu      sync.Mutex
	w       io.Writer
	live    bool
	pending []string
}

func newDiagOutput(w io.Writer) *diagOutput {
	_, isFile := w.(*os.File)
	return &diagOutput{w: w, live: isFile}
}

func (o *diagOutput) print(s string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.live {
		_, _ = io.WriteString(o.w, s)
		return
	}
	o.pending = append(o.pending, s)
}

// flush writes what waited for the loop to end; later reports are written at once.
func (o *diagOutput) flush() {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, s := range o.pending {
		_, _ = io.WriteString(o.w, s)
	}
	o.pending = nil
	o.live = true
}

// blockWatch is --warn-blocked: a goroutine that polls how long the running turn has
// been busy (eventloop.Loop.BusyFor) and, once a turn passes the threshold, samples its
// JS stack and follows it to its end.
type blockWatch struct {
	loop      *eventloop.Loop
	threshold time.Duration
	out       *diagOutput
	done      chan struct{}
	ended     chan struct{}
}

func startBlockWatch(loop *eventloop.Loop, threshold time.Duration, out *diagOutput) *blockWatch {
	w := &blockWatch{loop: loop, threshold: threshold, out: out, done: make(chan struct{}), ended: make(chan struct{})}
	go w.run()
	return w
}

func (w *blockWatch) stop() {
	close(w.done)
	<-w.ended
}

func (w *blockWatch) run() {
	defer close(w.ended)
	tick := time.NewTicker(min(max(w.threshold/4, time.Millisecond), 25*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-w.done:
			return
		case <-tick.C:
		}
		if busy, ok := w.loop.BusyFor(); ok && busy >= w.threshold {
			if !w.follow(busy) {
				return
			}
		}
	}
}

// follow reports one blocked turn: the stack it is in now, and how long it ran. It
// returns false if the watch was stopped first.
func (w *blockWatch) follow(busy time.Duration) bool {
	begun := time.Now().Add(-busy)
	last := busy
	same := func() (time.Duration, bool) {
		b, ok := sameTurn(w.loop, begun, w.threshold/2)
		if ok {
			last = b
		}
		return b, ok
	}
	frames := sampleJSStack(same, 200*time.Millisecond)
	stopped := false
	for {
		if _, ok := same(); !ok {
			stopped = false // the turn ended (also when the watch was stopped just after)
			break
		}
		if stopped {
			break // the loop ended while the turn ran on
		}
		select {
		case <-w.done:
			stopped = true
		case <-time.After(time.Millisecond):
		}
	}
	took := roundDuration(last)
	if stopped {
		took = "at least " + took
	}
	var b strings.Builder
	fmt.Fprintf(&b, "jsloop: the event loop was blocked for %s without a break (--warn-blocked=%s)", took, w.threshold)
	writeFrames(&b, frames, w.threshold)
	w.out.print(b.String())
	select {
	case <-w.done:
		return false
	default:
		return true
	}
}

// sameTurn reports how long the turn that began at begun has run, and false once the
// loop has left it. A later turn began after the watcher last saw this one running,
// so at least that turn's age later: slack, less than that age, absorbs the delay
// between the watcher's clock readings and the loop's.
func sameTurn(loop *eventloop.Loop, begun time.Time, slack time.Duration) (time.Duration, bool) {
	b, ok := loop.BusyFor()
	if !ok {
		return 0, false
	}
	if d := time.Now().Add(-b).Sub(begun); d > slack || d < -slack {
		return 0, false // another turn
	}
	return b, true
}

func writeFrames(b *strings.Builder, frames []jsFrame, at time.Duration) {
	if len(frames) == 0 {
		b.WriteString("; no JavaScript ran while it was sampled (a native call, or the turn ended first)\n")
		return
	}
	fmt.Fprintf(b, "; past %s it was running:\n", roundDuration(at))
	for _, f := range frames {
		fmt.Fprintf(b, "    at %s (%s:%d)\n", f.function, f.file, f.line)
	}
}

// deadlineWatch looks at the loop shortly before --timeout ends it: if a callback is
// running then, the time ran out in JS rather than waiting, and its stack says where.
type deadlineWatch struct {
	timer  *time.Timer
	mu     sync.Mutex
	report string
	done   chan struct{}
	ended  chan struct{}
}

func startDeadlineWatch(loop *eventloop.Loop, timeout time.Duration) *deadlineWatch {
	w := &deadlineWatch{done: make(chan struct{}), ended: make(chan struct{})}
	look := max(timeout-500*time.Millisecond, timeout*3/4)
	w.timer = time.AfterFunc(look, func() {
		defer close(w.ended)
		busy, ok := loop.BusyFor()
		if !ok {
			return
		}
		begun := time.Now().Add(-busy)
		slack := max(busy/2, 2*time.Millisecond)
		frames := sampleJSStack(func() (time.Duration, bool) { return sameTurn(loop, begun, slack) }, timeout-look+500*time.Millisecond)
		var b strings.Builder
		fmt.Fprintf(&b, "jsloop: the time ran out while the loop was running JavaScript (busy for %s without a break)", roundDuration(busy+timeout-look))
		writeFrames(&b, frames, busy)
		w.mu.Lock()
		w.report = b.String()
		w.mu.Unlock()
	})
	return w
}

// stop returns what the watch saw ("" if the loop was not running JS).
func (w *deadlineWatch) stop() string {
	if w.timer.Stop() {
		return "" // it never looked
	}
	<-w.ended
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.report
}

// jsFrame is one frame of a sampled JS stack.
type jsFrame struct {
	function, file string
	line           int64
}

// profileMu serialises the use of goja's profiler, which is process-wide.
var profileMu sync.Mutex

// sampleJSStack returns the JS stack the loop is running, innermost frame first,
// without stopping it: goja's profiler asks the running VM to record its own stack
// between two instructions (every 10 ms), which is safe from any goroutine. It
// profiles in short rounds until one caught a sample, the time given is up, or
// running reports the turn over, and returns the stack seen most often; nil if none.
func sampleJSStack(running func() (time.Duration, bool), wait time.Duration) []jsFrame {
	profileMu.Lock()
	defer profileMu.Unlock()
	deadline := time.Now().Add(wait)
	for {
		frames, ok := profileRound(running, min(30*time.Millisecond, time.Until(deadline)))
		if !ok || frames != nil || !time.Now().Before(deadline) {
			return frames
		}
		if _, ok := running(); !ok {
			return nil
		}
	}
}

// profileRound profiles for d (or until the turn is over) and returns the most
// sampled stack; ok is false if the profiler could not be used.
func profileRound(running func() (time.Duration, bool), d time.Duration) (frames []jsFrame, ok bool) {
	var buf bytes.Buffer
	if goja.StartProfile(&buf) != nil {
		return nil, false // someone else is profiling
	}
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		if _, ok := running(); !ok {
			break
		}
		time.Sleep(time.Millisecond)
	}
	goja.StopProfile()
	p, err := profile.Parse(&buf)
	if err != nil {
		return nil, false
	}
	if len(p.Sample) == 0 {
		return nil, true
	}
	best := p.Sample[0]
	for _, s := range p.Sample[1:] {
		if len(s.Value) > 0 && s.Value[0] > best.Value[0] {
			best = s
		}
	}
	for _, loc := range best.Location {
		for _, line := range loc.Line {
			if line.Function == nil || strings.HasPrefix(line.Function.Filename, "node:internal/loop") {
				continue
			}
			frames = append(frames, jsFrame{function: profileFuncName(line.Function.Name), file: line.Function.Filename, line: line.Line})
		}
	}
	return frames, true
}

// profileNameSuffix is the ".N" goja adds to repeated function names in a profile.
var profileNameSuffix = regexp.MustCompile(`\.\d+$`)

func profileFuncName(name string) string {
	return profileNameSuffix.ReplaceAllString(name, "")
}

// roundDuration shows d in whole milliseconds (or seconds with milliseconds).
func roundDuration(d time.Duration) string {
	if d < time.Millisecond {
		return strconv.FormatInt(d.Microseconds(), 10) + "µs"
	}
	return d.Round(time.Millisecond).String()
}
