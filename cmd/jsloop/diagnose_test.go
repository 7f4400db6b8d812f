package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const blockingScript = `function busyWait(ms) {
  const start = Date.now();
  while (Date.now() - start < ms);
}
setTimeout(function onTimer() {
  busyWait(400);
  console.log('done');
}, 10);
`

// --warn-blocked reports a turn that runs past the threshold, with the function it was
// in and where, and how long it ran in all.
func TestWarnBlockedNamesTheFunctionAndItsLine(t *testing.T) {
	path := writeScript(t, "busy.js", blockingScript)
	r := runCLI(t, "", "--warn-blocked=50ms", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "done\n", r.stdout)
	require.Equal(t, 1, strings.Count(r.stderr, "jsloop: the event loop was blocked for "), r.stderr)
	require.Contains(t, r.stderr, "(--warn-blocked=50ms); past 50ms it was running:\n", r.stderr)
	require.Contains(t, r.stderr, "    at busyWait ("+path+":3)\n", r.stderr)
	require.Contains(t, r.stderr, "    at onTimer ("+path+":6)\n", r.stderr)
}

// Written to a file (as the command's standard error is), the report is made while
// the script runs, right after the blocked turn.
func TestWarnBlockedReportsAsItHappens(t *testing.T) {
	path := writeScript(t, "busy.js", blockingScript+`setTimeout(() => console.error('later'), 800);`)
	errFile, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer errFile.Close()
	var out strings.Builder
	code := run([]string{"--warn-blocked=50ms", path}, strings.NewReader(""), &out, errFile)
	require.Equal(t, 0, code)
	stderr, err := os.ReadFile(errFile.Name())
	require.NoError(t, err)
	report := strings.Index(string(stderr), "at busyWait")
	later := strings.Index(string(stderr), "later\n")
	require.True(t, report >= 0 && later > report, "%s", stderr)
}

// A script that never blocks gets no report; waiting for a timer is not blocking.
func TestWarnBlockedIsQuietWhenNothingBlocks(t *testing.T) {
	path := writeScript(t, "quiet.js", `setTimeout(() => console.log('a'), 150);
setImmediate(() => Promise.resolve().then(() => console.log('b')));`)
	r := runCLI(t, "", "--warn-blocked=20ms", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "b\na\n", r.stdout)
	require.Empty(t, r.stderr)
}

func TestDiagnosticFlagsRejectBadValues(t *testing.T) {
	for _, v := range []string{"soon", "0", "-5ms", ""} {
		r := runCLI(t, "", "--warn-blocked="+v, "x.js")
		require.Equal(t, exitUsage, r.code, v)
		require.Contains(t, r.stderr, "for flag -warn-blocked: give a positive duration, such as 50ms", v)
	}
	r := runCLI(t, "", "--explain-exit=maybe", "x.js")
	require.Equal(t, exitUsage, r.code)
}

// --explain-exit says, when the script ends, that nothing was left, or what was left
// unref'd, and where it was made.
func TestExplainExit(t *testing.T) {
	path := writeScript(t, "exit.js", `setTimeout(() => {}, 10);
setInterval(() => {}, 60000).unref();
`)
	r := runCLI(t, "", "--explain-exit", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "jsloop: nothing kept the loop alive when the script ended; unref'd, and so not waited for:\n"+
		"    interval (setInterval, 60000 ms) created at "+path+":2 [unref'd]\n", r.stderr)

	r = runCLI(t, "", "--explain-exit", "-e", `setTimeout(() => {}, 1)`)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "jsloop: nothing kept the loop alive when the script ended\n", r.stderr)

	// process.exit leaves the handles that were still waiting.
	r = runCLI(t, "", "--explain-exit", "-e", `setTimeout(() => {}, 60000); setImmediate(() => process.exit(3))`)
	require.Equal(t, 3, r.code, r.stderr)
	require.Equal(t, "jsloop: 1 handle kept the loop alive when the script ended:\n"+
		"    timer (setTimeout, 60000 ms) created at [eval]:1\n", r.stderr)
}

// At --timeout the message is followed by what kept the loop alive.
func TestTimeoutListsWhatKeptTheLoopAlive(t *testing.T) {
	path := writeScript(t, "wait.js", `const t = setTimeout(() => {}, 100000);
setInterval(() => {}, 1000);
`)
	r := runCLI(t, "", "--timeout", "200ms", path)
	require.Equal(t, exitTimeout, r.code)
	require.Equal(t, "jsloop: script timed out after 200ms (--timeout)\n"+
		"jsloop: 2 handles kept the loop alive when the time ran out:\n"+
		"    timer (setTimeout, 100000 ms) created at "+path+":1\n"+
		"    interval (setInterval, 1000 ms) created at "+path+":2\n",
		sortedHandles(r.stderr))
}

// sortedHandles puts the listed handles in the order the test names them (the loop
// lists them in no particular order): timers before intervals.
func sortedHandles(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.HasPrefix(lines[i], "    interval") && strings.HasPrefix(lines[i+1], "    timer") {
			lines[i], lines[i+1] = lines[i+1], lines[i]
		}
	}
	return strings.Join(lines, "")
}

// When the time runs out in JS, the report says so and where the JS was.
func TestTimeoutInARunawayCallbackShowsItsStack(t *testing.T) {
	path := writeScript(t, "spin.js", `function spin() { for (;;); }
setTimeout(spin, 10);
`)
	r := runCLI(t, "", "--timeout", "2s", path)
	require.Equal(t, exitTimeout, r.code)
	require.Contains(t, r.stderr, "jsloop: script timed out after 2s (--timeout)\n")
	require.Contains(t, r.stderr, "jsloop: the time ran out while the loop was running JavaScript (busy for ")
	require.Contains(t, r.stderr, "    at spin ("+path+":1)\n")
	require.Contains(t, r.stderr, "jsloop: nothing kept the loop alive when the time ran out\n")
}

func TestDiagnosticFlagsAreInTheHelp(t *testing.T) {
	r := runCLI(t, "", "--help")
	for _, flag := range []string{"Diagnostics", "--warn-blocked", "--explain-exit", "SIGUSR1"} {
		require.Contains(t, r.stdout, flag)
	}
}
