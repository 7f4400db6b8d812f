package childproc_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/childproc"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
	"github.com/jsloop/jsloop/internal/syncbuf"
)

// syncBuffer is a buffer safe to read while the loop writes.
type syncBuffer = syncbuf.Buffer

type env struct {
	t    *testing.T
	loop *eventloop.Loop
	host *bindings.Host
	out  *syncBuffer
	dir  string
}

// newEnv makes a loop with the bindings and child_process as the global cp, and a
// temporary directory as the global dir.
func newEnv(t *testing.T, policy *perm.Policy) *env {
	t.Helper()
	out := &syncBuffer{}
	loop, err := eventloop.New(eventloop.WithStdout(out), eventloop.WithStderr(out))
	require.NoError(t, err)
	host, err := bindings.Install(loop, bindings.Options{})
	require.NoError(t, err)
	m := childproc.New(loop, policy, childproc.WithRequire(host.RequireBuiltin))
	rt := loop.Runtime()
	require.NoError(t, rt.Set("cp", m.Exports()))
	dir := t.TempDir()
	require.NoError(t, rt.Set("dir", dir))
	return &env{t: t, loop: loop, host: host, out: out, dir: dir}
}

func (e *env) run(src string) string {
	e.t.Helper()
	out, err := e.runErr(src)
	require.NoError(e.t, err, "output so far:\n%s", out)
	return out
}

func (e *env) runErr(src string) (string, error) {
	e.t.Helper()
	require.NoError(e.t, e.loop.Submit(e.host.Eval("test.js", src, false)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := e.loop.Run(ctx)
	return strings.ReplaceAll(e.out.String(), e.dir, "<dir>"), err
}
