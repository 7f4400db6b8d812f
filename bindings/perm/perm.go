// Package perm is jsloop's permission policy: what a script may read, write, reach
// over the network and run. The command denies by default (network, writes, child
// processes, reads outside the working directory) and the --allow-* flags open it up;
// a Go program embedding the loop chooses its own Policy.
//
// A Policy is read-only after it is built and safe for concurrent use: the bindings
// check it on the goroutines that do the I/O.
package perm

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
)

// ErrDenied is what every denial wraps: errors.Is(err, perm.ErrDenied).
var ErrDenied = errors.New("perm: permission denied")

// Kind is a class of access.
type Kind string

// The kinds of access a script can ask for, with the flag that grants each.
const (
	Read  Kind = "read"
	Write Kind = "write"
	Net   Kind = "net"
	Run   Kind = "run"
)

// Flag returns the command-line flag that grants k.
func (k Kind) Flag() string { return "--allow-" + string(k) }

// Error is one denial: the kind, the resource, and how to allow it.
type Error struct {
	Kind     Kind
	Resource string
}

func (e *Error) Error() string {
	return fmt.Sprintf("Requires %s access to %q, run again with the %s flag", e.Kind, e.Resource, e.Kind.Flag())
}

func (e *Error) Unwrap() error { return ErrDenied }

// Policy says what is allowed. The zero Policy allows nothing; AllowAll everything.
type Policy struct {
	// All allows everything (-A).
	All bool
	// ReadAll, WriteAll, NetAll and RunAll allow every resource of their kind (a flag
	// given without a list).
	ReadAll, WriteAll, NetAll, RunAll bool
	// Read and Write list paths (files or directory trees, made absolute) allowed.
	Read, Write []string
	// Net lists hosts allowed: "host" (any port) or "host:port".
	Net []string
	// Run lists programs allowed by name or path.
	Run []string
}

// AllowAll is the policy of a trusted script, and of Go programs that do not choose.
func AllowAll() *Policy { return &Policy{All: true} }

// CLIDefault is the command's policy before flags: reads within dir's tree, nothing else.
func CLIDefault(dir string) *Policy { return &Policy{Read: []string{absClean(dir)}} }

// CheckRead reports whether path may be read.
func (p *Policy) CheckRead(path string) error {
	if p == nil || p.All || p.ReadAll || underAny(absClean(path), p.Read) {
		return nil
	}
	return &Error{Kind: Read, Resource: absClean(path)}
}

// CheckWrite reports whether path may be written (created, changed, removed).
func (p *Policy) CheckWrite(path string) error {
	if p == nil || p.All || p.WriteAll || underAny(absClean(path), p.Write) {
		return nil
	}
	return &Error{Kind: Write, Resource: absClean(path)}
}

// CheckNet reports whether a connection to hostport ("example.com:443") may be made.
func (p *Policy) CheckNet(hostport string) error {
	if p == nil || p.All || p.NetAll {
		return nil
	}
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, ""
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	for _, allowed := range p.Net {
		ah, ap, err := net.SplitHostPort(allowed)
		if err != nil {
			ah, ap = allowed, ""
		}
		if strings.ToLower(strings.Trim(ah, "[]")) == host && (ap == "" || ap == port) {
			return nil
		}
	}
	return &Error{Kind: Net, Resource: hostport}
}

// CheckRun reports whether program may be started.
func (p *Policy) CheckRun(program string) error {
	if p == nil || p.All || p.RunAll {
		return nil
	}
	for _, allowed := range p.Run {
		if allowed == program || filepath.Base(allowed) == filepath.Base(program) && !strings.Contains(allowed, "/") {
			return nil
		}
	}
	return &Error{Kind: Run, Resource: program}
}

// Grant adds what a --allow-KIND[=list] flag grants: an empty list allows every
// resource of the kind.
func (p *Policy) Grant(kind Kind, list string) error {
	var items []string
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	all := len(items) == 0
	switch kind {
	case Read:
		p.ReadAll = p.ReadAll || all
		for _, it := range items {
			p.Read = append(p.Read, absClean(it))
		}
	case Write:
		p.WriteAll = p.WriteAll || all
		for _, it := range items {
			p.Write = append(p.Write, absClean(it))
		}
	case Net:
		p.NetAll = p.NetAll || all
		p.Net = append(p.Net, items...)
	case Run:
		p.RunAll = p.RunAll || all
		p.Run = append(p.Run, items...)
	default:
		return fmt.Errorf("perm: unknown kind %q", kind)
	}
	return nil
}

func absClean(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// underAny reports whether path is one of roots or inside one of them.
func underAny(path string, roots []string) bool {
	for _, root := range roots {
		if path == root || strings.HasPrefix(path, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator)) {
			return true
		}
	}
	return false
}
