package inspect

import (
	"math"
	"strings"

	"github.com/dop251/goja"
)

// Format returns what Node's util.format(...args) returns (which is also
// what console.log prints): printf-like substitution of %s %d %i %f %j %o
// %O %c and %% in a string first argument, the remaining arguments
// appended separated by spaces (strings raw, everything else inspected).
// It uses Node's default inspect options. It must be called on the
// goroutine that owns rt and never panics because of the arguments.
func Format(rt *goja.Runtime, args []goja.Value) string {
	return NewInspector(rt).Format(args)
}

// FormatWithOptions is util.formatWithOptions(opts, ...args). It must be
// called on the goroutine that owns rt and never panics because of the
// arguments.
func FormatWithOptions(rt *goja.Runtime, opts Options, args []goja.Value) string {
	return NewInspector(rt).FormatWithOptions(opts, args)
}

// Format is util.format with the Inspector's current default options
// (util.inspect.defaultOptions once the util module is loaded through
// this Inspector). See the package-level Format.
func (in *Inspector) Format(args []goja.Value) string {
	if s, ok := fastFormat(args); ok {
		return s
	}
	s, _ := in.format(nil, false, args)
	return s
}

// FormatWithOptions is util.formatWithOptions(opts, ...args).
func (in *Inspector) FormatWithOptions(opts Options, args []goja.Value) string {
	if s, ok := fastFormat(args); ok {
		return s
	}
	s, _ := in.format(&opts, false, args)
	return s
}

// TryFormat is Format, but a JavaScript exception (thrown by a toString
// method, a custom inspector, JSON.stringify, ...) aborts formatting and
// is returned as a *goja.Exception, as util.format would throw it.
func (in *Inspector) TryFormat(args []goja.Value) (string, error) {
	if s, ok := fastFormat(args); ok {
		return s, nil
	}
	return in.format(nil, true, args)
}

// TryFormatWithOptions is FormatWithOptions with TryFormat's error handling.
func (in *Inspector) TryFormatWithOptions(opts Options, args []goja.Value) (string, error) {
	if s, ok := fastFormat(args); ok {
		return s, nil
	}
	return in.format(&opts, true, args)
}

// fastFormat handles the common cases without any allocation beyond the
// result: no arguments and a single string.
func fastFormat(args []goja.Value) (string, bool) {
	switch len(args) {
	case 0:
		return "", true
	case 1:
		if goja.IsString(args[0]) {
			return args[0].String(), true
		}
	}
	return "", false
}

// DefaultOptions returns the Inspector's current default options
// (util.inspect.defaultOptions), as far as Options can express them.
func (in *Inspector) DefaultOptions() Options {
	return in.defaults().options()
}

// defaults returns the live default configuration.
func (in *Inspector) defaults() config {
	cfg := defaultConfig()
	if in.defaultsObj != nil {
		o := in.defaultsObj
		_ = in.rt.Try(func() {
			for _, key := range o.Keys() {
				if isInspectOption(key) {
					cfg.setOption(key, o.Get(key))
				}
			}
		})
	}
	return cfg
}

func (in *Inspector) format(opts *Options, rethrow bool, args []goja.Value) (string, error) {
	var cfg config
	if opts != nil {
		cfg = opts.config()
	} else {
		cfg = in.defaults()
	}
	return in.run(cfg, rethrow, func(c *ctx) string { return c.formatWithOptions(args) })
}

// inspectWith formats v with a derived configuration, starting at depth 0
// with a fresh circular-reference state, like a nested util.inspect call.
func (c *ctx) inspectWith(v goja.Value, modify func(cfg *config)) string {
	cfg := c.config
	if modify != nil {
		modify(&cfg)
	}
	sub := &ctx{config: cfg, in: c.in, rt: c.rt, intr: c.intr, rethrow: c.rethrow}
	return sub.formatValue(v, 0, false)
}

// formatWithOptions is Node's formatWithOptionsInternal.
func (c *ctx) formatWithOptions(args []goja.Value) string {
	var first goja.Value = goja.Undefined()
	if len(args) > 0 {
		first = args[0]
	}
	a := 0
	var str strings.Builder
	join := ""
	if goja.IsString(first) {
		if len(args) == 1 {
			return first.String()
		}
		f := jsString(first)
		lastPos := 0
		var tempStr string
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			nextChar := f[i]
			if a+1 != len(args) {
				switch nextChar {
				case 's':
					a++
					tempStr = c.formatS(args[a])
				case 'j':
					a++
					tempStr = c.tryStringify(args[a])
				case 'd':
					a++
					tempStr = c.formatD(args[a])
				case 'O':
					a++
					tempStr = c.inspectWith(args[a], nil)
				case 'o':
					a++
					tempStr = c.inspectWith(args[a], func(cfg *config) {
						cfg.showHidden = true
						cfg.showProxy = true
						cfg.depth = 4
						cfg.depthNull = false
					})
				case 'i':
					a++
					tempStr = c.formatI(args[a])
				case 'f':
					a++
					tempStr = c.formatF(args[a])
				case 'c':
					a++
					tempStr = ""
				case '%':
					str.WriteString(f[lastPos:i])
					lastPos = i + 1
					continue
				default:
					continue
				}
				if lastPos != i-1 {
					str.WriteString(f[lastPos : i-1])
				}
				str.WriteString(tempStr)
				lastPos = i + 1
			} else if nextChar == '%' {
				str.WriteString(f[lastPos:i])
				lastPos = i + 1
			}
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				str.WriteString(f[lastPos:])
			}
		}
	}
	for a < len(args) {
		v := args[a]
		str.WriteString(join)
		if goja.IsString(v) {
			str.WriteString(v.String())
		} else {
			str.WriteString(c.inspectWith(v, nil))
		}
		join = " "
		a++
	}
	return str.String()
}

func (c *ctx) formatS(v goja.Value) string {
	switch {
	case goja.IsNumber(v):
		return formatNumberString(v.ToFloat(), c.numericSeparator)
	case goja.IsBigInt(v):
		return formatBigIntString(v.String(), c.numericSeparator)
	}
	o, isObj := v.(*goja.Object)
	if !isObj || isFunc(o) || !c.hasBuiltInToString(o) {
		return c.stringOf(v)
	}
	return c.inspectWith(v, func(cfg *config) {
		cfg.compact = 3
		cfg.compactTrue = false
		cfg.colors = false
		cfg.depth = 0
		cfg.depthNull = false
	})
}

// stringOf is String(v).
func (c *ctx) stringOf(v goja.Value) string {
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")"
	}
	if v == nil {
		return "undefined"
	}
	var s string
	if !c.try(func() { s = v.String() }) {
		return ""
	}
	return s
}

// toNumber is Number(v) (NaN if the conversion threw).
func (c *ctx) toNumber(v goja.Value) float64 {
	if c.intr.numberFn != nil {
		if r, ok := c.call(c.intr.numberFn, goja.Undefined(), v); ok {
			return r.ToFloat()
		}
		return math.NaN()
	}
	f := math.NaN()
	c.try(func() { f = v.ToNumber().ToFloat() })
	return f
}

func (c *ctx) formatD(v goja.Value) string {
	if goja.IsBigInt(v) {
		return formatBigIntString(v.String(), c.numericSeparator)
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	return formatNumberString(c.toNumber(v), c.numericSeparator)
}

func (c *ctx) formatI(v goja.Value) string {
	if goja.IsBigInt(v) {
		return formatBigIntString(v.String(), c.numericSeparator)
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	return formatNumberString(c.parseNumber(c.intr.parseInt, v), c.numericSeparator)
}

func (c *ctx) formatF(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	return formatNumberString(c.parseNumber(c.intr.parseFloat, v), c.numericSeparator)
}

func (c *ctx) parseNumber(fn goja.Callable, v goja.Value) float64 {
	r, ok := c.call(fn, goja.Undefined(), v)
	if !ok {
		return math.NaN()
	}
	return r.ToFloat()
}

// tryStringify is Node's tryStringify (%j).
func (c *ctx) tryStringify(v goja.Value) string {
	fn := c.intr.jsonStringify
	if fn == nil {
		return "undefined"
	}
	r, err := fn(goja.Undefined(), v)
	if err != nil {
		propagateUncatchable(err)
		if ex, ok := err.(*goja.Exception); ok && isCircularJSONError(c, ex) {
			return "[Circular]"
		}
		if c.rethrow {
			panic(err)
		}
		return "[Inspection threw (" + exceptionMessage(c.rt, err.(*goja.Exception)) + ")]"
	}
	if r == nil {
		return "undefined"
	}
	return r.String()
}

// isCircularJSONError recognises the TypeError JSON.stringify throws for
// cyclic structures, by comparing with the message the runtime produces
// for a known cyclic object (Node does the same).
func isCircularJSONError(c *ctx, ex *goja.Exception) bool {
	o, ok := ex.Value().(*goja.Object)
	if !ok {
		return false
	}
	if c.toString(c.get(o, "name"), "") != "TypeError" {
		return false
	}
	msg := firstLine(c.toString(c.get(o, "message"), ""))
	a := c.rt.NewObject()
	_ = a.Set("a", a)
	_, err := c.intr.jsonStringify(goja.Undefined(), a)
	cex, ok := err.(*goja.Exception)
	if !ok {
		return false
	}
	co, ok := cex.Value().(*goja.Object)
	if !ok {
		return false
	}
	return firstLine(c.toString(c.get(co, "message"), "")) == msg
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// hasBuiltInToString is Node's hasBuiltInToString.
func (c *ctx) hasBuiltInToString(value *goja.Object) bool {
	if kindOf(value) == kindProxy {
		p, _ := value.Export().(goja.Proxy)
		t := p.Target()
		if t == nil {
			return true
		}
		value = t
	}
	hasOwn := func(o *goja.Object, key goja.Value) bool {
		_, found := c.getOwnDesc(o, key)
		return found
	}
	checkToString, checkToPrimitive := true, true
	toStringKey := c.rt.ToValue("toString")
	if !isFunc(c.get(value, "toString")) {
		var prim goja.Value
		c.try(func() { prim = value.GetSymbol(goja.SymToPrimitive) })
		if !isFunc(prim) {
			return true
		} else if hasOwn(value, goja.SymToPrimitive) {
			return false
		}
		checkToString = false
	} else if hasOwn(value, toStringKey) {
		return false
	} else {
		var prim goja.Value
		c.try(func() { prim = value.GetSymbol(goja.SymToPrimitive) })
		if !isFunc(prim) {
			checkToPrimitive = false
		} else if hasOwn(value, goja.SymToPrimitive) {
			return false
		}
	}
	pointer := value
	for i := 0; ; i++ {
		var next *goja.Object
		if !c.try(func() { next = pointer.Prototype() }) || next == nil || i > maxPrototypeChain {
			return true
		}
		pointer = next
		if (checkToString && hasOwn(pointer, toStringKey)) ||
			(checkToPrimitive && hasOwn(pointer, goja.SymToPrimitive)) {
			break
		}
	}
	d, found := c.getOwnDesc(pointer, c.rt.ToValue("constructor"))
	if !found {
		return false
	}
	ctor, ok := d.value.(*goja.Object)
	if !ok || !isFunc(ctor) {
		return false
	}
	return isBuiltinName(c.toString(c.get(ctor, "name"), ""))
}
