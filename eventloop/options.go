package eventloop

// Option configures a Loop in New.
type Option func(*Loop)

// WithClock makes the loop read time from c instead of the real clock.
func WithClock(c Clock) Option { return func(l *Loop) { l.clock = c } }

// WithTracer makes the loop report every task's queued, started and finished steps to t.
func WithTracer(t Tracer) Option { return func(l *Loop) { l.tracer = t } }

// WithQueueLimit bounds the Submit queue: beyond n waiting functions Submit returns
// ErrQueueFull instead of growing without limit. n <= 0 means no limit (the default).
func WithQueueLimit(n int) Option { return func(l *Loop) { l.queueLimit = n } }

// WithMaxCallStackSize limits the depth of JS calls; deeper calls throw a RangeError
// instead of exhausting the Go stack. The default is 10000 frames.
func WithMaxCallStackSize(n int) Option { return func(l *Loop) { l.maxCallStack = n } }
