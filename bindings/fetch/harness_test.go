package fetch_test

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/fetch"
	"github.com/jsloop/jsloop/eventloop"
)

// checkLeaks fails the test if, shortly after it ends, more goroutines run than at its
// start. Tests using it must not run in parallel.
func checkLeaks(t *testing.T) {
	t.Helper()
	before := runtime.NumGoroutine()
	t.Cleanup(func() {
		deadline := time.Now().Add(5 * time.Second)
		for {
			n := runtime.NumGoroutine()
			if n <= before {
				return
			}
			if time.Now().After(deadline) {
				buf := make([]byte, 1<<20)
				buf = buf[:runtime.Stack(buf, true)]
				t.Fatalf("goroutine leak: %d before, %d after\n%s", before, n, buf)
			}
			time.Sleep(5 * time.Millisecond)
		}
	})
}

// js is a loop with jsloop's bindings and the fetch globals, and log(...) collecting
// lines.
type js struct {
	t      *testing.T
	loop   *eventloop.Loop
	rt     *goja.Runtime
	mu     sync.Mutex
	logs   []string
	stderr bytes.Buffer
}

func newJS(t *testing.T, opts fetch.Options) *js {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	h := &js{t: t, loop: loop, rt: loop.Runtime()}
	var stdout bytes.Buffer
	_, err = bindings.Install(loop, bindings.Options{Stdout: &stdout, Stderr: &h.stderr})
	require.NoError(t, err)
	globals, err := fetch.Install(loop, opts)
	require.NoError(t, err)
	for name, v := range globals {
		require.NoError(t, h.rt.Set(name, v))
	}
	h.set("log", func(c goja.FunctionCall) goja.Value {
		parts := make([]string, len(c.Arguments))
		for i, a := range c.Arguments {
			parts[i] = a.String()
		}
		h.mu.Lock()
		h.logs = append(h.logs, strings.Join(parts, " "))
		h.mu.Unlock()
		return goja.Undefined()
	})
	return h
}

func (h *js) set(name string, v any) { require.NoError(h.t, h.rt.Set(name, v)) }

// run runs src as the entry point and the loop until it is done (or 30 s pass).
func (h *js) run(src string) error {
	h.t.Helper()
	require.NoError(h.t, h.loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(src)
		return err
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := h.loop.Run(ctx)
	require.NoError(h.t, ctx.Err(), "the loop did not finish; logged so far: %q", h.log())
	return err
}

// expect runs src and compares the logged lines with want (lines, trimmed).
func (h *js) expect(src, want string) {
	h.t.Helper()
	require.NoError(h.t, h.run(src), "stderr: %s", h.stderr.String())
	require.Equal(h.t, strings.TrimSpace(want), strings.Join(h.log(), "\n"))
}

func (h *js) log() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.logs...)
}
