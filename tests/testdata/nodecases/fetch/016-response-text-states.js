// new Response(string) without init, looked at in every way before and after its body
// is read: status, headers, body stream, clone, bodyUsed, and reading twice.
const r = new Response('hello');
console.log(r.status, r.ok, r.statusText, r.type, r.url, r.redirected, r.bodyUsed);
console.log(r.body instanceof ReadableStream, r.bodyUsed);
const r2 = new Response('again');
(async () => {
  console.log('text', await r2.text(), r2.bodyUsed);
  try {
    await r2.text();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  try {
    r2.clone();
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  const r3 = new Response('');
  console.log(JSON.stringify(await r3.text()), r3.headers.get('content-type'));
  const r4 = new Response('cloned');
  const c = r4.clone();
  console.log(await c.text(), await r4.text(), Object.keys(r4).length, JSON.stringify(r4));
  const reader = new Response('streamed').body.getReader();
  const { value } = await reader.read();
  console.log(new TextDecoder().decode(value));
})();
