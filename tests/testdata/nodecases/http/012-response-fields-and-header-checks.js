// A request's and a response's fields before anything is set; a header name or value
// that passed once is still checked in full elsewhere; numbers and arrays as values;
// a 'finish' listener added right after end() is still called; the request listener's
// this is the server.
const http = require('http');
const EventEmitter = require('events');

const server = http.createServer(function (req, res) {
  console.log('this is the server:', this === server);
  console.log(req.method, req.url, req.complete, req.aborted, req.upgrade, req.statusCode,
    req.statusMessage, req.readable, req.destroyed);
  console.log(res.statusCode, res.statusMessage, res.sendDate, res.headersSent, res.writableEnded,
    res.writableFinished, res.finished, res.destroyed, res.chunkedEncoding);
  console.log(req instanceof EventEmitter, res instanceof EventEmitter, req.listenerCount('data'),
    typeof req._events, typeof res.on);
  res.setHeader('x-a', 'ok');
  try {
    res.setHeader('x-b', 'ok\n');
  } catch (e) {
    console.log(e.code);
  }
  res.setHeader('x-a', 'ok');
  try {
    res.setHeader('x a', 'ok');
  } catch (e) {
    console.log(e.code);
  }
  res.setHeader('x-n', 42);
  res.setHeader('x-list', ['a', 'b']);
  res.statusCode = 201;
  res.end('body');
  res.on('finish', () => console.log('finish after end', res.writableFinished));
  console.log(res.headersSent, res.writableEnded, res.finished, res.getHeader('x-n'), res.getHeaderNames());
});

server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/p?q=1`);
  const text = await r.text();
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(r.status, r.headers.get('x-a'), r.headers.get('x-n'), r.headers.get('x-list'), text);
  server.close(() => console.log('closed'));
});
