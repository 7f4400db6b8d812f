// Package dynprops stores the own properties a script sets on a host object that is a
// goja dynamic object (a Timeout, an Immediate, a serve() handler's info), so that the
// object stays cheap to make and keeps its Go value reachable through Export. Embed a
// Props in the Go value and pass a pointer to it to goja.Runtime.NewDynamicObject; only
// the goroutine that runs the object's runtime touches it.
package dynprops

import (
	"slices"

	"github.com/dop251/goja"
)

// Props is a goja.DynamicObject whose properties are the ones a script set, in the
// order it first set them. The zero value holds none and allocates nothing until the
// first is set.
type Props struct {
	keys  []string
	props map[string]goja.Value
}

// Get returns the property, or nil (then goja looks it up on the prototype).
func (d *Props) Get(key string) goja.Value {
	if d.props == nil {
		return nil
	}
	return d.props[key]
}

// Set sets the property; it always succeeds.
func (d *Props) Set(key string, val goja.Value) bool {
	if d.props == nil {
		d.props = make(map[string]goja.Value)
	}
	if _, ok := d.props[key]; !ok {
		d.keys = append(d.keys, key)
	}
	d.props[key] = val
	return true
}

// Has reports whether the script set the property.
func (d *Props) Has(key string) bool {
	_, ok := d.props[key]
	return ok
}

// Delete removes the property; it always succeeds.
func (d *Props) Delete(key string) bool {
	if _, ok := d.props[key]; ok {
		delete(d.props, key)
		d.keys = slices.DeleteFunc(d.keys, func(k string) bool { return k == key })
	}
	return true
}

// Keys returns the properties' names, in the order they were first set.
func (d *Props) Keys() []string { return slices.Clone(d.keys) }
