// writeHead with a header object, then a body written in pieces: the client receives
// them all; headersSent turns true at writeHead.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(201, { 'Content-Type': 'text/plain', 'X-Multi': ['a', 'b'] });
  console.log('headersSent after writeHead', res.headersSent);
  console.log('write returns', res.write('one,'));
  res.write(Buffer.from('two,'));
  res.write(new Uint8Array([116, 104, 114, 101, 101]), () => console.log('write callback'));
  res.end(',four', () => console.log('end callback'));
  console.log('writableEnded', res.writableEnded);
});

server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  console.log(r.status, r.headers.get('content-type'), r.headers.get('x-multi'));
  console.log(await r.text());
  server.close(() => console.log('closed'));
});
