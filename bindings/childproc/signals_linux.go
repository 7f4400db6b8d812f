package childproc

import "syscall"

var platformSignals = []signal{{"SIGSTKFLT", syscall.Signal(16)}}

var platformSignalsLate = []signal{{"SIGPOLL", syscall.SIGPOLL}, {"SIGPWR", syscall.SIGPWR}, {"SIGSYS", syscall.SIGSYS}}
