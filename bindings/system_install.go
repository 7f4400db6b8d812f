package bindings

import (
	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/childproc"
	"github.com/jsloop/jsloop/bindings/fs"
)

// installSystem registers the modules that reach the operating system: fs,
// fs/promises (package fs) and child_process (package childproc). Each is built on
// first require; the permission policy guards every call.
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
	h.registerModule("child_process", func(*goja.Runtime, *goja.Object) goja.Value {
		return childproc.New(h.loop, h.opts.Permissions, childproc.WithRequire(h.requireBuiltin), childproc.WithStdio(h.stdout, h.stderr)).Exports()
	})
}
