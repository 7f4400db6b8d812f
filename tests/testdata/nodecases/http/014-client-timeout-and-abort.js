// A request that waits too long: 'timeout', then destroy() gives 'error' (socket hang up)
// and 'close'. An aborted signal destroys a request as well.
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => res.end('late'), 300);
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/slow' });
    req.setTimeout(50, () => {
      console.log('timeout');
      req.destroy();
    });
    req.on('error', (err) => console.log('error', err.code, err.message));
    req.on('close', () => { console.log('close'); resolve(); });
  });
  await new Promise((resolve) => {
    const ac = new AbortController();
    const req = http.get(`http://127.0.0.1:${port}/slow`, { signal: ac.signal });
    req.on('error', (err) => console.log('abort error', err.name, err.code));
    req.on('close', () => { console.log('abort close'); resolve(); });
    setTimeout(() => ac.abort(), 20);
  });
  server.closeAllConnections?.();
  server.close(() => console.log('closed'));
});
