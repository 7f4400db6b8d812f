package fetch

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

// netError describes a failed exchange the way undici reports it: the cause of the
// TypeError('fetch failed') (or 'terminated', for a body), made on the loop goroutine.
type netError struct {
	name    string // the JS error's name; "" is Error
	message string
	props   []prop // own properties, in undici's order
	err     error  // the Go error, kept reachable from the JS value
}

type prop struct {
	key   string
	value any
}

func (e *netError) Error() string {
	if e.err != nil {
		return e.message + ": " + e.err.Error()
	}
	return e.message
}

func (e *netError) Unwrap() error { return e.err }

// classify turns a Go error from net/http into undici's description of it.
func classify(err error) *netError {
	var ne *netError
	if errors.As(err, &ne) {
		return ne
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		code, errno := "ENOTFOUND", -3008
		if !dnsErr.IsNotFound && (dnsErr.IsTimeout || dnsErr.IsTemporary) {
			code, errno = "EAI_AGAIN", -3001
		}
		return &netError{message: "getaddrinfo " + code + " " + dnsErr.Name, err: err, props: []prop{
			{"errno", errno}, {"code", code}, {"syscall", "getaddrinfo"}, {"hostname", dnsErr.Name},
		}}
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		addr, port := "", 0
		if tcp, ok := opErr.Addr.(*net.TCPAddr); ok {
			addr, port = tcp.IP.String(), tcp.Port
		}
		if opErr.Timeout() {
			return &netError{name: "ConnectTimeoutError", err: err,
				message: fmt.Sprintf("Connect Timeout Error (attempted address: %s, timeout: 10000ms)", net.JoinHostPort(addr, fmt.Sprint(port))),
				props:   []prop{{"code", "UND_ERR_CONNECT_TIMEOUT"}}}
		}
		var errno syscall.Errno
		if errors.As(opErr.Err, &errno) {
			if code := errnoName(errno); code != "" {
				return &netError{message: fmt.Sprintf("connect %s %s", code, net.JoinHostPort(addr, fmt.Sprint(port))), err: err,
					props: []prop{{"errno", -int(errno)}, {"code", code}, {"syscall", "connect"}, {"address", addr}, {"port", port}}}
			}
		}
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if code := errnoName(errno); code != "" {
			syscallName := "read"
			if opErr != nil && opErr.Op == "write" {
				syscallName = "write"
			}
			return &netError{message: syscallName + " " + code, err: err,
				props: []prop{{"errno", -int(errno)}, {"code", code}, {"syscall", syscallName}}}
		}
	}
	if e := tlsError(err); e != nil {
		return e
	}
	msg := err.Error()
	var uerr *url.Error
	if errors.As(err, &uerr) {
		msg = uerr.Err.Error()
	}
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		strings.Contains(msg, "server closed"), strings.Contains(msg, "connection broken"),
		strings.Contains(msg, "unexpected EOF"):
		return &netError{name: "SocketError", message: "other side closed", err: err,
			props: []prop{{"code", "UND_ERR_SOCKET"}}}
	case strings.Contains(msg, "timeout awaiting response headers"):
		return &netError{name: "HeadersTimeoutError", message: "Headers Timeout Error", err: err,
			props: []prop{{"code", "UND_ERR_HEADERS_TIMEOUT"}}}
	case errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		return &netError{name: "TimeoutError", message: "Timeout Error", err: err}
	}
	return &netError{message: msg, err: err}
}

// errnoName is libuv's name of the socket errors fetch meets.
func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	case syscall.EHOSTUNREACH:
		return "EHOSTUNREACH"
	case syscall.ENETUNREACH:
		return "ENETUNREACH"
	case syscall.EPIPE:
		return "EPIPE"
	case syscall.EADDRNOTAVAIL:
		return "EADDRNOTAVAIL"
	case syscall.ECONNABORTED:
		return "ECONNABORTED"
	}
	return ""
}

// tlsError describes certificate failures with OpenSSL's messages and codes, as Node
// reports them.
func tlsError(err error) *netError {
	mk := func(msg, code string) *netError {
		return &netError{message: msg, err: err, props: []prop{{"code", code}}}
	}
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		if c := unknown.Cert; c != nil && string(c.RawIssuer) == string(c.RawSubject) {
			return mk("self-signed certificate", "DEPTH_ZERO_SELF_SIGNED_CERT")
		}
		return mk("unable to verify the first certificate", "UNABLE_TO_VERIFY_LEAF_SIGNATURE")
	}
	var host x509.HostnameError
	if errors.As(err, &host) {
		return mk("Hostname/IP does not match certificate's altnames: "+host.Error(), "ERR_TLS_CERT_ALTNAME_INVALID")
	}
	var invalid x509.CertificateInvalidError
	if errors.As(err, &invalid) {
		if invalid.Reason == x509.Expired {
			return mk("certificate has expired", "CERT_HAS_EXPIRED")
		}
		return mk(invalid.Error(), "ERR_TLS_CERT_INVALID")
	}
	return nil
}

// fetchError is the JS value a failed fetch rejects with: a PermissionDenied error for
// a denial, else TypeError('fetch failed') with undici's cause.
func (m *Module) fetchError(err error) goja.Value {
	var pe *perm.Error
	if errors.As(err, &pe) {
		return m.permissionDenied(err)
	}
	return m.newError(m.typeErrorCtor, "TypeError", "fetch failed", m.causeValue(classify(err)))
}

// causeValue makes the JS error of a netError.
func (m *Module) causeValue(ne *netError) goja.Value {
	ctor := m.errorCtor
	name := ne.name
	if name == "TypeError" {
		ctor = m.typeErrorCtor
	}
	obj := m.newError(ctor, name, ne.message, nil)
	for _, p := range ne.props {
		_ = obj.Set(p.key, p.value)
	}
	if ne.err != nil {
		eventloop.AttachGoError(m.rt, obj, ne.err)
	}
	return obj
}

// newError makes an error of ctor with message; name, if not the constructor's own,
// becomes an own property (and the stack's first word); cause, if not nil, an own
// non-enumerable property as ES2022 defines it.
func (m *Module) newError(ctor *goja.Object, name, message string, cause goja.Value) *goja.Object {
	rt := m.rt
	obj, err := rt.New(ctor, rt.ToValue(message))
	if err != nil || obj == nil {
		obj = rt.NewTypeError(message)
	}
	if name != "" && name != "Error" && name != "TypeError" {
		_ = obj.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if st := obj.Get("stack"); st != nil && !goja.IsUndefined(st) {
			_ = obj.Set("stack", strings.Replace(st.String(), "Error:", name+":", 1))
		}
	}
	if cause != nil {
		_ = obj.DefineDataProperty("cause", cause, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return obj
}

// exceptionValue is the JS value of an error from a goja call.
func exceptionValue(rt *goja.Runtime, err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return rt.NewGoError(err)
}

// badPorts are the ports fetch refuses (the Fetch standard's "bad port" list).
var badPorts = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103
		104 109 110 111 113 115 117 119 123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531
		532 540 548 554 556 563 587 601 636 989 990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061
		6000 6566 6665 6666 6667 6668 6669 6679 6697 10080`) {
		badPorts[p] = true
	}
}

func badPort(u *url.URL) bool { return badPorts[u.Port()] }
