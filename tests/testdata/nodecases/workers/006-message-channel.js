// MessageChannel ports can be transferred to a worker; the two then talk directly.
// receiveMessageOnPort takes a waiting message at once; close() fires 'close' on both ends.
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');

const local = new MessageChannel();
local.port1.postMessage({ n: 1 });
local.port1.postMessage({ n: 2 });
console.log('sync', receiveMessageOnPort(local.port2), receiveMessageOnPort(local.port2), receiveMessageOnPort(local.port2));
local.port2.on('message', (m) => console.log('local got', m));
local.port2.on('close', () => console.log('local port2 closed'));
local.port1.on('close', () => console.log('local port1 closed'));
local.port1.postMessage('async');
setTimeout(() => { local.port1.close(); setTimeout(second, 20); }, 20);

function second() {
const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port }) => {
    port.on('message', (m) => {
      port.postMessage('worker saw ' + m);
      if (m === 'last') port.close();
    });
  });
`, { eval: true });
w.postMessage({ port: port2 }, [port2]);
try { w.postMessage({ port: port1 }); } catch (e) { console.log('untransferred port:', e.name, e.code, e.message); }
const got = [];
port1.on('message', (m) => got.push(m));
const closed = new Promise((resolve) => port1.on('close', resolve));
for (const m of ['a', 'b', 'last']) port1.postMessage(m);
w.on('exit', async (c) => {
  await closed;
  console.log('channel closed, got', got);
  console.log('exit', c);
});
}
