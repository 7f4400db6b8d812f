// Package promise will hold Go futures that settle from any goroutine and bridge to
// and from JavaScript promises on an eventloop.Loop. It is empty for now.
package promise
