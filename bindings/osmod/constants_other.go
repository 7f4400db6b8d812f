//go:build !linux

package osmod

import "syscall"

// Outside Linux the lists hold the names every system Go runs on defines.
func signalNames() []signalName {
	return []signalName{{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT},
		{"SIGILL", syscall.SIGILL}, {"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT},
		{"SIGBUS", syscall.SIGBUS}, {"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL},
		{"SIGSEGV", syscall.SIGSEGV}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM},
		{"SIGTERM", syscall.SIGTERM}}
}

// errnoNames are the errno numbers by name.
var errnoNames = map[string]syscall.Errno{"EACCES": syscall.EACCES, "EEXIST": syscall.EEXIST, "EINVAL": syscall.EINVAL,
	"EIO": syscall.EIO, "ENOENT": syscall.ENOENT, "EPERM": syscall.EPERM, "ESRCH": syscall.ESRCH}

var dlopenFlags []struct {
	name  string
	value int
}
