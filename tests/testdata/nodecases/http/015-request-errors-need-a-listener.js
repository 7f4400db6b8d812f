// A request whose client goes away mid-body emits 'aborted' and, only when someone
// listens for it, 'error'; req.destroy(err) likewise: no listener, no crash.
const http = require('http');
let n = 0;
let gotData;
const server = http.createServer((req, res) => {
  n++;
  const which = n;
  req.on('aborted', () => console.log(which, 'aborted'));
  req.on('close', () => console.log(which, 'close'));
  if (which === 2) req.on('error', (e) => console.log(which, 'error', e.code, e.message));
  if (which === 3) { req.destroy(new Error('mine')); return; }
  req.on('data', (c) => { console.log(which, 'data', String(c)); gotData(); });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  for (let i = 0; i < 2; i++) {
    const ac = new AbortController();
    const data = new Promise((r) => { gotData = r; });
    const body = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('hello')); } });
    const p = fetch(url, { method: 'POST', body, duplex: 'half', signal: ac.signal }).catch((e) => console.log('client', e.name));
    await data;
    ac.abort();
    await p;
    await new Promise((r) => setTimeout(r, 100));
  }
  await fetch(url, { method: 'POST', body: 'x' }).then((r) => r.text()).catch((e) => console.log('client 3', e.name, e.message));
  await new Promise((r) => setTimeout(r, 100));
  console.log('still running');
  server.close();
});
