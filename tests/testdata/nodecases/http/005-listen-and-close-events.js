// The order of 'listening', the listen callback, 'close' and the close callback;
// address() while listening and after; close() on a server that is not running.
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
console.log('listening before', server.listening, server.address());
server.on('listening', () => console.log('listening event'));
server.on('close', () => console.log('close event'));
const ret = server.listen(0, '127.0.0.1', () => {
  console.log('listen callback');
  const a = server.address();
  console.log('address', a.address, a.family, typeof a.port, a.port > 0, server.listening);
  fetch(`http://127.0.0.1:${a.port}/`).then((r) => r.text()).then((t) => {
    console.log('got', t);
    server.close((err) => {
      console.log('close callback', err);
      console.log('address after', server.address());
      server.close((err2) => console.log('second close', err2.code, err2.message));
    });
    console.log('close called; listening', server.listening);
  });
});
console.log('listen returns the server', ret === server);
process.nextTick(() => console.log('tick'));
