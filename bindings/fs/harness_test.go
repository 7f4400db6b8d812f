package fs_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/fs"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/internal/syncbuf"
)

// syncBuffer is a buffer safe to read while the loop writes.
type syncBuffer = syncbuf.Buffer

type env struct {
	t      *testing.T
	loop   *eventloop.Loop
	host   *bindings.Host
	mod    *fs.Module
	out    *syncBuffer
	dir    string
	policy *perm.Policy
}

// newEnv makes a loop with the bindings and fs, fs/promises as globals fs and fsp,
// and the temporary directory as the global dir.
func newEnv(t *testing.T, policy *perm.Policy) *env {
	t.Helper()
	out := &syncBuffer{}
	loop, err := eventloop.New(eventloop.WithStdout(out), eventloop.WithStderr(out))
	require.NoError(t, err)
	host, err := bindings.Install(loop, bindings.Options{})
	require.NoError(t, err)
	m := fs.New(loop, policy, fs.WithRequire(host.RequireBuiltin))
	rt := loop.Runtime()
	require.NoError(t, rt.Set("fs", m.Exports()))
	require.NoError(t, rt.Set("fsp", m.Promises()))
	dir := t.TempDir()
	require.NoError(t, rt.Set("dir", dir))
	return &env{t: t, loop: loop, host: host, mod: m, out: out, dir: dir, policy: policy}
}

// run runs src to the end of the loop and returns what it printed.
func (e *env) run(src string) string {
	e.t.Helper()
	require.NoError(e.t, e.loop.Submit(e.host.Eval("test.js", src, false)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(e.t, e.loop.Run(ctx), "output so far:\n%s", e.out.String())
	return strings.ReplaceAll(e.out.String(), e.dir, "<dir>")
}

// runErr is run for a script expected to fail the loop.
func (e *env) runErr(src string) (string, error) {
	e.t.Helper()
	require.NoError(e.t, e.loop.Submit(e.host.Eval("test.js", src, false)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := e.loop.Run(ctx)
	return strings.ReplaceAll(e.out.String(), e.dir, "<dir>"), err
}

// set puts a Go value in the script's globals.
func (e *env) set(name string, v any) {
	require.NoError(e.t, e.loop.Runtime().Set(name, v))
}
