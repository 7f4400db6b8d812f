package sharedmem

import (
	"math"
	"math/big"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja"
)

// An elemType is what Atomics needs to know of a typed array's elements.
type elemType struct {
	name     string // the constructor's name
	size     uintptr
	signed   bool
	bigint   bool
	waitable bool // Int32Array and BigInt64Array: Atomics.wait and notify take them
}

// elemTypes are the integer typed arrays, by goja's implementation type
// (gojaimpl.TypedArrayType). Float and clamped arrays are not here: Atomics refuses them.
var elemTypes = map[string]elemType{
	"*goja.int8Array":      {name: "Int8Array", size: 1, signed: true},
	"*goja.uint8Array":     {name: "Uint8Array", size: 1},
	"*goja.int16Array":     {name: "Int16Array", size: 2, signed: true},
	"*goja.uint16Array":    {name: "Uint16Array", size: 2},
	"*goja.int32Array":     {name: "Int32Array", size: 4, signed: true, waitable: true},
	"*goja.uint32Array":    {name: "Uint32Array", size: 4},
	"*goja.bigInt64Array":  {name: "BigInt64Array", size: 8, signed: true, bigint: true, waitable: true},
	"*goja.bigUint64Array": {name: "BigUint64Array", size: 8, bigint: true},
}

// mask is the bits an element holds.
func (t elemType) mask() uint64 {
	if t.size == 8 {
		return math.MaxUint64
	}
	return 1<<(t.size*8) - 1
}

// value is the JS value of an element's raw bits.
func (t elemType) value(rt *goja.Runtime, raw uint64) goja.Value {
	raw &= t.mask()
	if t.signed {
		shift := 64 - t.size*8
		n := int64(raw<<shift) >> shift // sign-extended
		if t.bigint {
			return rt.ToValue(big.NewInt(n))
		}
		return rt.ToValue(n)
	}
	if t.bigint {
		return rt.ToValue(new(big.Int).SetUint64(raw))
	}
	return rt.ToValue(raw)
}

// integerBits is ToIntegerOrInfinity(f) taken modulo 2^64, as the conversion of a
// Number to any integer element type starts (the element keeps the low bits).
func integerBits(f float64) uint64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return uint64(int64(f))
	}
	m := math.Mod(f, 1<<64) // |f| ≥ 2^63: a float that large is a whole multiple of 2^11
	if m < 0 {
		m += 1 << 64
	}
	if m >= 1<<63 {
		return uint64(int64(m - (1 << 64)))
	}
	return uint64(m)
}

// bigBits is a BigInt taken modulo 2^64.
func bigBits(b *big.Int) uint64 {
	if b.IsInt64() {
		return uint64(b.Int64())
	}
	return new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64)).Uint64()
}

// littleEndian tells where a small element sits in the aligned word that holds it.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// A cell is one element of a typed array, ready for an atomic operation.
type cell struct {
	p      unsafe.Pointer
	size   uintptr
	shared bool // the memory is a SharedArrayBuffer's: other goroutines may touch it
}

// word returns the aligned 32-bit word that holds a 1- or 2-byte element, and the
// element's shift in it. A SharedArrayBuffer's allocation is padded to whole words
// (allocate), so the word never reaches past it.
func (c cell) word() (*uint32, uint) {
	off := uintptr(c.p) & 3
	w := (*uint32)(unsafe.Add(c.p, -int(off)))
	if littleEndian {
		return w, uint(off * 8)
	}
	return w, uint((4 - c.size - off) * 8)
}

// load reads the element's bits.
func (c cell) load() uint64 {
	if !c.shared {
		return c.plainLoad()
	}
	switch c.size {
	case 8:
		return atomic.LoadUint64((*uint64)(c.p))
	case 4:
		return uint64(atomic.LoadUint32((*uint32)(c.p)))
	}
	w, shift := c.word()
	return uint64(atomic.LoadUint32(w)>>shift) & (1<<(c.size*8) - 1)
}

// update replaces the element's bits old with f(old) atomically, unless f says not to
// write, and returns old.
func (c cell) update(f func(old uint64) (uint64, bool)) uint64 {
	if !c.shared {
		old := c.plainLoad()
		if v, write := f(old); write {
			c.plainStore(v)
		}
		return old
	}
	switch c.size {
	case 8:
		p := (*uint64)(c.p)
		for {
			old := atomic.LoadUint64(p)
			v, write := f(old)
			if !write || atomic.CompareAndSwapUint64(p, old, v) {
				return old
			}
		}
	case 4:
		p := (*uint32)(c.p)
		for {
			old := atomic.LoadUint32(p)
			v, write := f(uint64(old))
			if !write || atomic.CompareAndSwapUint32(p, old, uint32(v)) {
				return uint64(old)
			}
		}
	}
	w, shift := c.word()
	mask := uint32(1<<(c.size*8)-1) << shift
	for {
		was := atomic.LoadUint32(w)
		old := uint64((was & mask) >> shift)
		v, write := f(old)
		if !write || atomic.CompareAndSwapUint32(w, was, was&^mask|uint32(v)<<shift&mask) {
			return old
		}
	}
}

func (c cell) plainLoad() uint64 {
	switch c.size {
	case 1:
		return uint64(*(*uint8)(c.p))
	case 2:
		return uint64(*(*uint16)(c.p))
	case 4:
		return uint64(*(*uint32)(c.p))
	}
	return *(*uint64)(c.p)
}

func (c cell) plainStore(v uint64) {
	switch c.size {
	case 1:
		*(*uint8)(c.p) = uint8(v)
	case 2:
		*(*uint16)(c.p) = uint16(v)
	case 4:
		*(*uint32)(c.p) = uint32(v)
	default:
		*(*uint64)(c.p) = v
	}
}
