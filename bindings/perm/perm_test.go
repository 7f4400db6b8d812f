package perm

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPolicy(t *testing.T) {
	p := CLIDefault("/home/u/project")
	require.NoError(t, p.CheckRead("/home/u/project/data/x.json"))
	require.NoError(t, p.CheckRead("/home/u/project"))
	err := p.CheckRead("/home/u/projectile/x")
	require.ErrorIs(t, err, ErrDenied)
	require.EqualError(t, err, `Requires read access to "/home/u/projectile/x", run again with the --allow-read flag`)
	require.ErrorIs(t, p.CheckWrite("/home/u/project/out"), ErrDenied)
	require.ErrorIs(t, p.CheckNet("example.com:443"), ErrDenied)
	require.ErrorIs(t, p.CheckRun("ls"), ErrDenied)

	require.NoError(t, p.Grant(Net, "127.0.0.1:8080,example.com"))
	require.NoError(t, p.CheckNet("127.0.0.1:8080"))
	require.NoError(t, p.CheckNet("EXAMPLE.com:443"))
	require.ErrorIs(t, p.CheckNet("127.0.0.1:9090"), ErrDenied)
	require.NoError(t, p.Grant(Write, "/tmp/out"))
	require.NoError(t, p.CheckWrite("/tmp/out/a/b"))
	require.NoError(t, p.Grant(Run, ""))
	require.NoError(t, p.CheckRun("/bin/ls"))

	var pe *Error
	require.True(t, errors.As(AllowAll().CheckRead("/etc/passwd"), &pe) == false)
	require.Error(t, p.Grant("disk", ""))
}
