package bindings

import (
	"errors"
	"io"
	"strconv"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// hooks connects the loop to the process events, following Node's
// process._fatalException and processPromiseRejections.
func (p *process) hooks() eventloop.Hooks {
	return eventloop.Hooks{
		Uncaught:           p.onUncaught,
		UnhandledRejection: p.onUnhandledRejection,
		RejectionHandled:   p.onRejectionHandled,
		BeforeExit: func() error {
			_, err := p.emit("beforeExit", p.h.rt.ToValue(p.code()))
			return err
		},
		Exit: func() error {
			unsettled := p.h.tlaPending()
			if !p.exiting {
				p.exiting = true
				if _, err := p.emit("exit", p.h.rt.ToValue(p.code())); err != nil {
					return err
				}
			}
			if unsettled {
				// Node: the loop emptied while the entry module still awaits; 'exit'
				// listeners saw the code as it was, the process ends with 13.
				_, _ = io.WriteString(p.h.stderr, "Warning: Detected unsettled top-level await in "+
					p.h.cjs.main.ToObject(p.h.rt).Get("filename").String()+"\n")
				return &eventloop.ExitError{Code: 13}
			}
			if code := p.status(); code != 0 {
				return &eventloop.ExitError{Code: code}
			}
			return nil
		},
	}
}

// onUncaught is process._fatalException: 'uncaughtException' listeners get the error
// and the origin; without one, 'exit' is emitted with code 1 and the loop stops. A
// listener that throws ends the process with code 7 and no 'exit' event.
func (p *process) onUncaught(thrown goja.Value, origin eventloop.Origin, stack []goja.StackFrame) error {
	rt := p.h.rt
	er := thrown
	if origin == eventloop.OriginUnhandledRejection && !isErrorLike(thrown) {
		er = p.h.unhandledRejectionError(thrown)
	}
	originV := rt.ToValue(string(origin))
	if _, err := p.emit("uncaughtExceptionMonitor", er, originV); err != nil {
		return p.listenerThrew(err)
	}
	handled, err := p.emit("uncaughtException", er, originV)
	if err != nil {
		return p.listenerThrew(err)
	}
	if handled {
		return nil
	}
	if p.h.loop.HasErrorHandler() {
		return eventloop.ErrUnhandled // the embedder's handler takes it; the process goes on
	}
	fatal := p.h.uncaughtError(er, origin, stack)
	if !p.exiting {
		p.exiting = true
		p.exitCode = rt.ToValue(1)
		_, _ = p.emit("exit", rt.ToValue(1)) // Node ignores errors here
	}
	return &eventloop.ExitError{Code: p.status(), Err: fatal}
}

// listenerThrew is the end when an 'uncaughtException' listener throws: exit code 7.
func (p *process) listenerThrew(err error) error {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		err = p.h.uncaughtError(ex.Value(), eventloop.OriginUncaughtException, ex.Stack())
	}
	return &eventloop.ExitError{Code: 7, Err: err}
}

func (p *process) onUnhandledRejection(reason goja.Value, promise *goja.Promise) (bool, error) {
	if p.rejectionID == nil {
		p.rejectionID = make(map[*goja.Promise]int)
	}
	p.lastRejID++
	p.rejectionID[promise] = p.lastRejID
	return p.emit("unhandledRejection", reason, p.h.rt.ToValue(promise))
}

func (p *process) onRejectionHandled(promise *goja.Promise) error {
	id := p.rejectionID[promise]
	delete(p.rejectionID, promise)
	handled, err := p.emit("rejectionHandled", p.h.rt.ToValue(promise))
	if err != nil || handled {
		return err
	}
	p.h.emitWarning("Promise rejection was handled asynchronously (rejection id: "+strconv.Itoa(id)+")",
		"PromiseRejectionHandledWarning", "")
	return nil
}

// isErrorLike is Node's test for whether a rejection reason can be thrown as it is:
// an object with an own "stack" property.
func isErrorLike(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	for _, k := range obj.GetOwnPropertyNames() {
		if k == "stack" {
			return true
		}
	}
	return false
}
