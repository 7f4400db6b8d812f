package fs

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
)

// errnoInfo is libuv's name and message for an errno (uv_err_name, uv_strerror).
type errnoInfo struct{ code, message string }

// errnoTable is what Node's util.getSystemErrorMap() reports on Linux, keyed by the
// platform's own errno values.
var errnoTable = map[syscall.Errno]errnoInfo{
	syscall.EPERM:           {"EPERM", "operation not permitted"},
	syscall.ENOENT:          {"ENOENT", "no such file or directory"},
	syscall.ESRCH:           {"ESRCH", "no such process"},
	syscall.EINTR:           {"EINTR", "interrupted system call"},
	syscall.EIO:             {"EIO", "i/o error"},
	syscall.ENXIO:           {"ENXIO", "no such device or address"},
	syscall.E2BIG:           {"E2BIG", "argument list too long"},
	syscall.EBADF:           {"EBADF", "bad file descriptor"},
	syscall.EAGAIN:          {"EAGAIN", "resource temporarily unavailable"},
	syscall.ENOMEM:          {"ENOMEM", "not enough memory"},
	syscall.EACCES:          {"EACCES", "permission denied"},
	syscall.EFAULT:          {"EFAULT", "bad address in system call argument"},
	syscall.EBUSY:           {"EBUSY", "resource busy or locked"},
	syscall.EEXIST:          {"EEXIST", "file already exists"},
	syscall.EXDEV:           {"EXDEV", "cross-device link not permitted"},
	syscall.ENODEV:          {"ENODEV", "no such device"},
	syscall.ENOTDIR:         {"ENOTDIR", "not a directory"},
	syscall.EISDIR:          {"EISDIR", "illegal operation on a directory"},
	syscall.EINVAL:          {"EINVAL", "invalid argument"},
	syscall.ENFILE:          {"ENFILE", "file table overflow"},
	syscall.EMFILE:          {"EMFILE", "too many open files"},
	syscall.ENOTTY:          {"ENOTTY", "inappropriate ioctl for device"},
	syscall.ETXTBSY:         {"ETXTBSY", "text file is busy"},
	syscall.EFBIG:           {"EFBIG", "file too large"},
	syscall.ENOSPC:          {"ENOSPC", "no space left on device"},
	syscall.ESPIPE:          {"ESPIPE", "invalid seek"},
	syscall.EROFS:           {"EROFS", "read-only file system"},
	syscall.EMLINK:          {"EMLINK", "too many links"},
	syscall.EPIPE:           {"EPIPE", "broken pipe"},
	syscall.ERANGE:          {"ERANGE", "result too large"},
	syscall.ENAMETOOLONG:    {"ENAMETOOLONG", "name too long"},
	syscall.ENOSYS:          {"ENOSYS", "function not implemented"},
	syscall.ENOTEMPTY:       {"ENOTEMPTY", "directory not empty"},
	syscall.ELOOP:           {"ELOOP", "too many symbolic links encountered"},
	syscall.EOVERFLOW:       {"EOVERFLOW", "value too large for defined data type"},
	syscall.EILSEQ:          {"EILSEQ", "illegal byte sequence"},
	syscall.ENOTSOCK:        {"ENOTSOCK", "socket operation on non-socket"},
	syscall.EMSGSIZE:        {"EMSGSIZE", "message too long"},
	syscall.ENOTSUP:         {"ENOTSUP", "operation not supported on socket"},
	syscall.EADDRINUSE:      {"EADDRINUSE", "address already in use"},
	syscall.EADDRNOTAVAIL:   {"EADDRNOTAVAIL", "address not available"},
	syscall.ENETUNREACH:     {"ENETUNREACH", "network is unreachable"},
	syscall.ECONNABORTED:    {"ECONNABORTED", "software caused connection abort"},
	syscall.ECONNRESET:      {"ECONNRESET", "connection reset by peer"},
	syscall.ENOBUFS:         {"ENOBUFS", "no buffer space available"},
	syscall.ENOTCONN:        {"ENOTCONN", "socket is not connected"},
	syscall.ETIMEDOUT:       {"ETIMEDOUT", "connection timed out"},
	syscall.ECONNREFUSED:    {"ECONNREFUSED", "connection refused"},
	syscall.EHOSTUNREACH:    {"EHOSTUNREACH", "host is unreachable"},
	syscall.ECANCELED:       {"ECANCELED", "operation canceled"},
	syscall.EPROTONOSUPPORT: {"EPROTONOSUPPORT", "protocol not supported"},
}

// Errno describes err as Node does: the negative errno (libuv's UV_E* value on Unix),
// its code ("ENOENT") and libuv's message ("no such file or directory"). ok is false
// when err carries no errno. Safe for concurrent use.
func Errno(err error) (errno int, code, message string, ok bool) {
	e, ok := errnoOf(err)
	if !ok {
		return 0, "", "", false
	}
	info, known := errnoTable[e]
	if !known {
		info = errnoInfo{"UNKNOWN", "unknown error"}
	}
	return -int(e), info.code, info.message, true
}

// errnoOf finds the errno inside err (os and exec wrap it), mapping Go's own sentinel
// errors to the errno the system call would have given.
func errnoOf(err error) (syscall.Errno, bool) {
	var e syscall.Errno
	switch {
	case err == nil:
		return 0, false
	case errors.As(err, &e):
		return e, true
	case errors.Is(err, os.ErrClosed):
		return syscall.EBADF, true
	case errors.Is(err, exec.ErrNotFound), errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT, true
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES, true
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST, true
	}
	return 0, false
}

// ignoringEINTR retries fn while it fails with EINTR, as the os package does: Go's
// runtime signals can interrupt slow system calls.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}
