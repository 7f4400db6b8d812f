package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/fetch"
)

// installFetch defines fetch, Request, Response and Headers (package fetch, over Go's
// net/http). They compile on first use; the permission policy guards every hop.
func (h *Host) installFetch() {
	module := fetch.New(h.loop, fetch.Options{Policy: h.opts.Permissions})
	h.fetch = module
	for _, name := range fetch.Globals {
		name := name
		h.lazyGlobal(name, func() goja.Value { return module.Global(name) })
	}
}
