package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"sync"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/httpserver"
	"github.com/jsloop/jsloop/eventloop"
)

// maxLoops bounds --loops: each loop is a goroutine with a runtime of its own.
const maxLoops = 256

// loopsFeature is --loops N: the script runs N times in one process, each run on a loop
// of its own (its own goroutine and runtime), and the HTTP servers the runs start on
// the same host:port share one listener, so requests spread over N cores as they do
// over the workers of Node's cluster module.
//
// What N loops mean for the process:
//   - stdout and stderr are shared; each write (a console.log line) stays whole, but
//     the lines of the loops interleave in the order they are written.
//   - the loops are independent: an uncaught error or process.exit() ends its own loop
//     only (its servers leave the shared listeners, the others keep serving).
//   - the process exits when every loop has ended, with the first non-zero exit code
//     in the order the loops ended (0 if all ended with 0).
//   - tracing and diagnostics flags (--trace, --timeline, --warn-blocked …) apply to
//     the first loop only.
type loopsFeature struct {
	n     int
	group *httpserver.Group // set on every loop's copy by executeLoops
}

func (f *loopsFeature) flags(fs *flag.FlagSet) { fs.IntVar(&f.n, "loops", 1, "") }

func (f *loopsFeature) loopOptions(io.Writer) ([]eventloop.Option, error) {
	if f.n < 1 || f.n > maxLoops {
		return nil, fmt.Errorf("--loops must be between 1 and %d", maxLoops)
	}
	return nil, nil
}

func (f *loopsFeature) started(_ *eventloop.Loop, host *bindings.Host) error {
	if f.group != nil {
		host.SetHTTPGroup(f.group)
	}
	return nil
}

func (f *loopsFeature) finished(_ *eventloop.Loop, _ error, code int, _ io.Writer) int { return code }

// errLoopsStdin is the refusal of --loops with a script read from standard input,
// which can be read only once.
var errLoopsStdin = errors.New("--loops needs a script file or -e/-p, not standard input")

// executeLoops runs cfg as execute does, on as many loops as --loops asks, and returns
// the process exit code (see loopsFeature).
func executeLoops(cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	var lf *loopsFeature
	for _, f := range cfg.features {
		if l, ok := f.(*loopsFeature); ok {
			lf = l
		}
	}
	if lf == nil || lf.n <= 1 {
		return execute(cfg, stdin, stdout, stderr)
	}
	if lf.n > maxLoops {
		fmt.Fprintf(stderr, "jsloop: --loops must be between 1 and %d\n", maxLoops)
		return exitUsage
	}
	if cfg.script == "-" && !cfg.evalSet && !cfg.printSet {
		fmt.Fprintf(stderr, "jsloop: %v\n", errLoopsStdin)
		return exitUsage
	}
	group := httpserver.NewGroup()
	lf.group = group
	out, errOut := &lockedWriter{w: stdout}, &lockedWriter{w: stderr}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first int
	)
	for i := 0; i < lf.n; i++ {
		c := cfg
		if i > 0 {
			cp := *cfg // the other loops get no tracing or diagnostics of their own
			cp.features = []feature{&loopsFeature{n: lf.n, group: group}}
			cp.cpuProfile = ""
			c = &cp
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			code := execute(c, stdin, out, errOut)
			mu.Lock()
			if first == 0 {
				first = code
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return first
}

// lockedWriter serialises the writes of several loops to one stream, so that no
// line is cut by another's.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (w *lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Write(p)
}
