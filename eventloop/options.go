package eventloop

import "io"

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

// WithErrorHandler makes the loop hand uncaught exceptions, unhandled rejections, errors
// returned by submitted functions and interrupted tasks to fn (on the loop goroutine)
// and go on, instead of ending with the first one: what a host running many scripts
// wants. fn must not block.
func WithErrorHandler(fn func(error)) Option { return func(l *Loop) { l.errHandler = fn } }

// WithStdout sets where the loop's console output goes (the bindings read it).
func WithStdout(w io.Writer) Option { return func(l *Loop) { l.stdout = w } }

// WithStderr sets where the loop's error output goes (the bindings read it).
func WithStderr(w io.Writer) Option { return func(l *Loop) { l.stderr = w } }

// WithModuleLoader sets how module files are read (the bindings' require uses it): the
// place to transform TypeScript, or to serve modules from memory.
func WithModuleLoader(load func(path string) ([]byte, error)) Option {
	return func(l *Loop) { l.moduleLoader = load }
}

// WithInstaller runs install on the new loop at the end of New, before anything runs:
// the way to give a loop its bindings (bindings.Installer) or a host's own globals.
// Installers run in the order given; an error fails New.
func WithInstaller(install func(*Loop) error) Option {
	return func(l *Loop) { l.installers = append(l.installers, install) }
}

// Stdout returns the writer set WithStdout, or nil.
func (l *Loop) Stdout() io.Writer { return l.stdout }

// Stderr returns the writer set WithStderr, or nil.
func (l *Loop) Stderr() io.Writer { return l.stderr }

// ModuleLoader returns the loader set WithModuleLoader, or nil.
func (l *Loop) ModuleLoader() func(path string) ([]byte, error) { return l.moduleLoader }

// WithTurnWatch makes the loop record when each turn (a callback with its drain)
// begins, so that another goroutine can see a blocked loop through BusyFor.
func WithTurnWatch() Option { return func(l *Loop) { l.watchTurns = true } }
