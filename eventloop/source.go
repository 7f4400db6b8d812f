package eventloop

import "context"

// A Source is Go work that JavaScript set up and that hands the loop tasks from its
// own goroutines for as long as it lasts: an HTTP server's requests, a MessagePort's
// messages. NewSource remembers the JS call that made it (the API and the script's
// line), so that, when the loop has a tracer, every task submitted through the Source
// is traced in the io queue with that origin, at the moment the loop takes it. No task
// was running when it was queued (another goroutine queued it), so it has no parent.
// Without a tracer, Source.Submit costs what Submit costs.
type Source struct {
	loop   *Loop
	origin TaskOrigin
}

// NewSource returns a Source whose tasks are labelled api. Call it on the loop
// goroutine, while the JS that sets the work up runs; elsewhere its tasks are traced
// without an origin.
func (l *Loop) NewSource(api string) *Source {
	s := &Source{loop: l, origin: TaskOrigin{API: api}}
	if l.tracer != nil && l.onLoopGoroutine() {
		s.origin.Position = l.callerPosition()
	}
	return s
}

// Submit is Loop.Submit for a task of the source. Safe for concurrent use.
func (s *Source) Submit(fn Task) error {
	return s.loop.submitFrom(fn, false, nil, s)
}

// SubmitWait is Loop.SubmitWait for a task of the source. Safe for concurrent use.
func (s *Source) SubmitWait(ctx context.Context, fn Task) error {
	return s.loop.submitWait(ctx, fn, s)
}

// traceOf returns the trace of a task taken from the submit queue: the one begun when
// it was submitted, or, for a Source's task, one begun now.
func (l *Loop) traceOf(s *submitted) *taskTrace {
	if s.trace == nil && s.source != nil && l.tracer != nil {
		return l.newTraceFrom(QueueIO, s.source.origin, 0)
	}
	return s.trace
}
