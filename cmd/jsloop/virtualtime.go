package main

import (
	"flag"
	"time"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// spinStep is how far the virtual clock moves when JS reads it twice without it having
// moved: a loop that waits for the clock (a busy-wait on performance.now or Date.now)
// then ends after (wait / spinStep) readings instead of never.
const spinStep = time.Microsecond

// virtualTime is --virtual-time: the loop reads an eventloop.VirtualClock, so timers
// jump instead of waiting (the loop moves the clock straight to the next due timer
// when nothing else can run; Go-backed work still takes real time, with the clock
// standing still meanwhile).
//
// The clock does not move while JS runs, so a busy-wait would spin forever; the
// command therefore wraps the script's two clocks, performance.now and the Date time
// source: a reading that finds the clock where the previous reading left it first
// moves it on by spinStep. A script that reads the clock once per callback sees exact
// virtual times; one that spins sees time pass at one microsecond per look.
type virtualTime struct {
	on    bool
	clock *eventloop.VirtualClock
	last  time.Duration
	read  bool
}

func (v *virtualTime) flags(fs *flag.FlagSet) {
	fs.BoolVar(&v.on, "virtual-time", false, "")
}

func (v *virtualTime) loopOptions() []eventloop.Option {
	if !v.on {
		return nil
	}
	v.clock = eventloop.NewVirtualClock()
	return []eventloop.Option{eventloop.WithClock(v.clock)}
}

// look is a reading of the clock by JS.
func (v *virtualTime) look() time.Duration {
	now := v.clock.Now()
	if v.read && now <= v.last {
		v.clock.Advance(v.last + spinStep - now)
		now = v.clock.Now()
	}
	v.read, v.last = true, now
	return now
}

// started wraps performance.now and the runtime's time source (Date.now, new Date).
func (v *virtualTime) started(loop *eventloop.Loop, _ *bindings.Host) error {
	if !v.on {
		return nil
	}
	rt := loop.Runtime()
	wallStart := time.Now()
	rt.SetTimeSource(func() time.Time { return wallStart.Add(v.look()) })
	perf, ok := rt.Get("performance").(*goja.Object)
	if !ok {
		return nil
	}
	orig, ok := goja.AssertFunction(perf.Get("now"))
	if !ok {
		return nil
	}
	now := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		v.look()
		r, err := orig(c.This, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return r
	}).(*goja.Object)
	_ = now.DefineDataProperty("name", rt.ToValue("now"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	err := perf.Set("now", now)
	// Readings made while setting up (performance is created lazily, and its set-up
	// reads the clock) do not count: the script's first reading is free.
	v.read = false
	return err
}
