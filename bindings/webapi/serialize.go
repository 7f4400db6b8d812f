package webapi

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/sharedmem"
)

// Serialize and Deserialize are structuredClone split in two, for values that cross
// from one runtime to another (postMessage between workers): Serialize walks the value
// in its own runtime, following exactly the rules of structuredClone (the same
// DataCloneErrors, getters read once and in V8's order, cycles and shared references
// kept), and produces a Message of plain Go data; Deserialize rebuilds the value in
// any runtime, on that runtime's goroutine. ArrayBuffers in the transfer list move
// without a copy and are detached in the sender; a host's own objects (MessagePorts)
// can travel by transfer through a TransferHost.

// Message is a value serialized by Serialize. It holds no JS value and belongs to no
// runtime, so it may be handed to another goroutine; Deserialize it once.
type Message struct {
	root      sval
	objects   int        // object ids used (transferred objects first)
	transfers []transfer // the transfer list, in order: ids 0..len-1
}

// transfer is one moved object: an ArrayBuffer's bytes, or what a TransferHost's Take
// returned for a host object.
type transfer struct {
	buf    []byte
	host   any
	isHost bool
}

// TransferHost lets a host carry objects of its own (MessagePorts) in a message. Such
// objects can only travel in the transfer list; one met in the value without being
// listed there makes Serialize throw a DataCloneError.
type TransferHost interface {
	// Transferable reports whether o is one of the host's transferable objects.
	Transferable(o *goja.Object) bool
	// Take is called, once the value has been serialized, for each host object of the
	// transfer list: it detaches o from the sending runtime and returns the Go value
	// that stands for it in the message.
	Take(o *goja.Object) any
	// Make builds, in the receiving runtime, the object for a value Take returned.
	Make(v any) goja.Value
}

type skind uint8

const (
	sUndefined skind = iota
	sNull
	sBool
	sNumber
	sBigInt
	sString
	sRef // an object serialized before (a cycle or a shared reference), or a transfer
	sObject
	sArray
	sBoxNumber
	sBoxString
	sBoxBoolean
	sBoxBigInt
	sDate
	sRegExp
	sArrayBuffer
	sSharedArrayBuffer // data is the shared memory itself, not a copy
	sTypedArray
	sDataView
	sMap
	sSet
	sError
)

// sval is one serialized value. Objects carry the id their references use.
type sval struct {
	kind  skind
	id    int
	b     bool
	num   float64 // numbers, boxed numbers, dates; array length; typed-array offset
	num2  float64 // typed-array and DataView length
	big   *big.Int
	str   sstr // strings; regexp source; typed-array constructor and error names
	str2  sstr // regexp flags; error message
	data  []byte
	props []sprop // own enumerable properties (objects, arrays)
	items []sval  // map keys and values in turn, set items, a view's buffer
	stack *sstr   // an error's stack, when a string
	cause *sval   // an error's cause
	hasMsg,
	hasCause bool
}

type sprop struct {
	key sstr
	val sval
}

// sstr is a JS string: UTF-8 in s, unless it holds lone surrogates, which only
// UTF-16 (u16) can keep.
type sstr struct {
	s   string
	u16 []uint16
}

func toSstr(v goja.Value) sstr {
	s := v.String()
	if !strings.ContainsRune(s, utf8.RuneError) {
		return sstr{s: s}
	}
	gs, ok := v.(goja.String)
	if !ok {
		return sstr{s: s}
	}
	u := make([]uint16, gs.Length())
	for i := range u {
		u[i] = gs.CharAt(i)
	}
	return sstr{u16: u}
}

func (s sstr) value(rt *goja.Runtime) goja.Value {
	if s.u16 != nil {
		return goja.StringFromUTF16(s.u16)
	}
	return rt.ToValue(s.s)
}

// Serialize serializes value (see above). list is the transfer list: the
// ArrayBuffers (and host objects, with host) to move; they are detached only once the
// whole value has been serialized. What cannot be cloned throws, as a native function throws: a
// DataCloneError DOMException with V8's message. host may be nil. Must be called on
// the runtime's goroutine.
func (w *Web) Serialize(value goja.Value, list []*goja.Object, host TransferHost) *Message {
	s := &serState{c: w.cloner(), host: host, memory: make(map[*goja.Object]int)}
	for _, o := range list {
		if _, dup := s.memory[o]; dup {
			if kindOf(o) == kArrayBuffer {
				w.throwDOMException("Transfer list contains duplicate ArrayBuffer", "DataCloneError")
			}
			w.throwDOMException("Transfer list contains duplicate object", "DataCloneError")
		}
		if kindOf(o) == kArrayBuffer {
			buf, _ := o.Export().(goja.ArrayBuffer)
			if buf.Detached() {
				w.throwDOMException("An ArrayBuffer is detached and could not be cloned.", "DataCloneError")
			}
		} else if host == nil || !host.Transferable(o) {
			w.throw("TypeError", "ERR_INVALID_TRANSFER_OBJECT", "Found invalid object in transferList")
		}
		s.memory[o] = s.next
		s.next++
	}
	m := &Message{root: s.serialize(value)}
	m.objects = s.next
	m.transfers = make([]transfer, len(list))
	for i, o := range list {
		if kindOf(o) == kArrayBuffer {
			buf, _ := o.Export().(goja.ArrayBuffer)
			m.transfers[i].buf = buf.Bytes()
			buf.Detach()
			continue
		}
		m.transfers[i] = transfer{host: host.Take(o), isHost: true}
	}
	return m
}

// serState is one Serialize call: the ids of the objects already serialized (for
// shared references and cycles), the errors whose cause is being serialized, and the
// nesting depth.
type serState struct {
	c       *cloner
	host    TransferHost
	memory  map[*goja.Object]int
	pending map[*goja.Object]bool
	next    int
	depth   int
}

func (s *serState) fail(v goja.Value) {
	s.c.w.throwDOMException(s.c.describe(v)+" could not be cloned.", "DataCloneError")
}

// remember gives o the next id.
func (s *serState) remember(o *goja.Object) int {
	id := s.next
	s.next++
	s.memory[o] = id
	return id
}

func (s *serState) serialize(v goja.Value) sval {
	o, ok := v.(*goja.Object)
	if !ok {
		return s.primitive(v)
	}
	if id, ok := s.memory[o]; ok {
		return sval{kind: sRef, id: id}
	}
	if s.pending[o] {
		s.c.w.throw("Error", "", "Unable to deserialize cloned data.")
	}
	s.depth++
	defer func() { s.depth-- }()
	if s.depth > maxCloneDepth {
		s.c.w.throw("RangeError", "", "Maximum call stack size exceeded")
	}
	w, h, rt := s.c.w, &s.c.h, s.c.w.rt
	if s.host != nil && s.host.Transferable(o) {
		w.throw("TypeError", "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST",
			"Object that needs transfer was found in message but not listed in transferList")
	}
	switch kindOf(o) {
	case kPlain:
		if o == rt.GlobalObject() {
			break // V8 refuses the global proxy
		}
		out := sval{kind: sObject, id: s.remember(o)}
		out.props = s.properties(o)
		return out
	case kArray:
		out := sval{kind: sArray, id: s.remember(o), num: o.Get("length").ToFloat()}
		out.props = s.properties(o)
		return out
	case kNumber:
		return sval{kind: sBoxNumber, id: s.remember(o), num: call(h.numberValue, o).ToFloat()}
	case kString:
		return sval{kind: sBoxString, id: s.remember(o), str: toSstr(call(h.stringValue, o))}
	case kBoolean:
		return sval{kind: sBoxBoolean, id: s.remember(o), b: call(h.booleanValue, o).ToBoolean()}
	case kBigInt:
		x, _ := call(h.bigintValue, o).Export().(*big.Int)
		return sval{kind: sBoxBigInt, id: s.remember(o), big: new(big.Int).Set(x)}
	case kDate:
		return sval{kind: sDate, id: s.remember(o), num: call(h.dateValue, o).ToFloat()}
	case kRegExp:
		src, flags := toSstr(call(h.regexpSource, o)), toSstr(call(h.regexpFlags, o))
		return sval{kind: sRegExp, id: s.remember(o), str: src, str2: flags}
	case kArrayBuffer:
		buf, _ := o.Export().(goja.ArrayBuffer)
		if buf.Detached() {
			w.throwDOMException("An ArrayBuffer is detached and could not be cloned.", "DataCloneError")
		}
		data := append([]byte(nil), buf.Bytes()...)
		return sval{kind: sArrayBuffer, id: s.remember(o), data: data}
	case kSharedArrayBuffer:
		data, _ := sharedmem.Bytes(o)
		return sval{kind: sSharedArrayBuffer, id: s.remember(o), data: data}
	case kTypedArray:
		buffer := call(h.taBuffer, o)
		s.checkAttached(buffer)
		name, off, length := call(h.taName, o), call(h.taOffset, o), call(h.taLength, o)
		b := s.serialize(buffer)
		return sval{kind: sTypedArray, str: toSstr(name), num: off.ToFloat(), num2: length.ToFloat(),
			items: []sval{b}, id: s.remember(o)}
	case kDataView:
		buffer := call(h.dvBuffer, o)
		s.checkAttached(buffer)
		off, length := call(h.dvOffset, o), call(h.dvLength, o)
		b := s.serialize(buffer)
		return sval{kind: sDataView, num: off.ToFloat(), num2: length.ToFloat(), items: []sval{b}, id: s.remember(o)}
	case kMap:
		out := sval{kind: sMap, id: s.remember(o)}
		out.items = s.all(call(h.mapEntries, o).(*goja.Object)) // keys and values in turn
		return out
	case kSet:
		out := sval{kind: sSet, id: s.remember(o)}
		out.items = s.all(call(h.setEntries, o).(*goja.Object))
		return out
	case kError:
		if !s.c.isDOMException(o) {
			return s.serializeError(o)
		}
		// Node's DOMException is an ordinary object (of a JS class): its own
		// enumerable properties, none, are copied.
		out := sval{kind: sObject, id: s.remember(o)}
		out.props = s.properties(o)
		return out
	}
	s.fail(o)
	return sval{}
}

// all serializes the items of a JS array (a snapshot of a Map's or Set's entries).
func (s *serState) all(list *goja.Object) []sval {
	n := int(list.Get("length").ToInteger())
	out := make([]sval, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, s.serialize(list.Get(itoa(i))))
	}
	return out
}

func (s *serState) primitive(v goja.Value) sval {
	switch {
	case v == nil || goja.IsUndefined(v):
		return sval{kind: sUndefined}
	case goja.IsNull(v):
		return sval{kind: sNull}
	case goja.IsString(v):
		return sval{kind: sString, str: toSstr(v)}
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		s.fail(v)
	}
	switch x := v.Export().(type) {
	case bool:
		return sval{kind: sBool, b: x}
	case *big.Int:
		return sval{kind: sBigInt, big: new(big.Int).Set(x)}
	}
	return sval{kind: sNumber, num: v.ToFloat()}
}

func (s *serState) checkAttached(buffer goja.Value) {
	if b, ok := buffer.(*goja.Object); ok {
		if _, seen := s.memory[b]; seen {
			return
		}
		if buf, ok := b.Export().(goja.ArrayBuffer); ok && buf.Detached() {
			s.c.w.throwDOMException("An ArrayBuffer is detached and could not be cloned.", "DataCloneError")
		}
	}
}

// properties serializes o's own enumerable string-keyed properties, reading each
// (getters included) only if it is still an own property when its turn comes.
func (s *serState) properties(o *goja.Object) []sprop {
	h := &s.c.h
	keys := call(h.keys, o).(*goja.Object)
	n := int(keys.Get("length").ToInteger())
	var props []sprop
	for i := 0; i < n; i++ {
		k := keys.Get(itoa(i))
		v := call(h.getOwn, o, k)
		if v == h.absent {
			continue
		}
		props = append(props, sprop{key: toSstr(k), val: s.serialize(v)})
	}
	return props
}

// serializeError serializes an Error as V8 does (see cloneError).
func (s *serState) serializeError(o *goja.Object) sval {
	h, rt := &s.c.h, s.c.w.rt
	message := call(h.ownData, o, rt.ToValue("message"))
	cause := call(h.ownData, o, rt.ToValue("cause"))
	out := sval{kind: sError, str: toSstr(call(h.errorName, o))}
	if stack := o.Get("stack"); goja.IsString(stack) {
		st := toSstr(stack)
		out.stack = &st
	}
	if message != h.absent && message != h.accessor {
		out.hasMsg = true
		out.str2 = toSstr(call(h.toStr, message))
	}
	if cause != h.absent && cause != h.accessor {
		if s.pending == nil {
			s.pending = make(map[*goja.Object]bool)
		}
		s.pending[o] = true
		c := s.serialize(cause)
		delete(s.pending, o)
		out.hasCause, out.cause = true, &c
	}
	out.id = s.remember(o)
	return out
}

// Deserialize rebuilds a Message in this Web's runtime; transferred host objects are
// made by host (which may be nil when the message carries none). Deserialize a
// Message once: transferred ArrayBuffers take over its bytes. Must be called on the
// runtime's goroutine.
func (w *Web) Deserialize(m *Message, host TransferHost) goja.Value {
	d := &deState{c: w.cloner(), objs: make([]goja.Value, m.objects)}
	for i, t := range m.transfers {
		switch {
		case t.isHost && host != nil:
			d.objs[i] = host.Make(t.host)
		case t.isHost:
			d.objs[i] = goja.Undefined()
		default:
			d.objs[i] = w.rt.ToValue(w.rt.NewArrayBuffer(t.buf))
		}
	}
	return d.build(&m.root)
}

type deState struct {
	c    *cloner
	objs []goja.Value
}

func (d *deState) keep(id int, v goja.Value) goja.Value {
	if id >= 0 && id < len(d.objs) {
		d.objs[id] = v
	}
	return v
}

func (d *deState) build(v *sval) goja.Value {
	h, rt := &d.c.h, d.c.w.rt
	switch v.kind {
	case sUndefined:
		return goja.Undefined()
	case sNull:
		return goja.Null()
	case sBool:
		return rt.ToValue(v.b)
	case sNumber:
		return rt.ToValue(v.num)
	case sBigInt:
		return rt.ToValue(new(big.Int).Set(v.big))
	case sString:
		return v.str.value(rt)
	case sRef:
		if v.id >= 0 && v.id < len(d.objs) && d.objs[v.id] != nil {
			return d.objs[v.id]
		}
		return goja.Undefined()
	case sObject:
		out := rt.NewObject()
		d.keep(v.id, out)
		d.defineAll(out, v.props)
		return out
	case sArray:
		out := call(h.newArray, rt.ToValue(v.num)).(*goja.Object)
		d.keep(v.id, out)
		d.defineAll(out, v.props)
		return out
	case sBoxNumber:
		return d.keep(v.id, rt.ToValue(v.num).ToObject(rt))
	case sBoxString:
		return d.keep(v.id, v.str.value(rt).ToObject(rt))
	case sBoxBoolean:
		return d.keep(v.id, rt.ToValue(v.b).ToObject(rt))
	case sBoxBigInt:
		return d.keep(v.id, rt.ToValue(new(big.Int).Set(v.big)).ToObject(rt))
	case sDate:
		return d.keep(v.id, call(h.newDate, rt.ToValue(v.num)))
	case sRegExp:
		return d.keep(v.id, call(h.newRegExp, v.str.value(rt), v.str2.value(rt)))
	case sArrayBuffer:
		return d.keep(v.id, rt.ToValue(rt.NewArrayBuffer(v.data)))
	case sSharedArrayBuffer:
		if d.c.w.opts.SharedArrayBuffer == nil {
			d.c.w.throwDOMException("SharedArrayBuffer is not supported here", "DataCloneError")
		}
		return d.keep(v.id, d.c.w.opts.SharedArrayBuffer(v.data))
	case sTypedArray:
		b := d.build(&v.items[0])
		return d.keep(v.id, call(h.newTypedArray, v.str.value(rt), b, rt.ToValue(v.num), rt.ToValue(v.num2)))
	case sDataView:
		b := d.build(&v.items[0])
		return d.keep(v.id, call(h.newDataView, b, rt.ToValue(v.num), rt.ToValue(v.num2)))
	case sMap:
		out := call(h.newMap).(*goja.Object)
		d.keep(v.id, out)
		items := d.all(v.items) // all built before any is added, as V8 does
		for i := 0; i+1 < len(items); i += 2 {
			call(h.mapSet, out, items[i], items[i+1])
		}
		return out
	case sSet:
		out := call(h.newSet).(*goja.Object)
		d.keep(v.id, out)
		for _, item := range d.all(v.items) {
			call(h.setAdd, out, item)
		}
		return out
	case sError:
		out := call(h.newError, v.str.value(rt)).(*goja.Object)
		stack := goja.Undefined()
		if v.stack != nil {
			stack = v.stack.value(rt)
		}
		call(h.defineHidden, out, rt.ToValue("stack"), stack)
		if v.hasMsg {
			call(h.defineHidden, out, rt.ToValue("message"), v.str2.value(rt))
		}
		if v.hasCause {
			call(h.defineHidden, out, rt.ToValue("cause"), d.build(v.cause))
		}
		return d.keep(v.id, out)
	}
	return goja.Undefined()
}

func (d *deState) all(items []sval) []goja.Value {
	out := make([]goja.Value, len(items))
	for i := range items {
		out[i] = d.build(&items[i])
	}
	return out
}

func (d *deState) defineAll(out *goja.Object, props []sprop) {
	h, rt := &d.c.h, d.c.w.rt
	for i := range props {
		call(h.define, out, props[i].key.value(rt), d.build(&props[i].val))
	}
}
