// Request bodies: content types by body kind, reading them, bodyUsed, moving a body into a new Request, clone, and errors for a used body.
(async () => {
  const mk = (body) => new Request('http://a.test/', { method: 'POST', body });
  let q = mk('hello');
  console.log(q.headers.get('content-type'), q.bodyUsed, await q.text(), q.bodyUsed);
  await q.text().catch((e) => console.log(e.name, e.message));
  q = mk(new URLSearchParams({ a: '1 2', b: 'x&y' }));
  console.log(q.headers.get('content-type'), await q.text());
  q = mk(new Uint8Array([104, 105]));
  console.log(q.headers.get('content-type'), await q.arrayBuffer());
  q = mk(new Uint16Array([0x6968]).buffer);
  console.log(await q.text());
  q = mk(JSON.stringify({ a: [1, 'é'] }));
  console.log(await q.json());
  q = new Request('http://a.test/', { method: 'POST', body: 'x', headers: { 'content-type': 'custom/type' } });
  console.log(q.headers.get('content-type'));
  q = mk({ toString() { return 'stringified'; } });
  console.log(await q.text());
  q = mk(12345);
  console.log(await q.bytes());
  const src = mk('moved');
  const dst = new Request(src);
  console.log(src.bodyUsed, dst.bodyUsed, await dst.text());
  try { new Request(src); } catch (e) { console.log(e.name, e.message); }
  const a = mk('cloned');
  const b = a.clone();
  console.log(await a.text(), await b.text(), a.bodyUsed, b.bodyUsed);
  try { a.clone(); } catch (e) { console.log(e.name, e.message); }
  const s = mk((async function* () { yield 'x'; })());
  console.log('stream body without duplex');
})().catch((e) => console.log('caught', e.name, e.message));
