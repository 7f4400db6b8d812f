package sharedmem

import (
	"context"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/eventloop"
)

// An embedder's Loop.Interrupt stops a script blocked in Atomics.wait with no timeout:
// the wait gives way and the task ends with an *InterruptError, as it would had it been
// running JavaScript.
func TestInterruptEndsAtomicsWait(t *testing.T) {
	loop, err := eventloop.New()
	require.NoError(t, err)
	m := New(loop)
	rt := loop.Runtime()
	require.NoError(t, rt.Set("SharedArrayBuffer", m.Constructor()))
	require.NoError(t, rt.Set("Atomics", m.Atomics()))
	waiting := make(chan struct{})
	require.NoError(t, rt.Set("waiting", func() { close(waiting) }))
	go func() {
		<-waiting
		time.Sleep(10 * time.Millisecond) // into the wait (an earlier interrupt ends the task too)
		loop.Interrupt("enough")
	}()
	require.NoError(t, loop.Submit(func(rt *goja.Runtime) error {
		_, err := rt.RunString(`waiting(); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); 'not reached'`)
		return err
	}))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = loop.Run(ctx)
	require.NoError(t, ctx.Err(), "the wait did not give way")
	var ie *eventloop.InterruptError
	require.ErrorAs(t, err, &ie)
}
