package bindings

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/jsloop/jsloop/bindings/inspect"
	"github.com/jsloop/jsloop/eventloop"
)

// SyntaxError is a script that does not parse. Its Report is what Node prints: the
// file and line, the source line with a caret under the column, and the message.
type SyntaxError struct {
	File         string
	Line, Column int
	Message      string
	Report       string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Message)
}

// footer ends every fatal report, as "Node.js v20…" ends Node's.
const footer = "jsloop v" + Version

// uncaughtError describes a fatal error the way Node prints it.
func (h *Host) uncaughtError(v goja.Value, origin eventloop.Origin, stack []goja.StackFrame) *eventloop.UncaughtError {
	return &eventloop.UncaughtError{Value: v, Origin: origin, Stack: stack, Report: h.report(v, origin, stack)}
}

// report renders a thrown value: where it was thrown (file:line, the line, a caret),
// then the error as inspect shows it (stack, extra properties, cause).
func (h *Host) report(v goja.Value, origin eventloop.Origin, stack []goja.StackFrame) (out string) {
	defer func() {
		if r := recover(); r != nil { // a hostile value; say what we can
			out = fmt.Sprintf("Uncaught exception (cannot be displayed: %v)\n\n%s", r, footer)
		}
	}()
	var b strings.Builder
	file, line, col, ok := stackPosition(stack)
	if !ok {
		file, line, col, ok = errorStackPosition(v)
	}
	if ok {
		if src, found := h.sourceLine(file, line); found {
			col = h.adjustColumn(file, line, col, origin == eventloop.OriginUncaughtException)
			fmt.Fprintf(&b, "%s:%d\n%s\n%s^\n", file, line, src, caretPad(src, col))
		}
	}
	if _, isObj := v.(*goja.Object); isObj {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		// As Node's fatal-exception printer: no custom inspect, at least 5 levels deep.
		opts := inspect.DefaultOptions()
		opts.IgnoreCustomInspect = true
		opts.Depth = max(opts.Depth, 5)
		b.WriteString(h.inspector.Inspect(v, opts))
	} else {
		if v == nil {
			v = goja.Undefined()
		}
		if b.Len() == 0 {
			b.WriteString("Uncaught ")
			b.WriteString(h.inspector.Inspect(v, inspect.DefaultOptions()))
		} else {
			b.WriteString(v.String())
		}
	}
	b.WriteString("\n\n" + footer)
	return b.String()
}

// stackPosition is the innermost frame with a source file.
func stackPosition(stack []goja.StackFrame) (string, int, int, bool) {
	for _, f := range stack {
		if src := f.SrcName(); src == "" || src == "<native>" {
			continue
		}
		p := f.Position()
		if p.Line > 0 {
			return p.Filename, p.Line, p.Column, true
		}
	}
	return "", 0, 0, false
}

var stackLineRE = regexp.MustCompile(`at (?:.*? \()?([^()\s][^()]*?):(\d+):(\d+)(?:\(\d+\))?\)?\s*$`)

// errorStackPosition reads the first frame of an Error's stack property (for
// rejections, where no exception carries frames).
func errorStackPosition(v goja.Value) (string, int, int, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return "", 0, 0, false
	}
	st := obj.Get("stack")
	if st == nil || goja.IsUndefined(st) {
		return "", 0, 0, false
	}
	for _, l := range strings.Split(st.String(), "\n") {
		m := stackLineRE.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return m[1], line, col, true
	}
	return "", 0, 0, false
}

// sourceLine returns line n (from 1) of a file the bindings loaded.
func (h *Host) sourceLine(file string, n int) (string, bool) {
	src, ok := h.sources[file]
	if !ok {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", false
		}
		src = string(b)
		h.sources[file] = src
	}
	if n < 1 {
		return "", false
	}
	for i := 1; i < n; i++ {
		nl := strings.IndexByte(src, '\n')
		if nl < 0 {
			return "", false
		}
		src = src[nl+1:]
	}
	if nl := strings.IndexByte(src, '\n'); nl >= 0 {
		src = src[:nl]
	}
	return strings.TrimRight(src, "\r"), true
}

// adjustColumn undoes the module wrapper's shift of line 1, and for a thrown error moves
// the caret from the Error's construction to the throw statement in front of it, where
// Node puts it (for a rejection Node points at the construction).
func (h *Host) adjustColumn(file string, line, col int, thrown bool) int {
	if prefix := h.wrapped[file]; line == 1 && col > prefix {
		col -= prefix
	}
	if src, ok := h.sourceLine(file, line); ok && thrown && col-1 <= len(src) && col > 0 {
		before := strings.TrimRight(src[:col-1], " \t")
		if strings.HasSuffix(before, "throw") {
			col = len(before) - len("throw") + 1
		}
	}
	return col
}

// caretPad is the indentation that puts a caret under column col (from 1), keeping
// the line's tabs so it lines up in a terminal.
func caretPad(src string, col int) string {
	var b strings.Builder
	for i := 0; i < col-1 && i < len(src); i++ {
		if src[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// syntaxError turns a goja parse or compile error into a *SyntaxError with Node's report.
func (h *Host) syntaxError(err error, prefix int) error {
	var file string
	var line, col int
	var msg string
	var list parser.ErrorList
	var cse *goja.CompilerSyntaxError
	switch {
	case errors.As(err, &list) && len(list) > 0:
		file, line, col, msg = list[0].Position.Filename, list[0].Position.Line, list[0].Position.Column, list[0].Message
	case errors.As(err, &cse) && cse.File != nil:
		p := cse.File.Position(cse.Offset)
		file, line, col, msg = p.Filename, p.Line, p.Column, cse.Message
	default:
		return err
	}
	if line == 1 && col > prefix {
		col -= prefix
	}
	se := &SyntaxError{File: file, Line: line, Column: col, Message: msg}
	var b strings.Builder
	if src, ok := h.sourceLine(file, line); ok {
		fmt.Fprintf(&b, "%s:%d\n%s\n%s^\n\n", file, line, src, caretPad(src, col))
	}
	fmt.Fprintf(&b, "SyntaxError: %s\n    at %s:%d:%d\n\n%s", msg, file, line, col, footer)
	se.Report = b.String()
	return se
}

// noSideEffectsToString is V8's rendering of a value for an error message, which never
// calls user code: primitives as String() has them, objects as #<Constructor>.
func noSideEffectsToString(v goja.Value) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return "undefined"
		}
		return v.String()
	}
	name := obj.ClassName()
	if name == "Object" {
		if proto := obj.Prototype(); proto != nil {
			if ctor, ok := proto.Get("constructor").(*goja.Object); ok {
				if n := ctor.Get("name"); n != nil && n.String() != "" {
					name = n.String()
				}
			}
		}
	}
	return "#<" + name + ">"
}

// unhandledRejectionError wraps a rejection reason that is not an Error, as Node's
// UnhandledPromiseRejection does.
func (h *Host) unhandledRejectionError(reason goja.Value) goja.Value {
	shown := noSideEffectsToString(reason)
	e := h.newError("Error", "ERR_UNHANDLED_REJECTION", "This error originated either by throwing inside of an async "+
		"function without a catch block, or by rejecting a promise which was not handled with .catch(). "+
		"The promise rejected with the reason \""+shown+"\".")
	_ = e.DefineDataProperty("name", h.rt.ToValue("UnhandledPromiseRejection"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if st := e.Get("stack"); st != nil {
		_ = e.Set("stack", strings.Replace(st.String(), "Error:", "UnhandledPromiseRejection:", 1))
	}
	return e
}
