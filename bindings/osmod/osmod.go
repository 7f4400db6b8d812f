// Package osmod is Node's os module: what the machine and the operating system say
// about themselves (CPUs, memory, load, network interfaces, the user), read where
// libuv reads it so that the values are Node's own. A Module belongs to its runtime's
// loop goroutine.
package osmod

import (
	_ "embed"
	"errors"
	"net"
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

//go:embed os.js
var source string

// New returns the exports of the os module for rt. require returns the host's
// built-in modules ("internal/errors" for Node's error codes).
func New(rt *goja.Runtime, require func(string) goja.Value) (goja.Value, error) {
	fn, err := rt.RunScript("node:os", source)
	if err != nil {
		return nil, err
	}
	build, ok := goja.AssertFunction(fn)
	if !ok {
		return nil, errors.New("osmod: os.js is not a function")
	}
	n := &natives{rt: rt}
	return build(goja.Undefined(), n.object(), require("internal/errors"), constants(rt))
}

type natives struct{ rt *goja.Runtime }

func (n *natives) object() *goja.Object {
	rt := n.rt
	o := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }
	set("hostname", func(goja.FunctionCall) goja.Value {
		h, err := os.Hostname()
		if err != nil {
			n.systemError("uv_os_gethostname", err)
		}
		return rt.ToValue(h)
	})
	set("uname", func(goja.FunctionCall) goja.Value {
		u := uname()
		return rt.NewArray(u.sysname, u.release, u.version, u.machine)
	})
	set("cpus", func(goja.FunctionCall) goja.Value {
		cs := cpus()
		out := make([]any, len(cs))
		for i, c := range cs {
			out[i] = rt.NewArray(c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
		}
		return rt.NewArray(out...)
	})
	set("availableParallelism", func(goja.FunctionCall) goja.Value { return rt.ToValue(runtime.NumCPU()) })
	set("memory", func(goja.FunctionCall) goja.Value {
		total, free := memory()
		return rt.NewArray(total, free)
	})
	set("loadavg", func(goja.FunctionCall) goja.Value {
		l := loadavg()
		return rt.NewArray(l[0], l[1], l[2])
	})
	set("uptime", func(goja.FunctionCall) goja.Value { return rt.ToValue(uptime()) })
	set("homedir", func(goja.FunctionCall) goja.Value { return rt.ToValue(homedir()) })
	set("userInfo", func(goja.FunctionCall) goja.Value {
		u, err := user.Current()
		if err != nil {
			n.systemError("uv_os_get_passwd", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		return rt.NewArray(uid, gid, u.Username, u.HomeDir, shellOf(u.Username))
	})
	set("interfaces", func(goja.FunctionCall) goja.Value { return n.interfaces() })
	set("getPriority", func(c goja.FunctionCall) goja.Value {
		p, err := getPriority(int(c.Argument(0).ToInteger()))
		if err != nil {
			n.systemError("uv_os_getpriority", err)
		}
		return rt.ToValue(p)
	})
	set("setPriority", func(c goja.FunctionCall) goja.Value {
		if err := setPriority(int(c.Argument(0).ToInteger()), int(c.Argument(1).ToInteger())); err != nil {
			n.systemError("uv_os_setpriority", err)
		}
		return goja.Undefined()
	})
	return o
}

// systemError throws what os.js turns into Node's SystemError (ERR_SYSTEM_ERROR) for
// a failed libuv call: { syscall, code, errno, message }.
func (n *natives) systemError(syscall string, err error) {
	code, errno, message := errnoOf(err)
	e := n.rt.NewObject()
	_ = e.Set("syscall", syscall)
	_ = e.Set("code", code)
	_ = e.Set("errno", errno)
	_ = e.Set("message", message)
	_ = e.Set("systemError", true)
	panic(e)
}

// interfaces lists the network interfaces as [name, address, netmask, family, mac,
// internal, prefix, scopeid] rows, in the order the system gives them.
func (n *natives) interfaces() goja.Value {
	ifs, err := net.Interfaces()
	if err != nil {
		n.systemError("uv_interface_addresses", err)
	}
	var rows []any
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		internal := ifc.Flags&net.FlagLoopback != 0
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			family, ip, mask := "IPv4", ipn.IP.To4(), net.IP(ipn.Mask)
			scope := -1
			if ip == nil {
				family, ip = "IPv6", ipn.IP
				scope = 0
				if ip.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
			} else if len(mask) == net.IPv6len {
				mask = mask[12:]
			}
			ones, _ := ipn.Mask.Size()
			rows = append(rows, n.rt.NewArray(ifc.Name, ip.String(), mask.String(), family, mac, internal, ones, scope))
		}
	}
	return n.rt.NewArray(rows...)
}

// homedir is $HOME, else the user database's, as uv_os_homedir finds it.
func homedir() string {
	if h := os.Getenv("HOME"); h != "" {
		return h
	}
	if u, err := user.Current(); err == nil {
		return u.HomeDir
	}
	return ""
}

// shellOf is the user's login shell from /etc/passwd (os/user does not read it);
// empty where there is none.
func shellOf(name string) string {
	b, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= 7 && f[0] == name {
			return f[6]
		}
	}
	return ""
}
