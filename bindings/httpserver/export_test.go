package httpserver

import (
	"net/http"
	"strconv"
)

// GroupHandler is, for tests and benchmarks, the http.Handler of the group's listener
// for addr ("host:port" as the scripts asked for it) and rank, or nil.
func GroupHandler(g *Group, addr string, rank int) http.Handler {
	g.mu.Lock()
	defer g.mu.Unlock()
	l, ok := g.listeners[addr+"#"+strconv.Itoa(rank)]
	if !ok {
		return nil
	}
	return l
}
