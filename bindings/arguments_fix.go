package bindings

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// goja mis-compiles an arrow function that uses the `arguments` of the function
// around it, unless that function mentions `arguments` itself before the arrow: the
// binding is not moved to the closure's stash and reading it panics or returns the
// wrong value (checked on every goja version served: `function k() { return (() =>
// arguments[0])() } k(1)` panics). fixArrowArguments works around it: it finds such
// functions and puts an `arguments;` statement at the start of their body, after any
// directives. Only that line's columns move. Sources without both "arguments" and
// "=>" are returned unchanged without a walk.
func fixArrowArguments(name, src string) string {
	if !strings.Contains(src, "arguments") || !strings.Contains(src, "=>") {
		return src
	}
	prg, err := parser.ParseFile(nil, name, src, 0)
	if err != nil {
		return src // the real compile reports the error
	}
	w := &argumentsWalker{needs: map[*ast.FunctionLiteral]bool{}}
	w.walk(reflect.ValueOf(prg), nil, false)
	if len(w.needs) == 0 {
		return src
	}
	var offsets []int
	for fn := range w.needs {
		if fn.Body == nil {
			continue
		}
		at := int(fn.Body.LeftBrace) // an Idx is offset+1: the byte after "{"
		for _, st := range fn.Body.List {
			es, ok := st.(*ast.ExpressionStatement)
			if !ok {
				break
			}
			lit, ok := es.Expression.(*ast.StringLiteral)
			if !ok {
				break
			}
			at = int(lit.Idx1()) - 1
		}
		if at >= 0 && at <= len(src) {
			offsets = append(offsets, at)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(offsets)))
	for _, at := range offsets {
		src = src[:at] + ";arguments;" + src[at:]
	}
	return src
}

type argumentsWalker struct {
	needs map[*ast.FunctionLiteral]bool
}

var (
	astPkg         = reflect.TypeOf(ast.Identifier{}).PkgPath()
	typeFunction   = reflect.TypeOf(&ast.FunctionLiteral{})
	typeArrow      = reflect.TypeOf(&ast.ArrowFunctionLiteral{})
	typeIdentifier = reflect.TypeOf(&ast.Identifier{})
	typeIdentValue = reflect.TypeOf(ast.Identifier{})
	typeClassLit   = reflect.TypeOf(&ast.ClassLiteral{})
	typeDotExpr    = reflect.TypeOf(&ast.DotExpression{})
)

// walk visits every AST node below v; fn is the innermost non-arrow function and
// inArrow says whether an arrow lies between it and v.
func (w *argumentsWalker) walk(v reflect.Value, fn *ast.FunctionLiteral, inArrow bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		switch v.Type() {
		case typeFunction:
			f := v.Interface().(*ast.FunctionLiteral)
			w.walk(v.Elem(), f, false)
			return
		case typeArrow:
			w.walk(v.Elem(), fn, true)
			return
		case typeClassLit:
			w.walk(v.Elem(), nil, false) // field initialisers cannot use arguments
			return
		case typeIdentifier:
			if inArrow && fn != nil && v.Interface().(*ast.Identifier).Name == "arguments" {
				w.needs[fn] = true
			}
			return
		}
		if v.Elem().Kind() == reflect.Struct && v.Elem().Type().PkgPath() == astPkg {
			w.walk(v.Elem(), fn, inArrow)
		}
	case reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), fn, inArrow)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.walk(v.Index(i), fn, inArrow)
		}
	case reflect.Struct:
		if v.Type() == typeIdentValue {
			return
		}
		if v.Type().PkgPath() != astPkg {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			w.walk(v.Field(i), fn, inArrow)
		}
	}
}
