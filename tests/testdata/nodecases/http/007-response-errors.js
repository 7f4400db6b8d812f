// Misuse of the response throws Node's errors.
const http = require('http');

const server = http.createServer((req, res) => {
  for (const f of [
    () => res.setHeader('bad name', 'x'),
    () => res.setHeader('x-ok', 'bad\nvalue'),
    () => res.setHeader('x-undef', undefined),
    () => res.writeHead(99),
  ]) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  res.writeHead(200);
  try {
    res.setHeader('x-late', '1');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  res.end('done');
  res.write('more', (err) => console.log('write after end callback', err.code));
  res.on('error', (err) => console.log('error event', err.code));
});

server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  console.log(r.status, await r.text());
  server.close(() => console.log('closed'));
});
