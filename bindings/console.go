package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/console"
)

// installConsole installs the global console and require('console'); it shares the
// util module's Inspector, so util.inspect.defaultOptions also shape console.log.
func (h *Host) installConsole() {
	c := console.New(h.rt, console.Options{Stdout: h.stdout, Stderr: h.stderr, Now: h.loop.Now, Inspector: h.inspector})
	h.setGlobal("console", c)
	h.registerModule("console", func(*goja.Runtime, *goja.Object) goja.Value { return c })
}
