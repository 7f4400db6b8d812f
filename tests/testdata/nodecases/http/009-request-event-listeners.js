// 'request' is an ordinary event: several listeners, added after createServer.
const http = require('http');

const server = http.createServer();
server.on('request', (req, res) => console.log('first listener', req.url));
server.on('request', (req, res) => {
  console.log('second listener', req.url);
  res.end('from second');
});
server.listen(0, '127.0.0.1');
server.on('listening', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const texts = [];
  for (const p of ['/a', '/b']) texts.push(await fetch(base + p).then((r) => r.text()));
  console.log(texts);
  server.close();
});
server.on('close', () => console.log('closed'));
