// Responses made with an init but no headers, with bodies of each kind, and from
// Response.json: their headers are the same whenever they are first looked at, can be
// changed, and survive clone().
(async () => {
  const show = (r) => JSON.stringify([r.status, r.statusText, r.ok, [...r.headers]]);
  const a = new Response('text', { status: 201, statusText: 'Made' });
  console.log(show(a), await a.text());
  const b = new Response(new Uint8Array([104, 105]), { status: 202 });
  console.log(show(b), await b.text());
  const c = new Response(new URLSearchParams('x=1'), {});
  console.log(show(c), await c.text());
  const d = new Response(null, { status: 204 });
  console.log(show(d), d.body);
  const e = Response.json({ ok: true }, { status: 200 });
  e.headers.set('x-late', '1');
  console.log(show(e), await e.json());
  const f = Response.json([1, 2], { headers: { 'content-type': 'application/vnd.x+json' } });
  console.log(show(f), await f.text());
  const g = Response.json('s');
  const gc = g.clone();
  console.log(show(g), show(gc), await gc.text());
  const h = new Response('x', { status: 299 });
  h.headers.delete('content-type');
  console.log(show(h), show(h.clone()));
  for (const bad of [{ status: 99 }, { status: 600 }, { statusText: 'a\nb' }]) {
    try {
      new Response('x', bad);
    } catch (err) {
      console.log(err.constructor.name, err.message);
    }
  }
  try {
    new Response('body', { status: 204 });
  } catch (err) {
    console.log(err.constructor.name, err.message);
  }
  console.log(new Response('x', { status: 200.0 }).status, new Response('x', { status: '201' }).status);
})();
