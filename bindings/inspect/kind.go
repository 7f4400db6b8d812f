package inspect

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/gojaimpl"
)

// objKind is the internal ("brand") type of a JavaScript object, the
// equivalent of V8's internal type checks that Node's util.types exposes.
type objKind uint8

const (
	kindPlain objKind = iota
	kindArray
	kindFunction
	kindClass
	kindAsyncFunction
	kindGeneratorFunction
	kindMap
	kindSet
	kindWeakMap
	kindWeakSet
	kindDate
	kindRegExp
	kindError
	kindNumberObject
	kindStringObject
	kindBooleanObject
	kindSymbolObject
	kindBigIntObject
	kindPromise
	kindProxy
	kindTypedArray
	kindArrayBuffer
	kindDataView
	kindArguments
	kindMapIterator
	kindSetIterator
	kindGenerator
)

// kindOf classifies o. It never calls into JavaScript and never panics.
func kindOf(o *goja.Object) (k objKind) {
	defer func() {
		if recover() != nil {
			k = kindPlain
		}
	}()
	switch gojaimpl.TypeName(o) {
	case "*goja.arrayObject", "*goja.sparseArrayObject", "*goja.templatedArrayObject":
		return kindArray
	case "*goja.funcObject", "*goja.arrowFuncObject", "*goja.methodFuncObject",
		"*goja.nativeFuncObject", "*goja.boundFuncObject", "*goja.wrappedFuncObject",
		"*goja.templatedFuncObject":
		return kindFunction
	case "*goja.classFuncObject":
		return kindClass
	case "*goja.asyncFuncObject", "*goja.asyncArrowFuncObject", "*goja.asyncMethodFuncObject":
		return kindAsyncFunction
	case "*goja.generatorFuncObject", "*goja.generatorMethodFuncObject":
		return kindGeneratorFunction
	case "*goja.mapObject":
		return kindMap
	case "*goja.setObject":
		return kindSet
	case "*goja.weakMapObject":
		return kindWeakMap
	case "*goja.weakSetObject":
		return kindWeakSet
	case "*goja.dateObject":
		return kindDate
	case "*goja.regexpObject":
		return kindRegExp
	case "*goja.errorObject":
		return kindError
	case "*goja.stringObject":
		return kindStringObject
	case "*goja.primitiveValueObject":
		switch o.ClassName() {
		case "Number":
			return kindNumberObject
		case "Boolean":
			return kindBooleanObject
		case "String":
			return kindStringObject
		}
		if o.ExportType() == reflect.TypeOf((*big.Int)(nil)) {
			return kindBigIntObject
		}
		return kindSymbolObject
	case "*goja.Promise":
		return kindPromise
	case "*goja.proxyObject":
		return kindProxy
	case "*goja.typedArrayObject":
		return kindTypedArray
	case "*goja.arrayBufferObject":
		return kindArrayBuffer
	case "*goja.dataViewObject":
		return kindDataView
	case "*goja.argumentsObject":
		return kindArguments
	case "*goja.mapIterObject":
		return kindMapIterator
	case "*goja.setIterObject":
		return kindSetIterator
	case "*goja.generatorObject":
		return kindGenerator
	case "*goja.baseObject", "*goja.templatedObject", "*goja.objectGoMapSimple",
		"*goja.objectGoMapReflect", "*goja.objectGoReflect", "*goja.dynamicObject":
		return kindPlain
	case "*goja.objectGoSlice", "*goja.objectGoSliceReflect", "*goja.objectGoArrayReflect",
		"*goja.dynamicArray":
		return kindArray
	}
	return kindFallback(o)
}

// kindFallback guesses the kind from the public API only.
func kindFallback(o *goja.Object) objKind {
	switch o.ExportType() {
	case reflect.TypeOf(goja.Proxy{}):
		return kindProxy
	case reflect.TypeOf((*goja.Promise)(nil)):
		return kindPromise
	case reflect.TypeOf([][2]interface{}(nil)):
		return kindMap
	case reflect.TypeOf(goja.ArrayBuffer{}):
		return kindArrayBuffer
	}
	switch o.ClassName() {
	case "Array":
		return kindArray
	case "Function":
		return kindFunction
	case "AsyncFunction":
		return kindAsyncFunction
	case "GeneratorFunction":
		return kindGeneratorFunction
	case "Date":
		return kindDate
	case "RegExp":
		return kindRegExp
	case "Error":
		return kindError
	case "Number":
		return kindNumberObject
	case "String":
		return kindStringObject
	case "Boolean":
		return kindBooleanObject
	case "Arguments":
		return kindArguments
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kindFunction
	}
	return kindPlain
}

func (k objKind) isFunction() bool {
	return k == kindFunction || k == kindClass || k == kindAsyncFunction || k == kindGeneratorFunction
}

func (k objKind) isBoxed() bool {
	return k == kindNumberObject || k == kindStringObject || k == kindBooleanObject ||
		k == kindSymbolObject || k == kindBigIntObject
}

// IsMap reports whether v is a Map (util.types.isMap).
func IsMap(v goja.Value) bool { return hasKind(v, kindMap) }

// IsSet reports whether v is a Set (util.types.isSet).
func IsSet(v goja.Value) bool { return hasKind(v, kindSet) }

// IsArray reports whether v is an Array (Array.isArray, also through proxies).
func IsArray(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	k := kindOf(o)
	return k == kindArray || (k == kindProxy && effectiveProxyKind(o) == kindArray)
}

// IsTypedArray reports whether v is a typed array (util.types.isTypedArray).
func IsTypedArray(v goja.Value) bool { return hasKind(v, kindTypedArray) }

// IsNativeError reports whether v is an Error object created by an Error
// constructor (util.types.isNativeError).
func IsNativeError(v goja.Value) bool { return hasKind(v, kindError) }

func hasKind(v goja.Value, k objKind) bool {
	o, ok := v.(*goja.Object)
	return ok && kindOf(o) == k
}

// identityKey identifies an object for circular-reference detection.
type identityKey struct {
	obj *goja.Object
	typ reflect.Type
	ptr uintptr
}

// identityOf returns the object itself, or, for objects wrapping Go
// pointers, maps and slices (which goja wraps anew on every property
// access, so that a cyclic Go structure never yields the same *goja.Object
// twice), the Go reference they wrap.
func identityOf(o *goja.Object) (id identityKey) {
	id.obj = o
	switch gojaimpl.TypeName(o) {
	case "*goja.objectGoReflect", "*goja.objectGoMapReflect", "*goja.objectGoMapSimple",
		"*goja.objectGoSlice", "*goja.objectGoSliceReflect", "*goja.objectGoArrayReflect":
	default:
		return id
	}
	defer func() {
		if recover() != nil {
			id = identityKey{obj: o}
		}
	}()
	rv := reflect.ValueOf(o.Export())
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.UnsafePointer:
		if !rv.IsNil() {
			return identityKey{typ: rv.Type(), ptr: rv.Pointer()}
		}
	}
	return id
}
