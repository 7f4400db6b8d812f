package worker

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/eventloop"
)

// numberMessage serializes n in a runtime of its own (the sender's).
func numberMessage(t *testing.T, rt *goja.Runtime, web *webapi.Web, n int) *webapi.Message {
	t.Helper()
	return web.Serialize(rt.ToValue(n), nil, nil)
}

// TestPortDeliversInOrderAcrossGoroutines posts from several goroutines at once; each
// sender's messages arrive in its order, all of them arrive, and Close ends the loop.
func TestPortDeliversInOrderAcrossGoroutines(t *testing.T) {
	const senders, each = 4, 200
	loop, err := eventloop.New()
	require.NoError(t, err)
	web := webapi.New(loop.Runtime(), webapi.Options{})
	ends := make([]*Port, senders)
	var got [senders][]int64
	total := 0
	for s := range ends {
		a, b := NewChannel()
		ends[s] = a
		s, b := s, b
		require.NoError(t, b.Attach(loop, Receiver{Message: func(rt *goja.Runtime, m *webapi.Message) error {
			got[s] = append(got[s], web.Deserialize(m, nil).ToInteger())
			total++
			if len(got[s]) == each {
				b.Close()
			}
			return nil
		}}))
		b.SetRef(true)
		b.Start()
	}
	var wg sync.WaitGroup
	for s := range ends {
		wg.Add(1)
		go func(p *Port) {
			defer wg.Done()
			rt := goja.New()
			w := webapi.New(rt, webapi.Options{})
			for i := 0; i < each; i++ {
				require.NoError(t, p.Post(numberMessage(t, rt, w, i)))
			}
		}(ends[s])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	require.NoError(t, loop.Run(ctx))
	wg.Wait()
	assert.Equal(t, senders*each, total)
	for s := range got {
		for i, v := range got[s] {
			require.Equal(t, int64(i), v, "sender %d", s)
		}
	}
	assert.ErrorIs(t, ends[0].Post(nil), ErrClosed)
}

// TestPortWaitsUntilStarted keeps messages until Start, and Receive takes them at once.
func TestPortWaitsUntilStarted(t *testing.T) {
	loop, err := eventloop.New()
	require.NoError(t, err)
	rt := loop.Runtime()
	web := webapi.New(rt, webapi.Options{})
	a, b := NewChannel()
	var delivered []int64
	require.NoError(t, b.Attach(loop, Receiver{Message: func(_ *goja.Runtime, m *webapi.Message) error {
		delivered = append(delivered, web.Deserialize(m, nil).ToInteger())
		return nil
	}}))
	require.ErrorIs(t, b.Attach(loop, Receiver{}), ErrDetached)
	for i := 1; i <= 3; i++ {
		require.NoError(t, a.Post(numberMessage(t, rt, web, i)))
	}
	m, ok := b.Receive()
	require.True(t, ok)
	assert.Equal(t, int64(1), web.Deserialize(m, nil).ToInteger())
	require.NoError(t, loop.Run(context.Background()))
	assert.Empty(t, delivered, "not started: nothing is delivered, and the loop does not wait")
	assert.False(t, b.Refed())
}

// TestCloseDeliversWhatWasPosted: messages posted before Close still arrive, then the
// close callback runs.
func TestCloseDeliversWhatWasPosted(t *testing.T) {
	loop, err := eventloop.New()
	require.NoError(t, err)
	rt := loop.Runtime()
	web := webapi.New(rt, webapi.Options{})
	a, b := NewChannel()
	var events []string
	require.NoError(t, b.Attach(loop, Receiver{
		Message: func(_ *goja.Runtime, m *webapi.Message) error {
			events = append(events, web.Deserialize(m, nil).String())
			return nil
		},
		Close: func(*goja.Runtime) error { events = append(events, "close"); return nil },
	}))
	b.Start()
	require.NoError(t, a.Post(numberMessage(t, rt, web, 7)))
	a.Close()
	assert.True(t, b.Closed())
	require.NoError(t, loop.Run(context.Background()))
	assert.Equal(t, []string{"7", "close"}, events)
}
