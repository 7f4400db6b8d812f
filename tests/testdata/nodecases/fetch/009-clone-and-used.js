// clone() gives an independent copy of headers and body; bodyUsed follows reads, locks and cancels; a used or locked body cannot be cloned or read again.
(async () => {
  const r = new Response('payload', { status: 202, statusText: 'Later', headers: { 'x-a': '1' } });
  const c = r.clone();
  c.headers.set('x-a', '2');
  console.log(c.status, c.statusText, r.headers.get('x-a'), c.headers.get('x-a'));
  console.log(await r.text(), await c.text(), r.bodyUsed, c.bodyUsed);
  try { r.clone(); } catch (e) { console.log(e.name, e.message); }
  const s = new Response('streamed');
  const reader = s.body.getReader();
  console.log('locked', s.body.locked, s.bodyUsed);
  try { s.clone(); } catch (e) { console.log(e.name, e.message); }
  console.log(await reader.read(), s.bodyUsed);
  console.log(await reader.read());
  const t = new Response('teed');
  const t2 = t.clone();
  console.log(await t2.arrayBuffer(), await t.bytes());
  const x = new Response('cancel me');
  await x.body.cancel('why');
  console.log('after cancel', x.bodyUsed);
  await x.text().catch((e) => console.log(e.name, e.message));
  const empty = new Response(null);
  console.log(empty.clone().body, empty.bodyUsed);
  await empty.text();
  console.log('null body stays unused', empty.bodyUsed, empty.clone().status);
  const q = new Request('http://a.test/', { method: 'POST', body: 'req' });
  const q2 = q.clone();
  console.log(await q.text(), await q2.text(), q2.method, q2.url);
  const gen = new Response((async function* () { yield new Uint8Array([111, 107]); })());
  const gen2 = gen.clone();
  console.log(await gen.text(), await gen2.text());
})();
