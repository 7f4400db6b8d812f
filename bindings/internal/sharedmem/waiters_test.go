package sharedmem

import (
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sink makes the tests' memory live on the heap, as a SharedArrayBuffer's does: waiters
// are keyed by address, and a stack that grows moves what is on it.
var sink [][]byte

func heapBytes(n int) []byte {
	b := allocate(n)
	sink = append(sink, b)
	return b
}

func int32Cell(data []byte, i int) cell {
	return cell{p: unsafe.Pointer(&data[4*i]), size: 4, shared: true}
}

func TestWaitSeesAChangedValueAtOnce(t *testing.T) {
	c := int32Cell(heapBytes(8), 0)
	c.update(func(uint64) (uint64, bool) { return 5, true })
	assert.Nil(t, enqueue(c, 4, nil), "the value is 5, not 4: no wait")
	assert.Zero(t, notify(c, -1), "nobody joined the list")
}

// notify wakes the oldest waiters first, at most count of them, and only those waiting
// on that element.
func TestNotifyWakesOldestFirstUpToCount(t *testing.T) {
	data := heapBytes(8)
	c, other := int32Cell(data, 0), int32Cell(data, 1)
	first, second := enqueue(c, 0, nil), enqueue(c, 0, nil)
	elsewhere := enqueue(other, 0, nil)
	require.NotNil(t, first)
	require.NotNil(t, second)
	require.NotNil(t, elsewhere)

	assert.Equal(t, 1, notify(c, 1))
	assert.Equal(t, waitOK, first.await(c, time.Second, nil, nil))
	assert.Equal(t, waitTimedOut, second.await(c, 0, nil, nil), "the second was not woken")
	assert.Zero(t, notify(c, -1), "a timed-out waiter has left the list")
	assert.Equal(t, 1, notify(other, 1))
	assert.Equal(t, waitOK, elsewhere.await(other, time.Second, nil, nil))
}

// A wait gives way when its loop stops, and onWake runs inside notify.
func TestWaitEndsOnStopAndOnWakeRunsInNotify(t *testing.T) {
	c := int32Cell(heapBytes(8), 0)
	stop := make(chan struct{})
	w := enqueue(c, 0, nil)
	close(stop)
	assert.Equal(t, waitTimedOut, w.await(c, -1, stop, nil))

	woke := false
	w = enqueue(c, 0, func() { woke = true })
	assert.Equal(t, 1, notify(c, -1))
	assert.True(t, woke)
	assert.Equal(t, waitOK, w.await(c, -1, nil, nil))
}
