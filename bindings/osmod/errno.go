package osmod

import (
	"errors"
	"syscall"
)

// errnoOf names an error the way libuv does: its code (ESRCH), errno (negative, as
// libuv's), and message (no such process).
func errnoOf(err error) (code string, errno int, message string) {
	var e syscall.Errno
	if !errors.As(err, &e) {
		return "EIO", -int(syscall.EIO), err.Error()
	}
	for name, n := range errnoNames {
		// EWOULDBLOCK and EOPNOTSUPP are other names of EAGAIN and ENOTSUP: libuv says those.
		if n == e && name != "EWOULDBLOCK" && name != "EOPNOTSUPP" {
			code = name
			break
		}
	}
	if code == "" {
		code = "UNKNOWN"
	}
	return code, -int(e), e.Error()
}
