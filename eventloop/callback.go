package eventloop

import "github.com/dop251/goja"

// Callback is a task's work: a JS function called with This and Args, or a Go
// function. Exactly one of Fn and Go is set.
type Callback struct {
	Fn   goja.Callable
	This goja.Value
	Args []goja.Value
	Go   func(rt *goja.Runtime) error
}

// JSCallback makes a Callback for the JS function fn. It reports false when fn is
// not callable. args are used as they are: copy them first if they alias a
// goja.FunctionCall's arguments.
func JSCallback(fn goja.Value, this goja.Value, args []goja.Value) (Callback, bool) {
	callable, ok := goja.AssertFunction(fn)
	if !ok {
		return Callback{}, false
	}
	if this == nil {
		this = goja.Undefined()
	}
	return Callback{Fn: callable, This: this, Args: args}, true
}

func (c *Callback) call(rt *goja.Runtime) error {
	if c.Go != nil {
		return c.Go(rt)
	}
	if c.Fn == nil {
		return nil
	}
	_, err := c.Fn(c.This, c.Args...)
	return err
}
