package trace

import (
	"bufio"
	"io"
	"strconv"
	"time"
)

// TextPrefix starts every line of the text format, so that trace lines stand out
// among the script's own output.
const TextPrefix = "trace "

// textHeader names the columns of the text format.
const textHeader = TextPrefix + "   seq         time iter phase      event      task queue       parent  origin\n"

// Text writes an aligned listing, one line per event:
//
//	trace    seq         time iter phase      event      task queue       parent  origin
//	trace      1      0.000ms    0 main       started      #0 script            -  main ordering.js
//	trace      2      0.000ms    0 main       queued       #1 timer            #0  setTimeout ordering.js:17:1
//
// A worker's tasks are numbered by its own loop and written with its threadId: w1#3 is
// task 3 of the worker whose threadId is 1, and its iterations and phases are its loop's.
type Text struct {
	w   *bufio.Writer
	buf []byte
	hdr bool
}

// NewText returns a Text sink writing to w.
func NewText(w io.Writer) *Text { return &Text{w: bufio.NewWriterSize(w, 64<<10)} }

// Event implements Sink.
func (t *Text) Event(e *Event) error {
	if !t.hdr {
		t.hdr = true
		if _, err := t.w.WriteString(textHeader); err != nil {
			return err
		}
	}
	var num [32]byte
	b := append(t.buf[:0], TextPrefix...)
	b = padLeft(b, strconv.AppendUint(num[:0], e.Seq, 10), 6)
	b = append(b, ' ')
	b = padLeft(b, appendMs(num[:0], e.Time), 12)
	b = append(b, ' ')
	b = padLeft(b, strconv.AppendUint(num[:0], e.Iteration, 10), 4)
	b = append(b, ' ')
	b = padRight(b, e.Phase.String(), 10)
	b = append(b, ' ')
	b = padRight(b, e.Kind.String(), 8)
	b = append(b, ' ')
	b = padLeft(b, appendTaskRef(num[:0], e.Thread, e.Task), 6)
	b = append(b, ' ')
	b = padRight(b, e.Queue.String(), 9)
	b = append(b, ' ')
	if e.HasParent {
		b = padLeft(b, appendTaskRef(num[:0], e.Thread, e.Parent), 8)
	} else {
		b = padLeft(b, []byte("-"), 8)
	}
	b = append(b, "  "...)
	b = append(b, e.API...)
	if e.Position != "" {
		b = append(b, ' ')
		b = append(b, e.Position...)
	}
	b = append(b, '\n')
	t.buf = b
	_, err := t.w.Write(b)
	return err
}

// Flush writes out what is buffered.
func (t *Text) Flush() error { return t.w.Flush() }

// Close implements Sink.
func (t *Text) Close() error { return t.w.Flush() }

// appendTaskRef writes #task, or wN#task for a task of the worker with threadId N.
func appendTaskRef(b []byte, thread int64, id uint64) []byte {
	if thread != 0 {
		b = strconv.AppendInt(append(b, 'w'), thread, 10)
	}
	return strconv.AppendUint(append(b, '#'), id, 10)
}

// appendMs appends d in milliseconds with three decimals: 12.345ms.
func appendMs(b []byte, d time.Duration) []byte {
	us := int64(d / time.Microsecond)
	if us < 0 {
		b = append(b, '-')
		us = -us
	}
	b = strconv.AppendInt(b, us/1000, 10)
	frac := us % 1000
	b = append(b, '.', byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10))
	return append(b, "ms"...)
}

func padLeft(b, s []byte, n int) []byte {
	for i := len(s); i < n; i++ {
		b = append(b, ' ')
	}
	return append(b, s...)
}

func padRight(b []byte, s string, n int) []byte {
	b = append(b, s...)
	for i := len(s); i < n; i++ {
		b = append(b, ' ')
	}
	return b
}
