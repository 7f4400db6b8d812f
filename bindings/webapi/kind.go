package webapi

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/internal/gojaimpl"
	"github.com/jsloop/jsloop/bindings/internal/sharedmem"
)

// kind is the internal ("brand") type of an object: what V8's serializer switches on.
type kind uint8

const (
	kPlain kind = iota
	kArray
	kFunction
	kMap
	kSet
	kWeakMap
	kWeakSet
	kDate
	kRegExp
	kError
	kNumber
	kString
	kBoolean
	kSymbol
	kBigInt
	kPromise
	kProxy
	kTypedArray
	kArrayBuffer
	kSharedArrayBuffer // an ArrayBuffer that sharedmem made a SharedArrayBuffer
	kDataView
	kArguments
	kIterator
	kGenerator
	kWeakRef
	kOther // an exotic object with internal state that cannot be cloned
)

// kindOf classifies o without calling JavaScript.
func kindOf(o *goja.Object) (k kind) {
	defer func() {
		if recover() != nil {
			k = kPlain
		}
	}()
	switch gojaimpl.TypeName(o) {
	case "*goja.arrayObject", "*goja.sparseArrayObject", "*goja.templatedArrayObject",
		"*goja.objectGoSlice", "*goja.objectGoSliceReflect", "*goja.objectGoArrayReflect", "*goja.dynamicArray":
		return kArray
	case "*goja.funcObject", "*goja.arrowFuncObject", "*goja.methodFuncObject", "*goja.nativeFuncObject",
		"*goja.boundFuncObject", "*goja.wrappedFuncObject", "*goja.templatedFuncObject", "*goja.classFuncObject",
		"*goja.asyncFuncObject", "*goja.asyncArrowFuncObject", "*goja.asyncMethodFuncObject",
		"*goja.generatorFuncObject", "*goja.generatorMethodFuncObject":
		return kFunction
	case "*goja.mapObject":
		return kMap
	case "*goja.setObject":
		return kSet
	case "*goja.weakMapObject":
		return kWeakMap
	case "*goja.weakSetObject":
		return kWeakSet
	case "*goja.dateObject":
		return kDate
	case "*goja.regexpObject":
		return kRegExp
	case "*goja.errorObject":
		return kError
	case "*goja.stringObject":
		return kString
	case "*goja.primitiveValueObject":
		switch o.ClassName() {
		case "Number":
			return kNumber
		case "Boolean":
			return kBoolean
		case "String":
			return kString
		}
		if o.ExportType() == reflect.TypeOf((*big.Int)(nil)) {
			return kBigInt
		}
		return kSymbol
	case "*goja.Promise":
		return kPromise
	case "*goja.proxyObject", "*goja.jsProxyObject":
		return kProxy
	case "*goja.typedArrayObject":
		return kTypedArray
	case "*goja.arrayBufferObject":
		if _, shared := sharedmem.Bytes(o); shared {
			return kSharedArrayBuffer
		}
		return kArrayBuffer
	case "*goja.dataViewObject":
		return kDataView
	case "*goja.argumentsObject":
		return kArguments
	case "*goja.mapIterObject", "*goja.setIterObject", "*goja.arrayIterObject", "*goja.stringIterObject",
		"*goja.regExpStringIterObject":
		return kIterator
	case "*goja.generatorObject":
		return kGenerator
	case "*goja.weakRefObject", "*goja.finalizationRegistryObject":
		return kWeakRef
	case "*goja.baseObject":
		if o.ClassName() == "Arguments" { // strict-mode arguments objects
			return kArguments
		}
		return kPlain
	case "*goja.templatedObject", "*goja.guardedObject", "*goja.objectGoMapSimple",
		"*goja.objectGoMapReflect", "*goja.objectGoReflect", "*goja.dynamicObject", "*goja.globalObject":
		return kPlain
	}
	switch o.ExportType() {
	case reflect.TypeOf(goja.Proxy{}):
		return kProxy
	case reflect.TypeOf((*goja.Promise)(nil)):
		return kPromise
	case reflect.TypeOf(goja.ArrayBuffer{}):
		return kArrayBuffer
	}
	switch o.ClassName() {
	case "Array":
		return kArray
	case "Function", "AsyncFunction", "GeneratorFunction":
		return kFunction
	case "Date":
		return kDate
	case "RegExp":
		return kRegExp
	case "Error":
		return kError
	case "Arguments":
		return kArguments
	case "Object":
		return kPlain
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kFunction
	}
	return kOther
}
