// response.body is a ReadableStream of Uint8Array chunks: a default reader (read, releaseLock, cancel, closed), async iteration with for await and break, locked and bodyUsed.
(async () => {
  let r = new Response('hello');
  const s = r.body;
  console.log(Object.prototype.toString.call(s), s.locked, r.body === s, typeof s[Symbol.asyncIterator], typeof s.getReader);
  const rd = s.getReader();
  try { s.getReader(); } catch (e) { console.log(e.name, e.message, e.code); }
  console.log(Object.prototype.toString.call(rd), rd.constructor.name);
  console.log(await rd.read());
  rd.releaseLock();
  console.log('released', s.locked);
  await rd.read().catch((e) => console.log(e.name, e.message, e.code));
  const rd2 = s.getReader();
  console.log(await rd2.read());
  await rd2.closed.then(() => console.log('closed resolved'));
  for await (const chunk of new Response('abc').body) console.log('chunk', chunk);
  r = new Response((async function* () { yield 'a'; yield 'b'; yield 'c'; })());
  for await (const chunk of r.body) {
    console.log('first', chunk);
    break;
  }
  console.log('after break', r.bodyUsed, r.body.locked);
  r = new Response('abc');
  const it = r.body[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.next());
  console.log(r.bodyUsed, r.body.locked);
  r = new Response('abc');
  const it2 = r.body.values({ preventCancel: true });
  console.log(await it2.return('v'), r.body.locked);
  const rd3 = r.body.getReader();
  console.log(await rd3.read());
  r = new Response('xyz');
  const rd4 = r.body.getReader();
  await rd4.cancel('why');
  console.log(await rd4.read(), r.bodyUsed);
  const rd5 = new Response('q').body.getReader();
  rd5.releaseLock();
  await rd5.closed.catch((e) => console.log('closed rejected', e.name, e.message, e.code));
  const [a, b] = new Response('tee').body.tee();
  console.log(await new Response(a).text(), await new Response(b).text());
  r = new Response((async function* () { yield 'not'; throw new Error('boom'); })());
  await r.text().catch((e) => console.log('iterable error', e.name, e.message));
})();
