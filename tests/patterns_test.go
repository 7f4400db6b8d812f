package tests

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// patternScript says how to check one script of scripts/patterns.
type patternScript struct {
	// byNode: the script uses only Node APIs and NAME.stdout is what node v20 printed
	// (JSLOOP_UPDATE_GOLDEN=1 regenerates it with the node on the PATH). Otherwise the
	// script uses jsloop-only modules and NAME.stdout was written from the semantics.
	byNode bool
	// flags go before the script on every run (-A for the scripts that use the network).
	flags []string
	// virtualTime: the script's output does not depend on how long real work takes, so
	// it is also run under --virtual-time, where it must print the same.
	virtualTime bool
}

// patternScripts lists every script of scripts/patterns; TestPatternScriptsListed
// checks that none is left out.
var patternScripts = map[string]patternScript{
	"dashboard":      {byNode: true, virtualTime: true},
	"order-pipeline": {byNode: true, virtualTime: true},
	// A timer left behind would show under --virtual-time: the clock would jump to 60 s
	// and the last line would say "no".
	"timeout-every-call": {virtualTime: true},
	// These start a server on 127.0.0.1 and fetch from it: real I/O, network permission.
	"taskgroup-fetch-all": {flags: []string{"-A"}},
	// Its server answers in rounds, 20 ms after each, whatever the clock says; under
	// --virtual-time the clock must move on while the server (Go work that never ends
	// by itself) waits, which it once did not (the script hung).
	"semaphore-fetch":      {flags: []string{"-A"}, virtualTime: true},
	"load-shedding-server": {flags: []string{"-A"}},
	// Measures the real loop's delay while a CPU job runs: the real clock only. It prints
	// facts with wide margins rather than timings: blocked, no heartbeat and a p99 above
	// 100 ms (the job takes about half a second); on the pool, heartbeats and a p99 under
	// a tenth of the blocked one (both grow together on a busy machine).
	"blocked-loop-workerpool": {},
}

// TestPatterns runs each script of scripts/patterns with the jsloop binary on the real
// clock (and under --virtual-time where it has no real I/O) and compares its output
// with NAME.stdout next to it; the script must exit 0.
func TestPatterns(t *testing.T) {
	for name, ps := range patternScripts {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			abs, err := filepath.Abs(filepath.Join("..", "scripts", "patterns", name+".js"))
			require.NoError(t, err)
			dir := filepath.Dir(abs)
			want := nodeGolden(t, abs, ps.byNode)

			modes := [][]string{{}}
			if ps.virtualTime {
				modes = append(modes, []string{"--virtual-time"})
			}
			for _, mode := range modes {
				args := append(append(slices.Clone(ps.flags), mode...), abs)
				res := runJSLoop(t, dir, args...)
				require.Equal(t, 0, res.exit, "%v: %s", args, res.stderr)
				require.Equal(t, want, res.stdout, "%v", args)
			}
		})
	}
}

// TestPatternScriptsListed fails when a script in scripts/patterns has no entry in
// patternScripts (it would go untested) or is missing from the folder's README.
func TestPatternScriptsListed(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("..", "scripts", "patterns", "*.js"))
	require.NoError(t, err)
	readme, err := os.ReadFile(filepath.Join("..", "scripts", "patterns", "README.md"))
	require.NoError(t, err)
	var names []string
	for _, js := range scripts {
		name := caseName(js)
		names = append(names, name)
		require.Contains(t, patternScripts, name, "add %s to patternScripts", js)
		require.Contains(t, string(readme), name+".js", "list %s in scripts/patterns/README.md", js)
	}
	for name := range patternScripts {
		require.Contains(t, names, name, "patternScripts lists a script that does not exist")
	}
}
