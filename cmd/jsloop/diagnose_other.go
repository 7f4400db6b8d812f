//go:build !unix

package main

import "github.com/jsloop/jsloop/eventloop"

// handleSignals does nothing where there is no SIGUSR1.
func (d *diagnostics) handleSignals(*eventloop.Loop) (stop func()) { return func() {} }
