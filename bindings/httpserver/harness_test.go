package httpserver_test

import (
	"context"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/httpserver"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/internal/syncbuf"
)

// syncBuffer is a buffer safe to read while the loop writes.
type syncBuffer = syncbuf.Buffer

// running is a loop running a script in the background.
type running struct {
	loop           *eventloop.Loop
	host           *bindings.Host
	stdout, stderr *syncBuffer
	done           chan error // Run's result
	reports        chan any   // what the script passed to report(v)
	gates          chan func()
}

type runOptions struct {
	policy *perm.Policy
	group  *httpserver.Group
}

// start runs src (a CommonJS-style script) on a new loop with the bindings installed.
// The script may call report(v) to hand v to the test. The loop is stopped when the
// test ends, if it has not ended by then.
func start(t testing.TB, src string, o runOptions) *running {
	t.Helper()
	r := &running{stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan error, 1), reports: make(chan any, 100)}
	policy := o.policy
	if policy == nil {
		policy = perm.AllowAll()
	}
	loop, err := eventloop.New(eventloop.WithInstaller(bindings.Installer(bindings.Options{
		Stdout: r.stdout, Stderr: r.stderr, Permissions: policy, HTTPGroup: o.group}, &r.host)))
	require.NoError(t, err)
	r.loop = loop
	require.NoError(t, loop.Submit(func(rt *goja.Runtime) error {
		return rt.Set("report", func(v goja.Value) { r.reports <- v.Export() })
	}))
	require.NoError(t, loop.Submit(r.host.Eval("test.js", src, false)))
	go func() { r.done <- loop.Run(context.Background()) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = loop.Shutdown(ctx)
	})
	return r
}

// report waits for the script's next report(v).
func (r *running) report(t testing.TB) any {
	t.Helper()
	select {
	case v := <-r.reports:
		return v
	case err := <-r.done:
		r.done <- err // for wait
		select {
		case v := <-r.reports: // reported just before the loop ended
			return v
		default:
		}
		t.Fatalf("the loop ended (%v) before reporting; stderr:\n%s", err, r.stderr.String())
	case <-time.After(10 * time.Second):
		t.Fatalf("no report in 10s; stderr:\n%s", r.stderr.String())
	}
	return nil
}

// port waits for the script to report the port it listens on.
func (r *running) port(t testing.TB) int {
	t.Helper()
	switch v := r.report(t).(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	default:
		t.Fatalf("reported %T %v, not a port", v, v)
	}
	return 0
}

// wait waits for the loop to end by itself and returns Run's result.
func (r *running) wait(t testing.TB) error {
	t.Helper()
	select {
	case err := <-r.done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatalf("the loop did not end in 10s; stderr:\n%s", r.stderr.String())
	}
	return nil
}

// call runs js on the loop (for a test to poke the script from outside).
func (r *running) call(t testing.TB, js string) {
	t.Helper()
	require.NoError(t, r.loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(js)
		return err
	}))
}

func contextWithTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), d)
}
