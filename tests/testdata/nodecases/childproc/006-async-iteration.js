// A child's stdout is an async iterable of Buffer chunks (strings after setEncoding).
const cp = require('child_process');
(async () => {
  const child = cp.spawn('printf', ['a\\nb\\nc\\n']);
  const chunks = [];
  for await (const chunk of child.stdout) {
    chunks.push(chunk instanceof Uint8Array, typeof chunk);
    chunks.push(chunk.toString());
  }
  console.log(chunks.join('|').replace(/\n/g, '\\n'));
  const seq = cp.spawn('seq', ['1', '20000']);
  seq.stdout.setEncoding('utf8');
  let text = '';
  for await (const s of seq.stdout) {
    if (typeof s !== 'string') console.log('not a string');
    text += s;
  }
  const lines = text.trim().split('\n');
  console.log(lines.length, lines[0], lines[lines.length - 1]);
  const yes = cp.spawn('yes');
  let n = 0;
  for await (const chunk of yes.stdout) {
    n += chunk.length;
    if (n > 100000) {
      yes.kill();
      break;
    }
  }
  console.log('broke out', n > 100000);
  yes.on('exit', (code, signal) => console.log('yes exit', code, signal));
})();
