//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/jsloop/jsloop/eventloop"
)

// handleSignals lists what keeps the loop alive each time the process gets SIGUSR1,
// while the script goes on. It returns the function that stops listening.
func (d *diagnostics) handleSignals(loop *eventloop.Loop) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGUSR1)
	done := make(chan struct{})
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		for {
			select {
			case <-done:
				return
			case <-ch:
				d.listSignal(loop)
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
		<-ended
	}
}
