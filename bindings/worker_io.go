package bindings

import (
	"io"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/eventloop"
)

// loopWriter is a worker's stdout or stderr: each write is handed to the parent's loop,
// which writes it to the parent's own writer. So, as in Node, a worker's output reaches
// the process asynchronously, in order, and never from two goroutines at once (the
// parent's writer need not be safe for concurrent use).
type loopWriter struct {
	parent *eventloop.Loop
	child  *eventloop.Loop // the worker's loop: a write waiting for room gives up when it ends
	w      io.Writer
}

// Write is called on the worker's loop goroutine. Output written after the parent's
// loop has ended is dropped, as Node drops it when the main thread exits.
func (lw *loopWriter) Write(p []byte) (int, error) {
	b := append([]byte(nil), p...)
	task := func(*goja.Runtime) error {
		_, _ = lw.w.Write(b)
		return nil
	}
	if err := lw.parent.Submit(task); err == eventloop.ErrQueueFull {
		_ = lw.parent.SubmitWait(lw.child.Context(), task)
	}
	return len(p), nil
}
