// Package worker is the plumbing under jsloop's Workers and MessageChannels: a Port is
// one end of a channel that carries serialized messages (webapi.Message) from one
// event loop to another, each loop on its own goroutine. It holds no JS value; the
// bindings turn its messages into JS values on the receiving loop.
//
// Delivery follows Node's MessagePort: messages wait in the receiving port's inbox
// until the port is started, then each is delivered as a task of its own on the
// receiving loop (so the loop drains nextTicks and promise jobs between two
// messages), in the order they were posted.
package worker

import (
	"errors"
	"sync"

	"github.com/dop251/goja"

	"github.com/jsloop/jsloop/bindings/webapi"
	"github.com/jsloop/jsloop/eventloop"
)

// ErrClosed is what Post reports once either end of the channel was closed.
var ErrClosed = errors.New("worker: port is closed")

// ErrDetached is what Attach reports for a port attached to a loop already.
var ErrDetached = errors.New("worker: port is attached to a loop already")

// Receiver gets a port's messages and its close, on the loop goroutine the port is
// attached to.
type Receiver struct {
	// Message is called with each message, in order.
	Message func(rt *goja.Runtime, m *webapi.Message) error
	// Close is called once, when the channel closes (from either end).
	Close func(rt *goja.Runtime) error
}

// Port is one end of a channel. Post and Close are safe for concurrent use; the other
// methods must be called on the goroutine of the loop the port is attached to.
type Port struct {
	mu      sync.Mutex
	peer    *Port
	loop    *eventloop.Loop   // the loop receiving this port's messages; nil until Attach
	source  *eventloop.Source // submits the deliveries: traced as queued where the port was made
	recv    Receiver
	inbox   []*webapi.Message
	started bool
	closed  bool
	wantRef bool           // the JS side asked for the port to keep its loop alive
	ref     *eventloop.Ref // held while wantRef, started and open
}

// NewChannel makes a channel: what is posted on one end arrives at the other.
func NewChannel() (*Port, *Port) {
	a, b := &Port{}, &Port{}
	a.peer, b.peer = b, a
	return a, b
}

// Attach makes loop the receiver of the port's messages. Messages posted before are
// kept until Start. Call it once, on loop's goroutine (or before loop runs).
func (p *Port) Attach(loop *eventloop.Loop, recv Receiver) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.loop != nil {
		return ErrDetached
	}
	p.loop, p.recv = loop, recv
	p.source = loop.NewSource("message")
	return nil
}

// Post sends m to the other end. It reports ErrClosed when the channel is closed
// (m is dropped, as Node drops it). Safe for concurrent use.
func (p *Port) Post(m *webapi.Message) error {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return ErrClosed
	}
	return p.peer.enqueue(m)
}

func (p *Port) enqueue(m *webapi.Message) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	p.inbox = append(p.inbox, m)
	if p.started && p.loop != nil {
		p.schedule()
	}
	return nil
}

// schedule queues the delivery of one message on the port's loop. p.mu is held.
func (p *Port) schedule() {
	loop, source := p.loop, p.source
	task := func(rt *goja.Runtime) error { return p.deliverOne(rt, loop) }
	switch err := source.Submit(task); {
	case errors.Is(err, eventloop.ErrQueueFull):
		// The receiver sheds load: wait for room off this goroutine (p.mu is held, and
		// the receiver needs it to make room). Every delivery takes the oldest message,
		// so the order holds whichever task runs first.
		go func() { _ = source.SubmitWait(loop.Context(), task) }()
	case err != nil:
		p.inbox = p.inbox[:0] // the receiving loop has ended: nobody will read them
	}
}

// deliverOne delivers the oldest message, if the port is still started on loop (it
// may have been detached and moved to another loop since the delivery was queued).
func (p *Port) deliverOne(rt *goja.Runtime, loop *eventloop.Loop) error {
	p.mu.Lock()
	if !p.started || p.loop != loop || len(p.inbox) == 0 || p.recv.Message == nil {
		p.mu.Unlock()
		return nil
	}
	m := p.inbox[0]
	p.inbox[0] = nil
	p.inbox = p.inbox[1:]
	fn := p.recv.Message
	p.mu.Unlock() // never hold the lock while JS runs
	return fn(rt, m)
}

// Start begins the delivery of messages, those waiting first. Starting twice does
// nothing. On the port's loop goroutine.
func (p *Port) Start() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started || p.loop == nil {
		return
	}
	p.started = true
	for range p.inbox {
		p.schedule()
	}
	p.updateRef()
}

// Receive takes the oldest waiting message without waiting for a delivery, as
// receiveMessageOnPort does; ok is false when there is none. On the port's loop
// goroutine.
func (p *Port) Receive() (m *webapi.Message, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.inbox) == 0 {
		return nil, false
	}
	m = p.inbox[0]
	p.inbox[0] = nil
	p.inbox = p.inbox[1:]
	return m, true
}

// SetRef says whether the port keeps its loop alive; it does only while it is also
// started and open (Node's port.ref()/unref()). On the port's loop goroutine.
func (p *Port) SetRef(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.wantRef = on
	p.updateRef()
}

// Refed reports whether the port keeps its loop alive now (port.hasRef()).
func (p *Port) Refed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ref != nil && p.ref.Held()
}

// updateRef takes or drops the keep-alive to match the port's state. p.mu is held.
func (p *Port) updateRef() {
	want := p.wantRef && p.started && !p.closed && p.loop != nil
	switch {
	case want && p.ref == nil:
		p.ref = p.loop.Ref()
	case want:
		p.ref.Ref()
	case p.ref != nil:
		p.ref.Unref()
	}
}

// Close closes the channel: nothing more can be posted on either end, both release
// their loops, messages already posted are still delivered, and then each end's
// Receiver.Close runs on its loop. Closing twice does
// nothing. Safe for concurrent use.
func (p *Port) Close() {
	p.closeEnd()
	p.peer.closeEnd()
}

func (p *Port) closeEnd() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.closed = true // what was posted before the close is still delivered, as in Node
	p.updateRef()
	if p.loop != nil && p.recv.Close != nil {
		fn := p.recv.Close
		_ = p.source.Submit(func(rt *goja.Runtime) error { return fn(rt) })
	}
}

// Closed reports whether the channel was closed.
func (p *Port) Closed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// Detach takes the port off its loop so that it can be attached to another (a port
// transferred in a message): delivery stops and the keep-alive is released; waiting
// messages stay in the inbox. On the port's loop goroutine.
func (p *Port) Detach() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.wantRef = false
	p.updateRef()
	p.started, p.loop, p.ref, p.recv = false, nil, nil, Receiver{}
}
