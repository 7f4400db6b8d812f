// Streamed request bodies (duplex: 'half'): each chunk reaches the server as it is
// written, with chunked transfer coding (which the server's request headers show) or
// the Content-Length the script gave; a string chunk goes as its UTF-8 bytes; an early
// response resolves the fetch while the body is still open (and the process still
// ends); a 303 drops the body; a redirect that would send the body again fails the fetch.
const http = require('http');
const enc = (s) => new TextEncoder().encode(s);
const tick = (ms) => new Promise((r) => setTimeout(r, ms));
const log = [];
const server = http.createServer((req, res) => {
  if (req.url === '/early') {
    res.end('early answer');
    req.resume();
    return;
  }
  if (req.url === '/see-other') {
    res.writeHead(303, { location: '/echo' });
    res.end();
    req.resume();
    return;
  }
  if (req.url === '/redirect') {
    res.writeHead(307, { location: '/echo' });
    res.end();
    req.resume();
    return;
  }
  const chunks = [];
  // Chunks are printed when they come as the client wrote them (no Content-Length: a
  // body with one may be read whole before the handler runs).
  const show = req.headers['content-length'] === undefined;
  req.on('data', (c) => { chunks.push(String(c)); if (show) console.log('server: chunk', JSON.stringify(String(c))); });
  req.on('end', () => res.end(`${req.headers['transfer-encoding'] ?? 'no te'} ${req.headers['content-length'] ?? 'no cl'} ${chunks.join('')}`));
  req.on('error', (e) => console.log('server: request error', e.code));
  req.on('aborted', () => console.log('server: aborted'));
});

async function main() {
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = (p) => `http://127.0.0.1:${server.address().port}${p}`;

  let ctl;
  const body = new ReadableStream({ start(c) { ctl = c; } });
  const p = fetch(url('/echo'), { method: 'POST', body, duplex: 'half' });
  ctl.enqueue(enc('one '));
  await tick(50);
  console.log('client: wrote the second chunk');
  ctl.enqueue(enc('two'));
  ctl.close();
  console.log('echo:', await (await p).text());

  // A stream from an async generator, with a Content-Length that matches.
  async function* gen() { yield enc('abc'); await tick(20); yield enc('def'); }
  const r2 = await fetch(url('/echo'), { method: 'PUT', body: gen(), duplex: 'half', headers: { 'content-length': '6' } });
  console.log('generator:', await r2.text());

  // Not a Uint8Array.
  try {
    const r = await fetch(url('/echo'), { method: 'POST', duplex: 'half',
      body: new ReadableStream({ start(c) { c.enqueue('text'); c.close(); } }) });
    console.log('string chunk: status', r.status, await r.text());
  } catch (e) {
    console.log('string chunk:', e.name, e.message, e.cause && e.cause.message);
  }

  // An early answer.
  const r3 = await fetch(url('/early'), { method: 'POST', duplex: 'half',
    body: new ReadableStream({ start(c) { c.enqueue(enc('x')); } }) });
  console.log('early:', r3.status, await r3.text());

  // A 303 redirect: the body is dropped and the next request is a GET.
  const r4 = await fetch(url('/see-other'), { method: 'POST', duplex: 'half',
    body: new ReadableStream({ start(c) { c.enqueue(enc('z')); c.close(); } }) });
  console.log('see other:', r4.status, r4.redirected, await r4.text());

  // A 307 redirect of a streamed body.
  try {
    const r = await fetch(url('/redirect'), { method: 'POST', duplex: 'half',
      body: new ReadableStream({ start(c) { c.enqueue(enc('y')); c.close(); } }) });
    console.log('redirect: status', r.status);
  } catch (e) {
    console.log('redirect:', e.name, e.message);
  }
  server.close();
}
main();
