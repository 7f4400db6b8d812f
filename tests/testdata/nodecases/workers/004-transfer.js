// A transferList moves ArrayBuffers: detached in the sender, the same bytes in the
// receiver, views onto them rebuilt there; what cannot be cloned throws at once in
// the sender (DataCloneError), and a transfer list with a non-transferable throws.
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const wd = new Uint8Array(workerData.buf);
  parentPort.postMessage('workerData bytes ' + wd.join(','));
  parentPort.on('message', ({ view, buffer }) => {
    const sum = view.reduce((a, b) => a + b, 0);
    const same = view.buffer === buffer;
    const back = new Float64Array([sum, view.byteOffset, view.length]);
    parentPort.postMessage({ same, answer: back }, [back.buffer]);
    parentPort.postMessage('worker sent, byteLength now ' + back.buffer.byteLength);
    parentPort.close();
  });
`, { eval: true, workerData: { buf: new Uint8Array([7, 8, 9]).buffer }, transferList: [] });

const wdBuf = new Uint8Array([1, 2, 3]).buffer;
const w2 = new Worker('require("worker_threads").parentPort.postMessage(require("worker_threads").workerData.byteLength)',
  { eval: true, workerData: wdBuf, transferList: [wdBuf] });
console.log('workerData buffer after transfer', wdBuf.byteLength);
const w2got = new Promise((resolve) => w2.on('message', resolve));

w.on('message', (m) => {
  if (typeof m === 'string') {
    console.log(m);
    if (!m.startsWith('workerData')) return;
    const buffer = new ArrayBuffer(16);
    const view = new Uint16Array(buffer, 4, 4);
    view.set([10, 20, 30, 40]);
    w.postMessage({ view, buffer }, [buffer]);
    console.log('sender after transfer', buffer.byteLength, view.length);
    for (const [label, fn] of [
      ['function', () => w.postMessage({ f() {} })],
      ['symbol', () => w.postMessage(Symbol('s'))],
      ['detached', () => w.postMessage(buffer)],
      ['not transferable', () => w.postMessage(1, [{}])],
      ['duplicate', () => { const b = new ArrayBuffer(1); w.postMessage(b, [b, b]); }],
    ]) {
      try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.name, e.message); }
    }
    return;
  }
  console.log('answer', m.same, Array.from(m.answer));
});
w.on('exit', async (c) => {
  console.log('exit', c);
  console.log('w2 got bytes', await w2got);
});
