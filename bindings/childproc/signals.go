package childproc

import (
	"syscall"
)

type signal struct {
	name string
	num  syscall.Signal
}

// signalNames are os.constants.signals in Node's order; where two names share a
// number (SIGABRT/SIGIOT, SIGIO/SIGPOLL) the first is the one Node reports.
var signalNames = func() []signal {
	s := []signal{
		{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT},
		{"SIGILL", syscall.SIGILL}, {"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT},
		{"SIGIOT", syscall.SIGIOT}, {"SIGBUS", syscall.SIGBUS}, {"SIGFPE", syscall.SIGFPE},
		{"SIGKILL", syscall.SIGKILL}, {"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV},
		{"SIGUSR2", syscall.SIGUSR2}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM},
		{"SIGTERM", syscall.SIGTERM}, {"SIGCHLD", syscall.SIGCHLD},
	}
	s = append(s, platformSignals...)
	s = append(s, []signal{
		{"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP}, {"SIGTSTP", syscall.SIGTSTP},
		{"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU}, {"SIGURG", syscall.SIGURG},
		{"SIGXCPU", syscall.SIGXCPU}, {"SIGXFSZ", syscall.SIGXFSZ}, {"SIGVTALRM", syscall.SIGVTALRM},
		{"SIGPROF", syscall.SIGPROF}, {"SIGWINCH", syscall.SIGWINCH}, {"SIGIO", syscall.SIGIO},
	}...)
	return append(s, platformSignalsLate...)
}()

// signalName is Node's name of a signal number ("" for none known).
func signalName(s syscall.Signal) string {
	for _, sg := range signalNames {
		if sg.num == s {
			return sg.name
		}
	}
	return ""
}
