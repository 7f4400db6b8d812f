package inspect

import (
	"strconv"

	"github.com/dop251/goja"
)

// propKey is a property key: a string, or a symbol when sym is set.
type propKey struct {
	name string
	sym  *goja.Symbol
}

func (c *ctx) keyValue(k propKey) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return c.rt.ToValue(k.name)
}

// desc is the part of a property descriptor that inspect uses.
type desc struct {
	value, get, set goja.Value
	enumerable      bool
}

// getOwnDesc is Object.getOwnPropertyDescriptor(o, key). found is false if
// the property does not exist (or the lookup threw).
func (c *ctx) getOwnDesc(o *goja.Object, key goja.Value) (desc, bool) {
	gopd := c.intr.getOwnPropertyDescriptor
	if gopd == nil {
		return desc{}, false
	}
	v, ok := c.call(gopd, goja.Undefined(), o, key)
	if !ok {
		return desc{}, false
	}
	d, isObj := v.(*goja.Object)
	if !isObj {
		return desc{}, false
	}
	res := desc{value: d.Get("value"), get: d.Get("get"), set: d.Get("set")}
	if e := d.Get("enumerable"); e != nil {
		res.enumerable = e.ToBoolean()
	}
	return res, true
}

// stringKeys returns Object.keys(o), or Object.getOwnPropertyNames(o) when
// all is set.
func (c *ctx) stringKeys(o *goja.Object, all bool) []string {
	var names []string
	c.try(func() {
		if all {
			names = o.GetOwnPropertyNames()
		} else {
			names = o.Keys()
		}
	})
	return names
}

// symbolKeys returns the own symbol keys of o (only enumerable ones unless
// all is set).
func (c *ctx) symbolKeys(o *goja.Object, all bool) []*goja.Symbol {
	if !all {
		var syms []*goja.Symbol
		c.try(func() { syms = o.Symbols() })
		return syms
	}
	if c.intr.getOwnPropertySymbols == nil {
		return nil
	}
	v, ok := c.call(c.intr.getOwnPropertySymbols, goja.Undefined(), o)
	if !ok {
		return nil
	}
	arr, isObj := v.(*goja.Object)
	if !isObj {
		return nil
	}
	var syms []*goja.Symbol
	c.try(func() {
		n := int(arr.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			if s, ok := arr.Get(strconv.Itoa(i)).(*goja.Symbol); ok {
				syms = append(syms, s)
			}
		}
	})
	return syms
}

// ownKeys is Reflect.ownKeys (all own string and symbol keys).
func (c *ctx) ownKeys(o *goja.Object, all bool) []propKey {
	names := c.stringKeys(o, all)
	syms := c.symbolKeys(o, all)
	keys := make([]propKey, 0, len(names)+len(syms))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	for _, s := range syms {
		keys = append(keys, propKey{sym: s})
	}
	return keys
}

// getKeys is Node's getKeys.
func (c *ctx) getKeys(o *goja.Object) []propKey {
	return c.ownKeys(o, c.showHidden)
}

// isIndexKey reports whether key is an array index (V8's SKIP_INDICES).
func isIndexKey(key string) bool {
	if !isArrayIndexKey(key) || len(key) > 10 {
		return false
	}
	n, err := strconv.ParseUint(key, 10, 64)
	return err == nil && n < 1<<32-1
}

// arrayKeys is Node's getOwnNonIndexProperties for arrays and typed
// arrays. It also returns the enumerable index keys (Object.keys minus the
// rest) when they were computed anyway, for formatSpecialArray.
func (c *ctx) arrayKeys(o *goja.Object) (nonIndex []propKey, indexKeys []string) {
	names := c.stringKeys(o, c.showHidden)
	for _, n := range names {
		if isIndexKey(n) {
			if !c.showHidden {
				indexKeys = append(indexKeys, n)
			}
			continue
		}
		nonIndex = append(nonIndex, propKey{name: n})
	}
	for _, s := range c.symbolKeys(o, c.showHidden) {
		nonIndex = append(nonIndex, propKey{sym: s})
	}
	if c.showHidden {
		indexKeys = nil
	} else if indexKeys == nil {
		indexKeys = []string{}
	}
	return nonIndex, indexKeys
}

func (c *ctx) arrayLength(o *goja.Object) int64 {
	var n int64
	c.try(func() {
		v := o.Get("length")
		if v != nil {
			n = v.ToInteger()
		}
	})
	if n < 0 {
		n = 0
	}
	return n
}

// formatProperty is Node's formatProperty. d may be nil.
func (c *ctx) formatProperty(value *goja.Object, recurseTimes int, key propKey, typ int, d *desc, original *goja.Object) string {
	var str string
	extra := " "
	if d == nil {
		dd, found := c.getOwnDesc(value, c.keyValue(key))
		if !found {
			dd = desc{enumerable: true}
			if key.sym != nil {
				c.try(func() { dd.value = value.GetSymbol(key.sym) })
			} else {
				dd.value = c.get(value, key.name)
			}
		}
		d = &dd
	}
	switch {
	case !isUndef(d.value):
		diff := 2
		if c.compactTrue && typ == kObjectType {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(d.value, recurseTimes, false)
		if diff == 3 && c.breakLength < c.in.StringWidth(str, c.colors) {
			extra = "\n" + spaces(c.indentationLvl)
		}
		c.indentationLvl -= diff
	case !isUndef(d.get):
		label := "Getter"
		if !isUndef(d.set) {
			label = "Getter/Setter"
		}
		if c.getters == gettersAll || (c.getters == gettersGet && isUndef(d.set)) ||
			(c.getters == gettersSet && !isUndef(d.set)) {
			str = c.invokeGetter(d.get, original, label, recurseTimes)
		} else {
			str = c.stylize("["+label+"]", "special")
		}
	case !isUndef(d.set):
		str = c.stylize("[Setter]", "special")
	default:
		str = c.stylize("undefined", "undefined")
	}
	if typ == kArrayType {
		return str
	}
	var name string
	switch {
	case key.sym != nil:
		name = "[" + c.stylize(escapeAll("Symbol("+key.sym.String()+")"), "symbol") + "]"
	case key.name == "__proto__":
		name = "['__proto__']"
	case !d.enumerable:
		name = "[" + escapeAll(key.name) + "]"
	case isIdentifierKey(key.name):
		name = c.stylize(key.name, "name")
	default:
		name = c.stylize(strEscape(key.name), "string")
	}
	return name + ":" + extra + str
}

// invokeGetter implements the getters option. Like Node, exceptions of the
// getter are always caught and shown.
func (c *ctx) invokeGetter(getter goja.Value, original *goja.Object, label string, recurseTimes int) string {
	sp := "special"
	fn, ok := goja.AssertFunction(getter)
	if !ok {
		return c.stylize("["+label+"]", sp)
	}
	tmp, err := fn(original)
	if err != nil {
		propagateUncatchable(err)
		msg := "undefined"
		if ex, ok := err.(*goja.Exception); ok {
			if o, isObj := ex.Value().(*goja.Object); isObj {
				msg = c.toString(c.get(o, "message"), "undefined")
			}
		}
		return c.stylize("["+label+":", sp) + " <Inspection threw (" + msg + ")>" + c.stylize("]", sp)
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	switch {
	case tmp != nil && goja.IsNull(tmp):
		return c.stylize("["+label+":", sp) + " " + c.stylize("null", "null") + c.stylize("]", sp)
	case isObjectValue(tmp):
		return c.stylize("["+label+"]", sp) + " " + c.formatValue(tmp, recurseTimes, false)
	default:
		return c.stylize("["+label+":", sp) + " " + c.formatPrimitive(tmp, true) + c.stylize("]", sp)
	}
}

func isObjectValue(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

func remainingText(remaining int64) string {
	s := "... " + strconv.FormatInt(remaining, 10) + " more item"
	if remaining > 1 {
		s += "s"
	}
	return s
}
