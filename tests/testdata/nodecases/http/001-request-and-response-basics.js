// A server on port 0 answers its own fetch: the request's method, url, headers and
// httpVersion, and a response built with statusCode, setHeader and end.
const http = require('http');

const server = http.createServer((req, res) => {
  console.log('method', req.method, 'url', req.url, 'version', req.httpVersion);
  console.log('x-one', req.headers['x-one'], 'host ok', req.headers.host.startsWith('127.0.0.1:'));
  console.log('accept header type', typeof req.headers.accept);
  res.statusCode = 202;
  res.setHeader('X-Reply', 'yes');
  res.setHeader('X-Gone', 'soon');
  console.log('getHeader', res.getHeader('x-reply'), res.hasHeader('X-GONE'));
  res.removeHeader('x-gone');
  console.log('names', res.getHeaderNames().join(','));
  console.log('headersSent before', res.headersSent);
  res.end('hello from the server');
  console.log('headersSent after', res.headersSent);
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const r = await fetch(`http://127.0.0.1:${port}/path/to?q=1&r=2`, { headers: { 'X-One': '1' } });
  console.log('status', r.status, r.statusText);
  console.log('x-reply', r.headers.get('x-reply'), 'x-gone', r.headers.get('x-gone'));
  console.log('content-length', r.headers.get('content-length'));
  console.log('body', await r.text());
  server.close(() => console.log('closed'));
});
