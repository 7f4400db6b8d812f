// Bad arguments throw synchronously with Node's codes and messages, in every flavour.
const fs = require('fs');
const fsp = require('fs/promises');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'returned', r === undefined ? 'undefined' : typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('readFileSync number path', () => fs.readFileSync(1.5));
show('readFileSync negative fd', () => fs.readFileSync(-1));
show('statSync object', () => fs.statSync({}));
show('statSync null byte', () => fs.statSync('a\0b'));
show('readFileSync bad encoding', () => fs.readFileSync(__filename, 'nope'));
show('readFileSync buffer encoding', () => fs.readFileSync(__filename, 'buffer'));
show('readFileSync options number', () => fs.readFileSync(__filename, 5));
show('readFileSync bad flag', () => fs.readFileSync(__filename, { flag: 'zz' }));
show('readFile no callback', () => fs.readFile(__filename));
show('readFile string callback', () => fs.readFile(__filename, 'utf8'));
show('writeFileSync number', () => fs.writeFileSync('/nonexistent/x', 5));
show('writeFileSync object', () => fs.writeFileSync('/nonexistent/x', {}));
show('mkdirSync recursive 1', () => fs.mkdirSync('/nonexistent/x', { recursive: 1 }));
show('openSync bad flags', () => fs.openSync(__filename, 'zz'));
show('stat no callback', () => fs.stat(__filename));
show('closeSync string', () => fs.closeSync('x'));
show('closeSync -1', () => fs.closeSync(-1));
show('readSync string buffer', () => fs.readSync(0, 'x'));
show('readSync length too big', () => fs.readSync(0, Buffer.alloc(4), 2, 5, null));
show('accessSync mode 99', () => fs.accessSync(__filename, 99));
show('rmSync recursive string', () => fs.rmSync('/nonexistent/x', { recursive: 'x' }));
show('mkdtempSync number', () => fs.mkdtempSync(5));
show('renameSync number dest', () => fs.renameSync('a', 5));
show('writeSync number', () => fs.writeSync(1, 5));
show('readFileSync http URL', () => fs.readFileSync(new URL('http://example.com/x')));
show('readFileSync encoded slash', () => fs.readFileSync(new URL('file:///a%2Fb')));
show('existsSync nothing', () => fs.existsSync());
fsp.readFile(5).then(() => console.log('resolved'), (e) => console.log('fsp.readFile number', e.name, e.code, e.message));
fsp.stat({}).catch((e) => console.log('fsp.stat object', e.code));
