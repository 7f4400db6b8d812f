package eventloop

import (
	"context"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// BusyFor sees a callback that runs long, and not the time a loop spends waiting for
// the next Submit inside a completions turn (that wait is idle time).
func TestBusyForSeesBusyTurnsOnly(t *testing.T) {
	l, err := New(WithTurnWatch())
	require.NoError(t, err)
	_, busy := l.BusyFor()
	require.False(t, busy)
	var during time.Duration
	var sawBusy bool
	waiting := make(chan struct{})
	release := l.Ref()
	require.NoError(t, l.Submit(func(*goja.Runtime) error {
		time.Sleep(30 * time.Millisecond)
		during, sawBusy = l.BusyFor()
		close(waiting) // the loop now waits for the next Submit, with the Ref held
		return nil
	}))
	var idleBusy bool
	go func() {
		<-waiting
		time.Sleep(50 * time.Millisecond)
		_, idleBusy = l.BusyFor()
		_ = l.Submit(func(*goja.Runtime) error { release.Unref(); return nil })
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, l.Run(ctx))
	require.True(t, sawBusy)
	require.GreaterOrEqual(t, during, 30*time.Millisecond)
	require.False(t, idleBusy, "waiting for a Submit is not busy")
	_, busy = l.BusyFor()
	require.False(t, busy)
	require.GreaterOrEqual(t, l.IdleTime(), 40*time.Millisecond)
}
