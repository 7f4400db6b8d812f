package sharedmem

import (
	"math"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Elements smaller than a word are updated by compare-and-swap on the word that holds
// them: goroutines adding to neighbouring bytes and halves of one word must lose none
// of each other's updates (run with -race, as CI does).
func TestSmallElementsShareAWordWithoutLosingUpdates(t *testing.T) {
	data := allocate(8)
	const rounds = 2000
	cells := []cell{
		{p: unsafe.Pointer(&data[0]), size: 1, shared: true},
		{p: unsafe.Pointer(&data[1]), size: 1, shared: true},
		{p: unsafe.Pointer(&data[2]), size: 2, shared: true},
		{p: unsafe.Pointer(&data[4]), size: 4, shared: true},
	}
	var wg sync.WaitGroup
	for _, c := range cells {
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range rounds {
					c.update(func(old uint64) (uint64, bool) { return old + 1, true })
				}
			}()
		}
	}
	wg.Wait()
	assert.Equal(t, uint64(2*rounds%256), cells[0].load(), "byte 0 wraps at 256")
	assert.Equal(t, uint64(2*rounds%256), cells[1].load())
	assert.Equal(t, uint64(2*rounds), cells[2].load())
	assert.Equal(t, uint64(2*rounds), cells[3].load())
}

// A SharedArrayBuffer's allocation is padded to whole words, so that the word holding
// its last byte lies inside it.
func TestAllocateLeavesRoomForTheLastWord(t *testing.T) {
	for _, n := range []int{0, 1, 5, 8, 9, 15} {
		b := allocate(n)
		require.Len(t, b, n)
		assert.GreaterOrEqual(t, cap(b), (n+3)&^3, "n=%d", n)
		assert.Zero(t, uintptr(unsafe.Pointer(unsafe.SliceData(b[:cap(b)])))&7, "n=%d: 8-byte aligned", n)
	}
}

// integerBits is ToIntegerOrInfinity modulo 2^64; the element types keep its low bits
// (ECMAScript's ToInt8 … ToBigInt64 conversions).
func TestIntegerBits(t *testing.T) {
	cases := []struct {
		in   float64
		want uint64
	}{
		{3.7, 3},
		{-3.7, math.MaxUint64 - 2}, // -3
		{math.NaN(), 0},
		{math.Inf(1), 0},
		{math.Inf(-1), 0},
		{math.Copysign(0, -1), 0},
		{1 << 40, 1 << 40},
		{1 << 64, 0},
		{1<<64 + 1<<12, 1 << 12},
		{-(1 << 64) - 1<<12, math.MaxUint64 - (1 << 12) + 1},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, integerBits(c.in), "%v", c.in)
	}
	i8 := elemTypes["*goja.int8Array"]
	assert.Equal(t, uint64(44), integerBits(300)&i8.mask(), "300 as an Int8 is 44")
}
