package fs

import (
	"io"
	"os"
	"syscall"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"
	"golang.org/x/sys/unix"

	"github.com/jsloop/jsloop/promise"
)

// run is how every operation of the binding runs. With req undefined it is the
// synchronous API: work runs now, on the loop goroutine, and its error is thrown. With
// req a function it runs on its own goroutine, holding the loop alive, and req is
// called back on the loop goroutine with (err) or (null, result) — (null) when conv is
// nil — as Node calls its callbacks.
func run[T any](m *Module, op string, req goja.Value, work func() (T, error), conv func(T) goja.Value) goja.Value {
	cb, async := goja.AssertFunction(req)
	if !async {
		v, err := work()
		if err != nil {
			panic(m.errorValue(err, false))
		}
		if conv == nil {
			return goja.Undefined()
		}
		return conv(v)
	}
	complete := m.loop.Hold()
	hook := m.beforeOp
	go func() {
		if hook != nil {
			hook(op)
		}
		v, err := work()
		_ = complete(func(rt *goja.Runtime) error {
			var cerr error
			switch {
			case err != nil:
				_, cerr = cb(goja.Undefined(), m.errorValue(err, true))
			case conv == nil:
				_, cerr = cb(goja.Undefined(), goja.Null())
			default:
				_, cerr = cb(goja.Undefined(), goja.Null(), conv(v))
			}
			return cerr
		})
	}()
	return goja.Undefined()
}

// errorValue is the JS error for err; async ones have no stack frames, like Node's.
func (m *Module) errorValue(err error, async bool) goja.Value {
	if async {
		switch e := err.(type) {
		case *SysError:
			c := *e
			c.Async = true
			err = &c
		case *DeniedError:
			c := *e
			c.Async = true
			err = &c
		}
	}
	return promise.ErrorToJS(m.rt, err)
}

// file finds an open descriptor; 0, 1 and 2 are the process's standard streams.
func (m *Module) file(fd int64, syscallName string) (*os.File, error) {
	if f := m.fds.get(int(fd)); f != nil {
		return f, nil
	}
	switch fd {
	case 0:
		return os.Stdin, nil
	case 1:
		return os.Stdout, nil
	case 2:
		return os.Stderr, nil
	}
	return nil, NewSysError(syscall.EBADF, syscallName, "")
}

// stdioWriter is where a write to descriptor 1 or 2 goes when the script has not
// opened that number itself: the loop's stdout or stderr.
func (m *Module) stdioWriter(fd int64) io.Writer {
	if fd != 1 && fd != 2 || m.fds.get(int(fd)) != nil {
		return nil
	}
	if fd == 1 {
		return firstWriter(m.cfg.stdout, m.loop.Stdout(), os.Stdout)
	}
	return firstWriter(m.cfg.stderr, m.loop.Stderr(), os.Stderr)
}

// bytesOf is the memory of a TypedArray, DataView or ArrayBuffer (shared, not copied).
func (m *Module) bytesOf(v goja.Value) []byte {
	if ab, ok := v.Export().(goja.ArrayBuffer); ok {
		return ab.Bytes()
	}
	var b []byte
	if err := m.rt.ExportTo(v, &b); err != nil {
		panic(m.rt.NewTypeError("jsloop: not a buffer"))
	}
	return b
}

// dataOf is the bytes of a string (in enc) or buffer argument, copied.
func (m *Module) dataOf(v goja.Value, enc string) []byte {
	if s, ok := v.Export().(string); ok {
		return Encode(s, enc)
	}
	return append([]byte(nil), m.bytesOf(v)...)
}

func (m *Module) newBinding() *goja.Object {
	rt := m.rt
	b := rt.NewObject()
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	str := func(c goja.FunctionCall, i int) string { return c.Argument(i).String() }
	num := func(c goja.FunctionCall, i int) int64 { return c.Argument(i).ToInteger() }
	boolean := func(c goja.FunctionCall, i int) bool { return c.Argument(i).ToBoolean() }
	req := func(c goja.FunctionCall) goja.Value { return c.Argument(len(c.Arguments) - 1) }
	value := func(v any) goja.Value { return rt.ToValue(v) }
	str2 := func(s string) goja.Value { return rt.ToValue(s) }
	statConv := func(st statData) goja.Value {
		return rt.NewArray(st.dev, st.mode, st.nlink, st.uid, st.gid, st.rdev, st.blksize, st.ino, st.size,
			st.blocks, st.atime[0], st.atime[1], st.mtime[0], st.mtime[1], st.ctime[0], st.ctime[1],
			st.birthtime[0], st.birthtime[1])
	}
	none := func(fn func() error) func() (struct{}, error) {
		return func() (struct{}, error) { return struct{}{}, fn() }
	}

	set("open", func(c goja.FunctionCall) goja.Value {
		path, flags, mode := str(c, 0), int(num(c, 1)), num(c, 2)
		return run(m, "open", req(c), func() (int, error) {
			f, err := m.opOpen(path, flags, mode)
			if err != nil {
				return 0, err
			}
			return m.fds.add(f), nil
		}, func(fd int) goja.Value { return value(fd) })
	})
	set("close", func(c goja.FunctionCall) goja.Value {
		fd := num(c, 0)
		return run(m, "close", req(c), none(func() error {
			if fd >= 0 && fd <= 2 && m.fds.get(int(fd)) == nil {
				return nil // the standard streams stay open
			}
			f := m.fds.remove(int(fd))
			if f == nil {
				return NewSysError(syscall.EBADF, "close", "")
			}
			if err := f.Close(); err != nil {
				return NewSysError(err, "close", "")
			}
			return nil
		}), nil)
	})
	// read(fd, buffer, offset, length, position, req): position -1 reads at the file
	// offset. The async form reads into Go memory and copies on the loop.
	set("read", func(c goja.FunctionCall) goja.Value {
		fd, off, length, pos := num(c, 0), num(c, 2), num(c, 3), num(c, 4)
		dst := m.bytesOf(c.Argument(1))[off : off+length]
		r := req(c)
		if _, async := goja.AssertFunction(r); !async {
			return run(m, "read", r, func() (int, error) {
				f, err := m.file(fd, "read")
				if err != nil {
					return 0, err
				}
				n, err := pread(f, dst, pos)
				if err != nil {
					return n, NewSysError(err, "read", "")
				}
				return n, nil
			}, func(n int) goja.Value { return value(n) })
		}
		tmp := make([]byte, length)
		return run(m, "read", r, func() (int, error) {
			f, err := m.file(fd, "read")
			if err != nil {
				return 0, err
			}
			n, err := pread(f, tmp, pos)
			if err != nil {
				return n, NewSysError(err, "read", "")
			}
			return n, nil
		}, func(n int) goja.Value { copy(dst, tmp[:n]); return value(n) })
	})
	// write(fd, buffer, offset, length, position, req)
	set("write", func(c goja.FunctionCall) goja.Value {
		fd, off, length, pos := num(c, 0), num(c, 2), num(c, 3), num(c, 4)
		data := append([]byte(nil), m.bytesOf(c.Argument(1))[off:off+length]...)
		if w := m.stdioWriter(fd); w != nil {
			n, err := w.Write(data) // on the loop goroutine, in order with console output
			return run(m, "write", req(c), func() (int, error) {
				if err != nil {
					return n, NewSysError(err, "write", "")
				}
				return n, nil
			}, func(n int) goja.Value { return value(n) })
		}
		return run(m, "write", req(c), func() (int, error) {
			f, err := m.file(fd, "write")
			if err != nil {
				return 0, err
			}
			n, err := pwrite(f, data, pos)
			if err != nil {
				return n, NewSysError(err, "write", "")
			}
			return n, nil
		}, func(n int) goja.Value { return value(n) })
	})
	// readFile(pathOrFd, flags, encoding, req): a Buffer, or a string in encoding.
	set("readFile", func(c goja.FunctionCall) goja.Value {
		target, flags, enc := c.Argument(0), int(num(c, 1)), str(c, 2)
		conv := func(data []byte) goja.Value {
			if enc == "" || enc == "buffer" {
				return buffer.WrapBytes(rt, data)
			}
			return str2(Decode(data, enc))
		}
		if fdv, isFd := target.Export().(int64); isFd {
			return run(m, "readFile", req(c), func() ([]byte, error) {
				f, err := m.file(fdv, "read")
				if err != nil {
					return nil, err
				}
				return readAll(f)
			}, conv)
		}
		path := target.String()
		return run(m, "readFile", req(c), func() ([]byte, error) { return m.opReadFile(path, flags) }, conv)
	})
	// writeFile(pathOrFd, data, encoding, flags, mode, req)
	set("writeFile", func(c goja.FunctionCall) goja.Value {
		target, data, flags, mode := c.Argument(0), m.dataOf(c.Argument(1), str(c, 2)), int(num(c, 3)), num(c, 4)
		if fdv, isFd := target.Export().(int64); isFd {
			if w := m.stdioWriter(fdv); w != nil {
				_, err := w.Write(data)
				return run(m, "writeFile", req(c), none(func() error {
					if err != nil {
						return NewSysError(err, "write", "")
					}
					return nil
				}), nil)
			}
			return run(m, "writeFile", req(c), none(func() error {
				f, err := m.file(fdv, "write")
				if err != nil {
					return err
				}
				return writeAll(f, data)
			}), nil)
		}
		path := target.String()
		return run(m, "writeFile", req(c), none(func() error { return m.opWriteFile(path, data, flags, mode) }), nil)
	})
	set("stat", func(c goja.FunctionCall) goja.Value {
		path := str(c, 0)
		return run(m, "stat", req(c), func() (statData, error) { return m.opStat(path, false) }, statConv)
	})
	set("lstat", func(c goja.FunctionCall) goja.Value {
		path := str(c, 0)
		return run(m, "lstat", req(c), func() (statData, error) { return m.opStat(path, true) }, statConv)
	})
	set("fstat", func(c goja.FunctionCall) goja.Value {
		fd := num(c, 0)
		return run(m, "fstat", req(c), func() (statData, error) {
			f, err := m.file(fd, "fstat")
			if err != nil {
				return statData{}, err
			}
			return fstatFile(f)
		}, statConv)
	})
	// readdir(path, withTypes, req): names, or [names, types].
	set("readdir", func(c goja.FunctionCall) goja.Value {
		path, withTypes := str(c, 0), boolean(c, 1)
		return run(m, "readdir", req(c), func() (dirEntries, error) { return m.opReaddir(path) },
			func(d dirEntries) goja.Value {
				names := make([]any, len(d.names))
				for i, n := range d.names {
					names[i] = n
				}
				if !withTypes {
					return rt.NewArray(names...)
				}
				types := make([]any, len(d.types))
				for i, t := range d.types {
					types[i] = t
				}
				return rt.NewArray(rt.NewArray(names...), rt.NewArray(types...))
			})
	})
	set("mkdir", func(c goja.FunctionCall) goja.Value {
		path, mode, recursive := str(c, 0), num(c, 1), boolean(c, 2)
		return run(m, "mkdir", req(c), func() (string, error) { return m.opMkdir(path, mode, recursive) },
			func(first string) goja.Value {
				if first == "" {
					return goja.Undefined()
				}
				return str2(first)
			})
	})
	set("mkdtemp", func(c goja.FunctionCall) goja.Value {
		prefix := str(c, 0)
		return run(m, "mkdtemp", req(c), func() (string, error) { return m.opMkdtemp(prefix) }, str2)
	})
	set("rmdir", func(c goja.FunctionCall) goja.Value {
		path, recursive := str(c, 0), boolean(c, 1)
		return run(m, "rmdir", req(c), none(func() error {
			if recursive {
				return m.opRmdirRecursive(path)
			}
			return m.opRmdir(path)
		}), nil)
	})
	set("rm", func(c goja.FunctionCall) goja.Value {
		path, recursive, force := str(c, 0), boolean(c, 1), boolean(c, 2)
		return run(m, "rm", req(c), none(func() error { return m.opRm(path, recursive, force) }), nil)
	})
	set("unlink", func(c goja.FunctionCall) goja.Value {
		path := str(c, 0)
		return run(m, "unlink", req(c), none(func() error { return m.opUnlink(path) }), nil)
	})
	set("rename", func(c goja.FunctionCall) goja.Value {
		from, to := str(c, 0), str(c, 1)
		return run(m, "rename", req(c), none(func() error { return m.opRename(from, to) }), nil)
	})
	set("copyFile", func(c goja.FunctionCall) goja.Value {
		src, dst, mode := str(c, 0), str(c, 1), int(num(c, 2))
		return run(m, "copyFile", req(c), none(func() error { return m.opCopyFile(src, dst, mode) }), nil)
	})
	set("link", func(c goja.FunctionCall) goja.Value {
		a, b := str(c, 0), str(c, 1)
		return run(m, "link", req(c), none(func() error { return m.opLink(a, b) }), nil)
	})
	set("symlink", func(c goja.FunctionCall) goja.Value {
		target, path := str(c, 0), str(c, 1)
		return run(m, "symlink", req(c), none(func() error { return m.opSymlink(target, path) }), nil)
	})
	set("readlink", func(c goja.FunctionCall) goja.Value {
		path := str(c, 0)
		return run(m, "readlink", req(c), func() (string, error) { return m.opReadlink(path) }, str2)
	})
	set("access", func(c goja.FunctionCall) goja.Value {
		path, mode := str(c, 0), uint32(num(c, 1))
		return run(m, "access", req(c), none(func() error { return m.opAccess(path, mode) }), nil)
	})
	set("exists", func(c goja.FunctionCall) goja.Value {
		path := str(c, 0)
		return run(m, "exists", req(c), func() (bool, error) { return m.opExists(path), nil },
			func(ok bool) goja.Value { return value(ok) })
	})
	set("realpath", func(c goja.FunctionCall) goja.Value {
		path, native := str(c, 0), boolean(c, 1)
		return run(m, "realpath", req(c), func() (string, error) { return m.opRealpath(path, native) }, str2)
	})
	set("chmod", func(c goja.FunctionCall) goja.Value {
		path, mode := str(c, 0), uint32(num(c, 1))
		return run(m, "chmod", req(c), none(func() error { return m.opChmod(path, mode) }), nil)
	})
	set("fchmod", func(c goja.FunctionCall) goja.Value {
		fd, mode := num(c, 0), uint32(num(c, 1))
		return run(m, "fchmod", req(c), none(func() error {
			f, err := m.file(fd, "fchmod")
			if err != nil {
				return err
			}
			if err := withFD(f, func(fd int) error { return unix.Fchmod(fd, mode) }); err != nil {
				return NewSysError(err, "fchmod", "")
			}
			return nil
		}), nil)
	})
	set("truncate", func(c goja.FunctionCall) goja.Value {
		path, length := str(c, 0), num(c, 1)
		return run(m, "truncate", req(c), none(func() error { return m.opTruncate(path, length) }), nil)
	})
	set("ftruncate", func(c goja.FunctionCall) goja.Value {
		fd, length := num(c, 0), num(c, 1)
		return run(m, "ftruncate", req(c), none(func() error {
			f, err := m.file(fd, "ftruncate")
			if err != nil {
				return err
			}
			if err := f.Truncate(length); err != nil {
				return NewSysError(err, "ftruncate", "")
			}
			return nil
		}), nil)
	})
	set("utimes", func(c goja.FunctionCall) goja.Value {
		path, atime, mtime, follow := str(c, 0), c.Argument(1).ToFloat(), c.Argument(2).ToFloat(), boolean(c, 3)
		return run(m, "utimes", req(c), none(func() error { return m.opUtimes(path, atime, mtime, follow) }), nil)
	})
	set("futimes", func(c goja.FunctionCall) goja.Value {
		fd, atime, mtime := num(c, 0), c.Argument(1).ToFloat(), c.Argument(2).ToFloat()
		return run(m, "futimes", req(c), none(func() error {
			f, err := m.file(fd, "futime")
			if err != nil {
				return err
			}
			return futimes(f, atime, mtime)
		}), nil)
	})
	set("fsync", func(c goja.FunctionCall) goja.Value {
		fd := num(c, 0)
		return run(m, "fsync", req(c), none(func() error {
			f, err := m.file(fd, "fsync")
			if err != nil {
				return err
			}
			if err := f.Sync(); err != nil {
				return NewSysError(err, "fsync", "")
			}
			return nil
		}), nil)
	})
	// encode(string, encoding) is Buffer.from(string, encoding) for every encoding
	// Node knows; decode(buffer, encoding, start, end) is buffer.toString(encoding).
	set("encode", func(c goja.FunctionCall) goja.Value {
		return buffer.WrapBytes(rt, Encode(str(c, 0), str(c, 1)))
	})
	set("decode", func(c goja.FunctionCall) goja.Value {
		return str2(Decode(m.bytesOf(c.Argument(0)), str(c, 1)))
	})
	set("normalizeEncoding", func(c goja.FunctionCall) goja.Value {
		return str2(NormalizeEncoding(str(c, 0)))
	})
	_ = b.Set("constants", m.constants())
	return b
}

// constants is fs.constants in Node's order, with this platform's values.
func (m *Module) constants() *goja.Object {
	obj := m.rt.NewObject()
	for _, kv := range []struct {
		k string
		v int
	}{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
		{"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2}, {"UV_DIRENT_LINK", 3},
		{"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5}, {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7},
		{"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
		{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR}, {"S_IFCHR", unix.S_IFCHR},
		{"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO}, {"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
		{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL}, {"UV_FS_O_FILEMAP", 0}, {"O_NOCTTY", unix.O_NOCTTY},
		{"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND}, {"O_DIRECTORY", unix.O_DIRECTORY},
		{"O_NOATIME", oNoatime}, {"O_NOFOLLOW", unix.O_NOFOLLOW}, {"O_SYNC", unix.O_SYNC},
		{"O_DSYNC", unix.O_DSYNC}, {"O_DIRECT", oDirect}, {"O_NONBLOCK", unix.O_NONBLOCK},
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
		{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
		{"F_OK", unix.F_OK}, {"R_OK", unix.R_OK}, {"W_OK", unix.W_OK}, {"X_OK", unix.X_OK},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1}, {"UV_FS_COPYFILE_FICLONE", 2},
		{"COPYFILE_FICLONE", 2}, {"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	} {
		_ = obj.Set(kv.k, kv.v)
	}
	return obj
}

func firstWriter(ws ...io.Writer) io.Writer {
	for _, w := range ws {
		if w != nil {
			return w
		}
	}
	return nil
}
