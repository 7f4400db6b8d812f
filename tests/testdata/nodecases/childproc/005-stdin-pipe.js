// Writing to a child's stdin, ending it, and reading its output as strings with setEncoding.
const cp = require('child_process');
const cat = cp.spawn('cat');
cat.stdout.setEncoding('utf8');
let got = '';
const seen = new Set();
cat.stdout.on('data', (d) => { got += d; seen.add('chunk ' + typeof d); });
cat.stdin.on('finish', () => seen.add('stdin finish'));
console.log(cat.stdin.write('hello '), typeof cat.stdin.end);
cat.stdin.write(Buffer.from('wörld'), () => seen.add('write callback'));
cat.stdin.end('\n');
cat.on('close', (code) => {
  console.log('close', code, JSON.stringify(got), [...seen].sort());
  const wc = cp.spawn('wc', ['-c']);
  let n = '';
  wc.stdout.on('data', (d) => { n += d; });
  wc.on('close', () => {
    console.log('bytes', n.trim());
    const tr = cp.spawn('tr', ['a-z', 'A-Z']);
    tr.stdout.pipe(process.stdout);
    tr.stdin.end('piped to stdout\n');
  });
  wc.stdin.write('x'.repeat(100000));
  wc.stdin.end();
});
