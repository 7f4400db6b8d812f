package fs

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/perm"
)

// SysError is a failed system call as Node reports it (its uvException): the JS error
// has the message "ENOENT: no such file or directory, open 'x'" and the properties
// errno, code, syscall, and path and dest when the call had them.
type SysError struct {
	Err     error  // what failed, holding the errno
	Syscall string // Node's name for the call: open, scandir, copyfile …
	Path    string // the path as the script gave it, if the call had one
	Dest    string // the destination of rename, copyfile, link, symlink
	HasPath bool
	HasDest bool
	// Async marks an error delivered to a callback or promise: Node's have no stack
	// frames, so they print as [Error: …].
	Async bool
}

// NewSysError describes err from syscall on path ("" for none).
func NewSysError(err error, syscall, path string) *SysError {
	return &SysError{Err: err, Syscall: syscall, Path: path, HasPath: path != ""}
}

func newSysError2(err error, syscall, path, dest string) *SysError {
	return &SysError{Err: err, Syscall: syscall, Path: path, HasPath: true, Dest: dest, HasDest: true}
}

func (e *SysError) Unwrap() error { return e.Err }

func (e *SysError) Error() string {
	_, code, msg, ok := Errno(e.Err)
	var b strings.Builder
	if ok {
		b.WriteString(code + ": " + msg + ", " + e.Syscall)
	} else {
		b.WriteString(e.Err.Error() + ", " + e.Syscall)
	}
	if e.HasPath {
		b.WriteString(" '" + e.Path + "'")
	}
	if e.HasDest {
		b.WriteString(" -> '" + e.Dest + "'")
	}
	return b.String()
}

// JSValue makes the JS error (promise.ErrorToJS uses it). Must be called on the loop
// goroutine.
func (e *SysError) JSValue(rt *goja.Runtime) goja.Value {
	msg := e.Error()
	obj := newPlainError(rt, msg)
	errno, code, _, ok := Errno(e.Err)
	if ok {
		_ = obj.Set("errno", errno)
		_ = obj.Set("code", code)
	}
	_ = obj.Set("syscall", e.Syscall)
	if e.HasPath {
		_ = obj.Set("path", e.Path)
	}
	if e.HasDest {
		_ = obj.Set("dest", e.Dest)
	}
	if e.Async {
		setStack(rt, obj, "Error: "+msg)
	}
	return obj
}

// DeniedError is a permission denial, as a JS error named PermissionDenied with the
// code ERR_ACCESS_DENIED, the syscall and the path (or program) denied.
type DeniedError struct {
	Err     *perm.Error
	Syscall string
	Path    string
	Async   bool
}

func (e *DeniedError) Error() string { return e.Err.Error() }
func (e *DeniedError) Unwrap() error { return e.Err }

// JSValue makes the JS error. Must be called on the loop goroutine.
func (e *DeniedError) JSValue(rt *goja.Runtime) goja.Value {
	obj := newPlainError(rt, e.Err.Error())
	_ = obj.DefineDataProperty("name", rt.ToValue("PermissionDenied"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Set("code", "ERR_ACCESS_DENIED")
	if e.Syscall != "" {
		_ = obj.Set("syscall", e.Syscall)
	}
	if e.Path != "" {
		_ = obj.Set("path", e.Path)
	}
	if e.Async {
		setStack(rt, obj, "PermissionDenied: "+e.Err.Error())
	}
	return obj
}

// checked turns a policy's answer into a DeniedError for syscall on path.
func checked(err error, syscall, path string) error {
	var pe *perm.Error
	if errors.As(err, &pe) {
		return &DeniedError{Err: pe, Syscall: syscall, Path: path}
	}
	return err
}

// codeError is one of Node's internal errors thrown from Go: "RangeError [CODE]: msg".
type codeError struct {
	ctor, code, msg string
	props           func(rt *goja.Runtime, obj *goja.Object)
}

func (e *codeError) Error() string { return e.msg }

// JSValue makes the JS error. Must be called on the loop goroutine.
func (e *codeError) JSValue(rt *goja.Runtime) goja.Value {
	var obj *goja.Object
	if e.ctor == "Error" || e.ctor == "SystemError" {
		obj = newPlainError(rt, e.msg)
	} else if ctor, ok := goja.AssertConstructor(rt.Get(e.ctor)); ok {
		obj, _ = ctor(nil, rt.ToValue(e.msg))
	}
	if obj == nil {
		obj = newPlainError(rt, e.msg)
	}
	_ = obj.Set("code", e.code)
	if e.props != nil {
		e.props(rt, obj)
	}
	name := e.ctor
	if name == "SystemError" {
		_ = obj.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	setStackHeader(rt, obj, fmt.Sprintf("%s [%s]", name, e.code))
	toString := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		this := c.This.ToObject(rt)
		return rt.ToValue(fmt.Sprintf("%s [%s]: %s", this.Get("name"), e.code, this.Get("message")))
	})
	_ = obj.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// eisdirError is Node's ERR_FS_EISDIR SystemError of rm on a directory.
func eisdirError(path string) error {
	return &codeError{ctor: "SystemError", code: "ERR_FS_EISDIR",
		msg: "Path is a directory: rm returned EISDIR (is a directory) " + path,
		props: func(rt *goja.Runtime, obj *goja.Object) {
			info := rt.NewObject()
			_ = info.Set("code", "EISDIR")
			_ = info.Set("message", "is a directory")
			_ = info.Set("path", path)
			_ = info.Set("syscall", "rm")
			_ = info.Set("errno", 21)
			_ = obj.Set("info", info)
			_ = obj.Set("errno", 21)
			_ = obj.Set("syscall", "rm")
			_ = obj.Set("path", path)
		}}
}

func fileTooLargeError(size int64) error {
	return &codeError{ctor: "RangeError", code: "ERR_FS_FILE_TOO_LARGE",
		msg: fmt.Sprintf("File size (%d) is greater than 2 GiB", size)}
}

// newPlainError makes an instance of the runtime's own Error, whatever a script did to
// the global: a TypeError moved onto %Error.prototype%.
func newPlainError(rt *goja.Runtime, msg string) *goja.Object {
	obj := rt.NewTypeError(msg)
	if proto := obj.Prototype(); proto != nil && proto.Prototype() != nil {
		_ = obj.SetPrototype(proto.Prototype())
	}
	return obj
}

// setStack replaces an error's stack, as Node's errors made off the JS stack have
// only their header.
func setStack(rt *goja.Runtime, obj *goja.Object, stack string) {
	_ = obj.DefineDataProperty("stack", rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// setStackHeader makes the stack start with header instead of the error's name, as
// Node's coded errors read "TypeError [ERR_X]: message": goja renders the stack on
// first access from the name, then keeps it.
func setStackHeader(rt *goja.Runtime, obj *goja.Object, header string) {
	had := obj.GetOwnPropertyNames()
	hasName := false
	for _, n := range had {
		if n == "name" {
			hasName = true
		}
	}
	old := obj.Get("name")
	_ = obj.DefineDataProperty("name", rt.ToValue(header), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Get("stack")
	if hasName {
		_ = obj.DefineDataProperty("name", old, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	} else {
		_ = obj.Delete("name")
	}
}
