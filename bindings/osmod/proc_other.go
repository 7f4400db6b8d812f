//go:build !linux

package osmod

import (
	"errors"
	"runtime"
	"strings"
)

// Outside Linux the module reports what Go knows portably; the figures libuv reads from
// the kernel (times, memory, load) are zero.

type unameInfo struct{ sysname, release, version, machine string }

func uname() unameInfo {
	name := runtime.GOOS
	switch name {
	case "darwin":
		name = "Darwin"
	case "windows":
		name = "Windows_NT"
	default:
		name = strings.ToUpper(name[:1]) + name[1:]
	}
	return unameInfo{sysname: name, machine: runtime.GOARCH}
}

type cpu struct {
	model                      string
	speed                      int64
	user, nice, sys, idle, irq int64
}

func cpus() []cpu { return make([]cpu, runtime.NumCPU()) }

func memory() (total, free int64) { return 0, 0 }

func loadavg() [3]float64 { return [3]float64{} }

func uptime() float64 { return 0 }

var errNotSupported = errors.New("not supported on this system")

func getPriority(int) (int, error) { return 0, nil }

func setPriority(int, int) error { return errNotSupported }
