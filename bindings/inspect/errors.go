package inspect

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// NormalizeStack converts a goja stack trace to Node's format. goja writes
// frames as "\tat fn (file:1:2(3))" (the number in parentheses is the
// bytecode offset) and ends the trace with a newline; Node writes
// "    at fn (file:1:2)". Lines that are not goja frames are kept as they
// are, so the function is safe to apply to any string.
func NormalizeStack(stack string) string {
	if !strings.Contains(stack, "\tat ") {
		// goja ends even a frameless trace with "\n".
		if strings.HasSuffix(stack, "\n") && strings.Count(stack, "\n") == 1 {
			return stack[:len(stack)-1]
		}
		return stack
	}
	lines := strings.Split(stack, "\n")
	converted := false
	for i, line := range lines {
		if !strings.HasPrefix(line, "\tat ") {
			continue
		}
		converted = true
		lines[i] = "    at " + stripPC(line[len("\tat "):])
	}
	if converted && len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// StackFrameString formats a goja stack frame like the part of a Node
// stack trace line that follows "    at ": "fn (file:line:col)" or
// "file:line:col" (goja's bytecode offset is dropped). Native frames are
// written as "fn (native)".
func StackFrameString(f *goja.StackFrame) string {
	var b bytes.Buffer
	f.Write(&b)
	return stripPC(b.String())
}

// stripPC removes goja's "(pc)" suffix after "line:column".
func stripPC(frame string) string {
	s := frame
	closing := ""
	if strings.HasSuffix(s, "))") {
		s, closing = s[:len(s)-1], ")"
	}
	if !strings.HasSuffix(s, ")") {
		return frame
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return frame
	}
	if _, err := strconv.Atoi(s[open+1 : len(s)-1]); err != nil {
		return frame
	}
	// The part before "(pc)" must end in ":line:column".
	head := s[:open]
	lastColon := strings.LastIndexByte(head, ':')
	if lastColon < 0 || !allDigits(head[lastColon+1:]) {
		return frame
	}
	prev := strings.LastIndexByte(head[:lastColon], ':')
	if prev < 0 || !allDigits(head[prev+1:lastColon]) {
		return frame
	}
	return head + closing
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isError is Node's isError: a native error or an instance of Error.
func (c *ctx) isError(o *goja.Object, k objKind) bool {
	if k == kindError {
		return true
	}
	return c.intr.errorCtor != nil && c.isInstanceof(o, c.intr.errorCtor)
}

// getStackString is Node's getStackString, with goja frames converted.
func (c *ctx) getStackString(err *goja.Object) string {
	stack := c.get(err, "stack")
	if stack.ToBoolean() {
		return NormalizeStack(c.toString(stack, ""))
	}
	if c.intr.errorToString != nil {
		if v, ok := c.call(c.intr.errorToString, err); ok {
			return c.toString(v, "Error")
		}
	}
	return "Error"
}

func indexOfKey(keys []propKey, name string) int {
	for i, k := range keys {
		if k.sym == nil && k.name == name {
			return i
		}
	}
	return -1
}

// formatError is Node's formatError.
func (c *ctx) formatError(err *goja.Object, k objKind, constructor string, ctorOK bool, tag string, keys *[]propKey) string {
	name := "Error"
	if nv := c.get(err, "name"); !isNullish(nv) {
		name = c.toString(nv, "Error")
	}
	stack := c.getStackString(err)

	// removeDuplicateErrorKeys
	if !c.showHidden && len(*keys) != 0 {
		for _, n := range []string{"name", "message", "stack"} {
			index := indexOfKey(*keys, n)
			if index == -1 {
				continue
			}
			v := c.toString(c.get(err, n), "\x00")
			if strings.Contains(stack, v) || (n == "stack" && strings.Contains(stack, NormalizeStack(v))) {
				*keys = append((*keys)[:index:index], (*keys)[index+1:]...)
			}
		}
	}

	hasCause := false
	if c.intr.reflectHas != nil {
		if v, ok := c.call(c.intr.reflectHas, goja.Undefined(), err, c.rt.ToValue("cause")); ok {
			hasCause = v.ToBoolean()
		}
	}
	if hasCause && (len(*keys) == 0 || indexOfKey(*keys, "cause") == -1) {
		*keys = append(*keys, propKey{name: "cause"})
	}
	if errs, ok := c.get(err, "errors").(*goja.Object); ok && kindOf(errs) == kindArray &&
		(len(*keys) == 0 || indexOfKey(*keys, "errors") == -1) {
		*keys = append(*keys, propKey{name: "errors"})
	}

	stack = c.improveStack(stack, constructor, ctorOK, name, tag)

	// Ignore the error message if it's contained in the stack.
	pos := -1
	if msgV := c.get(err, "message"); msgV.ToBoolean() {
		msg := c.toString(msgV, "")
		pos = strings.Index(stack, msg)
		if pos == 0 {
			pos = -1 // Node: `(err.message && stack.indexOf(err.message)) || -1`
		}
		if pos != -1 {
			if goja.IsString(msgV) {
				pos += len(msg)
			} else {
				pos = 0 // pos + undefined is NaN, which indexOf treats as 0
			}
		}
	}
	from := max(pos, 0)
	stackStart := -1
	if from <= len(stack) {
		if i := strings.Index(stack[from:], "\n    at"); i >= 0 {
			stackStart = from + i
		}
	}
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		newStack := stack[:stackStart]
		lines := c.getStackFrames(err, stack[stackStart+1:])
		if c.colors {
			var b strings.Builder
			b.WriteString(newStack)
			for _, line := range lines {
				b.WriteByte('\n')
				if isCoreModuleLine(line) {
					b.WriteString(c.stylize(line, "undefined"))
				} else {
					b.WriteString(c.markNodeModules(line))
				}
			}
			newStack = b.String()
		} else {
			newStack += "\n" + strings.Join(lines, "\n")
		}
		stack = newStack
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+spaces(c.indentationLvl))
	}
	return stack
}

// isCoreModuleLine matches /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/.
func isCoreModuleLine(line string) bool {
	if !strings.HasPrefix(line, "    at ") {
		return false
	}
	rest := line[len("    at "):]
	if !strings.HasPrefix(rest, "node:") {
		i := strings.Index(rest, " (node:")
		if i <= 0 || strings.ContainsAny(rest[:i], "/\\(") {
			return false
		}
	}
	return strings.Contains(rest, "node:")
}

func (c *ctx) markNodeModules(line string) string {
	var temp strings.Builder
	lastPos, searchFrom := 0, 0
	for {
		i := strings.Index(line[searchFrom:], "node_modules")
		if i < 0 {
			break
		}
		pos := searchFrom + i
		if pos == 0 || pos+12 >= len(line) {
			searchFrom = pos + 1
			continue
		}
		sep, after := line[pos-1], line[pos+12]
		if (after != '/' && after != '\\') || (sep != '/' && sep != '\\') {
			searchFrom = pos + 1
			continue
		}
		moduleStart := pos + 13
		temp.WriteString(line[lastPos:moduleStart])
		end := strings.IndexByte(line[moduleStart:], sep)
		if moduleStart < len(line) && line[moduleStart] == '@' && end >= 0 {
			if e2 := strings.IndexByte(line[moduleStart+end+1:], sep); e2 >= 0 {
				end = end + 1 + e2
			} else {
				end = -1
			}
		}
		if end < 0 {
			temp.WriteString(c.stylize(line[moduleStart:], "module"))
			lastPos = len(line)
			break
		}
		temp.WriteString(c.stylize(line[moduleStart:moduleStart+end], "module"))
		lastPos = moduleStart + end
		searchFrom = lastPos
	}
	if lastPos != 0 {
		return temp.String() + line[lastPos:]
	}
	return line
}

// getStackFrames is Node's getStackFrames: frames shared with the cause's
// stack are collapsed.
func (c *ctx) getStackFrames(err *goja.Object, stack string) []string {
	frames := strings.Split(stack, "\n")
	var cause goja.Value
	_ = c.rt.Try(func() { cause = err.Get("cause") })
	if co, ok := cause.(*goja.Object); ok && c.isError(co, kindOf(co)) {
		causeStack := c.getStackString(co)
		if start := strings.Index(causeStack, "\n    at"); start != -1 {
			causeFrames := strings.Split(causeStack[start+1:], "\n")
			length, offset := identicalSequenceRange(frames, causeFrames)
			if length > 0 {
				skipped := length - 2
				msg := "    ... " + strconv.Itoa(skipped) + " lines matching cause stack trace ..."
				tail := append([]string{c.stylize(msg, "undefined")}, frames[offset+1+skipped:]...)
				frames = append(frames[:offset+1], tail...)
			}
		}
	}
	return frames
}

func identicalSequenceRange(a, b []string) (int, int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos != -1 {
			rest := len(b) - pos
			if rest > 3 {
				l := 1
				maxLen := min(len(a)-i, rest)
				for maxLen > l && a[i+l] == b[pos+l] {
					l++
				}
				if l > 3 {
					return l, i
				}
			}
		}
	}
	return 0, 0
}

// improveStack is Node's improveStack.
func (c *ctx) improveStack(stack, constructor string, ctorOK bool, name, tag string) string {
	l := len(name)
	if !ctorOK || (strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == l || stack[l] == ':' || stack[l] == '\n')) {
		fallback := "Error"
		if !ctorOK {
			fallback = errorNameFromStack(stack)
			l = len(fallback)
			if fallback == "" {
				fallback = "Error"
			}
		}
		prefix := getPrefix(constructor, ctorOK, tag, fallback, "")
		prefix = prefix[:len(prefix)-1]
		if name != prefix {
			if strings.Contains(prefix, name) {
				if l == 0 {
					stack = prefix + ": " + stack
				} else {
					stack = prefix + stack[l:]
				}
			} else {
				stack = prefix + " [" + name + "]" + stack[l:]
			}
		}
	}
	return stack
}

// errorNameFromStack implements
// /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ || /^([a-z_A-Z0-9-]*Error)$/.
func errorNameFromStack(stack string) string {
	inClass := func(ch byte, withSpaceAndBrackets bool) bool {
		switch {
		case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z', ch >= '0' && ch <= '9', ch == '_', ch == '-':
			return true
		case withSpaceAndBrackets && (ch == ' ' || ch == '[' || ch == ']' || ch == '(' || ch == ')'):
			return true
		}
		return false
	}
	if len(stack) > 1 && stack[0] >= 'A' && stack[0] <= 'Z' {
		i := 1
		for i < len(stack) && inClass(stack[i], true) {
			i++
		}
		if i > 1 && i < len(stack) && (stack[i] == ':' || strings.HasPrefix(stack[i:], "\n    at")) {
			return stack[:i]
		}
	}
	for i := 0; i < len(stack); i++ {
		if !inClass(stack[i], false) {
			return ""
		}
	}
	if strings.HasSuffix(stack, "Error") {
		return stack
	}
	return ""
}
