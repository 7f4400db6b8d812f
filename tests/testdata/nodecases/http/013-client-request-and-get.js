// http.request and http.get against a local server: reading a response by 'data', by
// for await and not at all; a body written in parts; an agent (kept, not needed);
// redirects not followed; a refused connection, a destroyed request, a wrong protocol.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/elsewhere' });
      res.end('moved');
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, body, x: req.headers['x-test'] ?? null,
      auth: req.headers.authorization ?? null }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;

  // get with a URL string, read with setEncoding and 'data'.
  await new Promise((resolve) => {
    const req = http.get(`${base}/a?b=1`, (res) => {
      console.log('get', res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['set-cookie']);
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => { console.log('get body', text); resolve(); });
    });
    console.log('get request', req.method, req.path, req.host);
  });

  // request with options, a body written in two parts, and a header.
  await new Promise((resolve) => {
    const req = http.request({ hostname: '127.0.0.1', port, path: '/post', method: 'post',
      headers: { 'x-test': 'yes' }, auth: 'u:p', agent: new http.Agent({ keepAlive: true }) }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        console.log('post', res.statusCode, Buffer.isBuffer(chunks[0]), Buffer.concat(chunks).toString());
        resolve();
      });
    });
    req.on('finish', () => console.log('post finish'));
    req.write('hello ');
    req.end('world', () => console.log('post end callback'));
  });

  // redirects are not followed.
  await new Promise((resolve) => {
    http.get(`${base}/redirect`, async (res) => {
      let text = '';
      for await (const c of res) text += c;
      console.log('redirect', res.statusCode, res.headers.location, text);
      resolve();
    });
  });

  // a response nobody reads is drained; 'close' follows.
  await new Promise((resolve) => {
    const req = http.get(`${base}/unread`);
    req.on('close', () => { console.log('unread close'); resolve(); });
  });

  // a refused connection is an 'error' with Node's code.
  const closed = http.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${closedPort}/`).on('error', (err) => {
      console.log('refused', err.code, err.syscall, err.address, err.port === closedPort, err.message === `connect ECONNREFUSED 127.0.0.1:${closedPort}`);
      resolve();
    });
  });

  // destroy before the response: 'error' with the given error, then 'close'.
  await new Promise((resolve) => {
    const req = http.get(`${base}/x`);
    req.on('error', (err) => console.log('destroyed error', err.message));
    req.on('close', () => { console.log('destroyed close'); resolve(); });
    req.destroy(new Error('gave up'));
  });

  try {
    http.get('https://127.0.0.1/');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
  console.log(typeof http.request, typeof http.get, http.get.length >= 0);
  server.close(() => console.log('closed'));
});
