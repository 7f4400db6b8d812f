package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/childproc"
	"github.com/jsloop/jsloop/bindings/fs"
	"github.com/jsloop/jsloop/bindings/osmod"
)

// installSystem registers the modules that reach the operating system: fs,
// fs/promises (package fs), child_process (package childproc) and os (package osmod).
// Each is built on first require; the permission policy guards every call of fs and
// child_process (os only reads what the system says of itself, as Node's does).
func (h *Host) installSystem() {
	var files *fs.Module
	filesModule := func() *fs.Module {
		if files == nil {
			files = fs.New(h.loop, h.opts.Permissions, fs.WithRequire(h.requireBuiltin), fs.WithStdio(h.stdout, h.stderr))
		}
		return files
	}
	h.registerModule("fs", func(*goja.Runtime, *goja.Object) goja.Value { return filesModule().Exports() })
	h.registerModule("fs/promises", func(*goja.Runtime, *goja.Object) goja.Value { return filesModule().Promises() })
	h.registerModule("os", func(rt *goja.Runtime, _ *goja.Object) goja.Value {
		exports, err := osmod.New(rt, h.requireBuiltin)
		if err != nil {
			panic(err)
		}
		return exports
	})
	h.registerModule("child_process", func(*goja.Runtime, *goja.Object) goja.Value {
		return childproc.New(h.loop, h.opts.Permissions, childproc.WithRequire(h.requireBuiltin), childproc.WithStdio(h.stdout, h.stderr)).Exports()
	})
}
