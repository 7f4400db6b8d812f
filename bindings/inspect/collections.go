package inspect

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// formatArray is Node's formatArray. indexKeys are the enumerable index
// keys (Object.keys order) if already known, or nil.
func (c *ctx) formatArray(value *goja.Object, valLen int64, indexKeys []string, recurseTimes int) []string {
	l := min(int64(max(0, c.maxArrayLength)), valLen)
	remaining := valLen - l
	var output []string
	for i := int64(0); i < l; i++ {
		key := strconv.FormatInt(i, 10)
		d, found := c.getOwnDesc(value, c.rt.ToValue(i))
		if !found {
			return c.formatSpecialArray(value, valLen, indexKeys, recurseTimes, int(l), output, int(i))
		}
		output = append(output, c.formatProperty(value, recurseTimes, propKey{name: key}, kArrayType, &d, value))
	}
	if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatSpecialArray is Node's formatSpecialArray (sparse arrays).
func (c *ctx) formatSpecialArray(value *goja.Object, valLen int64, keys []string, recurseTimes, maxLength int, output []string, i int) []string {
	if keys == nil {
		keys = c.stringKeys(value, false)
	}
	index := int64(i)
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := keys[i]
		tmp, err := strconv.ParseFloat(key, 64)
		if err != nil {
			tmp = math.NaN()
		}
		if tmp > 1<<32-2 {
			break
		}
		if strconv.FormatInt(index, 10) != key {
			if !isArrayIndexKey(key) {
				break
			}
			emptyItems := int64(tmp) - index
			msg := "<" + strconv.FormatInt(emptyItems, 10) + " empty item"
			if emptyItems > 1 {
				msg += "s"
			}
			output = append(output, c.stylize(msg+">", "undefined"))
			index = int64(tmp)
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(value, recurseTimes, propKey{name: key}, kArrayType, nil, value))
		index++
	}
	remaining := valLen - index
	if len(output) != maxLength {
		if remaining > 0 {
			msg := "<" + strconv.FormatInt(remaining, 10) + " empty item"
			if remaining > 1 {
				msg += "s"
			}
			output = append(output, c.stylize(msg+">", "undefined"))
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

func (c *ctx) collectionSize(o *goja.Object, getter goja.Callable) int {
	if getter == nil {
		return 0
	}
	v, ok := c.call(getter, o)
	if !ok {
		return 0
	}
	return int(v.ToInteger())
}

// iterate calls factory.call(o) to get an iterator and feeds at most limit
// values to f.
func (c *ctx) iterate(factory goja.Callable, o *goja.Object, limit int, f func(v goja.Value)) {
	if factory == nil || limit <= 0 {
		return
	}
	itV, ok := c.call(factory, o)
	if !ok {
		return
	}
	it, isObj := itV.(*goja.Object)
	if !isObj {
		return
	}
	next, ok := goja.AssertFunction(c.get(it, "next"))
	if !ok {
		return
	}
	for i := 0; i < limit; i++ {
		r, ok := c.call(next, it)
		if !ok {
			return
		}
		ro, isObj := r.(*goja.Object)
		if !isObj || c.get(ro, "done").ToBoolean() {
			return
		}
		f(c.get(ro, "value"))
	}
}

func (c *ctx) formatSet(value *goja.Object, size, recurseTimes int) []string {
	maxLength := min(max(0, c.maxArrayLength), size)
	remaining := size - maxLength
	var output []string
	c.indentationLvl += 2
	c.iterate(c.intr.setValues, value, maxLength, func(v goja.Value) {
		output = append(output, c.formatValue(v, recurseTimes, false))
	})
	if remaining > 0 {
		output = append(output, remainingText(int64(remaining)))
	}
	c.indentationLvl -= 2
	return output
}

func (c *ctx) formatMap(value *goja.Object, size, recurseTimes int) []string {
	maxLength := min(max(0, c.maxArrayLength), size)
	remaining := size - maxLength
	var output []string
	c.indentationLvl += 2
	c.iterate(c.intr.mapEntries, value, maxLength, func(v goja.Value) {
		var k, val goja.Value = goja.Undefined(), goja.Undefined()
		if e, ok := v.(*goja.Object); ok {
			k, val = c.get(e, "0"), c.get(e, "1")
		}
		output = append(output, c.formatValue(k, recurseTimes, false)+" => "+c.formatValue(val, recurseTimes, false))
	})
	if remaining > 0 {
		output = append(output, remainingText(int64(remaining)))
	}
	c.indentationLvl -= 2
	return output
}

// typedElems gives access to the elements of a typed array through the Go
// slice goja exports (which shares the array's memory).
type typedElems struct {
	n     int
	isBig bool
	num   func(i int) float64
	big   func(i int) string
}

func (e typedElems) length() int { return e.n }

func typedArrayElements(o *goja.Object) (e typedElems) {
	defer func() {
		if recover() != nil {
			e = typedElems{}
		}
	}()
	switch a := o.Export().(type) {
	case []uint8:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []int8:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []uint16:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []int16:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []uint32:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []int32:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []float32:
		return typedElems{n: len(a), num: func(i int) float64 { return float64(a[i]) }}
	case []float64:
		return typedElems{n: len(a), num: func(i int) float64 { return a[i] }}
	case []int64:
		return typedElems{n: len(a), isBig: true, big: func(i int) string { return strconv.FormatInt(a[i], 10) }}
	case []uint64:
		return typedElems{n: len(a), isBig: true, big: func(i int) string { return strconv.FormatUint(a[i], 10) }}
	}
	return typedElems{}
}

func (c *ctx) formatTypedArray(value *goja.Object, elems typedElems, recurseTimes int) []string {
	length := elems.length()
	maxLength := min(max(0, c.maxArrayLength), length)
	remaining := length - maxLength
	output := make([]string, 0, maxLength+1)
	for i := 0; i < maxLength; i++ {
		if elems.isBig {
			output = append(output, c.stylize(formatBigIntString(elems.big(i), c.numericSeparator), "bigint"))
		} else {
			output = append(output, c.stylize(formatNumberString(elems.num(i), c.numericSeparator), "number"))
		}
	}
	if remaining > 0 {
		output = append(output, remainingText(int64(remaining)))
	}
	if c.showHidden {
		c.indentationLvl += 2
		for _, key := range []string{"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"} {
			str := c.formatValue(c.get(value, key), recurseTimes, true)
			output = append(output, "["+key+"]: "+str)
		}
		c.indentationLvl -= 2
	}
	return output
}

func (c *ctx) formatArrayBuffer(value *goja.Object) []string {
	ab, ok := value.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return []string{c.stylize("(detached)", "special")}
	}
	data := ab.Bytes()
	n := min(max(0, c.maxArrayLength), len(data))
	const hex = "0123456789abcdef"
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(hex[data[i]>>4])
		b.WriteByte(hex[data[i]&0xf])
	}
	str := b.String()
	remaining := len(data) - max(0, c.maxArrayLength)
	if remaining > 0 {
		str += " ... " + strconv.Itoa(remaining) + " more byte"
		if remaining > 1 {
			str += "s"
		}
	}
	return []string{c.stylize("[Uint8Contents]", "special") + ": <" + str + ">"}
}

func (c *ctx) formatPromise(value *goja.Object, recurseTimes int) []string {
	p, ok := value.Export().(*goja.Promise)
	if !ok || p == nil || p.State() == goja.PromiseStatePending {
		return []string{c.stylize("<pending>", "special")}
	}
	c.indentationLvl += 2
	str := c.formatValue(p.Result(), recurseTimes, false)
	c.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		return []string{c.stylize("<rejected>", "special") + " " + str}
	}
	return []string{str}
}

func (c *ctx) regexpString(value *goja.Object, ctorOK bool) string {
	if !ctorOK {
		// Node formats new RegExp(value); the RegExp.prototype getters read
		// the internal slots whatever the prototype is.
		if src, ok := c.call(c.intr.regexpSource, value); ok {
			flags := ""
			for _, f := range c.intr.regexpFlagGetters {
				if v, ok := c.call(f.get, value); ok && v.ToBoolean() {
					flags += f.letter
				}
			}
			return "/" + c.toString(src, "(?:)") + "/" + flags
		}
	}
	v, ok := c.call(c.intr.regexpToString, value)
	if !ok {
		return "/(?:)/"
	}
	return c.toString(v, "/(?:)/")
}

func (c *ctx) dateString(value *goja.Object) string {
	t, ok := c.call(c.intr.dateGetTime, value)
	if !ok || math.IsNaN(t.ToFloat()) {
		return "Invalid Date"
	}
	v, ok := c.call(c.intr.dateToISOString, value)
	if !ok {
		return "Invalid Date"
	}
	return v.String()
}

// getBoxedBase is Node's getBoxedBase.
func (c *ctx) getBoxedBase(value *goja.Object, k objKind, keys *[]propKey, constructor string, ctorOK bool, tag string) string {
	var fn goja.Callable
	var typ string
	switch k {
	case kindNumberObject:
		fn, typ = c.intr.numberValueOf, "Number"
	case kindStringObject:
		fn, typ = c.intr.stringValueOf, "String"
		n := int(c.arrayLength(value))
		if n > len(*keys) {
			n = len(*keys)
		}
		*keys = (*keys)[n:]
	case kindBooleanObject:
		fn, typ = c.intr.booleanValueOf, "Boolean"
	case kindBigIntObject:
		fn, typ = c.intr.bigintValueOf, "BigInt"
	default:
		fn, typ = c.intr.symbolValueOf, "Symbol"
	}
	base := "[" + typ
	if !ctorOK || typ != constructor {
		if !ctorOK {
			base += " (null prototype)"
		} else {
			base += " (" + constructor + ")"
		}
	}
	prim, ok := c.call(fn, value)
	if !ok {
		prim = goja.Undefined()
	}
	base += ": " + c.formatPrimitive(prim, false) + "]"
	if tag != "" && (!ctorOK || tag != constructor) {
		base += " [" + tag + "]"
	}
	if len(*keys) != 0 || !c.colors {
		return base
	}
	return c.stylize(base, strings.ToLower(typ))
}

// getFunctionBase is Node's getFunctionBase.
func (c *ctx) getFunctionBase(value *goja.Object, k objKind, constructor string, ctorOK bool, tag string) string {
	if k == kindClass {
		return c.getClassBase(value, constructor, ctorOK, tag)
	}
	typ := "Function"
	if k == kindGeneratorFunction {
		typ = "Generator" + typ
	}
	if k == kindAsyncFunction {
		typ = "Async" + typ
	}
	base := "[" + typ
	if !ctorOK {
		base += " (null prototype)"
	}
	name := c.get(value, "name")
	if goja.IsString(name) && name.String() == "" {
		base += " (anonymous)"
	} else {
		base += ": " + c.toString(name, "")
	}
	base += "]"
	if ctorOK && constructor != typ {
		base += " " + constructor
	}
	if tag != "" && (!ctorOK || constructor != tag) {
		base += " [" + tag + "]"
	}
	return base
}

func (c *ctx) getClassBase(value *goja.Object, constructor string, ctorOK bool, tag string) string {
	name := "(anonymous)"
	if _, has := c.getOwnDesc(value, c.rt.ToValue("name")); has {
		if n := c.get(value, "name"); n.ToBoolean() {
			name = c.toString(n, "(anonymous)")
		}
	}
	base := "class " + name
	if ctorOK && constructor != "Function" {
		base += " [" + constructor + "]"
	}
	if tag != "" && (!ctorOK || constructor != tag) {
		base += " [" + tag + "]"
	}
	if ctorOK {
		var proto *goja.Object
		c.try(func() { proto = value.Prototype() })
		if proto != nil {
			if superName := c.get(proto, "name"); superName.ToBoolean() {
				base += " extends " + c.toString(superName, "")
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}
