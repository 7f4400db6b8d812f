// Package sharedmem gives goja what it lacks for memory shared between workers:
// SharedArrayBuffer and Atomics. A SharedArrayBuffer is a goja ArrayBuffer whose bytes
// are one Go allocation that several runtimes (the main loop and its workers) view at
// once: postMessage hands the bytes over without copying them, and the receiving
// runtime wraps the same bytes in a SharedArrayBuffer of its own. Atomics works on any
// integer typed array, with sync/atomic on shared memory, and Atomics.wait/notify
// block and wake goroutines through one process-wide list of waiters.
//
// Ownership: a Memory belongs to its runtime's loop goroutine, like the runtime. The
// registry of shared buffers and the waiter lists are safe for concurrent use.
package sharedmem

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// registry remembers which ArrayBuffer objects are SharedArrayBuffers, and their bytes,
// without keeping them alive: the entry goes when the object is collected.
var registry = struct {
	sync.Mutex
	m map[weak.Pointer[goja.Object]][]byte
}{m: make(map[weak.Pointer[goja.Object]][]byte)}

func register(o *goja.Object, data []byte) {
	p := weak.Make(o)
	registry.Lock()
	registry.m[p] = data
	registry.Unlock()
	runtime.AddCleanup(o, func(p weak.Pointer[goja.Object]) {
		registry.Lock()
		delete(registry.m, p)
		registry.Unlock()
	}, p)
}

// Bytes returns the memory of a SharedArrayBuffer made by this package (in any
// runtime), and false for any other object. Safe for concurrent use.
func Bytes(o *goja.Object) ([]byte, bool) {
	if o == nil {
		return nil, false
	}
	p := weak.Make(o)
	registry.Lock()
	data, ok := registry.m[p]
	registry.Unlock()
	return data, ok
}

// allocate returns n zeroed bytes whose capacity is rounded up to whole 8-byte words,
// so that an atomic operation on a 1- or 2-byte element can work on the aligned word
// that holds it without reaching past the allocation.
func allocate(n int) []byte {
	return make([]byte, n, max((n+7)&^7, 8))
}
