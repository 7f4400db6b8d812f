//go:build unix

package main

import (
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// SIGUSR1 lists what keeps the loop alive while the script goes on.
func TestSIGUSR1ListsWhatKeepsTheLoopAlive(t *testing.T) {
	// The test's own subscription keeps the signal from ending the test process
	// whatever happens to the command's.
	mine := make(chan os.Signal, 1)
	signal.Notify(mine, syscall.SIGUSR1)
	defer signal.Stop(mine)

	path := writeScript(t, "server.js", `const t = setTimeout(() => console.log('end'), 1500);
setInterval(() => {}, 50).unref();
`)
	go func() {
		time.Sleep(500 * time.Millisecond)
		_ = syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	}()
	r := runCLI(t, "", "--explain-exit", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "end\n", r.stdout)
	require.True(t, strings.HasPrefix(r.stderr, "jsloop: 1 handle kept the loop alive now (SIGUSR1):\n"+
		"    timer (setTimeout, 1500 ms) created at "+path+":1\n"+
		"and unref'd, not waited for:\n"+
		"    interval (setInterval, 50 ms) created at "+path+":2 [unref'd]\n"), r.stderr)
	require.Contains(t, r.stderr, "jsloop: nothing kept the loop alive when the script ended; unref'd")
}
