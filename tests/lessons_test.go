package tests

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// lessonRealTime lists the lessons whose output is also checked on the real clock. The
// others wait for seconds (06) or print facts about timing that a very busy machine
// could upset (04); they run under --virtual-time only, where they are deterministic.
var lessonRealTime = map[string]bool{
	"01-microtasks-vs-macrotasks": true,
	"02-nexttick-starvation":      true,
	"03-await-costs":              true,
	"05-unhandled-rejections":     true,
}

// TestLessons runs the teaching scripts of scripts/lessons and compares their output
// with NAME.stdout next to them, which node v20 printed for the same file
// (JSLOOP_UPDATE_GOLDEN=1 regenerates it with the node on the PATH). Each lesson runs
// under --virtual-time, with and without --trace (text to a file, and JSON, whose
// consistency is checked), and on the real clock where lessonRealTime allows.
func TestLessons(t *testing.T) {
	lessons, err := filepath.Glob(filepath.Join("..", "scripts", "lessons", "*.js"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(lessons), 5)
	for _, js := range lessons {
		name := caseName(js)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			abs, err := filepath.Abs(js)
			require.NoError(t, err)
			dir := filepath.Dir(abs)
			want := nodeGolden(t, abs, true)

			modes := [][]string{{"--virtual-time"}}
			if lessonRealTime[name] {
				modes = append(modes, []string{})
			}
			for _, mode := range modes {
				res := runJSLoop(t, dir, append(mode, abs)...)
				require.Equal(t, 0, res.exit, "%v: %s", mode, res.stderr)
				require.Equal(t, want, res.stdout, "%v", mode)

				res, trace := runTraced(t, abs, append(mode, "--trace")...)
				require.Equal(t, 0, res.exit, "%v --trace: %s", mode, res.stderr)
				require.Equal(t, want, res.stdout, "%v --trace", mode)
				require.Contains(t, trace, " started ")
			}
			res, out := runTraced(t, abs, "--virtual-time", "--trace=json")
			require.Equal(t, want, res.stdout, "--trace=json")
			checkTraceConsistency(t, parseJSONTrace(t, out))
		})
	}
}
