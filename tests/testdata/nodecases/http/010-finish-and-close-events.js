// 'finish' then 'close' on the response once it is sent; the end callback runs with
// 'finish'.
const http = require('http');

const server = http.createServer((req, res) => {
  res.on('finish', () => console.log('res finish', res.writableFinished));
  res.on('close', () => console.log('res close'));
  res.end('x', () => console.log('end callback'));
  console.log('writableFinished at end', res.writableFinished);
});

server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`);
  await r.text();
  await new Promise((resolve) => setTimeout(resolve, 50));
  server.close(() => console.log('closed'));
});
