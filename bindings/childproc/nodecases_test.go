package childproc_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"
	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/childproc"
	"github.com/jsloop/jsloop/bindings/fs"
	"github.com/jsloop/jsloop/eventloop"
)

// TestNodeCases runs the Node-verified cases of tests/testdata/nodecases/fs and
// childproc in-process, with fs, fs/promises and child_process given to require the
// way the command will once they are registered (for await is lowered with esbuild,
// as the command does).
func TestNodeCases(t *testing.T) {
	for _, folder := range []string{"fs", "childproc"} {
		root := filepath.Join("..", "..", "tests", "testdata", "nodecases", folder)
		cases, err := filepath.Glob(filepath.Join(root, "*.js"))
		require.NoError(t, err)
		require.NotEmpty(t, cases)
		for _, js := range cases {
			t.Run(folder+"/"+filepath.Base(js), func(t *testing.T) {
				t.Parallel()
				src, err := os.ReadFile(js)
				require.NoError(t, err)
				if strings.Contains(string(src), "for await") {
					// goja lacks for await: lower it as the command does.
					res := api.Transform(string(src), api.TransformOptions{Loader: api.LoaderJS, Target: api.ES2017})
					require.Empty(t, res.Errors)
					src = res.Code
				}
				base := strings.TrimSuffix(js, ".js")
				want, err := os.ReadFile(base + ".stdout")
				require.NoError(t, err)
				wantExit, err := os.ReadFile(base + ".exit")
				require.NoError(t, err)
				out, code := runCase(t, js, string(src))
				require.Equal(t, string(want), out)
				require.Equal(t, strings.TrimSpace(string(wantExit)), strconv.Itoa(code))
			})
		}
	}
}

func runCase(t *testing.T, file, src string) (string, int) {
	t.Helper()
	abs, err := filepath.Abs(file)
	require.NoError(t, err)
	out := &syncBuffer{}
	loop, err := eventloop.New(eventloop.WithStdout(out), eventloop.WithStderr(&syncBuffer{}))
	require.NoError(t, err)
	host, err := bindings.Install(loop, bindings.Options{Argv: []string{"jsloop", abs}})
	require.NoError(t, err)
	rt := loop.Runtime()
	fsMod := fs.New(loop, nil, fs.WithRequire(host.RequireBuiltin))
	cpMod := childproc.New(loop, nil, childproc.WithRequire(host.RequireBuiltin))
	orig, _ := goja.AssertFunction(rt.Get("require"))
	req := func(c goja.FunctionCall) goja.Value {
		switch strings.TrimPrefix(c.Argument(0).String(), "node:") {
		case "fs":
			return fsMod.Exports()
		case "fs/promises":
			return fsMod.Promises()
		case "child_process":
			return cpMod.Exports()
		}
		v, err := orig(goja.Undefined(), c.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}
	require.NoError(t, rt.Set("__caseRequire", req))
	wrapped := "(function (require, __filename, __dirname) {" + src + "\n})(__caseRequire, " +
		strconv.Quote(abs) + ", " + strconv.Quote(filepath.Dir(abs)) + ")"
	require.NoError(t, loop.Submit(host.Eval(abs, wrapped, false)))
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	err = loop.Run(ctx)
	code := 0
	var exit *eventloop.ExitError
	var uncaught *eventloop.UncaughtError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.Code
	case errors.As(err, &uncaught):
		t.Logf("uncaught: %s", uncaught.Report)
		code = 1
	default:
		require.NoError(t, err)
	}
	return out.String(), code
}
