// Destroying a client request: before it was sent it reports 'socket hang up' (unless it
// was aborted or given an error) and 'close'; a write after that returns false and its
// callback gets ERR_STREAM_DESTROYED; end() does nothing; one destroyed while its body
// streams reports the same once its connection is cut.
const http = require('http');
const server = http.createServer((req, res) => {
  req.on('data', (c) => console.log('server: chunk', String(c)));
  req.on('error', () => {});
});
const events = (name, req) => {
  req.on('error', (e) => console.log(name, 'error', e.code, e.message));
  req.on('close', () => console.log(name, 'close'));
  req.on('abort', () => console.log(name, 'abort'));
};
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const opts = { host: '127.0.0.1', port, method: 'POST' };

  const a = http.request(opts);
  events('a', a);
  a.destroy();
  console.log('a write returns', a.write('x', (e) => console.log('a write cb', e && e.code)));
  a.end('y', () => console.log('a end cb'));
  await new Promise((r) => setTimeout(r, 50));

  const b = http.request(opts);
  events('b', b);
  b.destroy(new Error('mine'));
  await new Promise((r) => setTimeout(r, 50));

  const c = http.request(opts);
  events('c', c);
  c.abort();
  await new Promise((r) => setTimeout(r, 50));

  const d = http.request(opts);
  events('d', d);
  d.write('first');
  await new Promise((r) => setTimeout(r, 100));
  d.destroy();
  await new Promise((r) => setTimeout(r, 100));
  server.close();
});
