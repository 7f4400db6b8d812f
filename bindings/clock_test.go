package bindings_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// TestVirtualClockDrivesScriptClocks checks that an embedder who gives the loop a
// VirtualClock gets what --virtual-time gives: a minute's timer fires at once, and
// Date.now, performance.now and process.hrtime all saw the minute pass; a busy-wait on
// performance.now still ends (each look moves the clock by SpinStep).
func TestVirtualClockDrivesScriptClocks(t *testing.T) {
	clock := eventloop.NewVirtualClock()
	var out bytes.Buffer
	loop, err := eventloop.New(eventloop.WithClock(clock))
	require.NoError(t, err)
	host, err := bindings.Install(loop, bindings.Options{Stdout: &out, Stderr: &out})
	require.NoError(t, err)
	require.NoError(t, loop.Submit(host.Eval("[clock]", `
		const d0 = Date.now(), p0 = performance.now(), h0 = process.hrtime();
		setTimeout(() => {
			console.log('Date.now', Date.now() - d0);
			console.log('performance.now', Math.round(performance.now() - p0));
			const [sec, ns] = process.hrtime(h0);
			console.log('hrtime', Math.round(sec * 1e3 + ns / 1e6));
			const s = performance.now();
			while (performance.now() - s < 2) {}
			console.log('busy-wait ended');
		}, 60000);
	`, false)))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(t, loop.Run(ctx))
	require.Equal(t, "Date.now 60000\nperformance.now 60000\nhrtime 60000\nbusy-wait ended\n", out.String())
	require.GreaterOrEqual(t, clock.Now(), 60002*time.Millisecond)
}
