package tests

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPromisesAplus runs the Promises/A+ compliance suite from testdata/aplus, which
// loads its test files and sinon with require from node_modules as a user's project
// would. node v20 passes all 872 tests with the same runner.
func TestPromisesAplus(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "aplus"))
	require.NoError(t, err)
	got := runJSLoop(t, dir, filepath.Join(dir, "run.js"))
	require.Equal(t, 0, got.exit, got.stderr)
	require.Equal(t, "passed 872 failed 0", strings.TrimSpace(got.stdout))
}
