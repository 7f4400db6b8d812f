// The request body arrives through 'data' and 'end' events, as strings after
// setEncoding, and as Buffers without it.
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/text') req.setEncoding('utf8');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const kinds = [...new Set(chunks.map((c) => (typeof c === 'string' ? 'string' : c instanceof Uint8Array ? 'bytes' : 'other')))];
    const text = chunks.map((c) => c.toString()).join('');
    console.log(req.url, req.method, 'kinds', kinds.join(','), 'length', text.length, 'complete', req.complete);
    res.end(`${req.headers['content-type']}|${text.slice(0, 20)}`);
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(base + '/text', { method: 'POST', body: 'héllo wörld', headers: { 'content-type': 'text/plain' } });
  console.log(await r.text());
  r = await fetch(base + '/bytes', { method: 'PUT', body: new Uint8Array([65, 66, 67]) });
  console.log(await r.text());
  r = await fetch(base + '/big', { method: 'POST', body: 'z'.repeat(300000) });
  console.log(await r.text());
  r = await fetch(base + '/empty', { method: 'POST' });
  console.log(await r.text());
  server.close(() => console.log('closed'));
});
