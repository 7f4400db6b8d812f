// http.STATUS_CODES and http.METHODS.
const http = require('http');

console.log(Object.keys(http.STATUS_CODES).length);
for (const c of [200, 201, 204, 301, 404, 418, 500, 503, 599]) console.log(c, http.STATUS_CODES[c]);
console.log(http.METHODS.length, http.METHODS.includes('GET'), http.METHODS.includes('QUERY'));
console.log(typeof http.createServer, typeof http.Server, typeof http.IncomingMessage, typeof http.ServerResponse);
console.log(http.createServer() instanceof http.Server, http.createServer() instanceof require('events'));
