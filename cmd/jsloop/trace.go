package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/trace"
)

// seeTheLoop is the command's window on the loop ("See the loop"):
//
//	--trace[=text|json|chrome]  every task queued, started and finished (default text)
//	--trace-file FILE           where the trace goes (default: standard error; - is standard output)
//	--timeline FILE.html        a self-contained HTML drawing of the run
//	--virtual-time              a virtual clock: timers jump instead of waiting
//
// With none of them the loop gets no tracer and pays nothing. See docs/tracing.md.
type seeTheLoop struct {
	format    traceFormat
	traceFile string
	timeline  string
	vt        virtualTime

	rec          *trace.Recorder
	closers      []io.Closer
	timelineSink *trace.Timeline
	timelineFile *os.File
	marker       *eventloop.Immediate
}

// traceFormat is the --trace flag: alone it means text.
type traceFormat struct{ value string }

func (f *traceFormat) String() string   { return f.value }
func (f *traceFormat) IsBoolFlag() bool { return true }
func (f *traceFormat) Set(v string) error {
	switch v {
	case "true", "":
		v = "text"
	case "false":
		v = ""
	case "text", "json", "chrome":
	default:
		return fmt.Errorf("--trace=%s: the format must be text, json or chrome", v)
	}
	f.value = v
	return nil
}

func (s *seeTheLoop) flags(fs *flag.FlagSet) {
	fs.Var(&s.format, "trace", "")
	fs.StringVar(&s.traceFile, "trace-file", "", "")
	fs.StringVar(&s.timeline, "timeline", "", "")
	s.vt.flags(fs)
}

func (s *seeTheLoop) loopOptions(stderr io.Writer) ([]eventloop.Option, error) {
	opts := s.vt.loopOptions()
	if s.traceFile != "" && s.format.value == "" {
		s.format.value = "text"
	}
	if s.format.value == "" && s.timeline == "" {
		return opts, nil
	}
	var sinks []trace.Sink
	flushEach := false
	step := time.Duration(0)
	if s.vt.on {
		step = time.Microsecond
	}
	if s.format.value != "" {
		var w io.Writer = stderr
		switch s.traceFile {
		case "":
			// Trace lines share the terminal with the script's output: write each one
			// as it happens, so that the two stay in order.
			flushEach = true
		case "-":
			w, flushEach = os.Stdout, true // interleaved with the script's stdout
		default:
			f, err := os.Create(s.traceFile)
			if err != nil {
				return nil, fmt.Errorf("--trace-file: %v", describeOSError(err))
			}
			s.closers = append(s.closers, f)
			w = f
		}
		switch s.format.value {
		case "text":
			sinks = append(sinks, trace.NewText(w))
		case "json":
			sinks = append(sinks, trace.NewJSON(w))
		case "chrome":
			sinks = append(sinks, trace.NewChrome(w, trace.ChromeOptions{MinStep: step, Virtual: s.vt.on}))
		}
	}
	if s.timeline != "" {
		f, err := os.Create(s.timeline)
		if err != nil {
			return nil, fmt.Errorf("--timeline: %v", describeOSError(err))
		}
		s.timelineFile = f
		s.timelineSink = trace.NewTimeline(f, trace.TimelineOptions{Virtual: s.vt.on})
		sinks = append(sinks, s.timelineSink)
	}
	cwd, _ := os.Getwd()
	s.rec = trace.NewRecorder(trace.Options{Base: cwd, FlushEach: flushEach}, sinks...)
	return append(opts, eventloop.WithTracer(s.rec)), nil
}

// workerLoopOptions gives a worker's loop what the main loop has: a virtual clock of
// its own under --virtual-time (starting at zero, as a new loop's real clock does), and
// a tracer into the same outputs, its events marked with its threadId and its clock put
// on the main loop's time axis.
func (s *seeTheLoop) workerLoopOptions(main *eventloop.Loop, id int64) []eventloop.Option {
	opts := s.vt.loopOptions()
	if s.rec != nil {
		opts = append(opts, eventloop.WithTracer(s.rec.Thread(id, main.Now())))
	}
	return opts
}

func (s *seeTheLoop) started(loop *eventloop.Loop, host *bindings.Host) error {
	if s.rec == nil {
		return nil
	}
	name := scriptName(loop.Runtime())
	if s.timelineSink != nil {
		s.timelineSink.SetTitle(filepath.Base(name))
	}
	// The loop does not trace the entry point (a Submit), so the recorder gives it task
	// 0: this function runs just before it and queues an unref'd immediate, which runs
	// in the first check phase unless the loop ends first (the recorder closes task 0
	// when another task starts or the marker runs, whichever comes first).
	return loop.Submit(func(*goja.Runtime) error {
		s.rec.BeginScript(name, loop.Now())
		s.rec.Marker()
		s.marker = loop.SetImmediate(eventloop.Callback{Go: func(*goja.Runtime) error { return nil }}, "jsloop:script-end")
		s.marker.Unref()
		return nil
	})
}

// scriptName is the script file (process.argv[1] when that is the absolute path of a
// file, as execute makes it), or [eval] for -e, -p and standard input.
func scriptName(rt *goja.Runtime) (name string) {
	name = "[eval]"
	defer func() { _ = recover() }()
	if p, ok := rt.Get("process").(*goja.Object); ok {
		if argv, ok := p.Get("argv").(*goja.Object); ok {
			if v := argv.Get("1"); v != nil && !goja.IsUndefined(v) {
				if f := v.String(); filepath.IsAbs(f) {
					if info, err := os.Stat(f); err == nil && !info.IsDir() {
						name = f
					}
				}
			}
		}
	}
	return name
}

func (s *seeTheLoop) finished(loop *eventloop.Loop, _ error, code int, stderr io.Writer) int {
	if s.rec == nil {
		return code
	}
	if s.marker != nil {
		s.marker.Clear() // if the loop ended before it ran: not the script's business
	}
	var errs []error
	if err := s.rec.Close(loop.Now()); err != nil {
		errs = append(errs, err)
	}
	for _, c := range s.closers {
		if err := c.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if s.timelineFile != nil {
		if err := s.timelineFile.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		fmt.Fprintf(stderr, "jsloop: writing the trace: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}
