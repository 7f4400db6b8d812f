package fs_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/jsloop/jsloop/bindings/perm"
)

// flavours runs the same operation through the synchronous, callback and promise APIs
// and prints one line per flavour: the result, or the error's fields. Each line must
// be the same once the flavour's name is removed.
const flavours = `
function describe(v) {
  if (v instanceof Error) {
    return [v.name, v.code, v.errno, v.syscall, v.path, v.dest, v.message].map(String).join('|');
  }
  if (v && typeof v === 'object' && typeof v.isFile === 'function') return 'stats ' + v.size + ' ' + v.isFile();
  if (v instanceof Uint8Array) return 'bytes ' + v.length;
  if (Array.isArray(v)) return '[' + v.map((x) => (typeof x === 'object' ? x.name : x)).join(',') + ']';
  return typeof v + ' ' + String(v);
}
async function all(name, args, setup) {
  const lines = [];
  const callbackName = name;
  for (const flavour of ['sync', 'callback', 'promise']) {
    if (setup) setup();
    let v;
    try {
      if (flavour === 'sync') v = fs[name + 'Sync'](...args);
      else if (flavour === 'callback') {
        v = await new Promise((resolve) => fs[callbackName](...args, (err, r) => resolve(err || r)));
      } else v = await fsp[name](...args);
    } catch (e) {
      v = e;
    }
    lines.push(describe(v).split(dir).join('<dir>'));
  }
  return lines;
}
`

func TestEveryOperationInThreeFlavours(t *testing.T) {
	e := newEnv(t, nil)
	e.set("report", func(name string, lines []string) {
		t.Run(name, func(t *testing.T) {
			require.Len(t, lines, 3)
			require.Equal(t, lines[0], lines[1], "sync and callback differ")
			require.Equal(t, lines[0], lines[2], "sync and promise differ")
			want := expectations[name]
			require.Equal(t, want, lines[0])
		})
	})
	out := e.run(flavours + `
		const p = (n) => dir + '/' + n;
		fs.writeFileSync(p('f'), 'hello');
		fs.mkdirSync(p('d'));
		fs.writeFileSync(p('d/x'), '1');
		const cases = [
		  ['readFile ok', 'readFile', [p('f'), 'utf8']],
		  ['readFile buffer', 'readFile', [p('f')]],
		  ['readFile ENOENT', 'readFile', [p('nope')]],
		  ['readFile EISDIR', 'readFile', [p('d')]],
		  ['writeFile ok', 'writeFile', [p('w'), 'data']],
		  ['writeFile EISDIR', 'writeFile', [p('d'), 'x']],
		  ['writeFile ENOENT', 'writeFile', [p('nope/x'), 'x']],
		  ['appendFile ok', 'appendFile', [p('w'), '+']],
		  ['stat ok', 'stat', [p('f')]],
		  ['stat ENOENT', 'stat', [p('nope')]],
		  ['stat ENOTDIR', 'stat', [p('f/x')]],
		  ['lstat ENOENT', 'lstat', [p('nope')]],
		  ['readdir ok', 'readdir', [dir]],
		  ['readdir ENOENT', 'readdir', [p('nope')]],
		  ['readdir ENOTDIR', 'readdir', [p('f')]],
		  ['mkdir EEXIST', 'mkdir', [p('d')]],
		  ['mkdir ENOENT', 'mkdir', [p('nope/a')]],
		  ['rmdir ENOTEMPTY', 'rmdir', [p('d')]],
		  ['rmdir ENOENT', 'rmdir', [p('nope')]],
		  ['rm ENOENT', 'rm', [p('nope')]],
		  ['rm EISDIR', 'rm', [p('d')]],
		  ['unlink ENOENT', 'unlink', [p('nope')]],
		  ['unlink EISDIR', 'unlink', [p('d')]],
		  ['rename ENOENT', 'rename', [p('nope'), p('y')]],
		  ['copyFile ENOENT', 'copyFile', [p('nope'), p('y')]],
		  ['copyFile EEXIST', 'copyFile', [p('f'), p('d/x'), fs.constants.COPYFILE_EXCL]],
		  ['access ENOENT', 'access', [p('nope')]],
		  ['access ok', 'access', [p('f'), fs.constants.R_OK]],
		  ['open ENOENT', 'open', [p('nope')]],
		  ['open EEXIST', 'open', [p('f'), 'wx']],
		  ['readlink EINVAL', 'readlink', [p('f')]],
		  ['truncate ENOENT', 'truncate', [p('nope')]],
		  ['chmod ENOENT', 'chmod', [p('nope'), 0o644]],
		  ['utimes ENOENT', 'utimes', [p('nope'), 1, 1]],
		  ['mkdtemp ENOENT', 'mkdtemp', [p('nope/x')]],
		  ['symlink EEXIST', 'symlink', [p('f'), p('d')]],
		  ['link ENOENT', 'link', [p('nope'), p('l')]],
		];
		(async () => {
		  for (const [label, name, args] of cases) report(label, await all(name, args));
		  // Operations that change the tree, each flavour on its own setup.
		  report('mkdir recursive', await all('mkdir', [p('r/s/t'), { recursive: true }], () => fs.rmSync(p('r'), { recursive: true, force: true })));
		  report('rm recursive', await all('rm', [p('r'), { recursive: true }], () => fs.mkdirSync(p('r/s'), { recursive: true })));
		  report('rename ok', await all('rename', [p('a'), p('b')], () => fs.writeFileSync(p('a'), 'a')));
		  report('unlink ok', await all('unlink', [p('b')], () => fs.writeFileSync(p('b'), 'b')));
		  report('copyFile ok', await all('copyFile', [p('f'), p('c')], () => fs.rmSync(p('c'), { force: true })));
		  report('rmdir ok', await all('rmdir', [p('e')], () => fs.mkdirSync(p('e'))));
		  report('realpath ok', await all('realpath', [p('d/../f')]));
		  console.log('done');
		})();
	`)
	require.Equal(t, "done\n", out)
}

var expectations = map[string]string{
	"readFile ok":      "string hello",
	"readFile buffer":  "bytes 5",
	"readFile ENOENT":  "Error|ENOENT|-2|open|<dir>/nope|undefined|ENOENT: no such file or directory, open '<dir>/nope'",
	"readFile EISDIR":  "Error|EISDIR|-21|read|undefined|undefined|EISDIR: illegal operation on a directory, read",
	"writeFile ok":     "undefined undefined",
	"writeFile EISDIR": "Error|EISDIR|-21|open|<dir>/d|undefined|EISDIR: illegal operation on a directory, open '<dir>/d'",
	"writeFile ENOENT": "Error|ENOENT|-2|open|<dir>/nope/x|undefined|ENOENT: no such file or directory, open '<dir>/nope/x'",
	"appendFile ok":    "undefined undefined",
	"stat ok":          "stats 5 true",
	"stat ENOENT":      "Error|ENOENT|-2|stat|<dir>/nope|undefined|ENOENT: no such file or directory, stat '<dir>/nope'",
	"stat ENOTDIR":     "Error|ENOTDIR|-20|stat|<dir>/f/x|undefined|ENOTDIR: not a directory, stat '<dir>/f/x'",
	"lstat ENOENT":     "Error|ENOENT|-2|lstat|<dir>/nope|undefined|ENOENT: no such file or directory, lstat '<dir>/nope'",
	"readdir ok":       "[d,f,w]",
	"readdir ENOENT":   "Error|ENOENT|-2|scandir|<dir>/nope|undefined|ENOENT: no such file or directory, scandir '<dir>/nope'",
	"readdir ENOTDIR":  "Error|ENOTDIR|-20|scandir|<dir>/f|undefined|ENOTDIR: not a directory, scandir '<dir>/f'",
	"mkdir EEXIST":     "Error|EEXIST|-17|mkdir|<dir>/d|undefined|EEXIST: file already exists, mkdir '<dir>/d'",
	"mkdir ENOENT":     "Error|ENOENT|-2|mkdir|<dir>/nope/a|undefined|ENOENT: no such file or directory, mkdir '<dir>/nope/a'",
	"rmdir ENOTEMPTY":  "Error|ENOTEMPTY|-39|rmdir|<dir>/d|undefined|ENOTEMPTY: directory not empty, rmdir '<dir>/d'",
	"rmdir ENOENT":     "Error|ENOENT|-2|rmdir|<dir>/nope|undefined|ENOENT: no such file or directory, rmdir '<dir>/nope'",
	"rm ENOENT":        "Error|ENOENT|-2|lstat|<dir>/nope|undefined|ENOENT: no such file or directory, lstat '<dir>/nope'",
	"rm EISDIR":        "SystemError|ERR_FS_EISDIR|21|rm|<dir>/d|undefined|Path is a directory: rm returned EISDIR (is a directory) <dir>/d",
	"unlink ENOENT":    "Error|ENOENT|-2|unlink|<dir>/nope|undefined|ENOENT: no such file or directory, unlink '<dir>/nope'",
	"unlink EISDIR":    "Error|EISDIR|-21|unlink|<dir>/d|undefined|EISDIR: illegal operation on a directory, unlink '<dir>/d'",
	"rename ENOENT":    "Error|ENOENT|-2|rename|<dir>/nope|<dir>/y|ENOENT: no such file or directory, rename '<dir>/nope' -> '<dir>/y'",
	"copyFile ENOENT":  "Error|ENOENT|-2|copyfile|<dir>/nope|<dir>/y|ENOENT: no such file or directory, copyfile '<dir>/nope' -> '<dir>/y'",
	"copyFile EEXIST":  "Error|EEXIST|-17|copyfile|<dir>/f|<dir>/d/x|EEXIST: file already exists, copyfile '<dir>/f' -> '<dir>/d/x'",
	"access ENOENT":    "Error|ENOENT|-2|access|<dir>/nope|undefined|ENOENT: no such file or directory, access '<dir>/nope'",
	"access ok":        "undefined undefined",
	"open ENOENT":      "Error|ENOENT|-2|open|<dir>/nope|undefined|ENOENT: no such file or directory, open '<dir>/nope'",
	"open EEXIST":      "Error|EEXIST|-17|open|<dir>/f|undefined|EEXIST: file already exists, open '<dir>/f'",
	"readlink EINVAL":  "Error|EINVAL|-22|readlink|<dir>/f|undefined|EINVAL: invalid argument, readlink '<dir>/f'",
	"truncate ENOENT":  "Error|ENOENT|-2|open|<dir>/nope|undefined|ENOENT: no such file or directory, open '<dir>/nope'",
	"chmod ENOENT":     "Error|ENOENT|-2|chmod|<dir>/nope|undefined|ENOENT: no such file or directory, chmod '<dir>/nope'",
	"utimes ENOENT":    "Error|ENOENT|-2|utime|<dir>/nope|undefined|ENOENT: no such file or directory, utime '<dir>/nope'",
	"mkdtemp ENOENT":   "Error|ENOENT|-2|mkdtemp|<dir>/nope/xXXXXXX|undefined|ENOENT: no such file or directory, mkdtemp '<dir>/nope/xXXXXXX'",
	"symlink EEXIST":   "Error|EEXIST|-17|symlink|<dir>/f|<dir>/d|EEXIST: file already exists, symlink '<dir>/f' -> '<dir>/d'",
	"link ENOENT":      "Error|ENOENT|-2|link|<dir>/nope|<dir>/l|ENOENT: no such file or directory, link '<dir>/nope' -> '<dir>/l'",
	"mkdir recursive":  "string <dir>/r",
	"rm recursive":     "undefined undefined",
	"rename ok":        "undefined undefined",
	"unlink ok":        "undefined undefined",
	"copyFile ok":      "undefined undefined",
	"rmdir ok":         "undefined undefined",
	"realpath ok":      "string <dir>/f",
}

// Errors delivered to callbacks and promises have no stack frames, as Node's; the
// synchronous ones are thrown where the call was made.
func TestErrorStacks(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		fs.stat(dir + '/nope', (err) => console.log(JSON.stringify(err.stack)));
		fsp.stat(dir + '/nope').catch((err) => console.log(JSON.stringify(err.stack)));
		try { fs.statSync(dir + '/nope'); } catch (err) { console.log(err.stack.includes('test.js:4')); }
	`)
	require.Equal(t, "true\n"+
		`"Error: ENOENT: no such file or directory, stat '<dir>/nope'"`+"\n"+
		`"Error: ENOENT: no such file or directory, stat '<dir>/nope'"`+"\n", sortTail(out, 1))
}

// sortTail keeps the first n lines and sorts the rest (async completions race).
func sortTail(s string, n int) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	head, tail := lines[:n], append([]string(nil), lines[n:]...)
	for i := range tail {
		for j := i + 1; j < len(tail); j++ {
			if tail[j] < tail[i] {
				tail[i], tail[j] = tail[j], tail[i]
			}
		}
	}
	return strings.Join(append(head, tail...), "\n") + "\n"
}

func TestPermissionDenials(t *testing.T) {
	// Reads allowed under dir/ro only, writes nowhere.
	policy := &perm.Policy{}
	e := newEnv(t, policy)
	readable := filepath.Join(e.dir, "ro")
	require.NoError(t, os.Mkdir(readable, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(readable, "f"), []byte("content"), 0o644))
	policy.Read = []string{readable}
	e.set("ro", readable)
	out := e.run(flavours + `
		const show = (label, lines) => console.log(label, lines[0], lines[0] === lines[1] && lines[1] === lines[2]);
		(async () => {
		  show('read allowed', await all('readFile', [ro + '/f', 'utf8']));
		  show('read denied', await all('readFile', [dir + '/other']));
		  show('write denied', await all('writeFile', [ro + '/f', 'x']));
		  show('mkdir denied', await all('mkdir', [ro + '/new']));
		  show('rm denied', await all('rm', [ro + '/f']));
		  show('stat denied', await all('stat', [dir]));
		  show('open for writing denied', await all('open', [ro + '/f', 'a']));
		  show('copy to denied', await all('copyFile', [ro + '/f', ro + '/g']));
		  console.log('exists', fs.existsSync(ro + '/f'), fs.existsSync(dir));
		  try { fs.readFileSync('/etc/hostname'); } catch (e) {
		    console.log(e.name, e.code, e.syscall, e.path, e instanceof Error, Object.keys(e).join());
		  }
		  console.log(fs.readFileSync(ro + '/f', 'utf8'));
		})();
	`)
	require.Equal(t, strings.ReplaceAll(`read allowed string content true
read denied PermissionDenied|ERR_ACCESS_DENIED|undefined|open|<dir>/other|undefined|Requires read access to "<dir>/other", run again with the --allow-read flag true
write denied PermissionDenied|ERR_ACCESS_DENIED|undefined|open|<dir>/ro/f|undefined|Requires write access to "<dir>/ro/f", run again with the --allow-write flag true
mkdir denied PermissionDenied|ERR_ACCESS_DENIED|undefined|mkdir|<dir>/ro/new|undefined|Requires write access to "<dir>/ro/new", run again with the --allow-write flag true
rm denied PermissionDenied|ERR_ACCESS_DENIED|undefined|rm|<dir>/ro/f|undefined|Requires write access to "<dir>/ro/f", run again with the --allow-write flag true
stat denied PermissionDenied|ERR_ACCESS_DENIED|undefined|stat|<dir>|undefined|Requires read access to "<dir>", run again with the --allow-read flag true
open for writing denied PermissionDenied|ERR_ACCESS_DENIED|undefined|open|<dir>/ro/f|undefined|Requires write access to "<dir>/ro/f", run again with the --allow-write flag true
copy to denied PermissionDenied|ERR_ACCESS_DENIED|undefined|copyfile|<dir>/ro/g|undefined|Requires write access to "<dir>/ro/g", run again with the --allow-write flag true
exists true false
PermissionDenied ERR_ACCESS_DENIED open /etc/hostname true code,syscall,path
content
`, "<dir>", e.dir), strings.ReplaceAll(out, "<dir>", e.dir))
	// Nothing was written.
	got, err := os.ReadFile(filepath.Join(readable, "f"))
	require.NoError(t, err)
	require.Equal(t, "content", string(got))
	_, err = os.Stat(filepath.Join(readable, "new"))
	require.True(t, os.IsNotExist(err))
}

func TestBigFiles(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const size = 24 * 1024 * 1024 + 3;
		const data = Buffer.alloc(size);
		for (let i = 0; i < size; i += 4096) data[i] = (i / 4096) & 0xff;
		data[size - 1] = 7;
		const check = (b) => b.length === size && b[size - 1] === 7 && b[4096 * 300] === (300 & 0xff);
		fs.writeFileSync(dir + '/sync', data);
		console.log('sync', check(fs.readFileSync(dir + '/sync')));
		fs.writeFile(dir + '/cb', data, (err) => {
		  fs.readFile(dir + '/cb', (err, b) => {
		    console.log('callback', err, check(b));
		    (async () => {
		      await fsp.writeFile(dir + '/p', data);
		      console.log('promise', check(await fsp.readFile(dir + '/p')));
		      const fh = await fsp.open(dir + '/p');
		      const part = Buffer.alloc(8);
		      const { bytesRead } = await fh.read(part, 0, 8, size - 8);
		      await fh.close();
		      console.log('tail', bytesRead, part[7]);
		      console.log('hex', (await fsp.readFile(dir + '/p', 'hex')).length === size * 2);
		    })();
		  });
		});
	`)
	require.Equal(t, "sync true\ncallback null true\npromise true\ntail 8 7\nhex true\n", out)
}

func TestConcurrentOperations(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const n = 200;
		const names = Array.from({ length: n }, (_, i) => dir + '/f' + i);
		(async () => {
		  await Promise.all(names.map((p, i) => fsp.writeFile(p, 'file ' + i)));
		  const texts = await Promise.all(names.map((p) => fsp.readFile(p, 'utf8')));
		  console.log(texts.every((s, i) => s === 'file ' + i));
		  let pending = n;
		  const seen = new Set();
		  names.forEach((p, i) => fs.stat(p, (err, st) => {
		    if (err) throw err;
		    seen.add(st.size);
		    if (--pending === 0) {
		      console.log('stats', seen.size > 1, [...seen].every((s) => s >= 6 && s <= 8));
		      Promise.all(names.map((p) => fsp.unlink(p))).then(() => console.log('left', fs.readdirSync(dir).length));
		    }
		  }));
		})();
	`)
	require.Equal(t, "true\nstats true true\nleft 0\n", out)
}

// An operation in flight does not block the loop: a timer fires while it is held
// pending, and the loop stays alive until it completes.
func TestAsyncOperationsDoNotBlockTimers(t *testing.T) {
	for _, flavour := range []string{
		`fs.readFile(dir + '/f', 'utf8', (err, s) => console.log('read', err, s));`,
		`fsp.readFile(dir + '/f', 'utf8').then((s) => console.log('read', null, s));`,
	} {
		e := newEnv(t, nil)
		require.NoError(t, os.WriteFile(filepath.Join(e.dir, "f"), []byte("data"), 0o644))
		release := make(chan struct{})
		started := make(chan string, 1)
		e.mod.SetBeforeOp(func(op string) {
			started <- op
			<-release
		})
		e.set("release", func() { close(release) })
		out := e.run(flavour + `
			setTimeout(() => { console.log('timer while pending'); release(); }, 5);
		`)
		require.Equal(t, "readFile", <-started)
		require.Equal(t, "timer while pending\nread null data\n", out)
	}
}

// The loop waits for an operation in flight, and Run returns only after its callback.
func TestPendingOperationKeepsLoopAlive(t *testing.T) {
	e := newEnv(t, nil)
	e.mod.SetBeforeOp(func(string) { time.Sleep(50 * time.Millisecond) })
	out := e.run(`fs.mkdir(dir + '/late', (err) => console.log('mkdir done', err));`)
	require.Equal(t, "mkdir done null\n", out)
	_, err := os.Stat(filepath.Join(e.dir, "late"))
	require.NoError(t, err)
}

// The synchronous API blocks the loop goroutine: a due timer waits for it.
func TestSyncBlocksTheLoop(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		setTimeout(() => console.log('timer'), 0);
		const start = Date.now();
		while (Date.now() - start < 5) fs.statSync(dir);
		fs.writeFileSync(dir + '/x', Buffer.alloc(1 << 20));
		console.log('sync done');
	`)
	require.Equal(t, "sync done\ntimer\n", out)
}

func TestWriteToStdoutDescriptor(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		console.log('a');
		fs.writeSync(1, 'b\n');
		fs.writeSync(2, Buffer.from('c\n'));
		fs.writeFileSync(1, 'd\n');
		fs.write(1, 'e\n', (err, n) => console.log('written', err, n));
	`)
	require.Equal(t, "a\nb\nc\nd\ne\nwritten null 2\n", out)
}

func TestEncodings(t *testing.T) {
	e := newEnv(t, nil)
	out := e.run(`
		const p = dir + '/e';
		const s = 'aé€😀';
		for (const enc of ['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le']) {
		  fs.writeFileSync(p, s, enc);
		  const bytes = fs.readFileSync(p);
		  console.log(enc, bytes.length, fs.readFileSync(p, enc) === (enc.startsWith('utf') || enc.startsWith('ucs') ? s : fs.readFileSync(p, enc)));
		}
		fs.writeFileSync(p, Buffer.from([0xff, 0x61, 0xe2, 0x82]));
		console.log(JSON.stringify(fs.readFileSync(p, 'utf8')), fs.readFileSync(p, 'latin1').length, fs.readFileSync(p, 'hex'));
		fs.writeFileSync(p, 'aGVsbG8', 'base64');
		console.log(fs.readFileSync(p, 'utf8'), fs.readFileSync(p, 'base64'), fs.readFileSync(p, 'base64url'));
		console.log(fs.readdirSync(dir, 'buffer')[0] instanceof Uint8Array, fs.readdirSync(dir, 'hex'));
	`)
	require.Equal(t, `utf8 10 true
utf-8 10 true
latin1 5 true
binary 5 true
ascii 5 true
hex 0 true
base64 0 true
base64url 0 true
ucs2 10 true
utf16le 10 true
"�a�" 4 ff61e282
hello aGVsbG8= aGVsbG8
true [ '65' ]
`, out)
}

// Files a script leaves open are closed when the loop ends.
func TestOpenFilesClosedWhenLoopEnds(t *testing.T) {
	e := newEnv(t, nil)
	var fd int64
	e.set("keep", func(v int64) { fd = v })
	e.run(`keep(fs.openSync(dir + '/f', 'w'));`)
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc")
	}
	link := "/proc/self/fd/" + strconv.FormatInt(fd, 10)
	require.Eventually(t, func() bool {
		target, err := os.Readlink(link)
		return err != nil || target != filepath.Join(e.dir, "f")
	}, 5*time.Second, 10*time.Millisecond)
}
