package inspect

import (
	"math"

	"github.com/dop251/goja"
)

// Options controls Inspect. It mirrors the options of Node's util.inspect.
// Start from DefaultOptions() and change the fields you need: the zero
// value is not the default (it means depth 0, breakLength 0, compact false).
type Options struct {
	// Depth is how many levels of nested objects are shown (Node's depth).
	// The default is 2; a negative value means unlimited (Node's
	// depth: null or Infinity).
	Depth int
	// BreakLength is the line length at which entries are split over
	// several lines (default 80). Use math.MaxInt for Node's Infinity.
	BreakLength int
	// Compact is Node's compact option (default 3): the number of inner
	// levels that may be combined on a single line. 0 means Node's
	// compact: false; a negative value means Node's legacy compact: true.
	Compact int
	// MaxArrayLength is the maximum number of array, Set, Map and typed
	// array entries shown (default 100). Use math.MaxInt for unlimited.
	MaxArrayLength int
	// MaxStringLength is the maximum number of characters (UTF-16 code
	// units) of a string shown (default 10000). Use math.MaxInt for
	// unlimited.
	MaxStringLength int
	// ShowHidden shows non-enumerable properties and symbols.
	ShowHidden bool
	// Sorted sorts object keys and Map/Set entries.
	Sorted bool

	// Colors adds ANSI color codes like Node's colors: true.
	Colors bool
	// IgnoreCustomInspect disables calling [util.inspect.custom] methods
	// (Node's customInspect: false).
	IgnoreCustomInspect bool
	// ShowProxy shows Proxy objects as Proxy [ target, handler ].
	ShowProxy bool
	// Getters invokes getters and shows their value (Node's getters: true).
	Getters bool
	// NumericSeparator adds underscores every three digits.
	NumericSeparator bool
}

// DefaultOptions returns Node v20's default util.inspect options.
func DefaultOptions() Options {
	return Options{
		Depth:           2,
		BreakLength:     80,
		Compact:         3,
		MaxArrayLength:  100,
		MaxStringLength: 10000,
	}
}

const (
	gettersOff = iota
	gettersAll
	gettersGet
	gettersSet
)

// config is the internal, fully resolved set of options (Node's ctx
// fields). It can express everything util.inspect accepts from JavaScript.
type config struct {
	depth            float64 // +Inf means unlimited
	depthNull        bool    // depth was null (reported to custom inspectors)
	colors           bool
	customInspect    bool
	showHidden       bool
	showProxy        bool
	maxArrayLength   int // math.MaxInt means Infinity
	maxStringLength  int
	breakLength      int
	compact          float64
	compactTrue      bool
	sorted           bool
	sortFn           goja.Callable
	sortFnValue      goja.Value
	getters          int
	numericSeparator bool
	userOptions      *goja.Object
}

func defaultConfig() config {
	return DefaultOptions().config()
}

func (o Options) config() config {
	c := config{
		depth:            float64(o.Depth),
		colors:           o.Colors,
		customInspect:    !o.IgnoreCustomInspect,
		showHidden:       o.ShowHidden,
		showProxy:        o.ShowProxy,
		maxArrayLength:   o.MaxArrayLength,
		maxStringLength:  o.MaxStringLength,
		breakLength:      o.BreakLength,
		compact:          float64(o.Compact),
		sorted:           o.Sorted,
		numericSeparator: o.NumericSeparator,
	}
	if o.Depth < 0 {
		c.depth = math.Inf(1)
		c.depthNull = true
	}
	if o.Compact < 0 {
		c.compactTrue = true
	}
	if o.Getters {
		c.getters = gettersAll
	}
	if c.maxArrayLength < 0 {
		c.maxArrayLength = 0
	}
	if c.maxStringLength < 0 {
		c.maxStringLength = 0
	}
	return c
}

// options converts a config back to the public Options (lossy).
func (c config) options() Options {
	o := Options{
		Depth:               int(math.Min(c.depth, math.MaxInt32)),
		BreakLength:         c.breakLength,
		Compact:             int(c.compact),
		MaxArrayLength:      c.maxArrayLength,
		MaxStringLength:     c.maxStringLength,
		ShowHidden:          c.showHidden,
		Sorted:              c.sorted,
		Colors:              c.colors,
		IgnoreCustomInspect: !c.customInspect,
		ShowProxy:           c.showProxy,
		Getters:             c.getters != gettersOff,
		NumericSeparator:    c.numericSeparator,
	}
	if math.IsInf(c.depth, 1) || math.IsNaN(c.depth) {
		o.Depth = -1
	}
	if c.compactTrue {
		o.Compact = -1
	}
	return o
}

// isInspectOption reports whether key is one of Node's inspectDefaultOptions.
func isInspectOption(key string) bool {
	switch key {
	case "showHidden", "depth", "colors", "customInspect", "showProxy", "maxArrayLength",
		"maxStringLength", "breakLength", "compact", "sorted", "getters", "numericSeparator":
		return true
	}
	return false
}

// toIntOption converts a JavaScript number option to an int, mapping
// Infinity to math.MaxInt and negative numbers and NaN to 0.
func toIntOption(v goja.Value) int {
	f := v.ToFloat()
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0
	case f >= math.MaxInt32*1024.0:
		return math.MaxInt
	}
	return int(f)
}

// setOption applies one util.inspect option given as a JavaScript value.
// Conversions of exotic values may throw; callers run it inside rt.Try.
func (c *config) setOption(key string, v goja.Value) {
	if v == nil {
		v = goja.Undefined()
	}
	switch key {
	case "showHidden":
		c.showHidden = v.ToBoolean()
	case "depth":
		c.depthNull = false
		switch {
		case goja.IsNull(v):
			c.depth = math.Inf(1)
			c.depthNull = true
		case goja.IsUndefined(v):
			// `recurseTimes > undefined` is always false in Node.
			c.depth = math.Inf(1)
		default:
			c.depth = v.ToFloat()
			if math.IsNaN(c.depth) {
				c.depth = math.Inf(1)
			}
		}
	case "colors":
		c.colors = v.ToBoolean()
	case "customInspect":
		c.customInspect = v.ToBoolean()
	case "showProxy":
		c.showProxy = v.ToBoolean()
	case "maxArrayLength":
		if goja.IsNull(v) {
			c.maxArrayLength = math.MaxInt
		} else {
			c.maxArrayLength = toIntOption(v)
		}
	case "maxStringLength":
		if goja.IsNull(v) {
			c.maxStringLength = math.MaxInt
		} else {
			c.maxStringLength = toIntOption(v)
		}
	case "breakLength":
		c.breakLength = toIntOption(v)
	case "compact":
		c.compactTrue = false
		if isBoolean(v) {
			if v.ToBoolean() {
				c.compactTrue = true
			} else {
				c.compact = 0
			}
			return
		}
		if goja.IsNumber(v) {
			c.compact = v.ToFloat()
		} else {
			c.compact = 0
		}
	case "sorted":
		c.sortFn, c.sortFnValue = nil, nil
		if fn, ok := goja.AssertFunction(v); ok {
			c.sorted = true
			c.sortFn = fn
			c.sortFnValue = v
		} else {
			c.sorted = v.ToBoolean()
		}
	case "getters":
		c.getters = gettersOff
		if goja.IsString(v) {
			switch v.String() {
			case "get":
				c.getters = gettersGet
			case "set":
				c.getters = gettersSet
			}
		} else if isBoolean(v) && v.ToBoolean() {
			c.getters = gettersAll
		}
	case "numericSeparator":
		c.numericSeparator = v.ToBoolean()
	}
}

// applyJSOptions overlays a util.inspect options object on c, following
// Node: known keys are copied, any other key makes the whole object the
// "userOptions" passed through to custom inspectors.
func (c *config) applyJSOptions(opts *goja.Object) {
	for _, key := range opts.Keys() {
		if isInspectOption(key) {
			c.setOption(key, opts.Get(key))
		} else if c.userOptions == nil && key != "stylize" {
			c.userOptions = opts
		}
	}
}
