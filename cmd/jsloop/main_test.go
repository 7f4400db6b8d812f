package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{code: code, stdout: out.String(), stderr: errOut.String()}
}

func writeScript(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	return path
}

func TestVersionAndHelp(t *testing.T) {
	r := runCLI(t, "", "--version")
	require.Equal(t, 0, r.code)
	require.Contains(t, r.stdout, "jsloop v")
	r = runCLI(t, "", "-h")
	require.Equal(t, 0, r.code)
	for _, flag := range []string{"--eval", "--print", "--check", "--timeout", "--no-warnings", "--version", "--help"} {
		require.Contains(t, r.stdout, flag)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"--timeout", "soon", "x.js"}, {"--no-such-flag", "x.js"}, {"-e", "1", "-p", "2"}} {
		r := runCLI(t, "", args...)
		require.Equal(t, exitUsage, r.code, "%v", args)
		require.Contains(t, r.stderr, "jsloop: ")
		require.Contains(t, r.stderr, "--help")
	}
}

// TestFlagErrorsSayWhatIsWrong: a bad value for a flag that may stand alone (--trace)
// or a bad duration is reported in the flag's own terms, not the flag package's.
func TestFlagErrorsSayWhatIsWrong(t *testing.T) {
	r := runCLI(t, "", "--trace=xml", "x.js")
	require.Equal(t, exitUsage, r.code)
	require.Equal(t, "jsloop: --trace=xml: the format must be text, json or chrome\nRun 'jsloop --help' for usage.\n", r.stderr)
	r = runCLI(t, "", "--timeout", "soon", "x.js")
	require.Equal(t, exitUsage, r.code)
	require.Contains(t, r.stderr, `invalid value "soon" for flag -timeout: give a duration such as 500ms, 10s or 2m`)
}

func TestRunsAScriptWithArguments(t *testing.T) {
	path := writeScript(t, "args.js", `console.log(JSON.stringify(process.argv.slice(2)), __filename === process.argv[1]);`)
	r := runCLI(t, "", path, "one", "--two", "3")
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "[\"one\",\"--two\",\"3\"] true\n", r.stdout)
}

func TestEvalPrintAndStdin(t *testing.T) {
	r := runCLI(t, "", "-e", `setTimeout(() => console.log('later', process.argv.length), 1); console.log('now')`, "x")
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "now\nlater 2\n", r.stdout)

	r = runCLI(t, "", "-p", `[1, 2].map((x) => x * 2)`)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "[ 2, 4 ]\n", r.stdout) // node -p '[1, 2].map((x) => x * 2)' prints the same

	r = runCLI(t, "process.nextTick(() => console.log('tick')); console.log('stdin');", "-")
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "stdin\ntick\n", r.stdout)
}

func TestMissingScriptIsOneLine(t *testing.T) {
	r := runCLI(t, "", filepath.Join(t.TempDir(), "nope.js"))
	require.Equal(t, 1, r.code)
	require.Equal(t, 1, strings.Count(r.stderr, "\n"), r.stderr)
	require.Contains(t, r.stderr, "nope.js: no such file or directory")
}

func TestSyntaxErrorReportsFileLineColumnAndRunsNothing(t *testing.T) {
	path := writeScript(t, "bad.js", "console.log('must not run');\nlet x = 1;\nlet y = ;\n")
	r := runCLI(t, "", path)
	require.Equal(t, 1, r.code)
	require.Empty(t, r.stdout)
	require.Contains(t, r.stderr, path+":3\nlet y = ;\n        ^\n")
	require.Contains(t, r.stderr, "SyntaxError: ")

	r = runCLI(t, "", "--check", path)
	require.Equal(t, 1, r.code)
	require.Contains(t, r.stderr, path+":3")

	good := writeScript(t, "good.js", "console.log('not run by --check')")
	r = runCLI(t, "", "-c", good)
	require.Equal(t, 0, r.code, r.stderr)
	require.Empty(t, r.stdout)
}

// Node prints an uncaught error as file:line, the line, a caret, the stack, and exits 1.
func TestUncaughtErrorReport(t *testing.T) {
	path := writeScript(t, "throws.js", "function fail() {\n  throw new TypeError('bad input');\n}\nsetTimeout(fail, 1);\n")
	r := runCLI(t, "", path)
	require.Equal(t, 1, r.code)
	require.True(t, strings.HasPrefix(r.stderr, path+":2\n  throw new TypeError('bad input');\n  ^\n\nTypeError: bad input\n    at fail ("+path+":2:9)"), r.stderr)
	require.True(t, strings.HasSuffix(r.stderr, "\njsloop v0.1.0\n"), r.stderr)
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		src  string
		code int
	}{
		{`process.exitCode = 3`, 3},
		{`setTimeout(() => process.exit(5), 1); setTimeout(() => console.log('never'), 2)`, 5},
		{`Promise.reject(new Error('x'))`, 1},
		{`process.on('uncaughtException', () => { throw new Error('again'); }); throw new Error('first')`, 7},
		{`process.on('uncaughtException', () => {}); throw new Error('handled')`, 0},
	}
	for _, tc := range tests {
		r := runCLI(t, "", "-e", tc.src)
		require.Equal(t, tc.code, r.code, "%s\n%s", tc.src, r.stderr)
		require.NotContains(t, r.stdout, "never")
	}
}

func TestTimeoutInterruptsARunawayScript(t *testing.T) {
	r := runCLI(t, "", "--timeout", "50ms", "-e", `console.log('start'); for (;;) {}`)
	require.Equal(t, exitTimeout, r.code)
	require.Equal(t, "start\n", r.stdout)
	require.Contains(t, r.stderr, "timed out after 50ms")

	r = runCLI(t, "", "--timeout", "50ms", "-e", `setInterval(() => {}, 5)`)
	require.Equal(t, exitTimeout, r.code, "a loop kept alive by an interval is stopped too")
}

func TestAsyncGeneratorsAreLoweredWithTheirLineNumbers(t *testing.T) {
	path := writeScript(t, "gen.js", `async function* numbers() {
  yield 1;
  yield 2;
  throw new Error('generator failed');
}
(async () => {
  for await (const n of numbers()) console.log('got', n);
})();
`)
	r := runCLI(t, "", path)
	require.Equal(t, 1, r.code)
	require.Equal(t, "got 1\ngot 2\n", r.stdout)
	require.Contains(t, r.stderr, path+":4\n  throw new Error('generator failed');\n")
}

func TestTypeScriptRuns(t *testing.T) {
	path := writeScript(t, "hello.ts", "const greet = (name: string): string => `hi ${name}`;\nconsole.log(greet('ts'));\n")
	r := runCLI(t, "", path)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "hi ts\n", r.stdout)
}

func TestRequireRelativeFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "lib.js"), []byte("exports.twice = (x) => 2 * x;\n"), 0o644))
	main := filepath.Join(dir, "main.js")
	require.NoError(t, os.WriteFile(main, []byte("const { twice } = require('./lib');\nconsole.log(twice(21), require.main === module);\n"), 0o644))
	r := runCLI(t, "", main)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "42 true\n", r.stdout)
}

func TestEvalLowersAsyncGenerators(t *testing.T) {
	src := "async function* g() { yield 1; yield 2; }\n(async () => { for await (const x of g()) console.log(x); })();"
	r := runCLI(t, "", "-e", src)
	require.Equal(t, 0, r.code, r.stderr)
	require.Equal(t, "1\n2\n", r.stdout)
	r = runCLI(t, src, "-")
	require.Equal(t, "1\n2\n", r.stdout, r.stderr)
	r = runCLI(t, "", "--check", "-e", src)
	require.Equal(t, 0, r.code, r.stderr)
}
