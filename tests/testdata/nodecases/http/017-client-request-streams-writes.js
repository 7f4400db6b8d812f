// http.request streams what is written: the server sees each write() as it comes,
// chunked, or with the Content-Length the script set; end() alone sends the body whole.
const http = require('http');
const tick = (ms) => new Promise((r) => setTimeout(r, ms));
const server = http.createServer((req, res) => {
  const show = req.headers['content-length'] === undefined;
  const chunks = [];
  req.on('data', (c) => { chunks.push(String(c)); if (show) console.log('server: chunk', JSON.stringify(String(c))); });
  req.on('end', () => res.end(`${req.method} ${req.headers['transfer-encoding'] ?? 'no te'} ${req.headers['content-length'] ?? 'no cl'} ${chunks.join('')}`));
});
function send(opts, write) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', ...opts }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { s += c; });
      res.on('end', () => resolve(s));
    });
    req.on('finish', () => console.log('client: finish'));
    req.on('error', (e) => resolve('error ' + e.message));
    write(req);
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await send({ method: 'POST' }, async (req) => {
    req.write('first ', () => console.log('client: first written'));
    await tick(50);
    console.log('client: writing the second');
    req.write(Buffer.from('second'));
    await tick(20);
    req.end(' last');
  }));
  console.log(await send({ method: 'PUT', headers: { 'content-length': 6 } }, async (req) => {
    req.write('abc');
    await tick(20);
    req.end('def');
  }));
  console.log(await send({ method: 'POST' }, (req) => req.end('whole')));
  console.log(await send({ method: 'POST' }, async (req) => {
    req.flushHeaders();
    await tick(20);
    req.end();
  }));
  server.close();
});
