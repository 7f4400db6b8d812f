package trace

import (
	"bufio"
	"io"
	"strconv"
	"unicode/utf8"
)

// JSON writes one JSON object per line (JSON Lines), the schema in
// docs/trace-schema.json:
//
//	{"seq":2,"event":"queued","task":1,"parent":0,"queue":"timer","api":"setTimeout","pos":"ordering.js:17:1","ns":0,"iter":0,"phase":"main"}
//
// "parent" is left out when no task queued the task (Go code or a process event
// listener did). "ns" is the loop's clock in nanoseconds. An event of a worker's loop
// has "thread", the worker's threadId (left out for the main loop); its task ids,
// iterations and phases are that loop's own.
type JSON struct {
	w   *bufio.Writer
	buf []byte
	// The last api and pos and their JSON text: a task's three events, and the tasks
	// queued from one line, repeat them.
	lastAPI, lastPos         string
	lastAPIJSON, lastPosJSON []byte
}

// NewJSON returns a JSON sink writing to w.
func NewJSON(w io.Writer) *JSON { return &JSON{w: bufio.NewWriterSize(w, 256<<10)} }

// Event implements Sink.
func (j *JSON) Event(e *Event) error {
	b := append(j.buf[:0], `{"seq":`...)
	b = strconv.AppendUint(b, e.Seq, 10)
	if e.Thread != 0 {
		b = append(b, `,"thread":`...)
		b = strconv.AppendInt(b, e.Thread, 10)
	}
	b = append(b, `,"event":"`...)
	b = append(b, e.Kind.String()...)
	b = append(b, `","task":`...)
	b = strconv.AppendUint(b, e.Task, 10)
	if e.HasParent {
		b = append(b, `,"parent":`...)
		b = strconv.AppendUint(b, e.Parent, 10)
	}
	b = append(b, `,"queue":"`...)
	b = append(b, e.Queue.String()...)
	b = append(b, `","api":`...)
	if e.API != j.lastAPI || j.lastAPIJSON == nil {
		j.lastAPI, j.lastAPIJSON = e.API, appendJSONString(j.lastAPIJSON[:0], e.API)
	}
	b = append(b, j.lastAPIJSON...)
	b = append(b, `,"pos":`...)
	if e.Position != j.lastPos || j.lastPosJSON == nil {
		j.lastPos, j.lastPosJSON = e.Position, appendJSONString(j.lastPosJSON[:0], e.Position)
	}
	b = append(b, j.lastPosJSON...)
	b = append(b, `,"ns":`...)
	b = strconv.AppendInt(b, int64(e.Time), 10)
	b = append(b, `,"iter":`...)
	b = strconv.AppendUint(b, e.Iteration, 10)
	b = append(b, `,"phase":"`...)
	b = append(b, e.Phase.String()...)
	b = append(b, "\"}\n"...)
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

// Flush writes out what is buffered.
func (j *JSON) Flush() error { return j.w.Flush() }

// Close implements Sink.
func (j *JSON) Close() error { return j.w.Flush() }

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaping what JSON requires (and <, >,
// & so that the text is safe inside an HTML script element).
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
