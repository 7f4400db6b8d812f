package osmod

import (
	"syscall"

	"github.com/dop251/goja"
)

// A signalName is one entry of os.constants.signals (signalNames gives the system's).
type signalName struct {
	name string
	sig  syscall.Signal
}

// constants is os.constants: the signal and errno numbers of the system (Node's lists
// of names), the priority levels, dlopen's flags and UV_UDP_REUSEADDR.
func constants(rt *goja.Runtime) *goja.Object {
	c := rt.NewObject()
	signals := nullProto(rt)
	for _, s := range signalNames() {
		_ = signals.Set(s.name, int(s.sig))
	}
	errno := nullProto(rt)
	for _, name := range errnoOrder {
		if n, ok := errnoNames[name]; ok {
			_ = errno.Set(name, int(n))
		}
	}
	priority := nullProto(rt)
	for _, p := range []struct {
		name  string
		value int
	}{{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
		{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20}} {
		_ = priority.Set(p.name, p.value)
	}
	dlopen := nullProto(rt)
	for _, d := range dlopenFlags {
		_ = dlopen.Set(d.name, d.value)
	}
	_ = c.Set("UV_UDP_REUSEADDR", 4)
	_ = c.Set("dlopen", dlopen)
	_ = c.Set("errno", errno)
	_ = c.Set("signals", signals)
	_ = c.Set("priority", priority)
	return c
}

func nullProto(rt *goja.Runtime) *goja.Object {
	o := rt.NewObject()
	_ = o.SetPrototype(nil)
	return o
}

// errnoOrder is the order Node lists os.constants.errno in.
var errnoOrder = []string{"E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN",
	"EALREADY", "EBADF", "EBADMSG", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED",
	"ECONNRESET", "EDEADLK", "EDESTADDRREQ", "EDOM", "EDQUOT", "EEXIST", "EFAULT", "EFBIG",
	"EHOSTUNREACH", "EIDRM", "EILSEQ", "EINPROGRESS", "EINTR", "EINVAL", "EIO", "EISCONN", "EISDIR",
	"ELOOP", "EMFILE", "EMLINK", "EMSGSIZE", "EMULTIHOP", "ENAMETOOLONG", "ENETDOWN", "ENETRESET",
	"ENETUNREACH", "ENFILE", "ENOBUFS", "ENODATA", "ENODEV", "ENOENT", "ENOEXEC", "ENOLCK", "ENOLINK",
	"ENOMEM", "ENOMSG", "ENOPROTOOPT", "ENOSPC", "ENOSR", "ENOSTR", "ENOSYS", "ENOTCONN", "ENOTDIR",
	"ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP", "EOVERFLOW", "EPERM", "EPIPE",
	"EPROTO", "EPROTONOSUPPORT", "EPROTOTYPE", "ERANGE", "EROFS", "ESPIPE", "ESRCH", "ESTALE", "ETIME",
	"ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK", "EXDEV"}
