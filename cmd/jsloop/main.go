// Command jsloop runs a JavaScript file with Node's event-loop semantics on a Go event
// loop: the same output order, errors and exit codes as node.
//
//	jsloop [flags] script.js [args...]
//	jsloop [flags] -e 'code' [args...]
//	jsloop [flags] -p 'expression' [args...]
//	jsloop [flags] - [args...]        # the script comes from standard input
//
// Run `jsloop --help` for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/pprof"
	"time"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

// Exit codes beyond the script's own (0, 1, 7, or what process.exit chose).
const (
	exitUsage    = 9   // bad command line, as node's "invalid argument" exit code
	exitTimeout  = 124 // --timeout expired, as timeout(1)
	exitInternal = 70  // a bug in jsloop (EX_SOFTWARE)
)

const usageText = `Usage:
  jsloop [flags] script.js [args...]   run a script (CommonJS; .ts is transpiled)
  jsloop [flags] -e 'code' [args...]    run code given on the command line
  jsloop [flags] -p 'expr' [args...]    run code and print its value
  jsloop [flags] - [args...]            run the script read from standard input

The arguments after the script reach it as process.argv.slice(2).

Flags:
  -e, --eval CODE         run CODE instead of a file
  -p, --print EXPR        run EXPR and print the result, like console.log
  -c, --check             check the script's syntax only; exit 1 with the error if it is wrong
      --timeout DURATION  stop a script still running after DURATION (e.g. 500ms, 10s, 2m)
                          with an error message and exit code 124
      --no-warnings       do not print process warnings (they are still emitted)
      --loops N           run the script on N loops (goroutines) in one process; their
                          HTTP servers on one host:port share a listener (docs/http.md)

Seeing the loop (see docs/tracing.md):
      --trace[=FORMAT]    trace every task queued, started and finished: text (default),
                          json (JSON Lines) or chrome (Perfetto, chrome://tracing)
      --trace-file FILE   write the trace to FILE instead of standard error (- : stdout)
      --timeline FILE     write a self-contained HTML timeline of the run to FILE
      --virtual-time      run on a virtual clock: timers fire at once and in order;
                          Date.now() and performance.now() follow it

Diagnostics (see docs/diagnostics.md):
      --warn-blocked DURATION  report each time the loop stays busy longer than
                          DURATION (e.g. 50ms): for how long, and the JS stack it was in
      --explain-exit      when the script ends, list what was left on the loop; --timeout
                          lists what kept it alive, and so does SIGUSR1 at any time

Permissions (a script may read files under the working directory and nothing else
unless allowed; a denied call fails with a PermissionDenied error naming the flag):
      --allow-read[=PATH,...]   read files anywhere, or under these paths
      --allow-write[=PATH,...]  create, change and delete files, or under these paths
      --allow-net[=HOST[:PORT],...]  make network connections, or to these hosts
      --allow-run[=PROGRAM,...] start child processes, or these programs
  -A, --allow-all               allow everything
      --cpuprofile FILE   write a Go CPU profile of the run to FILE (for go tool pprof)
  -v, --version           print jsloop's version and exit
  -h, --help              print this help and exit
`

type config struct {
	eval, print   string
	evalSet       bool
	printSet      bool
	check         bool
	timeout       time.Duration
	noWarnings    bool
	version       bool
	cpuProfile    string
	features      []feature
	policy        *perm.Policy
	help          bool
	script        string
	scriptArgs    []string
	fromStdinDash bool
}

func main() {
	_, gogcSet := os.LookupEnv("GOGC")
	startGCTuner(gogcSet)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "jsloop: %v\nRun 'jsloop --help' for usage.\n", err)
		return exitUsage
	}
	switch {
	case cfg.help:
		fmt.Fprint(stdout, usageText)
		return 0
	case cfg.version:
		fmt.Fprintf(stdout, "jsloop v%s (Node.js %s semantics)\n", bindings.Version, bindings.NodeVersion)
		return 0
	}
	if cfg.cpuProfile != "" {
		stop, err := startCPUProfile(cfg.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: --cpuprofile: %v\n", err)
			return 1
		}
		defer stop()
	}
	return executeLoops(cfg, stdin, stdout, stderr)
}

// startCPUProfile profiles the whole run into path.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("jsloop", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	evalFlag := func(set *bool, dst *string) func(string) error {
		return func(s string) error { *set, *dst = true, s; return nil }
	}
	fs.Func("e", "", evalFlag(&cfg.evalSet, &cfg.eval))
	fs.Func("eval", "", evalFlag(&cfg.evalSet, &cfg.eval))
	fs.Func("p", "", evalFlag(&cfg.printSet, &cfg.print))
	fs.Func("print", "", evalFlag(&cfg.printSet, &cfg.print))
	fs.BoolVar(&cfg.check, "c", false, "")
	fs.BoolVar(&cfg.check, "check", false, "")
	fs.DurationVar(&cfg.timeout, "timeout", 0, "")
	fs.BoolVar(&cfg.noWarnings, "no-warnings", false, "")
	fs.StringVar(&cfg.cpuProfile, "cpuprofile", "", "")
	cfg.features = features()
	for _, f := range cfg.features {
		f.flags(fs)
	}
	cwd, _ := os.Getwd()
	cfg.policy = perm.CLIDefault(cwd)
	for _, kind := range []perm.Kind{perm.Read, perm.Write, perm.Net, perm.Run} {
		fs.Var(&grantFlag{policy: cfg.policy, kind: kind}, "allow-"+string(kind), "")
	}
	allowAll := func(string) error { cfg.policy.All = true; return nil }
	fs.BoolFunc("A", "", allowAll)
	fs.BoolFunc("allow-all", "", allowAll)
	fs.BoolVar(&cfg.version, "v", false, "")
	fs.BoolVar(&cfg.version, "version", false, "")
	fs.BoolVar(&cfg.help, "h", false, "")
	fs.BoolVar(&cfg.help, "help", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, plainFlagError(fs, err)
	}
	rest := fs.Args()
	if cfg.evalSet && cfg.printSet {
		return nil, errors.New("-e and -p cannot be used together")
	}
	if cfg.timeout < 0 {
		return nil, errors.New("--timeout must not be negative")
	}
	if cfg.help || cfg.version {
		return cfg, nil
	}
	if cfg.evalSet || cfg.printSet {
		cfg.scriptArgs = rest
		return cfg, nil
	}
	if len(rest) == 0 {
		return nil, errors.New("no script given (use a file name, -e CODE, or - for standard input)")
	}
	cfg.script, cfg.scriptArgs = rest[0], rest[1:]
	return cfg, nil
}

// mainTask runs the entry point file: bundled as an ES module, or as CommonJS.
func mainTask(host *bindings.Host, name string) (eventloop.Task, error) {
	code, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	if !isESM(name, code) {
		return host.RunMain(name), nil
	}
	bundle, base, err := bundleESM(name)
	if err != nil {
		return nil, err
	}
	host.SetModuleBase(base)
	return host.RunESM(name, bundle), nil
}

// execute builds a loop, installs the bindings, runs the entry point and maps the
// outcome to an exit code.
func execute(cfg *config, stdin io.Reader, stdout, stderr io.Writer) int {
	exe, _ := os.Executable()
	argv := []string{exe}
	var code string
	name := cfg.script
	switch {
	case cfg.evalSet:
		code, name = cfg.eval, "[eval]"
	case cfg.printSet:
		code, name = cfg.print, "[eval]"
	case cfg.script == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: cannot read the script from standard input: %v\n", err)
			return 1
		}
		code, name = string(b), "[stdin]"
	default:
		info, err := os.Stat(cfg.script)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: cannot open %s: %v\n", cfg.script, describeOSError(err))
			return 1
		}
		if info.IsDir() {
			fmt.Fprintf(stderr, "jsloop: cannot run %s: it is a directory\n", cfg.script)
			return 1
		}
		name = absPath(cfg.script)
		argv = append(argv, name)
	}
	argv = append(argv, cfg.scriptArgs...)

	var loopOpts []eventloop.Option
	for _, f := range cfg.features {
		opts, err := f.loopOptions(stderr)
		if err != nil {
			fmt.Fprintf(stderr, "jsloop: %v\n", err)
			return exitUsage
		}
		loopOpts = append(loopOpts, opts...)
	}
	loop, err := eventloop.New(loopOpts...)
	if err != nil {
		fmt.Fprintf(stderr, "jsloop: internal error: %v\n", err)
		return exitInternal
	}
	loader := &sourceLoader{}
	host, err := bindings.Install(loop, bindings.Options{
		Argv: argv, Stdout: stdout, Stderr: stderr, LoadSource: loader.load, NoWarnings: cfg.noWarnings,
		Permissions: cfg.policy, Entry: mainTask, WorkerLoopOptions: workerLoopOptions(cfg.features, loop),
	})
	if err != nil {
		fmt.Fprintf(stderr, "jsloop: internal error: %v\n", err)
		return exitInternal
	}
	for _, f := range cfg.features {
		if err := f.started(loop, host); err != nil {
			fmt.Fprintf(stderr, "jsloop: %v\n", err)
			return exitUsage
		}
	}
	if code != "" && needsLowering.MatchString(code) {
		lowered, err := lower(name, []byte(code), api.LoaderJS)
		if err != nil {
			return report(stderr, err)
		}
		host.SetSource(name, code)
		code = string(lowered)
	}
	if cfg.check {
		if code != "" || name == "[stdin]" {
			err = host.CheckCode(name, code)
		} else {
			err = host.Check(name)
		}
		if err != nil {
			return report(stderr, err)
		}
		return 0
	}
	var task eventloop.Task
	switch {
	case cfg.evalSet || cfg.printSet || name == "[stdin]":
		task = host.Eval(name, code, cfg.printSet)
	default:
		task, err = mainTask(host, name)
		if err != nil {
			return report(stderr, err)
		}
	}
	if err := loop.Submit(task); err != nil {
		fmt.Fprintf(stderr, "jsloop: internal error: %v\n", err)
		return exitInternal
	}
	ctx := context.Background()
	if cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, cfg.timeout, &timeoutError{cfg.timeout})
		defer cancel()
	}
	err = loop.Run(ctx)
	status := report(stderr, err)
	for _, f := range cfg.features {
		status = f.finished(loop, err, status, stderr)
	}
	return status
}

// boolFlagError matches the flag package's message for a flag that may be given
// without a value (--trace) but was given a bad one: its own message already names
// the flag and says what is wrong, so the "invalid boolean value" preamble only
// misleads.
var boolFlagError = regexp.MustCompile(`^invalid boolean value "[^"]*" for -[\w-]+: (--?[\w-]+=.*)$`)

// durationFlagError matches the flag package's message for a bad duration.
var durationFlagError = regexp.MustCompile(`^invalid value "([^"]*)" for flag -([\w-]+): parse error$`)

// plainFlagError drops that preamble, and says what a duration looks like.
func plainFlagError(fs *flag.FlagSet, err error) error {
	if m := boolFlagError.FindStringSubmatch(err.Error()); m != nil {
		return errors.New(m[1])
	}
	if m := durationFlagError.FindStringSubmatch(err.Error()); m != nil {
		if f := fs.Lookup(m[2]); f != nil {
			if g, ok := f.Value.(flag.Getter); ok {
				if _, isDuration := g.Get().(time.Duration); isDuration {
					return fmt.Errorf("invalid value %q for flag -%s: give a duration such as 500ms, 10s or 2m", m[1], m[2])
				}
			}
		}
	}
	return err
}
