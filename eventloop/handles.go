package eventloop

import (
	"strconv"
	"time"
)

// Handle describes something that keeps the loop alive (or would, if ref'd): what
// LiveHandles lists to answer "why is it still running?".
type Handle struct {
	Kind  string        // "timer", "interval", "immediate" or "go" (Go work held with Hold or Ref)
	API   string        // the API that made it, when known ("setTimeout" …)
	Site  string        // where it was made: a JS file:line:column, or a Go file:line
	Ref   bool          // whether it keeps the loop alive
	Delay time.Duration // timers: the delay
}

func (h Handle) String() string {
	s := h.Kind
	if h.API != "" {
		s += " (" + h.API
		if h.Kind == "timer" || h.Kind == "interval" {
			s += ", " + strconv.FormatInt(h.Delay.Milliseconds(), 10) + " ms"
		}
		s += ")"
	}
	if h.Site != "" {
		s += " created at " + h.Site
	}
	if !h.Ref {
		s += " [unref'd]"
	}
	return s
}

// WithHandleSites makes the loop remember where each timer and immediate was created
// (the JS position of the call), for LiveHandles; it costs a stack capture per handle.
// A tracer implies it.
func WithHandleSites() Option { return func(l *Loop) { l.recordSites = true } }

// siteOf is where a task was queued, when known.
func siteOf(t *taskTrace) (api, site string) {
	if t == nil {
		return "", ""
	}
	return t.origin.API, t.origin.Position
}

// LiveHandles lists the live timers, immediates and held Go work, in no particular
// order. Must be called on the loop goroutine, or after Run has returned.
func (l *Loop) LiveHandles() []Handle {
	var hs []Handle
	for _, list := range l.timers.heap {
		for t := list.head; t != nil; t = t.next {
			kind := "timer"
			if t.repeat {
				kind = "interval"
			}
			api, site := siteOf(t.trace)
			hs = append(hs, Handle{Kind: kind, API: api, Site: site, Ref: t.refed, Delay: t.Delay()})
		}
	}
	for _, list := range []*immediateList{l.immediates.running(), l.immediates.queued()} {
		for im := list.head; im != nil; im = im.next {
			api, site := siteOf(im.trace)
			hs = append(hs, Handle{Kind: "immediate", API: api, Site: site, Ref: im.refed})
		}
	}
	l.mu.Lock()
	for r := range l.refs {
		hs = append(hs, Handle{Kind: "go", API: r.label, Site: r.site, Ref: true})
	}
	l.mu.Unlock()
	return hs
}
