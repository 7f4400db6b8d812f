//go:build linux

package osmod

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

type unameInfo struct{ sysname, release, version, machine string }

func uname() unameInfo {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return unameInfo{sysname: "Linux"}
	}
	return unameInfo{cString(u.Sysname[:]), cString(u.Release[:]), cString(u.Version[:]), cString(u.Machine[:])}
}

// cString is a NUL-terminated C string (Utsname's fields are int8 on some
// architectures, uint8 on others).
func cString[T int8 | uint8](b []T) string {
	s := make([]byte, 0, len(b))
	for _, c := range b {
		if c == 0 {
			break
		}
		s = append(s, byte(c))
	}
	return string(s)
}

type cpu struct {
	model                      string
	speed                      int64 // MHz
	user, nice, sys, idle, irq int64 // milliseconds
}

// clockTick is how long one of /proc/stat's ticks is, in milliseconds (USER_HZ is 100
// on every Linux architecture Go runs on).
const clockTick = 10

// cpus reads what uv_cpu_info reads: the model names from /proc/cpuinfo, the times
// from /proc/stat's cpuN lines (user, nice, system, idle and irq, in ticks) and the
// speed from cpufreq's scaling_cur_freq (0 where the kernel has no cpufreq).
func cpus() []cpu {
	var out []cpu
	stat, err := os.Open("/proc/stat")
	if err != nil {
		return out
	}
	defer stat.Close()
	sc := bufio.NewScanner(stat)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		n := func(i int) int64 { v, _ := strconv.ParseInt(f[i], 10, 64); return v * clockTick }
		c := cpu{user: n(1), nice: n(2), sys: n(3), idle: n(4), irq: n(6)}
		if b, err := os.ReadFile("/sys/devices/system/cpu/" + f[0] + "/cpufreq/scaling_cur_freq"); err == nil {
			if khz, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil {
				c.speed = khz / 1000
			}
		}
		out = append(out, c)
	}
	models := cpuModels()
	for i := range out {
		if i < len(models) {
			out[i].model = models[i]
		} else if len(models) > 0 {
			out[i].model = models[len(models)-1]
		}
	}
	return out
}

func cpuModels() []string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return nil
	}
	var models []string
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			models = append(models, strings.TrimSpace(v))
		}
	}
	return models
}

// memory is MemTotal and MemAvailable from /proc/meminfo, in bytes.
func memory() (total, free int64) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "MemTotal":
			total = kb * 1024
		case "MemAvailable":
			free = kb * 1024
		}
	}
	return total, free
}

// loadavg is /proc/loadavg's three figures.
func loadavg() [3]float64 {
	var l [3]float64
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return l
	}
	f := strings.Fields(string(b))
	for i := 0; i < 3 && i < len(f); i++ {
		l[i], _ = strconv.ParseFloat(f[i], 64)
	}
	return l
}

// uptime is /proc/uptime's first figure, in seconds.
func uptime() float64 {
	b, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

func getPriority(pid int) (int, error) {
	// The raw syscall returns 20 - nice, so that it is never negative.
	p, err := syscall.Getpriority(syscall.PRIO_PROCESS, pid)
	if err != nil {
		return 0, err
	}
	return 20 - p, nil
}

func setPriority(pid, priority int) error {
	return syscall.Setpriority(syscall.PRIO_PROCESS, pid, priority)
}
