// What new Worker() refuses at once, and a missing file: an 'error' event, then exit 1.
const { Worker } = require('worker_threads');

for (const bad of ['plain-name.js', 42, new URL('https://example.com/w.js')]) {
  try {
    new Worker(bad);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
const w = new Worker('./no-such-worker.js');
w.on('online', () => console.log('not online'));
w.on('error', (e) => console.log('error', e.name, e.code, e.message.includes('no-such-worker.js')));
w.on('exit', (code) => console.log('exit', code));
