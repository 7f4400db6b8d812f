package main

import (
	"flag"
	"io"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// A feature is an optional part of the command with its own flags (tracing,
// diagnostics …). Each lives in a file of its own and is listed in features; execute
// calls the hooks in order. A hook that has nothing to do returns zero values.
type feature interface {
	// flags registers the feature's flags.
	flags(fs *flag.FlagSet)
	// loopOptions adds options for eventloop.New (a tracer, a clock …).
	loopOptions(stderr io.Writer) ([]eventloop.Option, error)
	// started runs after the bindings are installed, before the script runs.
	started(loop *eventloop.Loop, host *bindings.Host) error
	// finished runs after the loop has ended with err; it may print and may change the
	// exit code (return code unchanged otherwise).
	finished(loop *eventloop.Loop, err error, code int, stderr io.Writer) int
}

// features lists the command's optional parts, a fresh set per run.
func features() []feature {
	return []feature{
		&seeTheLoop{},
		&diagnostics{},
		&loopsFeature{},
	}
}
