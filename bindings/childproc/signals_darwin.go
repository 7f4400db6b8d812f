package childproc

import "syscall"

var platformSignals = []signal{}

var platformSignalsLate = []signal{{"SIGSYS", syscall.SIGSYS}, {"SIGINFO", syscall.SIGINFO}}
