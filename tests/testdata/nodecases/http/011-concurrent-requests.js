// Twenty requests at once, each answered after its own delay; every answer matches its
// request.
const http = require('http');

let active = 0;
let maxActive = 0;
const server = http.createServer((req, res) => {
  active++;
  maxActive = Math.max(maxActive, active);
  const n = Number(new URL(req.url, 'http://x').searchParams.get('n'));
  setTimeout(() => {
    active--;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ n, square: n * n }));
  }, (n % 5) * 10);
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const out = await Promise.all(Array.from({ length: 20 }, (_, n) => fetch(`${base}/?n=${n}`).then((r) => r.json())));
  console.log(out.every((o, i) => o.n === i && o.square === i * i), out.length, maxActive > 1);
  server.close(() => console.log('closed'));
});
