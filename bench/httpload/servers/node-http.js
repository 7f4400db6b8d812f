// Hello world on Node's http module, for bench/httpload: node node-http.js [port]
// (jsloop runs it too: jsloop -A node-http.js).
const http = require('http');
const port = Number(process.argv[2] || 8001);
http.createServer((req, res) => {
  res.setHeader('content-type', 'text/plain;charset=UTF-8');
  res.end('Hello, world!');
}).listen(port, '127.0.0.1');
