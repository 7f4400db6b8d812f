// Listening on a port another server holds emits 'error' with EADDRINUSE.
const http = require('http');

const a = http.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = http.createServer();
  b.on('error', (err) => {
    console.log('error', err.code, err.syscall, err.address, err.port === port);
    console.log(err.message === `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    console.log('b listening', b.listening);
    a.close(() => console.log('a closed'));
  });
  const r = b.listen(port, '127.0.0.1', () => console.log('must not be called'));
  console.log('listen returned', r === b);
});
