package bindings

import (
	"slices"

	"github.com/dop251/goja"
)

// dynamicProps stores the own properties a script sets on a host object (a Timeout,
// an Immediate) that is a goja dynamic object, so that the object stays cheap to make
// and keeps its Go handle reachable through Export.
type dynamicProps struct {
	keys  []string
	props map[string]goja.Value
}

func (d *dynamicProps) Get(key string) goja.Value {
	if d.props == nil {
		return nil
	}
	return d.props[key]
}

func (d *dynamicProps) Set(key string, val goja.Value) bool {
	if d.props == nil {
		d.props = make(map[string]goja.Value)
	}
	if _, ok := d.props[key]; !ok {
		d.keys = append(d.keys, key)
	}
	d.props[key] = val
	return true
}

func (d *dynamicProps) Has(key string) bool {
	_, ok := d.props[key]
	return ok
}

func (d *dynamicProps) Delete(key string) bool {
	if _, ok := d.props[key]; ok {
		delete(d.props, key)
		d.keys = slices.DeleteFunc(d.keys, func(k string) bool { return k == key })
	}
	return true
}

func (d *dynamicProps) Keys() []string { return slices.Clone(d.keys) }
