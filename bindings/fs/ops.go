package fs

import (
	"crypto/rand"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// The operations below run off the loop for the asynchronous API and on it for the
// synchronous one: they take and return plain Go values only. Each reports failures
// as Node does: a *SysError with Node's syscall name and the path as given, or a
// *DeniedError.

// statData is a stat(2) result in Node's field order.
type statData struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks int64
	atime, mtime, ctime, birthtime                               [2]int64 // seconds, nanoseconds
}

// maxReadFileSize is Node's kIoMaxLength: readFile refuses larger files.
const maxReadFileSize = 1<<31 - 1

// fileMode turns a numeric Unix mode into Go's FileMode (whose special bits differ).
func fileMode(mode int64) os.FileMode {
	fm := os.FileMode(mode & 0o777)
	if mode&0o4000 != 0 {
		fm |= os.ModeSetuid
	}
	if mode&0o2000 != 0 {
		fm |= os.ModeSetgid
	}
	if mode&0o1000 != 0 {
		fm |= os.ModeSticky
	}
	return fm
}

// checkOpen asks the policy for what flags would do to path.
func (m *Module) checkOpen(path string, flags int, syscall string) error {
	acc := flags & unix.O_ACCMODE
	if acc == unix.O_RDONLY || acc == unix.O_RDWR {
		if err := m.policy.CheckRead(path); err != nil {
			return checked(err, syscall, path)
		}
	}
	if acc != unix.O_RDONLY || flags&(unix.O_CREAT|unix.O_TRUNC|unix.O_APPEND) != 0 {
		if err := m.policy.CheckWrite(path); err != nil {
			return checked(err, syscall, path)
		}
	}
	return nil
}

func (m *Module) checkRead(path, syscall string) error {
	return checked(m.policy.CheckRead(path), syscall, path)
}

func (m *Module) checkWrite(path, syscall string) error {
	return checked(m.policy.CheckWrite(path), syscall, path)
}

func (m *Module) opOpen(path string, flags int, mode int64) (*os.File, error) {
	if err := m.checkOpen(path, flags, "open"); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, flags, fileMode(mode))
	if err != nil {
		return nil, NewSysError(err, "open", path)
	}
	return f, nil
}

// pread reads once at pos (or at the file offset when pos < 0), as read(2)/pread(2).
func pread(f *os.File, b []byte, pos int64) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	if pos < 0 {
		n, err := f.Read(b)
		if err == io.EOF {
			err = nil
		}
		return n, err
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, err
	}
	var n int
	var rerr error
	cerr := rc.Read(func(fd uintptr) bool {
		rerr = ignoringEINTR(func() (e error) { n, e = syscall.Pread(int(fd), b, pos); return })
		return rerr != syscall.EAGAIN
	})
	if rerr == nil {
		rerr = cerr
	}
	if n < 0 {
		n = 0
	}
	return n, rerr
}

// pwrite writes b at pos (or at the file offset when pos < 0); on a file opened for
// appending the data goes to the end whatever pos says, as on Linux.
func pwrite(f *os.File, b []byte, pos int64) (int, error) {
	if pos < 0 {
		return f.Write(b)
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, err
	}
	written := 0
	var werr error
	cerr := rc.Write(func(fd uintptr) bool {
		for written < len(b) {
			var n int
			werr = ignoringEINTR(func() (e error) { n, e = syscall.Pwrite(int(fd), b[written:], pos+int64(written)); return })
			if werr != nil {
				return werr != syscall.EAGAIN
			}
			written += n
		}
		return true
	})
	if werr == nil {
		werr = cerr
	}
	return written, werr
}

// readAll reads f from its offset to the end.
func readAll(f *os.File) ([]byte, error) {
	size := 0
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		if st.Size() > maxReadFileSize {
			return nil, fileTooLargeError(st.Size())
		}
		size = int(st.Size())
	}
	buf := make([]byte, 0, size+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, NewSysError(err, "read", "")
		}
		if len(buf) > maxReadFileSize {
			return nil, fileTooLargeError(int64(len(buf)))
		}
	}
}

func (m *Module) opReadFile(path string, flags int) ([]byte, error) {
	if err := m.checkOpen(path, flags, "open"); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return nil, NewSysError(err, "open", path)
	}
	defer f.Close()
	return readAll(f)
}

func writeAll(f *os.File, data []byte) error {
	for len(data) > 0 {
		n, err := f.Write(data)
		if err != nil {
			return NewSysError(err, "write", "")
		}
		data = data[n:]
	}
	return nil
}

func (m *Module) opWriteFile(path string, data []byte, flags int, mode int64) error {
	if err := m.checkOpen(path, flags, "open"); err != nil {
		return err
	}
	f, err := os.OpenFile(path, flags, fileMode(mode))
	if err != nil {
		return NewSysError(err, "open", path)
	}
	if err := writeAll(f, data); err != nil {
		_ = f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return NewSysError(err, "close", "")
	}
	return nil
}

func (m *Module) opStat(path string, lstat bool) (statData, error) {
	name := "stat"
	if lstat {
		name = "lstat"
	}
	if err := m.checkRead(path, name); err != nil {
		return statData{}, err
	}
	st, err := statPath(path, lstat)
	if err != nil {
		return st, NewSysError(err, name, path)
	}
	return st, nil
}

func fstatFile(f *os.File) (statData, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return statData{}, NewSysError(err, "fstat", "")
	}
	var st statData
	var serr error
	if cerr := rc.Control(func(fd uintptr) { st, serr = statFD(int(fd)) }); cerr != nil {
		serr = cerr
	}
	if serr != nil {
		return st, NewSysError(serr, "fstat", "")
	}
	return st, nil
}

// direntType is libuv's UV_DIRENT_* of a directory entry's type.
func direntType(mode os.FileMode) int {
	switch t := mode.Type(); {
	case t == 0:
		return 1
	case t&os.ModeDir != 0:
		return 2
	case t&os.ModeSymlink != 0:
		return 3
	case t&os.ModeNamedPipe != 0:
		return 4
	case t&os.ModeSocket != 0:
		return 5
	case t&os.ModeCharDevice != 0:
		return 6
	case t&os.ModeDevice != 0:
		return 7
	}
	return 0
}

type dirEntries struct {
	names []string
	types []int
}

func (m *Module) opReaddir(path string) (dirEntries, error) {
	if err := m.checkRead(path, "scandir"); err != nil {
		return dirEntries{}, err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return dirEntries{}, NewSysError(err, "scandir", path)
	}
	d := dirEntries{names: make([]string, len(entries)), types: make([]int, len(entries))}
	for i, e := range entries {
		d.names[i] = e.Name()
		d.types[i] = direntType(e.Type())
	}
	return d, nil
}

// dirname is the parent of p the way Node's C++ mkdirp computes it: no cleaning.
func dirname(p string) string {
	end := len(p)
	for end > 1 && p[end-1] == '/' {
		end--
	}
	i := strings.LastIndexByte(p[:end], '/')
	switch {
	case i < 0:
		return "."
	case i == 0:
		return "/"
	}
	return p[:i]
}

func (m *Module) opMkdir(path string, mode int64, recursive bool) (string, error) {
	if err := m.checkWrite(path, "mkdir"); err != nil {
		return "", err
	}
	mkdir := func(p string) error {
		return ignoringEINTR(func() error { return syscall.Mkdir(p, uint32(mode)) })
	}
	if !recursive {
		if err := mkdir(path); err != nil {
			return "", NewSysError(err, "mkdir", path)
		}
		return "", nil
	}
	// Node's MKDirpSync: climb to the first existing ancestor, then create downwards;
	// the result is the first directory created.
	first := ""
	stack := []string{path}
	for len(stack) > 0 {
		next := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		err := mkdir(next)
		switch err {
		case nil:
			if first == "" {
				first = next
			}
		case syscall.EACCES, syscall.ENOSPC, syscall.ENOTDIR, syscall.EPERM, syscall.EROFS:
			return "", NewSysError(err, "mkdir", path)
		case syscall.ENOENT:
			parent := dirname(next)
			if parent == next || parent == "." && next == "." {
				return "", NewSysError(err, "mkdir", path)
			}
			stack = append(stack, next, parent)
		default:
			st, serr := os.Stat(next)
			if serr != nil {
				return "", NewSysError(err, "mkdir", path)
			}
			if !st.IsDir() {
				if next == path {
					return "", NewSysError(syscall.EEXIST, "mkdir", path)
				}
				return "", NewSysError(syscall.ENOTDIR, "mkdir", path)
			}
		}
	}
	return first, nil
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func (m *Module) opMkdtemp(prefix string) (string, error) {
	if err := m.checkWrite(prefix+"XXXXXX", "mkdtemp"); err != nil {
		return "", err
	}
	max := big.NewInt(int64(len(tempChars)))
	for tries := 0; ; tries++ {
		var b strings.Builder
		b.WriteString(prefix)
		for range 6 {
			n, _ := rand.Int(rand.Reader, max)
			b.WriteByte(tempChars[n.Int64()])
		}
		p := b.String()
		err := ignoringEINTR(func() error { return syscall.Mkdir(p, 0o700) })
		if err == nil {
			return p, nil
		}
		if err != syscall.EEXIST || tries > 100 {
			return "", NewSysError(err, "mkdtemp", prefix+"XXXXXX")
		}
	}
}

func (m *Module) opRmdir(path string) error {
	if err := m.checkWrite(path, "rmdir"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Rmdir(path) }); err != nil {
		return NewSysError(err, "rmdir", path)
	}
	return nil
}

func (m *Module) opUnlink(path string) error {
	if err := m.checkWrite(path, "unlink"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Unlink(path) }); err != nil {
		return NewSysError(err, "unlink", path)
	}
	return nil
}

// opRm is Node's rm: lstat first (a missing path is fine with force), a directory
// only with recursive.
func (m *Module) opRm(path string, recursive, force bool) error {
	if err := m.checkWrite(path, "rm"); err != nil {
		return err
	}
	st, err := os.Lstat(path)
	if err != nil {
		if force && errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return NewSysError(err, "lstat", path)
	}
	if !st.IsDir() {
		if err := ignoringEINTR(func() error { return syscall.Unlink(path) }); err != nil {
			return NewSysError(err, "unlink", path)
		}
		return nil
	}
	if !recursive {
		return eisdirError(path)
	}
	if err := os.RemoveAll(path); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			name := "rm"
			if strings.Contains(pe.Op, "unlink") {
				name = "unlink"
			} else if strings.Contains(pe.Op, "rmdir") {
				name = "rmdir"
			}
			return NewSysError(pe.Err, name, pe.Path)
		}
		return NewSysError(err, "rm", path)
	}
	return nil
}

// opRmdirRecursive is the deprecated rmdir(path, { recursive: true }).
func (m *Module) opRmdirRecursive(path string) error {
	if err := m.checkWrite(path, "rmdir"); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err != nil {
		return NewSysError(err, "lstat", path)
	}
	if err := os.RemoveAll(path); err != nil {
		return NewSysError(err, "rmdir", path)
	}
	return nil
}

func (m *Module) opRename(from, to string) error {
	if err := m.checkWrite(from, "rename"); err != nil {
		return err
	}
	if err := m.checkWrite(to, "rename"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Rename(from, to) }); err != nil {
		return newSysError2(err, "rename", from, to)
	}
	return nil
}

// opCopyFile is libuv's uv_fs_copyfile: the destination gets the source's mode; mode
// COPYFILE_EXCL (1) fails when it exists.
func (m *Module) opCopyFile(src, dst string, mode int) error {
	if err := m.checkRead(src, "copyfile"); err != nil {
		return err
	}
	if err := m.checkWrite(dst, "copyfile"); err != nil {
		return err
	}
	fail := func(err error) error { return newSysError2(err, "copyfile", src, dst) }
	in, err := os.Open(src)
	if err != nil {
		return fail(err)
	}
	defer in.Close()
	srcSt, err := in.Stat()
	if err != nil {
		return fail(err)
	}
	if srcSt.IsDir() {
		return fail(syscall.EISDIR)
	}
	flags := os.O_WRONLY | os.O_CREATE
	if mode&1 != 0 {
		flags |= os.O_EXCL
	}
	out, err := os.OpenFile(dst, flags, srcSt.Mode().Perm())
	if err != nil {
		return fail(err)
	}
	dstSt, err := out.Stat()
	if err != nil {
		_ = out.Close()
		return fail(err)
	}
	if os.SameFile(srcSt, dstSt) {
		return out.Close()
	}
	if err := out.Truncate(0); err != nil {
		_ = out.Close()
		return fail(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close()
		return fail(err)
	}
	_ = out.Chmod(srcSt.Mode().Perm())
	if err := out.Close(); err != nil {
		return fail(err)
	}
	return nil
}

func (m *Module) opLink(existing, newPath string) error {
	if err := m.checkRead(existing, "link"); err != nil {
		return err
	}
	if err := m.checkWrite(newPath, "link"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Link(existing, newPath) }); err != nil {
		return newSysError2(err, "link", existing, newPath)
	}
	return nil
}

func (m *Module) opSymlink(target, path string) error {
	if err := m.checkWrite(path, "symlink"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Symlink(target, path) }); err != nil {
		return newSysError2(err, "symlink", target, path)
	}
	return nil
}

func (m *Module) opReadlink(path string) (string, error) {
	if err := m.checkRead(path, "readlink"); err != nil {
		return "", err
	}
	s, err := os.Readlink(path)
	if err != nil {
		return "", NewSysError(err, "readlink", path)
	}
	return s, nil
}

func (m *Module) opAccess(path string, mode uint32) error {
	if err := m.checkRead(path, "access"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Access(path, mode) }); err != nil {
		return NewSysError(err, "access", path)
	}
	return nil
}

func (m *Module) opExists(path string) bool {
	if m.policy.CheckRead(path) != nil {
		return false
	}
	return ignoringEINTR(func() error { return syscall.Access(path, unix.F_OK) }) == nil
}

// opRealpath resolves path as realpath(3). native reports failures as the realpath
// call (fs.realpath.native, fs.promises.realpath); otherwise as the lstat of the first
// component that failed, by its absolute path (Node's JS realpath).
func (m *Module) opRealpath(path string, native bool) (string, error) {
	if err := m.checkRead(path, "realpath"); err != nil {
		return "", err
	}
	resolved, failed, err := realpath(path)
	if err != nil {
		if native {
			return "", NewSysError(err, "realpath", path)
		}
		return "", NewSysError(err, "lstat", failed)
	}
	return resolved, nil
}

func realpath(path string) (resolved, failed string, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", path, err
	}
	rest := strings.Split(strings.TrimPrefix(abs, "/"), "/")
	cur := "/"
	links := 0
	for len(rest) > 0 {
		comp := rest[0]
		rest = rest[1:]
		switch comp {
		case "", ".":
			continue
		case "..":
			cur = filepath.Dir(cur)
			continue
		}
		next := filepath.Join(cur, comp)
		st, err := os.Lstat(next)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return "", next, err
		}
		if st.Mode()&os.ModeSymlink == 0 {
			if len(rest) > 0 && !st.IsDir() {
				return "", filepath.Join(next, rest[0]), syscall.ENOTDIR
			}
			cur = next
			continue
		}
		if links++; links > 40 {
			return "", next, syscall.ELOOP
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", next, err
		}
		if filepath.IsAbs(target) {
			cur = "/"
		}
		rest = append(strings.Split(target, "/"), rest...)
	}
	return cur, "", nil
}

func (m *Module) opChmod(path string, mode uint32) error {
	if err := m.checkWrite(path, "chmod"); err != nil {
		return err
	}
	if err := ignoringEINTR(func() error { return syscall.Chmod(path, mode) }); err != nil {
		return NewSysError(err, "chmod", path)
	}
	return nil
}

func (m *Module) opTruncate(path string, length int64) error {
	if err := m.checkWrite(path, "open"); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return NewSysError(err, "open", path)
	}
	defer f.Close()
	if err := f.Truncate(length); err != nil {
		return NewSysError(err, "ftruncate", "")
	}
	return nil
}

func toTimespec(sec float64) unix.Timespec {
	ns := int64(sec * 1e9)
	return unix.NsecToTimespec(ns)
}

func (m *Module) opUtimes(path string, atime, mtime float64, follow bool) error {
	name := "utime"
	if !follow {
		name = "lutime"
	}
	if err := m.checkWrite(path, name); err != nil {
		return err
	}
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	ts := []unix.Timespec{toTimespec(atime), toTimespec(mtime)}
	if err := ignoringEINTR(func() error { return unix.UtimesNanoAt(unix.AT_FDCWD, path, ts, flags) }); err != nil {
		return NewSysError(err, name, path)
	}
	return nil
}

func futimes(f *os.File, atime, mtime float64) error {
	tv := []unix.Timeval{unix.NsecToTimeval(int64(atime * 1e9)), unix.NsecToTimeval(int64(mtime * 1e9))}
	if err := withFD(f, func(fd int) error { return unix.Futimes(fd, tv) }); err != nil {
		return NewSysError(err, "futime", "")
	}
	return nil
}

// withFD runs fn with f's descriptor, retrying on EINTR.
func withFD(f *os.File, fn func(fd int) error) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if cerr := rc.Control(func(fd uintptr) { ferr = ignoringEINTR(func() error { return fn(int(fd)) }) }); cerr != nil {
		return cerr
	}
	return ferr
}
