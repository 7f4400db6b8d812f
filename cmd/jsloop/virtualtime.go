package main

import (
	"flag"

	"github.com/jsloop/jsloop/eventloop"
)

// virtualTime is --virtual-time: the loop reads an eventloop.VirtualClock, so timers
// jump instead of waiting (the loop moves the clock straight to the next due timer
// when nothing else can run; Go-backed work still takes real time, with the clock
// standing still meanwhile).
//
// The bindings make Date, performance.now and process.hrtime follow the clock
// (see eventloop.VirtualClock.Look for how a busy-wait on them still ends).
type virtualTime struct {
	on bool
}

func (v *virtualTime) flags(fs *flag.FlagSet) {
	fs.BoolVar(&v.on, "virtual-time", false, "")
}

func (v *virtualTime) loopOptions() []eventloop.Option {
	if !v.on {
		return nil
	}
	return []eventloop.Option{eventloop.WithClock(eventloop.NewVirtualClock())}
}
