// Hello world on jsloop:http, for bench/httpload: jsloop -A serve.js [port]
const { serve } = require('jsloop:http');
const port = Number(process.argv[2] || 8000);
serve({ port, hostname: '127.0.0.1', onListen() {} }, () => new Response('Hello, world!'));
