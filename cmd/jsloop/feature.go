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

// A workerFeature also gives options to the loops of the script's workers.
type workerFeature interface {
	// workerLoopOptions returns options for the loop of the worker with threadId id,
	// whose script's main loop is main. Called on the worker's goroutine.
	workerLoopOptions(main *eventloop.Loop, id int64) []eventloop.Option
}

// workerLoopOptions gathers what the features give a worker's loop.
func workerLoopOptions(features []feature, main *eventloop.Loop) func(int64) []eventloop.Option {
	return func(id int64) []eventloop.Option {
		var opts []eventloop.Option
		for _, f := range features {
			if w, ok := f.(workerFeature); ok {
				opts = append(opts, w.workerLoopOptions(main, id)...)
			}
		}
		return opts
	}
}

// features lists the command's optional parts, a fresh set per run.
func features() []feature {
	return []feature{
		&seeTheLoop{},
		&diagnostics{},
		&loopsFeature{},
	}
}
