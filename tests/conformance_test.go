// Package tests runs jsloop against the Node-verified corpora: the conformance cases
// of ../shared/conformance (copied into testdata/conformance) and jsloop's own cases
// in testdata/nodecases. Every expected output there was produced by Node v20.
package tests

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// jsloopBinary builds cmd/jsloop once per test run.
func jsloopBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "jsloop-test")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "jsloop")
		out, err := exec.Command("go", "build", "-o", binPath, "../cmd/jsloop").CombinedOutput()
		if err != nil {
			buildErr = &buildFailure{out: string(out), err: err}
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

type buildFailure struct {
	out string
	err error
}

func (b *buildFailure) Error() string { return b.err.Error() + "\n" + b.out }

// caseResult is one run of the binary on a script.
type caseResult struct {
	stdout, stderr string
	exit           int
}

func runJSLoop(t *testing.T, dir string, args ...string) caseResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, jsloopBinary(t), args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "jsloop %v timed out", args)
	exit := 0
	if ee, ok := err.(*exec.ExitError); ok {
		exit = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return caseResult{stdout: stdout.String(), stderr: stderr.String(), exit: exit}
}

// caseExtensions are the script kinds a case can be.
var caseExtensions = []string{".js", ".mjs", ".cjs", ".ts", ".mts"}

// runCorpus runs every NNN-name script under root and compares it with its .stdout,
// .exit and optional .stderr (each non-empty line must appear in stderr), the format of
// ../shared/conformance/run.sh. A FLAGS file in a case's folder holds command-line
// flags for its cases (such as --allow-write).
func runCorpus(t *testing.T, root string) {
	var cases []string
	require.NoError(t, filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !slices.Contains(caseExtensions, filepath.Ext(path)) {
			return err
		}
		if _, statErr := os.Stat(strings.TrimSuffix(path, filepath.Ext(path)) + ".stdout"); statErr == nil {
			cases = append(cases, path)
		}
		return nil
	}))
	require.NotEmpty(t, cases)
	sem := make(chan struct{}, runtime.NumCPU())
	for _, js := range cases {
		name, _ := filepath.Rel(root, js)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			sem <- struct{}{}
			defer func() { <-sem }()
			base := strings.TrimSuffix(js, filepath.Ext(js))
			wantOut, err := os.ReadFile(base + ".stdout")
			require.NoError(t, err)
			wantExitRaw, err := os.ReadFile(base + ".exit")
			require.NoError(t, err)
			wantExit, err := strconv.Atoi(strings.TrimSpace(string(wantExitRaw)))
			require.NoError(t, err)
			abs, err := filepath.Abs(js)
			require.NoError(t, err)
			var args []string
			if flags, err := os.ReadFile(filepath.Join(filepath.Dir(abs), "FLAGS")); err == nil {
				args = strings.Fields(string(flags))
			}
			got := runJSLoop(t, filepath.Dir(abs), append(args, abs)...)
			require.Equal(t, string(wantOut), got.stdout, "stdout (stderr was:\n%s)", got.stderr)
			require.Equal(t, wantExit, got.exit, "exit code (stderr was:\n%s)", got.stderr)
			if wantErr, err := os.ReadFile(base + ".stderr"); err == nil {
				for _, line := range strings.Split(string(wantErr), "\n") {
					if line = strings.TrimRight(line, "\r"); line != "" {
						require.Contains(t, got.stderr, line)
					}
				}
			}
		})
	}
}

func TestConformance(t *testing.T) {
	runCorpus(t, "testdata/conformance")
}

// TestNodeCases runs jsloop's own Node-verified cases (testdata/nodecases), in the
// same format as the conformance corpus.
func TestNodeCases(t *testing.T) {
	runCorpus(t, "testdata/nodecases")
}
