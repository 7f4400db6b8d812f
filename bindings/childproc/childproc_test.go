package childproc_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings"
	"github.com/jsloop/jsloop/bindings/childproc"
	"github.com/jsloop/jsloop/bindings/perm"
	"github.com/jsloop/jsloop/eventloop"
)

// iterate is for await, which goja lacks, over an async iterable.
const iterate = `
async function collect(iterable, each) {
  const it = iterable[Symbol.asyncIterator]();
  for (let r = await it.next(); !r.done; r = await it.next()) {
    if (each(r.value) === false) { await it.return(); break; }
  }
}
`

func TestOutputOrderingAndExit(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const c = cp.spawn('sh', ['-c', 'seq 1 50000; echo done >&2; exit 5']);
		const events = [];
		let text = '';
		let chunks = 0;
		c.stdout.on('data', (d) => { text += d; chunks++; });
		c.stderr.on('data', (d) => events.push('stderr ' + String(d).trim()));
		c.stdout.on('end', () => events.push('stdout end'));
		c.on('spawn', () => events.push('spawn'));
		c.on('exit', (code, signal) => events.push('exit ' + code + ' ' + signal));
		c.on('close', (code, signal) => {
		  events.push('close ' + code + ' ' + signal);
		  const lines = text.trim().split('\n');
		  console.log(lines.length, lines.every((l, i) => l === String(i + 1)), chunks >= 1);
		  console.log(events[0], events[events.length - 1], events.includes('stdout end'), events.includes('stderr done'));
		  console.log(events.indexOf('exit 5 null') < events.indexOf('close 5 null'));
		});
	`)
	require.Equal(t, "50000 true true\nspawn close 5 null true true\ntrue\n", out)
}

func TestExitCodes(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const codes = [];
		let pending = 4;
		for (const n of [0, 1, 42, 255]) {
		  cp.spawn('sh', ['-c', 'exit ' + n]).on('exit', (code, signal) => {
		    codes.push(code + '/' + signal);
		    if (--pending === 0) console.log(codes.sort().join(' '));
		  });
		}
	`)
	require.Equal(t, "0/null 1/null 255/null 42/null\n", out)
}

func TestSignals(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const results = [];
		const run = (sig, then) => {
		  const c = cp.spawn('sleep', ['30']);
		  c.on('spawn', () => results.push(sig + ' sent ' + c.kill(sig)));
		  c.on('exit', (code, signal) => { results.push(sig + ' -> ' + code + ' ' + signal + ' ' + c.killed); then(); });
		};
		run('SIGTERM', () => run('SIGKILL', () => run('SIGINT', () => run(9, () => run('SIGHUP', () => {
		  console.log(results.join('\n'));
		  try { cp.spawn('true').kill('SIGBOGUS'); } catch (err) { console.log(err.code, err.message); }
		})))));
	`)
	require.Equal(t, `SIGTERM sent true
SIGTERM -> null SIGTERM true
SIGKILL sent true
SIGKILL -> null SIGKILL true
SIGINT sent true
SIGINT -> null SIGINT true
9 sent true
9 -> null SIGKILL true
SIGHUP sent true
SIGHUP -> null SIGHUP true
ERR_UNKNOWN_SIGNAL Unknown signal: SIGBOGUS
`, out)
}

func TestENOENT(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const c = cp.spawn('jsloop-missing-program', ['a']);
		c.on('error', (err) => console.log('error', err.message, err.code, err.errno, err.syscall, err.path, JSON.stringify(err.spawnargs)));
		c.on('exit', () => console.log('no exit event'));
		c.on('close', (code, signal) => {
		  console.log('close', code, signal);
		  const c2 = cp.spawn('./missing', [], { cwd: dir });
		  c2.on('error', (err) => console.log('relative', err.message));
		  c2.on('close', () => {
		    const c3 = cp.spawn('true', [], { cwd: dir + '/no-such-dir' });
		    c3.on('error', (err) => console.log('bad cwd', err.code, err.syscall));
		  });
		});
	`)
	require.Equal(t, `error spawn jsloop-missing-program ENOENT ENOENT -2 spawn jsloop-missing-program jsloop-missing-program ["a"]
close -2 null
relative spawn ./missing ENOENT
bad cwd ENOENT spawn true
`, out)
}

func TestAsyncIterationOfStdout(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(iterate + `
		(async () => {
		  const c = cp.spawn('seq', ['1', '100000']);
		  let bytes = 0, chunks = 0, buffers = true;
		  await collect(c.stdout, (chunk) => { bytes += chunk.length; chunks++; buffers = buffers && chunk instanceof Uint8Array; });
		  console.log(bytes, chunks > 1, buffers);
		  const c2 = cp.spawn('printf', ['héllo']);
		  c2.stdout.setEncoding('utf8');
		  const parts = [];
		  await collect(c2.stdout, (s) => parts.push(typeof s + ':' + s));
		  console.log(parts.join(','));
		  const yes = cp.spawn('yes');
		  let n = 0;
		  await collect(yes.stdout, (chunk) => { n += chunk.length; if (n > 1 << 20) { yes.kill(); return false; } });
		  yes.on('close', (code, signal) => console.log('yes', n > 1 << 20, code, signal));
		})();
	`)
	require.Equal(t, "588895 true true\nstring:héllo\nyes true null SIGTERM\n", out)
}

func TestStdinPiping(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const c = cp.spawn('cat');
		const size = 3 * 1024 * 1024;
		let got = 0, ok = true, drains = 0;
		let pattern = '';
		for (let i = 0; i < 251; i++) pattern += String.fromCharCode(32 + (i % 90));
		c.stdout.on('data', (d) => { for (let i = 0; i < d.length; i += 4999) ok = ok && d[i] === pattern.charCodeAt((got + i) % 251); got += d.length; });
		const data = Buffer.alloc(size, pattern);
		let off = 0;
		const pump = () => {
		  while (off < size) {
		    const chunk = data.subarray(off, off + 65536);
		    off += chunk.length;
		    if (!c.stdin.write(chunk)) { drains++; c.stdin.once('drain', pump); return; }
		  }
		  c.stdin.end();
		};
		pump();
		c.on('close', (code) => console.log(code, got === size, ok, drains > 0));
	`)
	require.Equal(t, "0 true true true\n", out)
}

func TestExecAndPromisify(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const util = require('util');
		const exec = util.promisify(cp.exec);
		(async () => {
		  console.log(await exec('echo out; echo err >&2'));
		  try { await exec('echo x; exit 9'); } catch (err) {
		    console.log(err.code, err.killed, err.signal, err.cmd, JSON.stringify(err.stdout), Object.keys(err).join());
		  }
		  try { await exec('sleep 10', { timeout: 30 }); } catch (err) { console.log('timeout', err.killed, err.signal, err.code); }
		  console.log(await util.promisify(cp.execFile)('printf', ['%s-%s', 'a', 'b']));
		})();
	`)
	require.Equal(t, `{ stdout: 'out\n', stderr: 'err\n' }
9 false null echo x; exit 9 "x\n" code,killed,signal,cmd,stdout,stderr
timeout true SIGTERM null
{ stdout: 'a-b', stderr: '' }
`, out)
}

func TestSyncVariantsBlockTheLoop(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		setTimeout(() => console.log('timer'), 0);
		console.log(cp.execSync('sleep 0.05; echo slept').toString().trim());
		console.log(cp.execFileSync('sh', ['-c', 'echo $0'], { encoding: 'utf8' }).trim());
		const r = cp.spawnSync('sh', ['-c', 'cat; echo e >&2; exit 3'], { input: 'in' });
		console.log(r.status, r.signal, String(r.stdout), String(r.stderr).trim(), typeof r.pid);
		try { cp.execSync('exit 2', { stdio: 'pipe' }); } catch (err) { console.log(err.status, err.message); }
		const t = cp.spawnSync('sleep', ['5'], { timeout: 20 });
		console.log(t.signal, t.error.code);
		console.log('sync done');
	`)
	require.Equal(t, "slept\nsh\n3 null in e number\n2 Command failed: exit 2\nSIGTERM ETIMEDOUT\nsync done\ntimer\n", out)
}

func TestOptions(t *testing.T) {
	e := newEnv(t, nil)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "marker"), nil, 0o644))
	out := e.run(`
		cp.exec('ls', { cwd: dir }, (err, stdout) => {
		  console.log('cwd', err, stdout.trim());
		  cp.exec('echo "$A-$B"', { env: { A: '1', B: '2', PATH: process.env.PATH } }, (err, stdout) => {
		    console.log('env', stdout.trim());
		    const c = cp.spawn('echo $((1 + 2))', { shell: true });
		    c.stdout.on('data', (d) => console.log('shell', String(d).trim()));
		    c.on('close', () => {
		      const i = cp.spawn('sh', ['-c', 'echo ignored'], { stdio: 'ignore' });
		      console.log('ignore', i.stdout, i.stderr, i.stdin);
		      i.on('close', (code) => {
		        const inh = cp.spawn('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
		        inh.on('close', (code) => {
		          console.log('inherit closed', code);
		          const inh2 = cp.spawn('sh', ['-c', 'echo inherited-err >&2'], { stdio: ['pipe', 'pipe', 'inherit'] });
		          inh2.on('close', (code) => console.log('stderr inherited', code));
		        });
		      });
		    });
		  });
		});
	`)
	require.Equal(t, "cwd null marker\nenv 1-2\nshell 3\nignore null null null\ninherited\ninherit closed 0\ninherited-err\nstderr inherited 0\n", out)
}

func TestPermissions(t *testing.T) {
	t.Run("spawn checks the program", func(t *testing.T) {
		e := newEnv(t, &perm.Policy{Run: []string{"echo"}})
		out := e.run(`
			try { cp.spawn('ls'); } catch (err) {
			  console.log(err.name, err.code, err.syscall, err.path, err.message);
			}
			cp.spawn('echo', ['allowed']).stdout.on('data', (d) => console.log(String(d).trim()));
		`)
		require.Equal(t, "PermissionDenied ERR_ACCESS_DENIED spawn ls Requires run access to \"ls\", run again with the --allow-run flag\nallowed\n", out)
	})
	t.Run("exec checks the shell and the first word", func(t *testing.T) {
		e := newEnv(t, &perm.Policy{Run: []string{"sh", "echo"}})
		out := e.run(`
			cp.exec('FOO=1 echo hi', (err, stdout) => console.log('allowed', err, stdout.trim()));
			try { cp.exec('ls -l', () => {}); } catch (err) { console.log(err.code, err.path); }
			try { cp.execSync('cat /etc/passwd'); } catch (err) { console.log(err.code, err.path); }
			(async () => {
			  try { await require('util').promisify(cp.exec)('ls'); } catch (err) { console.log('promisified', err.code, err.path); }
			})();
		`)
		require.Equal(t, "ERR_ACCESS_DENIED ls\nERR_ACCESS_DENIED cat\npromisified ERR_ACCESS_DENIED ls\nallowed null hi\n", out)
	})
	t.Run("without the shell", func(t *testing.T) {
		e := newEnv(t, &perm.Policy{Run: []string{"echo"}})
		out := e.run(`try { cp.exec('echo hi'); } catch (err) { console.log(err.code, err.path); }`)
		require.Equal(t, "ERR_ACCESS_DENIED /bin/sh\n", out)
	})
}

// A running child keeps the loop alive; unref'd with no pipes, it does not.
func TestChildKeepsLoopAlive(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const c = cp.spawn('sleep', ['0.1']);
		c.on('exit', (code) => console.log('exit', code));
	`)
	require.Equal(t, "exit 0\n", out)

	e2 := newEnv(t, nil)
	start := time.Now()
	out = e2.run(`
		const c = cp.spawn('sleep', ['30'], { stdio: 'ignore' });
		c.unref();
		console.log('unref', typeof c.pid);
	`)
	require.Equal(t, "unref number\n", out)
	require.Less(t, time.Since(start), 10*time.Second)
}

// Children still running when the loop stops are killed.
func TestChildrenKilledWhenLoopStops(t *testing.T) {
	for _, stop := range []string{"Stop", "Shutdown"} {
		t.Run(stop, func(t *testing.T) {
			out := &syncBuffer{}
			loop, err := eventloop.New(eventloop.WithStdout(out))
			require.NoError(t, err)
			host, err := bindings.Install(loop, bindings.Options{})
			require.NoError(t, err)
			m := childproc.New(loop, nil, childproc.WithRequire(host.RequireBuiltin))
			require.NoError(t, loop.Runtime().Set("cp", m.Exports()))
			pids := make(chan int, 1)
			require.NoError(t, loop.Runtime().Set("report", func(pid int) { pids <- pid }))
			require.NoError(t, loop.Start())
			require.NoError(t, loop.Submit(host.Eval("test.js", `
				const c = cp.spawn('sleep', ['60']);
				c.on('spawn', () => report(c.pid));
			`, false)))
			pid := <-pids
			require.NoError(t, syscall.Kill(pid, 0))
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if stop == "Stop" {
				require.NoError(t, loop.Stop())
			} else {
				require.NoError(t, loop.Shutdown(ctx))
			}
			require.Eventually(t, func() bool { return syscall.Kill(pid, 0) == syscall.ESRCH }, 10*time.Second, 10*time.Millisecond)
		})
	}
}

func TestValidationThrowsSynchronously(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		for (const fn of [() => cp.spawn(5), () => cp.exec(), () => cp.execFile('ls', 'x', {}, 5), () => cp.spawn('ls', [], { stdio: 'bad' })]) {
		  try { fn(); console.log('no error'); } catch (err) { console.log(err.code); }
		}
	`)
	require.Equal(t, "ERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_TYPE\nERR_INVALID_ARG_VALUE\n", out)
}
