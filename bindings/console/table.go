package console

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/inspect"
)

const (
	keyKey    = "Key"
	valuesKey = "Values"
	indexKey  = "(index)"
	iterKey   = "(iteration index)"
)

// column is a possibly sparse column of table cells (a JS array with holes).
type column struct {
	cells map[int]string
	n     int // JS length: highest index + 1
}

func (col *column) set(i int, s string) {
	if col.cells == nil {
		col.cells = map[int]string{}
	}
	col.cells[i] = s
	if i+1 > col.n {
		col.n = i + 1
	}
}

func denseColumn(cells []string) *column {
	col := &column{}
	for i, s := range cells {
		col.set(i, s)
	}
	return col
}

// table implements console.table(tabularData, properties) like Node v20.
func (c *console) table(call goja.FunctionCall) goja.Value {
	rt := c.rt
	data := call.Argument(0)
	propsV := call.Argument(1)
	var properties []string
	hasProperties := false
	if !goja.IsUndefined(propsV) {
		po, ok := propsV.(*goja.Object)
		if !ok || !inspect.IsArray(po) {
			c.throwInvalidArgType("properties", "an instance of Array", propsV)
		}
		hasProperties = true
		n := int(po.Get("length").ToInteger())
		properties = make([]string, 0, n)
		for i := 0; i < n; i++ {
			v := po.Get(strconv.Itoa(i))
			if _, isSym := v.(*goja.Symbol); isSym {
				continue
			}
			properties = append(properties, v.String())
		}
	}

	obj, ok := data.(*goja.Object)
	if !ok || isCallable(obj) {
		c.callMethod("log", c.log, data)
		return goja.Undefined()
	}

	optsObj := map[float64]*goja.Object{}
	inspectCell := func(v goja.Value) string {
		depth := 0.0
		if o, ok := v.(*goja.Object); ok && !isArrayLike(o) && len(o.Keys()) > 2 {
			depth = -1
		}
		jo := optsObj[depth]
		if jo == nil {
			jo = rt.NewObject()
			_ = jo.Set("depth", depth)
			_ = jo.Set("maxArrayLength", 3)
			_ = jo.Set("breakLength", math.Inf(1))
			optsObj[depth] = jo
		}
		s, err := c.in.TryInspectWithJSOptions(v, c.baseOptions(), jo)
		if err != nil {
			panic(err)
		}
		return s
	}
	indexArray := func(n int) *column {
		col := &column{}
		for i := 0; i < n; i++ {
			col.set(i, inspectCell(rt.ToValue(i)))
		}
		return col
	}
	final := func(head []string, cols []*column) {
		c.callMethod("log", c.log, rt.ToValue(c.renderTable(head, cols)))
	}

	switch {
	case inspect.IsMap(obj):
		var keys, values []string
		forEachEntry(rt, obj, "entries", func(v goja.Value) {
			e := v.(*goja.Object)
			keys = append(keys, inspectCell(e.Get("0")))
			values = append(values, inspectCell(e.Get("1")))
		})
		final([]string{iterKey, keyKey, valuesKey},
			[]*column{indexArray(len(keys)), denseColumn(keys), denseColumn(values)})
		return goja.Undefined()
	case inspect.IsSet(obj):
		var values []string
		forEachEntry(rt, obj, "values", func(v goja.Value) {
			values = append(values, inspectCell(v))
		})
		final([]string{iterKey, valuesKey}, []*column{indexArray(len(values)), denseColumn(values)})
		return goja.Undefined()
	}

	colMap := newOrderedColumns()
	hasPrimitives := false
	valuesCol := &column{}
	indexKeys := obj.Keys()
	for i, k := range indexKeys {
		item := obj.Get(k)
		if item == nil {
			item = goja.Undefined()
		}
		itemObj, isObj := item.(*goja.Object)
		primitive := !isObj
		if !hasProperties && primitive {
			hasPrimitives = true
			valuesCol.set(i, inspectCell(item))
			continue
		}
		keys := properties
		if !hasProperties {
			keys = itemObj.Keys()
		}
		for _, key := range keys {
			col := colMap.get(key)
			if (primitive && hasProperties) || !hasOwn(rt, itemObj, key) {
				col.set(i, "")
			} else {
				col.set(i, inspectCell(itemObj.Get(key)))
			}
		}
	}
	head, cols := colMap.list()
	if hasPrimitives {
		head = append(head, valuesKey)
		cols = append(cols, valuesCol)
	}
	head = append([]string{indexKey}, head...)
	cols = append([]*column{denseColumn(indexKeys)}, cols...)
	final(head, cols)
	return goja.Undefined()
}

func isCallable(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}

// isArrayLike is Node's isArray helper in console.table: arrays and typed
// arrays.
func isArrayLike(o *goja.Object) bool {
	return inspect.IsArray(o) || inspect.IsTypedArray(o)
}

func forEachEntry(rt *goja.Runtime, o *goja.Object, method string, f func(goja.Value)) {
	fn, ok := goja.AssertFunction(o.Get(method))
	if !ok {
		return
	}
	it, err := fn(o)
	if err != nil {
		panic(err)
	}
	rt.ForOf(it, func(v goja.Value) bool {
		f(v)
		return true
	})
}

func hasOwn(rt *goja.Runtime, o *goja.Object, key string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == key {
			return true
		}
	}
	return false
}

// orderedColumns keeps column keys in the order Object.keys would list the
// properties of Node's `map` object: integer keys ascending, then the other
// keys in insertion order.
type orderedColumns struct {
	cols  map[string]*column
	order []string
}

func newOrderedColumns() *orderedColumns {
	return &orderedColumns{cols: map[string]*column{}}
}

func (oc *orderedColumns) get(key string) *column {
	col := oc.cols[key]
	if col == nil {
		col = &column{}
		oc.cols[key] = col
		oc.order = append(oc.order, key)
	}
	return col
}

func isIndexKey(key string) (uint64, bool) {
	if key == "" || len(key) > 10 || (len(key) > 1 && key[0] == '0') {
		return 0, false
	}
	n, err := strconv.ParseUint(key, 10, 64)
	if err != nil || n >= 1<<32-1 {
		return 0, false
	}
	return n, true
}

func (oc *orderedColumns) list() ([]string, []*column) {
	var ints, strs []string
	for _, k := range oc.order {
		if _, ok := isIndexKey(k); ok {
			ints = append(ints, k)
		} else {
			strs = append(strs, k)
		}
	}
	sort.SliceStable(ints, func(i, j int) bool {
		a, _ := isIndexKey(ints[i])
		b, _ := isIndexKey(ints[j])
		return a < b
	})
	keys := append(ints, strs...)
	cols := make([]*column, len(keys))
	for i, k := range keys {
		cols[i] = oc.cols[k]
	}
	return keys, cols
}

// renderTable is Node's internal/cli_table.
func (c *console) renderTable(head []string, columns []*column) string {
	columnWidths := make([]int, len(head))
	for i, h := range head {
		columnWidths[i] = c.in.StringWidth(h, true)
	}
	longestColumn := 0
	for _, col := range columns {
		if col.n > longestColumn {
			longestColumn = col.n
		}
	}
	rows := make([][]string, longestColumn)
	for j := range rows {
		rows[j] = make([]string, len(head))
	}
	for i := range head {
		col := columns[i]
		for j := 0; j < longestColumn; j++ {
			value := col.cells[j]
			rows[j][i] = value
			if w := c.in.StringWidth(value, true); w > columnWidths[i] {
				columnWidths[i] = w
			}
		}
	}
	divider := make([]string, len(columnWidths))
	for i, w := range columnWidths {
		divider[i] = strings.Repeat("─", w+2)
	}
	renderRow := func(row []string) string {
		var b strings.Builder
		b.WriteString("│ ")
		for i, cell := range row {
			needed := columnWidths[i] - c.in.StringWidth(cell, true)
			b.WriteString(cell)
			if needed > 0 {
				b.WriteString(strings.Repeat(" ", needed))
			}
			if i != len(row)-1 {
				b.WriteString(" │ ")
			}
		}
		b.WriteString(" │")
		return b.String()
	}
	var b strings.Builder
	b.WriteString("┌" + strings.Join(divider, "┬") + "┐\n")
	b.WriteString(renderRow(head) + "\n")
	b.WriteString("├" + strings.Join(divider, "┼") + "┤\n")
	for _, row := range rows {
		b.WriteString(renderRow(row) + "\n")
	}
	b.WriteString("└" + strings.Join(divider, "┴") + "┘")
	return b.String()
}

func (c *console) throwInvalidArgType(name, expected string, v goja.Value) {
	msg := `The "` + name + `" argument must be ` + expected + `. Received ` + describe(c.rt, v)
	e := c.rt.NewTypeError(msg)
	_ = e.Set("name", "TypeError [ERR_INVALID_ARG_TYPE]")
	_ = e.Get("stack")
	_ = e.Delete("name")
	_ = e.Set("code", "ERR_INVALID_ARG_TYPE")
	panic(e)
}

// describe is Node's determineSpecificType (simplified for objects).
func describe(rt *goja.Runtime, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	case goja.IsString(v):
		s := v.String()
		if len(s) > 28 {
			s = s[:25] + "..."
		}
		return "type string ('" + s + "')"
	case goja.IsNumber(v):
		return "type number (" + inspect.Inspect(rt, v, inspect.DefaultOptions()) + ")"
	case goja.IsBigInt(v):
		return "type bigint (" + v.String() + "n)"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return "type symbol (Symbol(" + s.String() + "))"
	}
	if o, ok := v.(*goja.Object); ok {
		if isCallable(o) {
			return "function " + o.Get("name").String()
		}
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			return "an instance of " + ctor.Get("name").String()
		}
		return inspect.Inspect(rt, v, inspect.DefaultOptions())
	}
	return "type boolean (" + v.String() + ")"
}
