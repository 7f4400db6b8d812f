// for await over the request reads its body chunk by chunk.
const http = require('http');

const server = http.createServer(async (req, res) => {
  let n = 0;
  for await (const chunk of req) n += chunk.length;
  console.log('read', n, 'bytes');
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ n }));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const size of [0, 10, 100000]) {
    const r = await fetch(base, { method: 'POST', body: 'a'.repeat(size) });
    console.log(r.headers.get('content-type'), await r.json());
  }
  server.close(() => console.log('closed'));
});
