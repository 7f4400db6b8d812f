package tests

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExampleScripts runs the programs of scripts/ and compares their output with
// testdata/scripts/NAME.stdout, which node v20 printed for the same files.
func TestExampleScripts(t *testing.T) {
	for _, name := range []string{"hello", "ordering"} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", "scripts", name+".stdout"))
			require.NoError(t, err)
			script, err := filepath.Abs(filepath.Join("..", "scripts", name+".js"))
			require.NoError(t, err)
			got := runJSLoop(t, ".", script)
			require.Equal(t, 0, got.exit, got.stderr)
			require.Equal(t, string(want), got.stdout)
		})
	}
}
