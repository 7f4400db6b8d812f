package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/eventloop"
)

// timeoutError is the cause of the context --timeout sets.
type timeoutError struct{ d time.Duration }

func (e *timeoutError) Error() string {
	return fmt.Sprintf("script timed out after %s (--timeout)", e.d)
}

// report prints what ended the run, as Node would, and returns the exit code.
func report(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	var exit *eventloop.ExitError
	var uncaught *eventloop.UncaughtError
	var syntax *bindings.SyntaxError
	var transform *transformError
	var timeout *timeoutError
	var panicErr *eventloop.PanicError
	switch {
	case errors.As(err, &exit):
		if exit.Err != nil {
			printError(stderr, exit.Err)
		}
		return exit.Code
	case errors.As(err, &timeout):
		fmt.Fprintf(stderr, "jsloop: %v\n", timeout)
		return exitTimeout
	case errors.As(err, &panicErr):
		fmt.Fprintf(stderr, "jsloop: %v\nThis is a bug in jsloop; please report it with the script that caused it.\n", panicErr)
		return exitInternal
	case errors.As(err, &uncaught), errors.As(err, &syntax), errors.As(err, &transform):
		printError(stderr, err)
		return 1
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Fprintf(stderr, "jsloop: cannot open %s: %v\n", pathErr.Path, describeOSError(err))
		return 1
	}
	fmt.Fprintf(stderr, "jsloop: %v\n", err)
	return 1
}

func printError(w io.Writer, err error) {
	var uncaught *eventloop.UncaughtError
	var syntax *bindings.SyntaxError
	switch {
	case errors.As(err, &uncaught):
		fmt.Fprintf(w, "%s\n", uncaught.Report)
	case errors.As(err, &syntax):
		fmt.Fprintf(w, "%s\n", syntax.Report)
	default:
		fmt.Fprintf(w, "%v\n", err)
	}
}

// describeOSError keeps the reason of a file error, without repeating the path.
func describeOSError(err error) string {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return strings.TrimSpace(err.Error())
}

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
