package dynprops_test

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/internal/dynprops"
)

// A script sees a dynamic object with Props as an object with the properties it set,
// in the order it set them, as for an ordinary object; the prototype answers the rest.
func TestPropsAsAnObject(t *testing.T) {
	rt := goja.New()
	var p dynprops.Props
	o := rt.NewDynamicObject(&p)
	proto := rt.NewObject()
	require.NoError(t, proto.Set("fromProto", 7))
	require.NoError(t, o.SetPrototype(proto))
	require.NoError(t, rt.Set("o", o))
	v, err := rt.RunString(`
		o.b = 1; o.a = 2; o.b = 3; o.c = 4;
		delete o.a;
		JSON.stringify([Object.keys(o), o.b, 'a' in o, 'c' in o, o.fromProto, Object.hasOwn(o, 'fromProto')])
	`)
	require.NoError(t, err)
	assert.Equal(t, `[["b","c"],3,false,true,7,false]`, v.String())
	assert.Equal(t, []string{"b", "c"}, p.Keys())
	assert.True(t, p.Has("c"))
	assert.Nil(t, p.Get("a"))
}

func TestZeroPropsAllocateNothing(t *testing.T) {
	var p dynprops.Props
	allocs := testing.AllocsPerRun(100, func() {
		_ = p.Get("x")
		_ = p.Has("x")
		_ = p.Delete("x")
	})
	assert.Zero(t, allocs)
}
