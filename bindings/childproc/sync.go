package childproc

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/buffer"

	"github.com/jsloop/jsloop/promise"
)

// limitedBuffer collects a child's output up to max bytes; past it, it calls over once.
type limitedBuffer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	max  int64
	over func()
	hit  bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.max > 0 && int64(b.buf.Len()+len(p)) > b.max {
		if !b.hit {
			b.hit = true
			go b.over()
		}
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *limitedBuffer) bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]byte(nil), b.buf.Bytes()...)
}

// spawnSync runs a child to its end, blocking the loop as Node's spawnSync does, and
// returns Node's result object: { [error], status, signal, output, pid }, where error
// is the negative errno for the JS layer to describe.
func (m *Module) spawnSync(obj *goja.Object) goja.Value {
	rt := m.rt
	o := m.readOptions(obj)
	if err := m.check(o, "spawnSync"); err != nil {
		panic(promise.ErrorToJS(rt, err))
	}
	timeout := time.Duration(number(obj, "timeout") * float64(time.Millisecond))
	maxBuffer := int64(number(obj, "maxBuffer"))
	killSignal := syscall.Signal(number(obj, "killSignal"))
	if killSignal == 0 {
		killSignal = syscall.SIGTERM
	}
	var input []byte
	if v := obj.Get("input"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		if s, ok := v.Export().(string); ok {
			input = []byte(s)
		} else {
			_ = rt.ExportTo(v, &input)
		}
	}

	result := rt.NewObject()
	fail := func(errno int) goja.Value {
		_ = result.Set("error", errno)
		_ = result.Set("status", goja.Null())
		_ = result.Set("signal", goja.Null())
		_ = result.Set("output", goja.Null())
		_ = result.Set("pid", 0)
		return result
	}
	cmd, err := command(o)
	if err != nil {
		return fail(errnoValue(err))
	}

	var mu sync.Mutex
	var errno int
	var proc *os.Process
	kill := func(why syscall.Errno) {
		mu.Lock()
		defer mu.Unlock()
		if errno == 0 {
			errno = -int(why)
		}
		if proc != nil {
			_ = proc.Signal(killSignal)
		}
	}
	outs := [3]*limitedBuffer{}
	for i, mode := range o.stdio {
		switch {
		case mode == "ignore":
			continue
		case mode == "inherit":
			switch i {
			case 0:
				cmd.Stdin = os.Stdin
			case 1:
				cmd.Stdout = orFile(m.stdout(), os.Stdout)
			case 2:
				cmd.Stderr = orFile(m.stderr(), os.Stderr)
			}
		case i == 0:
			cmd.Stdin = bytes.NewReader(input)
		default:
			outs[i] = &limitedBuffer{max: maxBuffer, over: func() { kill(syscall.ENOBUFS) }}
			if i == 1 {
				cmd.Stdout = outs[i]
			} else {
				cmd.Stderr = outs[i]
			}
		}
	}
	if err := cmd.Start(); err != nil {
		return fail(errnoValue(err))
	}
	mu.Lock()
	proc = cmd.Process
	mu.Unlock()
	m.mu.Lock()
	stopped := m.stopped
	m.mu.Unlock()
	if stopped {
		_ = proc.Kill()
	}
	stopWatch := context.AfterFunc(m.loop.Context(), func() { _ = proc.Kill() })
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() { kill(syscall.ETIMEDOUT) })
	}
	waitErr := cmd.Wait()
	if timer != nil {
		timer.Stop()
	}
	stopWatch()

	var status, sig goja.Value = goja.Null(), goja.Null()
	state := cmd.ProcessState
	var exitErr *exec.ExitError
	if waitErr != nil && !errors.As(waitErr, &exitErr) && state == nil {
		return fail(errnoValue(waitErr))
	}
	if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		sig = rt.ToValue(signalName(ws.Signal()))
	} else {
		status = rt.ToValue(state.ExitCode())
	}
	output := make([]any, 3)
	output[0] = goja.Null()
	for i := 1; i < 3; i++ {
		if outs[i] != nil {
			output[i] = buffer.WrapBytes(rt, outs[i].bytes())
		} else {
			output[i] = goja.Null()
		}
	}
	mu.Lock()
	e := errno
	mu.Unlock()
	if e != 0 {
		_ = result.Set("error", e)
	}
	_ = result.Set("status", status)
	_ = result.Set("signal", sig)
	_ = result.Set("output", rt.NewArray(output...))
	_ = result.Set("pid", state.Pid())
	return result
}

// orFile is w when it is set, else def; an *os.File goes to the child as it is.
func orFile(w io.Writer, def *os.File) io.Writer {
	if w == nil {
		return def
	}
	return w
}

// number reads a numeric option; a missing one is 0.
func number(obj *goja.Object, key string) float64 {
	v := obj.Get(key)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return 0
	}
	return v.ToFloat()
}
